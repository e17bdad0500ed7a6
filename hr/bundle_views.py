"""HR downloads of a unit's certificates as one ZIP, built in the background."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from certificates.models import BundleStatus
from certificates.selectors import bundle_for_user
from certificates.services import bundle_request
from hr.decorators import hr_required
from lms.models import TrainingCycle
from lms.selectors import hr_units


@hr_required
@require_POST
def bundle_create_view(request, unit_id: int):
    unit = get_object_or_404(hr_units(user=request.user), pk=unit_id)
    try:
        year = int(request.POST.get("year", ""))
    except ValueError:
        year = None
    if year is None or not TrainingCycle.objects.filter(year=year).exists():
        messages.error(request, _("Choose a year that has a training cycle."))
        return redirect("hr:unit", unit_id=unit.pk)
    bundle = bundle_request(user=request.user, unit=unit, year=year)
    return redirect("hr:bundle", bundle_id=bundle.pk)


@hr_required
def bundle_detail_view(request, bundle_id: int):
    bundle = bundle_for_user(user=request.user, bundle_id=bundle_id)
    in_progress = bundle.status in (BundleStatus.PENDING, BundleStatus.RUNNING)
    return render(
        request,
        "hr/bundle.html",
        {"bundle": bundle, "in_progress": in_progress, "expired": bundle.is_expired},
    )


@hr_required
def bundle_download_view(request, bundle_id: int):
    bundle = bundle_for_user(user=request.user, bundle_id=bundle_id)
    if bundle.is_expired:
        return render(
            request,
            "hr/bundle.html",
            {"bundle": bundle, "in_progress": False, "expired": True},
            status=410,
        )
    if bundle.status != BundleStatus.READY or not bundle.file:
        raise Http404
    return FileResponse(
        bundle.file.open("rb"),
        as_attachment=True,
        content_type="application/zip",
        filename=f"certificates-{bundle.year}-{bundle.unit.code}.zip",
    )
