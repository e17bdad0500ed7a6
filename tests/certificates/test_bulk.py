"""Bulk rendering in chunks (certificates.bulk), with tasks run in-process: how ids are split,
that a chunk delivered again renders and counts nothing twice, progress, the sweep's guard
against queueing the same work twice, and a download built through chunks."""

import csv
import datetime
import hashlib
import io
import zipfile

import pytest
from django.urls import reverse

from certificates.bulk import (
    BundleIncomplete,
    bundle_build,
    certificates_queue_missing,
    certificates_queue_regenerate,
    render_chunk_process,
    render_run_create,
)
from certificates.models import (
    BundleStatus,
    Certificate,
    CertificateBundle,
    RenderChunk,
    RenderRun,
    RenderRunKind,
)
from certificates.services import (
    assignment_complete,
    certificate_copy_request,
    certificate_render_pdf,
)
from certificates.tasks import build_certificate_bundle
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

pytestmark = pytest.mark.django_db


def issue(count, course, unit=None):
    """`count` certificates without PDFs (their after-commit renders never run here)."""
    cycle = TrainingCycleFactory()
    certificates = []
    for _ in range(count):
        profile = ServantProfileFactory(**({"unit": unit} if unit else {}))
        assignment = AssignmentFactory(servant=profile.user, cycle=cycle, course=course)
        certificates.append(assignment_complete(assignment=assignment))
    return certificates


def files_of(certificate):
    storage = certificate.pdf.storage
    folder = certificate.pdf.name.rsplit("/", 1)[0]
    return storage.listdir(folder)[1]


def test_a_run_splits_certificates_and_copies_into_chunks_and_counts_them_done(
    course, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_RENDER_CHUNK = 3
    certificates = issue(7, course)
    copy = certificate_copy_request(certificate=certificates[0], language="kk", by=None)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        run = certificates_queue_missing()
    assert len(callbacks) == 4  # one task per chunk: 3 + 3 + 1 certificates, 1 copy
    chunks = list(run.chunks.order_by("pk"))
    assert [len(c.certificate_ids) for c in chunks] == [3, 3, 1, 0]
    assert chunks[-1].copy_ids == [copy.pk]
    assert sorted(sum((c.certificate_ids for c in chunks), [])) == sorted(
        c.pk for c in certificates
    )
    run.refresh_from_db()
    assert (run.total, run.done, run.failed, run.chunks_total, run.chunks_done) == (8, 8, 0, 4, 4)
    assert run.is_finished
    for certificate in Certificate.objects.all():
        assert certificate.sha256 and files_of(certificate) == [certificate.pdf.name.split("/")[-1]]
    copy.refresh_from_db()
    assert copy.sha256


def test_a_chunk_delivered_again_renders_and_counts_nothing_twice(course, settings):
    settings.ADAL_RENDER_CHUNK = 2
    certificates = issue(4, course)
    for certificate in certificates:
        certificate_render_pdf(certificate=certificate)
    # Queued inside the test transaction: nothing runs until the chunks are processed below.
    run = certificates_queue_regenerate()
    first, second = run.chunks.order_by("pk")

    # A worker renders the first certificate of the first chunk, then dies before finishing it.
    died_on = Certificate.objects.get(pk=first.certificate_ids[0])
    certificate_render_pdf(certificate=died_on, force=True)
    died_on.refresh_from_db()
    rendered_before_death = (died_on.sha256, died_on.rendered_at)

    # The chunk is delivered again: only what this run has not rendered yet is rendered.
    assert render_chunk_process(chunk_id=first.pk) == 1
    died_on.refresh_from_db()
    assert (died_on.sha256, died_on.rendered_at) == rendered_before_death
    run.refresh_from_db()
    assert (run.done, run.chunks_done, run.is_finished) == (2, 1, False)

    # Delivered once more after it was counted (its worker died before acknowledging).
    assert render_chunk_process(chunk_id=first.pk) == 0
    run.refresh_from_db()
    assert (run.done, run.chunks_done) == (2, 1)

    assert render_chunk_process(chunk_id=second.pk) == 2
    run.refresh_from_db()
    assert (run.done, run.total, run.chunks_done, run.is_finished) == (4, 4, 2, True)
    for certificate in Certificate.objects.all():
        assert certificate.rendered_at > run.created_at
        assert files_of(certificate) == [certificate.pdf.name.split("/")[-1]]
        data = certificate.pdf.storage.open(certificate.pdf.name).read()
        assert hashlib.sha256(data).hexdigest() == certificate.sha256


def test_a_certificate_that_cannot_be_rendered_is_counted_failed_and_the_run_ends(
    course, monkeypatch
):
    certificates = issue(3, course)
    run = render_run_create(
        kind=RenderRunKind.MISSING, certificate_ids=[c.pk for c in certificates], chunk_size=5
    )
    broken = certificates[1].pk
    real_render = certificate_render_pdf

    def render(*, certificate, force=False):
        if certificate.pk == broken:
            raise ValueError("a template that does not render")
        return real_render(certificate=certificate, force=force)

    monkeypatch.setattr("certificates.bulk.certificate_render_pdf", render)
    assert render_chunk_process(chunk_id=run.chunks.get().pk) == 2
    run.refresh_from_db()
    assert (run.done, run.failed, run.is_finished) == (2, 1, True)


def test_the_sweep_does_not_queue_the_same_pdfs_again_while_their_chunks_wait(
    course, frozen_time, django_capture_on_commit_callbacks
):
    issue(2, course)
    with django_capture_on_commit_callbacks() as sent:  # queued, never run: chunks wait
        first = certificates_queue_missing()
        assert certificates_queue_missing() is None  # the same PDFs: not queued twice
        frozen_time.shift(datetime.timedelta(minutes=30))
        assert certificates_queue_missing() is None
    assert len(sent) == 1
    assert first.total == 2

    # An hour on, still not rendered: queued again, and the waiting chunk is sent again too.
    frozen_time.shift(datetime.timedelta(minutes=31))
    with django_capture_on_commit_callbacks(execute=True) as sent:
        again = certificates_queue_missing()
    assert again.total == 2 and len(sent) == 2
    first.refresh_from_db()
    again.refresh_from_db()
    assert (first.done, again.done) == (2, 2)  # whichever came first rendered; both are counted
    assert all(c.sha256 for c in Certificate.objects.all())
    assert certificates_queue_missing() is None


def test_a_chunk_whose_message_was_lost_is_sent_again_by_the_sweep(
    course, frozen_time, django_capture_on_commit_callbacks
):
    issue(1, course)
    run = certificates_queue_missing()
    RenderChunk.objects.filter(run=run).update(queued_at=None)  # the broker was down
    with django_capture_on_commit_callbacks(execute=True) as sent:
        assert certificates_queue_missing() is None
    assert len(sent) == 1
    run.refresh_from_db()
    assert run.is_finished and run.done == 1


def test_a_download_renders_missing_pdfs_in_chunks_then_writes_the_zip(
    client, hr, tree, course, settings, django_capture_on_commit_callbacks
):
    settings.ADAL_RENDER_CHUNK = 4
    rendered = issue(3, course, unit=tree["dept"])
    for certificate in rendered:
        certificate_render_pdf(certificate=certificate)
    missing = issue(9, course, unit=tree["team"])
    bundle = CertificateBundle.objects.create(
        requested_by=hr, unit=tree["dept"], year=rendered[0].assignment.cycle.year
    )

    with django_capture_on_commit_callbacks() as chunks:
        bundle = bundle_build(bundle=bundle)
    run = RenderRun.objects.get(bundle=bundle)
    assert (run.kind, run.total, run.chunks_total) == (RenderRunKind.BUNDLE, 9, 3)
    assert len(chunks) == 3
    assert (bundle.status, bundle.total, bundle.done) == (BundleStatus.RUNNING, 12, 3)
    page = client.get(reverse("hr:bundle", args=[bundle.pk])).content.decode()
    assert "3 of 12 certificates" in page

    # The first chunk finishes: progress moves; the ZIP waits for the others.
    with django_capture_on_commit_callbacks() as follow_up:
        chunks[0]()
    assert not follow_up
    bundle.refresh_from_db()
    assert (bundle.status, bundle.done) == (BundleStatus.RUNNING, 7)
    assert (
        "7 of 12 certificates"
        in client.get(reverse("hr:bundle", args=[bundle.pk])).content.decode()
    )

    # The last chunk to finish queues the writing of the ZIP, which renders nothing.
    with django_capture_on_commit_callbacks(execute=True) as follow_up:
        chunks[2]()
        chunks[1]()
    assert len(follow_up) == 1
    bundle.refresh_from_db()
    assert (bundle.status, bundle.done, bundle.total) == (BundleStatus.READY, 12, 12)
    archive = zipfile.ZipFile(bundle.file.open("rb"))
    everyone = sorted(rendered + missing, key=lambda c: c.serial)
    assert archive.namelist() == [f"{c.serial}.pdf" for c in everyone] + ["manifest.csv"]
    for certificate in everyone:
        certificate.refresh_from_db()
        data = archive.read(f"{certificate.serial}.pdf")
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
    manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    assert [row["sha256"] for row in manifest] == [c.sha256 for c in everyone]


def test_a_download_whose_pdfs_cannot_be_rendered_fails_instead_of_leaving_them_out(
    hr, tree, course, monkeypatch, django_capture_on_commit_callbacks
):
    certificates = issue(2, course, unit=tree["dept"])
    bundle = CertificateBundle.objects.create(
        requested_by=hr, unit=tree["dept"], year=certificates[0].assignment.cycle.year
    )

    def broken(**kwargs):
        raise ValueError("a template that does not render")

    monkeypatch.setattr("certificates.bulk.certificate_render_pdf", broken)
    with (
        pytest.raises(BundleIncomplete),
        django_capture_on_commit_callbacks(execute=True),
    ):
        build_certificate_bundle.delay(bundle.pk)
    bundle.refresh_from_db()
    assert bundle.status == BundleStatus.FAILED
    assert RenderRun.objects.get(bundle=bundle).failed == 2
