"""One event, one date: a certificate issued at 23:30 UTC on 3 December is issued on
4 December in Almaty (UTC+5), and every place a person reads it says so — the page, the PDF, the
JSON, the ZIP manifest, the HR export and the compliance API — whatever zone the process has."""

import datetime
import io

import pytest
import time_machine
from django.utils import timezone
from pypdf import PdfReader

from certificates.bulk import _bundle_manifest_row
from certificates.selectors import certificate_public_data
from hr.exports import compliance_table
from lms.models import Assignment, HRScope
from lms.services import api_key_create
from tests.factories import AssignmentFactory, TrainingCycleFactory, UserFactory

pytestmark = pytest.mark.django_db

LATE_EVENING_UTC = datetime.datetime(2026, 12, 3, 23, 30, tzinfo=datetime.UTC)


@pytest.fixture
def certificate(servant, course, complete):
    with time_machine.travel(LATE_EVENING_UTC, tick=False):
        cycle = TrainingCycleFactory(year=2026)
        assignment = AssignmentFactory(servant=servant, cycle=cycle, course=course)
        with timezone.override("UTC"):  # a worker whose active zone is not the service's
            certificate = complete(assignment)
    certificate.refresh_from_db()
    return certificate


def test_the_issue_date_is_the_almaty_date_in_data_and_manifest(certificate):
    assert certificate.issued_at == LATE_EVENING_UTC
    with timezone.override("UTC"):
        assert certificate_public_data(certificate)["issued_at"] == "2026-12-04"
        assert _bundle_manifest_row(certificate)[5] == "2026-12-04"
    assert certificate.valid_until.isoformat().endswith("-12-04")


def test_the_verification_json_and_page_say_the_same_day(client, certificate):
    data = client.get(f"/api/v1/certificates/verify/{certificate.code}").json()
    assert data["issued_at"] == "2026-12-04"
    page = client.get(f"/verify/{certificate.code}/").content.decode()
    assert "04.12.2026" in page
    assert "03.12.2026" not in page


def test_the_pdf_prints_the_almaty_date(certificate):
    with certificate.pdf.open("rb") as handle:
        text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(handle.read())).pages)
    assert "04.12.2026" in text
    assert "03.12.2026" not in text


def test_hr_export_and_api_give_the_completion_in_the_service_zone(client, certificate):
    assignment = Assignment.objects.get(pk=certificate.assignment_id)
    assert assignment.completed_at == LATE_EVENING_UTC
    unit = assignment.servant.servant_profile.unit
    officer = UserFactory()
    HRScope.objects.create(user=officer, unit=unit)
    with timezone.override("UTC"):
        header, rows = compliance_table(user=officer, cycle=assignment.cycle, unit=unit, filters={})
        (row,) = list(rows)
    assert row[header.index("Completed on")] == datetime.date(2026, 12, 4)

    organisation = unit.organisation
    _key, token = api_key_create(organisation=organisation, name="HRIS")
    response = client.get(
        "/api/v1/compliance?cycle=2026", HTTP_AUTHORIZATION=f"Bearer {token}"
    ).json()
    assert response["items"][0]["completed_at"] == "2026-12-04T04:30:00+05:00"
