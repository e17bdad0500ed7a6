import os
import shutil
import sys
from unittest import mock

import pytest
import time_machine
from django.conf import settings
from wagtail.models import Locale

from tests.clock import NOW
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    make_course,
    make_home,
    make_quiz,
)

LESSON_SECONDS = 60
# Every connection this run opens (its own, its threads', its workers' and servers') carries this
# name, so that the run closes only its own sessions and never another run's on the same server.
RUN_APPLICATION_NAME = f"adal-tests-{os.getpid()}"
os.environ.setdefault("PGAPPNAME", RUN_APPLICATION_NAME)
_session_clock = time_machine.travel(NOW, tick=True)


def pytest_configure(config):
    """The run lives at NOW from its first step: module- and package-wide data (the security
    world, the browser journeys' demo) is built at the same "now" as the tests that read it."""
    _session_clock.start()


_finished_session = pytest.StashKey[pytest.Session]()


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """The run ends here, with the run's own exit status, once every plugin has finished: the
    interpreter's teardown of the native libraries the run loaded (PDF rendering, the database
    driver, the browser driver) is skipped. That teardown has nothing left to check, and in one
    CI run it crashed after every test had passed (exit 139), which failed a green run.
    ADAL_TEST_FULL_EXIT=1 keeps the teardown, to look into it."""
    _session_clock.stop()
    session = config.stash.get(_finished_session, None)
    if session is None or os.environ.get("ADAL_TEST_FULL_EXIT") == "1":
        return
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        stream.flush()
    os._exit(int(session.exitstatus))


@pytest.fixture(scope="session", autouse=True)
def _audit_events_flushable():
    """A transactional test ends by emptying every table (Django's flush). The database lets
    audit events be removed only under the maintenance switch (`lms.audit`): the flush, and
    nothing else in the run, takes it."""
    from django.db.backends.base.operations import BaseDatabaseOperations

    from lms.audit import audit_maintenance

    flush = BaseDatabaseOperations.execute_sql_flush

    def execute_sql_flush(self, sql_list):
        with audit_maintenance(using=self.connection.alias):
            flush(self, sql_list)

    with mock.patch.object(BaseDatabaseOperations, "execute_sql_flush", execute_sql_flush):
        yield


@pytest.fixture(autouse=True)
def clock(request):
    """Each test starts at exactly NOW; `real_clock` tests (other processes read the real
    clock) run at the real time."""
    if request.node.get_closest_marker("real_clock"):
        _session_clock.stop()
        try:
            yield None
        finally:
            _session_clock.start()
        return
    with time_machine.travel(NOW, tick=True) as traveller:
        yield traveller


# Browser tests (pytest-playwright's `browser` fixture) drive Debian's Chromium, not a browser
# that Playwright downloads.
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    # Playwright's synchronous API keeps an event loop in this thread from the first browser
    # test on; the ORM calls of the tests (synchronous) are safe there.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(autouse=True)
def _language_of_the_site():
    """Each test starts in the site's default language: a page or a command of an earlier test
    leaves its language active in the thread, and a test must not read another's words."""
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _private_dirs(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    settings.CERTIFICATE_ROOT = str(tmp_path / "certificates")
    yield
    shutil.rmtree(tmp_path, ignore_errors=True)


@pytest.fixture
def frozen_time(clock):
    """The clock stopped at NOW; the test moves it with `frozen_time.shift(...)`."""
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def _body(n: int) -> list:
    return [
        ("heading", f"Section of lesson {n}"),
        ("paragraph", f"<p>Lesson {n} explains the rules of Law No. 410-V.</p>"),
        (
            "law_article",
            {
                "law": 'Law No. 410-V "On Combating Corruption"',
                "article": f"Article {n + 10}",
                "text": "A provision summarised.",
                "url": "https://adilet.zan.kz/eng/docs/Z1500000410",
            },
        ),
        (
            "case_study",
            {
                "scenario": "A supplier offers a gift.",
                "questions": ["Accept?"],
                "takeaway": "Refuse and report.",
            },
        ),
    ]


@pytest.fixture
def locales(db):
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in ("en", "ru", "kk")
    }


@pytest.fixture
def quiz(db, locales):
    """Two topics with four single-choice questions each; 2 drawn per topic (4 questions),
    shown 2 per page."""
    return make_quiz(topics=2, questions=4, choices=4, draw=2)


@pytest.fixture
def course(db, locales, quiz):
    """The course with three lessons, each a minute's reading, ending in `quiz`."""
    lessons = [
        {
            "title": f"Lesson {n}",
            "slug": f"lesson-{n}",
            "summary": f"Summary {n}",
            "body": _body(n),
            "min_reading_seconds": LESSON_SECONDS,
        }
        for n in range(1, 4)
    ]
    return make_course(make_home(), quiz, lessons=lessons, intro="<p>Annual course.</p>")


@pytest.fixture
def servant(db):
    return ServantProfileFactory().user


@pytest.fixture
def assignment(db, servant, course):
    cycle = TrainingCycleFactory()
    return AssignmentFactory(servant=servant, cycle=cycle, course=course)


def pytest_collection_modifyitems(config, items):
    """Tests that need PostgreSQL, Redis or Chromium always run in CI; elsewhere they skip
    with a reason when the service is missing."""
    on_ci = os.environ.get("CI") == "true"
    needs_pg = "postgresql" not in settings.DATABASES["default"]["ENGINE"]
    for item in items:
        if item.get_closest_marker("postgres") and needs_pg and not on_ci:
            item.add_marker(pytest.mark.skip(reason="needs DATABASE_URL pointing at PostgreSQL"))
        if item.get_closest_marker("browser") and not shutil.which("chromium") and not on_ci:
            item.add_marker(pytest.mark.skip(reason="needs the chromium package"))


def pytest_sessionfinish(session, exitstatus):
    """In CI nothing may be skipped: a test skipped for a missing package or service is a
    missing install step, and the run fails."""
    session.config.stash[_finished_session] = session
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if os.environ.get("CI") == "true" and skipped and exitstatus == 0:
        reasons = sorted({str(report.longrepr[-1]) for report in skipped})
        reporter.ensure_newline()
        reporter.write_line(
            f"CI: {len(skipped)} tests were skipped: {'; '.join(reasons)}", red=True
        )
        session.exitstatus = pytest.ExitCode.TESTS_FAILED


@pytest.fixture
def complete(django_capture_on_commit_callbacks):
    """Complete an assignment and run what waits for the commit (the PDF render)."""
    from certificates.models import Certificate
    from certificates.services import assignment_complete

    def _complete(assignment) -> Certificate:
        with django_capture_on_commit_callbacks(execute=True):
            assignment_complete(assignment=assignment)
        return Certificate.objects.get(assignment=assignment)

    return _complete


@pytest.fixture
def tree(course):
    """Two organisations' unit trees: A is root → dept → team, B a single unit elsewhere."""
    from tests.factories import OrganisationFactory, make_unit

    a = OrganisationFactory(code="org-a", name="Agency A")
    root = make_unit("a", organisation=a)
    dept = make_unit("a-dept", parent=root, organisation=a)
    team = make_unit("a-team", parent=dept, organisation=a)
    other = make_unit("b", organisation=OrganisationFactory(code="org-b", name="Agency B"))
    return {"root": root, "dept": dept, "team": team, "other": other}


@pytest.fixture
def hr(client, tree):
    """An HR officer of A's department (and so of its team), signed in."""
    from lms.models import HRScope
    from tests.factories import UserFactory

    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    client.force_login(officer)
    return officer


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """After the run, close what subprocesses and threads of the tests left connected to the
    test database (a killed worker's session, a live server's thread), so that it can be
    dropped cleanly."""
    yield
    with django_db_blocker.unblock():
        from django.db import connection

        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid() "
                    "AND application_name = %s",
                    [os.environ["PGAPPNAME"]],
                )
