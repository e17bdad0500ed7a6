"""Reads of the HR area: compliance counts rolled up the organisation tree, the lists and
exports behind them, a servant's record and the audit log an officer may read. Every read is
limited to the officer's HR scopes (`lms.selectors.hr_units`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

from django.apps import apps
from django.core.cache import cache
from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Cast, Greatest, TruncWeek
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.text import capfirst

from certificates.models import Certificate
from courses.models import LessonProgress
from hr.audit_labels import action_label
from hr.models import ExportJob
from lms.dates import service_zone
from lms.models import Assignment, AuditEvent, OrgUnit, TrainingCycle, User
from lms.selectors import (
    STATUS_ORDER,
    compliance_stamp,
    effective_status_expression,
    hr_scope_paths,
    hr_units,
)
from quizzes.models import Attempt, AttemptFlag
from quizzes.services import certificate_issued_by


def hr_assignments(*, user: User, cycle: TrainingCycle) -> QuerySet[Assignment]:
    """The cycle's assignments of active servants in the officer's units, with `effective`."""
    return Assignment.objects.filter(
        cycle=cycle,
        servant__servant_profile__unit__in=hr_units(user=user),
    ).annotate(effective=effective_status_expression())


class UnitSummary:
    __slots__ = ("unit", "depth", "counts", "has_children")

    def __init__(self, unit: OrgUnit, depth: int):
        self.unit = unit
        self.depth = depth
        self.counts = dict.fromkeys(STATUS_ORDER, 0)
        self.has_children = False

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def required(self) -> int:
        return self.total - self.counts["exempt"]

    @property
    def percent(self) -> int | None:
        """None for a unit with nobody required to train: "—", not a misleading 0%."""
        return round(100 * self.counts["completed"] / self.required) if self.required else None

    @property
    def indent(self) -> int:
        return self.depth - 1


def _scope_units(*, user: User) -> list[tuple[int, str]]:
    """(id, path) of the units an officer may see, read once per request (cached on the user)."""
    if not hasattr(user, "_hr_units"):
        user._hr_units = list(hr_units(user=user).values_list("pk", "path"))
    return user._hr_units


def _scope_unit_ids(*, user: User) -> list[int]:
    return [pk for pk, _ in _scope_units(user=user)]


def _scope_cache_key(kind: str, *, user: User, cycle: TrainingCycle) -> str | None:
    """The cache key of the officer's counts, or None where they must not be cached."""
    if not hasattr(user, "_hr_compliance_stamp"):
        user._hr_compliance_stamp = {}
    if cycle.pk not in user._hr_compliance_stamp:
        user._hr_compliance_stamp[cycle.pk] = compliance_stamp(cycle=cycle)
    stamp = user._hr_compliance_stamp[cycle.pk]
    if stamp is None:
        return None
    scope = "all" if user.is_superuser else ",".join(sorted(hr_scope_paths(user)))
    digest = hashlib.sha256(f"{stamp}|{scope}".encode()).hexdigest()[:32]
    return f"hr:compliance:{kind}:{digest}"


def compliance_counts(*, user: User, cycle: TrainingCycle) -> dict[int, dict[str, int]]:
    """{unit id: {effective status: assignments}} for the units in the officer's scope, each
    unit counting only its own servants. One aggregate query, cached under the compliance
    stamp (so a completion, exemption, import or new day shows at once)."""
    key = _scope_cache_key("counts", user=user, cycle=cycle)
    if key is None:  # not to be cached: counted once for the request (kept on the user)
        memo = user.__dict__.setdefault("_hr_compliance_counts", {})
        if cycle.pk not in memo:
            memo[cycle.pk] = _compliance_counts_query(user=user, cycle=cycle)
        return memo[cycle.pk]
    counts = cache.get(key)
    if counts is None:
        counts = _compliance_counts_query(user=user, cycle=cycle)
        cache.set(key, counts, timeout=3600)
    return counts


def _compliance_counts_query(*, user: User, cycle: TrainingCycle) -> dict[int, dict[str, int]]:
    counts = {}
    rows = (
        Assignment.objects.filter(
            cycle=cycle, servant__servant_profile__unit_id__in=_scope_unit_ids(user=user)
        )
        .annotate(effective=effective_status_expression())
        .values_list("servant__servant_profile__unit_id", "effective")
        .annotate(n=Count("pk"))
        .order_by()
    )
    for unit_id, effective, n in rows:
        counts.setdefault(unit_id, {})[effective] = n
    return counts


def summary_fingerprint(summary: list, *, language: str, year: int) -> str:
    """A digest of everything the dashboard's unit table shows: the rendered table is cached
    under it, so it can never show other counts or names than these."""
    content = repr(
        [(row.unit.pk, row.unit.name_in(language), row.depth, row.counts) for row in summary]
    )
    return hashlib.sha256(f"{language}|{year}|{content}".encode()).hexdigest()


def compliance_summary(
    *, user: User, cycle: TrainingCycle, root: OrgUnit | None = None
) -> list[UnitSummary]:
    """Counts per status for every unit in scope, each unit including its whole subtree.

    The units are read fresh; their own counts come from `compliance_counts` (cached); the
    roll-up walks the materialised paths.
    """
    units = hr_units(user=user)
    if root is not None:
        units = units.filter(path__startswith=root.path)
    units = list(units.select_related("organisation").order_by("path"))
    if not units:
        return []
    rows = {unit.path: UnitSummary(unit, unit.depth) for unit in units}
    counts = compliance_counts(user=user, cycle=cycle)
    step = OrgUnit.steplen
    for unit in units:
        own = counts.get(unit.pk)
        if not own:
            continue
        # Add to the unit and to each ancestor that is also listed.
        for end in range(step, len(unit.path) + 1, step):
            summary = rows.get(unit.path[:end])
            if summary is not None:
                for status, n in own.items():
                    summary.counts[status] += n
    for unit in units:
        parent_path = unit.path[:-step]
        if parent_path in rows:
            rows[parent_path].has_children = True
    return [rows[unit.path] for unit in units]


def compliance_list(
    *,
    user: User,
    cycle: TrainingCycle,
    unit: OrgUnit | None = None,
    status: str = "",
    category: str = "",
    query: str = "",
    min_days_overdue: int | None = None,
    sort: str = "",
    descending: bool = False,
) -> QuerySet[Assignment]:
    """Servants' assignments of the cycle in scope, filtered, with what the list shows,
    ordered by one of `SORTS` (by name when none is given)."""
    unit_ids = [
        pk for pk, path in _scope_units(user=user) if unit is None or path.startswith(unit.path)
    ]
    assignments = (
        Assignment.objects.filter(cycle=cycle, servant__servant_profile__unit_id__in=unit_ids)
        .annotate(effective=effective_status_expression())
        .select_related("servant", "servant__servant_profile", "servant__servant_profile__unit")
    )
    if status:
        assignments = assignments.filter(effective=status)
    if category:
        assignments = assignments.filter(servant__servant_profile__category=category)
    if min_days_overdue:
        cutoff = timezone.localdate() - timedelta(days=min_days_overdue)
        assignments = assignments.filter(effective="overdue", due_on__lte=cutoff)
    if query:
        words = query.split()
        for word in words:
            assignments = assignments.filter(
                Q(servant__last_name__icontains=word)
                | Q(servant__first_name__icontains=word)
                | Q(servant__middle_name__icontains=word)
                | Q(servant__iin__startswith=word)
                | Q(servant__email__icontains=word)
            )
    return _sorted(
        assignments.annotate(last_activity=last_activity_expression()), sort, descending
    ).prefetch_related("certificates")


def unit_rows(assignments) -> list[Assignment]:
    """A page of `compliance_list` with `days_overdue` (0 unless overdue) on each row."""
    today = timezone.localdate()
    rows = list(assignments)
    for assignment in rows:
        overdue = assignment.effective == "overdue"
        assignment.days_overdue = (today - assignment.due_on).days if overdue else 0
    return rows


SORTS = ("name", "status", "due", "overdue", "activity", "progress")


def last_activity_expression():
    """When the servant last did something for the assignment: the latest lesson reading
    (first view or completion) or test attempt (start or submission) it counts. Not
    `updated_at`, which an exemption, an import or a reminder also moves. Two correlated
    look-ups by the assignment's foreign-key indexes, evaluated in the list's own query."""
    readings = (
        LessonProgress.objects.filter(assignment=OuterRef("pk"))
        .order_by()
        .values("assignment")
        .annotate(last=Greatest(Max("first_viewed_at"), Max("completed_at")))
        .values("last")
    )
    attempts = (
        Attempt.objects.filter(assignment=OuterRef("pk"))
        .order_by()
        .values("assignment")
        .annotate(last=Greatest(Max("started_at"), Max("submitted_at")))
        .values("last")
    )
    # PostgreSQL's GREATEST skips NULLs: it is NULL only when there was no activity at all.
    return Greatest(Subquery(readings), Subquery(attempts))


def _sorted(assignments: QuerySet[Assignment], sort: str, descending: bool):
    name = ("servant__last_name", "servant__first_name", "servant__middle_name")

    def direct(expression):
        return expression.desc(nulls_last=True) if descending else expression.asc(nulls_first=True)

    if sort == "status":
        rank = Case(
            *(When(effective=status, then=Value(i)) for i, status in enumerate(STATUS_ORDER)),
            output_field=IntegerField(),
        )
        keys = [direct(rank)]
    elif sort == "due":
        keys = [direct(F("due_on"))]
    elif sort == "overdue":
        # More days overdue is an earlier due date; those not overdue count as 0 days.
        since = Case(When(effective="overdue", then=F("due_on")), default=None)
        keys = [
            since.asc(nulls_last=True) if descending else since.desc(nulls_first=True),
        ]
    elif sort == "activity":
        keys = [direct(F("last_activity"))]
    elif sort == "progress":
        percent = Case(
            When(status="completed", then=Value(100)),
            When(lessons_total=0, then=Value(0)),
            default=F("lessons_done") * 80 / F("lessons_total"),
            output_field=IntegerField(),
        )
        keys = [direct(percent)]
    else:
        keys = [F(field).desc() if descending else F(field).asc() for field in name]
        return assignments.order_by(*keys, "-pk" if descending else "pk")
    return assignments.order_by(*keys, *name, "pk")


def compliance_export(**filters) -> QuerySet[Assignment]:
    """`compliance_list` with the serial of each valid certificate, for CSV/XLSX exports: one
    streamed query (a correlated look-up by index, not a GROUP BY over every row)."""
    valid = Certificate.objects.filter(assignment=OuterRef("pk"), revoked_at__isnull=True)
    return (
        compliance_list(**filters)
        .prefetch_related(None)
        .annotate(certificate_serial=Subquery(valid.values("serial")[:1]))
    )


def hr_servant_or_404(*, user: User, servant_id: int) -> User:
    return get_object_or_404(
        User.objects.select_related("servant_profile__unit__organisation"),
        pk=servant_id,
        servant_profile__unit__in=hr_units(user=user),
    )


def completion_over_time(*, user: User, cycle: TrainingCycle) -> list[tuple[date, int]]:
    """(Monday the week starts, share completed by its end in %) across the cycle so far;
    the weekly counts are cached under the compliance stamp like the counts per unit."""
    counts = compliance_counts(user=user, cycle=cycle)
    total = sum(n for own in counts.values() for s, n in own.items() if s != "exempt")
    if not total:
        return []
    key = _scope_cache_key("weeks", user=user, cycle=cycle)
    by_week = cache.get(key) if key is not None else None
    if by_week is None:
        weekly = (
            Assignment.objects.filter(
                cycle=cycle,
                servant__servant_profile__unit_id__in=_scope_unit_ids(user=user),
                completed_at__isnull=False,
            )
            .exclude(status="exempt")
            .annotate(week=TruncWeek("completed_at", tzinfo=service_zone()))
            .values_list("week")
            .annotate(n=Count("pk"))
            .order_by("week")
        )
        by_week = {week.date(): n for week, n in weekly}
        if key is not None:
            cache.set(key, by_week, timeout=3600)
    points, done = [], 0
    start = cycle.opens_on - timedelta(days=cycle.opens_on.weekday())
    today = timezone.localdate()
    week = start
    while week <= today and week <= cycle.due_on:
        done += by_week.get(week, 0)
        points.append((week, round(100 * done / total)))
        week += timedelta(days=7)
    return points


def hr_audit_events(*, user: User):
    """Audit events an HR officer may read: by or about servants in their units, and their own."""
    units = hr_units(user=user)
    assignment_ids = (
        Assignment.objects.filter(servant__servant_profile__unit__in=units)
        .annotate(text_id=Cast("pk", CharField()))
        .values("text_id")
    )
    return (
        AuditEvent.objects.filter(
            Q(actor=user)
            | Q(actor__servant_profile__unit__in=units)
            | Q(object_type="lms.assignment", object_id__in=assignment_ids)
        )
        .select_related("actor")
        .order_by("-created_at", "-pk")
    )


@dataclass
class AuditRow:
    event: AuditEvent
    action: str  # in plain words
    record: str  # what it was about, by name
    url: str | None  # its page in the HR area (or the certificate), where the officer may see it


def audit_rows(*, user: User, events) -> list[AuditRow]:
    """What the audit log page shows of a page of `hr_audit_events`: each action in plain
    words and each record by name, linked where the officer may open it. One query per kind
    of record on the page, whatever its length."""
    events = list(events)
    ids: dict[str, set[int]] = {}
    for event in events:
        if event.object_id.isascii() and event.object_id.isdigit():
            ids.setdefault(event.object_type, set()).add(int(event.object_id))
    in_scope = set(_scope_unit_ids(user=user))
    names: dict[tuple[str, int], tuple[str, str | None]] = {}

    def servant(person: User) -> tuple[str, str | None]:
        profile = getattr(person, "servant_profile", None)
        visible = profile is not None and profile.unit_id in in_scope
        name = person.get_full_name() or person.email
        return name, reverse("hr:servant", args=[person.pk]) if visible else None

    if "lms.orgunit" in ids:
        for unit in OrgUnit.objects.filter(pk__in=ids["lms.orgunit"]):
            url = reverse("hr:unit", args=[unit.pk]) if unit.pk in in_scope else None
            names["lms.orgunit", unit.pk] = (unit.name_in(), url)
    if "lms.user" in ids:
        people = User.objects.filter(pk__in=ids["lms.user"]).select_related("servant_profile")
        for person in people:
            names["lms.user", person.pk] = servant(person)
    if "lms.assignment" in ids:
        assignments = Assignment.objects.filter(pk__in=ids["lms.assignment"]).select_related(
            "servant__servant_profile", "cycle"
        )
        for assignment in assignments:
            name, url = servant(assignment.servant)
            names["lms.assignment", assignment.pk] = (f"{name}, {assignment.cycle.year}", url)
    if "certificates.certificate" in ids:
        certificates = Certificate.objects.filter(
            pk__in=ids["certificates.certificate"]
        ).select_related("assignment__servant__servant_profile")
        for certificate in certificates:
            name, url = servant(certificate.assignment.servant)
            visible = url is not None
            names["certificates.certificate", certificate.pk] = (
                f"{certificate.serial} · {name}",
                certificate.get_absolute_url() if visible else None,
            )
    if "quizzes.attempt" in ids:
        attempts = Attempt.objects.filter(pk__in=ids["quizzes.attempt"]).select_related(
            "user__servant_profile"
        )
        for attempt in attempts:
            names["quizzes.attempt", attempt.pk] = servant(attempt.user)
    rows = []
    for event in events:
        numeric = event.object_id.isascii() and event.object_id.isdigit()
        key = (event.object_type, int(event.object_id)) if numeric else None
        record, url = names.get(key) or (_record_kind(event.object_type, event.object_id), None)
        label = action_label(event.action)
        rows.append(AuditRow(event=event, action=label, record=record, url=url))
    return rows


def _record_kind(object_type: str, object_id: str) -> str:
    """A record without a page of its own here: its kind in words and its number."""
    try:
        kind = apps.get_model(object_type)._meta.verbose_name
    except (LookupError, ValueError):
        return f"{object_type} #{object_id}"
    return f"{capfirst(kind)} #{object_id}"


# --- Flagged test attempts ----------------------------------------------------------------------


def flagged_attempts(*, user: User) -> QuerySet[Attempt]:
    """Attempts with an integrity flag by servants in the officer's units, newest first."""
    return (
        Attempt.objects.filter(
            Exists(AttemptFlag.objects.filter(attempt=OuterRef("pk"))),
            user__servant_profile__unit__in=hr_units(user=user),
        )
        .select_related(
            "user__servant_profile__unit__organisation",
            "quiz",
            "assignment__course",
            "reviewed_by",
        )
        .prefetch_related(
            Prefetch(
                "flags",
                queryset=AttemptFlag.objects.select_related(
                    "related_attempt__user__servant_profile"
                ).order_by("kind", "pk"),
            ),
            "assignment__certificates",
        )
        .order_by("-submitted_at", "-pk")
    )


@dataclass
class FlaggedAttempt:
    attempt: Attempt
    course_title: str
    certificate: Certificate | None
    # Flags with whether the officer may open the other servant's record (same_answers).
    flags: list[tuple[AttemptFlag, bool]]


def flagged_attempt_rows(*, user: User, attempts) -> list[FlaggedAttempt]:
    """What the review page shows of each attempt of a page of `flagged_attempts`: the course
    in the reader's language (once per course), the certificate its pass issued, the flags."""
    attempts = list(attempts)
    in_scope = set(_scope_unit_ids(user=user))
    titles: dict[int, str] = {}
    rows = []
    for attempt in attempts:
        course = attempt.assignment.course if attempt.assignment_id else None
        if course is not None and course.pk not in titles:
            titles[course.pk] = course.localized.title
        flags = []
        for flag in attempt.flags.all():
            other = flag.related_attempt
            profile = getattr(other.user, "servant_profile", None) if other else None
            flags.append((flag, profile is not None and profile.unit_id in in_scope))
        rows.append(
            FlaggedAttempt(
                attempt=attempt,
                course_title=titles[course.pk] if course is not None else attempt.quiz.title,
                certificate=certificate_issued_by(
                    attempt=attempt,
                    certificates=attempt.assignment.certificates.all()
                    if attempt.assignment_id
                    else [],
                ),
                flags=flags,
            )
        )
    return rows


# --- Year over year, and what the servant record adds for one assignment ------------------------

YEARS_SHOWN = 3


@dataclass
class YearCompletion:
    year: int
    percent: int | None  # None: nobody had to complete it that year
    completed: int
    required: int


@dataclass
class UnitYears:
    unit: OrgUnit
    depth: int
    years: list[YearCompletion]

    @property
    def indent(self) -> int:
        return self.depth - 1

    @property
    def change(self) -> int | None:
        """Percentage points since the cycle before, where both years had servants."""
        if len(self.years) < 2 or self.years[0].percent is None or self.years[1].percent is None:
            return None
        return self.years[0].percent - self.years[1].percent


def completion_by_year(
    *, user: User, cycle: TrainingCycle, years: int = YEARS_SHOWN
) -> tuple[list[TrainingCycle], list[UnitYears]]:
    """Completion per unit (each with every unit below it) in `cycle` and up to `years - 1`
    cycles before it, for the officer's top units and the units directly below them. One
    grouped count per cycle (`compliance_counts`, cached under the compliance stamp), one read
    of the units."""
    cycles = list(TrainingCycle.objects.filter(year__lte=cycle.year).order_by("-year")[:years])
    scope = _scope_units(user=user)
    if not scope:
        return cycles, []
    step = OrgUnit.steplen
    top = min(len(path) for _, path in scope) // step
    shown = [pk for pk, path in scope if len(path) // step <= top + 1]
    units = list(OrgUnit.objects.filter(pk__in=shown).order_by("path"))
    by_path = {unit.path: unit for unit in units}
    rows = []
    per_cycle = []
    for each in cycles:
        counts = compliance_counts(user=user, cycle=each)
        totals = {path: dict.fromkeys(STATUS_ORDER, 0) for path in by_path}
        for pk, path in scope:
            own = counts.get(pk)
            if not own:
                continue
            for end in range(step, len(path) + 1, step):
                target = totals.get(path[:end])
                if target is not None:
                    for status, n in own.items():
                        target[status] += n
        per_cycle.append(totals)
    for unit in units:
        years_of_unit = []
        for each, totals in zip(cycles, per_cycle, strict=True):
            counts = totals[unit.path]
            required = sum(counts.values()) - counts["exempt"]
            completed = counts["completed"]
            years_of_unit.append(
                YearCompletion(
                    year=each.year,
                    percent=round(100 * completed / required) if required else None,
                    completed=completed,
                    required=required,
                )
            )
        rows.append(UnitYears(unit=unit, depth=len(unit.path) // step, years=years_of_unit))
    return cycles, rows


@dataclass
class SeminarAttended:
    title: str
    held_on: object
    counts: bool  # the cycle of that year lets it stand for the lessons


@dataclass
class HRDecision:
    """A deadline extension or another attempt, as the audit event recorded it."""

    when: object
    who: str
    reason: str
    old: date | None = None
    new: date | None = None

    @classmethod
    def from_event(cls, event: AuditEvent) -> HRDecision:
        data = event.data or {}
        return cls(
            when=event.created_at,
            who=event.actor_email,
            reason=data.get("reason", ""),
            old=date.fromisoformat(data["from"]) if data.get("from") else None,
            new=date.fromisoformat(data["to"]) if data.get("to") else None,
        )


@dataclass
class AssignmentHRDetail:
    extensions: list[HRDecision]
    attempts_allowed: list[HRDecision]
    quiz: object | None
    attempts_left: int | None
    attempts_used: int
    may_allow_attempt: bool
    earliest_due: object
    latest_due: object
    seminars: list[SeminarAttended]


def servant_assignment_details(*, servant: User, assignments: list[Assignment]) -> None:
    """Give each of the servant's assignments (`assignments_for_servant`) its `hr_detail`: the
    deadline extensions and extra attempts granted (from the audit events), the final test's
    attempts, and the seminars attended in that year with whether they count."""
    from cms.models import SeminarRegistration
    from lms.services import assignment_latest_due
    from quizzes.services import attempts_left, attempts_used

    ids = [str(a.pk) for a in assignments]
    events = list(
        AuditEvent.objects.filter(
            object_type="lms.assignment",
            object_id__in=ids,
            action__in=["assignment.due_extended", "assignment.attempt_allowed"],
        ).order_by("created_at", "pk")
    )
    open_ids = set(
        Attempt.objects.filter(assignment__in=assignments, submitted_at__isnull=True).values_list(
            "assignment_id", flat=True
        )
    )
    registrations = (
        SeminarRegistration.objects.filter(user=servant, attended=True)
        .select_related("seminar")
        .order_by("seminar__starts_at")
    )
    attended = [
        (r.seminar.localized.title, timezone.localtime(r.seminar.starts_at).date())
        for r in registrations
    ]
    today = timezone.localdate()
    for assignment in assignments:
        mine = [e for e in events if e.object_id == str(assignment.pk)]
        quiz = getattr(assignment.course.specific, "final_quiz", None)
        left = attempts_left(quiz=quiz, assignment=assignment) if quiz else None
        closed = assignment.status in ("completed", "exempt")
        assignment.hr_detail = AssignmentHRDetail(
            extensions=[
                HRDecision.from_event(e) for e in mine if e.action == "assignment.due_extended"
            ],
            attempts_allowed=[
                HRDecision.from_event(e) for e in mine if e.action == "assignment.attempt_allowed"
            ],
            quiz=quiz,
            attempts_left=left,
            attempts_used=attempts_used(quiz=quiz, assignment=assignment) if quiz else 0,
            may_allow_attempt=left == 0 and not closed and assignment.pk not in open_ids,
            earliest_due=max(today, assignment.due_on) + timedelta(days=1),
            latest_due=assignment_latest_due(assignment=assignment),
            seminars=[
                SeminarAttended(title=title, held_on=day, counts=assignment.cycle.seminar_counts)
                for title, day in attended
                if day.year == assignment.cycle.year
            ],
        )


def export_job_for_user(*, user: User, job_id: int) -> ExportJob:
    """The officer's own background export of a unit still in their scope; anything else
    (another officer's job, a unit they no longer see) is 404."""
    return get_object_or_404(
        ExportJob.objects.select_related("unit", "cycle"),
        pk=job_id,
        requested_by=user,
        unit__in=hr_units(user=user),
    )
