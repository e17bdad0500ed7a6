"""`make demo` runs on SQLite with the development settings, which the rest of the suite (on
PostgreSQL) never exercises. This builds the demo exactly so, in a subprocess with a database
file of its own, and opens each demo account's pages: every one must answer 200."""

import json
import os
import subprocess
import sys
import textwrap

from django.conf import settings

from tests.clock import NOW

SCRIPT = textwrap.dedent(
    """
    import io, json, os, re
    import django, time_machine
    time_machine.travel(os.environ["ADAL_DEMO_NOW"], tick=True).start()  # the run's NOW
    django.setup()
    from django.test.utils import setup_test_environment
    setup_test_environment()  # the test client's host is allowed; mail stays in memory
    from django.core.management import call_command
    from django.test import Client
    from lms.models import User

    call_command("migrate", interactive=False, verbosity=0)
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    found = re.findall(r"(valid|expired|revoked) certificate: (/verify/\\S+/)", out.getvalue())
    codes = dict(found)
    results = {}

    def visit(who, paths):
        client = Client()
        if who:
            client.force_login(User.objects.get(email=who))
        for path in paths:
            response = client.get(path, follow=True)
            results[f"{who or 'anonymous'} {path}"] = response.status_code

    visit(None, ["/en/", "/ru/", "/kk/", "/verify/", *codes.values(), "/accounts/login/"])
    visit("servant@example.com", ["/learn/", "/en/courses/anti-corruption-standards/"])
    visit("certified@example.com", ["/learn/"])
    visit("hr@example.com", ["/hr/", "/hr/units/1/", "/hr/import/", "/hr/audit/"])
    visit("organiser@example.com", ["/admin/"])
    visit("admin@example.com", ["/admin/", "/admin/test-statistics/"])
    print("RESULTS " + json.dumps({"codes": sorted(codes), "pages": results}))
    """
)


def test_the_demo_builds_and_serves_every_account_on_sqlite(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'demo.sqlite3'}",
        "DJANGO_MEDIA_ROOT": str(tmp_path / "media"),
        "CERTIFICATE_ROOT": str(tmp_path / "certificates"),
        "CERTIFICATE_SIGNING_KEY": str(tmp_path / "signing" / "key.pem"),
        "CERTIFICATE_SIGNING_CERT": str(tmp_path / "signing" / "cert.pem"),
        "CELERY_BROKER_URL": "",  # eager, as `make demo`
        "DJANGO_DEBUG": "false",  # a server error is a 500, not a debug page
        "ADAL_DEMO_NOW": NOW.isoformat(),
    }
    process = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert process.returncode == 0, process.stderr[-4000:]
    line = next(line for line in process.stdout.splitlines() if line.startswith("RESULTS "))
    results = json.loads(line.removeprefix("RESULTS "))
    assert results["codes"] == ["expired", "revoked", "valid"]
    failing = {page: status for page, status in results["pages"].items() if status != 200}
    assert not failing, failing
    assert len(results["pages"]) == 18
