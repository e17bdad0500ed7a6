from django.http import Http404
from ninja import Field, Path, Router, Schema

from certificates.ratelimit import over_limit, too_many_checks_response
from certificates.selectors import certificate_by_code, certificate_public_data
from certificates.timing import respond_no_sooner_than_floor
from lms.api_schema import RETRY_AFTER_HEADER, TEXT_PATTERN, ErrorOut

router = Router(tags=["certificates"])


class LawVersionOut(Schema):
    act: str = Field(description="The act's official number, e.g. 410-V.")
    kind: str = Field(description="law, code, decree or resolution.")
    article: str = Field(description="The article's number, or the document a decree approves.")
    version: str | None = Field(
        description="The date (YYYY-MM-DD) the wording taught took effect: the later of the "
        "register's version date and the latest amendment effective on the day of issue."
    )
    amended_on: str | None = Field(
        description="The effective date of the latest amendment to the article on or before "
        "the day of issue, if any."
    )


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
    law_versions: list[LawVersionOut] = Field(
        description="The versions of the legal articles the course taught, recorded when the "
        "certificate was issued (empty for certificates issued before the legal register)."
    )


@router.get(
    "/verify/{code}",
    response={200: VerificationOut, 400: ErrorOut, 404: ErrorOut, 429: ErrorOut},
    openapi_extra={"responses": {429: RETRY_AFTER_HEADER}},
    summary="Verify a certificate by its code",
    description="A code with a NUL character is 400; an unknown code is 404. Checks are "
    "limited per client address: past the limit the answer is 429 with `Retry-After` "
    "(seconds).",
)
@respond_no_sooner_than_floor
def verify(request, code: str = Path(..., pattern=TEXT_PATTERN)):
    if over_limit(request, scope="verify"):
        return too_many_checks_response(request, json=True)
    certificate = certificate_by_code(code=code)
    if certificate is None:
        raise Http404("Unknown certificate code")
    return certificate_public_data(certificate)
