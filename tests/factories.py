import datetime

import factory
from django.conf import settings
from django.utils import timezone

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
