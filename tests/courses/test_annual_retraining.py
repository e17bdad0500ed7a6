"""Mandatory training is re-done every year: when the next year's cycle opens, a servant
certified this year starts the course again with no lesson read, reads every lesson again
(its minimum time counted from this year's first view) before the final test opens, and
keeps last year's reading and certificate on record."""

import datetime
from datetime import timedelta

import pytest
from django.db import connection

from certificates.models import Certificate
from courses.models import CoursePage, LessonPage, LessonProgress
from lms.models import Assignment, AssignmentStatus
from lms.services import cycle_open
from quizzes.models import Attempt, Choice
from quizzes.services import attempt_submit
from tests.clock import SERVICE_ZONE, YEAR
from tests.conftest import LESSON_SECONDS
from tests.courses.test_progress_translations import _translate_course
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db

LOCKED = "Read every lesson of the course before taking the final test."


def _read(client, frozen_time, lesson) -> None:
    """Open the lesson, stay the minimum time, confirm it."""
    assert client.get(lesson.get_url()).status_code == 200
    frozen_time.shift(timedelta(seconds=LESSON_SECONDS))
    response = client.post(f"/learn/lessons/{lesson.pk}/complete/")
    assert response.status_code == 302
    assert "#lesson-end" not in response["Location"]  # not sent back to keep reading


def _counts(assignment) -> tuple[int, int]:
    assignment.refresh_from_db()
    return assignment.lessons_done, assignment.lessons_total


def _next_years_assignment(assignment) -> Assignment:
    """Open next year's cycle as `open_cycle` does; the servant's assignment in it."""
    cycle = cycle_open(year=YEAR + 1, course_page_id=assignment.course_id)
    return Assignment.objects.get(servant=assignment.servant, cycle=cycle)


@pytest.fixture
def certified(client, assignment, frozen_time, django_capture_on_commit_callbacks):
    """A servant who read every lesson this year, passed the final test and holds the
    certificate; signed in."""
    client.force_login(assignment.servant)
    for lesson in assignment.course.specific.lessons():
        _read(client, frozen_time, lesson)
    client.post(f"/quiz/start/{assignment.pk}/")
    attempt = Attempt.objects.get(assignment=assignment)
    right = {
        str(item["question"]): list(
            Choice.objects.filter(question_id=item["question"], is_correct=True).values_list(
                "pk", flat=True
            )
        )
        for item in attempt.items
    }
    with django_capture_on_commit_callbacks(execute=True):
        assert attempt_submit(attempt=attempt, answers=right).attempt.passed
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.COMPLETED
    return assignment, Certificate.objects.get(assignment=assignment)


def test_next_years_cycle_starts_with_no_lesson_read_and_the_final_test_closed(client, certified):
    last_year, certificate = certified
    course = last_year.course.specific

    this_year = _next_years_assignment(last_year)

    assert this_year.pk != last_year.pk
    assert _counts(this_year) == (0, 3)
    page = client.get(course.url)
    outline = page.context["outline"]
    assert outline.assignment == this_year
    assert outline.read_count == 0 and not outline.all_read
    html = page.content.decode()
    assert "The final test opens when you have read every lesson" in html
    assert "Start the final test" not in html
    assert ">Read</span>" not in html  # no lesson marked read
    assert "I have read this lesson" in client.get(course.lessons().first().url).content.decode()
    assert "0 of 3 lessons read" in client.get("/learn/").content.decode()
    response = client.post(f"/quiz/start/{this_year.pk}/", follow=True)
    assert LOCKED in response.content.decode()
    assert not Attempt.objects.filter(assignment=this_year).exists()
    # Last year's record is kept as it was.
    assert (
        LessonProgress.objects.filter(assignment=last_year, completed_at__isnull=False).count() == 3
    )
    assert Certificate.objects.filter(
        pk=certificate.pk, assignment=last_year, revoked_at__isnull=True
    ).exists()
    assert _counts(last_year) == (3, 3)


def test_reading_every_lesson_again_in_the_new_cycle_opens_the_final_test(
    client, certified, frozen_time
):
    last_year, _certificate = certified
    course = last_year.course.specific
    this_year = _next_years_assignment(last_year)

    first = course.lessons().first()
    client.get(first.url)
    frozen_time.shift(timedelta(seconds=10))
    response = client.post(f"/learn/lessons/{first.pk}/complete/", follow=True)
    # The minimum reading time counts again, from this year's first view.
    assert f"after {LESSON_SECONDS - 10} more seconds" in response.content.decode()
    assert _counts(this_year) == (0, 3)

    for lesson in course.lessons():
        _read(client, frozen_time, lesson)

    assert _counts(this_year) == (3, 3)
    assert "Start the final test" in client.get(course.url).content.decode()
    client.post(f"/quiz/start/{this_year.pk}/")
    assert Attempt.objects.filter(assignment=this_year, submitted_at__isnull=True).exists()
    assert LessonProgress.objects.filter(user=this_year.servant).count() == 6  # 3 a year


def test_a_lesson_read_in_russian_then_kazakh_counts_once_in_each_cycle(
    client, assignment, course, locales, frozen_time
):
    kk_course = _translate_course(course, locales["kk"], "Сабақ", lessons=3)
    ru_course = _translate_course(course, locales["ru"], "Урок", lessons=3)
    russian, kazakh = ru_course.lessons().first(), kk_course.lessons().first()
    client.force_login(assignment.servant)

    for year in ("this", "next"):
        current = assignment if year == "this" else _next_years_assignment(assignment)
        assert not client.get(kazakh.url).context["state"].read  # nothing read this cycle yet
        _read(client, frozen_time, russian)
        assert client.get(kazakh.url).context["state"].read  # already read, in Russian
        client.post(f"/learn/lessons/{kazakh.pk}/complete/")  # confirmed again, in Kazakh

        assert LessonProgress.objects.filter(assignment=current).count() == 1
        assert _counts(current) == (1, 3)

    assert _counts(assignment) == (1, 3)  # last year's count is left as it was


def test_a_reader_without_an_assignment_reads_lessons_but_it_never_counts_for_one(
    client, course, frozen_time
):
    officer = UserFactory(email="officer@example.com")  # HR staff: no course assigned
    client.force_login(officer)
    lesson = course.lessons().first()

    _read(client, frozen_time, lesson)

    assert "You have read this lesson." in client.get(lesson.url).content.decode()
    assert client.get(course.url).context["outline"].read_count == 1
    progress = LessonProgress.objects.get(user=officer)
    assert progress.assignment is None and progress.completed_at is not None

    # Later made a servant and assigned the course: this year's reading starts afresh.
    ServantProfileFactory(user=officer)
    assignment = AssignmentFactory(servant=officer, cycle=TrainingCycleFactory(), course=course)
    assert client.get(course.url).context["outline"].read_count == 0
    assert _counts(assignment) == (0, 3)
    assert "I have read this lesson" in client.get(lesson.url).content.decode()


def _at(year: int, month: int, day: int) -> datetime.datetime:
    return datetime.datetime(year, month, day, 12, 0, tzinfo=SERVICE_ZONE)


@pytest.mark.django_db(transaction=True)
def test_migration_attaches_each_reading_to_the_assignment_of_its_time(course):
    from django.db.migrations.executor import MigrationExecutor

    before = [("courses", "0006_lessonprogress_per_translation")]
    after = [("courses", "0009_lessonprogress_unique_per_assignment")]
    older, last = YEAR - 2, YEAR - 1
    cycles = {
        year: TrainingCycleFactory(
            year=year, opens_on=datetime.date(year, 1, 15), due_on=datetime.date(year, 12, 1)
        )
        for year in (older, last)
    }
    second = course.get_parent().add_child(
        instance=CoursePage(title="Declaring assets", slug="declaring-assets")
    )
    second.add_child(instance=LessonPage(title="Assets", slug="assets", min_reading_seconds=60))
    l1, l2, l3 = course.specific.lessons()
    m1 = second.lessons().get()

    servant = ServantProfileFactory().user
    a_older = AssignmentFactory(servant=servant, cycle=cycles[older], course=course)
    a_last = AssignmentFactory(servant=servant, cycle=cycles[last], course=course)
    b_last = AssignmentFactory(servant=servant, cycle=cycles[last], course=second)
    Assignment.objects.filter(pk=a_older.pk).update(
        status=AssignmentStatus.COMPLETED, completed_at=_at(older, 6, 20), lessons_done=3
    )
    # Counted under the old keying: last year's open assignment showed older readings too.
    Assignment.objects.filter(pk=a_last.pk).update(
        status=AssignmentStatus.IN_PROGRESS, lessons_done=3
    )
    unassigned = UserFactory(email="officer@example.com")
    early = ServantProfileFactory().user  # read before their first cycle opened
    AssignmentFactory(servant=early, cycle=cycles[last], course=course)

    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("courses", "LessonProgress")

        def reading(user, lesson, at, read=True):
            return old.objects.create(
                user_id=user.pk,
                lesson_id=lesson.pk,
                lesson_key=lesson.translation_key,
                first_viewed_at=at,
                completed_at=at + timedelta(minutes=5) if read else None,
            ).pk

        rows = {
            "covered, older": reading(servant, l1, _at(older, 6, 10)),
            "after the due date, before the next opened": reading(servant, l2, _at(older, 12, 20)),
            "covered, last": reading(servant, l3, _at(last, 6, 10)),
            "other course, last": reading(servant, m1, _at(last, 6, 11), read=False),
            "no assignment": reading(unassigned, l1, _at(last, 6, 10)),
            "before any cycle": reading(early, l1, _at(last, 1, 5)),
        }
        executor = MigrationExecutor(connection)
        executor.migrate(after)

        attached = dict(LessonProgress.objects.values_list("pk", "assignment_id"))
        assert {name: attached[pk] for name, pk in rows.items()} == {
            "covered, older": a_older.pk,
            "after the due date, before the next opened": a_older.pk,
            "covered, last": a_last.pk,
            "other course, last": b_last.pk,
            "no assignment": None,
            "before any cycle": None,
        }
        assert LessonProgress.objects.count() == len(rows)  # nothing lost or merged
        # The open assignment's stored count comes down to what was read for it; the
        # completed one keeps its record.
        assert _counts(a_last) == (1, 3)
        assert _counts(a_older) == (3, 3)

        # Reversible: back to one row per servant and lesson (the newest reading kept) and
        # forward again.
        LessonProgress.objects.create(
            user=servant,
            assignment=a_last,
            lesson=l1,
            lesson_key=l1.translation_key,
            first_viewed_at=_at(last, 7, 1),
        )
        executor = MigrationExecutor(connection)
        executor.migrate(before)
        assert (
            old.objects.filter(user_id=servant.pk, lesson_key=l1.translation_key).get().pk
            != (rows["covered, older"])
        )
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        assert LessonProgress.objects.get(
            user=servant, lesson_key=l1.translation_key
        ).assignment_id == (a_last.pk)
        assert LessonProgress.objects.count() == len(rows)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
