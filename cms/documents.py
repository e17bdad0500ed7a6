"""Printable materials (memos, forms, checklists) rendered to PDF with WeasyPrint."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.template.loader import render_to_string
from weasyprint import HTML


@dataclass(frozen=True)
class PrintableMaterial:
    title: str
    language: str
    lead: str
    items: list[str]
    heading: str = ""
    form_fields: list[str] = field(default_factory=list)
    note: str = ""
    sources: list[str] = field(default_factory=list)
    sources_heading: str = "Sources"


def render_material_pdf(material: PrintableMaterial) -> bytes:
    html = render_to_string("cms/material_pdf.html", {"material": material})
    return HTML(string=html).write_pdf(pdf_variant="pdf/ua-1")
