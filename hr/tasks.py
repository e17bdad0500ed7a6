from celery import shared_task

from hr.models import ExportJob
from hr.services import export_build, export_fail, exports_delete_expired, exports_requeue_stuck
from lms.tasking import REDELIVERED, RETRIED_ON_IO_ERROR


@shared_task(**{**RETRIED_ON_IO_ERROR, "max_retries": 3})
def build_export(job_id: int) -> None:
    job = (
        ExportJob.objects.select_related("requested_by", "unit", "cycle").filter(pk=job_id).first()
    )
    if job is None:
        return
    try:
        export_build(job=job)
    except OSError:
        raise  # retried
    except Exception:
        export_fail(job_id=job_id)
        raise


@shared_task(**REDELIVERED)
def requeue_stuck_exports() -> int:
    return exports_requeue_stuck()


@shared_task(**REDELIVERED)
def delete_expired_exports() -> int:
    return exports_delete_expired()
