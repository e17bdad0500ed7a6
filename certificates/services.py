from __future__ import annotations

import hashlib
import secrets
from datetime import timedelta

from django.core.files.base import ContentFile
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from certificates.models import Certificate, RevocationCategory, SerialCounter
from lms.models import Assignment
from lms.services import audit_log


def _next_serial(year: int) -> str:
    SerialCounter.objects.bulk_create([SerialCounter(year=year)], ignore_conflicts=True)
    counter = SerialCounter.objects.select_for_update().get(year=year)
    counter.last_number += 1
    counter.save(update_fields=["last_number"])
    return f"AC-{year}-{counter.last_number:06d}"


def _course_title(assignment: Assignment, language: str) -> str:
    course = assignment.course
    locale = Locale.objects.filter(language_code=language).first()
    translated = course.get_translation_or_none(locale) if locale else None
    return (translated or course).title


@transaction.atomic
def certificate_issue(*, assignment: Assignment) -> Certificate:
    """Create the certificate of a completed assignment (once), and render its PDF after commit."""
    existing = Certificate.objects.filter(assignment=assignment, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    holder = assignment.servant
    language = holder.preferred_language
    profile = getattr(holder, "servant_profile", None)
    organisation = profile.unit.organisation.name_in(language) if profile else ""
    issued_at = timezone.now()
    certificate = Certificate.objects.create(
        assignment=assignment,
        serial=_next_serial(assignment.cycle.year),
        code=secrets.token_urlsafe(24),
        holder_name=holder.get_full_name() or holder.email,
        course_title=_course_title(assignment, language),
        organisation_name=organisation,
        language=language,
        issued_at=issued_at,
        valid_until=timezone.localdate(issued_at)
        + timedelta(days=assignment.cycle.certificate_validity_days),
    )
    audit_log(actor=holder, action="certificate.issued", obj=certificate)

    from certificates.tasks import render_certificate_pdf

    certificate_id = certificate.pk
    transaction.on_commit(lambda: render_certificate_pdf.delay(certificate_id))
    return certificate


def certificate_render_pdf(*, certificate: Certificate, force: bool = False) -> Certificate:
    """Render and store the PDF. The row points at the file only once it is completely written."""
    from certificates.pdf import render_certificate

    if certificate.pdf and certificate.sha256 and not force:
        return certificate
    data = render_certificate(certificate)
    digest = hashlib.sha256(data).hexdigest()
    storage = certificate.pdf.storage
    # The name carries the content hash: a file, once written, never changes under its name.
    name = f"{certificate.issued_at:%Y}/{certificate.serial}-{digest[:16]}.pdf"
    if not storage.exists(name):
        name = storage.save(name, ContentFile(data))
    old_name = certificate.pdf.name
    Certificate.objects.filter(pk=certificate.pk).update(pdf=name, sha256=digest)
    if old_name and old_name != name:
        storage.delete(old_name)
    certificate.refresh_from_db()
    return certificate


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by, reason: str, category: str = RevocationCategory.WITHDRAWN
) -> Certificate:
    """Revoke a certificate. The record stays, and verification shows it as revoked with the
    date and category. When the test was not taken honestly, the servant's training for that
    cycle is reopened: passing again issues a new certificate."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if certificate.revoked_at is None:
        certificate.revoked_at = timezone.now()
        certificate.revocation_reason = reason
        certificate.revocation_category = category
        certificate.save(update_fields=["revoked_at", "revocation_reason", "revocation_category"])
        audit_log(
            actor=by,
            action="certificate.revoked",
            obj=certificate,
            data={"reason": reason, "category": category},
        )
        if category == RevocationCategory.INTEGRITY:
            from lms.services import assignment_reopen

            assignment_reopen(assignment=certificate.assignment, by=by)
    return certificate


def certificates_render_missing() -> int:
    """Render every certificate still without a PDF (a lost task or a broker outage loses
    nothing: the periodic task calls this)."""
    count = 0
    for certificate in Certificate.objects.filter(Q(pdf="") | Q(sha256="")).iterator():
        certificate_render_pdf(certificate=certificate)
        count += 1
    return count


def certificates_regenerate(
    *, year: int | None = None, organisation_code: str | None = None
) -> int:
    """Render the PDFs again (after a template or signing key change)."""
    certificates = Certificate.objects.all()
    if year:
        certificates = certificates.filter(assignment__cycle__year=year)
    if organisation_code:
        certificates = certificates.filter(
            assignment__servant__servant_profile__unit__organisation__code=organisation_code
        )
    count = 0
    for certificate in certificates.iterator():
        certificate_render_pdf(certificate=certificate, force=True)
        count += 1
    return count
