"""Writing tables as CSV and XLSX downloads. CSV is streamed so that 100,000 rows take no more
memory than 100; XLSX is written in openpyxl's write-only mode to a temporary file (rows go
straight to disk, so memory stays flat too). Cells a spreadsheet would run as formulas are
neutralised (`safe_cell`, also used for the manifest of certificate downloads)."""

from __future__ import annotations

import csv
import datetime
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from django.http import FileResponse, StreamingHttpResponse

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# How a date cell shows in the spreadsheet (the value itself is a real date, so it sorts and
# filters as one); the day-first order is the one read in Kazakhstan in every language.
XLSX_DATE_FORMAT = "DD.MM.YYYY"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_DELIMITERS = {"semicolon": ";", "comma": ","}


def safe_cell(value):
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


@dataclass
class Sheet:
    """One worksheet: a bold, frozen, filterable header over `rows` (read once, lazily).
    `widths` are column widths in characters; `number_formats` maps a column's index to the
    format of its numeric cells (strings in that column, such as "—", are written as they are).
    """

    title: str
    header: Sequence[str]
    rows: Iterable[Sequence]
    widths: Sequence[int] = ()
    number_formats: Mapping[int, str] = field(default_factory=dict)


class _Echo:
    def write(self, value):
        return value


def _csv_value(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    return safe_cell(value)


def csv_response(
    header: Sequence[str], rows: Iterable[Sequence], filename: str, *, delimiter: str = ","
) -> StreamingHttpResponse:
    """UTF-8 with a byte-order mark (so spreadsheet programs read it as UTF-8), dates as
    YYYY-MM-DD. Excel in a Russian or Kazakh locale splits on ";" and not on ",", hence the
    choice of `delimiter`."""
    writer = csv.writer(_Echo(), delimiter=delimiter)

    def lines() -> Iterator[str]:
        yield "\ufeff"
        yield writer.writerow([safe_cell(v) for v in header])
        for row in rows:
            yield writer.writerow([_csv_value(v) for v in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _sheet_write(workbook, sheet: Sheet) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    worksheet = workbook.create_sheet(sheet.title[:31])
    # Write-only sheets take views and column widths before the first row, filters at the end.
    worksheet.freeze_panes = "A2"
    for index, width in enumerate(sheet.widths):
        worksheet.column_dimensions[_column_letter(index)].width = width
    bold = Font(bold=True)
    header = []
    for title in sheet.header:
        cell = WriteOnlyCell(worksheet, value=safe_cell(str(title)))
        cell.font = bold
        header.append(cell)
    worksheet.append(header)
    formats = dict(sheet.number_formats)
    count = 0
    for row in sheet.rows:
        values = []
        for index, value in enumerate(row):
            if isinstance(value, datetime.date):
                cell = WriteOnlyCell(worksheet, value=value)
                cell.number_format = XLSX_DATE_FORMAT
                value = cell
            elif index in formats and isinstance(value, int | float):
                cell = WriteOnlyCell(worksheet, value=value)
                cell.number_format = formats[index]
                value = cell
            elif value == "":
                value = None
            else:
                value = safe_cell(value)
            values.append(value)
        worksheet.append(values)
        count += 1
    last_column = _column_letter(max(len(sheet.header), 1) - 1)
    worksheet.auto_filter.ref = f"A1:{last_column}{count + 1}"
    return count


def xlsx_write(sheets: Iterable[Sheet], handle) -> None:
    """Write the workbook to a binary file `handle`."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    for sheet in sheets:
        _sheet_write(workbook, sheet)
    workbook.save(handle)


def xlsx_response(sheets: Iterable[Sheet], filename: str) -> FileResponse:
    handle = tempfile.TemporaryFile()
    xlsx_write(sheets, handle)
    handle.seek(0)
    return FileResponse(
        handle, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_CONTENT_TYPE
    )
