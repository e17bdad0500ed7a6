"""Pages under gunicorn on loopback, loaded by wrk from a second process: a signed-in lesson
page, /learn/, /verify/<code>/ and the home page as an anonymous visitor sees it, each compared
with a bare view of the same server."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

from bench.common import FULL, gunicorn, ratio, servants_ensure, session_cookies

SECONDS = int(os.environ.get("ADAL_BENCH_PAGE_SECONDS", "10"))
CONNECTIONS = 8
SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"


def wrk(url: str, *, cookie: str = "", seconds: int = SECONDS) -> dict:
    if shutil.which("wrk") is None:
        raise RuntimeError("wrk is missing: run `make system-deps` (Debian package wrk)")
    output = subprocess.run(
        ["wrk", "--threads", "2", "--connections", str(CONNECTIONS), "--duration", f"{seconds}s",
         "--timeout", "10s", "--script", str(SCRIPT), url],
        env={**os.environ, "BENCH_COOKIE": cookie}, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return json.loads(output.strip().splitlines()[-1])


def _check(base: str, path: str, cookie: str) -> None:
    import urllib.request

    request = urllib.request.Request(base + path, headers={"Cookie": cookie})
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 (loopback)
        if response.status != 200:
            raise RuntimeError(f"{path} answered {response.status}")


def targets_ready(servants: int) -> dict:
    """A servant part-way through the course, their lesson page, a valid certificate, and the
    home page (read by a visitor who is not signed in)."""
    from certificates.models import Certificate
    from cms.models import HomePage
    from courses.models import LessonPage
    from demo.scale import SCALE_DOMAIN
    from lms.models import Assignment, AssignmentStatus

    servants_ensure(servants)
    assignment = (
        Assignment.objects.filter(
            servant__email__endswith=f"@{SCALE_DOMAIN}", status=AssignmentStatus.IN_PROGRESS
        )
        .select_related("servant")
        .order_by("pk")
        .first()
    )
    lesson = LessonPage.objects.live().child_of(assignment.course).order_by("path").first()
    certificate = (
        Certificate.objects.filter(
            assignment__servant__email__endswith=f"@{SCALE_DOMAIN}", revoked_at__isnull=True
        )
        .order_by("pk")
        .first()
    )
    cookies = session_cookies(assignment.servant)
    home = HomePage.objects.live().filter(locale__language_code="en").first()
    return {
        "cookie": "; ".join(f"{k}={v}" for k, v in cookies.items()),
        "paths": {
            "lesson": lesson.get_url(),
            "learn": "/learn/",
            "verify": certificate.get_verify_url(),
            "home": home.get_url(),
        },
        "anonymous": {"home"},
    }


def run(*, servants: int = FULL, seconds: int = SECONDS) -> dict:
    ready = targets_ready(servants)
    pages = {}
    with gunicorn() as base:
        cookies = {
            name: "" if name in ready["anonymous"] else ready["cookie"] for name in ready["paths"]
        }
        for name, path in [("bare", "/bench/bare/"), *ready["paths"].items()]:
            cookie = cookies.get(name, ready["cookie"])
            _check(base, path, cookie)
            wrk(base + path, cookie=cookie, seconds=2)  # warm every worker
        time.sleep(1)
        bare = wrk(base + "/bench/bare/", cookie=ready["cookie"], seconds=seconds)
        for name, path in ready["paths"].items():
            figures = wrk(base + path, cookie=cookies[name], seconds=seconds)
            pages[name] = {
                "path": path,
                **figures,
                "rps_x_bare": ratio(figures["rps"], bare["rps"]),
                "p95_x_bare": ratio(figures["p95_ms"], bare["p95_ms"]),
            }
    return {
        "part": "pages",
        "connections": CONNECTIONS,
        "seconds_each": seconds,
        "bare": bare,
        "pages": pages,
        "targets": {
            "lesson>=0.25": pages["lesson"]["rps_x_bare"] >= 0.25,
            # The cached home page keeps up with a lesson page (within noise).
            "home>=0.8*lesson": pages["home"]["rps"] >= 0.8 * pages["lesson"]["rps"],
            "errors==0": all(p["errors"] == 0 for p in pages.values()),
        },
    }
