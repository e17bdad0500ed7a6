"""A servant who completed last year's course sees, on this year's course page, the amendments
that took effect since."""

import datetime

import pytest
from django.utils import timezone

from legal.services import amendment_record
from tests.clock import YEAR
from tests.factories import AssignmentFactory, TrainingCycleFactory

pytestmark = pytest.mark.django_db


def _amend(effective_on, summary):
    amendment_record(
        act_number="410-V",
        article_numbers=["12"],
        effective_on=effective_on,
        summary=summary,
        summary_ru=f"{summary} (ru)",
    )


def test_the_course_page_lists_amendments_since_the_servants_last_training(
    client, assignment, register, frozen_time
):
    servant, course = assignment.servant, assignment.course.specific
    last_year = TrainingCycleFactory(year=YEAR - 1)
    completed = timezone.now() - datetime.timedelta(days=200)
    AssignmentFactory(servant=servant, cycle=last_year, course=course, completed_at=completed)
    today = timezone.localdate()
    _amend(today - datetime.timedelta(days=300), "Before the last training.")
    _amend(today - datetime.timedelta(days=100), "Gifts of any value are banned.")
    _amend(today + datetime.timedelta(days=30), "Not in effect yet.")

    client.force_login(servant)
    page = client.get(course.url).content.decode()
    assert "What changed since your last training" in page
    assert "Gifts of any value are banned." in page
    assert "Before the last training." not in page
    assert "Not in effect yet." not in page


def test_a_servant_without_a_completed_earlier_training_sees_no_such_list(
    client, assignment, register, frozen_time
):
    _amend(timezone.localdate() - datetime.timedelta(days=100), "Gifts of any value are banned.")
    client.force_login(assignment.servant)
    page = client.get(assignment.course.specific.url).content.decode()
    assert "What changed since your last training" not in page
