"""Verification codes a person can type: Crockford Base32 in groups of four, read loosely;
the codes of certificates issued before them keep verifying exactly."""

import re
import subprocess

import pytest
from pypdf import PdfReader

from certificates.codes import ALPHABET, code_display, code_new, code_normalise
from certificates.models import Certificate
from certificates.services import certificate_render_pdf
from tests.certificates.test_certificates import pdf_text

pytestmark = pytest.mark.django_db

CODE = "0123456789ABCDEFGHJKMNPQRS"
# What a person might type reading CODE off paper: lower case, spaces, hyphens, O for 0,
# L or I for 1.
TYPED = [
    "oL23 4567 89ab cdef ghjk mnpq rs",
    "O123-4567-89AB-CDEF-GHJK-MNPQ-RS",
    "0i2345 6789abcdefghjkmnpqrs",
]
OLD = "Xy_3-aBcDeFgHiJkLmNoPqRsTuVwXyZ0"  # secrets.token_urlsafe(24), as issued before


@pytest.fixture
def certificate(assignment, complete):
    certificate = complete(assignment)
    Certificate.objects.filter(pk=certificate.pk).update(code=CODE)
    certificate.refresh_from_db()
    return certificate


def test_new_codes_are_26_crockford_characters_that_survive_display_and_typing():
    codes = {code_new() for _ in range(50)}
    assert len(codes) == 50
    for code in codes:
        assert len(code) == 26 and set(code) <= set(ALPHABET)
        shown = code_display(code)
        assert re.fullmatch(r"(\w{4} ){6}\w{2}", shown)
        assert code_normalise(shown.lower().replace(" ", "-")) == code


def test_normalising_rejects_what_cannot_be_a_code():
    assert code_normalise("U123 4567 89AB CDEF GHJK MNPQ RS") is None  # U is no code letter
    assert code_normalise("0123 4567") is None
    assert code_normalise(OLD) is None
    assert code_display(OLD) == OLD


def test_issued_certificates_get_new_codes(assignment, complete):
    assert code_normalise(complete(assignment).code) is not None


@pytest.mark.parametrize("typed", TYPED)
def test_typed_code_finds_the_certificate_on_the_page_and_the_api(client, certificate, typed):
    response = client.get("/verify/", {"code": typed})
    assert response.status_code == 302
    assert response["Location"] == f"/verify/{CODE}/"
    assert 'data-status="valid"' in client.get(response["Location"]).content.decode()

    path_code = typed.replace(" ", "%20")
    response = client.get(f"/verify/{path_code}/")
    assert (response.status_code, response["Location"]) == (302, f"/verify/{CODE}/")

    data = client.get(f"/api/v1/certificates/verify/{path_code}").json()
    assert (data["status"], data["serial"]) == ("valid", certificate.serial)


def test_a_code_with_u_is_not_found(client, certificate):
    assert client.get("/verify/U123-4567-89AB-CDEF-GHJK-MNPQ-RS/").status_code == 404
    assert client.get("/api/v1/certificates/verify/U123456789ABCDEFGHJKMNPQRS").status_code == 404


def test_an_old_code_still_verifies_exactly(client, certificate):
    Certificate.objects.filter(pk=certificate.pk).update(code=OLD)
    assert client.get("/verify/", {"code": OLD})["Location"] == f"/verify/{OLD}/"
    body = client.get(f"/verify/{OLD}/").content.decode()
    assert 'data-status="valid"' in body
    assert client.get(f"/api/v1/certificates/verify/{OLD}").json()["serial"] == certificate.serial
    # old codes are case-sensitive: another case is another code
    assert client.get(f"/verify/{OLD.swapcase()}/").status_code == 404


def test_an_old_code_that_looks_like_a_typed_new_one_keeps_its_form(client, certificate):
    old = "abcd-efgh-jkmn-pqrs-tvwx-yz01-23"  # could read as a new code typed in lower case
    Certificate.objects.filter(pk=certificate.pk).update(code=old)
    assert client.get("/verify/", {"code": old})["Location"] == f"/verify/{old}/"
    assert client.get(f"/verify/{old}/").status_code == 200
    assert client.get(f"/api/v1/certificates/verify/{old}").json()["status"] == "valid"


def test_pdf_prints_the_code_in_groups_and_the_qr_reads_the_canonical_url(certificate, tmp_path):
    certificate_render_pdf(certificate=certificate, force=True)
    text = " ".join(pdf_text(certificate).split())
    assert "0123 4567 89AB CDEF GHJK MNPQ RS" in text
    certificate.refresh_from_db()
    assert len(PdfReader(certificate.pdf.path).pages) == 1  # the larger QR still fits
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", certificate.pdf.path, str(tmp_path / "page")], check=True
    )
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(tmp_path / "page-1.png")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"http://127.0.0.1:8000/verify/{CODE}/"
