from celery import shared_task

from lms.reminders import reminders_send


@shared_task(acks_late=True, reject_on_worker_lost=True)
def send_reminders() -> dict:
    run = reminders_send()
    return {"servants": run.servants, "hr_digests": run.hr_digests}
