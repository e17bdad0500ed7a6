"""Bulk rendering spread over the workers: N seeded certificates regenerated through the chunked
path (`regenerate_certificates`: a run, chunks of ADAL_RENDER_CHUNK, one task each) by one
Celery worker with two prefork processes on Redis; certificates per second from queueing to the
run's end, and the hours 100,000 would take at that rate on two processes."""

from __future__ import annotations

import os
import time

from bench.common import SMALL, celery_worker, servants_ensure

CERTIFICATES = int(os.environ.get("ADAL_BENCH_FANOUT_CERTIFICATES", "300"))
PROCESSES = 2


def _finish(run, timeout: float = 1800) -> None:
    deadline = time.monotonic() + timeout
    while True:
        run.refresh_from_db()
        if run.is_finished:
            return
        if time.monotonic() > deadline:
            raise RuntimeError(f"run {run.pk} did not finish in time: {run.done}/{run.total}")
        time.sleep(0.1)


def run(*, certificates: int = CERTIFICATES) -> dict:
    from django.conf import settings

    from certificates.bulk import render_run_create
    from certificates.models import Certificate, RenderRunKind
    from demo.scale import SCALE_DOMAIN

    def seeded():
        return Certificate.objects.filter(
            assignment__servant__email__endswith=f"@{SCALE_DOMAIN}"
        ).order_by("pk")

    if seeded().count() < certificates + PROCESSES:
        servants_ensure(SMALL)  # seeds certificates for the servants who completed
    ids = list(seeded().values_list("pk", flat=True)[: certificates + PROCESSES])
    load_before = os.getloadavg()[0]  # other work on the box slows the figure; say how much
    warm, measured = ids[:PROCESSES], ids[PROCESSES:]
    with celery_worker(PROCESSES, "bench-fanout"):
        # Each process warms up on a chunk of one before the clock starts.
        _finish(
            render_run_create(kind=RenderRunKind.REGENERATE, certificate_ids=warm, chunk_size=1)
        )
        started = time.perf_counter()
        fanned = render_run_create(kind=RenderRunKind.REGENERATE, certificate_ids=measured)
        _finish(fanned)
        seconds = time.perf_counter() - started
    per_second = fanned.done / seconds
    hours = 100_000 / per_second / 3600
    return {
        "part": "fanout",
        "certificates": fanned.total,
        "rendered": fanned.done,
        "failed": fanned.failed,
        "chunk": settings.ADAL_RENDER_CHUNK,
        "chunks": fanned.chunks_total,
        "processes": PROCESSES,
        "seconds_run": round(seconds, 1),
        "per_second": round(per_second, 2),
        "hours_for_100k_with_2": round(hours, 2),
        "load_1min_before": round(load_before, 2),
        "targets": {"failed==0": fanned.failed == 0, "hours_100k<1": hours < 1},
    }
