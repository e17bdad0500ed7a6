from __future__ import annotations

import math

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.exceptions import LessonNotOpened, LessonReadTooQuickly
from courses.models import CoursePage, LessonPage, LessonProgress, LessonProgressQuerySet
from courses.selectors import course_lesson_counts
from lms.models import Assignment, AssignmentStatus, User
from lms.selectors import assignment_for_course
from lms.services import assignment_update_progress


def _reading(*, user: User, lesson: LessonPage) -> tuple[Assignment | None, LessonProgressQuerySet]:
    """The assignment a reading of this lesson counts for (the servant's newest of its course:
    this year's once the year's cycle is open; None for a reader who holds none) and the
    readings already made for it."""
    course, _siblings = lesson.course_and_siblings()
    assignment = assignment_for_course(user=user, course=course)
    return assignment, LessonProgress.objects.of_reader(user=user, assignment=assignment)


def lesson_record_view(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Remember when the servant first opened the lesson this year (for their assignment of
    the course), in any of its languages; reading time counts from then. Once opened, a
    lesson's record is only read (no transaction)."""
    assignment, readings = _reading(user=user, lesson=lesson)
    progress = readings.filter(lesson_key=lesson.translation_key).first()
    if progress is not None:
        if progress.lesson_id is None:  # the version first opened has been deleted since
            progress.lesson = lesson
            progress.save(update_fields=["lesson"])
        return progress
    try:
        with transaction.atomic():
            progress, _created = LessonProgress.objects.get_or_create(
                user=user,
                assignment=assignment,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson, "first_viewed_at": timezone.now()},
            )
    except IntegrityError:  # two tabs opened the lesson at once
        progress = readings.get(lesson_key=lesson.translation_key)
    if progress.lesson_id is None:  # the version first opened has been deleted since
        progress.lesson = lesson
        progress.save(update_fields=["lesson"])
    return progress


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson as read (in every language) for the servant's assignment of the course
    once they reached the end of this version and spent its minimum time on the lesson since
    they first opened it for that assignment."""
    lesson = lesson.specific
    _assignment, readings = _reading(user=user, lesson=lesson)
    progress = readings.select_for_update().filter(lesson_key=lesson.translation_key).first()
    if progress is None:
        raise LessonNotOpened()
    if progress.completed_at is None:
        elapsed = (timezone.now() - progress.first_viewed_at).total_seconds()
        if elapsed < lesson.min_reading_seconds:
            raise LessonReadTooQuickly(math.ceil(lesson.min_reading_seconds - elapsed))
        progress.completed_at = timezone.now()
        progress.seconds = int(elapsed)
        progress.save(update_fields=["completed_at", "seconds"])
    course_sync_progress(user=user, course=lesson.get_parent().specific)
    return progress


@transaction.atomic
def course_sync_progress(*, user: User, course: CoursePage) -> Assignment | None:
    """Push the servant's lesson counts for this course (any translation of it) to their
    assignment; see `courses.selectors.course_lesson_counts` for what counts (only readings
    made for this assignment: a new year's assignment starts from 0 whatever was read in
    earlier years)."""
    assignment = assignment_for_course(user=user, course=course)
    if assignment is None:
        return None
    # Counted under the assignment's lock, so that of two lessons confirmed at the same moment
    # (two tabs) whichever write comes last has seen both.
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        return assignment
    done, total = course_lesson_counts(assignment=assignment, user=user)
    return assignment_update_progress(assignment=assignment, lessons_done=done, lessons_total=total)
