"""A certificate names the versions of the law its course taught: recorded at issue from the
articles its lessons cite and its final test's questions test, shown on the certificate and
verification pages and carried by the verification API."""

import datetime

import pytest
from django.utils import timezone

from certificates.models import Certificate
from certificates.services import certificate_copy_request
from legal.models import ActKind, LegalAct, LegalArticle
from legal.services import amendment_record
from quizzes.models import Question
from tests.legal.conftest import cite

pytestmark = pytest.mark.django_db


def _amend(article_number: str, effective_on: datetime.date, summary: str):
    amendment_record(
        act_number="410-V",
        article_numbers=[article_number],
        effective_on=effective_on,
        summary=summary,
    )


@pytest.fixture
def taught(cited_lesson, register, assignment, frozen_time):
    """Article 12 of Law 410-V cited by a lesson (in force since 2015, amended 100 days ago
    and again, not yet in effect, 30 days from now); Article 367 of the Criminal Code tested
    by the final test's questions."""
    today = timezone.localdate()
    gifts = register["gifts"]
    gifts.valid_from = datetime.date(2015, 11, 18)
    gifts.save()
    _amend("12", today - datetime.timedelta(days=100), "Gifts of any value are banned.")
    _amend("12", today + datetime.timedelta(days=30), "Not in effect yet.")
    code = LegalAct.objects.create(number="226-V", kind=ActKind.CODE, title="Criminal Code")
    giving = LegalArticle.objects.create(act=code, number="367", text="Giving a bribe.")
    cite(Question.objects.filter(key__endswith="-1"), giving)
    return {"amended_on": today - datetime.timedelta(days=100)}


def test_the_certificate_records_the_article_versions_the_course_taught(
    taught, assignment, complete
):
    certificate = complete(assignment)
    amended_on = taught["amended_on"].isoformat()
    assert certificate.law_versions == [
        {
            "act": "226-V",
            "kind": "code",
            "article": "367",
            "valid_from": None,
            "amended_on": None,
            "version": None,
        },
        {
            "act": "410-V",
            "kind": "law",
            "article": "12",
            "valid_from": "2015-11-18",
            "amended_on": amended_on,
            "version": amended_on,
        },
    ]


def test_an_amendment_recorded_after_issue_leaves_the_certificate_as_issued(
    taught, assignment, complete, frozen_time
):
    certificate = complete(assignment)
    before = certificate.law_versions
    _amend("12", timezone.localdate(), "Amended on the day after.")
    certificate.refresh_from_db()
    assert certificate.law_versions == before


def test_the_verification_json_carries_the_law_versions(client, taught, assignment, complete):
    certificate = complete(assignment)
    data = client.get(f"/api/v1/certificates/verify/{certificate.code}").json()
    amended_on = taught["amended_on"].isoformat()
    assert data["law_versions"] == [
        {"act": "226-V", "kind": "code", "article": "367", "version": None, "amended_on": None},
        {
            "act": "410-V",
            "kind": "law",
            "article": "12",
            "version": amended_on,
            "amended_on": amended_on,
        },
    ]


def test_the_certificate_page_names_the_versions_in_kazakh(client, taught, assignment, complete):
    certificate = complete(assignment)
    servant = assignment.servant
    servant.preferred_language = "kk"
    servant.save()
    client.force_login(servant)
    page = client.get(f"/certificates/{certificate.serial}/").content.decode()
    date = taught["amended_on"].strftime("%d.%m.%Y")
    assert "Оқыту негізі болған редакциялар" in page
    assert f"№ 410-V Заң, 12-бап ({date} редакциясы)" in page
    assert "№ 226-V кодекс, 367-бап" in page


def test_the_verification_page_names_the_versions_in_russian_and_english(
    client, taught, assignment, complete
):
    certificate = complete(assignment)
    date = taught["amended_on"].strftime("%d.%m.%Y")
    url = f"/verify/{certificate.code}/"
    russian = client.get(url, HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert f"Закон № 410-V, ст. 12 (редакция от {date})" in russian
    english = client.get(url, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Taught against" in english
    assert f"Law No. 410-V, Art. 12 (version of {date})" in english


def test_a_language_copy_shares_the_certificates_snapshot(taught, assignment, complete):
    certificate = complete(assignment)
    copy = certificate_copy_request(certificate=certificate, language="ru", by=assignment.servant)
    assert copy.as_certificate().law_versions == certificate.law_versions


def test_a_certificate_without_a_snapshot_shows_no_heading(client, assignment, complete):
    certificate = complete(assignment)
    Certificate.objects.filter(pk=certificate.pk).update(law_versions=[])
    client.force_login(assignment.servant)
    page = client.get(f"/certificates/{certificate.serial}/").content.decode()
    assert "Taught against" not in page
    assert "Taught against" not in client.get(f"/verify/{certificate.code}/").content.decode()
    data = client.get(f"/api/v1/certificates/verify/{certificate.code}").json()
    assert data["law_versions"] == []
