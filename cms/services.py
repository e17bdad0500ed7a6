"""Writes for seminars: registration with a seat limit, cancellation, attendance."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.exceptions import SeminarClosed, SeminarFull, SeminarNotStarted
from cms.models import SeminarPage, SeminarRegistration
from courses.models import canonical_page
from lms.services import assignment_record_seminar, audit_log


def _locked(seminar: SeminarPage) -> SeminarPage:
    """The default-locale seminar, its row locked until the transaction ends so that
    concurrent registrations are counted one at a time."""
    canonical = canonical_page(seminar)
    return SeminarPage.objects.select_for_update().get(pk=canonical.pk)


@transaction.atomic
def seminar_register(*, seminar: SeminarPage, user) -> SeminarRegistration:
    """Give the user a seat; registering twice returns the existing registration."""
    seminar = _locked(seminar)
    existing = SeminarRegistration.objects.filter(seminar=seminar, user=user).first()
    if existing is not None:
        return existing
    if not seminar.live or seminar.has_started:
        raise SeminarClosed
    if (
        seminar.seat_limit is not None
        and SeminarRegistration.objects.filter(seminar=seminar).count() >= seminar.seat_limit
    ):
        raise SeminarFull
    try:
        with transaction.atomic():
            registration = SeminarRegistration.objects.create(seminar=seminar, user=user)
    except IntegrityError:  # the same user in two tabs, where the database has no row locks
        return SeminarRegistration.objects.get(seminar=seminar, user=user)
    audit_log(actor=user, action="seminar.registered", obj=registration)
    return registration


@transaction.atomic
def seminar_cancel_registration(*, seminar: SeminarPage, user) -> bool:
    """Free the user's seat before the seminar starts. Returns whether a seat was freed."""
    seminar = _locked(seminar)
    if seminar.has_started:
        raise SeminarClosed(
            _("The seminar has started; the registration can no longer be cancelled.")
        )
    registration = SeminarRegistration.objects.filter(seminar=seminar, user=user).first()
    if registration is None:
        return False
    audit_log(
        actor=user,
        action="seminar.registration_cancelled",
        obj=registration,
        data={"seminar": seminar.pk},
    )
    registration.delete()
    return True


def can_mark_attendance(*, seminar: SeminarPage, user) -> bool:
    return bool(user.is_superuser or seminar.permissions_for_user(user).can_edit())


@transaction.atomic
def seminar_mark_attendance(*, seminar: SeminarPage, marks: dict[int, bool], by) -> int:
    """Record who attended. `marks` maps user ids of registered participants to attended
    yes/no; ids of users who are not registered are ignored. Returns how many changed."""
    seminar = _locked(seminar)
    if not can_mark_attendance(seminar=seminar, user=by):
        raise PermissionDenied
    if not seminar.has_started:
        raise SeminarNotStarted
    now = timezone.now()
    changed = 0
    registrations = SeminarRegistration.objects.filter(seminar=seminar, user_id__in=list(marks))
    for registration in registrations:
        attended = bool(marks[registration.user_id])
        if registration.attended is attended:
            continue
        registration.attended = attended
        registration.marked_by = by
        registration.marked_at = now
        registration.save(update_fields=["attended", "marked_by", "marked_at"])
        audit_log(
            actor=by,
            action="seminar.attendance_marked",
            obj=registration,
            data={"attended": attended},
        )
        # The servant's assignment of the seminar's year keeps the attendance: the cycle
        # decides whether it stands for the lessons (TrainingCycle.seminar_counts).
        assignment_record_seminar(
            servant_id=registration.user_id,
            title=seminar.title,
            held_on=timezone.localtime(seminar.starts_at).date(),
            attended=attended,
            by=by,
        )
        changed += 1
    return changed
