"""Notices: the emails the service sends to people, each once per event.

A notice is a set of templates (`templates/email/<notice>_subject.txt`, `<notice>.txt` and
`<notice>.html`, the HTML extending `email/base.html`), rendered in the recipient's language
and sent as plain text with an HTML alternative. Notices are templates kept with the code, not
CMS content: developers edit them.

Every send is recorded in `ReminderLog` under a unique (user, kind, key): the row is written,
then the email sent, in one transaction, so a failed send leaves no row and is tried again, and
a retried task, a second run or a sweep that overlaps the task sends nothing twice.

Which notices may be switched off: reminders before the due date and the HR digest. The
official ones (assigned, overdue, certificate issued, certificate revoked, and any kind not
listed in `OPTIONAL_KINDS`) always go out. Optional notices carry a signed one-click
unsubscribe link (`unsubscribe_url`) and the List-Unsubscribe header.

Events, their kind and key, and what sends them:

- assigned (`assigned`, assignment id): `lms.tasks.send_assigned_notices`, queued after
  `cycle_open`; the sweep `lms.tasks.send_missed_notices` sends what a lost task did not, and
  the notices of servants assigned on arrival;
- reminder (`due_30`, `due_7`, `due_1`; assignment id) and overdue (`overdue`,
  `<assignment id>:<ISO week>`): `lms.reminders.reminders_send`, daily;
- hr_digest (`hr_digest`, ISO week): the weekly escalation of the overdue to their HR, also
  from `reminders_send`;
- certificate_issued (`cert_issued`) and certificate_revoked (`cert_revoked`), keyed by the
  certificate id: `certificates.tasks.send_certificate_notice`, queued by the certificate
  services; the sweep `certificates.tasks.send_missed_certificate_notices`;
- invitation (not in `ReminderLog`): `lms.invitations`, rendered by `notice_render` and sent
  by `notice_deliver` like the others, but sent once per request under the lock of the
  person's `Invitation` row, since a person may rightly be invited again.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from lms.models import (
    Assignment,
    AssignmentStatus,
    Invitation,
    NotificationPreference,
    OrgUnit,
    ReminderKind,
    ReminderLog,
    ServantProfile,
    TrainingCycle,
    User,
)
from lms.tasking import enqueue_on_commit

logger = logging.getLogger(__name__)

# The notices, in the order the preview lists them, with what an editor reads about each.
NOTICES: dict[str, str] = {
    "assigned": _("Training assigned (official)"),
    "reminder": _("Reminder before the due date (optional)"),
    "overdue": _("Training overdue (official, weekly)"),
    "hr_digest": _("Weekly digest of the overdue for HR (optional)"),
    "certificate_issued": _("Certificate issued (official)"),
    "certificate_revoked": _("Certificate revoked (official)"),
    # Sent by lms.invitations, which keeps its own record of each request (not ReminderLog).
    "invitation": _("Invitation to set a password (official)"),
}

# Which notice each logged kind sends, unless the caller names another.
KIND_NOTICE: dict[str, str] = {
    ReminderKind.DUE_30: "reminder",
    ReminderKind.DUE_7: "reminder",
    ReminderKind.DUE_1: "reminder",
    ReminderKind.OVERDUE: "overdue",
    ReminderKind.HR_DIGEST: "hr_digest",
    ReminderKind.ASSIGNED: "assigned",
    ReminderKind.CERTIFICATE_ISSUED: "certificate_issued",
    ReminderKind.CERTIFICATE_REVOKED: "certificate_revoked",
}

# The kinds a user may switch off, by the NotificationPreference field that switches them.
OPTIONAL_KINDS: dict[str, str] = {
    ReminderKind.DUE_30: "due_reminders",
    ReminderKind.DUE_7: "due_reminders",
    ReminderKind.DUE_1: "due_reminders",
    ReminderKind.HR_DIGEST: "hr_digest",
}
TOPICS: dict[str, str] = {
    "due_reminders": _("reminders before the due date of your training"),
    "hr_digest": _("the weekly digest of servants who are overdue"),
}

# "Assigned" goes to assignments created this recently (the sweep's window, and no flood of
# notices for old assignments when a cycle is opened again or after an upgrade).
ASSIGNED_WINDOW = datetime.timedelta(days=7)
# An invitation requested this close to an assignment (before or after it) announces it.
INVITATION_COVERS = datetime.timedelta(days=1)
# How many notices one task sends before it queues the next chunk (a task has a time limit).
CHUNK = 200

UNSUBSCRIBE_SALT = "lms.notifications.unsubscribe"


@dataclass(frozen=True)
class RenderedNotice:
    subject: str
    text: str
    html: str


# --- unsubscribe ----------------------------------------------------------------------------


def unsubscribe_token(*, user: User, topic: str) -> str:
    """A signed token naming the user and what they may switch off; it does not expire (an
    unsubscribe link in an old email keeps working) and changes nothing but that switch."""
    assert topic in TOPICS, topic
    return signing.dumps({"u": user.pk, "t": topic}, salt=UNSUBSCRIBE_SALT, compress=True)


def unsubscribe_url(*, user: User, topic: str) -> str:
    token = unsubscribe_token(user=user, topic=topic)
    return settings.SITE_URL + reverse("notice_unsubscribe", kwargs={"token": token})


def unsubscribe_read(*, token: str) -> tuple[User, str]:
    """The user and topic of a token; `signing.BadSignature` when it was not signed by us or
    names no active user."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(data, dict) or data.get("t") not in TOPICS:
        raise signing.BadSignature("Unknown topic.")
    user = User.objects.filter(pk=data.get("u"), is_active=True).first()
    if user is None:
        raise signing.BadSignature("Unknown user.")
    return user, data["t"]


def notification_preference_set(*, user: User, topic: str, enabled: bool) -> None:
    assert topic in TOPICS, topic
    NotificationPreference.objects.update_or_create(user=user, defaults={topic: enabled})


def notice_wanted(*, user: User, kind: str) -> bool:
    topic = OPTIONAL_KINDS.get(kind)
    if topic is None:
        return True  # official: always sent
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference is None or getattr(preference, topic)


def topic_enabled(*, user: User, topic: str) -> bool:
    preference = NotificationPreference.objects.filter(user=user).first()
    return preference is None or getattr(preference, topic)


# --- rendering and sending ------------------------------------------------------------------


def notice_render(
    *, notice: str, user: User, context: dict, unsubscribe: str = ""
) -> RenderedNotice:
    """Subject, text and HTML of a notice in the user's language (the preview uses it too)."""
    with translation.override(user.preferred_language):
        context = {
            **context,
            "user": user,
            "site_url": settings.SITE_URL,
            "language": user.preferred_language,
            "unsubscribe_url": unsubscribe,
        }
        subject = render_to_string(f"email/{notice}_subject.txt", context)
        context["subject"] = " ".join(subject.split())
        return RenderedNotice(
            subject=context["subject"],
            text=render_to_string(f"email/{notice}.txt", context),
            html=render_to_string(f"email/{notice}.html", context),
        )


def notice_deliver(*, user: User, rendered: RenderedNotice, unsubscribe: str = "") -> None:
    """Send a rendered notice to the user's address: plain text with the HTML alternative,
    and the one-click unsubscribe headers when it has a link. Records nothing: `send_notice`
    logs the events sent once; an invitation keeps its own record (`lms.invitations`)."""
    headers = {}
    if unsubscribe:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        rendered.subject, rendered.text, settings.DEFAULT_FROM_EMAIL, [user.email], headers=headers
    )
    message.attach_alternative(rendered.html, "text/html")
    message.send()


def send_notice(
    *, user: User, kind: str, key: str, context: dict, notice: str | None = None
) -> bool:
    """Send one notice to `user`, once: True if it went out now, False if it had been sent
    before (the same user, kind and key), or the user switched this kind off, or has no
    address or account any more.

    `kind` is a ReminderKind (a new kind needs its choice there); `key` names the event
    (assignment id, `<assignment>:<date>`, certificate id...); `context` is what the
    templates read; `notice` is the template set, by default `KIND_NOTICE[kind]` — e.g. a
    reminder an HR officer asks for: `send_notice(user=servant, kind=ReminderKind.MANUAL,
    key=f"{assignment.pk}:{today}", notice="reminder", context={"assignment": assignment,
    "days_left": ...})`. Kinds not in `OPTIONAL_KINDS` ignore the user's unsubscribe.

    The log row and the send share a transaction: if sending fails the row is rolled back, so
    a retry sends it; if the row exists, nothing is sent."""
    notice = notice or KIND_NOTICE[kind]
    if not user.is_active or not user.email or not notice_wanted(user=user, kind=kind):
        return False
    topic = OPTIONAL_KINDS.get(kind)
    unsubscribe = unsubscribe_url(user=user, topic=topic) if topic else ""
    try:
        with transaction.atomic():
            ReminderLog.objects.create(user=user, kind=kind, key=key)
            rendered = notice_render(
                notice=notice, user=user, context=context, unsubscribe=unsubscribe
            )
            notice_deliver(user=user, rendered=rendered, unsubscribe=unsubscribe)
    except IntegrityError:
        return False  # already sent
    return True


def course_title(*, course, language: str) -> str:
    """The course page's title in `language` when it has that translation."""
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    return (translated or course).title


# --- assigned -------------------------------------------------------------------------------


def notify_assigned_on_commit(*, cycle_id: int | None = None) -> None:
    """After the commit, queue the "assigned" notices of a cycle's new assignments (all
    cycles with None). A lost task is caught up by the `send_missed_notices` sweep."""
    enqueue_on_commit("lms.tasks.send_assigned_notices", cycle_id)


def _assignments_awaiting_notice(*, cycle_id: int | None):
    sent = ReminderLog.objects.filter(
        user=OuterRef("servant"),
        kind=ReminderKind.ASSIGNED,
        key=Cast(OuterRef("pk"), output_field=ReminderLog._meta.get_field("key")),
    )
    # A person invited with the assignment (an import or an admin created them, lms.invitations)
    # learns of it from the invitation, which names the course and the due date.
    invited_with_it = Invitation.objects.filter(
        user=OuterRef("servant"),
        requested_at__gte=OuterRef("created_at") - INVITATION_COVERS,
    )
    awaiting = (
        Assignment.objects.filter(
            created_at__gte=timezone.now() - ASSIGNED_WINDOW,
            servant__is_active=True,
        )
        .exclude(servant__email="")
        .exclude(status__in=[AssignmentStatus.COMPLETED, AssignmentStatus.EXEMPT])
        .exclude(Exists(sent))
        .exclude(Exists(invited_with_it))
    )
    if cycle_id is not None:
        awaiting = awaiting.filter(cycle_id=cycle_id)
    return awaiting


def assigned_notices_send(
    *, cycle_id: int | None = None, limit: int | None = None
) -> tuple[int, bool]:
    """Send up to `limit` (default CHUNK) "assigned" notices not sent yet, for recent
    assignments of the cycle (or of every cycle). Returns how many were sent and whether more
    are waiting."""
    limit = limit or CHUNK
    awaiting = _assignments_awaiting_notice(cycle_id=cycle_id)
    batch = list(awaiting.select_related("servant", "cycle", "course").order_by("pk")[: limit + 1])
    titles: dict[tuple[int, str], str] = {}
    sent = 0
    for assignment in batch[:limit]:
        language = assignment.servant.preferred_language
        if (assignment.course_id, language) not in titles:
            titles[assignment.course_id, language] = course_title(
                course=assignment.course, language=language
            )
        sent += send_notice(
            user=assignment.servant,
            kind=ReminderKind.ASSIGNED,
            key=str(assignment.pk),
            context={
                "assignment": assignment,
                "course_title": titles[assignment.course_id, language],
            },
        )
    # Nothing sent from a full chunk would mean the same rows again: stop rather than loop.
    return sent, len(batch) > limit and sent > 0


# --- samples for the editors' preview -------------------------------------------------------


def sample_contexts(*, language: str) -> dict[str, tuple[User, dict]]:
    """A recipient and a context for each notice of this app, built from unsaved objects (role
    names, as the demo's accounts have, not people's)."""
    today = timezone.localdate()
    servant_word = {"kk": "Қызметші", "ru": "Служащий", "en": "Servant"}[language]
    servant = User(
        email="servant@example.com",
        last_name=servant_word,
        first_name={"kk": "Үлгі", "ru": "Образец", "en": "Sample"}[language],
        preferred_language=language,
    )
    servant.pk = 0
    cycle = TrainingCycle(year=today.year, opens_on=today, due_on=today)
    assignment = Assignment(
        pk=0,
        servant=servant,
        cycle=cycle,
        due_on=today + datetime.timedelta(days=7),
        lessons_done=3,
        lessons_total=8,
    )
    overdue = Assignment(
        pk=0,
        servant=servant,
        cycle=cycle,
        due_on=today - datetime.timedelta(days=10),
        lessons_done=5,
        lessons_total=8,
    )
    title = {
        "kk": "Мемлекеттік қызметшілерге арналған сыбайлас жемқорлыққа қарсы оқыту",
        "ru": "Антикоррупционное обучение государственных служащих",
        "en": "Anti-corruption training for public servants",
    }[language]
    officer = User(
        email="hr@example.com",
        last_name={"kk": "Кадр қызметі", "ru": "Кадровая служба", "en": "HR Officer"}[language],
        preferred_language=language,
    )
    officer.pk = 0
    unit = OrgUnit(
        name="Department of public procurement",
        name_ru="Департамент государственных закупок",
        name_kk="Мемлекеттік сатып алу департаменті",
    )
    late = []
    for n in range(1, 4):
        person = User(last_name=f"{servant_word} {n}", preferred_language=language)
        ServantProfile(user=person, unit=unit)  # cached on `person`, never saved
        late.append(
            Assignment(servant=person, cycle=cycle, due_on=today - datetime.timedelta(days=9 + n))
        )
    with translation.override(language):
        sample_link = reverse(
            "account_reset_password_from_key", kwargs={"uidb36": "0", "key": "sample-key"}
        )
        sign_in = reverse("account_login")
    invitation = {
        "organisation": {
            "kk": "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі",
            "ru": "Агентство по противодействию коррупции",
            "en": "Anti-Corruption Agency",
        }[language],
        "assignment": assignment,
        "course_title": title,
        "link": f"{settings.SITE_URL}{sample_link}",
        "days": settings.ADAL_INVITATION_DAYS,
        "sign_in_url": f"{settings.SITE_URL}{sign_in}",
    }
    return {
        "assigned": (servant, {"assignment": assignment, "course_title": title}),
        "invitation": (servant, invitation),
        "reminder": (servant, {"assignment": assignment, "days_left": 7}),
        "overdue": (servant, {"assignment": overdue, "days_late": 10}),
        "hr_digest": (officer, {"late": late, "count": 53, "more": 50, "today": today}),
    }
