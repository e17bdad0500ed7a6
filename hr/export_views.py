"""The page and the file of a compliance spreadsheet written in the background."""

from django.http import FileResponse, Http404
from django.shortcuts import render

from hr.decorators import hr_required
from hr.models import ExportStatus
from hr.selectors import export_job_for_user
from lms.exports import XLSX_CONTENT_TYPE


def _page(request, job, *, status: int = 200):
    return render(
        request,
        "hr/export_job.html",
        {"job": job, "in_progress": job.in_progress, "expired": job.is_expired},
        status=status,
    )


@hr_required
def export_job_detail_view(request, job_id: int):
    return _page(request, export_job_for_user(user=request.user, job_id=job_id))


@hr_required
def export_job_download_view(request, job_id: int):
    job = export_job_for_user(user=request.user, job_id=job_id)
    if job.is_expired:
        return _page(request, job, status=410)
    if job.status != ExportStatus.READY or not job.file:
        raise Http404
    return FileResponse(
        job.file.open("rb"),
        as_attachment=True,
        content_type=XLSX_CONTENT_TYPE,
        filename=f"compliance-{job.cycle.year}-{job.unit.code}.xlsx",
    )
