"""The national compliance list exported as HR downloads it: CSV (streamed) and XLSX (two
sheets written in openpyxl's write-only mode to a temporary file): time, rows per second and
peak memory."""

from __future__ import annotations

import csv
import io
import resource
import tempfile
import time
import tracemalloc

from bench.common import FULL, ratio, servants_ensure


def _peak_rss_mb() -> float:
    """The process's high-water mark of resident memory (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _officer_cycle():
    from demo.scale import HR_EMAIL, scale_cycle
    from lms.models import User

    return User.objects.get(email=HR_EMAIL), scale_cycle()


def _table(limit: int | None):
    """(header, rows) of the national list, as the unit export builds them."""
    from hr.exports import compliance_header, compliance_rows, unit_labels
    from hr.selectors import compliance_export

    officer, cycle = _officer_cycle()
    assignments = compliance_export(user=officer, cycle=cycle)
    if limit:
        assignments = assignments[:limit]
    return compliance_header(), compliance_rows(
        assignments, labels=unit_labels(user=officer, unit=None)
    )


def _export(limit: int | None) -> tuple[int, float, float]:
    """(rows, seconds, peak RSS in MB after it) for the CSV of the national list. The memory is
    read from the process's high-water mark, not by tracing allocations: tracing would slow the
    export itself several times over."""
    from lms.exports import csv_response

    started = time.perf_counter()
    header, rows = _table(limit)
    response = csv_response(header, rows, "bench", delimiter=";")
    count = 0
    for chunk in response.streaming_content:
        count += chunk.count(b"\n")
    seconds = time.perf_counter() - started
    return count - 1, seconds, _peak_rss_mb()


def _xlsx(limit: int | None) -> tuple[int, float, int]:
    """(rows, seconds, file size in bytes) for the XLSX of the national list with its summary
    sheet, written to a temporary file as the download is."""
    from hr.exports import (
        COMPLIANCE_WIDTHS,
        SUMMARY_WIDTHS,
        summary_header,
        summary_rows,
        unit_labels,
    )
    from lms.exports import Sheet, xlsx_write

    officer, cycle = _officer_cycle()
    started = time.perf_counter()
    header, rows = _table(limit)
    count = 0

    def numbered():
        nonlocal count
        for row in rows:
            count += 1
            yield row

    sheets = [
        Sheet(title="Compliance", header=header, rows=numbered(), widths=COMPLIANCE_WIDTHS),
        Sheet(
            title="Summary",
            header=summary_header(),
            rows=summary_rows(
                user=officer, cycle=cycle, unit=None, labels=unit_labels(user=officer, unit=None)
            ),
            widths=SUMMARY_WIDTHS,
            number_formats={7: "0%"},
        ),
    ]
    with tempfile.TemporaryFile() as handle:
        xlsx_write(sheets, handle)
        size = handle.tell()
    return count, time.perf_counter() - started, size


def _xlsx_traced_peak_mb(limit: int) -> float:
    """Peak of Python allocations while writing the XLSX of `limit` rows (slower when traced;
    run at small sizes only to show that the peak does not grow with the rows)."""
    tracemalloc.start()
    try:
        _xlsx(limit)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def _floor(rows: int) -> float:
    """Writing the same number of 16-cell rows with the csv module, from memory."""
    row = ["Қызметші", "Бірінші", "Үлгіұлы", "650101400123", "s0000001@scale.adal.example",
           "Ministry of Finance", "s01-d1-u1", "Head office / Legal Department / Unit 1",
           "Chief specialist", "Administrative", "Completed", 8, 8, "2026-12-01", "2026-10-01",
           "AC-2026-000001"]  # fmt: skip
    started = time.perf_counter()
    writer = csv.writer(io.StringIO(), delimiter=";")
    for _ in range(rows):
        writer.writerow(row)
    return time.perf_counter() - started


def run(*, servants: int = FULL) -> dict:
    servants_ensure(servants)
    small = servants // 5
    rss_before = _peak_rss_mb()
    small_rows, _, small_peak = _export(small)
    rows, seconds, peak = _export(None)
    floor = _floor(rows)
    traced_small = _xlsx_traced_peak_mb(servants // 20)
    traced_large = _xlsx_traced_peak_mb(small)
    xlsx_small_rows, _, _ = _xlsx(small)
    xlsx_small_peak = _peak_rss_mb()
    xlsx_rows, xlsx_seconds, xlsx_size = _xlsx(None)
    xlsx_peak = _peak_rss_mb()
    return {
        "part": "export",
        "rows": rows,
        "seconds_export": round(seconds, 2),
        "rows_per_second": round(rows / seconds) if seconds else 0,
        "floor_s": round(floor, 2),
        "x_floor": ratio(seconds, floor),
        "rows_small": small_rows,
        "peak_rss_mb_before": round(rss_before, 1),
        "peak_rss_mb_after_small": round(small_peak, 1),
        "peak_rss_mb_after_full": round(peak, 1),
        "xlsx_rows": xlsx_rows,
        "xlsx_seconds": round(xlsx_seconds, 2),
        "xlsx_rows_per_second": round(xlsx_rows / xlsx_seconds) if xlsx_seconds else 0,
        "xlsx_mb": round(xlsx_size / 2**20, 1),
        "xlsx_rows_small": xlsx_small_rows,
        "xlsx_peak_rss_mb_after_small": round(xlsx_small_peak, 1),
        "xlsx_peak_rss_mb_after_full": round(xlsx_peak, 1),
        "xlsx_traced_rows": [servants // 20, small],
        "xlsx_traced_peak_mb": [round(traced_small, 1), round(traced_large, 1)],
        "targets": {
            "seconds<=15": seconds <= 15,
            # Streamed: 5× the rows may raise the high-water mark by a few MB at most.
            "memory_flat": peak - small_peak <= 20,
            "xlsx_seconds<=30": xlsx_seconds <= 30,
            "xlsx_memory_flat": xlsx_peak - xlsx_small_peak <= 20
            and traced_large <= traced_small * 1.5 + 5,
        },
    }
