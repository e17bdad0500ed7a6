"""The deployment files (deploy/) stay true to the code they run: every setting production reads
is in the environment example and nothing else is, the example starts production and passes
`check --deploy`, gunicorn's configuration is what gunicorn reads, the units start commands that
exist with options those commands take, and nginx passes what the application expects."""

import ast
import configparser
import functools
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings
from gunicorn.app.base import Application

from certificates.forms import MAX_UPLOAD_BYTES
from certificates.signing import ensure_demo_signing_key
from lms.imports import MAX_FILE_BYTES

ROOT = Path(settings.BASE_DIR)
DEPLOY = ROOT / "deploy"
EXAMPLE = DEPLOY / "adal.env.example"
GUNICORN_CONF = DEPLOY / "gunicorn.conf.py"
NGINX_SITE = DEPLOY / "nginx" / "adal.conf"
UNITS = {name: DEPLOY / "systemd" / f"adal-{name}.service" for name in ("web", "worker", "beat")}
INSTALLED_AT = "/opt/adal"
VENV_BIN = Path(sys.executable).parent
# Read by the entry points (manage.py, lms/wsgi.py, lms/celery_app.py), not by the settings.
ENTRY_POINT_VARIABLES = {"DJANGO_SETTINGS_MODULE"}


@functools.cache
def example_values() -> dict[str, str]:
    """The example as the shell reads it (deploy/adal-manage sources it): quoting that systemd
    accepts but the shell does not would fail here."""
    dump = "import json, os; print(json.dumps(dict(os.environ)))"
    script = f'set -a; . "{EXAMPLE}"; set +a; exec "{sys.executable}" -c "{dump}"'
    output = subprocess.run(
        ["sh", "-c", script],
        env={"PATH": os.environ["PATH"]},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    values = json.loads(output)
    names = re.findall(r"^([A-Z][A-Z0-9_]*)=", EXAMPLE.read_text(), flags=re.MULTILINE)
    return {name: values[name] for name in names}


def names_read_by_env(path: Path) -> set[str]:
    """Variable names in `env("X", ...)` and `env.<kind>("X", ...)` calls of a settings module."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        func = node.func
        is_env = (isinstance(func, ast.Name) and func.id == "env") or (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "env"
        )
        if is_env and isinstance(node.args[0], ast.Constant):
            found.add(node.args[0].value)
    return found


def names_read_by_gunicorn_conf() -> set[str]:
    source = GUNICORN_CONF.read_text()
    return set(re.findall(r'(?:_int|os\.environ\.get)\(\s*"([A-Z_]+)"', source))


def production_names() -> set[str]:
    settings_dir = ROOT / "lms" / "settings"
    return names_read_by_env(settings_dir / "base.py") | names_read_by_env(
        settings_dir / "production.py"
    )


def unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read_string(UNITS[name].read_text())
    return parser


def exec_start(name: str) -> list[str]:
    """The unit's command with /opt/adal standing for this checkout and its virtualenv."""
    words = shlex.split(unit(name)["Service"]["ExecStart"])
    program = Path(words[0])
    assert program.parent == Path(INSTALLED_AT, ".venv", "bin"), words[0]
    return [str(VENV_BIN / program.name)] + [
        word.replace(INSTALLED_AT, str(ROOT)) for word in words[1:]
    ]


def nginx_directives(name: str) -> list[str]:
    return [
        m.strip()
        for m in re.findall(rf"^\s*{name}\s+([^;]+);", NGINX_SITE.read_text(), re.MULTILINE)
    ]


def nginx_location_root(prefix: str) -> str:
    block = re.search(
        rf"location {re.escape(prefix)} \{{(.*?)\n    \}}", NGINX_SITE.read_text(), re.S
    )
    assert block, f"no location {prefix}"
    return re.search(r"^\s*root\s+([^;]+);", block.group(1), re.M).group(1)


def test_every_setting_production_reads_is_in_the_environment_example():
    missing = production_names() - set(example_values())
    assert not missing, f"add to deploy/adal.env.example, each with a comment: {sorted(missing)}"


def test_the_environment_example_holds_nothing_that_nothing_reads():
    unread = (
        set(example_values())
        - production_names()
        - names_read_by_gunicorn_conf()
        - ENTRY_POINT_VARIABLES
    )
    assert not unread, f"read by no setting nor deploy/gunicorn.conf.py: {sorted(unread)}"


def test_every_variable_in_the_example_has_its_comment():
    lines = EXAMPLE.read_text().splitlines()
    uncommented = [
        line.split("=", 1)[0]
        for number, line in enumerate(lines)
        if re.match(r"^[A-Z]", line) and (number == 0 or not lines[number - 1].startswith("# "))
    ]
    assert not uncommented


# What production settings hold, asked through deploy/adal-manage (as an operator would).
PRODUCTION_PROBE = """
import json
from django.conf import settings
from django.core.management import call_command
call_command("check", deploy=True, fail_level="WARNING")
names = ["SECURE_PROXY_SSL_HEADER", "ADAL_TRUSTED_PROXY_HOPS", "STATIC_ROOT", "MEDIA_ROOT",
         "CERTIFICATE_ROOT", "IMPORT_ROOT", "CELERY_TASK_ALWAYS_EAGER", "CELERY_BEAT_SCHEDULER"]
print(json.dumps({name: getattr(settings, name) for name in names}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory) -> dict:
    """Production started by deploy/adal-manage from the example as it stands, with only what an
    operator must fill in (a secret key, readable signing files) added at its end: production
    refuses wrong settings at start-up, and `check --deploy` must report nothing, not even a
    warning. Returns some of its settings."""
    folder = tmp_path_factory.mktemp("etc-adal")
    key, cert = ensure_demo_signing_key(folder)
    values = example_values()
    assert values["DJANGO_SETTINGS_MODULE"] == "lms.settings.production"
    assert values["DJANGO_SECRET_KEY"] == "", "the example must not carry a usable secret"
    env_file = folder / "adal.env"
    env_file.write_text(
        EXAMPLE.read_text()
        + f"DJANGO_SECRET_KEY=deploy-test-{'x' * 50}\n"
        + f"CERTIFICATE_SIGNING_KEY={key}\nCERTIFICATE_SIGNING_CERT={cert}\n"
    )
    result = subprocess.run(
        [DEPLOY / "adal-manage", "shell", "--no-imports", "--command", PRODUCTION_PROBE],
        env={
            "PATH": os.environ["PATH"],
            "ADAL_HOME": str(ROOT),
            "ADAL_ENV_FILE": str(env_file),
            "ADAL_PYTHON": sys.executable,
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.strip().splitlines()
    assert lines[0] == "System check identified no issues (0 silenced)."
    return json.loads(lines[-1])


def test_the_example_starts_production_and_passes_the_deploy_checks(production):
    assert production["CELERY_TASK_ALWAYS_EAGER"] is False
    assert production["CELERY_BEAT_SCHEDULER"] == "lms.beat:SingleBeatScheduler"


def test_the_example_places_every_written_folder_on_the_shared_mount_the_units_open(production):
    for name in ("web", "worker"):
        service, unit_section = unit(name)["Service"], unit(name)["Unit"]
        writable = service["ReadWritePaths"].split()
        mounts = unit_section["RequiresMountsFor"].split()
        for setting in ("MEDIA_ROOT", "CERTIFICATE_ROOT", "IMPORT_ROOT"):
            folder = Path(production[setting])
            assert any(folder.is_relative_to(path) for path in writable), (name, setting)
            assert any(folder.is_relative_to(path) for path in mounts), (name, setting)


class GunicornConfiguration(Application):
    """gunicorn's own reading of the web unit's command line and configuration file, without
    loading the application."""

    def init(self, parser, opts, args):
        return None

    def load(self):
        raise AssertionError("only the configuration is read")


@pytest.fixture
def gunicorn_config(monkeypatch):
    def read(**environment):
        for name in list(os.environ):
            if name.startswith(("GUNICORN_", "ADAL_TRUSTED_PROXY")) or name == "RUNTIME_DIRECTORY":
                monkeypatch.delenv(name)
        for name, value in environment.items():
            monkeypatch.setenv(name, value)
        monkeypatch.setattr(sys, "argv", ["gunicorn", *exec_start("web")[1:]])
        return GunicornConfiguration().cfg

    return read


def test_gunicorn_runs_threaded_workers_with_limits_and_a_graceful_end(gunicorn_config):
    config = gunicorn_config()
    # Named, not inferred (gunicorn turns "sync" with threads into gthread on its own).
    assert config.settings["worker_class"].value == "gthread"
    assert config.worker_class_str == "gthread"
    assert config.threads >= 4
    assert config.workers == 2 * os.cpu_count() + 1
    assert config.wsgi_app == "lms.wsgi:application"
    assert config.max_requests > 0 and config.max_requests_jitter > 0
    assert 0 < config.graceful_timeout <= config.timeout
    assert config.accesslog == "-"


def test_gunicorn_takes_its_sizes_from_the_environment_file(gunicorn_config):
    config = gunicorn_config(
        GUNICORN_WORKERS="3", GUNICORN_THREADS="16", GUNICORN_BIND="10.0.1.11:8000"
    )
    assert (config.workers, config.threads, config.bind) == (3, 16, ["10.0.1.11:8000"])


def test_gunicorn_trusts_forwarded_headers_from_the_same_proxies_as_the_application(
    gunicorn_config,
):
    default = gunicorn_config()
    assert default.forwarded_allow_ips == list(settings.ADAL_TRUSTED_PROXY_ADDRESSES)
    narrowed = gunicorn_config(ADAL_TRUSTED_PROXY_ADDRESSES="10.0.0.5,10.0.0.6")
    assert narrowed.forwarded_allow_ips == ["10.0.0.5", "10.0.0.6"]


@pytest.mark.parametrize(
    ("name", "command"),
    [("worker", ["--app", "lms", "worker"]), ("beat", ["--app", "lms", "beat"])],
)
def test_celery_units_start_the_project_app_with_options_celery_takes(name, command):
    words = exec_start(name)
    assert Path(words[0]).name == "celery" and words[1:4] == command
    # Celery's command line refuses an option it does not know before it prints the help.
    result = subprocess.run(
        [*words, "--help"], cwd=ROOT, env=os.environ, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_beat_keeps_its_schedule_in_the_database_so_another_host_can_take_over(production):
    assert production["CELERY_BEAT_SCHEDULER"] == "lms.beat:SingleBeatScheduler"
    assert "--scheduler" not in exec_start("beat") and "-S" not in exec_start("beat")
    assert "EXACTLY ONE HOST" in UNITS["beat"].read_text()


@pytest.mark.parametrize("name", ["web", "worker", "beat"])
def test_units_run_hardened_as_the_service_user_with_the_environment_file(name):
    service = unit(name)["Service"]
    assert service["User"] == "adal" and service["Group"] == "adal"
    assert service["EnvironmentFile"] == "/etc/adal/adal.env"
    assert service["WorkingDirectory"] == INSTALLED_AT
    assert service["Restart"] == "always"
    for setting, value in {
        "ProtectSystem": "strict",
        "PrivateTmp": "yes",
        "NoNewPrivileges": "yes",
        "ProtectHome": "yes",
        "CapabilityBoundingSet": "",
    }.items():
        assert service[setting] == value, setting


def test_nginx_takes_the_largest_upload_the_application_takes():
    (size,) = nginx_directives("client_max_body_size")
    assert size.endswith("m")
    limit = int(size[:-1]) * 1024 * 1024
    assert limit > max(MAX_FILE_BYTES, MAX_UPLOAD_BYTES)
    assert limit <= MAX_FILE_BYTES + 4 * 1024 * 1024, "a limit far above the app's invites abuse"


def test_nginx_passes_the_client_address_and_scheme_as_the_application_reads_them(production):
    assert production["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    headers = nginx_directives("proxy_set_header")
    assert "X-Forwarded-Proto $scheme" in headers
    assert "Host $host" in headers
    # nginx appends the address it saw; the application reads exactly that many hops back.
    assert "X-Forwarded-For $proxy_add_x_forwarded_for" in headers
    assert production["ADAL_TRUSTED_PROXY_HOPS"] == 1
    assert not nginx_directives("real_ip_header") and not nginx_directives("set_real_ip_from")


def test_nginx_serves_static_and_media_from_the_folders_the_settings_name(production):
    assert Path(nginx_location_root("/static/")) / "static" == Path(production["STATIC_ROOT"])
    assert Path(nginx_location_root("/media/")) / "media" == Path(production["MEDIA_ROOT"])
    assert settings.STATIC_URL == "/static/" and settings.MEDIA_URL == "/media/"


def test_nginx_waits_for_a_request_longer_than_gunicorn_does(gunicorn_config):
    (read_timeout,) = nginx_directives("proxy_read_timeout")
    assert int(read_timeout.rstrip("s")) > gunicorn_config().timeout
