from __future__ import annotations

import math

from django.db import IntegrityError, transaction
from django.utils import timezone

from courses.exceptions import LessonNotOpened, LessonReadTooQuickly
from courses.models import CoursePage, LessonPage, LessonProgress, canonical_page
from lms.models import User
from lms.selectors import assignment_for_course
from lms.services import assignment_update_progress


def lesson_record_view(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Remember when the servant first opened the lesson; reading time counts from then."""
    lesson = canonical_page(lesson)
    try:
        with transaction.atomic():
            progress, _created = LessonProgress.objects.get_or_create(
                user=user, lesson=lesson, defaults={"first_viewed_at": timezone.now()}
            )
    except IntegrityError:  # two tabs opened the lesson at once
        progress = LessonProgress.objects.get(user=user, lesson=lesson)
    return progress


@transaction.atomic
def lesson_complete(*, user: User, lesson: LessonPage) -> LessonProgress:
    """Mark a lesson as read once the servant reached its end and spent the minimum time on it."""
    lesson = canonical_page(lesson).specific
    progress = LessonProgress.objects.select_for_update().filter(user=user, lesson=lesson).first()
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


def course_sync_progress(*, user: User, course: CoursePage) -> None:
    """Push the servant's lesson counts for this course to their assignment."""
    from courses.selectors import course_lesson_counts

    course = canonical_page(course).specific
    assignment = assignment_for_course(user=user, course_page_id=course.pk)
    if assignment is None:
        return
    done, total = course_lesson_counts(course=course, user=user)
    assignment_update_progress(assignment=assignment, lessons_done=done, lessons_total=total)
