"""Demo certificate templates: a default one and one for the demo organisation, with a drawn
emblem and signature so that every part of a template shows on the demo certificates."""

from __future__ import annotations

import io
import math

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model

from certificates.models import CertificateTemplate
from lms.models import Organisation


def _png(image: PILImage.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _emblem(primary: str, accent: str) -> bytes:
    size = 480
    image = PILImage.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, size - 8, size - 8), fill=primary, outline=accent, width=18)
    centre, radius = size / 2, size * 0.28
    # A sun with rays, the centre of the national emblem's colours.
    for ray in range(32):
        angle = 2 * math.pi * ray / 32
        inner, outer = radius * 1.05, radius * (1.45 if ray % 2 else 1.3)
        draw.line(
            (
                centre + inner * math.cos(angle),
                centre + inner * math.sin(angle),
                centre + outer * math.cos(angle),
                centre + outer * math.sin(angle),
            ),
            fill=accent,
            width=6,
        )
    draw.ellipse((centre - radius, centre - radius, centre + radius, centre + radius), fill=accent)
    return _png(image)


def _signature() -> bytes:
    width, height = 600, 200
    image = PILImage.new("RGBA", (width, height), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    points = [
        (40 + x, 110 - 55 * math.sin(x / 38) * math.exp(-x / 900) + 18 * math.sin(x / 9))
        for x in range(0, 520, 3)
    ]
    draw.line(points, fill="#1d3a8a", width=5, joint="curve")
    draw.line([(60, 150), (300, 140), (540, 128)], fill="#1d3a8a", width=4)
    return _png(image)


def _image(title: str, data: bytes):
    Image = get_image_model()
    image = Image.objects.filter(title=title).first()
    if image is None:
        image = Image(title=title, file=ImageFile(io.BytesIO(data), name=f"{title}.png"))
        image.save()
    return image


def build_certificate_templates(*, organisation: Organisation) -> dict[str, CertificateTemplate]:
    default, _ = CertificateTemplate.objects.update_or_create(
        is_default=True, defaults={"name": "Adal (default)", "organisation": None}
    )
    primary, accent = "#1f4e79", "#b8892b"
    own, _ = CertificateTemplate.objects.update_or_create(
        organisation=organisation,
        defaults={
            "name": organisation.name,
            "logo": _image("Demo emblem", _emblem(primary, accent)),
            "signature": _image("Demo signature", _signature()),
            "primary_colour": primary,
            "accent_colour": accent,
            "signatory_title_en": "Head of Human Resources, " + organisation.name,
            "signatory_title_ru": "Руководитель службы управления персоналом",
            "signatory_title_kk": "Персоналды басқару қызметінің басшысы",
            "heading_en": "Certificate of training",
            "heading_ru": "Сертификат об обучении",
            "heading_kk": "Оқу туралы сертификат",
        },
    )
    return {"default": default, "own": own}
