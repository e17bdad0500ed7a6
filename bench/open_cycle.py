"""cycle_open for every seeded servant: next year's cycle, rolled back after measuring."""

from __future__ import annotations

import time

from bench.common import FULL, ratio, servants_ensure


class _Rollback(Exception):
    pass


def run(*, servants: int = FULL) -> dict:
    from django.db import connection, transaction

    from demo.scale import scale_cycle
    from lms.models import Assignment
    from lms.services import cycle_open

    servants_ensure(servants)
    current = scale_cycle()
    course_id = Assignment.objects.filter(cycle=current).values_list("course_id", flat=True)[:1][0]
    assigned = floor = seconds = 0
    try:
        with transaction.atomic():
            started = time.perf_counter()
            with connection.cursor() as cursor:
                # The floor: the same rows written by one INSERT … SELECT into a bare table.
                cursor.execute(
                    "CREATE TEMP TABLE bench_cycle_floor (LIKE lms_assignment INCLUDING DEFAULTS)"
                    " ON COMMIT DROP"
                )
                cursor.execute(
                    "INSERT INTO bench_cycle_floor (id, servant_id, cycle_id, course_id, due_on,"
                    " status, lessons_done, lessons_total, exempt_reason, created_at, updated_at)"
                    " SELECT id, user_id, 0, %s, current_date, 'not_started', 0, 8, '', now(),"
                    " now() FROM lms_servantprofile WHERE active",
                    [course_id],
                )
            floor = time.perf_counter() - started
            started = time.perf_counter()
            cycle = cycle_open(year=current.year + 1, course_page_id=course_id)
            seconds = time.perf_counter() - started
            assigned = cycle.assignments.count()
            raise _Rollback
    except _Rollback:
        pass
    return {
        "part": "open_cycle",
        "servants": servants,
        "assigned": assigned,
        "seconds_open": round(seconds, 1),
        "floor_s": round(floor, 2),
        "x_floor": ratio(seconds, floor),
        "targets": {"seconds<=30": seconds <= 30},
    }
