"""`load_demo` builds the whole demo in one go (about 10 s), so one test walks through it."""

import io

import pytest
from django.conf import settings
from django.core.management import call_command
from pypdf import PdfReader

from certificates.models import Certificate
from cms.selectors import untranslated_lessons
from courses.models import LessonPage
from lms.models import Assignment, User
from quizzes.models import Question
from tests.clock import YEAR

pytestmark = pytest.mark.django_db

DEMO_LOGINS = [
    "admin@example.com",
    "organiser@example.com",
    "hr@example.com",
    "servant@example.com",
    "certified@example.com",
]


def _counts():
    return (
        User.objects.count(),
        LessonPage.objects.count(),
        Question.objects.count(),
        Assignment.objects.count(),
        Certificate.objects.count(),
    )


def test_load_demo_builds_the_demo_and_running_it_again_changes_nothing(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())

    # The course: 8 live lessons in each language, each served in its language.
    for code in ("en", "ru", "kk"):
        lessons = LessonPage.objects.live().filter(locale__language_code=code)
        assert lessons.count() == 8, code
        response = client.get(lessons.first().url)
        assert response.status_code == 200
        assert f'lang="{code}"' in response.content.decode()
    assert Question.objects.filter(locale__language_code="en").count() >= 64

    # Every demo account signs in with the documented password.
    for email in DEMO_LOGINS:
        response = client.post(
            "/accounts/login/", {"login": email, "password": settings.ADAL_DEMO_PASSWORD}
        )
        assert response.status_code == 302, email
        client.logout()

    # The course editor may translate, and every lesson is live in every course language.
    organiser = User.objects.get(email="organiser@example.com")
    assert organiser.has_perm("simple_translation.submit_translation")
    assert untranslated_lessons() == []

    # servant@ is part-way through; certified@ holds a valid certificate with its PDF.
    servant_assignment = Assignment.objects.get(servant__email="servant@example.com")
    assert servant_assignment.status == "in_progress"
    assert 0 < servant_assignment.lessons_done < servant_assignment.lessons_total

    certified = User.objects.get(email="certified@example.com")
    certificate = Certificate.objects.get(assignment__servant=certified)
    client.force_login(certified)
    page = client.get("/learn/").content.decode()
    assert f"/certificates/{certificate.serial}.pdf" in page
    assert f"/verify/{certificate.code}/" in page
    assert client.get(f"/certificates/{certificate.serial}.pdf").status_code == 200
    text = PdfReader(certificate.pdf.path).pages[0].extract_text()
    assert certified.get_full_name() in text and certificate.serial in text
    client.logout()

    # Valid, expired and revoked certificates can all be seen.
    assert {c.status for c in Certificate.objects.all()} == {"expired", "revoked", "valid"}
    assert sum(c.status == "expired" for c in Certificate.objects.all()) == 1
    for item in Certificate.objects.all():
        data = client.get(f"/api/v1/certificates/verify/{item.code}").json()
        assert data["status"] == item.status

    # HR: two organisations with a status mix; hr@ sees only the Aviation Administration.
    hr = User.objects.get(email="hr@example.com")
    client.force_login(hr)
    summary = client.get("/hr/").context["summary"]
    assert {row.unit.organisation.code for row in summary} == {"aviation-admin"}
    statuses = {a.effective_status for a in Assignment.objects.filter(cycle__year=YEAR)}
    assert {"completed", "in_progress", "not_started", "overdue", "exempt"} <= statuses
    client.force_login(User.objects.get(email="hr.transport@example.com"))
    assert {r.unit.organisation.code for r in client.get("/hr/").context["summary"]} == {
        "transport-committee"
    }
    client.logout()

    before = _counts()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    assert _counts() == before
