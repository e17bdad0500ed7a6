"""Every kept file goes through STORAGES (lms.storage): the certificate, copy, download and
staff-import paths work the same on another folder and on a storage with no local path at all,
and no code outside the storage layer builds a local path to those files."""

import hashlib
import io
import re
import zipfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import InMemoryStorage, storages
from django.urls import reverse
from pypdf import PdfReader

from certificates.models import CertificateBundle
from certificates.services import certificate_copy_request, certificate_render_pdf
from lms.storage import SharedFolderStorage, certificate_storage, import_storage, write_once
from tests.clock import YEAR
from tests.factories import AssignmentFactory, ServantProfileFactory, TrainingCycleFactory

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
APPS = ["certificates", "cms", "courses", "demo", "hr", "legal", "lms", "quizzes"]
# Reading a file an operator names on the command line (`import_servants FILE`), and serving
# MEDIA_ROOT in development (DEBUG) only: neither is a kept file of the service.
ALLOWED = {
    ("lms/tabular.py", "open("),
    ("lms/urls.py", "MEDIA_ROOT"),
}
LOCAL_FILE_ACCESS = re.compile(
    r"(?<![\w.])open\(|os\.path|\.path\(|Path\(settings\.|MEDIA_ROOT|CERTIFICATE_ROOT|IMPORT_ROOT"
)


def test_no_code_outside_the_storage_layer_builds_a_local_path_to_kept_files():
    found = []
    for app in APPS:
        for source in (ROOT / app).rglob("*.py"):
            relative = source.relative_to(ROOT).as_posix()
            if "/migrations/" in relative or relative.startswith("lms/settings/"):
                continue
            if relative == "lms/storage.py":
                continue
            for number, line in enumerate(source.read_text().splitlines(), start=1):
                for match in LOCAL_FILE_ACCESS.finditer(line):
                    if (relative, match.group(0)) not in ALLOWED:
                        found.append(f"{relative}:{number}: {line.strip()}")
    assert found == []


@pytest.fixture
def memory_storage(settings):
    """Certificates, downloads and staged imports in a storage that has no local path."""
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
        "imports": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert isinstance(storages["certificates"], InMemoryStorage)
    yield storages["certificates"]


def _certified(unit, course, complete):
    profile = ServantProfileFactory(unit=unit)
    cycle = TrainingCycleFactory(year=YEAR)
    return complete(AssignmentFactory(servant=profile.user, cycle=cycle, course=course))


def test_certificates_copies_and_downloads_work_on_a_storage_without_local_paths(
    memory_storage, client, hr, tree, course, complete, django_capture_on_commit_callbacks
):
    certificate = _certified(tree["dept"], course, complete)
    certificate.refresh_from_db()
    assert memory_storage.exists(certificate.pdf.name)
    with memory_storage.open(certificate.pdf.name, "rb") as handle:
        data = handle.read()
    assert hashlib.sha256(data).hexdigest() == certificate.sha256
    assert not Path(settings.CERTIFICATE_ROOT, certificate.pdf.name).exists()

    with django_capture_on_commit_callbacks(execute=True):
        copy = certificate_copy_request(certificate=certificate, language="ru", by=hr)
    copy.refresh_from_db()
    assert memory_storage.exists(copy.pdf.name)

    response = client.get(reverse("certificates:pdf", args=[certificate.serial]))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == data

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("hr:bundle_create", args=[tree["dept"].pk]), {"year": YEAR})
    bundle = CertificateBundle.objects.get()
    assert memory_storage.exists(bundle.file.name)
    response = client.get(reverse("hr:bundle_download", args=[bundle.pk]))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert archive.read(f"{certificate.serial}.pdf") == data


def test_a_second_folder_root_holds_the_files_and_the_first_stays_empty(
    settings, tmp_path, assignment, complete
):
    settings.ADAL_TEST_SECOND_ROOT = str(tmp_path / "second")
    settings.STORAGES = {
        **settings.STORAGES,
        "certificates": {
            "BACKEND": "lms.storage.SharedFolderStorage",
            "OPTIONS": {"root_setting": "ADAL_TEST_SECOND_ROOT"},
        },
    }
    certificate = complete(assignment)
    certificate = certificate_render_pdf(certificate=certificate, force=True)
    stored = tmp_path / "second" / certificate.pdf.name
    assert hashlib.sha256(stored.read_bytes()).hexdigest() == certificate.sha256
    assert certificate.serial in PdfReader(stored).pages[0].extract_text()
    first = Path(settings.CERTIFICATE_ROOT)
    assert not first.exists() or not any(p.is_file() for p in first.rglob("*"))


def test_staff_import_staging_goes_through_the_storage(memory_storage, settings):
    staged = import_storage()
    name = staged.save("token", ContentFile(b"last_name,first_name\n"))
    assert isinstance(staged._wrapped, InMemoryStorage)
    with staged.open(name, "rb") as handle:
        assert handle.read() == b"last_name,first_name\n"
    assert not Path(settings.IMPORT_ROOT, name).exists()


def test_a_shared_folder_shows_a_file_whole_or_not_at_all(tmp_path, settings):
    settings.ADAL_TEST_SECOND_ROOT = str(tmp_path)
    folder = SharedFolderStorage(root_setting="ADAL_TEST_SECOND_ROOT")

    class Failing(ContentFile):
        def chunks(self, chunk_size=None):
            yield b"half"
            raise OSError("disk full")

    with pytest.raises(OSError):
        folder.save("2026/AC-1/abc.pdf", Failing(b"x"))
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == []  # no half file, no .part

    assert write_once(folder, "2026/AC-1/abc.pdf", b"whole") == "2026/AC-1/abc.pdf"
    assert write_once(folder, "2026/AC-1/abc.pdf", b"whole") == "2026/AC-1/abc.pdf"  # kept
    assert (tmp_path / "2026/AC-1/abc.pdf").read_bytes() == b"whole"
    assert [p.name for p in (tmp_path / "2026/AC-1").iterdir()] == ["abc.pdf"]


def test_certificate_fields_follow_the_configured_storage(memory_storage):
    certificate_storage().exists("anything")  # looked up on first use after a change
    assert certificate_storage()._wrapped is memory_storage


def test_with_adal_storage_s3_every_kind_of_file_is_a_prefix_of_one_bucket():
    import os
    import subprocess
    import sys

    script = (
        "import django; django.setup()\n"
        "from django.core.files.storage import storages\n"
        "from certificates.models import Certificate\n"
        "for alias in ('default', 'certificates', 'imports'):\n"
        "    s = storages[alias]\n"
        "    print(alias, type(s).__name__, s.bucket_name, s.location, s.endpoint_url)\n"
        "print('field', type(Certificate._meta.get_field('pdf').storage._wrapped).__name__)\n"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "lms.settings.test",
        "ADAL_STORAGE": "s3",
        "ADAL_S3_BUCKET": "adal-files",
        "ADAL_S3_ENDPOINT_URL": "http://10.0.0.9:9000",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=120, check=True,
    )  # fmt: skip
    lines = result.stdout.split("\n")
    for alias in ("default", "certificates", "imports"):
        assert f"{alias} S3Storage adal-files {alias} http://10.0.0.9:9000" in lines
    assert "field S3Storage" in lines
