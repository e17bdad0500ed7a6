from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Case, CharField, F, Q, QuerySet, Subquery, Value, When
from django.utils import timezone
from wagtail import hooks
from wagtail.models import Locale, Page

from lms.models import (
    Assignment,
    ComplianceStamp,
    HRScope,
    Language,
    OrgUnit,
    TrainingCycle,
    User,
)


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


def assignment_test_states(*, assignments: Iterable[Assignment]) -> dict[int, object]:
    """Where the servant stands with the final test of each assignment (attempts and their
    scores, attempts left, when the next may start), by assignment id. The tests belong to an
    app above this one: it answers through the `final_test_states` Wagtail hook
    (`quizzes.selectors.final_test_states`)."""
    assignments = [a for a in assignments if a is not None]
    states: dict[int, object] = {}
    if assignments:
        for provide in hooks.get_hooks("final_test_states"):
            states.update(provide(assignments=assignments))
    return states


def assignment_for_course(*, user: User, course: Page) -> Assignment | None:
    """The servant's newest assignment of this course, whichever of its translations was
    assigned (normally the default-locale page) and whichever is being read."""
    return (
        Assignment.objects.filter(servant=user, course__translation_key=course.translation_key)
        .select_related("cycle")
        .order_by("-cycle__year")
        .first()
    )


def hr_scope_paths(user: User) -> list[str]:
    """The paths of the officer's scope roots, read once per request (cached on the user)."""
    if not hasattr(user, "_hr_scope_paths"):
        user._hr_scope_paths = list(
            HRScope.objects.filter(user=user).values_list("unit__path", flat=True)
        )
    return user._hr_scope_paths


def units_in_scope(*, user: User) -> QuerySet[OrgUnit]:
    """Every unit an HR officer may see: the subtrees of their scopes."""
    paths = hr_scope_paths(user)
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
    lessons = course_required_lessons(
        course_page_id=course_page_id, languages=[*Language.values, None]
    )
    return {language: len(required) for language, required in lessons.items()}


# --- Compliance for HR ------------------------------------------------------------------------

STATUS_ORDER = ("not_started", "in_progress", "overdue", "completed", "exempt")


def effective_status_expression():
    """The status a person sees: overdue is derived from the due date, never stored."""
    today = timezone.localdate()
    return Case(
        When(status__in=["completed", "exempt"], then=F("status")),
        When(due_on__lt=today, then=Value("overdue")),
        default=F("status"),
        output_field=CharField(),
    )


def hr_is_officer(*, user: User) -> bool:
    return user.is_authenticated and (user.is_superuser or bool(hr_scope_paths(user)))


def hr_officer_cache_key(user_id: int) -> str:
    return f"hr:officer:{user_id}"


def hr_is_officer_for_navigation(*, user: User) -> bool:
    """Whether the header shows the link to the HR area: `hr_is_officer`, kept in the cache
    for a few minutes and dropped whenever one of the user's HR scopes is saved or deleted
    (lms.signals). Only the link: the HR area itself asks `hr_is_officer` on every request."""
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
    key = hr_officer_cache_key(user_id)
    cache.delete(key)
    transaction.on_commit(lambda: cache.delete(key))


def hr_units(*, user: User) -> QuerySet[OrgUnit]:
    """The units an HR officer may see (superusers: all)."""
    if user.is_superuser:
        return OrgUnit.objects.all()
    return units_in_scope(user=user)


def compliance_stamp(*, cycle: TrainingCycle) -> str | None:
    """What cached compliance counts of a cycle are keyed by: the version of the one-row
    `ComplianceStamp`, which database triggers move with every committed write that can
    change the counts (an assignment's status or due date, a new or deleted assignment, a
    servant moved or deactivated, by any code path), and the date (overdue is derived from
    it). One primary-key read, however many servants there are.

    None inside a transaction: its own writes are not stamped until it commits, so whatever
    it reads must not be cached or served from the cache."""
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


def course_annual_id() -> int | None:
    """The course every servant takes when no assignment rule says otherwise: the live course
    (default locale) whose slug is ADAL_ANNUAL_COURSE, or else the only live course. None
    when that names no course, or there are several and none is named."""
    courses = Page.objects.live().filter(
        content_type__app_label="courses",
        content_type__model="coursepage",
        locale=Locale.get_default(),
    )
    if settings.ADAL_ANNUAL_COURSE:
        courses = courses.filter(slug=settings.ADAL_ANNUAL_COURSE)
    ids = list(courses.values_list("pk", flat=True)[:2])
    return ids[0] if len(ids) == 1 else None


def cycle_open_on(*, day) -> TrainingCycle | None:
    """The cycle new arrivals join: the year's cycle, once it has opened."""
    return TrainingCycle.objects.filter(year=day.year, opens_on__lte=day).first()
