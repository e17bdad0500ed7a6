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
