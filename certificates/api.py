from django.http import Http404
from ninja import Router, Schema
from ninja.errors import HttpError

from certificates.ratelimit import over_limit
from certificates.selectors import certificate_by_code, certificate_public_data
from certificates.timing import respond_no_sooner_than_floor

router = Router(tags=["certificates"])


class VerificationOut(Schema):
    status: str
    serial: str
    holder: str
    course: str
    organisation: str
    issued_at: str
    valid_until: str
    revoked_at: str | None
    revocation_category: str | None


@router.get("/verify/{code}", response=VerificationOut, summary="Verify a certificate by its code")
@respond_no_sooner_than_floor
def verify(request, code: str):
    if over_limit(request, scope="verify"):
        raise HttpError(429, "Too many checks from your address. Wait a minute and try again.")
    certificate = certificate_by_code(code=code)
    if certificate is None:
        raise Http404("Unknown certificate code")
    return certificate_public_data(certificate)
