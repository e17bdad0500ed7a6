"""HR dashboard: the national root view and a department drill-down at two sizes."""

from __future__ import annotations

import time

from bench.common import FULL, SMALL, ratio, servants_ensure, summary_ms

REQUESTS = 40


def _measure(client, url: str, requests: int = REQUESTS) -> tuple[list[float], int]:
    from django.db import connection

    for _ in range(3):  # warm: templates compiled, connections open
        assert client.get(url).status_code == 200, url
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        client.get(url)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - started)
        assert response.status_code == 200, url
    return times, len(queries)


def _cold_ms(client, url: str) -> float:
    """The first request after compliance changed (a servant completed): nothing cached helps."""
    from demo.scale import SCALE_DOMAIN
    from lms.models import Assignment, AssignmentStatus
    from lms.services import assignment_update_progress

    assignment = (
        Assignment.objects.filter(
            servant__email__endswith=f"@{SCALE_DOMAIN}", status=AssignmentStatus.NOT_STARTED
        )
        .order_by("pk")
        .first()
    )
    if assignment is not None:
        assignment_update_progress(assignment=assignment, lessons_done=1)
    started = time.perf_counter()
    client.get(url)
    return round(1000 * (time.perf_counter() - started), 1)


def _two_factor(officer) -> None:
    """HR officers sign in with an authenticator app where two-factor sign-in is set up."""
    from django.apps import apps

    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        Authenticator.objects.get_or_create(
            user=officer, type=Authenticator.Type.TOTP, defaults={"data": {"secret": "bench"}}
        )


def _size(servants: int, requests: int) -> dict:
    from django.test import Client

    from demo.scale import HR_EMAIL, ORGANISATION_PREFIX
    from lms.models import OrgUnit, User

    figures = servants_ensure(servants)
    officer = User.objects.get(email=HR_EMAIL)
    _two_factor(officer)
    client = Client()
    client.force_login(officer)
    department = (
        OrgUnit.objects.filter(organisation__code=f"{ORGANISATION_PREFIX}01", depth=2)
        .order_by("path")
        .first()
    )
    floor, _ = _measure(client, "/bench/bare/", requests)
    root, root_queries = _measure(client, "/hr/", requests)
    unit_url = f"/hr/units/{department.pk}/"
    unit, unit_queries = _measure(client, unit_url, requests)
    floor_p95 = summary_ms(floor)["p95_ms"]
    return {
        "servants": figures["servants"],
        "floor_bare_view": summary_ms(floor),
        "root": {
            **summary_ms(root),
            "queries": root_queries,
            "p95_x_floor": ratio(summary_ms(root)["p95_ms"], floor_p95),
            "cold_ms": _cold_ms(client, "/hr/"),
        },
        "unit": {
            **summary_ms(unit),
            "queries": unit_queries,
            "p95_x_floor": ratio(summary_ms(unit)["p95_ms"], floor_p95),
            "cold_ms": _cold_ms(client, unit_url),
            "unit_servants": department.servants.count(),
        },
    }


def run(*, small: int = SMALL, full: int = FULL, requests: int = REQUESTS) -> dict:
    small_figures = _size(small, requests)
    full_figures = _size(full, requests)
    root_growth = ratio(full_figures["root"]["p95_ms"], small_figures["root"]["p95_ms"])
    unit_growth = ratio(full_figures["unit"]["p95_ms"], small_figures["unit"]["p95_ms"])
    worst_p95 = max(full_figures["root"]["p95_ms"], full_figures["unit"]["p95_ms"])
    worst_queries = max(full_figures["root"]["queries"], full_figures["unit"]["queries"])
    return {
        "part": "dashboard",
        "small": small_figures,
        "full": full_figures,
        "root_p95_growth": root_growth,
        "unit_p95_growth": unit_growth,
        "targets": {
            "p95_ms_at_full<=150": worst_p95 <= 150,
            "queries<=12": worst_queries <= 12,
            "p95_growth<=1.5": max(root_growth, unit_growth) <= 1.5,
        },
    }
