"""The certificate notices (issued, revoked) to the holder, sent through lms.notifications.

They are queued after the commit by `certificate_issue` and `certificate_revoke`; the sweep
`certificates_notify_missed` sends those a lost task never sent (each is logged once under the
certificate's id, so the task and the sweep never both send it)."""

from __future__ import annotations

import datetime
import time

from django.conf import settings
from django.db.models import Exists, OuterRef
from django.db.models.functions import Cast
from django.utils import timezone

from certificates.models import Certificate, RevocationCategory
from lms import notifications
from lms.dates import service_date
from lms.models import ReminderKind, ReminderLog, User
from lms.notifications import send_notice

# A certificate issued or revoked longer ago than this gets no notice from the sweep.
WINDOW = datetime.timedelta(days=7)
KINDS = (ReminderKind.CERTIFICATE_ISSUED, ReminderKind.CERTIFICATE_REVOKED)


def certificate_notice_context(certificate: Certificate) -> dict:
    revoked_at = certificate.revoked_at
    return {
        "certificate": certificate,
        "verify_url": certificate.verify_full_url,
        "download_url": settings.SITE_URL + certificate.get_absolute_url(),
        "revoked_on": service_date(revoked_at) if revoked_at else None,
        "category": (
            RevocationCategory(certificate.revocation_category).label
            if certificate.revocation_category
            else ""
        ),
        "reopened": certificate.revocation_category == RevocationCategory.INTEGRITY,
    }


def certificate_notice_send(*, certificate: Certificate, kind: str) -> bool:
    """Send the holder the notice of `kind` (issued or revoked) about this certificate, once.
    An "issued" notice is not sent any more once the certificate is revoked."""
    assert kind in KINDS, kind
    if kind == ReminderKind.CERTIFICATE_ISSUED and certificate.revoked_at is not None:
        return False
    if kind == ReminderKind.CERTIFICATE_REVOKED and certificate.revoked_at is None:
        return False
    return send_notice(
        user=certificate.assignment.servant,
        kind=kind,
        key=str(certificate.pk),
        context=certificate_notice_context(certificate),
    )


def _not_notified(kind: str):
    return ~Exists(
        ReminderLog.objects.filter(
            user=OuterRef("assignment__servant"),
            kind=kind,
            key=Cast(OuterRef("pk"), output_field=ReminderLog._meta.get_field("key")),
        )
    )


def certificates_notify_missed(*, limit: int | None = None, seconds: float = 180) -> int:
    """Send the notices of certificates issued or revoked in the last days that no task sent
    (the broker was down at the time), in chunks of `limit`, until none is left or `seconds`
    have passed (the next run goes on: a task has a time limit)."""
    limit = limit or notifications.CHUNK
    started = time.monotonic()
    since = timezone.now() - WINDOW
    certificates = (
        Certificate.objects.select_related("assignment__servant")
        .filter(assignment__servant__is_active=True)
        .exclude(assignment__servant__email="")
        .order_by("pk")
    )
    issued = certificates.filter(issued_at__gte=since, revoked_at__isnull=True).filter(
        _not_notified(ReminderKind.CERTIFICATE_ISSUED)
    )
    revoked = certificates.filter(revoked_at__gte=since).filter(
        _not_notified(ReminderKind.CERTIFICATE_REVOKED)
    )
    sent = 0
    for kind, queryset in ((ReminderKind.CERTIFICATE_ISSUED, issued),
                           (ReminderKind.CERTIFICATE_REVOKED, revoked)):  # fmt: skip
        while time.monotonic() - started < seconds:
            chunk = list(queryset[:limit])
            sent_now = sum(certificate_notice_send(certificate=c, kind=kind) for c in chunk)
            sent += sent_now
            if len(chunk) < limit or not sent_now:
                break
    return sent


def sample_contexts(*, language: str, servant: User) -> dict[str, tuple[User, dict]]:
    """Unsaved certificates for the editors' preview of the two notices."""
    now = timezone.now()
    title = {
        "kk": "Мемлекеттік қызметшілерге арналған сыбайлас жемқорлыққа қарсы оқыту",
        "ru": "Антикоррупционное обучение государственных служащих",
        "en": "Anti-corruption training for public servants",
    }[language]
    issued = Certificate(
        serial=f"AC-{now.year}-000123",
        code="sample-verification-code",
        holder_name=servant.get_full_name(),
        course_title=title,
        language=language,
        issued_at=now,
        valid_until=service_date(now) + datetime.timedelta(days=365),
    )
    revoked = Certificate(
        serial=issued.serial,
        code=issued.code,
        holder_name=issued.holder_name,
        course_title=title,
        language=language,
        issued_at=now - datetime.timedelta(days=20),
        valid_until=issued.valid_until,
        revoked_at=now,
        revocation_category=RevocationCategory.INTEGRITY,
        revocation_reason={
            "kk": "Тест тым тез тапсырылды",
            "ru": "Тест пройден слишком быстро",
            "en": "The test was finished too fast",
        }[language],
    )
    return {
        "certificate_issued": (servant, certificate_notice_context(issued)),
        "certificate_revoked": (servant, certificate_notice_context(revoked)),
    }
