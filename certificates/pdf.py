"""Certificate PDF rendering: tagged PDF/UA-1, signed with the organisation's key when one is
configured. The stylesheet and font configuration are parsed once per process.

Below the models (it does not import them): it renders the `Certificate` and the
`CertificateTemplate` it is given (the models call it for the admin preview). WeasyPrint is
loaded by the first render, not by every process that imports the services or the models."""

from __future__ import annotations

import base64
import functools
import logging
from typing import TYPE_CHECKING

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from certificates import signing
from certificates.codes import code_groups

if TYPE_CHECKING:
    from weasyprint import CSS
    from weasyprint.text.fonts import FontConfiguration

logger = logging.getLogger(__name__)

CSS_TEMPLATE = "certificates/certificate_pdf.css"
UA_CSS_TEMPLATE = "certificates/certificate_ua.css"
# Tagged, with a structure tree, document title and language: readable by screen readers.
PDF_VARIANT = "pdf/ua-1"
# JPEG on the white of the page: the PDF takes a JPEG as it is, where every PNG would be
# decoded and compressed again for every certificate (a fifth of the render time).
LOGO_SPEC = "max-400x400|bgcolor-ffffff|format-jpeg|jpegquality-92"
SIGNATURE_SPEC = "max-500x200|bgcolor-ffffff|format-jpeg|jpegquality-92"


@functools.cache
def _font_config() -> FontConfiguration:
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


@functools.cache
def _stylesheet() -> CSS:
    from weasyprint import CSS

    return CSS(string=render_to_string(CSS_TEMPLATE), font_config=_font_config())


@functools.cache
def _ua_stylesheet() -> CSS:
    from weasyprint import CSS

    return CSS(string=render_to_string(UA_CSS_TEMPLATE), font_config=_font_config())


@functools.cache
def _html_class():
    """WeasyPrint's HTML with the certificate's small user-agent stylesheet instead of the whole
    HTML one (WeasyPrint asks the document for it; a test compares the two renderings)."""
    from weasyprint import HTML

    class CertificateHTML(HTML):
        def _ua_stylesheets(self, forms=False):
            return [_ua_stylesheet()]

    return CertificateHTML


# The template's colours: one small stylesheet per pair, parsed once per process.
COLOURS_CSS = """
.frame {{ border-color: {primary}; outline-color: {accent}; }}
.brand, h1 {{ color: {primary}; }}
.holder span {{ border-bottom-color: {accent}; }}
"""


@functools.lru_cache(maxsize=32)
def _colours_stylesheet(primary: str, accent: str) -> CSS:
    from weasyprint import CSS

    return CSS(
        string=COLOURS_CSS.format(primary=primary, accent=accent), font_config=_font_config()
    )


def qr_png(url: str) -> str:
    """The QR code as a PNG data URI, one pixel per module with its quiet zone of four modules.
    The stylesheet scales it up with `image-rendering: pixelated`, so the PDF keeps square
    modules with sharp edges (no smoothing), as vector art would, at a sixth of the cost of
    drawing an SVG path."""
    return segno.make(url, error="m").png_data_uri(scale=1, border=4, dark="#1b2a41")


@functools.lru_cache(maxsize=64)
def _image_data_uri(image_id: int, file_name: str, spec: str) -> str:
    """A small JPEG rendition of a template image, inlined so the PDF needs no file access;
    keyed by the file name so that a replaced image is read again."""
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(pk=image_id)
    rendition = image.get_rendition(spec)
    with rendition.file.open("rb") as handle:
        data = handle.read()
    return "data:image/jpeg;base64," + base64.b64encode(data).decode("ascii")


def _image(image, spec: str) -> str:
    if image is None:
        return ""
    try:
        return _image_data_uri(image.pk, image.file.name, spec)
    except Exception:  # a missing file must not stop certificates from being issued
        logger.exception("Certificate template image %s could not be read.", image.pk)
        return ""


COURSE_PLACEHOLDER = "{course}"


def statement_parts(statement: str) -> tuple[str, str]:
    """The words before and after the course title in the statement sentence. Each language
    places the title where its grammar wants it (Kazakh before the verb that ends the
    sentence); a statement without the placeholder is followed by the title."""
    before, found, after = statement.partition(COURSE_PLACEHOLDER)
    if not found:
        return statement.rstrip() + " ", ""
    return before, after


def _html(certificate, template) -> str:
    wording = template.wording(certificate.language)
    # Translators: {course} is the course title, in quotation marks as the language writes them.
    statement = wording["statement"] or gettext(
        "has completed the mandatory annual training course “{course}”"
    )
    before, after = statement_parts(statement)
    return render_to_string(
        "certificates/certificate_pdf.html",
        {
            "certificate": certificate,
            "template": template,
            "heading": wording["heading"] or gettext("Certificate"),
            "statement_before": before,
            "statement_after": after,
            "signatory_title": wording["signatory_title"],
            "logo": _image(template.logo, LOGO_SPEC),
            "signature": _image(template.signature, SIGNATURE_SPEC),
            "verify_url": certificate.verify_full_url,
            "qr_png": qr_png(certificate.verify_full_url),
            "code_groups": code_groups(certificate.code),
            "site_url": settings.SITE_URL,
        },
    )


# Decoded template images (logos, signatures), shared by every render of the process.
_image_cache: dict = {}


def _write_pdf(html: str, template) -> bytes:
    document = _html_class()(string=html, base_url=str(settings.BASE_DIR))
    colours = _colours_stylesheet(template.primary_colour, template.accent_colour)
    return document.write_pdf(
        stylesheets=[_stylesheet(), colours],
        font_config=_font_config(),
        pdf_variant=PDF_VARIANT,
        cache=_image_cache,
    )


def render_unsigned(certificate, *, template) -> bytes:
    """An unsigned PDF in the certificate's language (the template preview in the admin)."""
    with translation.override(certificate.language):
        return _write_pdf(_html(certificate, template), template)


def render_certificate(certificate) -> bytes:
    """The certificate as PDF bytes, signed when CERTIFICATE_SIGNING_KEY/CERT are configured."""
    template = certificate.template_for_pdf()
    with translation.override(certificate.language):
        html = _html(certificate, template)
        signature_reason = gettext("Certificate %(serial)s") % {"serial": certificate.serial}
    data = _write_pdf(html, template)
    if signing.configured_signer() is None:
        logger.warning(
            "Certificate %s is not signed: CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_CERT "
            "are not both set.",
            certificate.serial,
        )
        return data
    return signing.sign_pdf(data, reason=signature_reason)
