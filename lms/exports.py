"""CSV and XLSX exports of HR lists. CSV is streamed so that 100,000 rows take no more memory
than 100; cells a spreadsheet would run as formulas are neutralised."""

from __future__ import annotations

import csv
import tempfile
from collections.abc import Iterable, Iterator

from django.http import FileResponse, StreamingHttpResponse
from django.utils.translation import gettext as _

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


def csv_response(rows: Iterable[list], filename: str) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())

    def lines() -> Iterator[str]:
        yield "\ufeff"  # so spreadsheet programs read UTF-8
        for row in rows:
            yield writer.writerow([safe_cell(v) for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def xlsx_response(rows: Iterable[list], filename: str) -> FileResponse:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Compliance"))
    for row in rows:
        sheet.append([safe_cell(v) for v in row])
    handle = tempfile.TemporaryFile()
    workbook.save(handle)
    handle.seek(0)
    return FileResponse(
        handle,
        as_attachment=True,
        filename=f"{filename}.xlsx",
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )


EXPORT_COLUMNS = (
    "servant__last_name", "servant__first_name", "servant__middle_name", "servant__iin",
    "servant__email", "servant__servant_profile__unit__code",
    "servant__servant_profile__unit__name", "servant__servant_profile__unit__name_ru",
    "servant__servant_profile__unit__name_kk",
    "servant__servant_profile__position", "servant__servant_profile__category", "effective",
    "lessons_done", "lessons_total", "due_on", "completed_on", "certificate_serial",
)  # fmt: skip


def compliance_rows(assignments) -> Iterator[list]:
    """The export's rows from plain tuples (no model instances): at national scale building
    objects and translating labels per row would cost more than the query itself."""
    from django.db.models.functions import TruncDate
    from django.utils.translation import get_language

    from lms.models import AssignmentStatus, ServantCategory

    yield [
        _("Last name"), _("First name"), _("Middle name"), _("IIN"), _("Email"),
        _("Unit code"), _("Unit"), _("Position"), _("Category"), _("Status"),
        _("Lessons read"), _("Lessons"), _("Due on"), _("Completed at"), _("Certificate"),
    ]  # fmt: skip
    labels = {value: str(label) for value, label in AssignmentStatus.choices}
    categories = {value: str(label) for value, label in ServantCategory.choices}
    language = (get_language() or "en")[:2]
    rows = assignments.annotate(completed_on=TruncDate("completed_at"))
    rows = rows.values_list(*EXPORT_COLUMNS)
    for (
        last, first, middle, iin, email, unit_code, unit_en, unit_ru, unit_kk, position,
        category, status, done, total, due_on, completed_on, serial,
    ) in rows.iterator(chunk_size=2000):  # fmt: skip
        unit = {"ru": unit_ru, "kk": unit_kk}.get(language) or unit_en
        yield [
            last, first, middle, iin or "", email, unit_code, unit, position,
            categories.get(category, category), labels.get(status, status), done, total,
            due_on.isoformat(), completed_on.isoformat() if completed_on else "", serial or "",
        ]  # fmt: skip
