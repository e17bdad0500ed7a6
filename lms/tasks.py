import logging

from celery import shared_task
from django.utils import timezone

from lms.exceptions import NoAssignmentRule
from lms.invitations import invitations_send, invitations_send_pending
from lms.notifications import assigned_notices_send
from lms.reminders import reminders_send
from lms.services import cycle_open
from lms.tasking import REDELIVERED, RETRIED_ON_IO_ERROR

logger = logging.getLogger(__name__)


@shared_task(**REDELIVERED)
def send_reminders() -> dict:
    run = reminders_send()
    return {"servants": run.servants, "hr_digests": run.hr_digests}


@shared_task(**REDELIVERED)
def open_yearly_cycle() -> int:
    """Opens this year's cycle (the beat schedule runs it each January): by the assignment
    rules, or without rules the annual course for every active servant."""
    year = timezone.localdate().year
    try:
        cycle = cycle_open(year=year)
    except NoAssignmentRule:
        # Nothing to retry until someone adds a rule or a course; the admin index says so too.
        logger.error(
            "The %s cycle was not opened: there is no active assignment rule and no annual "
            "course (publish one course, set ADAL_ANNUAL_COURSE or add an assignment rule, "
            "then run `manage.py open_cycle %s`).",
            year,
            year,
        )
        return 0
    return cycle.assignments.count()


@shared_task(**RETRIED_ON_IO_ERROR)
def send_assigned_notices(cycle_id: int | None = None) -> int:
    """Send a chunk of "you have been assigned" notices of the cycle; queue the next chunk
    while more are waiting. Each is logged once, so a retry or an overlap sends nothing twice."""
    sent, more = assigned_notices_send(cycle_id=cycle_id)
    if more:
        send_assigned_notices.delay(cycle_id)
    return sent


@shared_task(**REDELIVERED)
def send_missed_notices() -> int:
    """The sweep: "assigned" notices of the last days that no task sent (the broker was down
    when the cycle was opened, or a servant was assigned on arrival)."""
    sent, more = assigned_notices_send(cycle_id=None)
    if more:
        send_assigned_notices.delay(None)
    return sent


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=60,
    max_retries=5,
)
def send_invitations(user_ids: list[int]) -> int:
    """Send these people's pending invitations (sent ones are skipped: safe to retry)."""
    return invitations_send(user_ids=user_ids)


@shared_task(**REDELIVERED)
def send_pending_invitations() -> int:
    """The sweep: invitations whose task a broker outage lost."""
    return invitations_send_pending()
