"""Recording an amendment flags every lesson (in every language) and question citing an
amended article; a flagged question leaves the draw once the amendment is in effect, until an
editor confirms or revises it; a flagged lesson tells its readers the law has changed."""

import datetime
import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.utils import timezone, translation

from courses.models import LessonPage
from legal.models import CitationReview, ReviewStatus
from legal.services import amendment_record, citation_review_decide
from lms.models import AuditEvent
from quizzes.exceptions import NotEnoughQuestions, QuestionsUnderLegalReview
from quizzes.models import Question
from quizzes.services import attempt_start
from tests.legal.conftest import cite

pytestmark = pytest.mark.django_db


def _record(effective_on, article="12"):
    return amendment_record(
        act_number="410-V",
        article_numbers=[article],
        effective_on=effective_on,
        summary="Gifts of any value are banned.",
        summary_ru="Запрещены подарки любой стоимости.",
        summary_kk="Кез келген құндағы сыйлыққа тыйым салынды.",
        source_url="https://adilet.zan.kz/eng/docs/Z1500000410",
    )


def _topic_questions(quiz, topic_index=0):
    return list(Question.objects.filter(key__startswith=f"q-{topic_index}-").order_by("key"))


def _drawn_question_ids(attempt):
    from quizzes.models import Choice

    return {Choice.objects.get(pk=item["choices"][0]).question_id for item in attempt.items}


def test_record_amendment_flags_lessons_in_every_language_and_questions_and_prints_them(
    cited_lesson, register, quiz, frozen_time
):
    questions = _topic_questions(quiz)[:2]
    cite(questions, register["gifts"])
    cite(_topic_questions(quiz, 1)[:1], register["other"])  # another article: not flagged

    out = io.StringIO()
    call_command(
        "record_amendment",
        "410-V",
        "--articles",
        "12",
        "--effective",
        "2026-12-01",
        "--summary",
        "Gifts of any value are banned.",
        "--source",
        "https://adilet.zan.kz/eng/docs/Z1500000410",
        stdout=out,
    )

    lessons = LessonPage.objects.filter(translation_key=cited_lesson.translation_key)
    lesson_type = ContentType.objects.get_for_model(LessonPage)
    flagged_lessons = CitationReview.objects.filter(content_type=lesson_type)
    assert {r.object_id for r in flagged_lessons} == {p.pk for p in lessons}
    assert {p.locale.language_code for p in lessons} == {"en", "ru", "kk"}
    question_type = ContentType.objects.get_for_model(Question)
    flagged_questions = CitationReview.objects.filter(content_type=question_type)
    assert {r.object_id for r in flagged_questions} == {q.pk for q in questions}
    assert all(r.status == ReviewStatus.PENDING for r in CitationReview.objects.all())

    printed = out.getvalue()
    assert "5 lesson(s) and question(s) flagged" in printed
    for page in lessons:
        assert f"lessonpage {page.pk} [{page.locale.language_code}]" in printed
    for question in questions:
        assert f"question {question.pk} [en]: {question.text}" in printed
    assert AuditEvent.objects.filter(action="amendment.recorded").count() == 1

    # Recording it again changes nothing.
    out = io.StringIO()
    call_command(
        "record_amendment",
        "410-V",
        "--articles=12",
        "--effective=2026-12-01",
        "--summary=Gifts of any value are banned.",
        stdout=out,
    )
    assert "0 lesson(s) and question(s) flagged" in out.getvalue()
    assert CitationReview.objects.count() == 5


def test_record_amendment_refuses_an_article_the_register_does_not_hold(register):
    # The command speaks the active language; a page requested by an earlier test in the same
    # thread may have left Kazakh active.
    translation.activate("en")
    with pytest.raises(CommandError, match="no article 99 of act 410-V"):
        call_command(
            "record_amendment", "410-V", "--articles=12,99", "--effective=2026-12-01",
            "--summary=x", stdout=io.StringIO(),
        )  # fmt: skip
    with pytest.raises(CommandError, match="--effective"):
        call_command(
            "record_amendment", "410-V", "--articles=12", "--effective=1 Dec",
            "--summary=x", stdout=io.StringIO(),
        )  # fmt: skip


def test_a_flagged_question_is_drawn_until_the_effective_date_and_not_after(
    ready, quiz, register, frozen_time
):
    assignment = ready
    assignment.refresh_from_db()
    topic_zero = _topic_questions(quiz)
    cite(topic_zero[:2], register["gifts"])
    _record(timezone.localdate() + datetime.timedelta(days=1))
    # Not in effect yet: all four are in the pool; a short pool is impossible to tell apart
    # from a full one here, so draw until a flagged one comes up.
    flagged_ids = {q.pk for q in topic_zero[:2]}
    seen = set()
    for _ in range(15):
        attempt = attempt_start(
            user=assignment.servant, quiz=quiz, assignment=assignment, language="en"
        )
        seen |= _drawn_question_ids(attempt)
        attempt.delete()
    assert flagged_ids & seen

    frozen_time.shift(datetime.timedelta(days=1))
    for _ in range(10):
        attempt = attempt_start(
            user=assignment.servant, quiz=quiz, assignment=assignment, language="en"
        )
        drawn = _drawn_question_ids(attempt)
        assert not drawn & flagged_ids
        assert {q.pk for q in topic_zero[2:]} <= drawn
        attempt.delete()


def test_a_pool_left_too_small_by_the_review_says_so_and_confirming_restores_it(
    ready, quiz, register, frozen_time, editor
):
    assignment = ready
    assignment.refresh_from_db()
    topic_zero = _topic_questions(quiz)
    cite(topic_zero[:3], register["gifts"])  # one left, two to draw
    _record(timezone.localdate())

    with pytest.raises(QuestionsUnderLegalReview) as raised:
        attempt_start(user=assignment.servant, quiz=quiz, assignment=assignment, language="en")
    assert isinstance(raised.value, NotEnoughQuestions)
    assert "reviews questions affected by a change in the law" in str(raised.value.message)

    question_type = ContentType.objects.get_for_model(Question)
    review = CitationReview.objects.get(content_type=question_type, object_id=topic_zero[0].pk)
    citation_review_decide(review=review, status=ReviewStatus.CONFIRMED, by=editor, note="ok")

    attempt = attempt_start(
        user=assignment.servant, quiz=quiz, assignment=assignment, language="en"
    )
    drawn = _drawn_question_ids(attempt)
    assert {topic_zero[0].pk, topic_zero[3].pk} <= drawn
    assert not drawn & {topic_zero[1].pk, topic_zero[2].pk}
    event = AuditEvent.objects.get(action="citation_review.confirmed")
    assert event.actor_email == editor.email and event.data["note"] == "ok"
