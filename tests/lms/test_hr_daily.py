"""The HR officer's daily work: where sign-in lands, sorting the unit list, reminders sent by
hand, the completion chart, the audit log in plain words, empty units, the year selector."""

import ast
import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core import mail

from courses.models import LessonProgress
from hr.audit_labels import ACTION_LABELS
from lms.models import AuditEvent, HRScope, ReminderKind, ReminderLog
from lms.services import audit_log
from quizzes.models import Attempt
from tests.clock import NOW, TODAY
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_unit,
)

pytestmark = pytest.mark.django_db
DAY = datetime.timedelta(days=1)


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


def servant_in(unit, course, cycle, *, last_name="Servant", **assignment):
    profile = ServantProfileFactory(unit=unit, user__last_name=last_name)
    assignment.setdefault("due_on", TODAY + 30 * DAY)
    return AssignmentFactory(servant=profile.user, cycle=cycle, course=course, **assignment)


def sign_in(client, email, next_url=""):
    url = "/accounts/login/" + (f"?next={next_url}" if next_url else "")
    return client.post(url, {"login": email, "password": settings.ADAL_DEMO_PASSWORD})


# --- 1. Sign-in lands each role where it works ---------------------------------------------


def test_sign_in_takes_an_hr_officer_to_the_hr_area(client, tree):
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    assert sign_in(client, "officer@example.com")["Location"] == "/hr/"


def test_sign_in_takes_an_editor_to_the_cms(client):
    editor = UserFactory(email="editor@example.com")
    group = Group.objects.create(name="Editors of the test")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)
    assert sign_in(client, "editor@example.com")["Location"] == "/admin/"


def test_sign_in_takes_a_servant_to_their_training(client, tree):
    ServantProfileFactory(unit=tree["team"], user__email="servant@example.com")
    assert sign_in(client, "servant@example.com")["Location"] == "/learn/"


def test_sign_in_follows_an_explicit_next_whatever_the_role(client, tree):
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    assert sign_in(client, "officer@example.com", "/learn/")["Location"] == "/learn/"


def test_sign_in_ignores_a_next_to_another_site(client, tree):
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=tree["dept"])
    response = sign_in(client, "officer@example.com", "https://evil.example.org/")
    assert response["Location"] == "/hr/"


# --- 2. The unit list: sortable columns, days overdue, last activity ------------------------


@pytest.fixture
def listed(tree, course, cycle, quiz):
    """Three servants of the department: one overdue by 10 days, one by 3, one not yet due,
    each last active on a different day."""
    late = servant_in(tree["dept"], course, cycle, last_name="Alpha", due_on=TODAY - 10 * DAY)
    later = servant_in(tree["team"], course, cycle, last_name="Bravo", due_on=TODAY - 3 * DAY,
                       status="in_progress", lessons_done=2)  # fmt: skip
    fine = servant_in(tree["dept"], course, cycle, last_name="Charlie", status="in_progress",
                      lessons_done=1)  # fmt: skip
    lesson = course.get_children().first()
    LessonProgress.objects.create(
        user=later.servant, assignment=later, lesson=lesson.specific,
        lesson_key=lesson.translation_key,
        first_viewed_at=NOW - 5 * DAY, completed_at=NOW - 4 * DAY,
    )  # fmt: skip
    Attempt.objects.create(
        user=fine.servant, quiz=quiz, assignment=fine, language="en",
        started_at=NOW - 2 * DAY, deadline=NOW - 2 * DAY + datetime.timedelta(minutes=30),
    )  # fmt: skip
    return {"late": late, "later": later, "fine": fine}


def names_in(response) -> list[str]:
    return [a.servant.last_name for a in response.context["rows"]]


@pytest.mark.parametrize(
    ("sort", "direction", "expected"),
    [
        ("", "", ["Alpha", "Bravo", "Charlie"]),
        ("name", "desc", ["Charlie", "Bravo", "Alpha"]),
        ("overdue", "desc", ["Alpha", "Bravo", "Charlie"]),
        ("overdue", "asc", ["Charlie", "Bravo", "Alpha"]),
        ("due", "asc", ["Alpha", "Bravo", "Charlie"]),
        ("activity", "desc", ["Charlie", "Bravo", "Alpha"]),  # no activity at all comes last
        ("activity", "asc", ["Alpha", "Bravo", "Charlie"]),
        ("progress", "desc", ["Bravo", "Charlie", "Alpha"]),
        ("status", "asc", ["Charlie", "Alpha", "Bravo"]),  # in progress before overdue; by name
    ],
)
def test_unit_list_sorts_by_each_column(client, hr, tree, listed, sort, direction, expected):
    response = client.get(f"/hr/units/{tree['dept'].pk}/?sort={sort}&dir={direction}")
    assert names_in(response) == expected


def test_unit_list_shows_days_overdue_and_last_activity(client, hr, tree, listed):
    response = client.get(f"/hr/units/{tree['dept'].pk}/")
    rows = {a.servant.last_name: a for a in response.context["rows"]}
    assert rows["Alpha"].days_overdue == 10
    assert rows["Bravo"].days_overdue == 3
    assert rows["Charlie"].days_overdue == 0
    assert rows["Alpha"].last_activity is None
    assert rows["Bravo"].last_activity == NOW - 4 * DAY  # the lesson's completion
    assert rows["Charlie"].last_activity == NOW - 2 * DAY  # the test attempt's start


def test_sort_links_keep_the_filters_and_mark_the_sorted_column(client, hr, tree, listed):
    response = client.get(f"/hr/units/{tree['dept'].pk}/?status=overdue&q=a&page=1&sort=due")
    page = response.content.decode()
    header = re.search(
        r'<th scope="col" aria-sort="ascending"><a class="sort-link" href="([^"]+)"', page
    )
    assert header is not None  # only the sorted column says how it is sorted
    assert page.count("aria-sort=") == 1
    link = header.group(1).replace("&amp;", "&")
    assert "status=overdue" in link and "q=a" in link and "sort=due" in link and "dir=desc" in link
    assert "page=" not in link  # a new order starts on the first page


def test_pagination_keeps_the_sort(client, hr, tree, course, cycle):
    for i in range(51):
        servant_in(tree["dept"], course, cycle, last_name=f"Many{i:02d}")
    response = client.get(f"/hr/units/{tree['dept'].pk}/?sort=name&dir=desc")
    assert "?sort=name&amp;dir=desc&page=2" in response.content.decode()
    second = client.get(f"/hr/units/{tree['dept'].pk}/?sort=name&dir=desc&page=2")
    assert names_in(second) == ["Many00"]


def test_unknown_sort_falls_back_to_names(client, hr, tree, listed):
    response = client.get(f"/hr/units/{tree['dept'].pk}/?sort=servant__password&dir=sideways")
    assert names_in(response) == ["Alpha", "Bravo", "Charlie"]


def test_sorted_unit_list_query_count_does_not_grow_with_rows(
    client, hr, tree, course, cycle, quiz
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries(url):
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    def add(n):
        for _ in range(n):
            assignment = servant_in(tree["team"], course, cycle, due_on=TODAY - 2 * DAY)
            Attempt.objects.create(
                user=assignment.servant, quiz=quiz, assignment=assignment, language="en",
                started_at=NOW - DAY, deadline=NOW,
            )  # fmt: skip

    url = f"/hr/units/{tree['dept'].pk}/?sort=activity&dir=desc&category=administrative"
    add(2)
    client.get(url)  # the first visit also writes the HR-area audit event
    client.get(url)  # and renews the cached header and footer
    small = queries(url)
    add(20)
    client.get(url)  # compliance changed: the counts are read again, then cached
    assert queries(url) == small


# --- 3. Reminders sent by hand ------------------------------------------------------------------


def remind(client, tree, *assignments, return_query=""):
    return client.post(
        f"/hr/units/{tree['dept'].pk}/reminders/",
        {"assignment": [str(a.pk) for a in assignments], "return_query": return_query},
    )


def test_hr_reminds_a_selection_once_a_day_and_says_what_was_skipped(
    client, hr, tree, course, cycle, frozen_time
):
    late = servant_in(tree["dept"], course, cycle, due_on=TODAY - 5 * DAY)
    open_one = servant_in(tree["team"], course, cycle)
    done = servant_in(tree["team"], course, cycle, status="completed", completed_at=NOW - DAY)
    response = remind(client, tree, late, open_one, done, return_query="status=overdue&sort=due")
    assert response.status_code == 302
    assert response["Location"] == f"/hr/units/{tree['dept'].pk}/?status=overdue&sort=due"
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [late.servant.email, open_one.servant.email]
    )
    assert "overdue" in next(m for m in mail.outbox if m.to == [late.servant.email]).subject
    logs = ReminderLog.objects.filter(kind=ReminderKind.MANUAL)
    assert sorted(logs.values_list("key", flat=True)) == sorted(
        [f"{late.pk}:{TODAY}", f"{open_one.pk}:{TODAY}"]
    )
    assert AuditEvent.objects.filter(action="assignment.reminded", actor=hr).count() == 2
    page = client.get(response["Location"]).content.decode()
    assert "2 reminders sent. 1 skipped" in page

    again = remind(client, tree, late)
    assert len(mail.outbox) == 2  # at most one a day
    assert "0 reminders sent. 1 skipped" in client.get(again["Location"]).content.decode()
    assert AuditEvent.objects.filter(action="assignment.reminded").count() == 2


def test_a_reminder_can_be_sent_again_the_next_day(client, hr, tree, course, cycle, frozen_time):
    late = servant_in(tree["dept"], course, cycle, due_on=TODAY - 5 * DAY)
    remind(client, tree, late)
    frozen_time.shift(datetime.timedelta(days=1))
    client.force_login(hr)  # an officer's session is short
    remind(client, tree, late)
    assert len(mail.outbox) == 2


def test_reminders_are_only_for_servants_in_scope(client, hr, tree, course, cycle):
    mine = servant_in(tree["dept"], course, cycle)
    theirs = servant_in(tree["other"], course, cycle)
    assert remind(client, tree, mine, theirs).status_code == 404
    assert mail.outbox == []
    other_unit = client.post(
        f"/hr/units/{tree['other'].pk}/reminders/", {"assignment": [theirs.pk]}
    )
    assert other_unit.status_code == 404
    assert not ReminderLog.objects.exists()


def test_reminders_need_a_post_and_a_selection(client, hr, tree, course, cycle):
    assert client.get(f"/hr/units/{tree['dept'].pk}/reminders/").status_code == 405
    response = remind(client, tree)
    assert response.status_code == 302
    assert "Select the servants" in client.get(response["Location"]).content.decode()


def test_reminder_post_requires_the_csrf_token(hr, tree, course, cycle):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(hr)
    late = servant_in(tree["dept"], course, cycle)
    assert remind(strict, tree, late).status_code == 403
    assert mail.outbox == []


def test_return_query_cannot_redirect_elsewhere(client, hr, tree, course, cycle):
    late = servant_in(tree["dept"], course, cycle)
    response = remind(client, tree, late, return_query="next=https://evil.example.org&q=x")
    assert response["Location"] == f"/hr/units/{tree['dept'].pk}/?q=x"


# --- 4. The completion chart ----------------------------------------------------------------------


def test_completion_chart_prints_every_value_and_has_a_table(client, hr, tree, course, cycle):
    servant_in(tree["dept"], course, cycle, status="completed", completed_at=NOW - 15 * DAY)
    servant_in(tree["dept"], course, cycle)
    response = client.get("/hr/")
    chart = response.context["chart"]
    assert chart and chart[-1][1] == 50
    page = response.content.decode()
    assert '<figure class="chart">' in page
    assert "<caption>Completion by week</caption>" in page
    assert page.count('<th scope="row">') == len(chart)
    assert page.count('<span class="chart__value">') == len(chart) + 1  # and the axis title
    assert "0%</span><span>25%</span><span>50%" in page  # the scale is written out
    assert "title=" not in page.split('<figure class="chart">')[1].split("</figure>")[0]


# --- 5-8. Forms, empty units, the year selector -----------------------------------------------


def test_exempt_field_has_a_visible_label(client, hr, tree, course, cycle):
    assignment = servant_in(tree["dept"], course, cycle)
    page = client.get(f"/hr/servants/{assignment.servant_id}/").content.decode()
    assert f'<label for="exempt-reason-{assignment.pk}">Reason for exemption</label>' in page
    assert 'class="hr-form"' in page and "inline-field" not in page


def test_empty_units_show_a_dash_not_zero_percent(client, hr, tree, course, cycle):
    make_unit("a-empty", parent=tree["dept"], organisation=tree["dept"].organisation)
    servant_in(tree["dept"], course, cycle, status="exempt")
    dashboard = client.get("/hr/").content.decode()
    assert "0%" not in dashboard.replace("100%", "")
    assert "—" in dashboard
    unit = client.get(f"/hr/units/{tree['dept'].pk}/").content.decode()
    assert "nobody here is required to train" in unit
    assert "0% completed" not in unit


def test_year_selector_has_a_visible_button_and_no_script(client, hr, tree, course, cycle):
    page = client.get("/hr/").content.decode()
    form = page.split('<form method="get" class="inline-form">')[1].split("</form>")[0]
    assert "<noscript>" not in form and "data-autosubmit" not in form
    assert '<button type="submit"' in form
    assert "autosubmit.js" not in page


# --- 6. The audit log in plain words ----------------------------------------------------------


def actions_in_code() -> set[str]:
    """Every action string passed to `audit_log` in the project's own code."""
    root = Path(settings.BASE_DIR)
    found = set()
    for app in ("lms", "courses", "quizzes", "certificates", "cms", "hr", "demo"):
        for path in (root / app).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
                if not isinstance(node, ast.Call):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name != "audit_log":
                    continue
                for keyword in node.keywords:
                    if keyword.arg == "action":
                        found |= {
                            c.value for c in ast.walk(keyword.value)
                            if isinstance(c, ast.Constant) and isinstance(c.value, str)
                        }  # fmt: skip
    return found


def test_every_audited_action_has_a_label():
    actions = actions_in_code()
    assert {"certificates.bundle_requested", "attempt.finalised", "assignment.reminded"} <= actions
    assert actions - set(ACTION_LABELS) == set()


def test_every_action_label_is_translated():
    from django.utils import translation

    with translation.override("en"):
        english = {action: str(label) for action, label in ACTION_LABELS.items()}
    for language in ("ru", "kk"):
        with translation.override(language):
            same = [a for a, label in ACTION_LABELS.items() if str(label) == english[a]]
        assert same == [], language


def test_audit_log_names_records_and_links_those_in_scope(client, hr, tree, course, cycle):
    assignment = servant_in(tree["dept"], course, cycle, last_name="Zhakupova")
    outsider = servant_in(tree["other"], course, cycle, last_name="Outsider")
    audit_log(actor=hr, action="certificates.bundle_requested", obj=tree["dept"], data={})
    audit_log(actor=hr, action="hr.exported", obj=tree["other"], data={})  # e.g. scope since lost
    audit_log(actor=hr, action="assignment.exempted", obj=assignment, data={})
    audit_log(actor=hr, action="assignment.reminded", obj=outsider, data={})
    page = client.get("/hr/audit/").content.decode()
    assert "Certificate bundle requested" in page
    assert "certificates.bundle_requested" not in page and "lms.orgunit" not in page
    assert f'<a href="/hr/units/{tree["dept"].pk}/">Unit a-dept</a>' in page
    assert "Unit b" in page and f'href="/hr/units/{tree["other"].pk}/"' not in page
    assert (
        f'<a href="/hr/servants/{assignment.servant_id}/">Zhakupova Test, {cycle.year}</a>' in page
    )
    assert "Outsider" in page and f'href="/hr/servants/{outsider.servant_id}/"' not in page


def test_audit_log_speaks_the_officers_language(client, hr, tree):
    audit_log(actor=hr, action="certificates.bundle_requested", obj=tree["dept"], data={})
    client.post("/i18n/setlang/", {"language": "ru", "next": "/"})
    page = client.get("/hr/audit/").content.decode()
    assert "certificates.bundle_requested" not in page
    assert "Certificate bundle requested" not in page
    assert "Запрошен архив сертификатов" in page


def test_audit_log_query_count_does_not_grow_with_events(client, hr, tree, course, cycle):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/hr/audit/").status_code == 200
        return len(captured)

    def add(n):
        for _ in range(n):
            assignment = servant_in(tree["dept"], course, cycle)
            audit_log(actor=hr, action="assignment.exempted", obj=assignment, data={})
            audit_log(actor=hr, action="hr.exported", obj=tree["team"], data={})

    add(2)
    client.get("/hr/audit/")
    client.get("/hr/audit/")
    small = queries()
    add(15)
    assert queries() == small
