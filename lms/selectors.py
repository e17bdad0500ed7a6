from __future__ import annotations

from django.db.models import QuerySet
from django.utils import timezone

from lms.models import Assignment, HRScope, OrgUnit, TrainingCycle, User


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


def assignment_for_course(*, user: User, course_page_id: int) -> Assignment | None:
    """The servant's newest assignment of this course (stored against the default-locale page)."""
    return (
        Assignment.objects.filter(servant=user, course_id=course_page_id)
        .select_related("cycle")
        .order_by("-cycle__year")
        .first()
    )


def units_in_scope(*, user: User) -> QuerySet[OrgUnit]:
    """Every unit an HR officer may see: the subtrees of their scopes."""
    from django.db.models import Q

    paths = list(HRScope.objects.filter(user=user).values_list("unit__path", flat=True))
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


def course_lesson_total(*, course_page_id: int) -> int:
    """Lessons required by a course: its live child pages (courses own the page types)."""
    from wagtail.models import Page

    course = Page.objects.get(pk=course_page_id)
    return Page.objects.child_of(course).live().count()
