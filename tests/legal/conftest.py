import pytest
from django.contrib.auth.models import Group

from legal.models import ActKind, LegalAct, LegalArticle
from quizzes.models import Question
from tests.factories import UserFactory
from tests.quizzes.test_attempt import ready  # noqa: F401  (a servant who has read every lesson)


@pytest.fixture
def register(db):
    act = LegalAct.objects.create(
        number="410-V",
        kind=ActKind.LAW,
        title='Law No. 410-V "On Combating Corruption"',
        title_ru="Закон № 410-V «О противодействии коррупции»",
        title_kk="«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» № 410-V Заң",
        url="https://adilet.zan.kz/eng/docs/Z1500000410",
        url_ru="https://adilet.zan.kz/rus/docs/Z1500000410",
    )
    gifts = LegalArticle.objects.create(
        act=act,
        number="12",
        text="No gifts for acts within one's powers.",
        text_ru="Никаких подарков за действия в пределах полномочий.",
        text_kk="Өкілеттік шегіндегі әрекеттер үшін сыйлық алынбайды.",
    )
    other = LegalArticle.objects.create(act=act, number="13", text="Another article.")
    return {"act": act, "gifts": gifts, "other": other}


@pytest.fixture
def cited_lesson(course, locales, register):
    """The course's first lesson quotes Article 12 from the register, in en, ru and kk."""
    lesson = course.get_children().first().specific
    lesson.body = [
        ("paragraph", "<p>Gifts.</p>"),
        ("law_article", {"legal_article": register["gifts"]}),
    ]
    lesson.save_revision().publish()
    for code in ("ru", "kk"):
        course.copy_for_translation(locales[code], copy_parents=True)
        translation = lesson.copy_for_translation(locales[code])
        translation.save_revision().publish()
    return lesson


def cite(questions, article) -> None:
    through = Question.legal_articles.through
    for question in questions:
        through.objects.create(question_id=question.pk, legalarticle_id=article.pk)


@pytest.fixture
def editor(db):
    user = UserFactory(email="editor@example.com", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user
