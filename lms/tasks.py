from celery import shared_task
from django.utils import timezone

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
