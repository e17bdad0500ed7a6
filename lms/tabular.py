"""Reading uploaded tables (CSV or XLSX) for the imports, with errors a person can act on.

CSV may be UTF-8 (with or without BOM) or Windows-1251, as spreadsheet programs in the region
save it, separated by commas, semicolons or tabs. Whole-file problems raise ImportFileError;
problems in a cell are ImportRowError, shown as `row N, column C: message`.
"""

from __future__ import annotations

import csv
import datetime
import io
import os
import re
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lms.exceptions import DomainError

MAX_FILE_BYTES = 10 * 1024 * 1024

_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# Cyrillic letters in UTF-8 are two bytes, 0xD0/0xD1 then a continuation byte.
_UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")


class TableError(DomainError):
    """Base class of the import errors."""

    message = gettext_lazy("The file cannot be imported.")


class ImportFileError(TableError):
    """The file as a whole cannot be imported (unreadable, empty, too large)."""

    def __str__(self) -> str:
        return str(self.message)


class ImportRowError(TableError):
    """One problem in one cell. The message is rendered in the language active when shown."""

    def __init__(self, row: int, column: str, message, **params: Any):
        self.row = row
        self.column = column
        self._message = message
        self._params = params
        super().__init__()

    @property
    def message(self) -> str:
        return str(self._message) % self._params if self._params else str(self._message)

    def __str__(self) -> str:
        return str(_("row %(row)d, column %(column)s: %(message)s")) % {
            "row": self.row,
            "column": self.column,
            "message": self.message,
        }

    def __repr__(self) -> str:
        return f"ImportRowError({str(self)!r})"

    def sort_key(self, columns: Sequence[str]) -> tuple[int, int]:
        order = columns.index(self.column) if self.column in columns else len(columns)
        return (self.row, order)


def read_records(
    *, file: BinaryIO | str | os.PathLike, filename: str, max_bytes: int = MAX_FILE_BYTES
) -> Iterator[tuple[int, list[Any]]]:
    """(row number, cell values) for each row of the first sheet, the header being row 1."""
    data = _read_limited(file, max_bytes)
    if not data.strip():
        raise ImportFileError(_("The file is empty."))
    return _xlsx_records(data) if _is_xlsx(data, filename) else _csv_records(data)


def header_positions(
    header: list[Any], *, columns: Sequence[str], required: Sequence[str]
) -> tuple[dict[str, int], list[ImportRowError]]:
    """Where each known column is (names compared case-insensitively), and header problems."""
    errors: list[ImportRowError] = []
    positions: dict[str, int] = {}
    for index, cell in enumerate(header):
        name = cell_text(cell).lstrip("\ufeff").strip().lower()
        if name in positions and name in columns:
            errors.append(ImportRowError(1, name, _("duplicate column")))
        elif name:
            positions[name] = index
    for name in required:
        if name not in positions:
            errors.append(ImportRowError(1, name, _("missing column")))
    return positions, errors


def is_blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime.datetime):
        value = value.date()
    return str(value).strip()


def _read_limited(file: BinaryIO | str | os.PathLike, max_bytes: int) -> bytes:
    if isinstance(file, str | os.PathLike):
        try:
            with open(file, "rb") as handle:
                return _read_limited(handle, max_bytes)
        except OSError as error:
            raise ImportFileError(
                _("The file could not be opened: %(reason)s") % {"reason": error.strerror}
            ) from error
    if getattr(file, "seekable", lambda: False)():
        file.seek(0)
    data = file.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ImportFileError(
            _("The file is too large: the limit is %(limit)d MB.")
            % {"limit": max_bytes // (1024 * 1024)}
        )
    return data


def _is_xlsx(data: bytes, filename: str) -> bool:
    suffix = Path(filename).suffix.lower()
    if data.startswith(b"PK\x03\x04") or suffix in (".xlsx", ".xlsm"):
        return True
    if suffix in ("", ".csv", ".txt"):
        return False
    raise ImportFileError(
        _("Files of type “%(suffix)s” cannot be imported: save the file as CSV or XLSX.")
        % {"suffix": suffix}
    )


def _unreadable_text() -> ImportFileError:
    return ImportFileError(
        _(
            "The file could not be read as CSV text in UTF-8 or Windows-1251: "
            "save it as “CSV UTF-8” or XLSX."
        )
    )


def _decode(data: bytes) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _looks_like_broken_utf8(data):
            raise _unreadable_text() from None
        text = data.decode("cp1251", errors="replace")
        if "\ufffd" in text:  # the one byte (0x98) that Windows-1251 leaves undefined
            raise _unreadable_text() from None
    if _CONTROL_CHARS.search(text):  # a binary file, or UTF-16
        raise _unreadable_text()
    return text


def _looks_like_broken_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (a truncated or mixed file) rather than Windows-1251:
    in Windows-1251 Russian text, "Р"/"С" before one of 0x80-0xBF is rare."""
    high = len(_HIGH_BYTE.findall(data))
    return high > 0 and 2 * len(_UTF8_CYRILLIC.findall(data)) > high // 2


def _csv_records(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(data)
    del data
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count) if first_line else ","
    if not first_line.count(delimiter):
        delimiter = ","

    def records() -> Iterator[tuple[int, list[Any]]]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            yield from enumerate(reader, start=1)
        except csv.Error as error:
            raise _unreadable_text() from error

    return records()


def _xlsx_records(data: bytes) -> Iterator[tuple[int, list[Any]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds on a broken archive
        raise ImportFileError(
            _("The file could not be read as an XLSX workbook: it may be damaged.")
        ) from error

    def records() -> Iterator[tuple[int, list[Any]]]:
        try:
            sheet = workbook.worksheets[0]
            for number, record in enumerate(sheet.iter_rows(values_only=True), start=1):
                yield number, list(record)
        except TableError:
            raise
        except Exception as error:
            raise ImportFileError(
                _("The file could not be read as an XLSX workbook: it may be damaged.")
            ) from error
        finally:
            workbook.close()

    return records()
