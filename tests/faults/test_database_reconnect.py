"""The database drops every connection (as when PostgreSQL restarts): a web server holding
persistent connections answers the next requests normally instead of with server errors."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from django.conf import settings
from django.db import connection

# The gunicorn server under test reads the real clock.
pytestmark = [pytest.mark.postgres, pytest.mark.real_clock, pytest.mark.django_db(transaction=True)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


SERVER_APPLICATION_NAME = f"adal-reconnect-{os.getpid()}"


def drop_server_connections() -> int:
    """Drops every connection of the server under test, as a database restart would (only the
    server's: a restart would drop the test's own too, and the tests after it need theirs)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND application_name = %s",
            [SERVER_APPLICATION_NAME],
        )
        return cursor.fetchone()[0]


@pytest.fixture
def server(tmp_path, assignment, complete):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL")
    certificate = complete(assignment)
    db = connection.settings_dict
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "DATABASE_URL": (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"
        ),
        "DATABASE_CONN_MAX_AGE": "600",  # persistent connections: the case that can break
        "CERTIFICATE_ROOT": settings.CERTIFICATE_ROOT,
        "PGAPPNAME": SERVER_APPLICATION_NAME,
    }
    log = tmp_path / "server.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "lms.wsgi", "--workers", "2", "--bind",
         f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR, env=env, stdout=log.open("w"), stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/verify/{certificate.code}/"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if status(url) == 200:
                break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.3)
    else:
        process.kill()
        pytest.fail("the server did not start:\n" + log.read_text()[-3000:])
    yield url, log
    process.terminate()
    process.wait(timeout=20)


def test_requests_recover_after_the_database_drops_every_connection(server):
    url, log = server
    assert [status(url) for _ in range(20)] == [200] * 20  # both workers hold a connection

    assert drop_server_connections() >= 1

    after = [status(url) for _ in range(20)]
    assert after == [200] * 20, log.read_text()[-3000:]
