"""What every part shares: the database, seeding, timing, sessions, the gunicorn server."""

from __future__ import annotations

import contextlib
import os
import platform
import signal
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETTINGS = "lms.settings.bench"
DATABASE_URL = os.environ.get(
    "ADAL_BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/adal_bench"
)
FULL = int(os.environ.get("ADAL_BENCH_SERVANTS", "100000"))
SMALL = int(os.environ.get("ADAL_BENCH_SMALL_SERVANTS", "10000"))
PORT = int(os.environ.get("ADAL_BENCH_PORT", "8100"))


def django_setup() -> None:
    os.environ["DJANGO_SETTINGS_MODULE"] = os.environ.get("ADAL_BENCH_SETTINGS", SETTINGS)
    os.environ.setdefault("ADAL_BENCH_DATABASE_URL", DATABASE_URL)
    import django

    django.setup()


def database_ensure() -> None:
    """Create the benchmark database when missing, migrate it, and load the demo site once."""
    import psycopg
    from django.conf import settings
    from django.core.management import call_command

    name = settings.DATABASES["default"]["NAME"]
    params = settings.DATABASES["default"]
    with psycopg.connect(
        host=params["HOST"] or "127.0.0.1", port=params["PORT"] or 5432,
        user=params["USER"], password=params["PASSWORD"] or None, dbname="postgres",
        autocommit=True,
    ) as connection:  # fmt: skip
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(f'CREATE DATABASE "{name}"')
    call_command("migrate", interactive=False, verbosity=0)
    from courses.models import CoursePage

    if not CoursePage.objects.exists():
        call_command("load_demo", verbosity=0)
    if not any((ROOT / "locale").rglob("*.mo")):
        call_command("compilemessages", verbosity=0, ignore_patterns=[".venv"])


def servants_ensure(count: int) -> dict:
    """Exactly `count` seeded servants (grows in place; shrinking starts again)."""
    from django.core.cache import cache

    from demo.scale import scale_reset, scale_seed, scale_servant_count

    existing = scale_servant_count()
    if existing == count:
        return {"servants": count, "seeded_s": 0.0}
    started = time.perf_counter()
    if existing > count:
        scale_reset()
    result = scale_seed(servants=count)
    cache.clear()
    from django.db import connection

    with connection.cursor() as cursor:  # as autovacuum would: index-only scans work
        cursor.execute("VACUUM ANALYZE lms_assignment, lms_servantprofile")
    return {"servants": result.servants, "seeded_s": round(time.perf_counter() - started, 1)}


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return 0.0
    index = min(len(ordered) - 1, max(0, round(share * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary_ms(seconds: list[float]) -> dict:
    return {
        "n": len(seconds),
        "p50_ms": round(1000 * statistics.median(seconds), 1),
        "p95_ms": round(1000 * percentile(seconds, 0.95), 1),
    }


def ratio(value: float, floor: float) -> float:
    return round(value / floor, 2) if floor else 0.0


def session_cookies(user) -> dict[str, str]:
    """A signed-in session for `user`, made as a login would (no password hashing per user)."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django.utils.crypto import get_random_string

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {
        settings.SESSION_COOKIE_NAME: session.session_key,
        settings.CSRF_COOKIE_NAME: get_random_string(32),
    }


def machine() -> dict:
    cpu = platform.processor() or platform.machine()
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    memory_gb = 0.0
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                memory_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": memory_gb,
        "python": platform.python_version(),
        "postgresql": postgres,
        "os": platform.platform(terse=True),
    }


def _port_open(port: int) -> bool:
    with socket.socket() as probe:
        probe.settimeout(0.2)
        return probe.connect_ex(("127.0.0.1", port)) == 0


def _stop(process: subprocess.Popen, *, timeout: float) -> None:
    """Stop a server started in its own session: its whole process group, politely first."""
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()


@contextlib.contextmanager
def gunicorn(*, workers: int | None = None, port: int = PORT):
    """The project under gunicorn on loopback with the bench URLs (which add the bare view),
    with threaded workers as in production (README: Running in production)."""
    if _port_open(port):
        raise RuntimeError(f"port {port} is taken: set ADAL_BENCH_PORT to a free one (8100-8199)")
    workers = workers or 2 * (os.cpu_count() or 1) + 1
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": os.environ.get("ADAL_BENCH_SETTINGS", SETTINGS),
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "lms.wsgi:application", "--chdir", str(ROOT),
         "--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--worker-class", "gthread",
         "--threads", "4",
         "--log-level", "warning", "--timeout", "120", "--preload"],
        env=env, start_new_session=True,
    )  # fmt: skip
    try:
        for _ in range(200):
            if _port_open(port):
                break
            if process.poll() is not None:
                raise RuntimeError("gunicorn did not start")
            time.sleep(0.1)
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop(process, timeout=20)


@contextlib.contextmanager
def celery_worker(concurrency: int, name: str):
    """A Celery worker on the bench's Redis with `concurrency` prefork processes, prefetching
    one task per process as production does; stopped (its whole process group) on the way out."""
    from lms.celery_app import app

    app.control.purge()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("ADAL_BENCH_SETTINGS", SETTINGS)}
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool", "prefork",
         "--concurrency", str(concurrency), "--prefetch-multiplier", "1", "--loglevel", "WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat",
         "--hostname", f"{name}@%h"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline or worker.poll() is not None:
                raise RuntimeError("the Celery worker did not start")
        yield worker
    finally:
        _stop(worker, timeout=30)
