"""Shared by the security tests: one installation (see world.py) per module, rolled back at
its end, and Hypothesis settings that keep the folder within a few minutes on two cores."""

import os

import pytest
from django.db import transaction
from django.test import override_settings
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from tests.security.world import build_world

# Examples are drawn afresh on every run on a developer's machine (no example database is kept
# in the work tree; a failure prints the seed to reproduce it with `--hypothesis-seed`). In CI
# the draw is fixed, so that whether a change lands never depends on the luck of a draw.
hypothesis_settings.register_profile(
    "security",
    database=None,
    derandomize=os.environ.get("CI") == "true",
    deadline=None,
    max_examples=50,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.load_profile("security")


@pytest.fixture(scope="module")
def private_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("security")
    return {
        "MEDIA_ROOT": str(root / "media"),
        "CERTIFICATE_ROOT": str(root / "certificates"),
        "IMPORT_ROOT": str(root / "imports"),
    }


@pytest.fixture(autouse=True)
def _private_dirs(settings, private_dirs):
    """The module's objects (and their files) live as long as the module: so do their folders."""
    for name, value in private_dirs.items():
        setattr(settings, name, value)


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, private_dirs):
    """Built once for the module inside a transaction that is rolled back at its end; every
    test runs in a savepoint of it, so a post that changes something changes it for itself."""
    with django_db_blocker.unblock(), override_settings(**private_dirs):
        with transaction.atomic():
            yield build_world()
            transaction.set_rollback(True)
