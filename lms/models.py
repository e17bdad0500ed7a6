from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from treebeard.mp_tree import MP_Node

from lms.validators import validate_iin


class Language(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person who signs in with an email address: servant, HR officer, editor or admin."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    middle_name = models.CharField(_("middle name"), max_length=150, blank=True)
    iin = models.CharField(
        _("IIN"),
        max_length=12,
        unique=True,
        null=True,
        blank=True,
        validators=[validate_iin],
        help_text=_("Individual identification number: 12 digits. Optional for staff accounts."),
    )
    preferred_language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.RUSSIAN
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        # HR lists are sorted by name and paged 50 at a time: with this index a large unit's
        # first page is read in name order instead of sorting the whole unit.
        indexes = [
            models.Index(fields=["last_name", "first_name", "id"], name="user_name_order"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def get_full_name(self) -> str:
        parts = [self.last_name, self.first_name, self.middle_name]
        return " ".join(p for p in parts if p).strip()


class TranslatedNameMixin(models.Model):
    name = models.CharField(_("name (English)"), max_length=255)
    name_ru = models.CharField(_("name (Russian)"), max_length=255, blank=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=255, blank=True)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name_in()

    def name_in(self, language: str | None = None) -> str:
        language = (language or get_language() or "en")[:2]
        return getattr(self, f"name_{language}", "") or self.name


class Organisation(TranslatedNameMixin):
    """A state body or quasi-public organisation: the root of its own unit tree."""

    code = models.SlugField(_("code"), max_length=50, unique=True, help_text=_("Stable code."))
    default_language = models.CharField(
        _("default language"),
        max_length=2,
        choices=Language.choices,
        default=Language.RUSSIAN,
        help_text=_(
            "The language of new staff whose import file gives none: their invitation and "
            "pages are in it until they choose another."
        ),
    )

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]


class OrgUnit(TranslatedNameMixin, MP_Node):
    """A department or unit; the tree's roots are the organisation's top-level units."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="units", verbose_name=_("organisation")
    )
    code = models.SlugField(
        _("code"), max_length=50, help_text=_("Stable, unique in the organisation.")
    )

    node_order_by = ["code"]

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        constraints = [
            models.UniqueConstraint(fields=["organisation", "code"], name="orgunit_code_unique")
        ]


class ServantCategory(models.TextChoices):
    POLITICAL = "political", _("Political civil servant")
    ADMINISTRATIVE = "administrative", _("Administrative civil servant")
    EQUATED = "equated", _("Person equated to a civil servant")
    QUASI_PUBLIC = "quasi_public", _("Quasi-public sector employee")


class ServantProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="servant_profile"
    )
    unit = models.ForeignKey(OrgUnit, on_delete=models.PROTECT, related_name="servants")
    position = models.CharField(
        _("position"),
        max_length=255,
        blank=True,
        help_text=_("The job title as imported; shown where no title is given in the language."),
    )
    position_ru = models.CharField(_("position (Russian)"), max_length=255, blank=True)
    position_kk = models.CharField(_("position (Kazakh)"), max_length=255, blank=True)
    category = models.CharField(_("category"), max_length=20, choices=ServantCategory.choices)
    hired_on = models.DateField(_("hired on"), null=True, blank=True)
    active = models.BooleanField(_("active"), default=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("servant profile")
        verbose_name_plural = _("servant profiles")

    def __str__(self):
        return str(self.user)

    def position_in(self, language: str | None = None) -> str:
        """The job title in `language` (default: the active one), else the imported one."""
        language = (language or get_language() or "en")[:2]
        return getattr(self, f"position_{language}", "") or self.position


class HRScope(models.Model):
    """An HR officer sees the subtree under `unit` (inclusive) and nothing else."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="hr_scopes"
    )
    unit = models.ForeignKey(OrgUnit, on_delete=models.CASCADE, related_name="hr_scopes")

    class Meta:
        verbose_name = _("HR scope")
        verbose_name_plural = _("HR scopes")
        constraints = [models.UniqueConstraint(fields=["user", "unit"], name="hrscope_unique")]

    def __str__(self):
        return f"{self.user} → {self.unit}"


class TrainingCycle(models.Model):
    year = models.PositiveSmallIntegerField(_("year"), unique=True)
    opens_on = models.DateField(_("opens on"))
    due_on = models.DateField(_("due on"))
    certificate_validity_days = models.PositiveIntegerField(
        _("certificate validity (days)"), default=365
    )
    seminar_counts = models.BooleanField(
        _("attended seminar stands for the lessons"),
        default=False,
        db_default=False,
        help_text=_(
            "When on, a servant whose attendance at a seminar held in this year is recorded "
            "may take the final test without reading the lessons. The test must still be passed."
        ),
    )

    class Meta:
        verbose_name = _("training cycle")
        verbose_name_plural = _("training cycles")
        ordering = ["-year"]

    def __str__(self):
        return str(self.year)


class AssignmentStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    COMPLETED = "completed", _("Completed")
    OVERDUE = "overdue", _("Overdue")
    EXEMPT = "exempt", _("Exempt")


class Assignment(models.Model):
    """One servant's obligation to complete one course in one cycle.

    `status` stores the progress state (not started / in progress / completed / exempt);
    overdue is derived from the due date so that it never goes stale.
    """

    servant = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="assignments"
    )
    cycle = models.ForeignKey(TrainingCycle, on_delete=models.PROTECT, related_name="assignments")
    course = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.PROTECT, related_name="+", verbose_name=_("course")
    )
    due_on = models.DateField(_("due on"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=[c for c in AssignmentStatus.choices if c[0] != AssignmentStatus.OVERDUE],
        default=AssignmentStatus.NOT_STARTED,
    )
    lessons_done = models.PositiveSmallIntegerField(default=0)
    lessons_total = models.PositiveSmallIntegerField(default=0)
    completed_at = models.DateTimeField(null=True, blank=True)
    exempt_reason = models.CharField(max_length=255, blank=True)
    # Attempts at the final test granted by HR on top of the test's attempts per cycle (each
    # grant and its reason is an audit event).
    # Defaults in the database too: bulk paths write assignments with raw SQL and COPY.
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0, db_default=0)
    # The attended seminar of the cycle's year ("title · date"), kept by the attendance
    # service; it stands for the lessons only where the cycle says so (`seminar_counts`).
    seminar_credit = models.CharField(
        _("seminar attended"), max_length=255, blank=True, default="", db_default=""
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["servant", "cycle", "course"], name="assignment_unique_per_cycle"
            ),
            models.CheckConstraint(
                condition=~Q(status="completed") | Q(completed_at__isnull=False),
                name="assignment_completed_has_date",
            ),
        ]
        indexes = [
            models.Index(fields=["cycle", "status"], name="assignment_cycle_status"),
        ]

    def __str__(self):
        return f"{self.servant} · {self.cycle}"

    @property
    def effective_status(self) -> str:
        if self.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
            return self.status
        if self.due_on < timezone.localdate():
            return AssignmentStatus.OVERDUE
        return self.status

    def get_effective_status_display(self) -> str:
        return AssignmentStatus(self.effective_status).label

    @property
    def seminar_stands_for_lessons(self) -> bool:
        """An attended seminar of the year counts as the lessons (the cycle's setting)."""
        return bool(self.seminar_credit) and self.cycle.seminar_counts

    @property
    def lessons_requirement_met(self) -> bool:
        """Whether the final test is open as far as the lessons go."""
        if self.lessons_total and self.lessons_done >= self.lessons_total:
            return True
        return self.seminar_stands_for_lessons

    @property
    def progress_percent(self) -> int:
        """Lessons count for 80% of the bar; the passed final test for the last 20%."""
        if self.status == AssignmentStatus.COMPLETED:
            return 100
        if self.seminar_credit and self.seminar_stands_for_lessons:
            return 80
        if not self.lessons_total:
            return 0
        return int(80 * self.lessons_done / self.lessons_total)


class ComplianceStamp(models.Model):
    """One row whose `version` moves with every committed change to assignments or servant
    profiles: cached HR compliance counts are keyed by it (`lms.selectors.compliance_stamp`),
    read in constant time however many servants there are.

    Database triggers keep it (migration 0008), not the services: every writer is covered,
    bulk paths (imports, `cycle_open`, COPY in `seed_scale`), admin edits and raw SQL alike.
    On PostgreSQL the bump runs once per transaction, when it commits, so that the row is
    locked only while committing (a long import does not hold back servants' progress) and
    the new version becomes visible together with the change.
    """

    ROW = 1

    version = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField()

    def __str__(self):
        return f"{self.version} ({self.changed_at:%Y-%m-%d %H:%M:%S})"


class AuditEvent(models.Model):
    """Append-only, tamper-evident record of who did what to which record.

    The database refuses UPDATE, DELETE and TRUNCATE of the table (triggers, migration
    0010), whatever the code path; `lms.audit` documents the one maintenance switch. Each
    event names its actor as they were then (`actor_name`, `actor_email`), so that deleting
    an account changes no event: `actor` is a plain id, without a database constraint.
    Events form a hash chain in `seq` order (`prev_hash` is the hash of the event before),
    appended one at a time under the `AuditChainHead` row lock; `manage.py verify_audit`
    walks it and names the first altered or missing event.
    """

    seq = models.BigIntegerField(unique=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # No database constraint and nothing done on delete: a deleted account leaves its events
    # (and their id) as they were; the snapshot below keeps who it was.
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
    )
    actor_name = models.CharField(max_length=255, blank=True, editable=False)
    actor_email = models.CharField(max_length=254, blank=True, editable=False)
    action = models.CharField(max_length=64)
    object_type = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    data = models.JSONField(default=dict, blank=True)
    prev_hash = models.CharField(max_length=64, blank=True, editable=False)
    hash = models.CharField(max_length=64, editable=False)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.object_type}#{self.object_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)


class AuditChainHead(models.Model):
    """The last link of the audit chain: its `seq` and `hash`. Appending locks this one row
    (`SELECT ... FOR UPDATE`), so that two writers never link to the same event; it also
    shows when events were removed from the end of the chain (`verify_audit`)."""

    ROW = 1

    seq = models.BigIntegerField(default=0)
    hash = models.CharField(max_length=64, blank=True)

    def __str__(self):
        return f"{self.seq} {self.hash}"


class ReminderKind(models.TextChoices):
    DUE_30 = "due_30", _("30 days before the due date")
    DUE_7 = "due_7", _("7 days before the due date")
    DUE_1 = "due_1", _("1 day before the due date")
    OVERDUE = "overdue", _("Weekly while overdue")
    HR_DIGEST = "hr_digest", _("Weekly digest of the overdue for HR")
    # The notices of lms.notifications share this log (one row per notice sent).
    ASSIGNED = "assigned", _("Training assigned")
    CERTIFICATE_ISSUED = "cert_issued", _("Certificate issued")
    CERTIFICATE_REVOKED = "cert_revoked", _("Certificate revoked")
    MANUAL = "manual", _("Sent by an HR officer")


class ReminderLog(models.Model):
    """One email sent (a reminder or any other notice of lms.notifications). The unique key
    makes sending idempotent: a second run, or a retried task, sends nothing."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(max_length=20, choices=ReminderKind.choices)
    key = models.CharField(
        max_length=64, help_text="Assignment id, ISO week, both, or certificate id."
    )
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reminder sent")
        verbose_name_plural = _("reminders sent")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind", "key"], name="reminder_once")
        ]

    def __str__(self):
        return f"{self.kind} → {self.user} ({self.key})"


class ApiKey(models.Model):
    """A key for an organisation's HR information system. Only its hash is stored."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="api_keys"
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("Which system uses it."))
    prefix = models.CharField(max_length=12, unique=True)
    key_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("API key")
        verbose_name_plural = _("API keys")

    def __str__(self):
        return f"{self.organisation.code}: {self.name} ({self.prefix}…)"


class AssignmentRule(models.Model):
    """Which course a cycle assigns to whom: servants of some categories, in some subtree."""

    course = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("course")
    )
    categories = models.JSONField(
        _("categories"),
        default=list,
        blank=True,
        help_text=_("Servant categories the course applies to; empty means every category."),
    )
    unit = models.ForeignKey(
        OrgUnit,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Only servants in this unit and below; empty means every organisation."),
    )
    active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("assignment rule")
        verbose_name_plural = _("assignment rules")

    def __str__(self):
        return f"{self.course} → {', '.join(self.categories) or 'all'} @ {self.unit or 'all'}"


class NotificationPreference(models.Model):
    """Which of the optional notices a user still wants. Without a row, every notice is sent.
    Official notices (assigned, overdue, certificate issued or revoked) are always sent."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="notification_preference",
    )
    due_reminders = models.BooleanField(
        _("reminders before the due date"),
        default=True,
        help_text=_("Emails 30, 7 and 1 days before the training is due."),
    )
    hr_digest = models.BooleanField(
        _("weekly digest of the overdue"),
        default=True,
        help_text=_("For HR officers: the weekly list of servants who are overdue."),
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)


class Invitation(models.Model):
    """The email that asks a servant to set a password and start training: one row per person.

    A request (an import that created them, an admin, an HR officer's re-send) marks the row
    `pending`; the sending task clears it under a row lock, so that a retried task, the
    catch-up sweep and a second worker never send one request twice.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitation"
    )
    requested_at = models.DateTimeField(_("requested"))
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("requested by"),
        help_text=_("Empty: an import from the command line or the system."),
    )
    pending = models.BooleanField(_("waiting to be sent"), default=True)
    sent_at = models.DateTimeField(_("last sent"), null=True, blank=True)
    count = models.PositiveIntegerField(_("times sent"), default=0)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        # The catch-up sweep reads only the few rows still waiting.
        indexes = [
            models.Index(
                fields=["requested_at"], condition=Q(pending=True), name="invitation_pending"
            )
        ]

    def __str__(self):
        return f"{self.user} ({self.count})"
