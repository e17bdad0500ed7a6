import copy
import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.models import PreviewableMixin

from certificates.pdf import render_unsigned
from lms import storage
from lms.dates import service_date


def certificate_storage():
    """Private storage (STORAGES["certificates"], lms.storage): PDFs, copies, downloads and
    exports are served only through the access-checked views. Named by the migrations."""
    return storage.certificate_storage()


class CertificateStatus(models.TextChoices):
    VALID = "valid", _("Valid")
    EXPIRED = "expired", _("Expired")
    REVOKED = "revoked", _("Revoked")


class RevocationCategory(models.TextChoices):
    ISSUED_IN_ERROR = "error", _("Issued in error")
    INTEGRITY = "integrity", _("The test was not taken honestly")
    WITHDRAWN = "withdrawn", _("Withdrawn by the organisation")


class SerialCounter(models.Model):
    """The last serial number issued in a year; locked row by row so serials never repeat."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last_number = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("serial counter")

    def __str__(self):
        return f"{self.year}: {self.last_number}"


class Certificate(models.Model):
    assignment = models.ForeignKey(
        "lms.Assignment", on_delete=models.PROTECT, related_name="certificates"
    )
    serial = models.CharField(_("serial"), max_length=20, unique=True)
    code = models.CharField(_("verification code"), max_length=64, unique=True)
    holder_name = models.CharField(_("holder"), max_length=255)
    course_title = models.CharField(_("course"), max_length=255)
    organisation_name = models.CharField(_("organisation"), max_length=255, blank=True)
    language = models.CharField(_("language"), max_length=2)
    issued_at = models.DateTimeField(_("issued"))
    valid_until = models.DateField(_("valid until"))
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revocation_category = models.CharField(
        _("revocation category"), max_length=20, choices=RevocationCategory.choices, blank=True
    )
    revocation_reason = models.CharField(_("revocation reason"), max_length=255, blank=True)
    template = models.ForeignKey(
        "certificates.CertificateTemplate",
        verbose_name=_("template"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        help_text=_("The organisation's template at the time of issue."),
    )
    pdf = models.FileField(_("PDF"), storage=certificate_storage, blank=True, max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    # When the current file was written: a redelivered chunk of a forced run skips what this
    # run already rendered (rendered_at after the run began).
    rendered_at = models.DateTimeField(_("rendered"), null=True, blank=True)
    # When the catch-up sweep last queued a render: it does not queue the same PDF again while
    # that chunk may still be waiting (ADAL_RENDER_REQUEUE_MINUTES).
    render_queued_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The versions of the register articles the course taught, recorded at issue
    # (legal.selectors.law_versions_on): later amendments never change what this holder was
    # taught. Empty for certificates issued before the register; its copies share it.
    law_versions = models.JSONField(
        _("law versions taught"), default=list, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["assignment"],
                condition=Q(revoked_at__isnull=True),
                name="certificate_one_active_per_assignment",
            )
        ]

    def __str__(self):
        return self.serial

    def get_absolute_url(self) -> str:
        return reverse("certificates:pdf", kwargs={"serial": self.serial})

    @property
    def issued_on(self) -> datetime.date:
        """The day of issue as printed and published: in the service's time zone."""
        return service_date(self.issued_at)

    @property
    def revoked_on(self) -> datetime.date | None:
        """The day of revocation as published: in the service's time zone; None if standing."""
        return service_date(self.revoked_at) if self.revoked_at is not None else None

    @property
    def status(self) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.valid_until < timezone.localdate():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    def get_status_display(self) -> str:
        return CertificateStatus(self.status).label

    def course_title_in(self, language: str | None) -> str:
        """The course's title as a reader of `language` should see it: this certificate's own,
        a copy's in that language, else the title of the course's page in that language."""
        language = (language or self.language)[:2]
        if language == self.language:
            return self.course_title
        for edition in self.copies.all():
            if edition.language == language:
                return edition.course_title
        from wagtail.models import Locale

        course = self.assignment.course
        locale = Locale.objects.filter(language_code=language).first()
        translated = course.get_translation_or_none(locale) if locale else None
        return translated.title if translated else self.course_title

    def template_for_pdf(self) -> "CertificateTemplate":
        """The template chosen at issue, else today's default, else the built-in look."""
        if self.template_id:
            return self.template
        default = CertificateTemplate.objects.filter(is_default=True).first()
        return default or CertificateTemplate(name="Adal")

    def get_verify_url(self) -> str:
        return reverse("certificates:verify", kwargs={"code": self.code})

    @property
    def verify_full_url(self) -> str:
        return settings.SITE_URL + self.get_verify_url()


class CertificateCopy(models.Model):
    """The same certificate — serial, code, holder, dates, status — written in another of the
    three languages at the holder's request. It never replaces the certificate: the original
    stays in the language the final test was taken in."""

    certificate = models.ForeignKey(
        Certificate, on_delete=models.CASCADE, related_name="copies", verbose_name=_("certificate")
    )
    language = models.CharField(_("language"), max_length=2)
    course_title = models.CharField(_("course"), max_length=255)
    organisation_name = models.CharField(_("organisation"), max_length=255, blank=True)
    requested_at = models.DateTimeField(_("requested"))
    pdf = models.FileField(_("PDF"), storage=certificate_storage, blank=True, max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    # When the current file was written: a redelivered chunk of a forced run skips what this
    # run already rendered (rendered_at after the run began).
    rendered_at = models.DateTimeField(_("rendered"), null=True, blank=True)
    # When the catch-up sweep last queued a render: it does not queue the same PDF again while
    # that chunk may still be waiting (ADAL_RENDER_REQUEUE_MINUTES).
    render_queued_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("certificate copy")
        verbose_name_plural = _("certificate copies")
        constraints = [
            models.UniqueConstraint(
                fields=["certificate", "language"], name="certificate_copy_one_per_language"
            )
        ]

    def __str__(self):
        return f"{self.certificate_id}/{self.language}"

    def get_absolute_url(self) -> str:
        return reverse(
            "certificates:copy_pdf",
            kwargs={"serial": self.certificate.serial, "language": self.language},
        )

    def as_certificate(self) -> Certificate:
        """The certificate with this copy's wording, to be rendered (never saved)."""
        twin = copy.copy(self.certificate)
        twin.language = self.language
        twin.course_title = self.course_title
        twin.organisation_name = self.organisation_name
        return twin


HEX_COLOUR = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits, e.g. #0b5e7c.")
)

CERTIFICATE_LANGUAGES = ("en", "ru", "kk")


class CertificateTemplate(PreviewableMixin, models.Model):
    """How an organisation's certificates look: logo, signatory, colours and wording in each
    language. One template may be the default, used for organisations without their own."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("For editors only, e.g. 'Aviation Administration'.")
    )
    organisation = models.OneToOneField(
        "lms.Organisation",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificate_template",
        help_text=_("Certificates of this organisation's staff use this template."),
    )
    is_default = models.BooleanField(
        _("default template"),
        default=False,
        help_text=_("Used for every organisation that has no template of its own."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Printed in the top corner; a transparent PNG looks best."),
    )
    signatory_name = models.CharField(
        _("signatory name"),
        max_length=120,
        blank=True,
        help_text=_("The person who signs, as printed under the signature."),
    )
    signature = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("signature image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A scanned handwritten signature on a transparent or white background."),
    )
    primary_colour = models.CharField(
        _("main colour"),
        max_length=7,
        default="#0b5e7c",
        validators=[HEX_COLOUR],
        help_text=_("Frame and heading colour."),
    )
    accent_colour = models.CharField(
        _("accent colour"),
        max_length=7,
        default="#c9a227",
        validators=[HEX_COLOUR],
        help_text=_("Thin inner line and the line under the holder's name."),
    )
    signatory_title_en = models.CharField(
        _("signatory title (English)"), max_length=160, blank=True
    )
    signatory_title_ru = models.CharField(
        _("signatory title (Russian)"), max_length=160, blank=True
    )
    signatory_title_kk = models.CharField(_("signatory title (Kazakh)"), max_length=160, blank=True)
    heading_en = models.CharField(
        _("heading (English)"),
        max_length=80,
        blank=True,
        help_text=_("Leave empty for the standard wording."),
    )
    heading_ru = models.CharField(_("heading (Russian)"), max_length=80, blank=True)
    heading_kk = models.CharField(_("heading (Kazakh)"), max_length=80, blank=True)
    statement_en = models.CharField(
        _("statement (English)"),
        max_length=255,
        blank=True,
        help_text=_(
            "The sentence after the holder's name; write {course} where the course title "
            "goes, so that each language keeps its own word order. Leave empty for the "
            "standard wording."
        ),
    )
    statement_ru = models.CharField(_("statement (Russian)"), max_length=255, blank=True)
    statement_kk = models.CharField(_("statement (Kazakh)"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("certificate template")
        verbose_name_plural = _("certificate templates")
        ordering = ["-is_default", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_default"],
                condition=Q(is_default=True),
                name="certificate_template_one_default",
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.is_default and self.organisation_id:
            raise ValidationError(
                {"is_default": _("The default template cannot belong to one organisation.")}
            )
        if (
            self.is_default
            and CertificateTemplate.objects.filter(is_default=True).exclude(pk=self.pk).exists()
        ):
            raise ValidationError({"is_default": _("Another template is already the default.")})
        for language in CERTIFICATE_LANGUAGES:
            field = f"statement_{language}"
            if getattr(self, field).count("{course}") > 1:
                raise ValidationError(
                    {field: _("Write {course} once, where the course title goes.")}
                )

    def wording(self, language: str) -> dict[str, str]:
        """The texts for one language; empty fields fall back to the standard wording."""
        if language not in CERTIFICATE_LANGUAGES:
            language = "en"
        return {
            "heading": getattr(self, f"heading_{language}"),
            "statement": getattr(self, f"statement_{language}"),
            "signatory_title": getattr(self, f"signatory_title_{language}"),
        }

    # Live preview in the admin: the real PDF of a sample certificate, in each language.
    @property
    def preview_modes(self):
        return [
            ("en", _("English PDF")),
            ("ru", _("Russian PDF")),
            ("kk", _("Kazakh PDF")),
        ]

    def sample_certificate(self, language: str) -> Certificate:
        """A made-up certificate (not saved) in this template, for the preview."""
        if language not in CERTIFICATE_LANGUAGES:
            language = "en"
        today = timezone.localdate()
        with translation.override(language):
            return Certificate(
                serial=f"AC-{today.year}-000000",
                code="SAMPLE-" + "0" * 25,
                holder_name=gettext("Holder's full name"),
                course_title=gettext("Course title"),
                organisation_name=(
                    self.organisation.name_in(language)
                    if self.organisation_id
                    else gettext("Organisation")
                ),
                language=language,
                issued_at=timezone.now(),
                valid_until=today.replace(year=today.year + 1),
            )

    def serve_preview(self, request, mode_name):
        data = render_unsigned(self.sample_certificate(mode_name or "en"), template=self)
        response = HttpResponse(data, content_type="application/pdf")
        response["Content-Disposition"] = 'inline; filename="preview.pdf"'
        return response


class BundleStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class CertificateBundle(models.Model):
    """A ZIP of a unit's certificates for one year, built in the background for an HR officer.
    Its download link works for its requester only, until `expires_at`."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificate_bundles"
    )
    unit = models.ForeignKey("lms.OrgUnit", on_delete=models.CASCADE, related_name="+")
    year = models.PositiveSmallIntegerField(_("year"))
    status = models.CharField(
        _("status"), max_length=10, choices=BundleStatus.choices, default=BundleStatus.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(storage=certificate_storage, blank=True, max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("certificate download")
        verbose_name_plural = _("certificate downloads")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "expires_at"], name="bundle_status_expiry")]

    def __str__(self):
        return f"{self.unit_id}/{self.year}"

    @property
    def percent(self) -> int:
        if self.status == BundleStatus.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def is_expired(self) -> bool:
        return self.status == BundleStatus.EXPIRED or (
            self.expires_at is not None and self.expires_at <= timezone.now()
        )


class RenderRunKind(models.TextChoices):
    REGENERATE = "regenerate", _("Render again")
    MISSING = "missing", _("Render missing")
    BUNDLE = "bundle", _("Render for a download")


class RenderRun(models.Model):
    """One fan-out of PDF rendering: its certificates (and copies) split into chunks, one Celery
    task per chunk, so that every worker process shares the work. `done` counts PDFs of chunks
    finished; the chunk that finishes last completes the run (and, for a download, queues the
    writing of the ZIP) — counted in the database, so no result backend is needed."""

    kind = models.CharField(_("kind"), max_length=10, choices=RenderRunKind.choices)
    created_at = models.DateTimeField(_("created"))
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    chunks_total = models.PositiveIntegerField(default=0)
    chunks_done = models.PositiveIntegerField(default=0)
    bundle = models.ForeignKey(
        CertificateBundle,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="render_runs",
    )

    class Meta:
        verbose_name = _("rendering run")
        verbose_name_plural = _("rendering runs")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.kind} {self.pk}: {self.done}/{self.total}"

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None


class RenderChunk(models.Model):
    """The ids one task renders. `done_at` is set once, in the transaction that counts the chunk
    into its run: a chunk delivered again after its worker died is never counted twice."""

    run = models.ForeignKey(RenderRun, on_delete=models.CASCADE, related_name="chunks")
    certificate_ids = models.JSONField(default=list)
    copy_ids = models.JSONField(default=list)
    queued_at = models.DateTimeField(null=True, blank=True)
    done_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("rendering chunk")
        verbose_name_plural = _("rendering chunks")
        # The sweep looks for unfinished chunks whose message may have been lost.
        indexes = [
            models.Index(
                fields=["queued_at"],
                condition=Q(done_at__isnull=True),
                name="render_chunk_pending",
            )
        ]

    def __str__(self):
        return f"{self.run_id}/{self.pk}"

    @property
    def size(self) -> int:
        return len(self.certificate_ids) + len(self.copy_ids)
