from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from certificates.models import certificate_storage


class ExportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting to start")
    RUNNING = "running", _("Being prepared")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")
    EXPIRED = "expired", _("Expired")


class ExportJob(models.Model):
    """A compliance spreadsheet too long to write while the officer waits, written in the
    background in the language they used when they asked for it. Its page and file are its
    requester's only, while the unit is in their scope, until `expires_at`. The file lies in
    the private certificate storage (served only through the checked download view)."""

    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="export_jobs"
    )
    unit = models.ForeignKey("lms.OrgUnit", on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey("lms.TrainingCycle", on_delete=models.CASCADE, related_name="+")
    # The unit page's list filters, as `hr.views._filters` reads them.
    filters = models.JSONField(default=dict, blank=True)
    format = models.CharField(max_length=10, default="xlsx")
    language = models.CharField(max_length=10, choices=settings.LANGUAGES)
    status = models.CharField(
        _("status"), max_length=10, choices=ExportStatus.choices, default=ExportStatus.PENDING
    )
    total = models.PositiveIntegerField(default=0)
    done = models.PositiveIntegerField(default=0)
    file = models.FileField(storage=certificate_storage, blank=True, max_length=255)
    size = models.PositiveBigIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    expires_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("export")
        verbose_name_plural = _("exports")
        ordering = ["-created_at"]
        indexes = [
            # The sweeps: stuck pending jobs, files past their expiry.
            models.Index(fields=["status", "expires_at"], name="export_status_expiry"),
        ]

    def __str__(self):
        return f"{self.unit_id}/{self.cycle_id}/{self.format}"

    @property
    def percent(self) -> int:
        if self.status == ExportStatus.READY:
            return 100
        return int(100 * self.done / self.total) if self.total else 0

    @property
    def in_progress(self) -> bool:
        return self.status in (ExportStatus.PENDING, ExportStatus.RUNNING)

    @property
    def is_expired(self) -> bool:
        return self.status == ExportStatus.EXPIRED or (
            self.expires_at is not None and self.expires_at <= timezone.now()
        )
