from celery import shared_task

from quizzes.integrity import attempt_check_integrity, attempts_check_integrity_missed
from quizzes.models import Attempt
from quizzes.services import attempts_finalise_expired


@shared_task(acks_late=True, reject_on_worker_lost=True, max_retries=3)
def check_attempt_integrity(attempt_id: int) -> None:
    attempt = Attempt.objects.filter(pk=attempt_id).first()
    if attempt is not None:
        attempt_check_integrity(attempt=attempt)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def check_missed_integrity() -> int:
    """The periodic catch-up of integrity checks whose task was never queued or never ran."""
    return attempts_check_integrity_missed()


@shared_task(acks_late=True, reject_on_worker_lost=True)
def finalise_expired_attempts() -> int:
    return attempts_finalise_expired()
