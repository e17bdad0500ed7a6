"""Certificate templates per organisation: wording, signatory, images, colours, preview."""

import io
import subprocess

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from pypdf import PdfReader

from certificates.models import CertificateTemplate
from demo.certificate_templates import _emblem, _image, _signature
from tests.clock import YEAR
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_unit,
)

pytestmark = pytest.mark.django_db


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def certificate_pdf(certificate) -> bytes:
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        return handle.read()


def test_the_organisations_template_words_and_signs_the_certificate(servant, assignment, complete):
    organisation = servant.servant_profile.unit.organisation
    template = CertificateTemplate.objects.create(
        name="Test Agency",
        organisation=organisation,
        signatory_name="Head of HR",
        signatory_title_ru="Руководитель службы персонала",
        heading_ru="Сертификат об обучении",
        statement_ru="успешно прошёл(ла) ежегодное обучение",
        logo=_image("Emblem", _emblem("#1f4e79", "#b8892b")),
        signature=_image("Signature", _signature()),
    )
    CertificateTemplate.objects.create(name="Default", is_default=True, heading_ru="Не это")
    servant.preferred_language = "ru"
    servant.save()

    certificate = complete(assignment)

    assert certificate.template == template
    data = certificate_pdf(certificate)
    text = pdf_text(data)
    assert "Сертификат об обучении" in text
    assert "успешно прошёл(ла) ежегодное обучение" in text
    assert "Руководитель службы персонала" in text
    assert "Head of HR" in text
    assert "Не это" not in text
    images = PdfReader(io.BytesIO(data)).pages[0].images
    # The logo and the signature as JPEG taken as they are (nothing re-encoded per render),
    # and the QR code as a one-pixel-per-module image.
    assert len(images) == 3
    assert sorted(image.image.format for image in images) == ["JPEG", "JPEG", "PNG"]


def test_organisations_without_a_template_use_the_default_one(assignment, complete):
    CertificateTemplate.objects.create(
        name="Default", is_default=True, heading_en="Certificate of completion"
    )
    certificate = complete(assignment)
    assert certificate.template.is_default
    assert "Certificate of completion" in pdf_text(certificate_pdf(certificate))


def test_without_any_template_the_standard_wording_is_printed(assignment, complete):
    certificate = complete(assignment)
    assert certificate.template is None
    text = pdf_text(certificate_pdf(certificate))
    assert "Certificate" in text
    assert "has completed the mandatory annual training course" in text


def test_there_is_one_default_template_and_it_belongs_to_no_organisation(db):
    CertificateTemplate.objects.create(name="Default", is_default=True)
    second = CertificateTemplate(name="Another", is_default=True)
    with pytest.raises(ValidationError, match="already the default"):
        second.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()
    own = CertificateTemplate(name="Own", is_default=True, organisation=make_unit("x").organisation)
    with pytest.raises(ValidationError):
        own.clean()


def test_colours_must_be_hex(db):
    template = CertificateTemplate(name="Bad", primary_colour="blue; } body { display:none")
    with pytest.raises(ValidationError) as error:
        template.full_clean()
    assert "primary_colour" in error.value.message_dict


def test_a_changed_template_applies_when_certificates_are_regenerated(assignment, complete):
    from certificates.services import certificates_regenerate

    template = CertificateTemplate.objects.create(
        name="Own",
        organisation=assignment.servant.servant_profile.unit.organisation,
        heading_en="First wording",
    )
    certificate = complete(assignment)
    assert "First wording" in pdf_text(certificate_pdf(certificate))
    template.heading_en = "Second wording"
    template.save()
    assert certificates_regenerate(year=YEAR) == 1
    assert "Second wording" in pdf_text(certificate_pdf(certificate))


@pytest.mark.parametrize(
    ("mode", "expected"),
    [("en", "Certificate of training"), ("ru", "Сертификат"), ("kk", "Оқу туралы сертификат")],
)
def test_editors_see_a_live_pdf_preview_of_unsaved_changes(client, locales, mode, expected):
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    template = CertificateTemplate.objects.create(name="Own")
    url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    form = {
        "name": "Own",
        "primary_colour": "#224466",
        "accent_colour": "#aa8833",
        "heading_en": "Certificate of training",
        "heading_kk": "Оқу туралы сертификат",
    }
    assert client.post(url, form).json()["is_valid"] is True

    response = client.get(url, {"mode": mode})

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response.content)
    assert expected in text
    assert "AC-" in text
    template.refresh_from_db()
    assert template.heading_en == ""  # previewing saved nothing


def test_the_preview_shows_errors_instead_of_a_pdf_for_invalid_input(client, locales):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    template = CertificateTemplate.objects.create(name="Own")
    url = reverse(
        "wagtailsnippets_certificates_certificatetemplate:preview_on_edit", args=[template.pk]
    )
    result = client.post(url, {"name": "Own", "primary_colour": "red", "accent_colour": "#000000"})
    assert result.json()["is_valid"] is False


def test_servants_cannot_open_the_template_admin(client, locales):
    profile = ServantProfileFactory()
    client.force_login(profile.user)
    template = CertificateTemplate.objects.create(name="Own")
    url = reverse("wagtailsnippets_certificates_certificatetemplate:edit", args=[template.pk])
    response = client.get(url)
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("kk", "«Anti-corruption standards» міндетті жыл сайынғы оқыту курсынан өткенін растайды"),
        ("ru", "прошёл(-ла) обязательный ежегодный курс обучения «Anti-corruption standards»"),
        ("en", "has completed the mandatory annual training course “Anti-corruption standards”"),
    ],
)
def test_the_course_title_sits_inside_the_sentence_in_each_languages_order(
    servant, course, complete, language, sentence
):
    """Kazakh ends the sentence with its verb: the title comes before it, not after."""
    servant.preferred_language = language
    servant.save()
    assignment = AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)
    certificate = complete(assignment)
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        text = " ".join(pdf_text(handle.read()).split())
    assert sentence in text


def test_an_editors_statement_places_the_title_where_they_wrote_it(servant, course, complete):
    CertificateTemplate.objects.create(
        name="Agency", is_default=True,
        statement_kk="«{course}» курсын сәтті аяқтағанын растайды",
    )  # fmt: skip
    servant.preferred_language = "kk"
    servant.save()
    assignment = AssignmentFactory(servant=servant, cycle=TrainingCycleFactory(), course=course)
    certificate = complete(assignment)
    certificate.refresh_from_db()
    with certificate.pdf.open("rb") as handle:
        text = " ".join(pdf_text(handle.read()).split())
    assert "«Anti-corruption standards» курсын сәтті аяқтағанын растайды" in text


def test_a_statement_names_the_course_once_at_most():
    template = CertificateTemplate(name="Twice", statement_ru="{course} и {course}")
    with pytest.raises(ValidationError) as error:
        template.clean()
    assert "statement_ru" in error.value.message_dict


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_small_user_agent_stylesheet_lays_the_page_out_as_the_whole_html_one(
    servant, assignment, complete, language, tmp_path, settings
):
    """The certificate is rendered with its own few user-agent rules: the page, its text and its
    tags come out as with WeasyPrint's whole HTML stylesheet (a new element in the template
    without a rule would move something and fail here)."""
    from weasyprint import HTML

    from certificates import pdf

    settings.CERTIFICATE_SIGNING_KEY = settings.CERTIFICATE_SIGNING_CERT = ""
    organisation = servant.servant_profile.unit.organisation
    template = CertificateTemplate.objects.create(
        name="Agency",
        organisation=organisation,
        signatory_name="Head of HR",
        signatory_title_en="Head of the human resources service",
        logo=_image("Emblem", _emblem("#1f4e79", "#b8892b")),
        signature=_image("Signature", _signature()),
    )
    servant.preferred_language = language
    servant.save()
    certificate = complete(assignment)
    html = pdf._html(certificate, template)

    def rendered(html_class, name):
        pdf._html_class.cache_clear()
        original = pdf._html_class
        pdf._html_class = lambda: html_class
        try:
            data = pdf._write_pdf(html, template)
        finally:
            pdf._html_class = original
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(data)
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(path), str(tmp_path / name)], check=True
        )
        structure = subprocess.run(
            ["pdfinfo", "-struct", str(path)], check=True, capture_output=True, text=True
        ).stdout
        return pdf_text(data), (tmp_path / f"{name}-1.png").read_bytes(), structure

    whole = rendered(HTML, "whole")
    small = rendered(pdf._html_class(), "small")
    assert small[0] == whole[0] and certificate.holder_name in small[0]
    assert small[1] == whole[1]  # the same pixels
    assert small[2] == whole[2] and "Table" in small[2] and "H1" in small[2]
