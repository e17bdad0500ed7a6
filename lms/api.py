"""REST API for HR information systems. Each organisation's key sees that organisation only;
anything else is 404. Certificate verification needs no key."""

import datetime
import hashlib
import hmac

from django.db.models import Max, Q
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, NinjaAPI, Path, Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate
from ninja.security import HttpBearer

from certificates.api import router as certificates_router
from lms.api_schema import TEXT_PATTERN, ErrorOut, StaticSwagger, ValidationErrorOut
from lms.dates import service_timestamp
from lms.models import ApiKey, Assignment, TrainingCycle
from lms.selectors import STATUS_ORDER, effective_status_expression


class ApiKeyAuth(HttpBearer):
    def authenticate(self, request, token: str):
        parts = token.split("_")
        if len(parts) < 3 or parts[0] != "adal":
            return None
        key = (
            ApiKey.objects.select_related("organisation")
            .filter(prefix=parts[1], revoked_at__isnull=True)
            .first()
        )
        if key is None:
            return None
        digest = hashlib.sha256(token.encode()).hexdigest()
        if not hmac.compare_digest(digest, key.key_hash):
            return None
        ApiKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
        return key


api = NinjaAPI(
    title="Adal API",
    version="1",
    description="Compliance data and certificate verification for HR information systems. "
    "Send `Authorization: Bearer <key>`; a key sees its own organisation only.",
    urls_namespace="api-v1",
    docs=StaticSwagger(),
)
api.add_router("/certificates/", certificates_router)
compliance = Router(tags=["compliance"], auth=ApiKeyAuth())


class AssignmentOut(Schema):
    iin: str | None = Field(None, alias="servant__iin")
    last_name: str = Field(alias="servant__last_name")
    first_name: str = Field(alias="servant__first_name")
    middle_name: str = Field(alias="servant__middle_name")
    unit_code: str = Field(alias="servant__servant_profile__unit__code")
    category: str = Field(alias="servant__servant_profile__category")
    year: int = Field(alias="cycle__year")
    status: str = Field(alias="effective")
    lessons_done: int
    lessons_total: int
    due_on: datetime.date
    completed_at: str | None = Field(
        description="ISO 8601 with the service time zone's offset, e.g. 2026-12-04T04:30:00+05:00"
    )
    certificate_serial: str | None

    @staticmethod
    def resolve_completed_at(row: dict) -> str | None:
        return service_timestamp(row["completed_at"])


class ComplianceFilters(Schema):
    cycle: int | None = Field(None, ge=2000, le=2100, description="Cycle year; default: latest")
    status: str | None = Field(None, pattern=TEXT_PATTERN)
    unit: str | None = Field(None, pattern=TEXT_PATTERN)


def _rows(queryset):
    return queryset.annotate(
        effective=effective_status_expression(),
        certificate_serial=Max(
            "certificates__serial", filter=Q(certificates__revoked_at__isnull=True)
        ),
    ).values(
        "servant__iin",
        "servant__last_name",
        "servant__first_name",
        "servant__middle_name",
        "servant__servant_profile__unit__code",
        "servant__servant_profile__category",
        "cycle__year",
        "effective",
        "lessons_done",
        "lessons_total",
        "due_on",
        "completed_at",
        "certificate_serial",
    )


class BoundedPageNumberPagination(PageNumberPagination):
    """Page numbers and sizes within what the database can offset by (a huge page number is a
    422, not a server error)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=1_000_000)
        page_size: int | None = Field(None, ge=1, le=1_000)


@compliance.get(
    "/compliance",
    response={
        200: list[AssignmentOut],
        400: ErrorOut,
        401: ErrorOut,
        404: ErrorOut,
        422: ValidationErrorOut,
    },
    summary="Compliance by cycle",
    description="A NUL character in a parameter is 400; a missing, unknown or revoked key "
    "is 401; a cycle year with no cycle is 404; a parameter out of range is 422.",
)
@paginate(BoundedPageNumberPagination, page_size=100)
def compliance_list(request, filters: Query[ComplianceFilters]):
    organisation = request.auth.organisation
    cycle = (
        get_object_or_404(TrainingCycle, year=filters.cycle)
        if filters.cycle
        else TrainingCycle.objects.order_by("-year").first()
    )
    queryset = Assignment.objects.filter(
        cycle=cycle, servant__servant_profile__unit__organisation=organisation
    )
    if filters.unit:
        queryset = queryset.filter(servant__servant_profile__unit__code=filters.unit)
    rows = _rows(queryset).order_by("servant__last_name", "pk")
    if filters.status in STATUS_ORDER:
        rows = rows.filter(effective=filters.status)
    return rows


@compliance.get(
    "/servants/{iin}",
    response={200: list[AssignmentOut], 400: ErrorOut, 401: ErrorOut, 404: ErrorOut},
    summary="A servant's record",
    description="A NUL character in the IIN is 400; a missing, unknown or revoked key is 401; "
    "an IIN with no record in the key's organisation is 404.",
)
def servant_record(request, iin: str = Path(..., pattern=TEXT_PATTERN)):
    organisation = request.auth.organisation
    queryset = Assignment.objects.filter(
        servant__iin=iin, servant__servant_profile__unit__organisation=organisation
    )
    rows = list(_rows(queryset).order_by("-cycle__year"))
    if not rows:
        from django.http import Http404

        raise Http404
    return rows


api.add_router("/", compliance)
