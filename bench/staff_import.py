"""import_servants with a 100,000-row CSV of new people (in a transaction rolled back after
measuring, so that the benchmark database keeps its size), then the same file again."""

from __future__ import annotations

import csv
import datetime
import tempfile
import time
from pathlib import Path

from bench.common import FULL, ratio, servants_ensure

HEADER = ["iin", "last_name", "first_name", "middle_name", "email", "unit_code", "position",
          "category", "hired_on"]  # fmt: skip


class _Rollback(Exception):
    pass


def _write_file(path: Path, rows: int, unit_codes: list[str]) -> None:
    from demo.scale import SCALE_DOMAIN
    from lms.models import User
    from lms.validators import iin_build

    taken = set(User.objects.filter(iin__isnull=False).values_list("iin", flat=True))
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        n = written = 0
        while written < rows:
            n += 1
            born = datetime.date(1966, 1, 1) + datetime.timedelta(days=n % 14_000)
            iin = iin_build(born=born, serial=(n // 14_000) * 20 + 200)
            if iin in taken:
                continue
            taken.add(iin)
            written += 1
            writer.writerow([
                iin,
                "Импорт", "Қызметші", "Үлгіұлы", f"import{n:07d}@{SCALE_DOMAIN}",
                unit_codes[n % len(unit_codes)], "Chief specialist", "administrative",
                f"{2005 + n % 18}-0{1 + n % 9}-1{n % 10}",
            ])  # fmt: skip


def _floor(path: Path) -> float:
    """Parsing the file with the csv module and COPYing its rows into a temporary table."""
    from django.db import connection, transaction

    started = time.perf_counter()
    try:
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE bench_import_floor (iin text, last_name text, first_name text,"
                " middle_name text, email text, unit_code text, position text, category text,"
                " hired_on date) ON COMMIT DROP"
            )
            with (
                path.open(newline="", encoding="utf-8") as handle,
                cursor.cursor.copy("COPY bench_import_floor FROM STDIN") as copy,
            ):
                rows = csv.reader(handle)
                next(rows)
                for row in rows:
                    copy.write_row(row)
            raise _Rollback
    except _Rollback:
        pass
    return time.perf_counter() - started


def run(*, servants: int = FULL, rows: int | None = None) -> dict:
    from django.core.management import call_command
    from django.db import transaction

    from demo.scale import ORGANISATION_PREFIX
    from lms.models import OrgUnit

    rows = rows or servants
    servants_ensure(servants)
    organisation = f"{ORGANISATION_PREFIX}02"
    codes = list(
        OrgUnit.objects.filter(organisation__code=organisation).values_list("code", flat=True)
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "staff.csv"
        _write_file(path, rows, codes)
        floor = _floor(path)
        seconds = again = 0.0
        try:
            with transaction.atomic():
                started = time.perf_counter()
                call_command("import_servants", str(path), organisation=organisation, verbosity=0)
                seconds = time.perf_counter() - started
                started = time.perf_counter()
                call_command("import_servants", str(path), organisation=organisation, verbosity=0)
                again = time.perf_counter() - started
                raise _Rollback
        except _Rollback:
            pass
    return {
        "part": "import",
        "rows": rows,
        "seconds_import": round(seconds, 1),
        "seconds_reimport": round(again, 1),
        "floor_s": round(floor, 2),
        "x_floor": ratio(seconds, floor),
        "targets": {"seconds<=60": seconds <= 60},
    }
