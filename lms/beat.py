"""Celery beat on several hosts, sending from exactly one.

`celery beat` may run on every worker host: each instance tries to take a PostgreSQL advisory
lock and only the holder sends the schedule. The lock lives as long as the holder's database
session, so when its host dies (or loses the database) the session ends, the lock is free, and
a waiting instance takes over within `ADAL_BEAT_STANDBY_SECONDS`, reading the schedule's last
run times afresh from the database. Every periodic task is also safe to run twice, so the few
seconds of a hand-over can lose or duplicate nothing.

On SQLite (the demo) there is one machine and no lock: the instance always sends."""

from __future__ import annotations

import logging

import psycopg
from django.conf import settings
from django.db import connection
from django_celery_beat.schedulers import DatabaseScheduler

logger = logging.getLogger(__name__)

# pg_advisory_lock takes a bigint; this one is "Adal beat" in ASCII, kept clear of other keys.
LOCK_KEY = 0x4164616C_62656174


class SingleBeatScheduler(DatabaseScheduler):
    """The database schedule, sent only while this instance holds the beat lock."""

    def __init__(self, *args, **kwargs):
        self._lock_connection = None
        super().__init__(*args, **kwargs)

    def tick(self, *args, **kwargs):
        if not self.holds_lock():
            return settings.ADAL_BEAT_STANDBY_SECONDS
        return super().tick(*args, **kwargs)

    def holds_lock(self) -> bool:
        if connection.vendor != "postgresql":
            return True
        if self._lock_connection is not None:
            try:
                self._lock_connection.execute("SELECT 1")
                return True
            except psycopg.Error:  # the session is gone, and the lock with it
                logger.warning("Beat lost its lock (database session ended); standing by.")
                self._release()
        return self._acquire()

    def _acquire(self) -> bool:
        try:
            lock_connection = connection.get_new_connection(connection.get_connection_params())
            lock_connection.autocommit = True
            taken = lock_connection.execute(
                "SELECT pg_try_advisory_lock(%s)", [LOCK_KEY]
            ).fetchone()[0]
        except psycopg.Error:
            logger.warning("Beat could not reach the database for its lock; standing by.")
            return False
        if not taken:
            lock_connection.close()
            return False
        self._lock_connection = lock_connection
        # Another instance may have sent tasks since this one read the schedule: read it again.
        self._initial_read = True
        self._heap = None
        logger.info("Beat holds the lock: this instance sends the schedule.")
        return True

    def _release(self) -> None:
        try:
            self._lock_connection.close()
        except psycopg.Error:
            pass  # closing a connection whose server is gone
        self._lock_connection = None

    def close(self):
        super().close()
        if self._lock_connection is not None:
            self._release()
