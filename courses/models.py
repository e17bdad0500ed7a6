from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.search import index

from courses.blocks import BaseStreamBlock
from lms.navigation import navigation_version


def canonical_page(page: Page) -> Page:
    """The default-locale version of a page: assignments and seminar registrations point at it.
    (Lesson progress does not: it is keyed by the lesson's `translation_key`.)"""
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

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import course_outline_for_user
        from courses.services import course_sync_progress

        context = super().get_context(request, *args, **kwargs)
        outline = course_outline_for_user(course=self, user=request.user)
        if outline.assignment_is_stale:
            # The servant changed language or lessons were published since their last
            # reading: the stored counts (which open the final test) follow what they see.
            outline.assignment = course_sync_progress(user=request.user, course=self)
        context["outline"] = outline
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

    def serve(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            from courses.services import lesson_record_view

            # Read again by get_context: whether the servant has read the lesson.
            self._viewer_progress = lesson_record_view(user=request.user, lesson=self)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.selectors import lesson_state_for_user

        context = super().get_context(request, *args, **kwargs)
        state = lesson_state_for_user(
            lesson=self, user=request.user, progress=getattr(self, "_viewer_progress", None)
        )
        context["course"] = state.course
        context["state"] = state
        return context


class LessonProgress(models.Model):
    """A servant's reading of one lesson in whichever language: one row per lesson and its
    translations (they share `translation_key`), so that reading the lesson in any language,
    or in the only language it is written in, counts once for that lesson."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_progress"
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

    class Meta:
        verbose_name = _("lesson progress")
        verbose_name_plural = _("lesson progress")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "lesson_key"], name="lessonprogress_unique_per_lesson"
            )
        ]

    def __str__(self):
        return f"{self.user} · {self.lesson or self.lesson_key}"
