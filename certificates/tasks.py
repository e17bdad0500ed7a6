from celery import shared_task

from certificates.models import Certificate
from certificates.services import certificate_render_pdf


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
)
def render_certificate_pdf(certificate_id: int) -> None:
    certificate = Certificate.objects.filter(pk=certificate_id).first()
    if certificate is not None:
        certificate_render_pdf(certificate=certificate)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def render_missing_certificates() -> int:
    from certificates.services import certificates_render_missing

    return certificates_render_missing()
