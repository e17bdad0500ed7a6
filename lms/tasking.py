"""Queue Celery tasks once the surrounding transaction commits, without letting a broker outage
turn a saved change into an error page. Whatever such a task would have done is caught up by
a periodic task (certificate PDFs, integrity checks) or reported to the user (bulk downloads).

Services name the task they queue (its Celery name, as the beat schedule does) instead of
importing it: a tasks module imports its app's services, so a service importing its tasks
would close a circle. Every app's tasks module is imported by its AppConfig.ready(), so the
name resolves in every process (web, worker, shell)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from celery import current_app
from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)

# Options of `shared_task`. Every task is delivered again if its worker dies mid-task; one that
# writes a file or sends mail is also retried, with backoff, when the disk or the mail server
# fails it.
REDELIVERED = {"acks_late": True, "reject_on_worker_lost": True}
RETRIED_ON_IO_ERROR = {
    **REDELIVERED,
    "autoretry_for": (OSError,),
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "max_retries": 5,
}


def enqueue_on_commit(task_name: str, *args, on_failure: Callable[[], None] | None = None) -> None:
    # Looked up now, so that an unknown name fails inside the transaction, not after it.
    task = current_app.tasks[task_name]

    def send():
        try:
            task.delay(*args)
        except OperationalError:
            logger.warning("Broker unavailable: %s%r was not queued.", task.name, args)
            if on_failure is not None:
                on_failure()

    transaction.on_commit(send)
