import os
import subprocess
import sys

from django.conf import settings


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


def test_production_deploy_check_is_clean_with_a_secret_key():
    result = _start_production(
        {
            "DJANGO_SECRET_KEY": "k" * 20 + "-production-only-9f8e7d6c5b4a3f2e1d0c",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
            "CACHE_URL": "redis://127.0.0.1:6379/1",
        }
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_a_cache_that_is_not_shared():
    result = _start_production(
        {
            "DJANGO_SECRET_KEY": "k" * 20 + "-production-only-9f8e7d6c5b4a3f2e1d0c",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
            "CACHE_URL": "locmemcache://",
        }
    )
    assert result.returncode != 0
    assert "Set CACHE_URL to a shared cache" in result.stderr


def test_production_has_no_demo_commands():
    result = _start_production(
        {
            "DJANGO_SECRET_KEY": "k" * 20 + "-production-only-9f8e7d6c5b4a3f2e1d0c",
            "CELERY_BROKER_URL": "redis://127.0.0.1:6379/0",
            "CACHE_URL": "redis://127.0.0.1:6379/1",
        },
        command=("load_demo",),
    )
    assert result.returncode != 0
    assert "Unknown command: 'load_demo'" in result.stderr
