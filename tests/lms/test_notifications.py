"""Email notices: each sent once per event (retries and sweeps included), in the recipient's
language, as text with an HTML part; optional ones can be switched off by a signed link,
official ones cannot."""

import datetime
import smtplib
from email.utils import parseaddr

import pytest
from django.conf import settings
from django.core import signing

from certificates.models import Certificate, RevocationCategory
from certificates.services import certificate_revoke
from certificates.tasks import send_certificate_notice, send_missed_certificate_notices
from lms import notifications
from lms.models import HRScope, NotificationPreference, ReminderLog
from lms.notifications import unsubscribe_token
from lms.reminders import reminders_send
from lms.services import cycle_open
from lms.tasks import send_assigned_notices, send_missed_notices
from tests import clock
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    UserFactory,
    make_unit,
)
from tests.helpers import celery_sending_to

pytestmark = pytest.mark.django_db

DEAD_BROKER = "redis://127.0.0.1:1/0"
NEXT_YEAR = clock.YEAR + 1
SITE = settings.SITE_URL

# Subject and a phrase of the body of each notice, in each language.
ASSIGNED = {
    "en": ("Anti-corruption training assigned", "You have been assigned the mandatory"),
    "ru": ("Назначено антикоррупционное обучение", "Вам назначено обязательное"),
    "kk": ("Сыбайлас жемқорлыққа қарсы оқыту тағайындалды", "Сізге"),
}
ISSUED = {
    "en": ("Your anti-corruption training certificate", "Anyone can check the certificate"),
    "ru": ("Ваш сертификат об антикоррупционном обучении", "Любой может проверить сертификат"),
    "kk": ("сыбайлас жемқорлыққа қарсы оқыту туралы сертификатыңыз", "Сертификатты кез келген"),
}
REVOKED = {
    "en": ("has been revoked", "The test was not taken honestly"),
    "ru": ("отозван", "Тест пройден недобросовестно"),
    "kk": ("кері қайтарылды", "Тест адал тапсырылмаған"),
}


def servant_speaking(language, **profile):
    servant = ServantProfileFactory(**profile).user
    servant.preferred_language = language
    servant.save()
    return servant


def html_of(message) -> str:
    (html, mimetype), *_ = message.alternatives
    assert mimetype == "text/html"
    return html


def assert_in_language(message, language, expected):
    subject, phrase = expected[language]
    assert subject.lower() in message.subject.lower(), message.subject
    assert phrase in message.body, message.body
    html = html_of(message)
    assert phrase.replace('"', "&quot;") in html
    assert f'<html lang="{language}">' in html


# --- assigned ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_opening_a_cycle_tells_each_servant_once_in_their_language(
    course, language, mailoutbox, django_capture_on_commit_callbacks
):
    servant = servant_speaking(language)
    with django_capture_on_commit_callbacks(execute=True):
        cycle = cycle_open(
            year=NEXT_YEAR, course_page_id=course.pk, due_on=datetime.date(NEXT_YEAR, 11, 30)
        )
    assert [m.to for m in mailoutbox] == [[servant.email]]
    message = mailoutbox[0]
    assert_in_language(message, language, ASSIGNED)
    assert "30.11." in message.subject
    assert f"{SITE}/learn/" in message.body
    assert f'href="{SITE}/learn/"' in html_of(message)
    assert "List-Unsubscribe" not in message.extra_headers  # official: no opting out

    send_assigned_notices.apply(args=[cycle.pk]).get()  # the task delivered again
    send_missed_notices.apply().get()  # and the sweep
    with django_capture_on_commit_callbacks(execute=True):
        cycle_open(year=NEXT_YEAR, course_page_id=course.pk)  # opened again: nobody new
    assert len(mailoutbox) == 1
    assert ReminderLog.objects.filter(user=servant, kind="assigned").count() == 1


def test_an_invitation_that_names_the_assignment_stands_for_the_assigned_notice(course, mailoutbox):
    from django.utils import timezone

    from lms.models import Invitation

    invited, known = servant_speaking("kk"), servant_speaking("ru")
    Invitation.objects.create(user=invited, requested_at=timezone.now(), pending=False)
    # Invited long ago (an earlier year): this year's assignment is news to them.
    old_invitation = servant_speaking("en")
    Invitation.objects.create(
        user=old_invitation,
        requested_at=timezone.now() - datetime.timedelta(days=200),
        pending=False,
    )
    cycle = cycle_open(year=NEXT_YEAR, course_page_id=course.pk)
    send_assigned_notices.apply(args=[cycle.pk]).get()
    assert sorted(m.to[0] for m in mailoutbox) == sorted([known.email, old_invitation.email])


def test_assigned_notices_go_out_in_chunks_each_once(course, mailoutbox, monkeypatch):
    servants = [servant_speaking("ru") for _ in range(5)]
    # In the test's transaction: the after-commit task is not queued.
    cycle = cycle_open(year=NEXT_YEAR, course_page_id=course.pk)
    monkeypatch.setattr(notifications, "CHUNK", 2)
    assert send_assigned_notices.apply(args=[cycle.pk]).get() == 2  # and queues the rest
    assert sorted(m.to[0] for m in mailoutbox) == sorted(s.email for s in servants)
    send_assigned_notices.apply(args=[cycle.pk]).get()
    assert len(mailoutbox) == 5


def test_the_sweep_sends_what_a_broker_outage_lost_and_only_recent_ones(
    course, mailoutbox, django_capture_on_commit_callbacks, frozen_time
):
    old = AssignmentFactory(servant=servant_speaking("en"), course=course)  # long assigned
    frozen_time.shift(datetime.timedelta(days=10))
    servant = servant_speaking("kk")
    # The broker is down: the notices' task is lost.
    with celery_sending_to(DEAD_BROKER), django_capture_on_commit_callbacks(execute=True):
        cycle_open(year=NEXT_YEAR, course_page_id=course.pk)
    assert mailoutbox == []
    assert send_missed_notices.apply().get() == 2  # the new cycle's two assignments
    assert sorted(m.to[0] for m in mailoutbox) == sorted([servant.email, old.servant.email])
    assert send_missed_notices.apply().get() == 0
    # The assignment of ten days ago (this year's cycle) got no notice from the sweep.
    assert not ReminderLog.objects.filter(kind="assigned", key=str(old.pk)).exists()


def test_a_failed_send_leaves_no_log_and_the_retry_sends_it_once(course, mailoutbox, monkeypatch):
    servant = servant_speaking("en")
    cycle = cycle_open(year=NEXT_YEAR, course_page_id=course.pk)

    def refuse(self, fail_silently=False):
        raise smtplib.SMTPServerDisconnected("down")

    with monkeypatch.context() as patched:
        patched.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
        with pytest.raises(smtplib.SMTPServerDisconnected):
            notifications.assigned_notices_send(cycle_id=cycle.pk)
    assert not ReminderLog.objects.filter(user=servant).exists()
    assert notifications.assigned_notices_send(cycle_id=cycle.pk) == (1, False)
    assert notifications.assigned_notices_send(cycle_id=cycle.pk) == (0, False)
    assert len(mailoutbox) == 1


# --- certificates -----------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_an_issued_certificate_is_announced_once_with_its_links(
    course, complete, language, mailoutbox
):
    servant = servant_speaking(language)
    assignment = AssignmentFactory(servant=servant, course=course)
    certificate = complete(assignment)
    assert [m.to for m in mailoutbox] == [[servant.email]]
    message = mailoutbox[0]
    assert_in_language(message, language, ISSUED)
    assert certificate.serial in message.subject
    verify = certificate.verify_full_url
    download = f"{SITE}/certificates/{certificate.serial}.pdf"
    assert verify in message.body and download in message.body
    html = html_of(message)
    assert f'href="{verify}"' in html and f'href="{download}"' in html

    send_certificate_notice.apply(args=[certificate.pk, "cert_issued"]).get()  # retried
    send_missed_certificate_notices.apply().get()
    assert len(mailoutbox) == 1


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_revoked_certificate_is_announced_once_with_category_and_reason(
    course, complete, language, mailoutbox, django_capture_on_commit_callbacks
):
    servant = servant_speaking(language)
    certificate = complete(AssignmentFactory(servant=servant, course=course))
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(
            certificate=certificate,
            by=None,
            reason="Finished in 40 seconds",
            category=RevocationCategory.INTEGRITY,
        )
    assert [m.to for m in mailoutbox] == [[servant.email]]
    message = mailoutbox[0]
    assert_in_language(message, language, REVOKED)
    assert certificate.serial in message.subject
    assert "Finished in 40 seconds" in message.body and "Finished in 40 seconds" in html_of(message)
    assert certificate.verify_full_url in html_of(message)

    send_certificate_notice.apply(args=[certificate.pk, "cert_revoked"]).get()
    send_missed_certificate_notices.apply().get()
    assert len(mailoutbox) == 1


def test_certificate_notices_lost_to_a_broker_outage_are_swept_up(
    course, complete, mailoutbox, django_capture_on_commit_callbacks
):
    servant = servant_speaking("ru")
    with celery_sending_to(DEAD_BROKER):
        certificate = complete(AssignmentFactory(servant=servant, course=course))
    assert mailoutbox == []
    assert send_missed_certificate_notices.apply().get() == 1
    assert certificate.serial in mailoutbox[0].subject
    with celery_sending_to(DEAD_BROKER), django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, by=None, reason="Typo in the name")
    assert len(mailoutbox) == 1
    assert send_missed_certificate_notices.apply().get() == 1
    assert send_missed_certificate_notices.apply().get() == 0
    assert "Отозван организацией" in mailoutbox[1].body  # the category, in Russian
    assert Certificate.objects.get(pk=certificate.pk).revoked_at is not None


def test_the_certificate_sweep_goes_through_every_chunk_once(
    course, complete, mailoutbox, monkeypatch
):
    monkeypatch.setattr(notifications, "CHUNK", 2)
    with celery_sending_to(DEAD_BROKER):
        for _ in range(5):
            complete(AssignmentFactory(servant=servant_speaking("kk"), course=course))
    inactive = servant_speaking("en")
    complete(AssignmentFactory(servant=inactive, course=course))  # its notice is lost too...
    ReminderLog.objects.filter(user=inactive).delete()
    inactive.is_active = False  # ...and its holder's account is closed since
    inactive.save()
    mailoutbox.clear()
    assert send_missed_certificate_notices.apply().get() == 5
    assert send_missed_certificate_notices.apply().get() == 0


# --- unsubscribe ------------------------------------------------------------------------------

TODAY = clock.TODAY + datetime.timedelta(days=(1 - clock.TODAY.weekday()) % 7)


def unsubscribe_path(message) -> str:
    url = next(w for w in message.body.split() if "/notices/" in w)
    return url.removeprefix(SITE)


def test_a_reminder_carries_a_signed_link_that_unsubscribes_on_post_only(
    client, course, mailoutbox
):
    servant = servant_speaking("ru")
    AssignmentFactory(servant=servant, course=course, due_on=TODAY + datetime.timedelta(7))
    reminders_send(today=TODAY)
    (message,) = mailoutbox
    path = unsubscribe_path(message)
    assert message.extra_headers["List-Unsubscribe"] == f"<{SITE}{path}>"
    assert f'href="{SITE}{path}"' in html_of(message)

    page = client.get(path)
    assert page.status_code == 200
    assert "Отписаться" in page.content.decode()  # the page speaks the recipient's language
    assert not NotificationPreference.objects.exists()  # a GET changes nothing

    response = client.post(path, {"action": "unsubscribe"})
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=servant).due_reminders is False
    assert "больше не будете получать" in client.get(response["Location"]).content.decode()

    reminders_send(today=TODAY + datetime.timedelta(6))  # the 1-day reminder is not sent
    assert len(mailoutbox) == 1
    client.post(path, {"action": "subscribe"})  # changed their mind
    reminders_send(today=TODAY + datetime.timedelta(6))
    assert len(mailoutbox) == 2


def test_one_click_unsubscribe_from_a_mail_client_needs_no_csrf_token(course, mailoutbox):
    from django.test import Client

    servant = servant_speaking("en")
    AssignmentFactory(servant=servant, course=course, due_on=TODAY + datetime.timedelta(7))
    reminders_send(today=TODAY)
    path = unsubscribe_path(mailoutbox[0])
    response = Client(enforce_csrf_checks=True).post(
        path, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=servant).due_reminders is False


@pytest.mark.parametrize("method", ["get", "post"])
def test_a_tampered_or_foreign_token_is_not_found_and_changes_nothing(client, method):
    servant = servant_speaking("en")
    other = servant_speaking("en")
    token = unsubscribe_token(user=servant, topic="due_reminders")
    forged = signing.dumps({"u": other.pk, "t": "due_reminders"}, salt="another-salt")
    for bad in (token[:-2] + ("AA" if not token.endswith("AA") else "BB"), forged, "bad:token"):
        response = getattr(client, method)(f"/notices/{bad}/", {"action": "unsubscribe"})
        assert response.status_code == 404
    assert not NotificationPreference.objects.exists()


def test_official_notices_ignore_the_unsubscribe(
    course, complete, mailoutbox, django_capture_on_commit_callbacks
):
    servant = servant_speaking("en")
    NotificationPreference.objects.create(user=servant, due_reminders=False, hr_digest=False)
    with django_capture_on_commit_callbacks(execute=True):
        cycle_open(year=NEXT_YEAR, course_page_id=course.pk)
    late = AssignmentFactory(servant=servant, course=course, due_on=TODAY - datetime.timedelta(3))
    reminders_send(today=TODAY)  # overdue: sent all the same
    certificate = complete(late)
    with django_capture_on_commit_callbacks(execute=True):
        certificate_revoke(certificate=certificate, by=None, reason="Issued to the wrong person")
    kinds = list(ReminderLog.objects.filter(user=servant).values_list("kind", flat=True))
    assert sorted(kinds) == ["assigned", "cert_issued", "cert_revoked", "overdue"]
    assert len(mailoutbox) == 4
    assert all("List-Unsubscribe" not in m.extra_headers for m in mailoutbox)
    assert all("/notices/" not in m.body for m in mailoutbox)


def test_an_officer_can_switch_the_weekly_digest_off(client, course, mailoutbox):
    unit = make_unit("digest")
    servant_speaking("en", unit=unit)
    late = AssignmentFactory(
        servant=servant_speaking("en", unit=unit),
        course=course,
        due_on=TODAY - datetime.timedelta(10),
    )
    officer = UserFactory(email="officer@example.com", preferred_language="kk")
    HRScope.objects.create(user=officer, unit=unit)
    reminders_send(today=TODAY)
    (digest,) = [m for m in mailoutbox if m.to == ["officer@example.com"]]
    assert late.servant.get_full_name() in html_of(digest)
    assert f'href="{SITE}/hr/"' in html_of(digest)
    assert "сыбайлас" in digest.subject  # Kazakh
    client.post(unsubscribe_path(digest))
    reminders_send(today=TODAY + datetime.timedelta(7))
    assert len([m for m in mailoutbox if m.to == ["officer@example.com"]]) == 1
    assert parseaddr(digest.from_email)[1]


# --- the editors' preview ---------------------------------------------------------------------


def test_staff_preview_every_notice_in_every_language(client):
    editor = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(editor)
    for notice in notifications.NOTICES:
        for language in ("kk", "ru", "en"):
            response = client.get("/admin/notices/", {"notice": notice, "language": language})
            assert response.status_code == 200, (notice, language)
            page = response.content.decode()
            assert "srcdoc=" in page and f"lang=&quot;{language}&quot;" in page
            rendered = response.context["rendered"]
            assert rendered.subject and rendered.text.strip()


def test_the_preview_is_for_staff_only(client):
    client.force_login(UserFactory())
    response = client.get("/admin/notices/")
    assert response.status_code == 302
