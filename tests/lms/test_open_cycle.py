import datetime
import io
import logging
import zoneinfo

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from lms.imports import servants_import
from lms.models import Assignment, AuditEvent, OrgUnit, ServantProfile, TrainingCycle
from lms.selectors import course_annual_id
from lms.tasks import open_yearly_cycle
from tests.clock import YEAR
from tests.factories import OrganisationFactory, ServantProfileFactory, UserFactory, make_unit
from tests.lms.test_import_servants import person, write_csv

pytestmark = pytest.mark.django_db


def test_open_cycle_assigns_every_active_servant_once(course):
    active = ServantProfileFactory.create_batch(3)
    ServantProfileFactory(active=False)
    out = io.StringIO()
    call_command("open_cycle", "2027", "--due", "2027-11-30", stdout=out)
    call_command("open_cycle", "2027", stdout=io.StringIO())
    assignments = Assignment.objects.filter(cycle__year=2027)
    assert sorted(a.servant_id for a in assignments) == sorted(p.user_id for p in active)
    assert {a.due_on.isoformat() for a in assignments} == {"2027-11-30"}
    assert {a.lessons_total for a in assignments} == {3}
    assert "3 assignments" in out.getvalue()


def test_open_cycle_rejects_a_bad_date(course):
    with pytest.raises(CommandError, match="not a date"):
        call_command("open_cycle", "2027", "--due", "30.11.2027")


def test_rules_assign_courses_by_category_and_subtree(course):
    from lms.models import AssignmentRule
    from tests.factories import make_unit

    root = make_unit("rules-root")
    branch = make_unit("rules-branch", parent=root)
    inside = ServantProfileFactory(unit=branch, category="administrative")
    political = ServantProfileFactory(unit=branch, category="political")
    outside = ServantProfileFactory(unit=make_unit("rules-other"), category="administrative")
    AssignmentRule.objects.create(course=course, categories=["administrative"], unit=root)
    call_command("open_cycle", "2027", stdout=io.StringIO())
    assigned = set(Assignment.objects.filter(cycle__year=2027).values_list("servant", flat=True))
    assert assigned == {inside.user_id}
    assert political.user_id not in assigned and outside.user_id not in assigned


def test_new_hires_are_due_thirty_days_after_their_first_day(course):
    import datetime

    veteran = ServantProfileFactory(hired_on=datetime.date(2015, 5, 1))
    newcomer = ServantProfileFactory(hired_on=datetime.date(2027, 6, 10))
    call_command("open_cycle", "2027", "--due", "2027-12-01", stdout=io.StringIO())
    due = dict(Assignment.objects.values_list("servant", "due_on"))
    assert due[veteran.user_id] == datetime.date(2027, 12, 1)
    assert due[newcomer.user_id] == datetime.date(2027, 7, 10)


# The yearly task, and servants who arrive while a cycle is open ----------------------------

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def test_the_yearly_task_assigns_the_annual_course_to_everyone_when_there_are_no_rules(course):
    active = ServantProfileFactory.create_batch(2)
    ServantProfileFactory(active=False)
    assert open_yearly_cycle() == 2
    cycle = TrainingCycle.objects.get(year=YEAR)
    assigned = set(cycle.assignments.values_list("servant", "course"))
    assert assigned == {(p.user_id, course.pk) for p in active}


def test_the_annual_course_setting_picks_one_of_several_courses(course, quiz, settings):
    from courses.models import CoursePage

    other = course.get_parent().add_child(
        instance=CoursePage(title="Other", slug="other-course", final_quiz=quiz)
    )
    ServantProfileFactory()
    assert course_annual_id() is None  # two live courses, none named
    settings.ADAL_ANNUAL_COURSE = "other-course"
    assert course_annual_id() == other.pk
    assert open_yearly_cycle() == 1
    assert Assignment.objects.get().course_id == other.pk


def test_without_a_course_the_yearly_task_logs_an_error_and_the_admin_says_so(db, caplog, client):
    ServantProfileFactory()
    with caplog.at_level(logging.ERROR, logger="lms.tasks"):
        assert open_yearly_cycle() == 0
    assert "no active assignment rule and no annual course" in caplog.text
    assert not TrainingCycle.objects.exists()

    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    with translation.override("en"):
        page = client.get("/django-admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "No course to assign" in page


def test_staff_imported_after_the_due_date_get_the_new_hire_grace(
    course, frozen_time, tmp_path, django_capture_on_commit_callbacks
):
    frozen_time.move_to(datetime.datetime(YEAR, 6, 15, 10, 0, tzinfo=ALMATY))
    cycle = TrainingCycle.objects.create(
        year=YEAR, opens_on=datetime.date(YEAR, 1, 1), due_on=datetime.date(YEAR, 3, 1)
    )
    make_unit("dept")
    returning = ServantProfileFactory(unit=OrgUnit.objects.get(code="dept"), active=False)
    path = write_csv(
        tmp_path / "staff.csv",
        [
            person(1),
            person(
                2,
                iin=returning.user.iin,
                email=returning.user.email,
                last_name=returning.user.last_name,
                first_name=returning.user.first_name,
            ),
        ],
    )
    with django_capture_on_commit_callbacks(execute=True):
        result = servants_import(organisation=OrganisationFactory(), file=path, filename="s.csv")
    assert result.ok and result.created == 1 and result.reactivated == 1
    due = dict(Assignment.objects.filter(cycle=cycle).values_list("servant__email", "due_on"))
    assert due == {
        "servant1@gov.kz": datetime.date(YEAR, 7, 15),
        returning.user.email: datetime.date(YEAR, 7, 15),
    }
    assert AuditEvent.objects.filter(action="cycle.joined").count() == 1


def test_staff_arriving_before_the_due_date_keep_the_cycle_due_date(course, frozen_time, tmp_path):
    frozen_time.move_to(datetime.datetime(YEAR, 2, 1, 10, 0, tzinfo=ALMATY))
    cycle = TrainingCycle.objects.create(
        year=YEAR, opens_on=datetime.date(YEAR, 1, 1), due_on=datetime.date(YEAR, 12, 1)
    )
    make_unit("dept")
    path = write_csv(tmp_path / "staff.csv", [person(1)])
    servants_import(organisation=OrganisationFactory(), file=path, filename="s.csv")
    assert Assignment.objects.get(cycle=cycle).due_on == cycle.due_on


def test_nobody_is_assigned_on_arrival_before_the_cycle_opens(course, frozen_time, tmp_path):
    frozen_time.move_to(datetime.datetime(YEAR, 1, 10, 10, 0, tzinfo=ALMATY))
    TrainingCycle.objects.create(
        year=YEAR, opens_on=datetime.date(YEAR, 1, 15), due_on=datetime.date(YEAR, 12, 1)
    )
    make_unit("dept")
    path = write_csv(tmp_path / "staff.csv", [person(1)])
    assert servants_import(organisation=OrganisationFactory(), file=path, filename="s.csv").ok
    assert not Assignment.objects.exists()


def test_the_yearly_task_opens_next_years_cycle_on_a_fresh_demo(
    frozen_time, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    frozen_time.move_to(datetime.datetime(YEAR + 1, 1, 15, 6, 0, tzinfo=ALMATY))
    count = open_yearly_cycle()
    active = ServantProfile.objects.filter(active=True).count()
    assert count == active > 0
    cycle = TrainingCycle.objects.get(year=YEAR + 1)
    assert cycle.assignments.filter(due_on=datetime.date(YEAR + 1, 12, 1)).exists()
