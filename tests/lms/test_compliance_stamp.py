"""Cached HR compliance counts are keyed by a stamp that database triggers move with every
committed change to assignments and servant profiles, whichever code path makes it. These
tests commit (transactional), as production does: the stamp moves when a change commits."""

import datetime

import pytest
from django.db import connection, transaction
from django.utils import timezone

from certificates.services import assignment_complete
from courses.models import LessonPage, LessonProgress
from courses.services import lesson_complete, lesson_record_view
from lms.imports import servants_import
from lms.models import Assignment, AssignmentStatus, ComplianceStamp, OrgUnit, ServantProfile
from lms.services import (
    assignment_exempt,
    assignment_mark_started,
    assignment_reopen,
    assignment_update_progress,
    cycle_open,
)
from tests.factories import (
    AssignmentFactory,
    OrganisationFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    make_unit,
)
from tests.lms.test_import_servants import person, write_csv

pytestmark = pytest.mark.django_db(transaction=True)


def stamp():
    return (
        ComplianceStamp.objects.filter(pk=ComplianceStamp.ROW)
        .values_list("version", "changed_at")
        .first()
    )


@pytest.fixture
def organisation():
    """The staff file's organisation (that of the other servants' units too)."""
    organisation = OrganisationFactory(code="test-org")
    root = OrgUnit.objects.filter(organisation=organisation, code="root").first()
    root = root or make_unit("root", organisation=organisation)
    make_unit("dept", parent=root, organisation=organisation)
    return organisation


def _completed_elsewhere(assignment):
    Assignment.objects.filter(pk=assignment.pk).update(
        status=AssignmentStatus.COMPLETED, completed_at=timezone.now()
    )


def _lesson_confirmed(assignment):
    lesson = LessonPage.objects.child_of(assignment.course).order_by("path").first()
    lesson_record_view(user=assignment.servant, lesson=lesson)
    LessonProgress.objects.filter(user=assignment.servant).update(
        first_viewed_at=timezone.now() - datetime.timedelta(hours=1)
    )
    return lambda: lesson_complete(user=assignment.servant, lesson=lesson)


def _raw_sql(assignment):
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE lms_assignment SET due_on = %s WHERE id = %s",
            [assignment.due_on + datetime.timedelta(days=23), assignment.pk],
        )


WRITERS = {
    # name: (prepare(assignment, organisation, tmp_path) -> the change to make)
    "progress": lambda a, o, p: lambda: assignment_update_progress(assignment=a, lessons_done=1),
    "started": lambda a, o, p: lambda: assignment_mark_started(assignment=a),
    "completion": lambda a, o, p: lambda: assignment_complete(assignment=a),
    "exemption": lambda a, o, p: lambda: assignment_exempt(assignment=a, reason="Leave", by=None),
    "reopen": lambda a, o, p: (
        _completed_elsewhere(a) or (lambda: assignment_reopen(assignment=a, by=None))
    ),
    "lesson confirmed": lambda a, o, p: _lesson_confirmed(a),
    "cycle_open": lambda a, o, p: lambda: cycle_open(year=2031, course_page_id=a.course_id),
    "import of a new servant": lambda a, o, p: (
        lambda: servants_import(
            organisation=o, file=write_csv(p / "new.csv", [person(101)]), filename="new.csv"
        )
    ),
    "import deactivating a servant": lambda a, o, p: (
        servants_import(
            organisation=o,
            file=write_csv(p / "v1.csv", [person(101), person(102)]),
            filename="v1.csv",
        )
        and (
            lambda: servants_import(
                organisation=o,
                file=write_csv(p / "v2.csv", [person(101)]),
                filename="v2.csv",
                deactivate_missing=True,
            )
        )
    ),
    "profile moved": lambda a, o, p: (
        lambda: ServantProfile.objects.filter(user=a.servant).update(unit=make_unit("elsewhere"))
    ),
    "bulk update": lambda a, o, p: (
        lambda: Assignment.objects.filter(pk=a.pk).update(
            due_on=a.due_on + datetime.timedelta(days=19)
        )
    ),
    "raw SQL": lambda a, o, p: lambda: _raw_sql(a),
    "deletion": lambda a, o, p: lambda: Assignment.objects.filter(pk=a.pk).delete(),
}


@pytest.mark.parametrize("writer", WRITERS)
def test_every_writer_moves_the_stamp(writer, assignment, organisation, tmp_path):
    change = WRITERS[writer](assignment, organisation, tmp_path)
    before = stamp()
    change()
    assert stamp() != before


@pytest.mark.postgres
def test_a_transaction_moves_the_stamp_once_when_it_commits(course):
    cycle = TrainingCycleFactory()
    for _ in range(3):
        AssignmentFactory(servant=ServantProfileFactory().user, cycle=cycle, course=course)
    before = stamp()
    with transaction.atomic():
        Assignment.objects.update(lessons_done=1)
        Assignment.objects.update(lessons_done=2)
        assert stamp() == before  # not before the commit: readers would see old rows
    assert stamp()[0] == before[0] + 1


def test_a_rolled_back_change_leaves_the_stamp(assignment):
    before = stamp()
    with pytest.raises(RuntimeError), transaction.atomic():
        Assignment.objects.filter(pk=assignment.pk).update(lessons_done=2)
        raise RuntimeError
    assert stamp() == before


def test_reading_the_stamp_does_not_count_assignments(assignment, django_assert_max_num_queries):
    from lms.selectors import compliance_stamp

    with django_assert_max_num_queries(1) as captured:
        compliance_stamp(cycle=assignment.cycle)
    assert "count(" not in captured.captured_queries[0]["sql"].lower()


# What the HR officer sees ------------------------------------------------------------------


def counts(client) -> dict:
    response = client.get("/hr/")
    assert response.status_code == 200
    return {row.unit.code: dict(row.counts) for row in response.context["summary"]}


def test_the_dashboard_shows_each_kind_of_change_on_the_next_visit(
    client, hr, tree, course, settings, tmp_path
):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    cycle = TrainingCycleFactory()
    first = AssignmentFactory(
        servant=ServantProfileFactory(unit=tree["team"]).user, cycle=cycle, course=course
    )
    second = AssignmentFactory(
        servant=ServantProfileFactory(unit=tree["team"]).user, cycle=cycle, course=course
    )
    assert counts(client)["a-dept"]["not_started"] == 2
    assert counts(client)["a-dept"]["not_started"] == 2  # served from the cache

    assignment_update_progress(assignment=first, lessons_done=1)
    assert counts(client)["a-dept"]["in_progress"] == 1

    assignment_complete(assignment=first)
    assert counts(client)["a-dept"]["completed"] == 1

    assignment_exempt(assignment=second, reason="Long leave", by=None)
    assert counts(client)["a-dept"]["exempt"] == 1

    ServantProfile.objects.filter(user=second.servant).update(unit=tree["dept"])
    moved = counts(client)
    assert moved["a-team"]["exempt"] == 0 and moved["a-dept"]["exempt"] == 1

    newcomer = ServantProfileFactory(unit=tree["team"])
    cycle_open(year=cycle.year, course_page_id=course.pk)
    assert counts(client)["a-team"]["not_started"] == 1
    assert Assignment.objects.filter(servant=newcomer.user).exists()

    Assignment.objects.filter(servant=newcomer.user).delete()
    assert counts(client)["a-team"]["not_started"] == 0
