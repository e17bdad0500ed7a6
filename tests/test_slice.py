"""The whole first slice, as a servant and a citizen would go through it."""

import re

import pytest
from django.conf import settings
from pypdf import PdfReader

from certificates.models import Certificate
from tests.clock import YEAR
from tests.helpers import answers_for, read_all_lessons

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_servant_goes_from_sign_in_to_verified_certificate(
    client, assignment, frozen_time, django_capture_on_commit_callbacks
):
    servant = assignment.servant
    response = client.post(
        "/accounts/login/", {"login": servant.email, "password": settings.ADAL_DEMO_PASSWORD}
    )
    assert response["Location"] == "/learn/"

    dashboard = client.get("/learn/").content.decode()
    assert f"Mandatory training {YEAR}" in dashboard
    assert "0 of 3 lessons read" in dashboard
    assert 'role="progressbar"' in dashboard

    course = assignment.course.specific
    read_all_lessons(client, course, frozen_time)
    assert "3 of 3 lessons read" in client.get("/learn/").content.decode()

    client.post(f"/quiz/start/{assignment.pk}/")
    attempt = servant.quiz_attempts.get()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/quiz/attempts/{attempt.pk}/save/", answers_for(attempt, correct=True)
        )
    assert response.status_code == 302

    certificate = Certificate.objects.get(assignment=assignment)
    dashboard = client.get("/learn/").content.decode()
    pdf_link = f"/certificates/{certificate.serial}.pdf"
    verify_link = f"/verify/{certificate.code}/"
    assert pdf_link in dashboard and verify_link in dashboard
    assert re.fullmatch(rf"AC-{YEAR}-\d{{6}}", certificate.serial)

    response = client.get(pdf_link)
    pdf = b"".join(response.streaming_content)
    from io import BytesIO

    text = PdfReader(BytesIO(pdf)).pages[0].extract_text()
    assert servant.get_full_name() in text and certificate.serial in text

    client.logout()
    assert 'data-status="valid"' in client.get(verify_link).content.decode()
    data = client.get(f"/api/v1/certificates/verify/{certificate.code}").json()
    assert data["status"] == "valid"
