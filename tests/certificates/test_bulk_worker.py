"""Done when (issue 17, bulk work): a scaled-down bulk render — chunks shared by a real worker
with two prefork processes on Redis — survives that worker being killed in the middle: a second
worker takes the chunks that were not acknowledged, and every certificate ends with exactly one
PDF whose SHA-256 is the row's, the run (or the download) counting done == total."""

import collections
import hashlib
import os
import re
import signal
import time
import zipfile
from pathlib import Path

import pytest
import redis
from django.conf import settings

from certificates.bulk import certificates_queue_regenerate
from certificates.models import BundleStatus, Certificate, CertificateBundle, RenderRun
from certificates.services import assignment_complete
from certificates.tasks import build_certificate_bundle
from tests.certificates.test_celery_worker import BROKER_URL, broker, start_worker, stop, wait_for
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_unit,
)

__all__ = ["broker"]  # the fixture, shared with the single-certificate worker tests

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.celery_worker,
    pytest.mark.real_clock,  # the worker processes read the real clock
    pytest.mark.django_db(transaction=True),
]

CERTIFICATES = 80
CHUNK = 8
# Redelivery after a lost worker: within seconds instead of an hour; chunks of CHUNK PDFs
# wherever a run is created (a download's run is created by the worker).
WORKER_ENV = {
    "CELERY_VISIBILITY_TIMEOUT": "5",
    "CELERY_UNACKED_RESTORE_THROTTLE": "1",
    "ADAL_RENDER_CHUNK": str(CHUNK),
}


def issue(count, course, unit):
    cycle = TrainingCycleFactory()
    for _ in range(count):
        profile = ServantProfileFactory(unit=unit)
        assignment = AssignmentFactory(servant=profile.user, cycle=cycle, course=course)
        assignment_complete(assignment=assignment)
    # Each issue queued its own render after commit: dropped, so that the chunks do the work.
    redis.Redis.from_url(BROKER_URL).flushdb()
    return cycle


def kill_in_the_middle(run_of, log: Path):
    """Start a two-process worker, SIGKILL it (with its pool) once some chunks are counted and
    others are still out, then let a second worker finish."""
    first = start_worker(log, processes=2, **WORKER_ENV)
    try:
        wait_for(lambda: run_of() and run_of().chunks_done >= 2, 120, log, "no chunks done")
    finally:
        os.killpg(first.pid, signal.SIGKILL)
        first.wait(timeout=20)
    run = run_of()
    assert run.chunks_done < run.chunks_total, "the worker was killed after the run ended"
    second = start_worker(log, processes=2, **WORKER_ENV)
    return second


def redelivered_chunks(log: Path) -> list[str]:
    """Chunk task ids the workers received more than once: those the killed worker held."""
    received = re.findall(r"render_certificate_chunk\[([0-9a-f-]+)\] received", log.read_text())
    return [task for task, times in collections.Counter(received).items() if times > 1]


def assert_one_matching_pdf_each():
    root = Path(settings.CERTIFICATE_ROOT)
    for certificate in Certificate.objects.all():
        folder = root / certificate.pdf.name.rsplit("/", 1)[0]
        files = sorted(p.name for p in folder.iterdir())
        assert files == [certificate.pdf.name.rsplit("/", 1)[1]], certificate.serial
        data = (folder / files[0]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == certificate.sha256


def test_a_regenerate_run_survives_a_worker_killed_mid_run(course, broker, tmp_path, settings):
    settings.ADAL_RENDER_CHUNK = CHUNK
    issue(CERTIFICATES, course, make_unit("bulk"))
    log = tmp_path / "worker.log"
    started = time.monotonic()
    run = certificates_queue_regenerate()
    assert run.chunks_total == CERTIFICATES // CHUNK

    second = kill_in_the_middle(lambda: RenderRun.objects.get(pk=run.pk), log)
    try:
        wait_for(
            lambda: RenderRun.objects.get(pk=run.pk).is_finished, 120, log, "the run did not end"
        )
    finally:
        stop(second)

    run.refresh_from_db()
    assert (run.done, run.total, run.failed) == (CERTIFICATES, CERTIFICATES, 0)
    assert run.chunks_done == run.chunks_total
    assert not Certificate.objects.filter(rendered_at__lte=run.created_at).exists()
    assert_one_matching_pdf_each()
    assert redelivered_chunks(log)
    assert time.monotonic() - started < 120


def test_a_download_of_pdfs_never_rendered_survives_a_worker_killed_mid_run(
    course, broker, tmp_path, settings
):
    settings.ADAL_RENDER_CHUNK = CHUNK
    unit = make_unit("bulk")
    cycle = issue(CERTIFICATES, course, unit)
    officer = UserFactory(email="officer@example.com")
    bundle = CertificateBundle.objects.create(requested_by=officer, unit=unit, year=cycle.year)
    log = tmp_path / "worker.log"
    build_certificate_bundle.delay(bundle.pk)

    second = kill_in_the_middle(lambda: RenderRun.objects.filter(bundle=bundle).first(), log)
    try:
        wait_for(
            lambda: CertificateBundle.objects.get(pk=bundle.pk).status == BundleStatus.READY,
            120,
            log,
            "the download was not ready",
        )
    finally:
        stop(second)

    bundle.refresh_from_db()
    assert (bundle.done, bundle.total) == (CERTIFICATES, CERTIFICATES)
    run = RenderRun.objects.get(bundle=bundle)
    assert (run.done, run.total, run.failed) == (CERTIFICATES, CERTIFICATES, 0)
    assert_one_matching_pdf_each()
    archive = zipfile.ZipFile(Path(settings.CERTIFICATE_ROOT) / bundle.file.name)
    for certificate in Certificate.objects.all():
        data = archive.read(f"{certificate.serial}.pdf")
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
    assert len(archive.namelist()) == CERTIFICATES + 1  # and the manifest
    assert redelivered_chunks(log)
