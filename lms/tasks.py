from celery import shared_task
from django.utils import timezone

from lms.notifications import assigned_notices_send
from lms.reminders import reminders_send
from lms.services import cycle_open


@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_reminders() -> dict:
    run = reminders_send()
    return {"servants": run.servants, "hr_digests": run.hr_digests}


@shared_task(acks_late=True, reject_on_worker_lost=True)
def open_yearly_cycle() -> int:
    """Opens this year's cycle by the assignment rules (the beat schedule runs it each January)."""
    cycle = cycle_open(year=timezone.localdate().year)
    return cycle.assignments.count()


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
)
def send_assigned_notices(cycle_id: int | None = None) -> int:
    """Send a chunk of "you have been assigned" notices of the cycle; queue the next chunk
    while more are waiting. Each is logged once, so a retry or an overlap sends nothing twice."""
    sent, more = assigned_notices_send(cycle_id=cycle_id)
    if more:
        send_assigned_notices.delay(cycle_id)
    return sent


@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_missed_notices() -> int:
    """The sweep: "assigned" notices of the last days that no task sent (the broker was down
    when the cycle was opened, or a servant was assigned on arrival)."""
    sent, more = assigned_notices_send(cycle_id=None)
    if more:
        send_assigned_notices.delay(None)
    return sent
