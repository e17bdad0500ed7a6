"""Where files live: every file the service keeps goes through one of Django's `STORAGES`.

- `default`: Wagtail images and documents (public media).
- `certificates`: certificate PDFs, their language copies, bulk ZIPs and HR spreadsheets;
  private, served only by views that check access.
- `imports`: staff files between an HR officer's preview and confirmation.

By default each is a folder (`MEDIA_ROOT`, `CERTIFICATE_ROOT`, `IMPORT_ROOT`) that every web
and worker host mounts from shared storage; with `ADAL_STORAGE=s3` each is a prefix of one
S3-compatible bucket (settings). Code outside this module never builds a local path to these
files: it saves, opens, lists and deletes through the storage, so both work the same."""

from __future__ import annotations

import os
import tempfile

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.core.signals import setting_changed
from django.utils.functional import LazyObject, empty


class SharedFolderStorage(FileSystemStorage):
    """A folder shared by every host. Its location is the setting named by `root_setting`,
    read at each use (tests and the demo move it). A file appears under its name whole or
    not at all: it is written beside its place under a hidden name, synced, then renamed, so a
    crash or another host reading at the same moment never sees half a file."""

    def __init__(self, root_setting: str = "MEDIA_ROOT", public: bool = False, **kwargs):
        self.root_setting = root_setting
        self.public = public
        super().__init__(**kwargs)

    @property
    def base_location(self):
        return getattr(settings, self.root_setting)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return settings.MEDIA_URL if self.public else None

    def _save(self, name, content):
        full_path = self.path(name)
        directory = os.path.dirname(full_path)
        os.makedirs(directory, exist_ok=True)
        if os.path.exists(full_path):  # Storage.save chose this name as free; keep Django's rule
            return super()._save(name, content)
        with tempfile.NamedTemporaryFile(
            dir=directory, prefix=".", suffix=".part", delete=False
        ) as handle:
            try:
                if hasattr(content, "chunks"):
                    for chunk in content.chunks():
                        handle.write(chunk)
                else:
                    handle.write(content.read())
                handle.flush()
                os.fsync(handle.fileno())
            except BaseException:
                os.unlink(handle.name)
                raise
        os.chmod(handle.name, self.file_permissions_mode or 0o644)
        os.replace(handle.name, full_path)
        return name.replace("\\", "/")


class AliasedStorage(LazyObject):
    """The storage configured under an alias of STORAGES, looked up when first used (a model
    field built at import time follows the settings: a shared folder, a bucket, or a test's
    in-memory storage)."""

    _instances: list = []  # module-level singletons: they live as long as the process

    def __init__(self, alias: str):
        self.__dict__["_alias"] = alias
        super().__init__()
        AliasedStorage._instances.append(self)

    def _setup(self):
        self._wrapped = storages[self._alias]


def _storages_changed(*, setting, **kwargs):
    if setting == "STORAGES":
        for aliased in AliasedStorage._instances:
            aliased._wrapped = empty


setting_changed.connect(_storages_changed)

_certificates = AliasedStorage("certificates")
_imports = AliasedStorage("imports")


def certificate_storage() -> Storage:
    """The storage of certificate PDFs, copies, bulk ZIPs and exports."""
    return _certificates


def import_storage() -> Storage:
    return _imports


def write_once(storage: Storage, name: str, data: bytes) -> str:
    """Store `data` under exactly `name` (content-addressed names: a file there already holds
    the same bytes). Whole or nothing, on a shared folder and in a bucket alike."""
    if storage.exists(name):
        return name
    saved = storage.save(name, ContentFile(data))
    if saved != name:  # another host stored the same name a moment before
        storage.delete(saved)
    return name


def delete_others(storage: Storage, directory: str, keep: str) -> None:
    """Remove what an interrupted render left beside the current file (its folder holds only it)."""
    try:
        _, files = storage.listdir(directory)
    except FileNotFoundError:
        return
    for file_name in files:
        if f"{directory}/{file_name}" != keep:
            storage.delete(f"{directory}/{file_name}")
