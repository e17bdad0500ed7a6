from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from django.db.models import QuerySet
from django.utils import timezone

from lms.models import Assignment, HRScope, OrgUnit, TrainingCycle, User

if TYPE_CHECKING:
    from wagtail.models import Page


def cycle_current() -> TrainingCycle | None:
    today = timezone.localdate()
    return TrainingCycle.objects.filter(opens_on__lte=today).order_by("-year").first()


def assignments_for_servant(*, user: User) -> QuerySet[Assignment]:
    return (
        Assignment.objects.filter(servant=user)
        .select_related("cycle", "course")
        .prefetch_related("certificates")
        .order_by("-cycle__year")
    )


def assignment_for_course(*, user: User, course: Page) -> Assignment | None:
    """The servant's newest assignment of this course, whichever of its translations was
    assigned (normally the default-locale page) and whichever is being read."""
    return (
        Assignment.objects.filter(servant=user, course__translation_key=course.translation_key)
        .select_related("cycle")
        .order_by("-cycle__year")
        .first()
    )


def _scope_paths(user: User) -> list[str]:
    """The paths of the officer's scope roots, read once per request (cached on the user)."""
    if not hasattr(user, "_hr_scope_paths"):
        user._hr_scope_paths = list(
            HRScope.objects.filter(user=user).values_list("unit__path", flat=True)
        )
    return user._hr_scope_paths


def units_in_scope(*, user: User) -> QuerySet[OrgUnit]:
    """Every unit an HR officer may see: the subtrees of their scopes."""
    from django.db.models import Q

    paths = _scope_paths(user)
    if not paths:
        return OrgUnit.objects.none()
    condition = Q()
    for path in paths:
        condition |= Q(path__startswith=path)
    return OrgUnit.objects.filter(condition)


def user_in_hr_scope(*, hr_user: User, servant: User) -> bool:
    profile = getattr(servant, "servant_profile", None)
    if profile is None:
        return False
    return units_in_scope(user=hr_user).filter(pk=profile.unit_id).exists()


def course_required_lessons(
    *, course_page_id: int, languages: Iterable[str | None]
) -> dict[str | None, list[Page]]:
    """The lessons a servant must read to complete a course, for each language in `languages`
    (a servant's `preferred_language`; None: the course as assigned), in course order.

    The rule, fair to the servant: they follow the course's live version in their own
    language, so the lessons required are the live lessons of that version. A lesson that
    exists only in another language is not required of them (they may still open and read it,
    and the reading is recorded), nor is one not yet translated into theirs. Where the course
    has no live version in their language, they follow the course as assigned (the
    default-locale page), whose lessons they may read in any language.

    A lesson is told apart from others by its `translation_key`, which a page shares with its
    translations: reading any language version of a lesson reads that lesson, once.

    Two queries, whatever the number of languages and lessons. (The `courses` app owns the
    page types; this works on Wagtail pages so that `cycle_open` can use it too.)
    """
    from collections import defaultdict

    from django.db.models import Q, Subquery
    from wagtail.models import Page

    assigned = Page.objects.filter(pk=course_page_id)
    versions = list(
        Page.objects.filter(translation_key=Subquery(assigned.values("translation_key")[:1]))
        .filter(Q(pk=course_page_id) | Q(live=True))
        .values_list("pk", "path", "depth", "live", "locale__language_code")
    )
    as_assigned = next((v for v in versions if v[0] == course_page_id), None)
    if as_assigned is None:
        raise Page.DoesNotExist(f"No course page {course_page_id}.")
    live_by_language = {v[4]: v for v in versions if v[3]}
    followed = {language: live_by_language.get(language, as_assigned) for language in languages}
    if not followed:
        return {}
    condition = Q()
    for _pk, path, depth, _live, _language in set(followed.values()):
        condition |= Q(path__startswith=path, depth=depth + 1)
    by_parent: dict[str, list[Page]] = defaultdict(list)
    for lesson in Page.objects.live().filter(condition).order_by("path"):
        by_parent[lesson.path[: -Page.steplen]].append(lesson)
    return {language: by_parent[version[1]] for language, version in followed.items()}


def course_lesson_total(*, course_page_id: int, language: str | None = None) -> int:
    """How many lessons a servant whose language is `language` must read (see
    `course_required_lessons`); without a language, those of the course as assigned."""
    lessons = course_required_lessons(course_page_id=course_page_id, languages=[language])
    return len(lessons[language])


def course_lesson_totals(*, course_page_id: int) -> dict[str | None, int]:
    """`course_lesson_total` for every language at once (None: the course as assigned)."""
    from lms.models import Language

    lessons = course_required_lessons(
        course_page_id=course_page_id, languages=[*Language.values, None]
    )
    return {language: len(required) for language, required in lessons.items()}


# --- Compliance for HR ------------------------------------------------------------------------

STATUS_ORDER = ("not_started", "in_progress", "overdue", "completed", "exempt")


def _effective_status_expression():
    """The status a person sees: overdue is derived from the due date, never stored."""
    from django.db.models import Case, CharField, F, Value, When

    today = timezone.localdate()
    return Case(
        When(status__in=["completed", "exempt"], then=F("status")),
        When(due_on__lt=today, then=Value("overdue")),
        default=F("status"),
        output_field=CharField(),
    )


def hr_is_officer(*, user: User) -> bool:
    return user.is_authenticated and (user.is_superuser or bool(_scope_paths(user)))


def hr_officer_cache_key(user_id: int) -> str:
    return f"hr:officer:{user_id}"


def hr_is_officer_for_navigation(*, user: User) -> bool:
    """Whether the header shows the link to the HR area: `hr_is_officer`, kept in the cache
    for a few minutes and dropped whenever one of the user's HR scopes is saved or deleted
    (lms.apps). Only the link: the HR area itself asks `hr_is_officer` on every request."""
    from django.core.cache import cache

    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    key = hr_officer_cache_key(user.pk)
    officer = cache.get(key)
    if officer is None:
        officer = hr_is_officer(user=user)
        cache.set(key, officer, timeout=300)
    return officer


def hr_officer_changed(*, user_id: int) -> None:
    """A user's HR scopes changed: forget the cached answer now and when the change commits
    (a request in between may have cached the old one)."""
    from django.core.cache import cache
    from django.db import transaction

    key = hr_officer_cache_key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def hr_units(*, user: User) -> QuerySet[OrgUnit]:
    """The units an HR officer may see (superusers: all)."""
    if user.is_superuser:
        return OrgUnit.objects.all()
    return units_in_scope(user=user)


def hr_assignments(*, user: User, cycle: TrainingCycle) -> QuerySet[Assignment]:
    """The cycle's assignments of active servants in the officer's units, with `effective`."""
    return Assignment.objects.filter(
        cycle=cycle,
        servant__servant_profile__unit__in=hr_units(user=user),
    ).annotate(effective=_effective_status_expression())


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
    def percent(self) -> int:
        return round(100 * self.counts["completed"] / self.required) if self.required else 0

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


def compliance_stamp(*, cycle: TrainingCycle) -> str | None:
    """What cached compliance counts of a cycle are keyed by: the version of the one-row
    `ComplianceStamp`, which database triggers move with every committed write that can
    change the counts (an assignment's status or due date, a new or deleted assignment, a
    servant moved or deactivated, by any code path), and the date (overdue is derived from
    it). One primary-key read, however many servants there are.

    None inside a transaction: its own writes are not stamped until it commits, so whatever
    it reads must not be cached or served from the cache."""
    from django.db import connection

    from lms.models import ComplianceStamp

    if connection.in_atomic_block:
        return None
    stamp = (
        ComplianceStamp.objects.filter(pk=ComplianceStamp.ROW)
        .values_list("version", "changed_at")
        .first()
    )
    version, changed_at = stamp or (0, None)
    # changed_at tells versions apart after the table was emptied (a test flush) and refilled.
    return f"{cycle.pk}:{timezone.localdate().isoformat()}:{version}:{changed_at}"


def _scope_cache_key(kind: str, *, user: User, cycle: TrainingCycle) -> str | None:
    """The cache key of the officer's counts, or None where they must not be cached."""
    import hashlib

    if not hasattr(user, "_hr_compliance_stamp"):
        user._hr_compliance_stamp = {}
    if cycle.pk not in user._hr_compliance_stamp:
        user._hr_compliance_stamp[cycle.pk] = compliance_stamp(cycle=cycle)
    stamp = user._hr_compliance_stamp[cycle.pk]
    if stamp is None:
        return None
    scope = "all" if user.is_superuser else ",".join(sorted(_scope_paths(user)))
    digest = hashlib.sha256(f"{stamp}|{scope}".encode()).hexdigest()[:32]
    return f"hr:compliance:{kind}:{digest}"


def compliance_counts(*, user: User, cycle: TrainingCycle) -> dict[int, dict[str, int]]:
    """{unit id: {effective status: assignments}} for the units in the officer's scope, each
    unit counting only its own servants. One aggregate query, cached under the compliance
    stamp (so a completion, exemption, import or new day shows at once)."""
    from django.core.cache import cache

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
    from django.db.models import Count

    counts = {}
    rows = (
        Assignment.objects.filter(
            cycle=cycle, servant__servant_profile__unit_id__in=_scope_unit_ids(user=user)
        )
        .annotate(effective=_effective_status_expression())
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
    import hashlib

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
) -> QuerySet[Assignment]:
    """Servants' assignments of the cycle in scope, filtered, with what the list shows."""
    from datetime import timedelta

    from django.db.models import Q

    unit_ids = [
        pk for pk, path in _scope_units(user=user) if unit is None or path.startswith(unit.path)
    ]
    assignments = (
        Assignment.objects.filter(cycle=cycle, servant__servant_profile__unit_id__in=unit_ids)
        .annotate(effective=_effective_status_expression())
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
    return assignments.prefetch_related("certificates").order_by(
        "servant__last_name", "servant__first_name", "pk"
    )


def compliance_export(**filters) -> QuerySet[Assignment]:
    """`compliance_list` with the serial of each valid certificate, for CSV/XLSX exports: one
    streamed query (a correlated look-up by index, not a GROUP BY over every row)."""
    from django.db.models import OuterRef, Subquery

    from certificates.models import Certificate

    valid = Certificate.objects.filter(assignment=OuterRef("pk"), revoked_at__isnull=True)
    return (
        compliance_list(**filters)
        .prefetch_related(None)
        .annotate(certificate_serial=Subquery(valid.values("serial")[:1]))
    )


def hr_servant_or_404(*, user: User, servant_id: int) -> User:
    from django.shortcuts import get_object_or_404

    return get_object_or_404(
        User.objects.select_related("servant_profile__unit__organisation"),
        pk=servant_id,
        servant_profile__unit__in=hr_units(user=user),
    )


def completion_over_time(*, user: User, cycle: TrainingCycle) -> list[tuple[str, int]]:
    """(week starting, share completed by then in %) across the cycle so far; the weekly
    counts are cached under the compliance stamp like the counts per unit."""
    from datetime import timedelta

    from django.core.cache import cache
    from django.db.models import Count
    from django.db.models.functions import TruncWeek

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
            .annotate(week=TruncWeek("completed_at"))
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
        points.append((week.isoformat(), round(100 * done / total)))
        week += timedelta(days=7)
    return points


def hr_audit_events(*, user: User):
    """Audit events an HR officer may read: by or about servants in their units, and their own."""
    from django.db.models import CharField, Q
    from django.db.models.functions import Cast

    from lms.models import AuditEvent

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
