import datetime

import pytest

from lms.models import HRScope, ReminderLog
from lms.reminders import reminders_send
from tests import clock
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
    make_unit,
)

pytestmark = pytest.mark.django_db

# The Tuesday of the run's week (the weekly digest goes out on a fixed weekday).
TODAY = clock.TODAY + datetime.timedelta(days=(1 - clock.TODAY.weekday()) % 7)


@pytest.fixture
def cycle():
    return TrainingCycleFactory()


def assigned(course, cycle, due, language="en", **profile):
    servant = ServantProfileFactory(**profile).user
    servant.preferred_language = language
    servant.save()
    return AssignmentFactory(servant=servant, cycle=cycle, course=course, due_on=due)


def test_servants_are_reminded_30_7_and_1_days_before_once_each(course, cycle, mailoutbox):
    a30 = assigned(course, cycle, TODAY + datetime.timedelta(30))
    a7 = assigned(course, cycle, TODAY + datetime.timedelta(7))
    a1 = assigned(course, cycle, TODAY + datetime.timedelta(1))
    assigned(course, cycle, TODAY + datetime.timedelta(45))  # too early for a reminder
    reminders_send(today=TODAY)
    assert sorted(m.to[0] for m in mailoutbox) == sorted(a.servant.email for a in (a30, a7, a1))
    kinds = dict(ReminderLog.objects.values_list("user__email", "kind"))
    assert kinds[a7.servant.email] == "due_7"
    assert "/learn/" in mailoutbox[0].body
    reminders_send(today=TODAY)  # the same day again: nothing new
    assert len(mailoutbox) == 3


def test_completed_and_exempt_servants_are_not_reminded(course, cycle, mailoutbox):
    assigned(course, cycle, TODAY + datetime.timedelta(7))
    done = assigned(course, cycle, TODAY + datetime.timedelta(7))
    done.status, done.completed_at = "completed", clock.NOW - datetime.timedelta(days=30)
    done.save()
    exempt = assigned(course, cycle, TODAY + datetime.timedelta(7))
    exempt.status = "exempt"
    exempt.save()
    reminders_send(today=TODAY)
    assert len(mailoutbox) == 1


def test_overdue_servants_are_reminded_weekly(course, cycle, mailoutbox):
    assigned(course, cycle, TODAY - datetime.timedelta(3))
    reminders_send(today=TODAY)
    reminders_send(today=TODAY + datetime.timedelta(1))  # same week
    assert len(mailoutbox) == 1
    assert "overdue" in mailoutbox[0].subject
    reminders_send(today=TODAY + datetime.timedelta(7))
    assert len(mailoutbox) == 2


def test_emails_go_out_in_the_recipients_language(course, cycle, mailoutbox):
    assigned(course, cycle, TODAY + datetime.timedelta(7), language="kk")
    assigned(course, cycle, TODAY + datetime.timedelta(7), language="ru")
    reminders_send(today=TODAY)
    bodies = {m.to[0]: m.subject + m.body for m in mailoutbox}
    texts = sorted(bodies.values())
    assert any("сыбайлас" in text for text in texts)  # Kazakh
    assert any("антикоррупцион" in text.lower() for text in texts)  # Russian


def test_hr_officers_get_a_weekly_digest_of_the_overdue_in_their_scope(course, cycle, mailoutbox):
    unit = make_unit("digest")
    elsewhere = make_unit("elsewhere")
    late = assigned(course, cycle, TODAY - datetime.timedelta(10), unit=unit)
    assigned(course, cycle, TODAY - datetime.timedelta(10), unit=elsewhere)
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=unit)
    reminders_send(today=TODAY)
    reminders_send(today=TODAY)
    digests = [m for m in mailoutbox if m.to == ["officer@example.com"]]
    assert len(digests) == 1
    assert late.servant.get_full_name() in digests[0].body
    assert "1 servant is overdue" in digests[0].subject
    assert "/hr/" in digests[0].body


def test_a_reminder_logged_before_the_upgrade_is_not_sent_again(course, cycle, mailoutbox):
    """Reminders kept their kinds and keys when they became notices: the rows written by the
    plain-text reminders still count as sent."""
    a7 = assigned(course, cycle, TODAY + datetime.timedelta(7))
    late = assigned(course, cycle, TODAY - datetime.timedelta(3))
    week = "{}-W{:02d}".format(*TODAY.isocalendar()[:2])
    ReminderLog.objects.create(user=a7.servant, kind="due_7", key=str(a7.pk))
    ReminderLog.objects.create(user=late.servant, kind="overdue", key=f"{late.pk}:{week}")
    reminders_send(today=TODAY)
    assert mailoutbox == []


def test_reminders_have_an_html_part_with_the_link(course, cycle, mailoutbox):
    assigned(course, cycle, TODAY + datetime.timedelta(7), language="kk")
    reminders_send(today=TODAY)
    (html, mimetype), *_ = mailoutbox[0].alternatives
    assert mimetype == "text/html"
    assert '<html lang="kk">' in html
    assert "/learn/" in html and "/notices/" in html  # the link and the unsubscribe link


def test_the_digest_counts_those_beyond_the_first_fifty(course, cycle, mailoutbox):
    unit = make_unit("many")
    for _ in range(52):
        assigned(course, cycle, TODAY - datetime.timedelta(10), unit=unit)
    officer = UserFactory(email="officer@example.com")
    HRScope.objects.create(user=officer, unit=unit)
    reminders_send(today=TODAY)
    (digest,) = [m for m in mailoutbox if m.to == ["officer@example.com"]]
    assert "52 servants are overdue" in digest.subject
    assert "…and 2 more." in digest.body


def test_a_reminder_flagged_overdue_is_sent_as_the_overdue_notice(course, cycle, mailoutbox):
    """The one-off reminders (e.g. sent by hand) name the "reminder" notice with the context's
    `overdue` flag, as the plain-text template once read it."""
    from lms.reminders import _send_once

    late = assigned(course, cycle, TODAY - datetime.timedelta(4), language="ru")
    assert _send_once(
        user=late.servant, kind="overdue", key="by-hand", template="reminder",
        context={"assignment": late, "overdue": True, "days_late": 4, "days_left": -4},
    )  # fmt: skip
    assert "истёк" in mailoutbox[0].subject
    assert "4 дня назад" in mailoutbox[0].body
