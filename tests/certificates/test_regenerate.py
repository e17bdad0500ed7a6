import io

import pytest
from django.core.management import call_command

from certificates.models import Certificate, RenderRun, RenderRunKind
from certificates.services import assignment_complete, certificate_render_pdf
from certificates.tasks import render_missing_certificates
from tests.clock import YEAR

pytestmark = pytest.mark.django_db


def test_periodic_task_renders_certificates_left_without_a_pdf(
    assignment, django_capture_on_commit_callbacks
):
    # Inside the test transaction the after-commit render never runs: as if the broker was down.
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get()
    assert not certificate.pdf
    with django_capture_on_commit_callbacks(execute=True):  # the chunks it queues run here
        assert render_missing_certificates.delay().get() == 1
    certificate.refresh_from_db()
    assert certificate.pdf and len(certificate.sha256) == 64
    run = RenderRun.objects.get()
    assert (run.kind, run.total, run.done, run.chunks_done) == (RenderRunKind.MISSING, 1, 1, 1)
    assert run.is_finished
    assert render_missing_certificates.delay().get() == 0


def test_regenerate_command_queues_chunks_and_reports_the_run(
    assignment, complete, django_capture_on_commit_callbacks
):
    certificate = complete(assignment)
    first_render = certificate.rendered_at
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("regenerate_certificates", "--year", str(YEAR), stdout=out)
    run = RenderRun.objects.get()
    assert f"Run {run.pk}: 1 PDFs queued in 1 chunks" in out.getvalue()
    assert f"regenerate_certificates --status {run.pk}" in out.getvalue()
    certificate.refresh_from_db()
    assert certificate.rendered_at > first_render  # rendered again, by the chunk
    assert (run.kind, run.done, run.total) == (RenderRunKind.REGENERATE, 1, 1)
    assert run.is_finished

    call_command("regenerate_certificates", "--status", str(run.pk), stdout=out)
    assert f"Run {run.pk}: 1 of 1 PDFs rendered; finished" in out.getvalue()

    call_command("regenerate_certificates", "--year", "2020", stdout=out)
    assert "0 PDFs queued in 0 chunks" in out.getvalue()
    assert "0 of 0 PDFs rendered; finished" in out.getvalue()


def test_regenerate_command_can_render_in_its_own_process(assignment):
    assignment_complete(assignment=assignment)
    out = io.StringIO()
    call_command("regenerate_certificates", "--year", str(YEAR), "--sync", stdout=out)
    assert "1 certificates rendered" in out.getvalue()
    assert Certificate.objects.get().sha256
    assert not RenderRun.objects.exists()


def test_after_a_restore_without_files_missing_pdfs_are_rendered_again(
    assignment, django_capture_on_commit_callbacks
):
    assignment_complete(assignment=assignment)
    certificate = certificate_render_pdf(certificate=Certificate.objects.get())
    certificate.pdf.storage.delete(certificate.pdf.name)  # the database came back, the file not
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("regenerate_certificates", "--missing", stdout=out)
    assert "1 PDFs queued in 1 chunks" in out.getvalue()
    certificate.refresh_from_db()
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    call_command("regenerate_certificates", "--missing", stdout=out)
    assert "0 certificates rendered: none is missing" in out.getvalue()


def test_the_status_of_a_run_still_in_progress_counts_chunks(
    assignment, django_capture_on_commit_callbacks
):
    from django.core.management.base import CommandError

    from certificates.bulk import certificates_queue_regenerate

    assignment_complete(assignment=assignment)
    with django_capture_on_commit_callbacks():  # queued, not yet taken by a worker
        run = certificates_queue_regenerate()
    out = io.StringIO()
    call_command("regenerate_certificates", "--status", str(run.pk), stdout=out)
    assert f"Run {run.pk}: 0 of 1 PDFs rendered (0 of 1 chunks); in progress." in out.getvalue()
    with pytest.raises(CommandError, match="No run"):
        call_command("regenerate_certificates", "--status", str(run.pk + 1))
