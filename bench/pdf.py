"""Certificate PDFs: renders per second in one warm process against a minimal WeasyPrint page
(the floor), then Celery workers on Redis rendering seeded certificates without PDFs."""

from __future__ import annotations

import time

from django.db.models import Max
from django.utils import timezone

from bench.common import FULL, celery_worker, ratio, servants_ensure

RENDERS = 30
TASKS = 240
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
    """Certificates per second rendered by one worker with `concurrency` processes, from
    queueing the first task to the last certificate's own record of its render (the polling
    that waits for the end neither adds to the time nor takes much of the cores)."""
    from certificates.models import Certificate
    from certificates.tasks import render_certificate_pdf

    with celery_worker(concurrency, f"bench-{concurrency}"):
        # Each process warms up on one task before the clock starts.
        warm, measured = certificate_ids[:concurrency], certificate_ids[concurrency:]
        for pk in warm:
            render_certificate_pdf.delay(pk)
        _wait(Certificate, warm)
        started = timezone.now()
        for pk in measured:
            render_certificate_pdf.delay(pk)
        _wait(Certificate, measured)
        last = Certificate.objects.filter(pk__in=measured).aggregate(last=Max("rendered_at"))
    return len(measured) / (last["last"] - started).total_seconds()


def _wait(model, ids: list[int], timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while model.objects.filter(pk__in=ids, sha256="").exists():
        if time.monotonic() > deadline:
            raise RuntimeError("certificates were not rendered in time")
        time.sleep(0.25)


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
