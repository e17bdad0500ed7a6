"""CSV export of the national compliance list: time and peak memory, streamed."""

from __future__ import annotations

import csv
import io
import resource
import time

from bench.common import FULL, ratio, servants_ensure


def _peak_rss_mb() -> float:
    """The process's high-water mark of resident memory (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _export(limit: int | None) -> tuple[int, float, float]:
    """(rows, seconds, peak RSS in MB after it) for the HR export of the national list. The
    memory is read from the process's high-water mark, not by tracing allocations: tracing
    would slow the export itself several times over."""
    from demo.scale import HR_EMAIL, scale_cycle
    from hr.exports import compliance_rows
    from hr.selectors import compliance_export
    from lms.exports import csv_response
    from lms.models import User

    officer = User.objects.get(email=HR_EMAIL)
    assignments = compliance_export(user=officer, cycle=scale_cycle())
    if limit:
        assignments = assignments[:limit]
    started = time.perf_counter()
    response = csv_response(compliance_rows(assignments), "bench")
    rows = size = 0
    for chunk in response.streaming_content:
        rows += chunk.count(b"\n")
        size += len(chunk)
    seconds = time.perf_counter() - started
    return rows - 1, seconds, _peak_rss_mb()


def _floor(rows: int) -> float:
    """Writing the same number of 15-cell rows with the csv module, from memory."""
    row = ["Ахметов", "Айдос", "Серикович", "650101400123", "s0000001@scale.adal.example",
           "s01-d1-u1", "Legal Department, unit 1", "Chief specialist", "Administrative",
           "Completed", 8, 8, "2026-12-01", "2026-10-01", "AC-2026-000001"]  # fmt: skip
    started = time.perf_counter()
    writer = csv.writer(io.StringIO())
    for _ in range(rows):
        writer.writerow(row)
    return time.perf_counter() - started


def run(*, servants: int = FULL) -> dict:
    servants_ensure(servants)
    small_rows, _, small_peak = _export(servants // 5)
    rows, seconds, peak = _export(None)
    floor = _floor(rows)
    return {
        "part": "export",
        "rows": rows,
        "seconds_export": round(seconds, 2),
        "floor_s": round(floor, 2),
        "x_floor": ratio(seconds, floor),
        "rows_small": small_rows,
        "peak_rss_mb_after_small": round(small_peak, 1),
        "peak_rss_mb_after_full": round(peak, 1),
        "targets": {
            "seconds<=15": seconds <= 15,
            # Streamed: 5× the rows may raise the high-water mark by a few MB at most.
            "memory_flat": peak - small_peak <= 20,
        },
    }
