"""Lesson progress across languages: a lesson read in any of its translations counts once for
that lesson; a lesson written in one language only counts for the servants who follow that
language; the lessons a servant must read are those of the course in their language."""

import threading
from datetime import timedelta

import pytest
from django.db import connection

from courses.models import LessonPage, LessonProgress
from courses.services import lesson_complete, lesson_record_view
from lms.models import Assignment, AssignmentStatus
from lms.services import cycle_open
from quizzes.models import Attempt
from tests.clock import NOW, YEAR
from tests.conftest import LESSON_SECONDS
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

pytestmark = pytest.mark.django_db


def _translate(page, locale, **fields):
    translated = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return translated.specific_class.objects.get(pk=translated.pk)


def _translate_course(course, locale, title: str, lessons: int):
    """The course's index and home in `locale`, the course, and its first `lessons` lessons."""
    index = course.get_parent()
    home = index.get_parent()
    if home.get_translation_or_none(locale) is None:
        _translate(home, locale)
    _translate(index, locale)
    translated = _translate(course, locale, title=title)
    for n, lesson in enumerate(list(course.specific.lessons())[:lessons], start=1):
        _translate(lesson, locale, title=f"{title} {n}")
    return translated


@pytest.fixture
def kk_course(course, locales):
    """The course in Kazakh: its three lessons translated, and a fourth lesson that an editor
    wrote in Kazakh only (no English original)."""
    kk = _translate_course(course, locales["kk"], "Сабақ", lessons=3)
    kk.add_child(
        instance=LessonPage(
            title="Тек қазақша сабақ",
            slug="kk-only",
            summary="Мүдделер қақтығысы туралы.",
            min_reading_seconds=LESSON_SECONDS,
        )
    )
    return kk


@pytest.fixture
def ru_course(course, locales):
    """The course in Russian with only its first lesson translated so far."""
    return _translate_course(course, locales["ru"], "Урок", lessons=1)


def _assignment_for(course, language: str) -> Assignment:
    servant = ServantProfileFactory(user__preferred_language=language).user
    return AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)


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


def _start_final_test(client, assignment) -> bool:
    client.post(f"/quiz/start/{assignment.pk}/")
    return Attempt.objects.filter(assignment=assignment).exists()


def test_a_lesson_written_only_in_kazakh_counts_when_read_in_kazakh(
    client, course, kk_course, frozen_time
):
    assignment = _assignment_for(course, "kk")
    assert _counts(assignment) == (0, 4)
    client.force_login(assignment.servant)
    kk_only = kk_course.lessons().get(slug="kk-only")

    _read(client, frozen_time, kk_only)

    assert _counts(assignment) == (1, 4)
    assert assignment.status == AssignmentStatus.IN_PROGRESS
    outline = client.get(kk_course.url).context["outline"]
    assert [row.read for row in outline.lessons] == [False, False, False, True]
    assert outline.percent == 20  # 1 of 4 lessons: a quarter of the 80% that lessons make


def test_reading_the_russian_translation_counts_for_the_english_lesson(
    client, assignment, ru_course, frozen_time
):
    client.force_login(assignment.servant)
    english = assignment.course.specific.lessons().first()
    russian = ru_course.lessons().get()

    _read(client, frozen_time, russian)

    assert _counts(assignment) == (1, 3)
    assert "You have read this lesson." in client.get(english.url).content.decode()
    assert "1 of 3 lessons read" in client.get("/learn/").content.decode()


def test_reading_a_lesson_in_english_then_in_kazakh_counts_it_once(
    client, assignment, kk_course, frozen_time
):
    client.force_login(assignment.servant)
    english = assignment.course.specific.lessons().first()
    kazakh = kk_course.lessons().first()
    assert kazakh.translation_key == english.translation_key

    _read(client, frozen_time, english)
    response = client.get(kazakh.url)
    assert response.context["state"].read  # already read, in English
    client.post(f"/learn/lessons/{kazakh.pk}/complete/")  # confirmed again, in Kazakh

    assert LessonProgress.objects.filter(user=assignment.servant).count() == 1
    assert _counts(assignment) == (1, 3)


def test_a_kazakh_servant_completes_after_every_kazakh_lesson_including_the_kazakh_only_one(
    client, course, kk_course, frozen_time, complete
):
    assignment = _assignment_for(course, "kk")
    client.force_login(assignment.servant)
    *translated, kk_only = kk_course.lessons()
    for lesson in translated:
        _read(client, frozen_time, lesson)
    assert _counts(assignment) == (3, 4)
    unread = client.get(kk_course.url).context["outline"].unread
    assert [lesson.pk for lesson in unread] == [kk_only.pk]
    assert not _start_final_test(client, assignment)

    _read(client, frozen_time, kk_only)

    assert _counts(assignment) == (4, 4)
    assert client.get(kk_course.url).context["outline"].all_read
    assert _start_final_test(client, assignment)
    certificate = complete(assignment)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.COMPLETED
    assert certificate.language == "kk"


def test_a_lesson_only_in_another_language_is_recorded_but_not_required(
    client, assignment, kk_course, frozen_time
):
    client.force_login(assignment.servant)
    for lesson in assignment.course.specific.lessons():
        _read(client, frozen_time, lesson)
    assert _counts(assignment) == (3, 3)
    assert _start_final_test(client, assignment)

    kk_only = kk_course.lessons().get(slug="kk-only")
    _read(client, frozen_time, kk_only)  # still readable, in Kazakh

    assert LessonProgress.objects.filter(
        user=assignment.servant, lesson_key=kk_only.translation_key, completed_at__isnull=False
    ).exists()
    assert _counts(assignment) == (3, 3)


def test_lessons_required_follow_the_servants_language_when_the_cycle_opens(
    course, kk_course, ru_course
):
    servants = {
        language: ServantProfileFactory(user__preferred_language=language).user
        for language in ("en", "kk", "ru")
    }
    cycle_open(year=YEAR, course_page_id=course.pk)
    totals = {
        a.servant.preferred_language: a.lessons_total
        for a in Assignment.objects.filter(servant__in=servants.values()).select_related("servant")
    }
    # Kazakh has a lesson of its own; Russian has only the first lesson translated so far.
    assert totals == {"en": 3, "kk": 4, "ru": 1}


def test_a_servant_whose_language_has_no_version_of_the_course_follows_the_original(course):
    assignment = _assignment_for(course, "kk")
    assert _counts(assignment) == (0, 3)


def test_switching_to_a_language_with_an_extra_lesson_requires_it_from_the_next_course_visit(
    client, assignment, kk_course, frozen_time
):
    client.force_login(assignment.servant)
    for lesson in assignment.course.specific.lessons():
        _read(client, frozen_time, lesson)
    assert _counts(assignment) == (3, 3)

    client.post("/i18n/setlang/", {"language": "kk", "next": kk_course.url})
    outline = client.get(kk_course.url).context["outline"]

    assert _counts(assignment) == (3, 4)
    assert [lesson.slug for lesson in outline.unread] == ["kk-only"]
    assert not _start_final_test(client, assignment)


def test_switching_away_from_a_language_with_an_extra_lesson_opens_the_final_test(
    client, course, kk_course, frozen_time
):
    assignment = _assignment_for(course, "kk")
    client.force_login(assignment.servant)
    for lesson in list(kk_course.lessons())[:3]:
        _read(client, frozen_time, lesson)
    assert _counts(assignment) == (3, 4)

    client.post("/i18n/setlang/", {"language": "en", "next": course.url})
    outline = client.get(course.url).context["outline"]

    assert _counts(assignment) == (3, 3)
    assert outline.all_read and outline.unread == []
    assert _start_final_test(client, assignment)


def test_course_page_of_a_completed_assignment_does_not_rewrite_it(client, assignment, complete):
    complete(assignment)
    Assignment.objects.filter(pk=assignment.pk).update(lessons_done=3)
    client.force_login(assignment.servant)
    client.get(assignment.course.url)
    assert _counts(assignment) == (3, 3)


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_two_lessons_confirmed_at_the_same_moment_both_count(assignment):
    servant = assignment.servant
    lessons = list(assignment.course.specific.lessons())[:2]
    for lesson in lessons:
        progress = lesson_record_view(user=servant, lesson=lesson)
        LessonProgress.objects.filter(pk=progress.pk).update(
            first_viewed_at=progress.first_viewed_at.replace(year=2000)
        )
    barrier = threading.Barrier(len(lessons))

    def confirm(lesson):
        try:
            barrier.wait()
            lesson_complete(user=servant, lesson=lesson)
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(lesson,)) for lesson in lessons]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert _counts(assignment) == (2, 3)


@pytest.mark.django_db(transaction=True)
def test_migration_keys_existing_progress_by_lesson_and_merges_the_same_lesson_read_twice(
    course, kk_course
):
    from django.db.migrations.executor import MigrationExecutor

    before = [("courses", "0004_course_cover_image")]
    after = [("courses", "0006_lessonprogress_per_translation")]
    servant = ServantProfileFactory().user
    english = course.specific.lessons().first()
    kazakh = kk_course.lessons().first()  # the same lesson
    kk_only = kk_course.lessons().get(slug="kk-only")
    executor = MigrationExecutor(connection)
    executor.migrate(before)
    try:
        old = executor.loader.project_state(before).apps.get_model("courses", "LessonProgress")
        at = NOW
        # Under the old keying: read in Kazakh while it had no English version, then again in
        # English once it had one; and a Kazakh-only lesson opened but not confirmed.
        old.objects.create(
            user_id=servant.pk, lesson_id=kazakh.pk, first_viewed_at=at,
            completed_at=at + timedelta(minutes=5), seconds=300,
        )  # fmt: skip
        old.objects.create(
            user_id=servant.pk, lesson_id=english.pk, first_viewed_at=at + timedelta(days=1),
            completed_at=at + timedelta(days=1, minutes=4), seconds=240,
        )  # fmt: skip
        old.objects.create(user_id=servant.pk, lesson_id=kk_only.pk, first_viewed_at=at)
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        # The model as these migrations left it (later ones key progress by assignment too).
        keyed = executor.loader.project_state(after).apps.get_model("courses", "LessonProgress")

        rows = {row.lesson_key: row for row in keyed.objects.filter(user_id=servant.pk)}
        assert set(rows) == {english.translation_key, kk_only.translation_key}
        merged = rows[english.translation_key]
        assert (merged.lesson_id, merged.first_viewed_at) == (kazakh.pk, at)
        assert (merged.completed_at, merged.seconds) == (at + timedelta(minutes=5), 300)
        assert rows[kk_only.translation_key].completed_at is None

        # Reversible: back to the old schema and forward again.
        executor = MigrationExecutor(connection)
        executor.migrate(before)
        executor = MigrationExecutor(connection)
        executor.migrate(after)
        assert keyed.objects.filter(user_id=servant.pk).count() == 2
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
