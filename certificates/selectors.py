from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from enum import StrEnum

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from certificates.codes import code_normalise
from certificates.models import (
    Certificate,
    CertificateBundle,
    CertificateCopy,
    CertificateTemplate,
)
from certificates.signing import SigningNotConfigured, signature_check
from lms.models import Language, Organisation, OrgUnit, User
from lms.selectors import hr_units, user_in_hr_scope

logger = logging.getLogger(__name__)


def certificate_by_code(*, code: str) -> Certificate | None:
    """The certificate of a code as stored (old codes are case-sensitive) or as a person typed
    a new-format code: any case, with spaces or hyphens, O for 0, I or L for 1."""
    certificate = Certificate.objects.filter(code=code).first()
    if certificate is None:
        normalised = code_normalise(code)
        if normalised is not None and normalised != code:
            certificate = Certificate.objects.filter(code=normalised).first()
    return certificate


def certificate_code_exists(*, code: str) -> bool:
    """Whether a certificate has exactly this code (no normalising)."""
    return Certificate.objects.filter(code=code).exists()


def certificate_template_for(*, organisation: Organisation | None) -> CertificateTemplate | None:
    """The organisation's own template, else the default one (None: the built-in look)."""
    if organisation is not None:
        own = CertificateTemplate.objects.filter(organisation=organisation).first()
        if own is not None:
            return own
    return CertificateTemplate.objects.filter(is_default=True).first()


def certificates_for_bundle(*, unit: OrgUnit, year: int) -> QuerySet[Certificate]:
    """The certificates (not revoked) of a year held by servants of the unit and its subunits."""
    return (
        Certificate.objects.filter(
            assignment__cycle__year=year,
            assignment__servant__servant_profile__unit__path__startswith=unit.path,
            revoked_at__isnull=True,
        )
        .select_related("template")
        .order_by("serial")
    )


def certificates_for_regenerate(
    *, year: int | None = None, organisation_code: str | None = None
) -> QuerySet[Certificate]:
    """The certificates whose PDFs `regenerate_certificates` renders again: all, or a year's,
    or those of holders in one organisation."""
    certificates = Certificate.objects.all()
    if year:
        certificates = certificates.filter(assignment__cycle__year=year)
    if organisation_code:
        certificates = certificates.filter(
            assignment__servant__servant_profile__unit__organisation__code=organisation_code
        )
    return certificates


def bundle_for_user(*, user: User, bundle_id: int) -> CertificateBundle:
    """The user's own bundle of a unit still in their scope; anything else is 404."""
    return get_object_or_404(
        CertificateBundle.objects.select_related("unit"),
        pk=bundle_id,
        requested_by=user,
        unit__in=hr_units(user=user),
    )


def certificate_can_download(*, user: User, certificate: Certificate) -> bool:
    """The holder, a superuser, or an HR officer whose scope covers the holder."""
    if not user.is_authenticated:
        return False
    holder = certificate.assignment.servant
    return (
        user.pk == holder.pk or user.is_superuser or user_in_hr_scope(hr_user=user, servant=holder)
    )


def certificate_pdf_offered(*, user: User, certificate: Certificate) -> bool:
    """Whether the issued file is handed out: to whoever may have the certificate while it
    stands; once revoked, only to superusers and HR officers in scope (for their records),
    no longer to the holder."""
    if certificate.revoked_at is None:
        return certificate_can_download(user=user, certificate=certificate)
    if not user.is_authenticated:
        return False
    return user.is_superuser or user_in_hr_scope(
        hr_user=user, servant=certificate.assignment.servant
    )


@dataclass(frozen=True)
class CertificateEdition:
    """The certificate in one of the three languages: the original, a copy (ready or being
    prepared), or a language no copy was asked for yet."""

    language: str
    label: str
    original: bool
    copy: CertificateCopy | None

    @property
    def ready(self) -> bool:
        return self.original or bool(self.copy and self.copy.pdf and self.copy.sha256)

    @property
    def requested(self) -> bool:
        return self.original or self.copy is not None


def certificate_editions(*, certificate: Certificate) -> list[CertificateEdition]:
    """The original first, then the other two languages."""
    copies = {copy.language: copy for copy in certificate.copies.all()}
    editions = [
        CertificateEdition(
            language=value,
            label=label,
            original=value == certificate.language,
            copy=copies.get(value),
        )
        for value, label in Language.choices
    ]
    return sorted(editions, key=lambda edition: not edition.original)


def certificate_copy_for(*, certificate: Certificate, language: str) -> CertificateCopy | None:
    return certificate.copies.filter(language=language).first()


def certificate_public_data(certificate: Certificate) -> dict:
    """What anyone may learn about a certificate: never the IIN or the email."""
    return {
        "status": certificate.status,
        "serial": certificate.serial,
        "holder": certificate.holder_name,
        "course": certificate.course_title,
        "organisation": certificate.organisation_name,
        "issued_at": certificate.issued_on.isoformat(),
        "valid_until": certificate.valid_until.isoformat(),
        "revoked_at": revoked_on.isoformat() if (revoked_on := certificate.revoked_on) else None,
        "revocation_category": certificate.revocation_category or None,
        # What the course taught, as recorded at issue: [] for certificates issued before the
        # legal register.
        "law_versions": [
            {
                "act": entry["act"],
                "kind": entry["kind"],
                "article": entry["article"],
                "version": entry["version"],
                "amended_on": entry["amended_on"],
            }
            for entry in certificate.law_versions or []
        ],
    }


class UploadProblem(StrEnum):
    UNKNOWN_FILE = "unknown_file"
    UNSIGNED = "unsigned"
    BAD_SIGNATURE = "bad_signature"
    CANNOT_CHECK = "cannot_check"


UPLOAD_PROBLEM_EXPLANATIONS = {
    UploadProblem.UNKNOWN_FILE: _(
        "This file is not identical to any certificate issued by Adal: it has been changed "
        "after it was issued, or it was not issued here. Even a one-character change makes "
        "a file differ."
    ),
    UploadProblem.UNSIGNED: _(
        "This file carries no electronic signature of the issuing organisation, so its "
        "origin cannot be confirmed. Check the certificate by the verification code printed "
        "under its QR code instead."
    ),
    UploadProblem.BAD_SIGNATURE: _(
        "The electronic signature in this file is broken, was not made by the issuing "
        "organisation, or does not cover the whole file."
    ),
    UploadProblem.CANNOT_CHECK: _(
        "The file's signature could not be checked just now. Check the certificate by the "
        "verification code printed under its QR code instead, or try again later."
    ),
}


@dataclass(frozen=True)
class UploadCheck:
    """The verdict on an uploaded PDF: the certificate it is (genuine), or why it is not."""

    certificate: Certificate | None = None
    problem: UploadProblem | None = None

    @property
    def genuine(self) -> bool:
        return self.certificate is not None and self.problem is None

    @property
    def explanation(self) -> str:
        return UPLOAD_PROBLEM_EXPLANATIONS[self.problem] if self.problem else ""


def certificate_check_upload(*, data: bytes) -> UploadCheck:
    """Genuine and unaltered means both: the file is byte for byte a PDF we issued (its SHA-256
    is on record), and its embedded signature is intact, made with the organisation's
    certificate and covers the whole file."""
    digest = hashlib.sha256(data).hexdigest()
    # Only files we issued are handed to the PDF parser: an unknown upload is rejected unread.
    certificate = Certificate.objects.filter(sha256=digest).first()
    if certificate is None:  # a copy in another language is as genuine as the original
        copy = CertificateCopy.objects.select_related("certificate").filter(sha256=digest).first()
        certificate = copy.certificate if copy else None
    if certificate is None:
        return UploadCheck(problem=UploadProblem.UNKNOWN_FILE)
    try:
        check = signature_check(data)
    except SigningNotConfigured:
        logger.error("Cannot check an uploaded certificate: CERTIFICATE_SIGNING_CERT is not set.")
        return UploadCheck(problem=UploadProblem.CANNOT_CHECK)
    except Exception:
        logger.exception("Checking the signature of certificate %s failed.", certificate.serial)
        return UploadCheck(problem=UploadProblem.CANNOT_CHECK)
    if not check.signed:
        return UploadCheck(problem=UploadProblem.UNSIGNED)
    if not check.sound:
        return UploadCheck(problem=UploadProblem.BAD_SIGNATURE)
    return UploadCheck(certificate=certificate)
