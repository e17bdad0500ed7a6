"""Bulk rendering spread over every worker process: `regenerate_certificates`, the periodic
catch-up and ZIP downloads split their PDFs into chunks (ADAL_RENDER_CHUNK), one Celery task a
chunk. A chunk takes seconds, so no task comes near its time limit however large the set.

Resumable: a chunk's task is delivered again when its worker dies (acks_late); it renders only
what still needs it — a PDF still missing, or, in a forced run, one not rendered since the run
began (`rendered_at`) — and is counted into its run once (`done_at`, set in the transaction
that counts it). The chunk that completes the run queues what follows (a download's ZIP): a
counter in the database, so no Celery result backend or chord is needed."""

from __future__ import annotations

import csv
import io
import logging
import secrets
import shutil
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.core.files.base import File
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from certificates.models import (
    BundleStatus,
    Certificate,
    CertificateBundle,
    CertificateCopy,
    RenderChunk,
    RenderRun,
    RenderRunKind,
)
from certificates.selectors import certificates_for_bundle, certificates_for_regenerate
from certificates.services import (
    bundle_fail,
    certificate_copy_render_pdf,
    certificate_render_pdf,
)
from lms.exports import safe_cell
from lms.tasking import enqueue_on_commit

logger = logging.getLogger(__name__)

CHUNK_TASK = "certificates.tasks.render_certificate_chunk"
BUNDLE_TASK = "certificates.tasks.build_certificate_bundle"
MISSING = Q(pdf="") | Q(sha256="")
# A download renders what it lacks, then writes; a certificate issued meanwhile takes one more
# round. More rounds than this mean something keeps failing: the download fails instead.
BUNDLE_RENDER_ROUNDS = 3


class BundleIncomplete(Exception):
    """PDFs of a download could not be rendered; the download fails rather than leave them out."""


# --- Runs and chunks ---------------------------------------------------------------------------


def _parts(ids: list[int], size: int) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _send_chunk(chunk_id: int) -> None:
    # If the broker is down, the chunk is marked unsent and the periodic sweep sends it later.
    enqueue_on_commit(
        CHUNK_TASK,
        chunk_id,
        on_failure=lambda: RenderChunk.objects.filter(pk=chunk_id).update(queued_at=None),
    )


@transaction.atomic
def render_run_create(
    *,
    kind: str,
    certificate_ids: Iterable[int] = (),
    copy_ids: Iterable[int] = (),
    bundle: CertificateBundle | None = None,
    chunk_size: int | None = None,
) -> RenderRun:
    """Split the ids into chunks and queue one task per chunk after commit."""
    size = chunk_size or settings.ADAL_RENDER_CHUNK
    certificate_ids, copy_ids = sorted(certificate_ids), sorted(copy_ids)
    now = timezone.now()
    run = RenderRun.objects.create(
        kind=kind, created_at=now, total=len(certificate_ids) + len(copy_ids), bundle=bundle
    )
    chunks = RenderChunk.objects.bulk_create(
        [
            RenderChunk(run=run, certificate_ids=ids, queued_at=now)
            for ids in _parts(certificate_ids, size)
        ]
        + [RenderChunk(run=run, copy_ids=ids, queued_at=now) for ids in _parts(copy_ids, size)]
    )
    run.chunks_total = len(chunks)
    if not chunks:
        run.finished_at = now
    run.save(update_fields=["chunks_total", "finished_at"])
    for chunk in chunks:
        _send_chunk(chunk.pk)
    if not chunks:
        _queue_follow_up(run)
    return run


def _queue_follow_up(run: RenderRun) -> None:
    if run.bundle_id is not None:
        bundle_id = run.bundle_id
        enqueue_on_commit(
            BUNDLE_TASK, bundle_id, on_failure=lambda: bundle_fail(bundle_id=bundle_id)
        )


def _render_if_needed(
    item: Certificate | CertificateCopy, run: RenderRun, render: Callable[..., object]
) -> bool:
    """Render `item` when this run still owes it a PDF; True when it was rendered."""
    if run.kind == RenderRunKind.REGENERATE:
        if item.rendered_at is not None and item.rendered_at > run.created_at:
            return False  # rendered since the run began: before its worker died, or by another
        render(force=True)
        return True
    lost = bool(item.pdf) and bool(item.sha256) and not item.pdf.storage.exists(item.pdf.name)
    if item.pdf and item.sha256 and not lost:
        return False
    render(force=lost)
    return True


def render_chunk_process(*, chunk_id: int) -> int:
    """Render what a chunk still needs, count the chunk into its run once, and when it is the
    last, complete the run. Returns the number of PDFs rendered now."""
    chunk = RenderChunk.objects.select_related("run").filter(pk=chunk_id).first()
    if chunk is None:
        return 0
    run = chunk.run
    if chunk.done_at is not None:
        if run.is_finished:
            _queue_follow_up(run)  # the worker that finished the run may have died before sending
        return 0
    rendered = failed = 0
    certificates = Certificate.objects.filter(pk__in=chunk.certificate_ids).select_related(
        "template"
    )
    copies = CertificateCopy.objects.filter(pk__in=chunk.copy_ids).select_related(
        "certificate__template"
    )
    items = [
        *((c, lambda c=c, **kw: certificate_render_pdf(certificate=c, **kw)) for c in certificates),
        *((c, lambda c=c, **kw: certificate_copy_render_pdf(copy=c, **kw)) for c in copies),
    ]
    for item, render in items:
        try:
            rendered += _render_if_needed(item, run, render)
        except (OSError, SoftTimeLimitExceeded):
            raise  # storage trouble: the task is retried and skips what is done
        except Exception:
            logger.exception("Run %s: the PDF of %s could not be rendered.", run.pk, item)
            failed += 1
    # Ids whose rows were deleted meanwhile count as done: there is nothing left to render.
    _chunk_complete(chunk=chunk, failed=failed)
    return rendered


def _chunk_complete(*, chunk: RenderChunk, failed: int) -> None:
    now = timezone.now()
    with transaction.atomic():
        if not RenderChunk.objects.filter(pk=chunk.pk, done_at__isnull=True).update(done_at=now):
            return  # counted by another delivery of the same chunk
        # The row lock orders concurrent chunks: exactly one of them sees the last count.
        run = RenderRun.objects.select_for_update().get(pk=chunk.run_id)
        run.done += chunk.size - failed
        run.failed += failed
        run.chunks_done += 1
        if run.chunks_done >= run.chunks_total:
            run.finished_at = now
        run.save(update_fields=["done", "failed", "chunks_done", "finished_at"])
        if run.bundle_id is not None:
            CertificateBundle.objects.filter(pk=run.bundle_id).update(
                done=F("done") + len(chunk.certificate_ids) - failed
            )
        if run.is_finished:
            _queue_follow_up(run)


def render_chunks_resend_stale(*, before: datetime) -> int:
    """Send again the unfinished chunks never sent (the broker was down) or sent before `before`
    (their message may be lost). A chunk delivered twice renders and counts once."""
    now = timezone.now()
    with transaction.atomic():
        stale = list(
            RenderChunk.objects.filter(done_at__isnull=True)
            .filter(Q(queued_at__isnull=True) | Q(queued_at__lt=before))
            .select_for_update(skip_locked=True)
            .values_list("pk", flat=True)
        )
        RenderChunk.objects.filter(pk__in=stale).update(queued_at=now)
        for chunk_id in stale:
            _send_chunk(chunk_id)
    return len(stale)


# --- What is queued --------------------------------------------------------------------------


def certificates_queue_regenerate(
    *, year: int | None = None, organisation_code: str | None = None
) -> RenderRun:
    """Render the PDFs again (after a template or signing key change), spread over the workers:
    the certificates and their copies in chunks."""
    certificates = certificates_for_regenerate(year=year, organisation_code=organisation_code)
    certificate_ids = list(certificates.values_list("pk", flat=True))
    copy_ids = list(
        CertificateCopy.objects.filter(certificate__in=certificates).values_list("pk", flat=True)
    )
    return render_run_create(
        kind=RenderRunKind.REGENERATE, certificate_ids=certificate_ids, copy_ids=copy_ids
    )


def certificates_queue_missing(*, check_files: bool = False) -> RenderRun | None:
    """Queue chunks for every PDF still missing (a lost task or a broker outage loses nothing:
    the periodic task calls this). A PDF queued less than ADAL_RENDER_REQUEUE_MINUTES ago is
    not queued again, so a sweep that runs while chunks wait adds no duplicate work; chunks
    whose message was lost are sent again. With `check_files` (after restoring a database
    without its files), every PDF whose file is gone too, whenever it was queued.
    None when nothing is missing."""
    now = timezone.now()
    cutoff = now - timedelta(minutes=settings.ADAL_RENDER_REQUEUE_MINUTES)
    render_chunks_resend_stale(before=cutoff)
    with transaction.atomic():
        ids = {}
        for model in (Certificate, CertificateCopy):
            if check_files:
                ids[model] = [
                    item.pk
                    for item in model.objects.only("pk", "pdf", "sha256").iterator()
                    if not item.pdf or not item.sha256 or not item.pdf.storage.exists(item.pdf.name)
                ]
            else:
                ids[model] = list(
                    model.objects.filter(MISSING)
                    .filter(Q(render_queued_at__isnull=True) | Q(render_queued_at__lt=cutoff))
                    .select_for_update(skip_locked=True)  # two sweeps at once split, not repeat
                    .values_list("pk", flat=True)
                )
            model.objects.filter(pk__in=ids[model]).update(render_queued_at=now)
        if not ids[Certificate] and not ids[CertificateCopy]:
            return None
        return render_run_create(
            kind=RenderRunKind.MISSING,
            certificate_ids=ids[Certificate],
            copy_ids=ids[CertificateCopy],
        )


# --- Bulk downloads ----------------------------------------------------------------------------


def _bundle_manifest_row(certificate: Certificate) -> list[str]:
    return [
        certificate.serial,
        certificate.holder_name,
        certificate.organisation_name,
        certificate.course_title,
        str(certificate.get_status_display()),
        certificate.issued_on.isoformat(),
        certificate.valid_until.isoformat(),
        certificate.sha256,
    ]


def bundle_build(*, bundle: CertificateBundle) -> CertificateBundle:
    """One step of a ZIP download; the task runs it at the request and again when the chunks
    rendering its missing PDFs are done. While PDFs are missing, queue chunks for them (the
    page's done/total moves as chunks finish); once none is, write the ZIP from the stored
    files only (no rendering: ~10,000 files take seconds) and publish it. Safe to run again
    after a crash: a half-written archive is never published."""
    if bundle.status in (BundleStatus.READY, BundleStatus.EXPIRED):
        return bundle
    runs = bundle.render_runs.all()
    latest = runs.order_by("-created_at", "-pk").first()
    if latest is not None and not latest.is_finished:
        # Delivered again while its chunks are out; the worker that created them may have
        # died before sending them, so send the unfinished ones again (each counts once).
        for chunk_id in latest.chunks.filter(done_at__isnull=True).values_list("pk", flat=True):
            _send_chunk(chunk_id)
        return bundle
    certificates = certificates_for_bundle(unit=bundle.unit, year=bundle.year)
    total = certificates.count()
    missing_ids = list(certificates.filter(MISSING).values_list("pk", flat=True))
    if missing_ids:
        if latest is not None and (latest.failed or runs.count() >= BUNDLE_RENDER_ROUNDS):
            raise BundleIncomplete(f"bundle {bundle.pk}: {len(missing_ids)} PDFs not rendered")
        with transaction.atomic():
            CertificateBundle.objects.filter(pk=bundle.pk).update(
                status=BundleStatus.RUNNING, total=total, done=total - len(missing_ids)
            )
            render_run_create(kind=RenderRunKind.BUNDLE, certificate_ids=missing_ids, bundle=bundle)
        bundle.refresh_from_db()
        return bundle
    CertificateBundle.objects.filter(pk=bundle.pk).update(
        status=BundleStatus.RUNNING, total=total, done=total
    )
    name, size = _bundle_write(bundle, certificates)
    now = timezone.now()
    CertificateBundle.objects.filter(pk=bundle.pk).update(
        status=BundleStatus.READY,
        done=total,
        total=total,
        file=name,
        size=size,
        finished_at=now,
        expires_at=now + timedelta(hours=settings.ADAL_BUNDLE_HOURS),
    )
    bundle.refresh_from_db()
    return bundle


def _bundle_write(bundle: CertificateBundle, certificates) -> tuple[str, int]:
    """Stream the stored PDFs and a manifest into a ZIP; returns its name in storage and size."""
    storage = bundle.file.storage
    name = f"bundles/{bundle.year}-{bundle.unit.code}-{bundle.pk}-{secrets.token_hex(8)}.zip"
    manifest = io.StringIO()
    writer = csv.writer(manifest)
    writer.writerow(
        ["serial", "holder", "organisation", "course", "status", "issued", "valid_until", "sha256"]
    )
    with tempfile.NamedTemporaryFile(suffix=".zip") as temporary:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_STORED) as archive:
            for certificate in certificates.iterator(chunk_size=500):
                with (
                    certificate.pdf.open("rb") as source,
                    archive.open(f"{certificate.serial}.pdf", "w") as target,
                ):
                    shutil.copyfileobj(source, target, 1 << 20)
                writer.writerow([safe_cell(v) for v in _bundle_manifest_row(certificate)])
            archive.writestr("manifest.csv", "\ufeff" + manifest.getvalue())
        temporary.flush()
        temporary.seek(0)
        name = storage.save(name, File(temporary))
        return name, storage.size(name)
