"""Beat runs on several hosts and sends from one: two real `celery beat` processes on the test
database; the second stands by while the first lives and takes over when it is killed."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django_celery_beat.models import IntervalSchedule, PeriodicTask

from tests.certificates.test_celery_worker import BROKER_URL, broker  # noqa: F401 (fixture)

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.celery_worker,
    pytest.mark.real_clock,  # beat reads the real clock
    pytest.mark.django_db(transaction=True),
]

TASK = "beat-test-every-second"
SENT = f"Sending due task {TASK}"


def start_beat(log: Path) -> subprocess.Popen:
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "ADAL_TEST_WORKER_BROKER_URL": BROKER_URL,
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "ADAL_BEAT_STANDBY_SECONDS": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "beat", "--loglevel", "INFO",
         "--max-interval", "1"],
        cwd=settings.BASE_DIR, env=env, stdout=log.open("a"), stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip


def sent(log: Path) -> int:
    return log.read_text().count(SENT) if log.exists() else 0


def wait_for(condition, seconds: float, logs: list[Path], what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    tails = "\n".join(f"--- {log.name}\n{log.read_text()[-2500:]}" for log in logs if log.exists())
    pytest.fail(f"{what} within {seconds} s\n{tails}")


def kill(process: subprocess.Popen) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=20)


def test_one_beat_sends_and_a_standby_takes_over_when_it_dies(broker, tmp_path):  # noqa: F811
    every_second = IntervalSchedule.objects.create(every=1, period=IntervalSchedule.SECONDS)
    PeriodicTask.objects.create(
        name=TASK, task="certificates.tasks.delete_expired_bundles", interval=every_second
    )
    first_log, second_log = tmp_path / "beat-1.log", tmp_path / "beat-2.log"
    first = start_beat(first_log)
    second = None
    try:
        wait_for(lambda: sent(first_log) >= 1, 60, [first_log], "the first beat sent nothing")
        second = start_beat(second_log)
        wait_for(
            lambda: "beat: Starting" in second_log.read_text() if second_log.exists() else False,
            60,
            [first_log, second_log],
            "the second beat did not start",
        )
        before = sent(first_log)
        time.sleep(4)
        assert sent(first_log) >= before + 2  # the first goes on sending
        assert sent(second_log) == 0  # the second stands by

        kill(first)
        wait_for(
            lambda: sent(second_log) >= 2,
            30,
            [first_log, second_log],
            "the standby did not take over",
        )
        assert "Beat holds the lock" in second_log.read_text()
    finally:
        kill(first)
        if second is not None:
            kill(second)
