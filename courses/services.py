from __future__ import annotations

import math

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.exceptions import LessonNotOpened, LessonReadTooQuickly
from courses.models import CoursePage, LessonPage, LessonProgress
from courses.selectors import course_lesson_counts
from lms.models import Assignment, AssignmentStatus, User
from lms.selectors import assignment_for_course
from lms.services import assignment_update_progress


def lesson_record_view(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Remember when the servant first opened the lesson, in any of its languages; reading
    time counts from then. Once opened, a lesson's record is only read (no transaction)."""
    progress = LessonProgress.objects.filter(user=user, lesson_key=lesson.translation_key).first()
    if progress is not None:
        if progress.lesson_id is None:  # the version first opened has been deleted since
            progress.lesson = lesson
            progress.save(update_fields=["lesson"])
        return progress
    try:
        with transaction.atomic():
            progress, _created = LessonProgress.objects.get_or_create(
                user=user,
                lesson_key=lesson.translation_key,
                defaults={"lesson": lesson, "first_viewed_at": timezone.now()},
            )
    except IntegrityError:  # two tabs opened the lesson at once
        progress = LessonProgress.objects.get(user=user, lesson_key=lesson.translation_key)
    if progress.lesson_id is None:  # the version first opened has been deleted since
        progress.lesson = lesson
        progress.save(update_fields=["lesson"])
    return progress


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson as read (in every language) once the servant reached the end of this
    version and spent its minimum time on the lesson."""
    lesson = lesson.specific
    progress = (
        LessonProgress.objects.select_for_update()
        .filter(user=user, lesson_key=lesson.translation_key)
        .first()
    )
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
    assignment; see `courses.selectors.course_lesson_counts` for what counts."""
    assignment = assignment_for_course(user=user, course=course)
    if assignment is None:
        return None
    # Counted under the assignment's lock, so that of two lessons confirmed at the same moment
    # (two tabs) whichever write comes last has seen both.
    assignment = Assignment.objects.select_for_update().get(pk=assignment.pk)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        return assignment
    done, total = course_lesson_counts(course_page_id=assignment.course_id, user=user)
    return assignment_update_progress(assignment=assignment, lessons_done=done, lessons_total=total)
