from __future__ import annotations

from dataclasses import dataclass, field

from courses.models import CoursePage, LessonPage, LessonProgress, canonical_page
from lms.models import Assignment, User
from lms.selectors import assignment_for_course


@dataclass
class LessonRow:
    lesson: LessonPage
    read: bool


@dataclass
class CourseOutline:
    course: CoursePage
    lessons: list[LessonRow] = field(default_factory=list)
    assignment: Assignment | None = None

    @property
    def read_count(self) -> int:
        return sum(1 for row in self.lessons if row.read)

    @property
    def all_read(self) -> bool:
        return bool(self.lessons) and self.read_count == len(self.lessons)

    @property
    def unread(self) -> list[LessonPage]:
        return [row.lesson for row in self.lessons if not row.read]

    @property
    def percent(self) -> int:
        if self.assignment is not None:
            return self.assignment.progress_percent
        return int(80 * self.read_count / len(self.lessons)) if self.lessons else 0


def _read_lesson_ids(*, user: User, canonical_lesson_ids: list[int]) -> set[int]:
    if not user.is_authenticated:
        return set()
    return set(
        LessonProgress.objects.filter(
            user=user, lesson_id__in=canonical_lesson_ids, completed_at__isnull=False
        ).values_list("lesson_id", flat=True)
    )


def course_lesson_counts(*, course: CoursePage, user: User) -> tuple[int, int]:
    """(lessons read, lessons required) for the course, counted on its default-locale version."""
    canonical = canonical_page(course).specific
    ids = list(canonical.lessons().values_list("pk", flat=True))
    return len(_read_lesson_ids(user=user, canonical_lesson_ids=ids)), len(ids)


def course_outline_for_user(*, course: CoursePage, user: User) -> CourseOutline:
    """The course's lessons in the page's language, each marked read or not for this user."""
    canonical = canonical_page(course).specific
    lessons = list(course.lessons())
    canonical_ids = {
        lesson.translation_key: lesson.pk for lesson in canonical.lessons().only("translation_key")
    }
    read_ids = _read_lesson_ids(user=user, canonical_lesson_ids=list(canonical_ids.values()))
    outline = CourseOutline(course=course)
    outline.lessons = [
        LessonRow(lesson=lesson, read=canonical_ids.get(lesson.translation_key) in read_ids)
        for lesson in lessons
    ]
    if user.is_authenticated:
        outline.assignment = assignment_for_course(user=user, course_page_id=canonical.pk)
    return outline


@dataclass
class LessonState:
    read: bool = False
    position: int = 0
    total: int = 0
    previous: LessonPage | None = None
    next: LessonPage | None = None


def lesson_state_for_user(*, lesson: LessonPage, user: User) -> LessonState:
    siblings = list(lesson.get_parent().specific.lessons())
    state = LessonState(total=len(siblings))
    for i, sibling in enumerate(siblings):
        if sibling.pk == lesson.pk:
            state.position = i + 1
            state.previous = siblings[i - 1] if i > 0 else None
            state.next = siblings[i + 1] if i + 1 < len(siblings) else None
    if user.is_authenticated:
        state.read = LessonProgress.objects.filter(
            user=user, lesson=canonical_page(lesson), completed_at__isnull=False
        ).exists()
    return state
