import hashlib
import io
import subprocess

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader
from weasyprint import HTML

from certificates.models import Certificate
from certificates.services import certificate_revoke
from certificates.signing import configured_trust_root, ensure_demo_signing_key

pytestmark = pytest.mark.django_db


@pytest.fixture
def no_signing_key(settings):
    settings.CERTIFICATE_SIGNING_KEY = ""
    settings.CERTIFICATE_SIGNING_CERT = ""


def pdf_bytes(certificate: Certificate) -> bytes:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def upload(client, data: bytes, name: str = "certificate.pdf"):
    return client.post(
        "/verify/", {"pdf": SimpleUploadedFile(name, data, content_type="application/pdf")}
    )


def test_pdf_is_tagged_with_title_and_the_holders_language(
    no_signing_key, servant, assignment, complete, tmp_path
):
    servant.preferred_language = "ru"
    servant.save()
    certificate = complete(assignment)
    reader = PdfReader(io.BytesIO(pdf_bytes(certificate)))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == "ru" == certificate.language
    assert catalog["/MarkInfo"]["/Marked"]
    assert reader.metadata.title == f"Сертификат {certificate.serial}"
    assert certificate.holder_name in reader.pages[0].extract_text()  # text, not outlines
    assert b"pdfuaid:part" in catalog["/Metadata"].get_object().get_data()


def test_qr_code_has_a_text_alternative(no_signing_key, assignment, complete):
    reader = PdfReader(io.BytesIO(pdf_bytes(complete(assignment))))

    def figures(node):
        node = node.get_object()
        if node.get("/S") == "/Figure":
            yield node
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            if hasattr(kid, "get_object") and hasattr(kid.get_object(), "get"):
                yield from figures(kid)

    (qr,) = figures(reader.trailer["/Root"]["/StructTreeRoot"])
    assert qr["/Alt"] == "QR code linking to the verification page"


def test_without_a_key_the_pdf_renders_unsigned_and_a_warning_is_logged(
    no_signing_key, assignment, complete, caplog, tmp_path
):
    certificate = complete(assignment)
    data = pdf_bytes(certificate)
    assert data.startswith(b"%PDF")
    assert PdfFileReader(io.BytesIO(data)).embedded_signatures == []
    assert f"Certificate {certificate.serial} is not signed" in caplog.text
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_issued_pdf_carries_a_signature_covering_the_whole_file(
    signing_key, assignment, complete, tmp_path
):
    certificate = complete(assignment)
    data = pdf_bytes(certificate)
    (signature,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
    status = validate_pdf_signature(
        signature, ValidationContext(trust_roots=[configured_trust_root()])
    )
    assert status.intact and status.valid and status.trusted
    assert status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert status.signing_cert.subject.native["common_name"] == "Adal demo signing certificate"
    # The stored hash is of the signed file, and signing keeps the PDF accessible and printable.
    assert certificate.sha256 == hashlib.sha256(data).hexdigest()
    catalog = PdfReader(io.BytesIO(data)).trailer["/Root"]
    assert "/StructTreeRoot" in catalog and catalog["/Lang"] == certificate.language
    path = tmp_path / "signed.pdf"
    path.write_bytes(data)
    subprocess.run(["pdftoppm", "-png", "-r", "30", str(path), str(tmp_path / "page")], check=True)
    assert (tmp_path / "page-1.png").stat().st_size > 0


def test_signatures_after_the_first_are_filled_in_from_its_container_and_all_are_sound(
    signing_key, db
):
    """From the second signature on, the container is the first one's bytes with the new
    digest and signature: each file still validates on its own, and a changed byte breaks it."""
    from certificates import signing

    pdf = HTML(string="<p>Adal</p>").write_pdf()
    signed = [signing.sign_pdf(pdf, reason=f"Certificate {n}") for n in range(3)]
    signer = signing.configured_signer()
    assert ("sha256", False) in signer._containers  # the template exists: later ones used it
    containers = []
    for data in signed:
        assert signing.signature_check(data).sound
        (signature,) = PdfFileReader(io.BytesIO(data)).embedded_signatures
        containers.append(signature.pkcs7_content)
        assert signature.sig_object["/Reason"] in {f"Certificate {n}" for n in range(3)}
    assert len(set(containers)) == 3  # each its own digest and signature
    assert {len(container) for container in containers} == {len(containers[0])}
    altered = bytearray(signed[2])
    at = altered.index(b"Adal")
    altered[at] = ord("B")
    assert not signing.signature_check(bytes(altered)).sound


def test_demo_key_is_made_once_and_then_reused(tmp_path):
    first = ensure_demo_signing_key(tmp_path)
    key_bytes = first[0].read_bytes()
    assert ensure_demo_signing_key(tmp_path) == first
    assert first[0].read_bytes() == key_bytes


class TestUploadCheck:
    def test_original_file_is_genuine(self, signing_key, client, assignment, complete):
        certificate = complete(assignment)
        response = upload(client, pdf_bytes(certificate))
        body = response.content.decode()
        assert response.status_code == 200
        assert 'data-result="genuine"' in body
        assert 'data-status="valid"' in body
        assert certificate.holder_name in body
        assert certificate.serial in body
        assert f'href="/verify/{certificate.code}/"' in body

    def test_revoked_certificate_is_genuine_but_shown_revoked(
        self, signing_key, client, assignment, complete
    ):
        certificate = complete(assignment)
        certificate_revoke(certificate=certificate, by=None, reason="test")
        body = upload(client, pdf_bytes(certificate)).content.decode()
        assert 'data-result="genuine"' in body
        assert 'data-status="revoked"' in body
        assert "has been revoked" in body

    @pytest.mark.parametrize("where", [0.05, 0.5, 0.999])
    def test_file_with_one_byte_changed_is_altered(
        self, signing_key, client, assignment, complete, where
    ):
        certificate = complete(assignment)
        data = bytearray(pdf_bytes(certificate))
        data[int(len(data) * where)] ^= 0x01
        body = upload(client, bytes(data)).content.decode()
        assert 'data-result="altered"' in body
        assert 'data-result="genuine"' not in body
        assert certificate.holder_name not in body
        assert "has been changed after it was issued" in body

    def test_file_on_record_whose_signature_is_broken_is_altered(
        self, signing_key, client, assignment, complete
    ):
        """Someone who can rewrite the stored hash still cannot forge the signature."""
        certificate = complete(assignment)
        data = bytearray(pdf_bytes(certificate))
        # A harmless edit that keeps the file readable: the producer named in the signed update.
        data[data.index(b"(WeasyPrint") + 1] = ord("V")
        Certificate.objects.filter(pk=certificate.pk).update(
            sha256=hashlib.sha256(data).hexdigest()
        )
        body = upload(client, bytes(data)).content.decode()
        assert 'data-result="altered"' in body
        assert 'data-problem="bad_signature"' in body

    def test_file_signed_by_another_key_is_altered(
        self, signing_key, settings, client, assignment, complete, tmp_path
    ):
        certificate = complete(assignment)
        _, other_cert = ensure_demo_signing_key(tmp_path / "other")
        settings.CERTIFICATE_SIGNING_CERT = str(other_cert)
        body = upload(client, pdf_bytes(certificate)).content.decode()
        assert 'data-problem="bad_signature"' in body

    def test_after_a_key_rotation_earlier_pdfs_stay_genuine_and_new_ones_use_the_new_key(
        self, signing_key, settings, client, assignment, complete, course, tmp_path
    ):
        from tests.factories import AssignmentFactory, ServantProfileFactory

        before = pdf_bytes(complete(assignment))
        old_cert = settings.CERTIFICATE_SIGNING_CERT
        new_key, new_cert = ensure_demo_signing_key(tmp_path / "new")
        settings.CERTIFICATE_SIGNING_KEY, settings.CERTIFICATE_SIGNING_CERT = (
            str(new_key), str(new_cert)
        )  # fmt: skip
        assert 'data-problem="bad_signature"' in upload(client, before).content.decode()

        settings.CERTIFICATE_EARLIER_CERTS = [old_cert]
        assert 'data-result="genuine"' in upload(client, before).content.decode()
        other = AssignmentFactory(
            servant=ServantProfileFactory().user, cycle=assignment.cycle, course=course
        )
        after = pdf_bytes(complete(other))
        assert 'data-result="genuine"' in upload(client, after).content.decode()
        settings.CERTIFICATE_EARLIER_CERTS = []
        settings.CERTIFICATE_SIGNING_CERT = old_cert  # the old certificate alone: not trusted
        assert 'data-problem="bad_signature"' in upload(client, after).content.decode()

    def test_unsigned_file_on_record_is_not_reported_genuine(
        self, settings, demo_key_pair, client, assignment, complete
    ):
        settings.CERTIFICATE_SIGNING_KEY = settings.CERTIFICATE_SIGNING_CERT = ""
        certificate = complete(assignment)
        settings.CERTIFICATE_SIGNING_CERT = str(demo_key_pair[1])
        body = upload(client, pdf_bytes(certificate)).content.decode()
        assert 'data-problem="unsigned"' in body

    def test_non_pdf_gets_a_clear_error(self, signing_key, client, db):
        response = upload(client, b"PK\x03\x04 not a pdf at all", name="certificate.pdf")
        body = response.content.decode()
        assert response.status_code == 200
        assert "This file is not a PDF." in body
        assert "data-result" not in body

    def test_file_over_5_mb_is_refused(self, signing_key, client, db):
        data = b"%PDF-1.7\n" + b"0" * (5 * 1024 * 1024)
        body = upload(client, data).content.decode()
        assert "The file is too large" in body
        assert "data-result" not in body

    def test_empty_upload_is_refused(self, client, db):
        body = upload(client, b"").content.decode()
        assert "The submitted file is empty." in body

    def test_page_offers_both_forms(self, client, db):
        body = client.get("/verify/").content.decode()
        assert 'name="code"' in body
        assert 'enctype="multipart/form-data"' in body
        assert 'name="pdf"' in body
