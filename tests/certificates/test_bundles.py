"""HR downloads a unit's certificates of a year as one ZIP, built in the background."""

import csv
import datetime
import hashlib
import io
import zipfile

import pytest
import time_machine
from django.urls import reverse

from certificates.models import BundleStatus, CertificateBundle
from certificates.services import bundles_delete_expired
from lms.models import HRScope
from tests.clock import YEAR
from tests.factories import (
    AssignmentFactory,
    ServantProfileFactory,
    TrainingCycleFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def certified(unit, course, complete, year=YEAR):
    profile = ServantProfileFactory(unit=unit)
    cycle = TrainingCycleFactory(year=year)
    return complete(AssignmentFactory(servant=profile.user, cycle=cycle, course=course))


def request_bundle(client, unit, year, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("hr:bundle_create", args=[unit.pk]), {"year": year})
    assert response.status_code == 302
    return CertificateBundle.objects.get(pk=int(response.url.rstrip("/").split("/")[-1]))


def test_hr_downloads_a_zip_of_the_units_certificates(
    client, hr, tree, course, complete, django_capture_on_commit_callbacks
):
    in_dept = certified(tree["dept"], course, complete)
    in_team = certified(tree["team"], course, complete)  # a subunit: included
    certified(tree["root"], course, complete)  # above the unit: not included
    certified(tree["other"], course, complete)  # another organisation: not included
    certified(tree["team"], course, complete, year=YEAR - 1)  # another year: not included

    bundle = request_bundle(client, tree["dept"], YEAR, django_capture_on_commit_callbacks)

    assert bundle.status == BundleStatus.READY
    assert (bundle.total, bundle.done) == (2, 2)
    page = client.get(reverse("hr:bundle", args=[bundle.pk]))
    assert "2 certificates are ready." in page.content.decode()
    response = client.get(reverse("hr:bundle_download", args=[bundle.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    expected = sorted([in_dept, in_team], key=lambda c: c.serial)
    assert archive.namelist() == [f"{c.serial}.pdf" for c in expected] + ["manifest.csv"]
    for certificate in expected:
        certificate.refresh_from_db()
        data = archive.read(f"{certificate.serial}.pdf")
        assert hashlib.sha256(data).hexdigest() == certificate.sha256
    manifest = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
    assert [row["serial"] for row in manifest] == [c.serial for c in expected]
    assert manifest[0]["status"] == "Valid"


def test_the_progress_page_refreshes_until_the_zip_is_ready(client, hr, tree):
    bundle = CertificateBundle.objects.create(
        requested_by=hr,
        unit=tree["dept"],
        year=YEAR,
        status=BundleStatus.RUNNING,
        total=40,
        done=10,
    )
    html = client.get(reverse("hr:bundle", args=[bundle.pk])).content.decode()
    assert '<meta http-equiv="refresh"' not in html  # an update the officer can stop (WCAG 2.2.1)
    assert 'id="auto-refresh"' in html and "js/refresh.js" in html
    assert 'aria-valuenow="25"' in html
    assert "10 of 40 certificates" in html
    assert reverse("hr:bundle_download", args=[bundle.pk]) not in html
    assert client.get(reverse("hr:bundle_download", args=[bundle.pk])).status_code == 404


def test_a_unit_without_certificates_gives_a_clear_empty_result(
    client, hr, tree, django_capture_on_commit_callbacks
):
    TrainingCycleFactory(year=YEAR)
    bundle = request_bundle(client, tree["team"], YEAR, django_capture_on_commit_callbacks)
    page = client.get(reverse("hr:bundle", args=[bundle.pk])).content.decode()
    assert f"Nobody in this unit holds a {YEAR} certificate yet." in page


def test_the_link_expires_and_the_file_is_deleted(
    client, hr, tree, course, complete, django_capture_on_commit_callbacks, settings
):
    certified(tree["dept"], course, complete)
    bundle = request_bundle(client, tree["dept"], YEAR, django_capture_on_commit_callbacks)
    path = bundle.file.path
    later = bundle.expires_at + datetime.timedelta(minutes=1)
    with time_machine.travel(later, tick=False):
        client.force_login(hr)  # a day later the HR session itself has expired
        response = client.get(reverse("hr:bundle_download", args=[bundle.pk]))
        assert response.status_code == 410
        assert "This download link has expired" in response.content.decode()
        assert bundles_delete_expired() == 1
    bundle.refresh_from_db()
    assert bundle.status == BundleStatus.EXPIRED
    assert not bundle.file
    import os

    assert not os.path.exists(path)


def test_units_outside_the_scope_and_other_officers_bundles_are_404(
    client, hr, tree, course, complete, django_capture_on_commit_callbacks
):
    TrainingCycleFactory(year=YEAR)
    assert (
        client.post(
            reverse("hr:bundle_create", args=[tree["other"].pk]), {"year": YEAR}
        ).status_code
        == 404
    )
    assert (
        client.post(reverse("hr:bundle_create", args=[tree["root"].pk]), {"year": YEAR}).status_code
        == 404
    )
    bundle = request_bundle(client, tree["dept"], YEAR, django_capture_on_commit_callbacks)

    colleague = UserFactory()
    HRScope.objects.create(user=colleague, unit=tree["dept"])
    client.force_login(colleague)
    assert client.get(reverse("hr:bundle", args=[bundle.pk])).status_code == 404
    assert client.get(reverse("hr:bundle_download", args=[bundle.pk])).status_code == 404

    servant = ServantProfileFactory(unit=tree["dept"]).user
    client.force_login(servant)
    assert (
        client.post(reverse("hr:bundle_create", args=[tree["dept"].pk]), {"year": YEAR}).status_code
        == 404
    )


def test_a_withdrawn_scope_closes_the_download(
    client, hr, tree, course, complete, django_capture_on_commit_callbacks
):
    certified(tree["dept"], course, complete)
    bundle = request_bundle(client, tree["dept"], YEAR, django_capture_on_commit_callbacks)
    HRScope.objects.filter(user=hr).delete()
    assert client.get(reverse("hr:bundle_download", args=[bundle.pk])).status_code == 404


@pytest.mark.parametrize("year", ["", "abc", "1999"])
def test_a_bad_year_is_refused_with_a_message(client, hr, tree, year):
    TrainingCycleFactory(year=YEAR)
    response = client.post(
        reverse("hr:bundle_create", args=[tree["dept"].pk]), {"year": year}, follow=True
    )
    assert response.status_code == 200
    assert "Choose a year that has a training cycle." in response.content.decode()
    assert not CertificateBundle.objects.exists()
