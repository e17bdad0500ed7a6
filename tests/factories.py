import datetime

import factory
from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from cms.models import HomePage, SeminarIndexPage, SeminarPage
from courses.models import CourseIndexPage, CoursePage, LessonPage
from demo.staff import demo_cycle_dates
from lms.models import (
    Assignment,
    Organisation,
    OrgUnit,
    ServantCategory,
    ServantProfile,
    TrainingCycle,
    User,
)
from lms.selectors import course_lesson_total
from lms.validators import iin_build
from quizzes.models import Choice, DrawRule, Question, Quiz, Topic


def make_iin(n: int) -> str:
    """A checksum-valid IIN for a person born 12 April 1988, serial from n."""
    return iin_build(born=datetime.date(1988, 4, 12), serial=n * 10)


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"user{n}@example.com")
    first_name = "Test"
    last_name = factory.Sequence(lambda n: f"Servant{n}")
    preferred_language = "en"
    password = factory.PostGenerationMethodCall("set_password", settings.ADAL_DEMO_PASSWORD)

    @factory.post_generation
    def saved(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ["code"]

    code = "test-org"
    name = "Test Agency"
    name_ru = "Тестовое агентство"
    name_kk = "Сынақ агенттігі"


def make_unit(code: str = "root", parent: OrgUnit | None = None, organisation=None) -> OrgUnit:
    organisation = organisation or OrganisationFactory()
    fields = {"organisation": organisation, "code": code, "name": f"Unit {code}"}
    return parent.add_child(**fields) if parent else OrgUnit.add_root(**fields)


class ServantProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServantProfile

    user = factory.SubFactory(UserFactory, iin=factory.Sequence(lambda n: make_iin(n + 1)))
    unit = factory.LazyFunction(lambda: OrgUnit.objects.first() or make_unit())
    category = ServantCategory.ADMINISTRATIVE
    position = "Chief specialist"
    hired_on = datetime.date(2020, 1, 10)


def _cycle_dates(year: int) -> tuple[datetime.date, datetime.date]:
    today = timezone.localdate()
    if year == today.year:
        return demo_cycle_dates(today)
    return datetime.date(year, 1, 15), datetime.date(year, 12, 1)


class TrainingCycleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingCycle
        django_get_or_create = ["year"]

    # The year of "now" (the run's fixed NOW), open and due as the demo's cycle: no servant
    # who has not finished is overdue unless a test says so.
    year = factory.LazyFunction(lambda: timezone.localdate().year)
    opens_on = factory.LazyAttribute(lambda o: _cycle_dates(o.year)[0])
    due_on = factory.LazyAttribute(lambda o: _cycle_dates(o.year)[1])


class AssignmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assignment

    cycle = factory.SubFactory(TrainingCycleFactory)
    due_on = factory.SelfAttribute("cycle.due_on")
    lessons_total = factory.LazyAttribute(
        lambda o: course_lesson_total(
            course_page_id=o.course.pk, language=o.servant.preferred_language
        )
    )


# The course side of the test world: the final test, its question bank, and the page tree.
# The conftest fixtures, the security world and the page tests all build through these.


class QuizFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Quiz

    title = "Final test"
    time_limit_minutes = 30
    pass_mark_percent = 75
    attempts_per_cycle = 3
    questions_per_page = 2


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    key = factory.Sequence(lambda n: f"topic-{n}")
    title = factory.LazyAttribute(lambda o: f"Topic {o.key}")
    locale = factory.LazyFunction(lambda: Locale.objects.get_or_create(language_code="en")[0])


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question

    key = factory.Sequence(lambda n: f"q-{n}")
    topic = factory.SubFactory(TopicFactory)
    text = factory.LazyAttribute(lambda o: f"Question {o.key}?")
    locale = factory.SelfAttribute("topic.locale")


class ChoiceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Choice

    question = factory.SubFactory(QuestionFactory)
    text = factory.Sequence(lambda n: f"Answer {n}")
    is_correct = False
    sort_order = 0


def make_quiz(
    *, prefix: str = "", topics: int = 2, questions: int = 4, choices: int = 4, draw: int = 2
) -> Quiz:
    """A final test drawing `draw` questions from each of `topics` topics, each topic holding
    `questions` single-choice questions whose first of `choices` answers is the right one."""
    quiz = QuizFactory()
    for t in range(topics):
        topic = TopicFactory(key=f"{prefix}topic-{t}", title=f"Topic {t}")
        DrawRule.objects.create(quiz=quiz, topic=topic, count=draw)
        for q in range(questions):
            question = QuestionFactory(
                key=f"{prefix}q-{t}-{q}",
                topic=topic,
                text=f"Question {t}.{q}?",
                explanation=f"Because rule {t}.{q}.",
            )
            for c in range(choices):
                ChoiceFactory(
                    question=question, text=f"Answer {t}.{q}.{c}", is_correct=c == 0, sort_order=c
                )
    return quiz


def make_home() -> HomePage:
    """The site's home page on a fresh tree (the default site answers at localhost)."""
    # Transactional tests flush the database, taking the root page made by migrations with it.
    root = Page.get_first_root_node() or Page.add_root(
        title="Root", slug="root", locale=Locale.objects.get_or_create(language_code="en")[0]
    )
    Page.objects.filter(depth=2).delete()  # the placeholder page a new installation starts with
    home = HomePage(title="Adal", slug="home")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


def make_course(
    home: HomePage,
    quiz: Quiz,
    *,
    lessons: list[dict],
    title: str = "Anti-corruption standards",
    slug: str = "anti-corruption",
    intro: str = "",
) -> CoursePage:
    """Courses index → course → its lessons (each a dict of LessonPage fields)."""
    index = home.add_child(instance=CourseIndexPage(title="Courses", slug="courses"))
    course = index.add_child(
        instance=CoursePage(title=title, slug=slug, intro=intro, final_quiz=quiz)
    )
    for fields in lessons:
        course.add_child(instance=LessonPage(**fields))
    return course


def make_seminar(
    index: SeminarIndexPage,
    *,
    slug: str = "seminar",
    starts_in: datetime.timedelta = datetime.timedelta(days=10),
    seat_limit: int | None = None,
    title: str = "Conflicts of interest in practice",
) -> SeminarPage:
    starts_at = timezone.now() + starts_in
    seminar = SeminarPage(
        title=title,
        slug=slug,
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        venue="Conference hall",
        organiser="Aviation Administration of Kazakhstan",
        seat_limit=seat_limit,
    )
    index.add_child(instance=seminar)
    return seminar
