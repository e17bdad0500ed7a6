from __future__ import annotations

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from courses.blocks import BaseStreamBlock
from legal.selectors import (
    law_changes_since_last_training,
    pending_reviews_for,
    register_version,
)
from lms.models import Assignment, AssignmentStatus, User
from lms.navigation import navigation_version
from lms.selectors import assignment_for_course, assignment_test_states, course_required_lessons


def canonical_page(page: Page) -> Page:
    """The default-locale version of a page: assignments and seminar registrations point at it.
    (Lesson progress does not: it is keyed by its assignment and the lesson's
    `translation_key`.)"""
    default_locale = Locale.get_default()
    if page.locale_id == default_locale.pk:
        return page
    return page.get_translation_or_none(default_locale) or page


class CourseIndexPage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, help_text=_("Shown above the list of courses.")
    )

    parent_page_types = ["cms.HomePage"]
    subpage_types = ["courses.CoursePage"]
    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("course index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["courses"] = CoursePage.objects.child_of(self).live().specific()
        return context


class CoursePage(Page):
    intro = RichTextField(
        _("introduction"), blank=True, help_text=_("What the course covers and who must take it.")
    )
    learning_outcomes = models.TextField(
        _("learning outcomes"),
        blank=True,
        help_text=_("One outcome per line: what a servant can do after the course."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("cover image"),
        help_text=_("Shown at the top of the course page and in course lists."),
    )
    estimated_minutes = models.PositiveSmallIntegerField(
        _("estimated minutes"), default=90, help_text=_("How long the course takes, in minutes.")
    )
    final_quiz = models.ForeignKey(
        "quizzes.Quiz",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("final test"),
        help_text=_("The test a servant passes to complete the course."),
    )

    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    # The admin lists a course's lessons in the order servants read them (other columns
    # still sort on request), not Wagtail's default of the latest edited first.
    admin_default_ordering = "ord"
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("learning_outcomes"),
        FieldPanel("cover_image"),
        FieldPanel("estimated_minutes"),
        FieldPanel("final_quiz"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("course")

    @property
    def outcomes(self) -> list[str]:
        return [line.strip() for line in self.learning_outcomes.splitlines() if line.strip()]

    def lessons(self):
        return LessonPage.objects.child_of(self).live().order_by("path")

    def outline_for(self, user: User) -> CourseOutline:
        """The course's lessons in the page's language, each marked read or not for this
        user, and for a servant holding the course the lessons they must read."""
        outline = CourseOutline(course=self)
        lessons = list(self.lessons())
        required: list[Page] = []
        if user.is_authenticated:
            outline.assignment = assignment_for_course(user=user, course=self)
        if outline.assignment is not None:
            language = user.preferred_language
            required = course_required_lessons(
                course_page_id=outline.assignment.course_id, languages=[language]
            )[language]
        read = LessonProgress.read_keys(
            user=user,
            assignment=outline.assignment,
            keys=[page.translation_key for page in lessons + required],
        )

        def rows(pages: list[Page]) -> list[LessonRow]:
            return [LessonRow(lesson=page, read=page.translation_key in read) for page in pages]

        outline.lessons = rows(lessons)
        if outline.assignment is not None:
            outline.required = rows(required)
        return outline

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Served to a servant, the outline was read (and their stored counts brought up to
        # date) as the page was served: courses.wagtail_hooks.
        outline = getattr(self, "viewer_outline", None) or self.outline_for(request.user)
        context["outline"] = outline
        if outline.assignment is not None:
            context["test"] = assignment_test_states(assignments=[outline.assignment]).get(
                outline.assignment.pk
            )
            context["law_changes"] = law_changes_since_last_training(assignment=outline.assignment)
        return context


class LessonPage(Page):
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences shown in the course outline.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("lesson content"), blank=True)
    min_reading_seconds = models.PositiveIntegerField(
        _("minimum reading time (seconds)"),
        default=120,
        help_text=_("A lesson counts as read only after the servant has spent this long on it."),
    )

    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []
    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("min_reading_seconds"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("lesson")

    def get_view_restrictions(self):
        """Wagtail's rule (the restrictions of this page and its ancestors, aliases resolved
        to their source), with the pages to look at cached until a page changes
        (`navigation_version`): a lesson is opened on every step of the course. The
        restrictions themselves are read fresh."""
        key = f"courses:restricting-pages:{navigation_version()}:{self.pk}"
        page_ids = cache.get(key)
        if page_ids is None:
            page_ids = set()
            pages = [self, *self.get_ancestors().only("alias_of")]
            while pages:
                page = pages.pop()
                if page.alias_of_id:
                    pages.append(page.alias_of)
                else:
                    page_ids.add(page.pk)
            cache.set(key, page_ids, timeout=24 * 3600)
        return PageViewRestriction.objects.filter(page_id__in=page_ids)

    def course_and_siblings(self) -> tuple[CoursePage, list[LessonPage]]:
        """The lesson's course and the course's live lessons, cached until a page changes
        (`navigation_version`)."""
        parent_path = self.path[: -Page.steplen]
        key = f"courses:lessons:{navigation_version()}:{parent_path}"
        cached = cache.get(key)
        if cached is not None:
            return cached
        course = CoursePage.objects.filter(path=parent_path).first() or self.get_parent().specific
        siblings = list(
            LessonPage.objects.live()
            .filter(path__startswith=parent_path, depth=self.depth)
            .defer_streamfields()
            .order_by("path")
        )
        cache.set(key, (course, siblings), timeout=24 * 3600)
        return course, siblings

    def state_for(self, user: User, progress: LessonProgress | None = None) -> LessonState:
        """The lesson's course, its place among the course's live lessons, and whether this
        user has read it for the assignment it counts for (from `progress`, their record of the
        lesson, when the caller holds it). The course and its lessons are cached; the user's
        reading never is."""
        course, siblings = self.course_and_siblings()
        state = LessonState(course=course, total=len(siblings))
        for i, sibling in enumerate(siblings):
            if sibling.pk == self.pk:
                state.position = i + 1
                state.previous = siblings[i - 1] if i > 0 else None
                state.next = siblings[i + 1] if i + 1 < len(siblings) else None
        if progress is not None:
            state.read = progress.completed_at is not None
            if not state.read and progress.first_viewed_at is not None:
                elapsed = (timezone.now() - progress.first_viewed_at).total_seconds()
                state.ready_in = max(0, math.ceil(self.min_reading_seconds - elapsed))
        elif user.is_authenticated:
            assignment = assignment_for_course(user=user, course=course)
            state.read = (
                LessonProgress.objects.of_reader(user=user, assignment=assignment)
                .filter(lesson_key=self.translation_key, completed_at__isnull=False)
                .exists()
            )
        return state

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A servant's opening of the lesson was recorded as the page was served
        # (courses.wagtail_hooks); their record tells whether they have read it.
        state = self.state_for(request.user, progress=getattr(self, "viewer_progress", None))
        context["course"] = state.course
        context["state"] = state
        # Amendments to the articles this lesson cites that an editor has not yet reviewed:
        # the reader is told the law changed after the lesson was written.
        context["law_updates"] = [r.amendment for r in pending_reviews_for(obj=self)]
        context["register_version"] = register_version()
        return context


@dataclass
class LessonRow:
    lesson: Page
    read: bool


@dataclass
class CourseOutline:
    """A course as its page shows it: the lessons in the page's language, each marked read
    or not (read in any language counts; for a servant holding the course, read for their
    newest assignment of it, so a new year starts unread). For such a servant, also the lessons
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


@dataclass
class LessonState:
    course: CoursePage | None = None
    read: bool = False
    position: int = 0
    total: int = 0
    previous: LessonPage | None = None
    next: LessonPage | None = None
    # Seconds of the minimum reading time still to go (0 when it is over or the lesson read).
    ready_in: int = 0

    @property
    def ready_in_minutes(self) -> int:
        return math.ceil(self.ready_in / 60)


class LessonProgressQuerySet(models.QuerySet):
    def of_reader(self, *, user: User, assignment: Assignment | None) -> LessonProgressQuerySet:
        """The readings that count for this reader now: those of their assignment of the
        course, or, for a reader who holds none, those they made without one."""
        if assignment is not None:
            return self.filter(assignment=assignment)
        return self.filter(user=user, assignment__isnull=True)


class LessonProgress(models.Model):
    """A servant's reading of one lesson in whichever language, for one assignment: one row
    per assignment and lesson with its translations (they share `translation_key`), so that
    reading the lesson in any language, or in the only language it is written in, counts once
    for that lesson in that year.

    Annual training is re-done every year: each year's assignment (`lms.Assignment`, one per
    servant, cycle and course) starts with nothing read, the minimum reading time counts again
    from that year's first view, and earlier years' rows stay as the record of those years.
    A reading belongs to the servant's newest assignment of the lesson's course
    (`lms.selectors.assignment_for_course`), the one whose final test it opens.

    A reader who holds no assignment of the course (HR staff, an editor, a servant the course
    is not assigned to) may still read it: their rows have no assignment, one per reader and
    lesson, kept across years, and never count towards an assignment given to them later.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
    )
    assignment = models.ForeignKey(
        Assignment,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="lesson_progress",
        verbose_name=_("assignment"),
        help_text=_(
            "The year's assignment this reading counts for; empty when the reader holds none."
        ),
    )
    lesson_key = models.UUIDField(
        _("lesson"), help_text=_("The translation key shared by the lesson's language versions.")
    )
    lesson = models.ForeignKey(
        LessonPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="progress",
        verbose_name=_("version first opened"),
        help_text=_("The language version the servant opened first."),
    )
    first_viewed_at = models.DateTimeField(_("first viewed"))
    completed_at = models.DateTimeField(_("completed"), null=True, blank=True)
    seconds = models.PositiveIntegerField(_("seconds spent"), default=0)

    objects = LessonProgressQuerySet.as_manager()

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            # Also the index of an assignment's readings: its counts and read marks.
            models.UniqueConstraint(
                fields=["assignment", "lesson_key"],
                condition=models.Q(assignment__isnull=False),
                name="lessonprogress_unique_per_assignment",
            ),
            # Also the index of the readings of a reader who holds no assignment.
            models.UniqueConstraint(
                fields=["user", "lesson_key"],
                condition=models.Q(assignment__isnull=True),
                name="lessonprogress_unique_unassigned",
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson or self.lesson_key}"

    @classmethod
    def read_keys(
        cls, *, user: User, assignment: Assignment | None, keys: Iterable[uuid.UUID]
    ) -> set[uuid.UUID]:
        """Which of these lessons (translation keys) the user has read, in any language, for
        this assignment (None: without one)."""
        keys = set(keys)
        if not user.is_authenticated or not keys:
            return set()
        return set(
            cls.objects.of_reader(user=user, assignment=assignment)
            .filter(lesson_key__in=keys, completed_at__isnull=False)
            .values_list("lesson_key", flat=True)
        )
