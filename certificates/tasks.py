from celery import shared_task

from certificates.models import Certificate, CertificateBundle
from certificates.services import (
    bundle_build,
    bundle_fail,
    bundles_delete_expired,
    certificate_render_pdf,
    certificates_render_missing,
)


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
    return certificates_render_missing()


@shared_task(
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(OSError,),
    retry_backoff=True,
    max_retries=3,
)
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


@shared_task(acks_late=True, reject_on_worker_lost=True)
def delete_expired_bundles() -> int:
    return bundles_delete_expired()
