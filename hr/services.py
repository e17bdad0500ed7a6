"""Writes of the HR area that belong to no domain app: the compliance spreadsheets written in
the background (`ExportJob`)."""

from __future__ import annotations

import secrets
import tempfile
from collections.abc import Iterable, Iterator
from datetime import timedelta

from django.conf import settings
from django.core.files import File
from django.db import transaction
from django.utils import timezone, translation

from hr import exports
from hr.models import ExportJob, ExportStatus
from lms.exports import xlsx_write
from lms.models import OrgUnit, TrainingCycle, User
from lms.services import audit_log, hr_check_unit_in_scope
from lms.tasking import enqueue_on_commit

# How often the job's row counter is written while the workbook is being written.
EXPORT_PROGRESS_EVERY = 1000
# A job still waiting this long after it was asked for lost its task (the broker was down).
EXPORT_STUCK_AFTER = timedelta(minutes=10)


@transaction.atomic
def export_request(
    *, user: User, unit: OrgUnit, cycle: TrainingCycle, filters: dict, language: str
) -> ExportJob:
    """Queue the unit's compliance spreadsheet (the list as filtered on the unit page), to be
    written in `language` for an officer whose scope covers the unit."""
    hr_check_unit_in_scope(by=user, unit=unit)
    total = exports.compliance_count(user=user, cycle=cycle, unit=unit, filters=filters)
    job = ExportJob.objects.create(
        requested_by=user,
        unit=unit,
        cycle=cycle,
        filters=filters,
        format="xlsx",
        language=language,
        total=total,
    )
    audit_log(actor=user, action="hr.exported", obj=unit, data={"format": "xlsx", **filters})
    # No failure callback: a job whose task was never queued stays pending and the sweep
    # (`exports_requeue_stuck`) queues it again once the broker is back.
    enqueue_on_commit("hr.tasks.build_export", job.pk)
    return job


def _counted(rows: Iterable, *, job_id: int) -> Iterator:
    done = 0
    for done, row in enumerate(rows, start=1):
        yield row
        if done % EXPORT_PROGRESS_EVERY == 0:
            ExportJob.objects.filter(pk=job_id).update(done=done)


def export_build(*, job: ExportJob) -> ExportJob:
    """Write the workbook to a temporary file, then store it and publish it. Running it again
    (a retry, a task queued twice) starts over and never publishes a half-written file; a
    finished job is left as it is."""
    if job.status in (ExportStatus.READY, ExportStatus.EXPIRED):
        return job
    user = job.requested_by
    with translation.override(job.language):
        total = exports.compliance_count(
            user=user, cycle=job.cycle, unit=job.unit, filters=job.filters
        )
        ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.RUNNING, total=total, done=0)
        sheets = exports.compliance_workbook(
            user=user, cycle=job.cycle, unit=job.unit, filters=job.filters
        )
        sheets[0].rows = _counted(sheets[0].rows, job_id=job.pk)
        storage = job.file.storage
        name = f"exports/{job.cycle.year}-{job.unit.code}-{job.pk}-{secrets.token_hex(8)}.xlsx"
        with tempfile.NamedTemporaryFile(suffix=".xlsx") as temporary:
            xlsx_write(sheets, temporary)
            temporary.flush()
            temporary.seek(0)
            name = storage.save(name, File(temporary))
            size = storage.size(name)
    now = timezone.now()
    ExportJob.objects.filter(pk=job.pk).update(
        status=ExportStatus.READY,
        done=total,
        file=name,
        size=size,
        finished_at=now,
        expires_at=now + timedelta(hours=settings.ADAL_EXPORT_HOURS),
    )
    job.refresh_from_db()
    return job


def export_fail(*, job_id: int) -> None:
    ExportJob.objects.filter(pk=job_id).exclude(
        status__in=(ExportStatus.READY, ExportStatus.EXPIRED)
    ).update(status=ExportStatus.FAILED, finished_at=timezone.now())


def exports_requeue_stuck() -> int:
    """Queue again the jobs still waiting long after they were asked for."""
    stuck = ExportJob.objects.filter(
        status=ExportStatus.PENDING, created_at__lte=timezone.now() - EXPORT_STUCK_AFTER
    ).values_list("pk", flat=True)
    count = 0
    for job_id in stuck:
        enqueue_on_commit("hr.tasks.build_export", job_id)
        count += 1
    return count


def exports_delete_expired() -> int:
    """Delete the files of spreadsheets past their expiry; the rows stay for the record."""
    count = 0
    expired = ExportJob.objects.filter(status=ExportStatus.READY, expires_at__lte=timezone.now())
    for job in expired.iterator():
        if job.file:
            job.file.storage.delete(job.file.name)
        ExportJob.objects.filter(pk=job.pk).update(status=ExportStatus.EXPIRED, file="")
        count += 1
    return count
