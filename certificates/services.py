from __future__ import annotations

import hashlib
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Locale

from certificates.codes import code_new
from certificates.models import (
    BundleStatus,
    Certificate,
    CertificateBundle,
    CertificateCopy,
    RevocationCategory,
    SerialCounter,
)
from certificates.pdf import render_certificate
from certificates.selectors import certificate_template_for, certificates_for_regenerate
from legal.selectors import law_versions_taught
from lms.dates import service_date
from lms.models import Assignment, Language
from lms.services import (
    assignment_mark_completed,
    assignment_reopen,
    audit_log,
    hr_check_servant_in_scope,
    hr_check_unit_in_scope,
)
from lms.storage import delete_others, write_once
from lms.tasking import enqueue_on_commit


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
def certificate_issue(*, assignment: Assignment, language: str | None = None) -> Certificate:
    """Create the certificate of a completed assignment (once), and render its PDF after commit.
    It is written in `language` (the language the final test was taken in), else in the
    holder's preferred language."""
    existing = Certificate.objects.filter(assignment=assignment, revoked_at__isnull=True).first()
    if existing is not None:
        return existing
    holder = assignment.servant
    if language not in Language.values:
        language = holder.preferred_language
    profile = getattr(holder, "servant_profile", None)
    organisation = profile.unit.organisation if profile else None
    issued_at = timezone.now()
    certificate = Certificate.objects.create(
        assignment=assignment,
        serial=_next_serial(assignment.cycle.year),
        code=code_new(),
        holder_name=holder.get_full_name() or holder.email,
        course_title=_course_title(assignment, language),
        organisation_name=organisation.name_in(language) if organisation else "",
        template=certificate_template_for(organisation=organisation),
        language=language,
        issued_at=issued_at,
        valid_until=service_date(issued_at)
        + timedelta(days=assignment.cycle.certificate_validity_days),
        law_versions=law_versions_taught(assignment=assignment, on=service_date(issued_at)),
    )
    audit_log(actor=holder, action="certificate.issued", obj=certificate)

    # If the broker is down, the periodic render_missing_certificates task renders it later.
    enqueue_on_commit("certificates.tasks.render_certificate_pdf", certificate.pk)
    enqueue_on_commit("certificates.tasks.send_certificate_notice", certificate.pk, "cert_issued")
    return certificate


@transaction.atomic
def assignment_complete(
    *, assignment: Assignment, language: str | None = None
) -> Certificate | None:
    """The one way an assignment is completed (its servant passed the final test): mark it
    completed and issue its certificate in the same transaction, so that there is never a
    completion without a certificate or a certificate without a completion. None when the
    assignment already was completed or is exempt (nothing changes)."""
    completed = assignment_mark_completed(assignment=assignment)
    if completed is None:
        return None
    return certificate_issue(assignment=completed, language=language)


def _write_atomically(storage, name: str, data: bytes) -> str:
    """Write a whole file or nothing, on a shared folder or in a bucket (lms.storage)."""
    return write_once(storage, name, data)


def _delete_other_files(storage, directory: str, keep: str) -> None:
    """Remove what an interrupted render left beside the current file."""
    delete_others(storage, directory, keep)


def certificate_render_pdf(*, certificate: Certificate, force: bool = False) -> Certificate:
    """Render and store the PDF. Each certificate's files live in a folder of their own, named
    by content hash: a file never changes under its name, and the row points at a file only
    once it is completely written. Rendering runs unlocked; writing and pointing run under the
    row's lock, so concurrent or repeated renders leave exactly one file."""
    if certificate.pdf and certificate.sha256 and not force:
        return certificate
    data = render_certificate(certificate)
    digest = hashlib.sha256(data).hexdigest()
    storage = certificate.pdf.storage
    directory = f"{certificate.issued_at:%Y}/{certificate.serial}"
    name = f"{directory}/{digest[:16]}.pdf"
    with transaction.atomic():
        current = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if current.pdf and current.sha256 and not force:
            return current  # another render finished first
        _write_atomically(storage, name, data)
        Certificate.objects.filter(pk=certificate.pk).update(
            pdf=name, sha256=digest, rendered_at=timezone.now()
        )
        old_name = current.pdf.name
        if old_name and old_name != name and not old_name.startswith(directory + "/"):
            storage.delete(old_name)  # a file from before per-certificate folders
        _delete_other_files(storage, directory, keep=name)
    certificate.refresh_from_db()
    return certificate


class CopyRefused(Exception):
    """A copy cannot be made: the language is the certificate's own or not one of ours, or the
    certificate is revoked."""


@transaction.atomic
def certificate_copy_request(*, certificate: Certificate, language: str, by) -> CertificateCopy:
    """A copy of the certificate in another of the three languages (once per language): the
    same serial, code and dates, the course and organisation named in that language. Rendered
    after commit; the catch-up sweep renders any copy a lost task left without a file."""
    certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
    if language not in Language.values or language == certificate.language:
        raise CopyRefused(language)
    if certificate.revoked_at is not None:
        raise CopyRefused("revoked")
    assignment = certificate.assignment
    profile = getattr(assignment.servant, "servant_profile", None)
    organisation = profile.unit.organisation if profile else None
    copy, created = CertificateCopy.objects.get_or_create(
        certificate=certificate,
        language=language,
        defaults={
            "course_title": _course_title(assignment, language),
            "organisation_name": organisation.name_in(language) if organisation else "",
            "requested_at": timezone.now(),
        },
    )
    if created:
        audit_log(
            actor=by,
            action="certificate.copy_requested",
            obj=certificate,
            data={"language": language},
        )
        enqueue_on_commit("certificates.tasks.render_certificate_copy", copy.pk)
    return copy


def certificate_copy_render_pdf(*, copy: CertificateCopy, force: bool = False) -> CertificateCopy:
    """Render and store a copy's PDF, as `certificate_render_pdf` does for the original: in a
    folder of its own beside the original's, named by content hash, pointed at once written."""
    if copy.pdf and copy.sha256 and not force:
        return copy
    certificate = copy.certificate
    data = render_certificate(copy.as_certificate())
    digest = hashlib.sha256(data).hexdigest()
    storage = copy.pdf.storage
    directory = f"{certificate.issued_at:%Y}/{certificate.serial}/{copy.language}"
    name = f"{directory}/{digest[:16]}.pdf"
    with transaction.atomic():
        current = CertificateCopy.objects.select_for_update().get(pk=copy.pk)
        if current.pdf and current.sha256 and not force:
            return current
        _write_atomically(storage, name, data)
        CertificateCopy.objects.filter(pk=copy.pk).update(
            pdf=name, sha256=digest, rendered_at=timezone.now()
        )
        _delete_other_files(storage, directory, keep=name)
    copy.refresh_from_db()
    return copy


@transaction.atomic
def certificate_revoke(
    *, certificate: Certificate, by, reason: str, category: str = RevocationCategory.WITHDRAWN
) -> Certificate:
    """Revoke a certificate. The record stays, and verification shows it as revoked with the
    date and category. When the test was not taken honestly, the servant's training for that
    cycle is reopened: passing again issues a new certificate. An HR officer (`by`) may revoke
    only certificates of servants in their scope."""
    hr_check_servant_in_scope(by=by, servant=certificate.assignment.servant)
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
        enqueue_on_commit(
            "certificates.tasks.send_certificate_notice", certificate.pk, "cert_revoked"
        )
        if category == RevocationCategory.INTEGRITY:
            assignment_reopen(assignment=certificate.assignment, by=by)
    return certificate


def certificates_render_missing(*, check_files: bool = False) -> int:
    """Render every certificate still without a PDF, one after another in this process. With
    `check_files`, also those whose file is gone from storage (after restoring a database
    without its files). The periodic catch-up queues chunks instead
    (`certificates.bulk.certificates_queue_missing`)."""
    count = 0
    missing = Q(pdf="") | Q(sha256="")
    candidates = Certificate.objects.all() if check_files else Certificate.objects.filter(missing)
    for certificate in candidates.iterator():
        lost = bool(certificate.pdf) and not certificate.pdf.storage.exists(certificate.pdf.name)
        if not certificate.pdf or not certificate.sha256 or lost:
            certificate_render_pdf(certificate=certificate, force=lost)
            count += 1
    copies = CertificateCopy.objects.select_related("certificate")
    if not check_files:
        copies = copies.filter(missing)
    for copy in copies.iterator():
        lost = bool(copy.pdf) and not copy.pdf.storage.exists(copy.pdf.name)
        if not copy.pdf or not copy.sha256 or lost:
            certificate_copy_render_pdf(copy=copy, force=lost)
            count += 1
    return count


def certificates_regenerate(
    *, year: int | None = None, organisation_code: str | None = None
) -> int:
    """Render the PDFs again (after a template or signing key change), one after another in
    this process: for small sets. `certificates.bulk.certificates_queue_regenerate` spreads a
    large set over the workers."""
    certificates = certificates_for_regenerate(year=year, organisation_code=organisation_code)
    count = 0
    for certificate in certificates.iterator():
        certificate_render_pdf(certificate=certificate, force=True)
        count += 1
    copies = CertificateCopy.objects.select_related("certificate").filter(
        certificate__in=certificates
    )
    for copy in copies.iterator():
        certificate_copy_render_pdf(copy=copy, force=True)
    return count


# --- Bulk downloads ---------------------------------------------------------------------------


@transaction.atomic
def bundle_request(*, user, unit, year: int) -> CertificateBundle:
    """Queue a ZIP of the unit's (and its subunits') certificates of a year, for an HR officer
    whose scope covers the unit. Built by `certificates.bulk.bundle_build`."""
    hr_check_unit_in_scope(by=user, unit=unit)
    bundle = CertificateBundle.objects.create(requested_by=user, unit=unit, year=year)
    audit_log(actor=user, action="certificates.bundle_requested", obj=unit, data={"year": year})
    enqueue_on_commit(
        "certificates.tasks.build_certificate_bundle",
        bundle.pk,
        on_failure=lambda: bundle_fail(bundle_id=bundle.pk),
    )
    return bundle


def bundle_fail(*, bundle_id: int) -> None:
    CertificateBundle.objects.filter(pk=bundle_id).exclude(status=BundleStatus.READY).update(
        status=BundleStatus.FAILED, finished_at=timezone.now()
    )


def bundles_delete_expired() -> int:
    """Delete the files of downloads past their expiry; the rows stay for the record."""
    count = 0
    expired = CertificateBundle.objects.filter(
        status=BundleStatus.READY, expires_at__lte=timezone.now()
    )
    for bundle in expired.iterator():
        if bundle.file:
            bundle.file.storage.delete(bundle.file.name)
        CertificateBundle.objects.filter(pk=bundle.pk).update(status=BundleStatus.EXPIRED, file="")
        count += 1
    return count
