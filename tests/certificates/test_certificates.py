import datetime
import hashlib
import io
import pathlib
import subprocess

import pytest
from pypdf import PdfReader

from certificates.models import Certificate, CertificateCopy
from certificates.services import certificate_issue, certificate_render_pdf, certificate_revoke
from lms.models import HRScope
from tests.clock import YEAR
from tests.factories import ServantProfileFactory, UserFactory, make_unit

pytestmark = pytest.mark.django_db


def pdf_text(certificate: Certificate) -> str:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_completion_issues_a_certificate_with_a_rendered_pdf(assignment, complete):
    certificate = complete(assignment)
    certificate.refresh_from_db()
    assert certificate.pdf.name.startswith(f"{YEAR}/{certificate.serial}/")
    assert len(certificate.sha256) == 64
    text = pdf_text(certificate)
    assert assignment.servant.get_full_name() in text
    assert certificate.serial in text
    assert "Anti-corruption standards" in " ".join(text.split())  # it may wrap
    assert "Test Agency" in text
    reader = PdfReader(certificate.pdf.path)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # landscape


def test_qr_code_on_the_pdf_opens_the_verification_page(assignment, complete, tmp_path):
    certificate = complete(assignment)
    certificate.refresh_from_db()
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", certificate.pdf.path, str(tmp_path / "page")], check=True
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page-1.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"http://127.0.0.1:8000/verify/{certificate.code}/"


def test_certificate_in_kazakh_keeps_kazakh_letters(servant, course, locales, complete):
    from tests.factories import AssignmentFactory, TrainingCycleFactory

    servant.preferred_language = "kk"
    servant.last_name, servant.first_name = "Әбілқайырұлы", "Ғалымжан"
    servant.save()
    assignment = AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)
    certificate = complete(assignment)
    text = pdf_text(certificate)
    assert "Әбілқайырұлы Ғалымжан" in text
    assert "Сынақ агенттігі" in text  # organisation name in Kazakh
    assert certificate.language == "kk"


def test_serials_count_up_within_a_year(assignment, course, complete):
    from tests.factories import AssignmentFactory

    first = complete(assignment)
    other = AssignmentFactory(
        servant=ServantProfileFactory().user, cycle=assignment.cycle, course=course
    )
    second = complete(other)
    assert (first.serial, second.serial) == (f"AC-{YEAR}-000001", f"AC-{YEAR}-000002")
    assert first.code != second.code


def test_issuing_twice_returns_the_same_certificate(assignment, complete):
    first = complete(assignment)
    assert certificate_issue(assignment=assignment) == first
    assert Certificate.objects.count() == 1


def test_rendering_twice_keeps_one_file_with_the_same_hash(assignment, complete):
    certificate = complete(assignment)
    certificate_render_pdf(certificate=certificate)
    digest = certificate.sha256
    certificate_render_pdf(certificate=certificate)
    certificate.refresh_from_db()
    assert certificate.sha256 == digest


class TestVerification:
    def test_anonymous_sees_a_valid_certificate(self, client, assignment, complete):
        certificate = complete(assignment)
        response = client.get(f"/verify/{certificate.code}/")
        body = response.content.decode()
        assert response.status_code == 200
        assert 'data-status="valid"' in body
        assert certificate.holder_name in body
        assert assignment.servant.iin not in body

    def test_json_endpoint_matches_the_contract(self, client, assignment, complete):
        certificate = complete(assignment)
        data = client.get(f"/api/v1/certificates/verify/{certificate.code}").json()
        assert data["status"] == "valid"
        assert data["serial"] == certificate.serial
        assert data["holder"] == certificate.holder_name
        assert data["course"] == "Anti-corruption standards"
        assert data["issued_at"] == certificate.issued_at.date().isoformat()
        assert data["valid_until"] == certificate.valid_until.isoformat()
        assert "iin" not in data

    def test_unknown_code_is_404_on_page_and_api(self, client, db):
        assert client.get("/verify/no-such-code/").status_code == 404
        assert client.get("/api/v1/certificates/verify/no-such-code").status_code == 404

    def test_expired_and_revoked_show_as_such(self, client, assignment, complete):
        certificate = complete(assignment)
        Certificate.objects.filter(pk=certificate.pk).update(valid_until=datetime.date(2020, 1, 1))
        assert (
            client.get(f"/api/v1/certificates/verify/{certificate.code}").json()["status"]
            == "expired"
        )
        certificate_revoke(certificate=certificate, by=None, reason="test")
        assert (
            client.get(f"/api/v1/certificates/verify/{certificate.code}").json()["status"]
            == "revoked"
        )
        assert "has been revoked" in client.get(f"/verify/{certificate.code}/").content.decode()

    def test_code_form_redirects_to_the_result(self, client, assignment, complete):
        certificate = complete(assignment)
        response = client.get("/verify/", {"code": certificate.code})
        assert response["Location"] == f"/verify/{certificate.code}/"


class TestDownload:
    def test_holder_downloads_the_pdf(self, client, assignment, complete):
        certificate = complete(assignment)
        client.force_login(assignment.servant)
        response = client.get(f"/certificates/{certificate.serial}.pdf")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/pdf"
        assert b"".join(response.streaming_content).startswith(b"%PDF")

    def test_anonymous_is_sent_to_sign_in(self, client, assignment, complete):
        certificate = complete(assignment)
        response = client.get(f"/certificates/{certificate.serial}.pdf")
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/")

    def test_another_servant_gets_404(self, client, assignment, complete):
        certificate = complete(assignment)
        client.force_login(ServantProfileFactory().user)
        assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 404

    def test_hr_in_scope_may_download_and_hr_outside_may_not(self, client, assignment, complete):
        certificate = complete(assignment)
        hr_inside = UserFactory()
        HRScope.objects.create(user=hr_inside, unit=assignment.servant.servant_profile.unit)
        hr_outside = UserFactory()
        HRScope.objects.create(user=hr_outside, unit=make_unit("elsewhere"))
        client.force_login(hr_inside)
        assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 200
        client.force_login(hr_outside)
        assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 404


def test_a_render_clears_what_an_interrupted_one_left_behind(assignment, complete):
    certificate = complete(assignment)
    certificate.refresh_from_db()
    folder = pathlib.Path(certificate.pdf.path).parent
    (folder / ".0123abcd.part").write_bytes(b"%PDF-1.7 half a file")
    (folder / "0123456789abcdef.pdf").write_bytes(b"%PDF-1.7 an older render")

    certificate_render_pdf(certificate=certificate, force=True)

    certificate.refresh_from_db()
    assert [p.name for p in folder.iterdir()] == [pathlib.Path(certificate.pdf.name).name]
    assert hashlib.sha256(certificate.pdf.open("rb").read()).hexdigest() == certificate.sha256


class TestRevokedFile:
    """A revoked certificate's file is no longer handed to its holder; HR in scope and
    superusers still download the issued file for their records."""

    def _revoked(self, assignment, complete, **kwargs) -> Certificate:
        certificate = complete(assignment)
        certificate_revoke(certificate=certificate, by=None, reason="Wrong person", **kwargs)
        certificate.refresh_from_db()
        return certificate

    def test_holder_gets_a_page_saying_why(self, client, assignment, complete):
        certificate = self._revoked(assignment, complete)
        client.force_login(assignment.servant)
        response = client.get(f"/certificates/{certificate.serial}.pdf")
        assert response.status_code == 410
        assert response["Content-Type"].startswith("text/html")
        page = response.content.decode()
        assert f"was revoked on {certificate.revoked_on:%d.%m.%Y}" in page
        assert "Withdrawn by the organisation" in page
        assert "Wrong person" in page
        assert "HR officer" in page
        assert b"%PDF" not in response.content

    def test_holder_told_to_pass_again_when_training_reopened(self, client, assignment, complete):
        certificate = self._revoked(assignment, complete, category="integrity")
        client.force_login(assignment.servant)
        response = client.get(f"/certificates/{certificate.serial}.pdf")
        assert response.status_code == 410
        assert "pass the final test again" in response.content.decode()

    def test_holder_gets_no_language_copy_either(self, client, assignment, complete):
        certificate = complete(assignment)
        CertificateCopy.objects.create(
            certificate=certificate,
            language="ru",
            course_title="Курс",
            requested_at=certificate.issued_at,
            pdf=certificate.pdf.name,
            sha256=certificate.sha256,
        )
        client.force_login(assignment.servant)
        assert client.get(f"/certificates/{certificate.serial}/ru.pdf").status_code == 200
        certificate_revoke(certificate=certificate, by=None, reason="test")
        assert client.get(f"/certificates/{certificate.serial}/ru.pdf").status_code == 410

    def test_hr_in_scope_and_superuser_still_download_it(self, client, assignment, complete):
        certificate = self._revoked(assignment, complete)
        hr_inside = UserFactory()
        HRScope.objects.create(user=hr_inside, unit=assignment.servant.servant_profile.unit)
        hr_outside = UserFactory()
        HRScope.objects.create(user=hr_outside, unit=make_unit("elsewhere"))
        for user in (hr_inside, UserFactory(is_superuser=True)):
            client.force_login(user)
            response = client.get(f"/certificates/{certificate.serial}.pdf")
            assert response.status_code == 200
            assert b"".join(response.streaming_content).startswith(b"%PDF")
        client.force_login(hr_outside)
        assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 404

    def test_holders_pages_do_not_link_the_file(self, client, assignment, complete):
        certificate = complete(assignment)
        pdf_link = f'href="/certificates/{certificate.serial}.pdf"'
        client.force_login(assignment.servant)
        assert pdf_link in client.get("/learn/").content.decode()
        detail = client.get(f"/certificates/{certificate.serial}/").content.decode()
        assert "Download PDF" in detail
        certificate_revoke(certificate=certificate, by=None, reason="test")
        dashboard = client.get("/learn/").content.decode()
        assert pdf_link not in dashboard
        assert "Why it was revoked" in dashboard
        detail = client.get(f"/certificates/{certificate.serial}/").content.decode()
        assert "Download PDF" not in detail
        assert "Get a copy in" not in detail
        assert "Why the file is no longer offered" in detail

    def test_json_carries_the_revocation(self, client, assignment, complete):
        certificate = complete(assignment)
        url = f"/api/v1/certificates/verify/{certificate.code}"
        data = client.get(url).json()
        assert data["revoked_at"] is None
        assert data["revocation_category"] is None
        certificate_revoke(certificate=certificate, by=None, reason="test", category="error")
        certificate.refresh_from_db()
        data = client.get(url).json()
        assert data["status"] == "revoked"
        assert data["revoked_at"] == certificate.revoked_on.isoformat()
        assert data["revocation_category"] == "error"
        assert "test" not in data.values()  # the free-text reason stays private
