"""Certificate PDF rendering: tagged PDF/UA-1, signed with the organisation's key when one is
configured. The stylesheet and font configuration are parsed once per process."""

from __future__ import annotations

import functools
import logging

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

from certificates import signing

logger = logging.getLogger(__name__)

CSS_TEMPLATE = "certificates/certificate_pdf.css"
# Tagged, with a structure tree, document title and language: readable by screen readers.
PDF_VARIANT = "pdf/ua-1"


@functools.cache
def _font_config() -> FontConfiguration:
    return FontConfiguration()


@functools.cache
def _stylesheet() -> CSS:
    return CSS(string=render_to_string(CSS_TEMPLATE), font_config=_font_config())


def qr_svg(url: str, *, title: str = "") -> str:
    """The QR code as inline SVG; its <title> becomes the figure's text alternative in the PDF."""
    return segno.make(url, error="m").svg_inline(
        scale=4, border=0, dark="#1b2a41", title=title or None
    )


def render_certificate(certificate) -> bytes:
    """The certificate as PDF bytes, signed when CERTIFICATE_SIGNING_KEY/CERT are configured."""
    with translation.override(certificate.language):
        qr_title = gettext("QR code linking to the verification page")
        html = render_to_string(
            "certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "verify_url": certificate.verify_full_url,
                "qr_svg": qr_svg(certificate.verify_full_url, title=qr_title),
                "site_url": settings.SITE_URL,
            },
        )
        signature_reason = gettext("Certificate %(serial)s") % {"serial": certificate.serial}
    document = HTML(string=html, base_url=str(settings.BASE_DIR))
    data = document.write_pdf(
        stylesheets=[_stylesheet()], font_config=_font_config(), pdf_variant=PDF_VARIANT
    )
    if signing.configured_signer() is None:
        logger.warning(
            "Certificate %s is not signed: CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_CERT "
            "are not both set.",
            certificate.serial,
        )
        return data
    return signing.sign_pdf(data, reason=signature_reason)
