"""The register of the legal sources the course cites: acts, their articles, the amendments
recorded against them, and the review each amendment asks of the lessons and questions that
cite an amended article.

The register sits below the course and the question bank: they cite it, it never imports
them. Which lessons and questions cite an article is asked through the `legal_citations`
Wagtail hook (see `legal.selectors.citations_of`)."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import RevisionMixin

LANGUAGES = ("en", "ru", "kk")


def _in(obj, field: str, language: str | None) -> str:
    """A field in the language asked for (the page's or the reader's), English when that
    translation is empty."""
    language = (language or get_language() or "en")[:2]
    if language == "en":
        return getattr(obj, field)
    return getattr(obj, f"{field}_{language}", "") or getattr(obj, field)


class ActKind(models.TextChoices):
    LAW = "law", _("Law")
    CODE = "code", _("Code")
    DECREE = "decree", _("Decree")
    RESOLUTION = "resolution", _("Government resolution")


class LegalAct(RevisionMixin, models.Model):
    number = models.CharField(
        _("number"),
        max_length=40,
        unique=True,
        help_text=_("The act's official number as printed, e.g. 410-V or 153."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ActKind.choices)
    title = models.CharField(_("title (English)"), max_length=255)
    title_ru = models.CharField(_("title (Russian)"), max_length=255, blank=True)
    title_kk = models.CharField(_("title (Kazakh)"), max_length=255, blank=True)
    url = models.URLField(_("official text (English)"), blank=True, max_length=500)
    url_ru = models.URLField(_("official text (Russian)"), blank=True, max_length=500)
    url_kk = models.URLField(_("official text (Kazakh)"), blank=True, max_length=500)
    in_force_from = models.DateField(_("in force from"), null=True, blank=True)
    in_force_to = models.DateField(
        _("in force until"), null=True, blank=True, help_text=_("Empty while the act is in force.")
    )
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="legal_act")

    class Meta:
        verbose_name = _("legal act")
        verbose_name_plural = _("legal acts")
        ordering = ["kind", "number"]

    def __str__(self):
        return self.title_in()

    def title_in(self, language: str | None = None) -> str:
        return _in(self, "title", language)

    def url_in(self, language: str | None = None) -> str:
        return _in(self, "url", language)


class LegalArticle(RevisionMixin, models.Model):
    act = models.ForeignKey(
        LegalAct, on_delete=models.PROTECT, related_name="articles", verbose_name=_("act")
    )
    number = models.CharField(
        _("article"),
        max_length=80,
        help_text=_("The article's number (12, 14-1) or, for a decree, the document it approves."),
    )
    heading = models.CharField(_("heading (English)"), max_length=255, blank=True)
    heading_ru = models.CharField(_("heading (Russian)"), max_length=255, blank=True)
    heading_kk = models.CharField(_("heading (Kazakh)"), max_length=255, blank=True)
    text = models.TextField(_("text (English)"), help_text=_("What the article says."))
    text_ru = models.TextField(_("text (Russian)"), blank=True)
    text_kk = models.TextField(_("text (Kazakh)"), blank=True)
    valid_from = models.DateField(
        _("version in force from"),
        null=True,
        blank=True,
        help_text=_("The date the wording above took effect."),
    )
    updated_at = models.DateTimeField(auto_now=True)
    revisions = GenericRelation("wagtailcore.Revision", related_query_name="legal_article")

    class Meta:
        verbose_name = _("legal article")
        verbose_name_plural = _("legal articles")
        # 6 before 11 before 14-1: by length, then as text.
        ordering = ["act", Length("number"), "number"]
        constraints = [
            models.UniqueConstraint(fields=["act", "number"], name="legal_article_unique_number")
        ]

    def __str__(self):
        return f"{self.act.number}: {self.label_in()}"

    def label_in(self, language: str | None = None) -> str:
        """How a lesson names the article: "Article 12", "Статья 12", "12-бап"."""
        language = (language or get_language() or "en")[:2]
        if not self.number.replace("-", "").isdigit():
            return _in(self, "heading", language) or self.number
        if language == "ru":
            return f"Статья {self.number}"
        if language == "kk":
            return f"{self.number}-бап"
        return f"Article {self.number}"

    def text_in(self, language: str | None = None) -> str:
        return _in(self, "text", language)

    def texts(self) -> dict[str, str]:
        return {"en": self.text, "ru": self.text_ru, "kk": self.text_kk}


class Amendment(models.Model):
    act = models.ForeignKey(
        LegalAct, on_delete=models.PROTECT, related_name="amendments", verbose_name=_("act")
    )
    articles = models.ManyToManyField(
        LegalArticle, related_name="amendments", verbose_name=_("amended articles")
    )
    effective_on = models.DateField(_("effective date"))
    summary = models.TextField(_("summary (English)"))
    summary_ru = models.TextField(_("summary (Russian)"), blank=True)
    summary_kk = models.TextField(_("summary (Kazakh)"), blank=True)
    source_url = models.URLField(_("source"), blank=True, max_length=500)
    # The articles' wording when the amendment was recorded ({article id: {language: text}}):
    # the "before" of the review's side-by-side view; the register holds the "after".
    previous_texts = models.JSONField(default=dict, blank=True)
    recorded_at = models.DateTimeField(_("recorded at"), default=timezone.now)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("amendment")
        verbose_name_plural = _("amendments")
        ordering = ["-effective_on", "-pk"]
        indexes = [
            # "What changed since your last training": amendments effective in a period.
            models.Index(fields=["effective_on"], name="amendment_effective_idx")
        ]

    def __str__(self):
        return f"{self.act.number} ({self.effective_on:%Y-%m-%d})"

    def summary_in(self, language: str | None = None) -> str:
        return _in(self, "summary", language)


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Pending review")
    CONFIRMED = "confirmed", _("Confirmed: still correct")
    REVISED = "revised", _("Revised to the new law")


class CitationReview(models.Model):
    """A lesson page (one per locale) or a question that cites an amended article, waiting
    for an editor to confirm it still holds or to revise it."""

    amendment = models.ForeignKey(Amendment, on_delete=models.CASCADE, related_name="reviews")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveIntegerField()
    content_object = GenericForeignKey("content_type", "object_id")
    status = models.CharField(
        _("status"), max_length=20, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    note = models.CharField(_("note"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("citation review")
        verbose_name_plural = _("citation reviews")
        constraints = [
            models.UniqueConstraint(
                fields=["amendment", "content_type", "object_id"],
                name="citation_review_unique_object",
            )
        ]
        indexes = [
            # The lesson notice and the question draw: pending reviews of one kind of object.
            models.Index(
                fields=["content_type", "object_id"],
                condition=models.Q(status="pending"),
                name="citation_review_pending_idx",
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id}: {self.get_status_display()}"
