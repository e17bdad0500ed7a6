"""The demo is relative to the day it is loaded: on the first and last day of the year, mid-year
and in December it shows the same story — servant@ part-way through and not overdue, certified@
holding a valid certificate, one new hire overdue, one seminar ahead and one behind, and an
expired, a revoked and a valid certificate."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone

from certificates.models import Certificate
from cms.models import SeminarPage
from lms.models import Assignment
from lms.selectors import cycle_current
from tests.clock import SERVICE_ZONE, YEAR

pytestmark = pytest.mark.django_db

DATES = [
    datetime.date(YEAR, 1, 1),
    datetime.date(YEAR, 6, 30),
    datetime.date(YEAR, 12, 3),
    datetime.date(YEAR, 12, 31),
]


@pytest.mark.parametrize("day", DATES, ids=[d.isoformat() for d in DATES])
def test_load_demo_builds_the_same_states_on_any_day(day, django_capture_on_commit_callbacks):
    moment = datetime.datetime.combine(day, datetime.time(9, 30), tzinfo=SERVICE_ZONE)
    with time_machine.travel(moment, tick=True):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("load_demo", stdout=io.StringIO())
        today = timezone.localdate()
        cycle = cycle_current()
        assert cycle is not None and cycle.year == day.year
        assert cycle.opens_on <= today < cycle.due_on

        current = Assignment.objects.filter(cycle=cycle).select_related("servant")
        servant = current.get(servant__email="servant@example.com")
        assert servant.effective_status == "in_progress"
        assert 0 < servant.lessons_done < servant.lessons_total
        certified = current.get(servant__email="certified@example.com")
        assert certified.effective_status == "completed"
        assert Certificate.objects.get(assignment=certified).status == "valid"

        overdue = [a for a in current if a.effective_status == "overdue"]
        assert len(overdue) == 1  # the new hire whose 30 days have passed
        hired_on = overdue[0].servant.servant_profile.hired_on
        assert hired_on > cycle.opens_on and overdue[0].due_on < today
        statuses = {a.effective_status for a in current}
        assert statuses == {"completed", "in_progress", "not_started", "overdue", "exempt"}
        for assignment in current.filter(status="completed"):
            assert cycle.opens_on <= timezone.localdate(assignment.completed_at) <= today

        states = sorted(c.status for c in Certificate.objects.all())
        assert states.count("expired") == 1 and states.count("revoked") == 1
        assert set(states) == {"expired", "revoked", "valid"}

        seminars = SeminarPage.objects.filter(locale__language_code="en")
        assert sorted(s.starts_at > timezone.now() for s in seminars) == [False, True]
