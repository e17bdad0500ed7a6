"""The broker is down at the moment a servant passes: nothing is lost, nobody sees an error."""

import pytest

from certificates.models import Certificate
from certificates.tasks import render_certificate_pdf, render_missing_certificates
from tests.helpers import celery_sending_to
from tests.quizzes.test_attempt import start, submit

pytestmark = pytest.mark.django_db

# Nothing listens on port 1: connecting is refused, exactly as with a stopped Redis.
DEAD_BROKER = "redis://127.0.0.1:1/0"


@pytest.fixture
def broker_down():
    with celery_sending_to(DEAD_BROKER):
        yield


def test_a_pass_while_the_broker_is_down_is_saved_and_rendered_later(
    client,
    ready,
    broker_down,
    django_capture_on_commit_callbacks,
):
    attempt = start(client, ready)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = submit(client, attempt, correct=True)

    assert response.status_code == 200
    assert callbacks  # the render and the integrity check were due to be queued
    body = response.content.decode()
    assert "You passed the final test" in body
    assert "Your certificate is being prepared" in body
    certificate = Certificate.objects.get(assignment=ready)
    assert not certificate.pdf
    ready.refresh_from_db()
    assert ready.status == "completed"
    learn = client.get("/learn/").content.decode()
    assert "Your certificate is being prepared" in learn
    assert certificate.get_absolute_url() not in learn.split("My certificates")[0]
    pdf = client.get(certificate.get_absolute_url())
    assert pdf.status_code == 503
    assert pdf["Retry-After"] == "30"


def test_the_periodic_task_renders_what_the_outage_missed(
    client, ready, django_capture_on_commit_callbacks
):
    """After the outage: the beat task's run finds the certificate without a PDF and renders it;
    running it again changes nothing."""

    attempt = start(client, ready)
    submit(client, attempt, correct=True)  # on-commit callbacks never ran: as if not queued
    certificate = Certificate.objects.get(assignment=ready)
    assert not certificate.pdf

    with django_capture_on_commit_callbacks(execute=True):  # the chunk it queues runs here
        assert render_missing_certificates.apply().get() == 1
    certificate.refresh_from_db()
    first = (certificate.pdf.name, certificate.sha256)
    assert certificate.sha256
    assert render_missing_certificates.apply().get() == 0
    assert "Download certificate (PDF)" in client.get("/learn/").content.decode()

    # A duplicated delivery of the render task is a no-op: same file, same hash.
    render_certificate_pdf.apply(args=[certificate.pk]).get()
    certificate.refresh_from_db()
    assert (certificate.pdf.name, certificate.sha256) == first
