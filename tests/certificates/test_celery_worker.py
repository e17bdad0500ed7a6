"""A real Celery worker on Redis renders the certificate that a completion enqueues."""

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import kombu.pools
import pytest
import redis
from django.conf import settings
from django.db import connection
from pypdf import PdfReader

from certificates.models import Certificate
from lms.celery_app import app as celery_app
from lms.services import assignment_update_progress

BROKER_URL = os.environ.get("ADAL_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.celery_worker,
    pytest.mark.django_db(transaction=True),
]


def _redis_available() -> bool:
    try:
        return redis.Redis.from_url(BROKER_URL, socket_connect_timeout=1).ping()
    except redis.RedisError:
        return False


def _reset_connections():
    """Drop pooled broker connections so the next send uses the broker configured now."""
    kombu.pools.reset()
    celery_app._pool = None
    celery_app.amqp._producer_pool = None


@pytest.fixture
def worker(tmp_path):
    if not _redis_available():
        if os.environ.get("CI") == "true":
            pytest.fail(f"Redis is not reachable at {BROKER_URL}")
        pytest.skip(f"Redis is not reachable at {BROKER_URL}")
    redis.Redis.from_url(BROKER_URL).flushdb()
    db = connection.settings_dict
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "ADAL_TEST_WORKER_BROKER_URL": BROKER_URL,
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "CERTIFICATE_ROOT": settings.CERTIFICATE_ROOT,
    }
    log = tmp_path / "worker.log"
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "lms",
            "worker",
            "--pool",
            "solo",
            "--loglevel",
            "INFO",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=log.open("w"),
        stderr=subprocess.STDOUT,
    )
    previous = (celery_app.conf.task_always_eager, celery_app.conf.broker_url)
    celery_app.conf.task_always_eager = False
    celery_app.conf.broker_url = BROKER_URL
    _reset_connections()
    try:
        yield log
    finally:
        celery_app.conf.task_always_eager, celery_app.conf.broker_url = previous
        _reset_connections()
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def test_worker_renders_the_pdf_after_commit(assignment, worker):
    assignment_update_progress(assignment=assignment, final_test_passed=True)
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
