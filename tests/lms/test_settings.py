import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.test import override_settings

from certificates.signing import ensure_demo_signing_key
from lms.deploy_checks import adal_production_promises

SECRET = "k" * 20 + "-production-only-9f8e7d6c5b4a3f2e1d0c"
SHARED_SERVICES = {
    "DJANGO_SECRET_KEY": SECRET,
    "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
    "CACHE_URL": "redis://127.0.0.1:6379/1",
}


@pytest.fixture
def production_env(tmp_path) -> dict:
    """Everything production promises, set: the deploy check is clean with it."""
    key, cert = ensure_demo_signing_key(tmp_path)
    return {
        **SHARED_SERVICES,
        "SITE_URL": "https://adal.example.kz",
        "CERTIFICATE_SIGNING_KEY": str(key),
        "CERTIFICATE_SIGNING_CERT": str(cert),
        "DEFAULT_FROM_EMAIL": "Adal <no-reply@adal.kz>",
        "ADAL_MFA_REQUIRED": "true",
    }


def _start_production(
    env_extra: dict, command=("check", "--deploy")
) -> subprocess.CompletedProcess:
    # Only what a production host would have: no secret key yet, no test-only switches.
    dropped = {"DJANGO_SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update({"DJANGO_SETTINGS_MODULE": "lms.settings.production", **env_extra})
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _start_production({})
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_production_deploy_check_is_clean_when_every_promise_is_kept(production_env):
    result = _start_production(production_env)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"SITE_URL": None}, "Set SITE_URL to the site's public https:// address"),
        ({"SITE_URL": "http://adal.example.kz"}, "'http://adal.example.kz'"),
        ({"CERTIFICATE_SIGNING_KEY": None}, "Set CERTIFICATE_SIGNING_KEY"),
        ({"CERTIFICATE_SIGNING_CERT": None}, "Set CERTIFICATE_SIGNING_CERT"),
        ({"CERTIFICATE_SIGNING_KEY": "/nonexistent/key.pem"}, "cannot read /nonexistent/key.pem"),
    ],
)
def test_production_refuses_to_start_when_certificates_would_be_wrong(
    production_env, change, expected
):
    for name, value in change.items():
        production_env.pop(name)
        if value is not None:
            production_env[name] = value
    result = _start_production(production_env, command=("check",))
    assert result.returncode != 0
    assert "Adal will not start in production" in result.stderr
    assert expected in result.stderr


def test_production_names_every_refusal_at_once():
    result = _start_production({}, command=("check",))
    assert result.returncode != 0
    for expected in (
        "DJANGO_SECRET_KEY",
        "SITE_URL",
        "CERTIFICATE_SIGNING_KEY",
        "CELERY_BROKER_URL",
    ):
        assert f"Set {expected}" in result.stderr


def test_unsigned_certificates_only_on_purpose_and_warned_about(production_env):
    del production_env["CERTIFICATE_SIGNING_KEY"], production_env["CERTIFICATE_SIGNING_CERT"]
    result = _start_production({**production_env, "ADAL_ALLOW_UNSIGNED_CERTIFICATES": "1"})
    assert result.returncode == 0, result.stderr
    assert "adal.W001" in result.stderr + result.stdout
    assert "issued without the organisation's signature" in result.stderr + result.stdout


def test_deploy_check_names_each_promise_production_does_not_refuse_on(production_env):
    result = _start_production({
        **production_env,
        "EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend",
        "ADAL_TRUSTED_PROXY_HOPS": "0",
        "ADAL_VERIFY_MIN_SECONDS": "0",
        "ADAL_MFA_REQUIRED": "false",
        "DEFAULT_FROM_EMAIL": "Adal <no-reply@adal.example>",
    })  # fmt: skip
    output = result.stderr + result.stdout
    assert result.returncode != 0  # errors among them
    for check_id in ("adal.E005", "adal.W006", "adal.E007", "adal.W008", "adal.W009"):
        assert check_id in output


@override_settings(
    SITE_URL="http://127.0.0.1:8000",
    CERTIFICATE_SIGNING_KEY="",
    CERTIFICATE_SIGNING_CERT="",
    ADAL_ALLOW_UNSIGNED_CERTIFICATES=False,
    CACHES={"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}},
    CELERY_TASK_ALWAYS_EAGER=True,
)
def test_deploy_check_also_names_what_start_up_refuses():
    """Another settings module could skip the start-up refusal: the deploy check still says."""
    ids = {message.id for message in adal_production_promises()}
    assert {"adal.E001", "adal.E002", "adal.E003", "adal.E004"} <= ids


def test_production_refuses_a_cache_that_is_not_shared(production_env):
    result = _start_production({**production_env, "CACHE_URL": "locmemcache://"})
    assert result.returncode != 0
    assert "Set CACHE_URL to a shared cache" in result.stderr


def test_production_has_no_demo_commands(production_env):
    result = _start_production(production_env, command=("load_demo",))
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr


def test_dev_settings_take_the_site_address_from_the_environment():
    """`make demo HOST=… PORT=…` passes SITE_URL: certificates and mails give that address."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev"}
    env.update(SITE_URL="http://192.0.2.7:8123", DATABASE_URL="sqlite:///:memory:")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v0", "-c",
         "from django.conf import settings; print(settings.SITE_URL, settings.DEBUG)"],
        cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["http://192.0.2.7:8123", "True"]


def test_make_demo_passes_its_address_to_every_step():
    result = subprocess.run(
        ["make", "-n", "demo", "HOST=192.0.2.7", "PORT=8123"],
        cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    steps = [line for line in result.stdout.splitlines() if "manage.py" in line]
    for command in ("migrate", "load_demo", "runserver 192.0.2.7:8123"):
        [line] = [step for step in steps if f"manage.py {command}" in step]
        assert "SITE_URL=http://192.0.2.7:8123 " in line
        assert "192.0.2.7" in line.split("DJANGO_ALLOWED_HOSTS=", 1)[1]
