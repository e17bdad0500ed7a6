"""A real Celery worker on Redis renders the certificate that a completion enqueues."""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
import redis
from django.conf import settings
from django.db import connection
from pypdf import PdfReader

from certificates.models import Certificate
from certificates.services import assignment_complete
from tests.helpers import celery_sending_to

BROKER_URL = os.environ.get("ADAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.celery_worker,
    pytest.mark.real_clock,  # the worker process reads the real clock
    pytest.mark.django_db(transaction=True),
]


def _redis_available() -> bool:
    try:
        return redis.Redis.from_url(BROKER_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def start_worker(log: Path, *, processes: int = 0, **extra_env) -> subprocess.Popen:
    """A worker on the test database: one process (solo), or `processes` prefork processes in a
    session of their own (so that `os.killpg` kills the pool with it)."""
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "ADAL_TEST_WORKER_BROKER_URL": BROKER_URL,
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "CERTIFICATE_ROOT": settings.CERTIFICATE_ROOT,
        **extra_env,
    }
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            *(
                ["--pool", "prefork", "--concurrency", str(processes)]
                if processes
                else ["--pool", "solo"]
            ),
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log.open("a"),
        stderr=subprocess.STDOUT,
        start_new_session=bool(processes),
    )


def stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture
def broker():
    """Send tasks to Redis for the test's duration instead of running them in-process."""
    if not _redis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {BROKER_URL}")
        pytest.skip(f"Redis is not reachable at {BROKER_URL}")
    redis.Redis.from_url(BROKER_URL).flushdb()
    with celery_sending_to(BROKER_URL):
        yield


@pytest.fixture
def worker(broker, tmp_path):
    log = tmp_path / "worker.log"
    process = start_worker(log)
    try:
        yield log
    finally:
        stop(process)


def wait_for(condition, seconds: float, log: Path, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.2)
    pytest.fail(f"{what} within {seconds} s; worker log:\n" + log.read_text()[-3000:])


def test_worker_renders_the_pdf_after_commit(assignment, worker):
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get(assignment=assignment)
    assert not certificate.pdf  # the request did not render it: the worker will

    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        certificate.refresh_from_db()
        if certificate.sha256:
            break
        time.sleep(0.5)
    else:
        pytest.fail("no PDF within 120 s; worker log:\n" + worker.read_text()[-3000:])

    path = Path(settings.CERTIFICATE_ROOT) / certificate.pdf.name
    data = path.read_bytes()
    assert hashlib.sha256(data).hexdigest() == certificate.sha256
    text = PdfReader(path).pages[0].extract_text()
    assert certificate.serial in text
    assert "render_certificate_pdf" in worker.read_text()


def test_a_worker_killed_mid_render_leaves_one_pdf_that_matches_its_hash(
    assignment, broker, tmp_path
):
    """The row is locked from here while the worker renders: it finishes the PDF, then waits on
    the lock to store it, and is killed there. A new worker receives the unacknowledged task
    again and stores the PDF once."""
    log = tmp_path / "worker.log"
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get(assignment=assignment)
    holder = psycopg.connect(_dsn(), autocommit=False)
    holder.execute(
        "SELECT 1 FROM certificates_certificate WHERE id = %s FOR UPDATE", [certificate.pk]
    )
    # Redelivery after a lost worker: shortened from an hour so that the test waits seconds.
    first = start_worker(log, CELERY_VISIBILITY_TIMEOUT="5", CELERY_UNACKED_RESTORE_THROTTLE="1")
    try:
        wait_for(lambda: _waiting_on_lock(certificate.pk), 120, log, "no render waiting on the row")
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=20)
    finally:
        holder.rollback()
        holder.close()
    certificate.refresh_from_db()
    assert not certificate.sha256  # the killed worker stored nothing
    assert "render_certificate_pdf" in log.read_text()

    second = start_worker(log, CELERY_VISIBILITY_TIMEOUT="5", CELERY_UNACKED_RESTORE_THROTTLE="1")
    try:
        wait_for(
            lambda: Certificate.objects.filter(pk=certificate.pk).exclude(sha256="").exists(),
            120,
            log,
            "no PDF after the restart",
        )
    finally:
        stop(second)

    certificate.refresh_from_db()
    folder = Path(settings.CERTIFICATE_ROOT) / certificate.pdf.name.rsplit("/", 1)[0]
    files = sorted(p.name for p in folder.iterdir())
    assert files == [certificate.pdf.name.rsplit("/", 1)[1]]  # exactly one, no leftovers
    data = (folder / files[0]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == certificate.sha256
    assert certificate.serial in PdfReader(folder / files[0]).pages[0].extract_text()


def _dsn() -> str:
    db = connection.settings_dict
    return f"postgresql://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


def _waiting_on_lock(certificate_id: int) -> bool:
    """True once another session waits for a row lock (the worker's select_for_update)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
            "AND query ILIKE %s",
            ["%certificates_certificate%FOR UPDATE%"],
        )
        return cursor.fetchone()[0] > 0
