"""Invitations: the email that tells a new servant what Adal is, what they must complete by
when, and gives them a one-time link to set their password.

The link is allauth's own password reset (`account_reset_password_from_key`), with a key that
works for ADAL_INVITATION_DAYS (`lms.tokens`); setting the password spends it.

Sending is at most once per request and safe to retry:

- `invitations_request(...)` marks each person's `Invitation` row pending in the caller's
  transaction and, after the commit, queues `lms.tasks.send_invitations`;
- `invitation_send(...)` sends only while the row is pending and clears it under a row lock,
  so a retried task, a second worker or the catch-up sweep (`invitations_send_pending`, for
  requests whose task a broker outage lost) never sends one request twice.

An import queues invitations for the people it creates, the admin for a servant profile of
someone who never signed in; an HR officer re-sends one from the servant's record, or to all
who never signed in in a unit.
"""

from __future__ import annotations

import datetime
import logging

from allauth.account.utils import user_pk_to_url_str
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Count, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone, translation

from lms.models import Assignment, Invitation, OrgUnit, ServantProfile, User
from lms.notifications import RenderedNotice, course_title, notice_deliver, notice_render
from lms.selectors import hr_scope_paths
from lms.services import (
    audit_log,
    hr_check_servant_in_scope,
    hr_check_unit_in_scope,
    servants_assign_on_arrival,
)
from lms.tasking import enqueue_on_commit
from lms.tokens import invitation_token

logger = logging.getLogger(__name__)

SEND_TASK = "lms.tasks.send_invitations"
INVITATION_NOTICE = "invitation"
# People per queued task: a 100,000-row import becomes 100 small messages, not one huge one.
TASK_BATCH = 1000
# The sweep leaves fresh requests to their own task.
SWEEP_AFTER = datetime.timedelta(minutes=5)


# Requests ------------------------------------------------------------------------------------


def invitations_request(*, user_ids: list[int], by: User | None = None) -> int:
    """Mark an invitation pending for each of these people who has an email address, and send
    them after the commit. Returns how many were requested."""
    now = timezone.now()
    requested: list[int] = []
    with transaction.atomic():
        for start in range(0, len(user_ids), 20_000):
            requested += _mark_pending(user_ids[start : start + 20_000], now=now, by=by)
        for start in range(0, len(requested), TASK_BATCH):
            enqueue_on_commit(SEND_TASK, requested[start : start + TASK_BATCH])
    return len(requested)


def _mark_pending(user_ids: list[int], *, now, by: User | None) -> list[int]:
    """Upsert the rows of these people (active, with an email); their ids, in order."""
    if connection.vendor == "postgresql":
        # One statement per 20,000 people: a first import may bring 100,000.
        with connection.cursor() as cursor:
            cursor.execute(
                f"""
                INSERT INTO {Invitation._meta.db_table}
                    (user_id, requested_at, sent_by_id, pending, count)
                SELECT id, %s, %s, true, 0 FROM {User._meta.db_table}
                WHERE id = ANY(%s) AND is_active AND email <> ''
                ON CONFLICT (user_id) DO UPDATE SET requested_at = EXCLUDED.requested_at,
                    sent_by_id = EXCLUDED.sent_by_id, pending = true
                RETURNING user_id
                """,
                [now, by.pk if by else None, list(user_ids)],
            )
            return sorted(row[0] for row in cursor.fetchall())
    ids: list[int] = []
    for start in range(0, len(user_ids), TASK_BATCH):
        ids += (
            User.objects.filter(pk__in=user_ids[start : start + TASK_BATCH], is_active=True)
            .exclude(email="")
            .values_list("pk", flat=True)
        )
    ids.sort()
    Invitation.objects.bulk_create(
        [Invitation(user_id=pk, requested_at=now, sent_by=by, pending=True) for pk in ids],
        update_conflicts=True,
        unique_fields=["user"],
        update_fields=["requested_at", "sent_by", "pending"],
        batch_size=TASK_BATCH,
    )
    return ids


def invitation_resend(*, servant: User, by: User | None) -> None:
    """An HR officer sends a servant (in their scope) a new invitation."""
    hr_check_servant_in_scope(by=by, servant=servant)
    with transaction.atomic():
        invitations_request(user_ids=[servant.pk], by=by)
        audit_log(actor=by, action="invitation.requested", obj=servant)


def invitations_resend_never_signed_in(*, unit: OrgUnit, by: User | None) -> int:
    """An HR officer sends a new invitation to every active servant of the unit (and the
    units below it) who has never signed in. Returns how many."""
    hr_check_unit_in_scope(by=by, unit=unit)
    ids = list(
        servants_never_signed_in()
        .filter(unit__path__startswith=unit.path)
        .values_list("user_id", flat=True)
    )
    with transaction.atomic():
        count = invitations_request(user_ids=ids, by=by)
        audit_log(
            actor=by, action="invitations.requested", obj=unit, data={"never_signed_in": count}
        )
    return count


# Reads -------------------------------------------------------------------------------------


def servants_never_signed_in() -> QuerySet[ServantProfile]:
    """Active servants (with an active account and an email) who have never signed in."""
    return ServantProfile.objects.filter(
        active=True, user__is_active=True, user__last_login__isnull=True
    ).exclude(user__email="")


def servants_never_signed_in_by_scope(*, user: User) -> list[OrgUnit]:
    """The roots of an HR officer's scope (a superuser's: every organisation's top units),
    each with `never_signed_in`, the count of those servants below it. One query; a scope
    inside another is counted with the outer one only."""
    if user.is_superuser:
        roots = OrgUnit.objects.filter(depth=1)
    else:
        paths = sorted(hr_scope_paths(user))
        outer = [p for p in paths if not any(p != q and p.startswith(q) for q in paths)]
        if not outer:
            return []
        roots = OrgUnit.objects.filter(path__in=outer)
    waiting = (
        servants_never_signed_in()
        .filter(unit__path__startswith=OuterRef("path"))
        .order_by()
        .values("active")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return list(
        roots.select_related("organisation")
        .annotate(never_signed_in=Coalesce(Subquery(waiting), 0))
        .order_by("path")
    )


# Sending -----------------------------------------------------------------------------------


def invitation_send(*, user_id: int) -> bool:
    """Send the person's pending invitation; False when there is none (already sent, or
    being sent by another worker right now)."""
    with transaction.atomic():
        invitation = (
            Invitation.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("user")
            .filter(user_id=user_id, pending=True)
            .first()
        )
        if invitation is None:
            return False
        user = invitation.user
        if user.email and user.is_active:
            # Not logged in ReminderLog: the pending row is this send's once-only guard, and
            # a servant may be invited again (a new request), which a log key would refuse.
            notice_deliver(user=user, rendered=invitation_render(user))
            invitation.sent_at = timezone.now()
            invitation.count += 1
        invitation.pending = False
        invitation.save(update_fields=["pending", "sent_at", "count"])
    return True


def invitations_send(*, user_ids: list[int]) -> int:
    """Send each of these people's pending invitation; how many were sent."""
    return sum(invitation_send(user_id=pk) for pk in user_ids)


def invitations_send_pending(*, now: datetime.datetime | None = None) -> int:
    """The catch-up sweep: invitations requested a while ago and still waiting."""
    cutoff = (now or timezone.now()) - SWEEP_AFTER
    ids = list(
        Invitation.objects.filter(pending=True, requested_at__lte=cutoff)
        .order_by("requested_at")
        .values_list("user_id", flat=True)[:10_000]
    )
    return invitations_send(user_ids=ids)


def invitation_link(user: User) -> str:
    path = reverse(
        "account_reset_password_from_key",
        kwargs={"uidb36": user_pk_to_url_str(user), "key": invitation_token(user)},
    )
    return f"{settings.SITE_URL}{path}"


def invitation_context(user: User) -> dict:
    """What the email says besides what every notice has (`lms.notifications.notice_render`),
    in the reader's language (call under translation.override)."""
    language = user.preferred_language
    assignment = (
        Assignment.objects.filter(servant=user, cycle__opens_on__lte=timezone.localdate())
        .select_related("cycle", "course")
        .order_by("-cycle__year", "due_on")
        .first()
    )
    profile = getattr(user, "servant_profile", None)
    return {
        "organisation": profile.unit.organisation.name_in(language) if profile else "",
        "assignment": assignment,
        "course_title": course_title(course=assignment.course, language=language)
        if assignment
        else None,
        "link": invitation_link(user),
        "days": settings.ADAL_INVITATION_DAYS,
        "sign_in_url": f"{settings.SITE_URL}{reverse('account_login')}",
    }


def invitation_render(user: User) -> RenderedNotice:
    """Subject, text and HTML of the person's invitation, in their language: a notice like
    the others (`templates/email/invitation*`), without an unsubscribe link (it is official)."""
    with translation.override(user.preferred_language):
        context = invitation_context(user)
    return notice_render(notice=INVITATION_NOTICE, user=user, context=context)


# Arrivals through the admin -------------------------------------------------------------------


def servant_profile_save(*, profile: ServantProfile, by: User | None, reactivated: bool) -> None:
    """Save a servant profile from the admin. A new servant (or one made active again) is
    assigned at once while the year's cycle is open; a new servant who has never signed in
    is invited to set a password."""
    created = profile.pk is None
    with transaction.atomic():
        profile.save()
        if created or reactivated:
            servants_assign_on_arrival(user_ids=[profile.user_id], actor=by)
        if created and profile.user.last_login is None:
            invitations_request(user_ids=[profile.user_id], by=by)
