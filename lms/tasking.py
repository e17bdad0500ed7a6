"""Queue Celery tasks once the surrounding transaction commits, without letting a broker outage
turn a saved change into an error page. Whatever such a task would have done is caught up by
a periodic task (certificate PDFs) or reported to the user (bulk downloads)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from django.db import transaction
from kombu.exceptions import OperationalError

logger = logging.getLogger(__name__)


def enqueue_on_commit(task, *args, on_failure: Callable[[], None] | None = None) -> None:
    def send():
        try:
            task.delay(*args)
        except OperationalError:
            logger.warning("Broker unavailable: %s%r was not queued.", task.name, args)
            if on_failure is not None:
                on_failure()

    transaction.on_commit(send)
