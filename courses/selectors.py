from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.models import Page

from courses.models import CoursePage, LessonPage, LessonProgress
from lms.models import Assignment, AssignmentStatus, User
from lms.navigation import navigation_version
from lms.selectors import assignment_for_course, course_required_lessons


@dataclass
class LessonRow:
    lesson: Page
    read: bool


@dataclass
class CourseOutline:
    """A course as its page shows it: the lessons in the page's language, each marked read
    or not (read in any language counts). For a servant holding the course, also the lessons
    they must read (`required`, the rule is `lms.selectors.course_required_lessons`): the same
    ones when the page is in their language, others when it is not."""

    course: CoursePage
    lessons: list[LessonRow] = field(default_factory=list)
    assignment: Assignment | None = None
    required: list[LessonRow] | None = None

    @property
    def read_count(self) -> int:
        return sum(1 for row in self.lessons if row.read)

    @property
    def all_read(self) -> bool:
        """Whether the final test is open as far as reading goes."""
        rows = self.lessons if self.required is None else self.required
        return bool(rows) and all(row.read for row in rows)

    @property
    def unread(self) -> list[Page]:
        """The lessons still to read before the final test, in the page's language where this
        page has them."""
        if self.required is None:
            return [row.lesson for row in self.lessons if not row.read]
        on_page = {row.lesson.translation_key: row.lesson for row in self.lessons}
        return [
            on_page.get(row.lesson.translation_key, row.lesson)
            for row in self.required
            if not row.read
        ]

    @property
    def percent(self) -> int:
        if self.assignment is not None:
            return self.assignment.progress_percent
        return int(80 * self.read_count / len(self.lessons)) if self.lessons else 0

    @property
    def assignment_is_stale(self) -> bool:
        """The assignment's stored counts differ from the servant's reading as it is now."""
        if self.assignment is None or self.required is None:
            return False
        if self.assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
            return False
        done = sum(1 for row in self.required if row.read)
        stored = (self.assignment.lessons_done, self.assignment.lessons_total)
        return stored != (done, len(self.required))


def _read_lesson_keys(*, user: User, keys: Iterable[uuid.UUID]) -> set[uuid.UUID]:
    """Which of these lessons (translation keys) the servant has read, in any language."""
    keys = set(keys)
    if not user.is_authenticated or not keys:
        return set()
    return set(
        LessonProgress.objects.filter(
            user=user, lesson_key__in=keys, completed_at__isnull=False
        ).values_list("lesson_key", flat=True)
    )


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
    return len(_read_lesson_keys(user=user, keys=keys)), len(keys)


def course_outline_for_user(*, course: CoursePage, user: User) -> CourseOutline:
    """The course's lessons in the page's language, each marked read or not for this user,
    and for a servant holding the course the lessons they must read."""
    outline = CourseOutline(course=course)
    lessons = list(course.lessons())
    required: list[Page] = []
    if user.is_authenticated:
        outline.assignment = assignment_for_course(user=user, course=course)
    if outline.assignment is not None:
        language = user.preferred_language
        required = course_required_lessons(
            course_page_id=outline.assignment.course_id, languages=[language]
        )[language]
    read = _read_lesson_keys(user=user, keys=[page.translation_key for page in lessons + required])

    def rows(pages: list[Page]) -> list[LessonRow]:
        return [LessonRow(lesson=page, read=page.translation_key in read) for page in pages]

    outline.lessons = rows(lessons)
    if outline.assignment is not None:
        outline.required = rows(required)
    return outline


def _course_and_lessons(*, lesson: LessonPage) -> tuple[CoursePage, list[LessonPage]]:
    parent_path = lesson.path[: -Page.steplen]
    key = f"courses:lessons:{navigation_version()}:{parent_path}"
    cached = cache.get(key)
    if cached is not None:
        return cached
    course = CoursePage.objects.filter(path=parent_path).first() or lesson.get_parent().specific
    siblings = list(
        LessonPage.objects.live()
        .filter(path__startswith=parent_path, depth=lesson.depth)
        .defer_streamfields()
        .order_by("path")
    )
    cache.set(key, (course, siblings), timeout=24 * 3600)
    return course, siblings


@dataclass
class LessonState:
    course: CoursePage | None = None
    read: bool = False
    position: int = 0
    total: int = 0
    previous: LessonPage | None = None
    next: LessonPage | None = None


def lesson_state_for_user(
    *, lesson: LessonPage, user: User, progress: LessonProgress | None = None
) -> LessonState:
    """The lesson's course, its place among the course's live lessons, and whether this user
    has read it (from `progress`, their record of the lesson, when the caller holds it).
    The course and its lessons are cached until a page changes (`navigation_version`); the
    user's reading never is."""
    course, siblings = _course_and_lessons(lesson=lesson)
    state = LessonState(course=course, total=len(siblings))
    for i, sibling in enumerate(siblings):
        if sibling.pk == lesson.pk:
            state.position = i + 1
            state.previous = siblings[i - 1] if i > 0 else None
            state.next = siblings[i + 1] if i + 1 < len(siblings) else None
    if progress is not None:
        state.read = progress.completed_at is not None
    elif user.is_authenticated:
        state.read = LessonProgress.objects.filter(
            user=user, lesson_key=lesson.translation_key, completed_at__isnull=False
        ).exists()
    return state
