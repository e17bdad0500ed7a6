from celery import shared_task

from certificates.bulk import bundle_build, certificates_queue_missing, render_chunk_process
from certificates.models import Certificate, CertificateBundle, CertificateCopy
from certificates.notices import certificate_notice_send, certificates_notify_missed
from certificates.services import (
    bundle_fail,
    bundles_delete_expired,
    certificate_copy_render_pdf,
    certificate_render_pdf,
)
from lms.tasking import REDELIVERED, RETRIED_ON_IO_ERROR


@shared_task(**RETRIED_ON_IO_ERROR)
def render_certificate_pdf(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_render_pdf(certificate=certificate)


@shared_task(**RETRIED_ON_IO_ERROR)
def render_certificate_copy(copy_id: int) -> None:
    copy = CertificateCopy.objects.select_related("certificate").filter(pk=copy_id).first()
    if copy is not None:
        certificate_copy_render_pdf(copy=copy)


@shared_task(**RETRIED_ON_IO_ERROR)
def render_certificate_chunk(chunk_id: int) -> int:
    """One chunk of a bulk render (certificates.bulk): seconds of work, delivered again if its
    worker dies, counted once."""
    return render_chunk_process(chunk_id=chunk_id)


@shared_task(**REDELIVERED)
def render_missing_certificates() -> int:
    """The catch-up sweep: queues chunks for the PDFs still missing; returns how many."""
    run = certificates_queue_missing()
    return run.total if run is not None else 0


@shared_task(**{**RETRIED_ON_IO_ERROR, "max_retries": 3})
def build_certificate_bundle(bundle_id: int) -> None:
    bundle = CertificateBundle.objects.select_related("unit").filter(pk=bundle_id).first()
    if bundle is None:
        return
    try:
        bundle_build(bundle=bundle)
    except OSError:
        raise  # retried
    except Exception:
        bundle_fail(bundle_id=bundle_id)
        raise


@shared_task(**REDELIVERED)
def delete_expired_bundles() -> int:
    return bundles_delete_expired()


@shared_task(**RETRIED_ON_IO_ERROR)
def send_certificate_notice(certificate_id: int, kind: str) -> bool:
    """Tell the holder their certificate was issued or revoked (once, however often it runs)."""
    certificate = (
        Certificate.objects.select_related("assignment__servant").filter(pk=certificate_id).first()
    )
    return certificate is not None and certificate_notice_send(certificate=certificate, kind=kind)


@shared_task(**REDELIVERED)
def send_missed_certificate_notices() -> int:
    return certificates_notify_missed()
