import csv
import datetime
import io

import pytest
from django.conf import settings
from openpyxl import load_workbook

from lms.models import Assignment, AuditEvent, HRScope, ServantProfile, User
from tests.clock import NOW, TODAY
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def servant_in(unit, course, cycle, **assignment):
    profile = ServantProfileFactory(unit=unit)
    return AssignmentFactory(servant=profile.user, cycle=cycle, course=course, **assignment)


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


def test_dashboard_rolls_counts_up_the_tree(client, hr, tree, course, cycle, frozen_time):
    servant_in(tree["dept"], course, cycle, status="completed",
               completed_at=NOW - datetime.timedelta(days=10))  # fmt: skip
    servant_in(tree["team"], course, cycle, status="in_progress")
    servant_in(tree["team"], course, cycle, due_on=TODAY - datetime.timedelta(days=20))  # overdue
    servant_in(tree["other"], course, cycle, status="completed",
               completed_at=NOW - datetime.timedelta(days=10))  # fmt: skip
    response = client.get("/hr/")
    rows = {row.unit.code: row for row in response.context["summary"]}
    assert set(rows) == {"a-dept", "a-team"}  # nothing outside the scope
    assert rows["a-dept"].counts == {
        "not_started": 0, "in_progress": 1, "overdue": 1, "completed": 1, "exempt": 0,
    }  # fmt: skip
    assert rows["a-dept"].percent == 33
    assert rows["a-team"].counts["overdue"] == 1
    assert "Agency B" not in response.content.decode()


def test_dashboard_query_count_does_not_grow_with_servants(
    client, hr, tree, course, cycle, django_assert_max_num_queries
):
    def queries_for_page(url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == 200
        return len(captured)

    _bulk_servants(tree["team"], course, cycle, 10)
    client.get("/hr/")  # the first visit also writes the HR-area audit event
    client.get("/hr/")  # and creates the site settings, which renews the cached footer
    small = (queries_for_page("/hr/"), queries_for_page(f"/hr/units/{tree['dept'].pk}/"))
    _bulk_servants(tree["team"], course, cycle, 1000)
    client.get("/hr/")  # compliance changed: the first visit recounts; the counts are cached
    large = (queries_for_page("/hr/"), queries_for_page(f"/hr/units/{tree['dept'].pk}/"))
    assert small == large
    # Session, user, scope, unit, cycle, units in scope, subtree, counts, rows, certificates
    # (the header and footer come from the cache).
    with django_assert_max_num_queries(10):
        client.get(f"/hr/units/{tree['dept'].pk}/")


def _bulk_servants(unit, course, cycle, n):
    start = User.objects.count()
    users = User.objects.bulk_create(
        [User(email=f"bulk{start + i}@example.com", last_name=f"Bulk{start + i}") for i in range(n)]
    )
    ServantProfile.objects.bulk_create(
        [ServantProfile(user=u, unit=unit, category="administrative") for u in users]
    )
    Assignment.objects.bulk_create(
        [Assignment(servant=u, cycle=cycle, course=course, due_on=cycle.due_on) for u in users]
    )


def test_unit_list_filters_and_searches(client, hr, tree, course, cycle):
    done = servant_in(tree["team"], course, cycle, status="completed",
                      completed_at=NOW - datetime.timedelta(days=10))  # fmt: skip
    waiting = servant_in(tree["team"], course, cycle)
    url = f"/hr/units/{tree['dept'].pk}/"
    page = client.get(url, {"status": "completed"}).context["page"]
    assert [a.pk for a in page.object_list] == [done.pk]
    page = client.get(url, {"q": waiting.servant.iin}).context["page"]
    assert [a.pk for a in page.object_list] == [waiting.pk]
    page = client.get(url, {"q": waiting.servant.last_name}).context["page"]
    assert [a.pk for a in page.object_list] == [waiting.pk]


@pytest.mark.parametrize(
    "url",
    ["/hr/units/{other}/", "/hr/units/{other}/export.csv", "/hr/servants/{outsider}/",
     "/hr/units/{root}/"],
)  # fmt: skip
def test_everything_outside_the_scope_is_404(client, hr, tree, course, cycle, url):
    outsider = servant_in(tree["other"], course, cycle).servant
    url = url.format(other=tree["other"].pk, root=tree["root"].pk, outsider=outsider.pk)
    assert client.get(url).status_code == 404


def test_servants_without_scope_cannot_open_the_hr_area(client, tree, cycle):
    client.force_login(UserFactory())
    assert client.get("/hr/").status_code == 404


def test_csv_export_streams_the_filtered_list_and_neutralises_formulas(
    client, hr, tree, course, cycle
):
    assignment = servant_in(tree["team"], course, cycle)
    User.objects.filter(pk=assignment.servant_id).update(last_name="=HYPERLINK(1)")
    response = client.get(f"/hr/units/{tree['dept'].pk}/export.csv")
    assert response.streaming
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:4] == ["Last name", "First name", "Middle name", "IIN"]
    assert rows[1][0] == "'=HYPERLINK(1)"
    assert rows[1][3] == assignment.servant.iin
    assert AuditEvent.objects.filter(action="hr.exported", actor=hr).exists()


def test_xlsx_export_opens_in_a_spreadsheet(client, hr, tree, course, cycle):
    servant_in(tree["team"], course, cycle)
    response = client.get(f"/hr/units/{tree['dept'].pk}/export.xlsx")
    workbook = load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    sheet = workbook.active
    assert sheet.max_row == 2
    assert sheet["K2"].value == "Not started"


def test_hr_exempts_with_a_reason_and_it_is_audited(client, hr, tree, course, cycle):
    assignment = servant_in(tree["team"], course, cycle)
    response = client.post(f"/hr/assignments/{assignment.pk}/exempt/", {"reason": "Long leave"})
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert (assignment.status, assignment.exempt_reason) == ("exempt", "Long leave")
    assert AuditEvent.objects.filter(action="assignment.exempted").count() == 1
    record = client.get(f"/hr/servants/{assignment.servant_id}/").content.decode()
    assert "Long leave" in record


def test_audit_log_shows_events_in_scope_only(client, hr, tree, course, cycle):
    mine = servant_in(tree["team"], course, cycle)
    theirs = servant_in(tree["other"], course, cycle)
    from lms.services import assignment_exempt

    assignment_exempt(assignment=mine, reason="Leave", by=None)
    assignment_exempt(assignment=theirs, reason="Secret", by=None)
    page = client.get("/hr/audit/")
    events = list(page.context["page"].object_list)
    ids = {e.object_id for e in events if e.action == "assignment.exempted"}
    assert ids == {str(mine.pk)}
    assert any(e.action == "hr.opened" for e in events)


def test_servant_record_shows_seminars(client, hr, tree, course, cycle):
    assignment = servant_in(tree["team"], course, cycle)
    page = client.get(f"/hr/servants/{assignment.servant_id}/").content.decode()
    assert "No seminar registrations." in page


def test_granting_and_withdrawing_hr_scopes_in_the_admin_is_audited(client, tree):
    from django.contrib.auth import get_user_model

    admin_user = get_user_model().objects.create_superuser(
        email="root@example.com", password="x", preferred_language="en"
    )
    officer = UserFactory(email="new.officer@example.com")
    client.force_login(admin_user)
    response = client.post(
        "/django-admin/lms/hrscope/add/", {"user": officer.pk, "unit": tree["dept"].pk}
    )
    assert response.status_code == 302
    scope = HRScope.objects.get(user=officer)
    client.post(f"/django-admin/lms/hrscope/{scope.pk}/delete/", {"post": "yes"})
    assert not HRScope.objects.filter(user=officer).exists()
    actions = list(AuditEvent.objects.filter(actor=admin_user).values_list("action", flat=True))
    assert sorted(actions) == ["hr_scope.granted", "hr_scope.withdrawn"]


def test_hr_revokes_in_scope_and_the_servant_can_earn_a_new_certificate(
    client, hr, tree, course, cycle
):
    from certificates.models import Certificate
    from certificates.services import assignment_complete

    assignment = servant_in(tree["team"], course, cycle)
    assignment_complete(assignment=assignment)
    certificate = Certificate.objects.get()
    response = client.post(
        f"/hr/certificates/{certificate.serial}/revoke/",
        {"category": "integrity", "reason": "Another person took the test"},
    )
    assert response.status_code == 302
    certificate.refresh_from_db()
    assert certificate.status == "revoked"
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "The test was not taken honestly" in page
    assignment.refresh_from_db()
    assert assignment.status == "in_progress"  # reopened
    assignment_complete(assignment=assignment)
    assert Certificate.objects.filter(assignment=assignment).count() == 2
    assert Certificate.objects.filter(assignment=assignment, revoked_at__isnull=True).count() == 1


def test_hr_cannot_revoke_outside_the_scope(client, hr, tree, course, cycle):
    from certificates.models import Certificate
    from certificates.services import assignment_complete

    outsider = servant_in(tree["other"], course, cycle)
    assignment_complete(assignment=outsider)
    certificate = Certificate.objects.get()
    response = client.post(
        f"/hr/certificates/{certificate.serial}/revoke/",
        {"category": "error", "reason": "x"},
    )
    assert response.status_code == 404
    certificate.refresh_from_db()
    assert certificate.revoked_at is None


def test_compliance_link_follows_granted_and_withdrawn_scopes(client, tree, course):
    from lms.services import hr_scope_grant, hr_scope_withdraw

    user = UserFactory()
    client.force_login(user)
    link = 'href="/hr/"'
    assert link not in client.get(course.url).content.decode()
    scope = hr_scope_grant(scope=HRScope(user=user, unit=tree["dept"]), by=None)
    assert link in client.get(course.url).content.decode()
    hr_scope_withdraw(scope=scope, by=None)
    assert link not in client.get(course.url).content.decode()


# --- the HR write services check the scope themselves, whatever view calls them ---------------


def _completed(assignment):
    from certificates.models import Certificate
    from certificates.services import assignment_complete

    assignment_complete(assignment=assignment)
    return Certificate.objects.get(assignment=assignment)


def test_exempt_service_refuses_an_officer_outside_the_servants_unit(hr, tree, course, cycle):
    from lms.exceptions import OutsideHRScope
    from lms.services import assignment_exempt

    outsider = servant_in(tree["root"], course, cycle)  # above the officer's department
    with pytest.raises(OutsideHRScope):
        assignment_exempt(assignment=outsider, reason="Leave", by=hr)
    outsider.refresh_from_db()
    assert outsider.status == "not_started"
    assert not AuditEvent.objects.filter(action="assignment.exempted").exists()

    mine = assignment_exempt(
        assignment=servant_in(tree["team"], course, cycle), reason="Leave", by=hr
    )
    assert mine.status == "exempt"


def test_revoke_service_refuses_an_officer_outside_the_servants_unit(hr, tree, course, cycle):
    from certificates.services import certificate_revoke
    from lms.exceptions import OutsideHRScope

    certificate = _completed(servant_in(tree["other"], course, cycle))
    with pytest.raises(OutsideHRScope):
        certificate_revoke(certificate=certificate, by=hr, reason="x", category="integrity")
    certificate.refresh_from_db()
    assert certificate.revoked_at is None
    assert certificate.assignment.status == "completed"  # not reopened

    superuser = UserFactory(is_superuser=True)
    revoked = certificate_revoke(certificate=certificate, by=superuser, reason="x")
    assert revoked.revoked_at is not None


def test_bundle_service_refuses_a_unit_outside_the_officers_scope(hr, tree, cycle):
    from certificates.models import CertificateBundle
    from certificates.services import bundle_request
    from lms.exceptions import OutsideHRScope

    for unit in (tree["root"], tree["other"]):
        with pytest.raises(OutsideHRScope):
            bundle_request(user=hr, unit=unit, year=cycle.year)
    assert not CertificateBundle.objects.exists()
    assert bundle_request(user=hr, unit=tree["team"], year=cycle.year).unit == tree["team"]


@pytest.mark.parametrize(
    ("language", "title"),
    [("kk", "Бас маман"), ("ru", "Главный специалист"), ("en", "Chief specialist")],
)
def test_unit_page_and_servant_record_show_job_titles_in_the_readers_language(
    client, hr, tree, course, cycle, language, title
):
    titled = servant_in(tree["team"], course, cycle).servant
    ServantProfile.objects.filter(user=titled).update(
        position="Chief specialist", position_ru="Главный специалист", position_kk="Бас маман"
    )
    untranslated = servant_in(tree["team"], course, cycle).servant
    ServantProfile.objects.filter(user=untranslated).update(position="Consultant")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    others = {"Бас маман", "Главный специалист", "Chief specialist"} - {title}

    for url in (f"/hr/units/{tree['dept'].pk}/", f"/hr/servants/{titled.pk}/"):
        page = client.get(url).content.decode()
        assert title in page
        assert not [other for other in others if other in page]
    # Without a title in the reader's language, the imported one.
    assert "Consultant" in client.get(f"/hr/units/{tree['dept'].pk}/").content.decode()
    assert "Consultant" in client.get(f"/hr/servants/{untranslated.pk}/").content.decode()
