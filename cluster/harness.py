"""What every cluster scenario shares: the hosts' environment, their processes, the db host
with its schema (cached between runs), the run with its time limit and teardown, and the
figures written into bench/RESULTS.md."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cluster import hosts
from cluster.hosts import Process, address, in_host, run, wait_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
BIN = ROOT / ".venv" / "bin"
PG_BIN = Path(os.environ.get("ADAL_CLUSTER_PG_BIN", "/usr/lib/postgresql/15/bin"))
TIME_LIMIT = int(os.environ.get("ADAL_CLUSTER_TIME_LIMIT", "340"))
LB = address("lb")


class Timeout(Exception):
    pass


STARTED = time.monotonic()


def step(message: str) -> None:
    print(f"[{time.monotonic() - STARTED:6.1f} s] {message}", flush=True)


def environment(run_dir: Path, signing: tuple[str, str]) -> dict:
    """deploy/adal.env.example with the test's values."""
    db = address("db")
    env = {
        "PATH": os.environ.get("PATH", "/usr/sbin:/usr/bin:/sbin:/bin"),
        "LANG": "C.UTF-8",
        "HOME": str(run_dir),
        "PYTHONPATH": str(ROOT),
        "ADAL_CLUSTER_ROOT": str(ROOT),
        "DJANGO_SETTINGS_MODULE": "lms.settings.production",
        "DJANGO_SECRET_KEY": "cluster-test-" + os.urandom(24).hex(),
        "DJANGO_DEBUG": "false",
        "DJANGO_ALLOWED_HOSTS": LB,
        "SITE_URL": f"https://{LB}",
        "DJANGO_SECURE_HSTS_SECONDS": "0",
        "LOG_LEVEL": "WARNING",
        "DATABASE_URL": f"postgres://postgres@{db}:5432/adal",
        "DATABASE_CONN_MAX_AGE": "60",
        "CACHE_URL": f"redis://{db}:6379/1",
        "CELERY_BROKER_URL": f"redis://{db}:6379/0",
        # A task whose worker was killed is delivered again after this long (not an hour).
        "CELERY_VISIBILITY_TIMEOUT": "20",
        "DJANGO_MEDIA_ROOT": str(run_dir / "media"),
        "CERTIFICATE_ROOT": str(run_dir / "certificates"),
        "IMPORT_ROOT": str(run_dir / "imports"),
        "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
        "CERTIFICATE_SIGNING_KEY": signing[0],
        "CERTIFICATE_SIGNING_CERT": signing[1],
        "ADAL_TRUSTED_PROXY_HOPS": "1",
        "ADAL_TRUSTED_PROXY_ADDRESSES": f"{LB}/32",
        "ADAL_BEAT_STANDBY_SECONDS": "2",
        # Two web hosts on two cores (with everything else): fewer than the defaults.
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "4",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    return env


class Cluster:
    def __init__(self, run_dir: Path):
        self.run_dir = run_dir
        self.logs = run_dir / "logs"
        self.processes: dict[str, Process] = {}

    def start(self, host: str, name: str, command: list[str], env: dict) -> Process:
        process = Process(host, name, command, env=env, log_dir=self.logs).start()
        self.processes[name] = process
        return process

    def stop_all(self) -> None:
        for process in reversed(list(self.processes.values())):
            process.signal(signal.SIGKILL)
        for process in self.processes.values():
            if process.popen is not None:
                try:
                    process.popen.wait(timeout=5)
                except subprocess.TimeoutExpired:
                    pass

    def worker(self, host: str, env: dict, *, beat: bool = True, loglevel: str = "WARNING"):
        """A worker host: a Celery worker with one process and, with `beat`, Celery beat."""
        worker = self.start(host, f"{host}-celery", [str(BIN / "celery"), "--app", "lms", "worker",
                            "--concurrency", "1", "--loglevel", loglevel, "-n", f"{host}@%h",
                            "--max-tasks-per-child", "500"], env)  # fmt: skip
        if beat:
            self.start(host, f"{host}-beat", [str(BIN / "celery"), "--app", "lms", "beat",
                       "--loglevel", "INFO", "-s", str(self.run_dir / f"{host}-beat")],
                       env)  # fmt: skip
        return worker


def as_postgres(*command: str) -> list[str]:
    return ["setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", *command]


CACHE = Path(os.environ.get("ADAL_CLUSTER_CACHE", "/var/cache/adal-cluster"))


def files_key(*patterns: str, contents: bool = True) -> str:
    digest = hashlib.sha256((ROOT / "requirements.lock").read_bytes())
    for pattern in patterns:
        for path in sorted(ROOT.glob(pattern)):
            if not path.is_file() or ".venv" in path.parts or "__pycache__" in path.parts:
                continue
            digest.update(str(path.relative_to(ROOT)).encode())
            if contents:
                digest.update(path.read_bytes())
            else:
                stat = path.stat()
                digest.update(f"{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def static_root(env: dict) -> Path:
    """collectstatic once per set of static files (compressing them takes a while): kept
    outside the repository and served from there, read-only, on later runs."""
    key = files_key("package-lock.json", "static/**/*", "*/static/**/*", contents=False)
    root = CACHE / f"static-{key}" / "static"
    if (root / "staticfiles.json").exists():
        return root
    for old in CACHE.glob("static-*"):
        shutil.rmtree(old, ignore_errors=True)
    root.mkdir(parents=True)
    run(PYTHON, "manage.py", "collectstatic", "--noinput", "-v0",
        env={**env, "DJANGO_STATIC_ROOT": str(root)}, cwd=ROOT)  # fmt: skip
    return root


def migrate(env: dict, db: str) -> None:
    """`migrate` and the demo course once per set of migrations and demo content: the result is
    kept as a dump outside the repository and restored on later runs (seconds, not minutes)."""
    cache = CACHE
    key = files_key("*/migrations/*.py", "demo/**/*", "cluster/seed.py")
    dump = cache / f"schema-{key}.dump"
    if dump.exists():
        in_host("db", "pg_restore", "-h", db, "-U", "postgres", "-d", "adal", "--no-owner",
                "--single-transaction", str(dump))  # fmt: skip
        step(f"schema restored from {dump}")
        return
    in_host("web1", PYTHON, "manage.py", "migrate", "--noinput", "-v0", env=env, cwd=ROOT)
    in_host("web1", PYTHON, "-m", "cluster.seed", "demo", env=env, cwd=ROOT)
    cache.mkdir(parents=True, exist_ok=True)
    for old in cache.glob("schema-*.dump"):
        old.unlink()
    partial = dump.with_suffix(".part")
    in_host("db", "pg_dump", "-h", db, "-U", "postgres", "-Fc", "-f", str(partial), "adal")
    partial.rename(dump)
    step(f"migrated, demo course loaded (kept in {dump} for the next run)")


def hosts_up(cluster: Cluster, run_dir: Path) -> dict:
    """The network, the signing key and the db host (PostgreSQL with the migrated schema and the
    demo course, Redis); returns the hosts' environment."""
    step("network: namespaces, veth pairs, bridge on 10.77.0.0/24")
    hosts.build()
    # The signing key: the project's demo helper.
    keys = run(
        PYTHON, "-c",
        "import sys, django; django.setup(); "
        "from certificates.signing import ensure_demo_signing_key as k; "
        "print(*k(sys.argv[1]))", str(run_dir / "keys"),
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev"}, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    env = environment(run_dir, (keys[0], keys[1]))
    # The web and worker hosts write to the shared folders as themselves: root here.

    step("db host: initdb, PostgreSQL and Redis")
    pgdata = run_dir / "pgdata"
    pgdata.mkdir()
    shutil.chown(pgdata, "postgres", "postgres")
    run(*as_postgres(str(PG_BIN / "initdb"), "-D", str(pgdata), "-A", "trust", "-U", "postgres",
                     "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"))  # fmt: skip
    with open(pgdata / "pg_hba.conf", "a") as hba:
        hba.write("host all all 10.77.0.0/24 trust\n")
    db = address("db")
    # fsync off: a throwaway cluster; durability is not what this test shows.
    postgres = cluster.start("db", "postgres", as_postgres(
        str(PG_BIN / "postgres"), "-D", str(pgdata), "-c", f"listen_addresses={db}",
        "-c", f"unix_socket_directories={pgdata}", "-c", "fsync=off",
        "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "max_connections=200"), env=env)  # fmt: skip
    redis = cluster.start("db", "redis", ["redis-server", "--bind", db, "--port", "6379",
                          "--save", "", "--appendonly", "no", "--protected-mode", "no"],
                          env=env)  # fmt: skip
    wait_port("web1", db, 5432, timeout=30, process=postgres)
    wait_port("web1", db, 6379, timeout=30, process=redis)
    in_host("db", "psql", "-h", db, "-U", "postgres", "-q", "-c", "CREATE DATABASE adal")
    step("migrate and demo course")
    migrate(env, db)
    return env


def run_scenario(name: str, scenario: Callable[[Cluster, Path, dict], bool], *, part: str) -> int:
    """Run `scenario(cluster, run_dir, figures)` on fresh hosts, always torn down after (also on
    failure, Ctrl-C or TIME_LIMIT); print its figures and, when it passed, write them into
    bench/RESULTS.md as the `part` rows."""
    if os.geteuid() != 0:
        print(f"{name} needs root (network namespaces).", file=sys.stderr)
        return 2
    started = time.monotonic()

    def interrupted(signum, _frame):
        raise Timeout("time limit reached") if signum == signal.SIGALRM else KeyboardInterrupt()

    signal.signal(signal.SIGALRM, interrupted)
    signal.signal(signal.SIGTERM, interrupted)
    signal.alarm(TIME_LIMIT)
    left = hosts.teardown()
    if left:
        step(f"removed leftovers of an earlier run: {', '.join(left)}")
    run_dir = Path(tempfile.mkdtemp(prefix="adalc-"))
    run_dir.chmod(0o755)
    for sub in ("logs", "media", "certificates", "imports", "tls", "keys"):
        (run_dir / sub).mkdir()
    cluster = Cluster(run_dir)
    figures: dict = {}
    ok = False
    try:
        ok = scenario(cluster, run_dir, figures)
    except BaseException as error:
        print(f"FAILED: {type(error).__name__}: {error}", file=sys.stderr, flush=True)
        if isinstance(error, subprocess.CalledProcessError):
            print((error.stderr or "")[-3000:], file=sys.stderr, flush=True)
        for process in cluster.processes.values():
            if process.popen is not None and process.popen.poll() not in (None, -9, -15):
                print(f"--- {process.name} (exit {process.popen.poll()}):\n{process.tail()}",
                      file=sys.stderr)  # fmt: skip
        ok = False
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        cluster.stop_all()
        hosts.teardown()
        keep = os.environ.get("ADAL_CLUSTER_KEEP")
        if keep:
            print(f"logs kept in {run_dir}")
        else:
            subprocess.run(["rm", "-rf", str(run_dir)], check=False)
        signal.signal(signal.SIGINT, signal.SIG_DFL)
    figures["seconds_total"] = round(time.monotonic() - started, 1)
    print(json.dumps(figures, indent=1))
    print(f"{name} " + ("PASSED" if ok else "FAILED") + f" in {figures['seconds_total']} s")
    if ok and os.environ.get("ADAL_CLUSTER_RESULTS", "1") == "1":
        write_results(figures, part=part)
    return 0 if ok else 1


def write_results(figures: dict, *, part: str) -> None:
    """The figures into bench/RESULTS.md, as one part of `make bench`'s results."""
    import platform

    from bench import results

    cpu = platform.machine()
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            cpu = line.split(":", 1)[1].strip()
            break
    memory_kb = int(Path("/proc/meminfo").read_text().split("MemTotal:")[1].split()[0])
    postgres = run(str(PG_BIN / "postgres"), "--version").stdout.split()[2]
    machine = {
        "cpu": cpu, "cores": os.cpu_count(), "memory_gb": round(memory_kb / 1024 / 1024, 1),
        "python": platform.python_version(), "postgresql": postgres,
        "os": platform.platform(terse=True),
    }  # fmt: skip
    results.write({part: figures}, machine=machine, seconds=figures["seconds_total"])
