"""Certificate PDFs: renders per second in one warm process against a minimal WeasyPrint page
(the floor), then Celery workers on Redis rendering seeded certificates without PDFs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from bench.common import FULL, ROOT, SETTINGS, ratio, servants_ensure

RENDERS = 30
TASKS = 120
BATCHES = 3


def _per_second(render, count: int) -> float:
    """The best of a few batches: another process waking up on the box slows one batch, not
    the figure."""
    render()  # warm: fonts, stylesheet, templates
    best = 0.0
    for _ in range(BATCHES):
        started = time.perf_counter()
        for _ in range(count // BATCHES):
            render()
        best = max(best, (count // BATCHES) / (time.perf_counter() - started))
    return best


def _celery(concurrency: int, certificate_ids: list[int]) -> float:
    """Certificates per second rendered by one worker with `concurrency` processes."""
    from certificates.models import Certificate
    from certificates.tasks import render_certificate_pdf
    from lms.celery_app import app

    app.control.purge()
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": os.environ.get("ADAL_BENCH_SETTINGS", SETTINGS)}
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "lms", "worker", "--pool", "prefork",
         "--concurrency", str(concurrency), "--prefetch-multiplier", "1", "--loglevel", "WARNING",
         "--without-gossip", "--without-mingle", "--without-heartbeat",
         "--hostname", f"bench-{concurrency}@%h"],
        cwd=ROOT, env=env, start_new_session=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while not app.control.ping(timeout=0.5):
            if time.monotonic() > deadline or worker.poll() is not None:
                raise RuntimeError("the Celery worker did not start")
        # Each process warms up on one task before the clock starts.
        warm, measured = certificate_ids[:concurrency], certificate_ids[concurrency:]
        for pk in warm:
            render_certificate_pdf.delay(pk)
        _wait(Certificate, warm)
        started = time.perf_counter()
        for pk in measured:
            render_certificate_pdf.delay(pk)
        _wait(Certificate, measured)
        return len(measured) / (time.perf_counter() - started)
    finally:
        os.killpg(worker.pid, signal.SIGTERM)
        try:
            worker.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(worker.pid, signal.SIGKILL)
            worker.wait()


def _wait(model, ids: list[int], timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while model.objects.filter(pk__in=ids, sha256="").exists():
        if time.monotonic() > deadline:
            raise RuntimeError("certificates were not rendered in time")
        time.sleep(0.05)


def run(*, servants: int = FULL, renders: int = RENDERS, tasks: int = TASKS) -> dict:
    from django.test import override_settings
    from weasyprint import HTML

    from certificates.models import Certificate
    from certificates.pdf import render_certificate
    from demo.scale import SCALE_DOMAIN

    servants_ensure(servants)
    pending = Certificate.objects.filter(
        assignment__servant__email__endswith=f"@{SCALE_DOMAIN}", sha256=""
    ).order_by("pk")
    certificate = pending.first()
    floor = _per_second(lambda: HTML(string="<p>Adal</p>").write_pdf(), renders * 3)
    signed = _per_second(lambda: render_certificate(certificate), renders)
    with override_settings(CERTIFICATE_SIGNING_KEY="", CERTIFICATE_SIGNING_CERT=""):
        unsigned = _per_second(lambda: render_certificate(certificate), renders)
    ids = list(pending.values_list("pk", flat=True)[: 2 * tasks + 3])
    one = _celery(1, ids[: tasks // 2 + 1])
    two = _celery(2, ids[tasks // 2 + 1 : tasks // 2 + 1 + tasks + 2])
    return {
        "part": "pdf",
        "floor_per_second": round(floor, 1),
        "per_second": round(signed, 2),
        "per_second_unsigned": round(unsigned, 2),
        "x_floor": ratio(floor, signed),
        "celery_1": round(one, 2),
        "celery_2": round(two, 2),
        "celery_scaling": ratio(two, one),
        "hours_for_100k_with_2": round(100_000 / two / 3600, 1) if two else None,
        "targets": {
            "celery_2>=28": two >= 28,
            "scaling>=1.8": two / one >= 1.8 if one else False,
        },
    }
