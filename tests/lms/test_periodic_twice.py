"""Every periodic task may run twice (a beat hand-over, a redelivered message): the second run
on the demo's data sends no mail and adds, removes or changes no row."""

import io
import json
from datetime import timedelta

import pytest
from celery import current_app
from django.apps import apps
from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from wagtail.blocks import StreamValue

from certificates.models import Certificate, CertificateBundle
from lms.models import Assignment

pytestmark = pytest.mark.django_db

# Rows every task may write on each run by design: none of the periodic tasks audit or log
# anything when there is nothing to do, so nothing is excluded.
COMPARED = [model for model in apps.get_models() if model._meta.managed]


def _value(value):
    """A column's value as text that compares by content (a page body by its blocks, not by
    the object holding them)."""
    if isinstance(value, StreamValue):
        return json.dumps(value.get_prep_value(), sort_keys=True, default=str)
    return repr(value)


def _state() -> dict:
    """Every table's rows (by primary key and content), and the mail sent so far."""
    tables = {
        model._meta.label: sorted(
            "|".join(_value(value) for value in row) for row in model.objects.values_list()
        )
        for model in COMPARED
    }
    return {"tables": tables, "mail": len(mail.outbox)}


def _pending_work(frozen_time):
    """Work for each catch-up: a certificate without its PDF, an expired download, an attempt
    past its deadline, an assignment due in a week (reminders)."""
    certificate = Certificate.objects.filter(revoked_at=None).first()
    Certificate.objects.filter(pk=certificate.pk).update(pdf="", sha256="")
    hr = certificate.assignment.servant  # any user may own a download row
    CertificateBundle.objects.create(
        requested_by=hr,
        unit=hr.servant_profile.unit,
        year=certificate.issued_at.year,
        status="ready",
        expires_at=timezone.now() - timedelta(hours=1),
    )
    assert Assignment.objects.exists()


def test_each_periodic_task_run_twice_changes_nothing_the_second_time(
    frozen_time, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo", stdout=io.StringIO())
    _pending_work(frozen_time)
    changed_first = []
    before = _state()
    for name, entry in settings.CELERY_BEAT_SCHEDULE.items():
        task = current_app.tasks[entry["task"]]
        with django_capture_on_commit_callbacks(execute=True):
            task.apply().get()
        after_first = _state()
        if after_first != before:
            changed_first.append(name)
        with django_capture_on_commit_callbacks(execute=True):
            task.apply().get()
        after_second = _state()
        assert after_second["mail"] == after_first["mail"], f"{name} sent mail again"
        for table, rows in after_first["tables"].items():
            assert after_second["tables"][table] == rows, f"{name} changed {table} again"
        before = after_second
    # The data had work for the catch-ups: the test saw them do something the first time.
    assert {"render-missing-certificates", "delete-expired-certificate-downloads"} <= set(
        changed_first
    ), changed_first
