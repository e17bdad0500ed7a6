"""HR depth: completion per unit year over year (/hr/years/), and on a servant's record a later
deadline or another attempt at the final test, each with a reason, audited and seen by the
servant; a seminar attended in the cycle's year stands for the lessons where the cycle says so."""

import datetime
import re

import pytest
from django.core.cache import cache
from django.db import connection
from django.db.models import F
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cms.models import SeminarIndexPage, SeminarRegistration
from cms.services import seminar_mark_attendance
from lms.exceptions import OutsideHRScope
from lms.models import Assignment, AuditEvent, TrainingCycle
from lms.services import assignment_extend_due
from quizzes.exceptions import AttemptAllowanceRefused, QuizLocked
from quizzes.models import Attempt, Quiz
from quizzes.services import assignment_allow_attempt, attempt_start, attempt_submit
from tests.clock import NOW, TODAY, YEAR
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_seminar,
    make_unit,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


def servant_in(unit, course, cycle, **assignment) -> Assignment:
    profile = ServantProfileFactory(unit=unit)
    return AssignmentFactory(servant=profile.user, cycle=cycle, course=course, **assignment)


def completed(unit, course, cycle) -> Assignment:
    return servant_in(
        unit, course, cycle, status="completed", completed_at=NOW - datetime.timedelta(days=400)
    )


def signed_in(user) -> Client:
    other = Client()
    other.force_login(user)
    return other


def text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


# --- 1. Completion year over year -------------------------------------------------------------


def test_years_page_compares_each_unit_with_the_cycles_before(client, hr, tree, course, cycle):
    last = TrainingCycleFactory(year=YEAR - 1)
    before = TrainingCycleFactory(year=YEAR - 2)
    TrainingCycleFactory(year=YEAR - 3)  # only three years are shown
    for _ in range(3):
        completed(tree["team"], course, cycle)
    servant_in(tree["team"], course, cycle)  # this year: 3 of 4
    completed(tree["dept"], course, last)
    servant_in(tree["dept"], course, last)  # last year: 1 of 2
    servant_in(tree["dept"], course, before, status="exempt")  # nobody required then
    completed(tree["other"], course, cycle)  # another organisation: never counted

    response = client.get("/hr/years/")

    assert response.status_code == 200
    assert [c.year for c in response.context["cycles"]] == [YEAR, YEAR - 1, YEAR - 2]
    rows = {row.unit.code: row for row in response.context["rows"]}
    assert set(rows) == {"a-dept", "a-team"}
    dept = rows["a-dept"]
    assert [(y.year, y.percent, y.completed, y.required) for y in dept.years] == [
        (YEAR, 75, 3, 4), (YEAR - 1, 50, 1, 2), (YEAR - 2, None, 0, 0),
    ]  # fmt: skip
    assert dept.change == 25
    assert [y.percent for y in rows["a-team"].years] == [75, None, None]
    html = text(response)
    # The chart prints its values; the table is the alternative, with a caption and headers.
    assert "75%" in html and "50%" in html
    assert "<caption>" in html
    assert f'<th scope="col">{YEAR - 1}</th>' in html
    assert '<th scope="row"' in html
    assert "+25" in html
    assert "Unit b" not in html


def test_years_page_reads_one_count_per_cycle_however_many_units(client, hr, tree, course, cycle):
    TrainingCycleFactory(year=YEAR - 1)

    def queries() -> tuple[int, int]:
        cache.clear()  # the counts are cached: read them afresh
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/hr/years/").status_code == 200
        grouped = [q for q in captured if "GROUP BY" in q["sql"]]
        return len(captured), len(grouped)

    servant_in(tree["team"], course, cycle)
    client.get("/hr/years/")  # the first visit writes the HR-area audit event, settings
    small = queries()
    assert small[1] == 2  # one grouped count per cycle
    for n in range(5):
        unit = make_unit(f"a-new-{n}", parent=tree["dept"], organisation=tree["dept"].organisation)
        servant_in(unit, course, cycle)
    assert queries() == small


def test_years_page_is_linked_from_the_dashboard_and_keeps_the_year(client, hr, cycle):
    assert f'href="/hr/years/?cycle={YEAR}"' in text(client.get("/hr/"))
    assert client.get(f"/hr/years/?cycle={YEAR - 5}").status_code == 404


def test_years_page_is_for_hr_officers_only(client, tree, course, cycle):
    servant = servant_in(tree["team"], course, cycle).servant
    assert signed_in(servant).get("/hr/years/").status_code == 404


# --- 2. A later deadline for one servant -------------------------------------------------------


def test_extending_an_overdue_deadline_is_audited_and_the_servant_sees_the_new_date(
    client, hr, tree, course, cycle
):
    assignment = servant_in(tree["team"], course, cycle, due_on=TODAY - datetime.timedelta(days=5))
    assert assignment.effective_status == "overdue"
    new_due = TODAY + datetime.timedelta(days=14)

    response = client.post(
        f"/hr/assignments/{assignment.pk}/extend/",
        {"due_on": new_due.isoformat(), "reason": "Sick leave, certificate 12"},
    )

    assert response.status_code == 302
    assert response["Location"].endswith(
        f"/hr/servants/{assignment.servant_id}/#assignment-{assignment.pk}"
    )
    assignment.refresh_from_db()
    assert assignment.due_on == new_due
    assert assignment.effective_status == "not_started"
    event = AuditEvent.objects.get(action="assignment.due_extended")
    assert event.object_id == str(assignment.pk) and event.actor == hr
    assert event.data == {
        "from": (TODAY - datetime.timedelta(days=5)).isoformat(),
        "to": new_due.isoformat(),
        "reason": "Sick leave, certificate 12",
    }
    record = text(client.get(f"/hr/servants/{assignment.servant_id}/"))
    assert "deadline extended from" in record and "Sick leave, certificate 12" in record
    learn = text(signed_in(assignment.servant).get("/learn/"))
    assert f"due {new_due:%d.%m.%Y}" in learn
    assert "Sick leave" not in learn


@pytest.mark.parametrize(
    ("days", "reason", "message"),
    [
        (0, "Leave", "later than today"),
        (-3, "Leave", "later than today"),
        (None, "Leave", "at the latest"),
        (10, "", "Give a reason"),
    ],
)
def test_an_extension_outside_the_rules_is_refused_and_changes_nothing(
    client, hr, tree, course, cycle, days, reason, message
):
    assignment = servant_in(tree["team"], course, cycle, due_on=TODAY)
    if days is None:  # one day beyond the latest allowed
        due = datetime.date(YEAR, 12, 31) + datetime.timedelta(days=91)
    else:
        due = TODAY + datetime.timedelta(days=days)
    response = client.post(
        f"/hr/assignments/{assignment.pk}/extend/",
        {"due_on": due.isoformat(), "reason": reason},
        follow=True,
    )
    assert message in text(response)
    assignment.refresh_from_db()
    assert assignment.due_on == TODAY
    assert not AuditEvent.objects.filter(action="assignment.due_extended").exists()


def test_a_completed_assignment_gets_no_later_deadline(hr, tree, course, cycle):
    assignment = completed(tree["team"], course, cycle)
    with pytest.raises(Exception, match="no longer applies"):
        assignment_extend_due(
            assignment=assignment,
            due_on=TODAY + datetime.timedelta(days=3),
            reason="Leave",
            by=hr,
        )


def test_an_extension_outside_the_officers_scope_is_404(client, hr, tree, course, cycle):
    assignment = servant_in(tree["other"], course, cycle)
    response = client.post(
        f"/hr/assignments/{assignment.pk}/extend/",
        {"due_on": (TODAY + datetime.timedelta(days=5)).isoformat(), "reason": "Leave"},
    )
    assert response.status_code == 404
    with pytest.raises(OutsideHRScope):
        assignment_extend_due(
            assignment=assignment,
            due_on=TODAY + datetime.timedelta(days=5),
            reason="Leave",
            by=hr,
        )
    assignment.refresh_from_db()
    assert assignment.due_on == cycle.due_on


# --- 3. Another attempt at the final test --------------------------------------------------------


def failed_every_attempt(unit, course, cycle) -> Assignment:
    """A servant who read every lesson and failed the test's only attempt of the year."""
    Quiz.objects.filter(pk=course.final_quiz_id).update(attempts_per_cycle=1)
    assignment = servant_in(unit, course, cycle)
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=F("lessons_total"))
    assignment.refresh_from_db()
    quiz = Quiz.objects.get(pk=course.final_quiz_id)
    attempt = attempt_start(
        user=assignment.servant, quiz=quiz, assignment=assignment, language="en"
    )
    attempt_submit(attempt=attempt)  # nothing answered: failed
    return assignment


def test_hr_allows_another_attempt_with_a_reason_and_the_servant_sees_it(
    client, hr, tree, course, cycle
):
    assignment = failed_every_attempt(tree["team"], course, cycle)
    attempt = Attempt.objects.get(assignment=assignment)
    servant = signed_in(assignment.servant)
    result = text(servant.get(f"/quiz/attempts/{attempt.pk}/result/"))
    assert "You have used every attempt allowed for this year." in result
    assert "Ask your HR officer for an extra attempt." in result
    record = text(client.get(f"/hr/servants/{assignment.servant_id}/"))
    assert "Allow another attempt" in record and "1 of 1 attempts used" in record

    response = client.post(
        f"/hr/assignments/{assignment.pk}/allow-attempt/",
        {"reason": "The connection failed during the test"},
    )

    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.extra_attempts == 1
    event = AuditEvent.objects.get(action="assignment.attempt_allowed")
    assert event.object_id == str(assignment.pk) and event.actor == hr
    assert event.data["reason"] == "The connection failed during the test"
    record = text(client.get(f"/hr/servants/{assignment.servant_id}/"))
    assert "another attempt allowed by officer@example.com" in record
    assert "1 of 2 attempts used" in record
    assert "Allow another attempt</legend>" not in record  # not again while one is left
    result = text(servant.get(f"/quiz/attempts/{attempt.pk}/result/"))
    assert "HR has allowed you another attempt." in result
    assert "You have 1 attempt left this year." in result
    assert "Ask your HR officer" not in result
    learn = text(servant.get("/learn/"))
    assert "HR has allowed you another attempt." in learn
    assert "connection failed" not in learn and "connection failed" not in result
    # The attempt can be taken (before the course page, which recounts the lessons read: this
    # servant's were set directly); once started, the pages lead back to it.
    response = servant.post(f"/quiz/start/{assignment.pk}/")
    assert response.status_code == 302 and "/quiz/attempts/" in response["Location"]
    assert response["Location"] in servant.get(course.url).content.decode()


def test_another_attempt_is_refused_while_attempts_are_left_or_once_passed(hr, tree, course, cycle):
    open_one = servant_in(tree["team"], course, cycle)
    with pytest.raises(AttemptAllowanceRefused):
        assignment_allow_attempt(assignment=open_one, reason="Asked", by=hr)
    done = completed(tree["team"], course, cycle)
    with pytest.raises(AttemptAllowanceRefused):
        assignment_allow_attempt(assignment=done, reason="Asked", by=hr)
    used_up = failed_every_attempt(tree["team"], course, cycle)
    with pytest.raises(AttemptAllowanceRefused):
        assignment_allow_attempt(assignment=used_up, reason="  ", by=hr)
    assert not AuditEvent.objects.filter(action="assignment.attempt_allowed").exists()
    assert Assignment.objects.filter(extra_attempts__gt=0).count() == 0


def test_another_attempt_outside_the_officers_scope_is_404(client, hr, tree, course, cycle):
    assignment = failed_every_attempt(tree["other"], course, cycle)
    response = client.post(f"/hr/assignments/{assignment.pk}/allow-attempt/", {"reason": "Asked"})
    assert response.status_code == 404
    with pytest.raises(OutsideHRScope):
        assignment_allow_attempt(assignment=assignment, reason="Asked", by=hr)
    assignment.refresh_from_db()
    assert assignment.extra_attempts == 0


# --- 4. Seminar attendance ---------------------------------------------------------------------


@pytest.fixture
def seminar(course):
    home = Page.objects.get(pk=course.get_parent().pk)
    index = home.add_child(instance=SeminarIndexPage(title="Seminars", slug="seminars"))
    # Held earlier today: the same calendar year whatever day the run is at.
    return make_seminar(
        index, starts_in=-datetime.timedelta(hours=3), title="Gifts and hospitality"
    )


def attended(seminar, servant, *, yes: bool = True):
    SeminarRegistration.objects.get_or_create(seminar=seminar, user=servant)
    editor = UserFactory(is_staff=True, is_superuser=True)
    seminar_mark_attendance(seminar=seminar, marks={servant.pk: yes}, by=editor)


def test_attendance_shows_on_the_record_and_counts_only_where_the_cycle_says_so(
    client, hr, tree, course, cycle, seminar
):
    assignment = servant_in(tree["team"], course, cycle)
    attended(seminar, assignment.servant)
    assignment.refresh_from_db()
    assert assignment.seminar_credit == f"Gifts and hospitality · {TODAY:%d.%m.%Y}"
    assert AuditEvent.objects.filter(action="assignment.seminar_recorded").count() == 1
    record = text(client.get(f"/hr/servants/{assignment.servant_id}/"))
    assert (
        f"Attended the seminar “Gifts and hospitality” on {TODAY:%d.%m.%Y} — counts toward "
        f"{YEAR}: <strong>no</strong>" in record
    )
    quiz = course.final_quiz
    with pytest.raises(QuizLocked):
        attempt_start(user=assignment.servant, quiz=quiz, assignment=assignment, language="en")

    TrainingCycle.objects.filter(pk=cycle.pk).update(seminar_counts=True)
    record = text(client.get(f"/hr/servants/{assignment.servant_id}/"))
    assert f"counts toward {YEAR}: <strong>yes, in place of the lessons</strong>" in record
    servant = signed_in(assignment.servant)
    assert "counts for the lessons this year" in text(servant.get("/learn/"))
    assert "Start the final test" in text(servant.get(course.url))
    assignment = Assignment.objects.get(pk=assignment.pk)
    attempt = attempt_start(
        user=assignment.servant, quiz=quiz, assignment=assignment, language="en"
    )
    assert attempt.pk  # the test must still be passed: the seminar only opens it


def test_taking_back_the_attendance_takes_back_the_credit(tree, course, cycle, seminar):
    TrainingCycle.objects.filter(pk=cycle.pk).update(seminar_counts=True)
    assignment = servant_in(tree["team"], course, cycle)
    attended(seminar, assignment.servant)
    attended(seminar, assignment.servant, yes=False)
    assignment = Assignment.objects.get(pk=assignment.pk)
    assert assignment.seminar_credit == ""
    assert not assignment.lessons_requirement_met
    with pytest.raises(QuizLocked):
        attempt_start(
            user=assignment.servant, quiz=course.final_quiz, assignment=assignment, language="en"
        )


def test_the_cycle_setting_is_edited_in_the_admin(client, cycle):
    admin = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(admin)
    url = f"/django-admin/lms/trainingcycle/{cycle.pk}/change/"
    assert 'name="seminar_counts"' in client.get(url).content.decode()
    response = client.post(
        url,
        {
            "year": cycle.year,
            "opens_on": cycle.opens_on.isoformat(),
            "due_on": cycle.due_on.isoformat(),
            "certificate_validity_days": cycle.certificate_validity_days,
            "seminar_counts": "on",
        },
    )
    assert response.status_code == 302
    cycle.refresh_from_db()
    assert cycle.seminar_counts is True
