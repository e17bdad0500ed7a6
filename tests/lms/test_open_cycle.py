import io

import pytest
from django.core.management import CommandError, call_command

from lms.models import Assignment
from tests.factories import ServantProfileFactory

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
