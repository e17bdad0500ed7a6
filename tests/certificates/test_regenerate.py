import io

import pytest
from django.core.management import call_command

from certificates.models import Certificate
from certificates.services import assignment_complete
from certificates.tasks import render_missing_certificates
from tests.clock import YEAR

pytestmark = pytest.mark.django_db


def test_periodic_task_renders_certificates_left_without_a_pdf(assignment):
    # Inside the test transaction the after-commit render never runs: as if the broker was down.
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get()
    assert not certificate.pdf
    assert render_missing_certificates.delay().get() == 1
    certificate.refresh_from_db()
    assert certificate.pdf and len(certificate.sha256) == 64
    assert render_missing_certificates.delay().get() == 0


def test_regenerate_command_renders_again_by_year(assignment):
    assignment_complete(assignment=assignment)
    out = io.StringIO()
    call_command("regenerate_certificates", "--year", str(YEAR), stdout=out)
    assert "1 certificates rendered" in out.getvalue()
    call_command("regenerate_certificates", "--year", "2020", stdout=out)
    assert "0 certificates rendered" in out.getvalue()
    assert Certificate.objects.get().sha256


def test_after_a_restore_without_files_missing_pdfs_are_rendered_again(assignment):
    from certificates.services import certificate_render_pdf

    assignment_complete(assignment=assignment)
    certificate = certificate_render_pdf(certificate=Certificate.objects.get())
    certificate.pdf.storage.delete(certificate.pdf.name)  # the database came back, the file not
    out = io.StringIO()
    call_command("regenerate_certificates", "--missing", stdout=out)
    assert "1 certificates rendered" in out.getvalue()
    certificate.refresh_from_db()
    assert certificate.pdf.storage.exists(certificate.pdf.name)
    call_command("regenerate_certificates", "--missing", stdout=out)
    assert "0 certificates rendered" in out.getvalue()
