"""Certificate PDF rendering. The stylesheet and font configuration are parsed once per process."""

from __future__ import annotations

import functools

import segno
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation
from weasyprint import CSS, HTML
from weasyprint.text.fonts import FontConfiguration

CSS_TEMPLATE = "certificates/certificate_pdf.css"


@functools.cache
def _font_config() -> FontConfiguration:
    return FontConfiguration()


@functools.cache
def _stylesheet() -> CSS:
    return CSS(string=render_to_string(CSS_TEMPLATE), font_config=_font_config())


def qr_svg(url: str) -> str:
    return segno.make(url, error="m").svg_inline(scale=4, border=0, dark="#1b2a41")


def render_certificate(certificate) -> bytes:
    with translation.override(certificate.language):
        html = render_to_string(
            "certificates/certificate_pdf.html",
            {
                "certificate": certificate,
                "verify_url": certificate.verify_full_url,
                "qr_svg": qr_svg(certificate.verify_full_url),
                "site_url": settings.SITE_URL,
            },
        )
    document = HTML(string=html, base_url=str(settings.BASE_DIR))
    return document.write_pdf(stylesheets=[_stylesheet()], font_config=_font_config())
