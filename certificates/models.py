import os

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class CertificateStorage(FileSystemStorage):
    """Private storage under CERTIFICATE_ROOT: PDFs are served only through the
    access-checked download view. The location is read from settings on each use."""

    @property
    def base_location(self):
        return settings.CERTIFICATE_ROOT

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def certificate_storage():
    return CertificateStorage()


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
    pdf = models.FileField(_("PDF"), storage=certificate_storage, blank=True, max_length=255)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)

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
    def status(self) -> str:
        if self.revoked_at is not None:
            return CertificateStatus.REVOKED
        if self.valid_until < timezone.localdate():
            return CertificateStatus.EXPIRED
        return CertificateStatus.VALID

    def get_status_display(self) -> str:
        return CertificateStatus(self.status).label

    def get_verify_url(self) -> str:
        return reverse("certificates:verify", kwargs={"code": self.code})

    @property
    def verify_full_url(self) -> str:
        return settings.SITE_URL + self.get_verify_url()
