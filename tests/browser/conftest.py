"""Shared by the browser journeys: the demo installation built once for the folder and served by a
live server of its own, the session's headless Chromium (pytest-playwright's `browser`), and
the checks every page of a journey passes (axe-core, `lang`, no horizontal scroll at 375 px)."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from django.test.testcases import LiveServerThread, _StaticFilesHandler
from wagtail.models import Page

ARTIFACTS = Path(os.environ.get("ADAL_ARTIFACTS", settings.BASE_DIR / "var" / "test-artifacts"))
# Full-page screenshots of every page at 1280 and 375 px, for a person to look at.
SCREENSHOTS = os.environ.get("ADAL_BROWSER_SCREENSHOTS") == "1"
# A survey of every page: accessibility problems are written to the report, not raised.
AXE_SURVEY = os.environ.get("ADAL_AXE_SURVEY") == "1"
DESKTOP = {"width": 1280, "height": 900}
PHONE_WIDTH = 375
BLOCKING_IMPACTS = {"serious", "critical"}
BROWSER_DIR = Path(__file__).parent


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session, config, items):
    """The journeys commit their data (a live server reads it from another connection) and put
    the database back as migrations left it when they end. They run before the tests that
    flush the database, so that they find and restore the migrated state."""
    ours = [item for item in items if BROWSER_DIR in Path(item.path).parents]
    if not ours:
        return
    rest = [item for item in items if item not in ours]

    def flushes(item):
        marker = item.get_closest_marker("django_db")
        transactional = bool(marker and (marker.kwargs.get("transaction") or marker.args[:1]))
        fixtures = getattr(item, "fixturenames", ())
        return transactional or "transactional_db" in fixtures or "live_server" in fixtures

    first = next((n for n, item in enumerate(rest) if flushes(item)), len(rest))
    items[:] = rest[:first] + ours + rest[first:]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(autouse=True)
def _private_dirs():
    """The module's files live as long as its data (see `demo`), not one test."""


@pytest.fixture(scope="session")
def artifacts():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    print(f"\nBrowser test artifacts (screenshots, accessibility reports): {ARTIFACTS}")
    return ARTIFACTS


# The database name before any test database is set up (conftest files load before that).
_ORIGINAL_NAME = settings.DATABASES["default"]["NAME"]
_created_databases = []


@pytest.fixture(scope="session")
def test_database(django_db_setup, django_db_blocker):
    """The test database. pytest-django sets it up only when a collected test is marked for the
    database (the `db` fixture's transaction would hide the journeys' data from the live
    server, so these are not); run alone, the journeys set it up themselves and drop it when the
    session has finished (after every fixture's teardown, some of which still use it)."""
    from django.test.utils import setup_databases

    if connection.settings_dict["NAME"] == _ORIGINAL_NAME:
        with django_db_blocker.unblock():
            _created_databases.extend(
                setup_databases(verbosity=0, interactive=False, aliases={"default"})
            )
    return django_db_blocker


def pytest_sessionfinish(session):
    if _created_databases:
        from django.test.utils import teardown_databases
        from pytest_django.plugin import blocking_manager_key

        with session.config.stash[blocking_manager_key].unblock():
            teardown_databases(_created_databases, verbosity=0)


@pytest.fixture(scope="package")
def demo(test_database, django_db_blocker, tmp_path_factory):
    """`load_demo` committed to the test database and served on a free port, once for the
    folder (it takes about a minute). At the end the database is flushed and the migrated
    state put back, as a serialized rollback does."""
    root = tmp_path_factory.mktemp("browser")
    dirs = {"MEDIA_ROOT": str(root / "media"), "CERTIFICATE_ROOT": str(root / "certificates")}
    with django_db_blocker.unblock(), override_settings(**dirs):
        if Page.get_first_root_node() is None:
            pytest.fail("the browser journeys need the migrated database; a test flushed it")
        migrated = connection.creation.serialize_db_to_string()
        server = None
        try:
            from demo.scenario import load_demo

            certificates = load_demo()
            server = LiveServerThread("localhost", _StaticFilesHandler, port=0)
            server.daemon = True
            server.start()
            server.is_ready.wait()
            if server.error:
                raise server.error
            yield Demo(url=f"http://localhost:{server.port}", certificates=certificates)
        finally:
            if server is not None:
                server.terminate()
            call_command(
                "flush", interactive=False, verbosity=0, reset_sequences=False,
                inhibit_post_migrate=True,
            )  # fmt: skip
            connection.creation.deserialize_db_from_string(migrated)
            assert Page.get_first_root_node() is not None, "the migrated state was not restored"
            shutil.rmtree(root, ignore_errors=True)


@dataclass
class Demo:
    url: str
    certificates: dict  # "valid", "expired" and "revoked": the demo's certificates


@pytest.fixture
def open_page(browser, demo, request, artifacts):
    """Opens pages in a fresh browser context per language; a failing test leaves a screenshot
    of where it stopped."""
    contexts = []

    def _open(language, **options):
        context = browser.new_context(
            locale={"kk": "kk-KZ", "ru": "ru-RU", "en": "en-US"}[language],
            viewport=DESKTOP,
            accept_downloads=True,
            **options,
        )
        context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": demo.url}]
        )
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield _open
    failed = getattr(request.node, "report_call", None) and request.node.report_call.failed
    for n, context in enumerate(contexts):
        for m, page in enumerate(context.pages):
            if failed:
                path = artifacts / f"FAILED-{_slug(request.node.name)}-{n}-{m}.png"
                page.screenshot(path=str(path), full_page=True)
                print(f"screenshot of the failure: {path}")
        context.close()


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", text).strip("-")


_axe = None


def check_page(page, language: str, name: str, *, ours: bool = True):
    """What every page of a journey must pass: axe-core finds nothing serious or critical, the
    document says its language, and at 375 px nothing scrolls sideways. The CMS admin's pages
    are Wagtail's own (`ours=False`): what axe finds there is written to the report only."""
    global _axe
    if _axe is None:
        from axe_playwright_python.sync_playwright import Axe

        _axe = Axe()
    page.wait_for_load_state("load")
    lang = page.evaluate("document.documentElement.lang")
    assert lang == language if ours else lang, f"{name}: lang={lang!r}"
    results = _axe.run(page).response
    _record(name, page.url, results["violations"])
    blocking = [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert AXE_SURVEY or not ours or not blocking, f"{name} ({page.url}):\n" + "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — "
        + "; ".join(node["target"][0] for node in v["nodes"][:5])
        for v in blocking
    )
    if SCREENSHOTS:
        page.screenshot(path=str(ARTIFACTS / f"{name}-1280.png"), full_page=True)
    viewport = page.viewport_size
    page.set_viewport_size({"width": PHONE_WIDTH, "height": 800})
    try:
        width = page.evaluate("document.scrollingElement.scrollWidth")
        if width > PHONE_WIDTH:
            _record(
                name,
                page.url,
                [{"id": "scrolls-sideways-at-375", "impact": str(width), "nodes": []}],
            )
        if SCREENSHOTS:
            page.screenshot(path=str(ARTIFACTS / f"{name}-375.png"), full_page=True)
        assert AXE_SURVEY or not ours or width <= PHONE_WIDTH, (
            f"{name} scrolls sideways at 375 px: {width} px wide"
        )
    finally:
        page.set_viewport_size(viewport)


def _record(name, url, violations):
    """Every violation, of any impact, in one JSON lines file per run, for the curious."""
    with (ARTIFACTS / "axe-violations.jsonl").open("a") as out:
        for v in violations:
            out.write(
                json.dumps(
                    {
                        "page": name,
                        "url": url,
                        "rule": v["id"],
                        "impact": v["impact"],
                        "nodes": [node["target"] for node in v["nodes"]],
                    }  # fmt: skip
                )
                + "\n"
            )
