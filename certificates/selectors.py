from __future__ import annotations

from certificates.models import Certificate
from lms.models import User
from lms.selectors import user_in_hr_scope


def certificate_by_code(*, code: str) -> Certificate | None:
    return Certificate.objects.filter(code=code).first()


def certificate_can_download(*, user: User, certificate: Certificate) -> bool:
    """The holder, a superuser, or an HR officer whose scope covers the holder."""
    if not user.is_authenticated:
        return False
    holder = certificate.assignment.servant
    return (
        user.pk == holder.pk or user.is_superuser or user_in_hr_scope(hr_user=user, servant=holder)
    )


def certificate_public_data(certificate: Certificate) -> dict:
    """What anyone may learn about a certificate: never the IIN or the email."""
    return {
        "status": certificate.status,
        "serial": certificate.serial,
        "holder": certificate.holder_name,
        "course": certificate.course_title,
        "organisation": certificate.organisation_name,
        "issued_at": certificate.issued_at.date().isoformat(),
        "valid_until": certificate.valid_until.isoformat(),
    }
