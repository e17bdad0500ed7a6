"""A certificate in another language: the same serial and code, a PDF of its own, requested by
the holder from the certificate's page."""

import io

import pytest
from django.utils import translation
from pypdf import PdfReader

from certificates.models import Certificate, CertificateCopy
from certificates.selectors import certificate_check_upload, certificate_editions
from certificates.services import (
    CopyRefused,
    certificate_copy_request,
    certificate_revoke,
    certificates_regenerate,
    certificates_render_missing,
)
from lms.models import AuditEvent

pytestmark = pytest.mark.django_db


def text_of(field) -> str:
    with field.open("rb") as handle:
        reader = PdfReader(io.BytesIO(handle.read()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def certificate(assignment, complete) -> Certificate:
    certificate = complete(assignment)
    certificate.refresh_from_db()
    assert certificate.language == "en"
    return certificate


def test_the_holder_gets_a_russian_copy_with_the_same_serial_and_code(
    client, certificate, django_capture_on_commit_callbacks
):
    client.force_login(certificate.assignment.servant)
    page = client.get(f"/certificates/{certificate.serial}/").content.decode()
    # A form for each other language, none for the original's own.
    assert page.count(f'action="/certificates/{certificate.serial}/copies/"') == 2
    assert 'type="hidden" name="language" value="ru"' in page
    assert 'type="hidden" name="language" value="en"' not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/certificates/{certificate.serial}/copies/", {"language": "ru"})
    assert response.status_code == 302
    copy = CertificateCopy.objects.get(certificate=certificate)
    assert (copy.language, copy.organisation_name) == ("ru", "Тестовое агентство")
    assert len(copy.sha256) == 64 and copy.sha256 != certificate.sha256

    text = " ".join(text_of(copy.pdf).split())
    with translation.override("ru"):
        statement = translation.gettext(
            "has completed the mandatory annual training course “{course}”"
        )
    assert statement.format(course=copy.course_title) in text
    assert "Тестовое агентство" in text
    assert certificate.serial in text
    assert certificate.code in text.replace("\n", "")
    assert "Test Agency" not in text

    page = client.get(f"/certificates/{certificate.serial}/").content.decode()
    assert f"/certificates/{certificate.serial}/ru.pdf" in page
    download = client.get(f"/certificates/{certificate.serial}/ru.pdf")
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert AuditEvent.objects.filter(action="certificate.copy_requested").count() == 1

    # Asking again makes no second copy and no second audit event.
    client.post(f"/certificates/{certificate.serial}/copies/", {"language": "ru"})
    assert CertificateCopy.objects.count() == 1
    assert AuditEvent.objects.filter(action="certificate.copy_requested").count() == 1


def test_a_copy_is_refused_in_the_originals_language_an_unknown_one_or_once_revoked(
    client, certificate
):
    client.force_login(certificate.assignment.servant)
    for language in ("en", "de", ""):
        response = client.post(
            f"/certificates/{certificate.serial}/copies/", {"language": language}, follow=True
        )
        assert "A copy cannot be made in that language." in response.content.decode()
    certificate_revoke(certificate=certificate, by=None, reason="test")
    with pytest.raises(CopyRefused):
        certificate_copy_request(certificate=certificate, language="kk", by=None)
    assert not CertificateCopy.objects.exists()


def test_a_copy_not_rendered_yet_is_being_prepared_and_the_sweep_renders_it(client, certificate):
    copy = certificate_copy_request(certificate=certificate, language="kk", by=None)
    client.force_login(certificate.assignment.servant)
    response = client.get(f"/certificates/{certificate.serial}/kk.pdf")
    assert response.status_code == 503 and response["Retry-After"] == "30"
    assert "Being prepared" in client.get(f"/certificates/{certificate.serial}/").content.decode()
    editions = certificate_editions(certificate=certificate)
    assert [(e.language, e.original, e.requested, e.ready) for e in editions] == [
        ("en", True, True, True),
        ("kk", False, True, False),
        ("ru", False, False, False),
    ]

    assert certificates_render_missing() == 1
    copy.refresh_from_db()
    assert "Сынақ агенттігі" in text_of(copy.pdf)
    assert client.get(f"/certificates/{certificate.serial}/kk.pdf").status_code == 200
    assert client.get(f"/certificates/{certificate.serial}/ru.pdf").status_code == 404


def test_an_uploaded_signed_copy_is_recognised_as_the_certificate(signing_key, certificate):
    copy = certificate_copy_request(certificate=certificate, language="ru", by=None)
    certificates_regenerate()  # the original signed too
    certificates_render_missing()
    copy.refresh_from_db()
    certificate.refresh_from_db()
    with copy.pdf.open("rb") as handle:
        check = certificate_check_upload(data=handle.read())
    assert check.certificate == certificate
    with certificate.pdf.open("rb") as handle:
        assert certificate_check_upload(data=handle.read()).certificate == certificate


def test_the_verification_page_names_the_course_in_the_readers_language(client, certificate):
    copy = certificate_copy_request(certificate=certificate, language="ru", by=None)
    CertificateCopy.objects.filter(pk=copy.pk).update(course_title="Антикоррупционные стандарты")
    russian = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="ru")
    assert "Антикоррупционные стандарты" in russian.content.decode()
    english = client.get(f"/verify/{certificate.code}/", HTTP_ACCEPT_LANGUAGE="en")
    assert "Anti-corruption standards" in english.content.decode()
    assert "Антикоррупционные стандарты" not in english.content.decode()
