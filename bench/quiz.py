"""Quiz takers on PostgreSQL: N servants start the final test, answer page by page with
30–90 s of thought per page (compressed for the run; the ratio kept), and submit."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from bench.common import FULL, ROOT, gunicorn, ratio, servants_ensure, session_cookies, summary_ms

TAKERS = int(os.environ.get("ADAL_BENCH_TAKERS", "400"))
THINK = (30, 90)
# 30–90 s become 7.5–22.5 s: the load on the server is four times that of real takers.
# Think time divided by this: 2 keeps the part to about five minutes and puts twice the real
# load on the server (ADAL_BENCH_COMPRESSION=1 measures real time, about ten minutes).
COMPRESSION = float(os.environ.get("ADAL_BENCH_COMPRESSION", "2"))


def takers_ready(count: int) -> list[dict]:
    """Servants part-way through the course with no attempt yet, their lessons all read."""
    from django.db.models import Count, F

    from demo.scale import SCALE_DOMAIN
    from lms.models import Assignment, AssignmentStatus

    assignments = list(
        Assignment.objects.filter(
            servant__email__endswith=f"@{SCALE_DOMAIN}", status=AssignmentStatus.IN_PROGRESS
        )
        .annotate(attempts=Count("quiz_attempts"))
        .filter(attempts=0)
        .select_related("servant")
        .order_by("pk")[:count]
    )
    Assignment.objects.filter(pk__in=[a.pk for a in assignments]).update(
        lessons_done=F("lessons_total")
    )
    takers = []
    for assignment in assignments:
        cookies = session_cookies(assignment.servant)
        takers.append({
            "assignment": assignment.pk,
            "cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
            "csrf": cookies["csrftoken"],
        })  # fmt: skip
    return takers


def run(*, servants: int = FULL, takers: int = TAKERS, compression: float = COMPRESSION) -> dict:
    from bench.pages import wrk

    servants_ensure(servants)
    plan = {"takers": takers_ready(takers), "think": THINK, "compression": compression}
    with gunicorn() as base:
        plan["base"] = base
        for path in ("/bench/bare/", "/learn/"):  # every worker warm
            wrk(base + path, cookie=plan["takers"][0]["cookie"], seconds=2)
        output = subprocess.run(
            [sys.executable, "-m", "bench.quiz_load"], input=json.dumps(plan), cwd=ROOT,
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
        # The floor: the bare view at the same concurrency as the takers' requests in flight.
        bare = wrk(base + "/bench/bare/", seconds=5)
    load = json.loads(output)
    figures = summary_ms(load["latencies"])
    return {
        "part": "quiz",
        "takers": len(plan["takers"]),
        "think_s": f"{THINK[0]}–{THINK[1]}",
        "compression": compression,
        "requests": len(load["latencies"]),
        "rps": round(len(load["latencies"]) / load["seconds"], 1),
        **{k: v for k, v in figures.items() if k != "n"},
        "p95_x_bare": ratio(figures["p95_ms"], bare["p95_ms"]),
        "bare_p95_ms": bare["p95_ms"],
        "errors": len(load["errors"]),
        "error_examples": load["errors"][:5],
        "targets": {
            "p95<=300": figures["p95_ms"] <= 300,
            "errors==0": not load["errors"],
            "takers": len(plan["takers"]) >= takers,
        },
    }
