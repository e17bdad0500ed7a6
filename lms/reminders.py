"""Reminder emails: to servants 30, 7 and 1 days before their due date and weekly while
overdue; to each HR officer a weekly digest of the overdue in their scope. Each email is
logged under a unique key first, so running the task twice in a day sends nothing twice.
The emails are notices of lms.notifications (HTML and text, in the recipient's language);
reminders before the due date and the HR digest can be switched off by their recipient."""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from lms.models import Assignment, AssignmentStatus, HRScope, ReminderKind, User
from lms.notifications import send_notice
from lms.selectors import units_in_scope

logger = logging.getLogger(__name__)
THRESHOLDS = ((1, ReminderKind.DUE_1), (7, ReminderKind.DUE_7), (30, ReminderKind.DUE_30))


@dataclass
class ReminderRun:
    servants: int = 0
    hr_digests: int = 0


def _send_once(*, user: User, kind: str, key: str, template: str, context: dict) -> bool:
    """Log, then send, in one transaction: a failed send leaves no log, so it is retried.
    `template` names the notice (`templates/email/<template>*`, see lms.notifications); a
    "reminder" whose context says `overdue` is sent as the overdue notice."""
    if template == "reminder" and context.get("overdue"):
        template = "overdue"
    return send_notice(user=user, kind=kind, key=key, notice=template, context=context)


def _open_assignments():
    return Assignment.objects.filter(
        servant__is_active=True,
        servant__servant_profile__active=True,
    ).exclude(status__in=[AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT])


def reminders_send(*, today: datetime.date | None = None) -> ReminderRun:
    today = today or timezone.localdate()
    week = "{}-W{:02d}".format(*today.isocalendar()[:2])
    run = ReminderRun()
    soon = _open_assignments().filter(due_on__gte=today, due_on__lte=today + datetime.timedelta(30))
    for assignment in soon.select_related("servant", "cycle").iterator():
        days_left = (assignment.due_on - today).days
        kind = next(kind for limit, kind in THRESHOLDS if days_left <= limit)
        run.servants += _send_once(
            user=assignment.servant, kind=kind, key=str(assignment.pk), template="reminder",
            context={"assignment": assignment, "days_left": days_left},
        )  # fmt: skip
    overdue = _open_assignments().filter(due_on__lt=today)
    for assignment in overdue.select_related("servant", "cycle").iterator():
        run.servants += _send_once(
            user=assignment.servant, kind=ReminderKind.OVERDUE, key=f"{assignment.pk}:{week}",
            template="overdue",
            context={"assignment": assignment, "days_late": (today - assignment.due_on).days},
        )  # fmt: skip
    run.hr_digests = _send_hr_digests(today=today, week=week)
    return run


def _send_hr_digests(*, today: datetime.date, week: str) -> int:
    sent = 0
    officers = User.objects.filter(
        pk__in=HRScope.objects.values("user_id"), is_active=True
    ).order_by("pk")
    for officer in officers:
        late = (
            _open_assignments()
            .filter(
                due_on__lt=today, servant__servant_profile__unit__in=units_in_scope(user=officer)
            )
            .select_related("servant", "servant__servant_profile__unit")
            .order_by("due_on", "servant__last_name")
        )
        count = late.count()
        if not count:
            continue
        sent += _send_once(
            user=officer, kind=ReminderKind.HR_DIGEST, key=week, template="hr_digest",
            context={"late": late[:50], "count": count, "more": max(count - 50, 0), "today": today},
        )  # fmt: skip
    return sent


def reminder_send_now(*, assignment: Assignment, by: User) -> bool:
    """A reminder an HR officer sends by hand: at most one per assignment a day, none once the
    training is completed or exempted. True if it was sent (and audited). An officer may
    remind only servants in their scope (`OutsideHRScope` otherwise)."""
    # Imported here so that this function stays one block at the end of the module.
    from lms.services import audit_log, hr_check_servant_in_scope

    hr_check_servant_in_scope(by=by, servant=assignment.servant)
    if assignment.status in (AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT):
        return False

    today = timezone.localdate()
    overdue = assignment.due_on < today
    with transaction.atomic():
        sent = send_notice(
            user=assignment.servant, kind=ReminderKind.MANUAL, key=f"{assignment.pk}:{today}",
            notice="overdue" if overdue else "reminder",
            context={"assignment": assignment, "overdue": overdue,
                     "days_left": (assignment.due_on - today).days,
                     "days_late": (today - assignment.due_on).days},
        )  # fmt: skip
        if sent:
            audit_log(actor=by, action="assignment.reminded", obj=assignment)
    return sent
