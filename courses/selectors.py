"""Reads about a servant's progress through a course beyond what its pages show (the pages'
own reads, the outline and a lesson's state, are their methods in courses.models)."""

from __future__ import annotations

from courses.models import LessonProgress
from lms.models import User
from lms.selectors import course_required_lessons


def course_lesson_counts(*, course_page_id: int, user: User) -> tuple[int, int]:
    """(lessons read, lessons required) of the course for this servant.

    Required: the live lessons of the course's version in the servant's language, or of the
    course as assigned where it has no such version (`lms.selectors.course_required_lessons`).
    Read: those of them the servant has confirmed in any language; a lesson counts once
    however many of its translations were read, and lessons outside the required set (written
    only in another language) are recorded but not counted. Three queries.
    """
    language = user.preferred_language
    required = course_required_lessons(course_page_id=course_page_id, languages=[language])
    keys = {lesson.translation_key for lesson in required[language]}
    return len(LessonProgress.read_keys(user=user, keys=keys)), len(keys)
