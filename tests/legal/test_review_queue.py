"""The review queue in the CMS (editors and moderators only) and the "updated law" notice a
flagged lesson shows its readers until the review is done."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from courses.models import LessonPage
from legal.models import CitationReview, ReviewStatus
from legal.services import amendment_record
from lms.models import AuditEvent
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

QUEUE = "/admin/law-reviews/"


@pytest.fixture
def amendment(cited_lesson, register, frozen_time):
    amendment, _ = amendment_record(
        act_number="410-V",
        article_numbers=["12"],
        effective_on=timezone.localdate(),
        summary="The 10 MCI gift allowance is abolished.",
        summary_ru="Отменено допущение подарков до 10 МРП.",
        summary_kk="10 АЕК-ке дейінгі сыйлыққа рұқсат жойылды.",
        source_url="https://adilet.zan.kz/eng/docs/Z1500000410",
    )
    # The editor then brings the register to the new wording.
    register["gifts"].text = "No gifts of any value for acts within one's powers."
    register["gifts"].text_ru = "Никаких подарков любой стоимости за действия по службе."
    register["gifts"].save()
    return amendment


def test_the_review_queue_is_for_editors_and_moderators_only(client, amendment):
    response = client.get(QUEUE)
    assert response.status_code == 302 and "/login/" in response["Location"]

    staff = UserFactory(email="staff@example.com", is_staff=True)
    staff.user_permissions.add(*_admin_access())
    client.force_login(staff)
    # Wagtail answers a refused admin page by sending the user back to the dashboard.
    response = client.get(QUEUE)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    review = CitationReview.objects.first()
    response = client.post(f"{QUEUE}{review.pk}/decide/", {"status": "confirmed"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    review.refresh_from_db()
    assert review.status == ReviewStatus.PENDING


def _admin_access():
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(codename="access_admin")


def test_the_queue_shows_old_and_new_wording_side_by_side_and_records_the_decision(
    client, amendment, editor
):
    client.force_login(editor)
    response = client.get(QUEUE)
    assert response.status_code == 200
    page = response.content.decode()
    # The wording when the amendment was recorded, and the register's wording now.
    assert "No gifts for acts within one&#x27;s powers." in page
    assert "No gifts of any value for acts within one&#x27;s powers." in page
    assert page.count('name="status" value="confirmed"') == 3  # the lesson in en, ru, kk

    review = CitationReview.objects.order_by("pk").first()
    response = client.post(
        f"{QUEUE}{review.pk}/decide/", {"status": "revised", "note": "Rewrote the gift rule"}
    )
    assert response.status_code == 302
    review.refresh_from_db()
    assert review.status == ReviewStatus.REVISED and review.decided_by == editor
    event = AuditEvent.objects.get(action="citation_review.revised")
    assert event.object_id == str(review.pk) and event.data["note"] == "Rewrote the gift rule"
    assert client.get(QUEUE).content.decode().count('value="confirmed"') == 2

    # Deciding twice is refused, and nothing is audited again.
    client.post(f"{QUEUE}{review.pk}/decide/", {"status": "confirmed"})
    review.refresh_from_db()
    assert review.status == ReviewStatus.REVISED
    assert AuditEvent.objects.filter(action__startswith="citation_review.").count() == 1


@pytest.mark.parametrize(
    ("code", "notice", "quoted"),
    [
        ("en", "The law has changed", "No gifts of any value for acts within one&#x27;s powers."),
        ("ru", "Закон изменился", "Никаких подарков любой стоимости за действия по службе."),
        ("kk", "Заң өзгерді", "Өкілеттік шегіндегі әрекеттер үшін сыйлық алынбайды."),
    ],
)
def test_a_flagged_lesson_shows_the_notice_until_it_is_reviewed(
    client, amendment, cited_lesson, locales, editor, code, notice, quoted
):
    lesson = LessonPage.objects.get(
        translation_key=cited_lesson.translation_key, locale=locales[code]
    )
    page = client.get(lesson.url).content.decode()
    assert notice in page
    assert quoted in page  # the register's wording, in the page's language

    review = CitationReview.objects.get(
        content_type=ContentType.objects.get_for_model(LessonPage), object_id=lesson.pk
    )
    client.force_login(editor)
    client.post(f"{QUEUE}{review.pk}/decide/", {"status": "confirmed"})
    client.logout()
    page = client.get(lesson.url).content.decode()
    assert notice not in page
    assert quoted in page
