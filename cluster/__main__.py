"""`make cluster-test` (as root): build the hosts, run the journeys, kill a web host and a
worker mid-run, check, report, tear everything down (also on failure, Ctrl-C or timeout)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from cluster import hosts
from cluster.hosts import Process, address, in_host, run, wait_port

ROOT = Path(__file__).resolve().parent.parent
PYTHON = str(ROOT / ".venv" / "bin" / "python")
BIN = ROOT / ".venv" / "bin"
PG_BIN = Path(os.environ.get("ADAL_CLUSTER_PG_BIN", "/usr/lib/postgresql/15/bin"))
# Journeys with two web hosts (the main run, with the kill) and with one. Sized for the 2-core
# CI box shared with other jobs; the 200 is `ADAL_CLUSTER_SERVANTS=200`.
MAIN = int(os.environ.get("ADAL_CLUSTER_SERVANTS", "100"))
SINGLE = int(os.environ.get("ADAL_CLUSTER_SINGLE_SERVANTS", "25"))
CONCURRENCY = int(os.environ.get("ADAL_CLUSTER_CONCURRENCY", "12"))
KILL_AT = float(os.environ.get("ADAL_CLUSTER_KILL_AT", "0.4"))
TIME_LIMIT = int(os.environ.get("ADAL_CLUSTER_TIME_LIMIT", "340"))
RENDER_WAIT = 90
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


def nginx_config(run_dir: Path, static: Path) -> Path:
    """deploy/nginx/adal.conf with the test's addresses, certificate and folders (IPv4 only:
    the test network has no IPv6), inside a minimal main configuration."""
    site = (ROOT / "deploy" / "nginx" / "adal.conf").read_text()
    lines = []
    for line in site.splitlines():
        if "listen [::]" in line:
            continue
        if line.strip().startswith("server 10.0.1.11:8000"):
            line = line.replace("10.0.1.11", address("web1"))
        if line.strip().startswith("server 10.0.1.12:8000"):
            line = line.replace("10.0.1.12", address("web2"))
        lines.append(line)
    site = "\n".join(lines)
    for old, new in (
        ("/etc/ssl/adal/fullchain.pem", str(run_dir / "tls" / "cert.pem")),
        ("/etc/ssl/adal/privkey.pem", str(run_dir / "tls" / "key.pem")),
        ("server_name adal.example.kz", f"server_name {LB}"),
        ("/var/log/nginx/adal.access.log", str(run_dir / "logs" / "nginx-access.log")),
        ("/var/log/nginx/adal.error.log", str(run_dir / "logs" / "nginx-error.log")),
        ("root /var/lib/adal;", f"root {static.parent};"),  # STATIC_ROOT's parent
        ("root /srv/adal;", f"root {run_dir};"),  # MEDIA_ROOT is run_dir/media
    ):
        assert old in site, f"deploy/nginx/adal.conf no longer has {old!r}"
        site = site.replace(old, new)
    (run_dir / "nginx-site.conf").write_text(site)
    temp = run_dir / "nginx"
    temp.mkdir()
    main = f"""
worker_processes 1;
pid {run_dir}/nginx.pid;
error_log {run_dir}/logs/nginx-main.log warn;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    client_body_temp_path {temp}/body;
    proxy_temp_path {temp}/proxy;
    fastcgi_temp_path {temp}/fastcgi;
    uwsgi_temp_path {temp}/uwsgi;
    scgi_temp_path {temp}/scgi;
    include {run_dir}/nginx-site.conf;
}}
"""
    path = run_dir / "nginx.conf"
    path.write_text(main)
    return path


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


def driver(env: dict, mode: str, plan: dict, *, on_progress=None, timeout: float) -> dict:
    """The driver on the client host; `on_progress(done)` is called after each journey."""
    process = subprocess.Popen(
        ["ip", "netns", "exec", hosts.namespace("client"), PYTHON, "-m", "cluster.driver", mode],
        env=env, cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip
    process.stdin.write(json.dumps(plan))
    process.stdin.close()
    result = None
    timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
    timer.start()
    try:
        for line in process.stdout:
            if line.startswith("done ") and on_progress:
                on_progress(int(line.split()[1]))
            elif line.startswith("RESULT "):
                result = json.loads(line[7:])
    except BaseException:
        os.killpg(process.pid, signal.SIGKILL)
        raise
    finally:
        timer.cancel()
        process.wait()
    if result is None:
        raise RuntimeError(f"the driver ({mode}) ended without a result ({process.returncode})")
    return result


def summarise(result: dict, *, kill_time: float | None = None) -> dict:
    requests_ = result["requests"]
    seconds = result["ended"] - result["started"]
    failed = [r for r in requests_ if r[2] == 0 or r[2] >= 500]
    statuses: dict[str, int] = {}
    for r in requests_:
        statuses[str(r[2])] = statuses.get(str(r[2]), 0) + 1
    outside = []
    if kill_time is not None:
        # In flight on the killed host: sent before the kill, answered (or not) after it.
        outside = [r for r in failed if not (r[3] <= kill_time + 1.0 and r[4] >= kill_time)]
    else:
        outside = failed
    post_failures = [f for j in result["journeys"] for f in j.get("post_failures", [])]
    return {
        "journeys": len(result["journeys"]),
        "journeys_failed": len(result["failures"]),
        "seconds": round(seconds, 1),
        "journeys_per_s": round(len(result["journeys"]) / seconds, 2),
        "requests": len(requests_),
        "requests_per_s": round(len(requests_) / seconds, 1),
        "statuses": statuses,
        "failed_requests": len(failed),
        "failed_which": sorted({f"{r[0]} {r[1]} {r[2]}" for r in failed}),
        "failed_get_retried": sum(1 for r in failed if r[0] == "GET"),
        "failed_posts": len(post_failures),
        "failed_posts_inconsistent": sum(1 for f in post_failures if not f["consistent"]),
        "failed_outside_kill": len(outside),
    }


def main() -> int:
    if os.geteuid() != 0:
        print("make cluster-test needs root (network namespaces).", file=sys.stderr)
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
    print("cluster-test " + ("PASSED" if ok else "FAILED") + f" in {figures['seconds_total']} s")
    if ok and os.environ.get("ADAL_CLUSTER_RESULTS", "1") == "1":
        write_results(figures)
    return 0 if ok else 1


def write_results(figures: dict) -> None:
    """The figures into bench/RESULTS.md, as the "cluster" part of `make bench`'s results."""
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
    results.write({"cluster": figures}, machine=machine, seconds=figures["seconds_total"])


def scenario(cluster: Cluster, run_dir: Path, figures: dict) -> bool:
    step("network: namespaces, veth pairs, bridge on 10.77.0.0/24")
    hosts.build()
    # The signing key (the project's demo helper) and the balancer's TLS certificate.
    keys = run(
        PYTHON, "-c",
        "import sys, django; django.setup(); "
        "from certificates.signing import ensure_demo_signing_key as k; "
        "print(*k(sys.argv[1]))", str(run_dir / "keys"),
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "lms.settings.dev"}, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", str(run_dir / "tls" / "key.pem"), "-out", str(run_dir / "tls" / "cert.pem"),
        "-subj", f"/CN={LB}", "-addext", f"subjectAltName=IP:{LB}")  # fmt: skip
    env = environment(run_dir, (keys[0], keys[1]))
    env["REQUESTS_CA_BUNDLE"] = str(run_dir / "tls" / "cert.pem")
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

    step("static files, migrate, demo course and servants")
    env["DJANGO_STATIC_ROOT"] = str(static_root(env))
    migrate(env, db)
    seeded = in_host("web1", PYTHON, "-m", "cluster.seed", str(SINGLE + MAIN), env=env, cwd=ROOT)
    plan = json.loads(seeded.stdout)
    step(f"seeded {len(plan['servants'])} servants, {len(plan['lessons'])} lessons")

    gunicorn = [str(BIN / "gunicorn"), "-c", str(ROOT / "deploy" / "gunicorn.conf.py")]

    def web(host):
        return cluster.start(
            host, host, gunicorn, {**env, "GUNICORN_BIND": f"{address(host)}:8000"}
        )

    def worker(host):
        cluster.start(host, f"{host}-celery", [str(BIN / "celery"), "--app", "lms", "worker",
                      "--concurrency", "1", "--loglevel", "WARNING", "-n", f"{host}@%h",
                      "--max-tasks-per-child", "500"], env)  # fmt: skip
        cluster.start(host, f"{host}-beat", [str(BIN / "celery"), "--app", "lms", "beat",
                      "--loglevel", "INFO", "-s", str(run_dir / f"{host}-beat")], env)  # fmt: skip

    step("web1 (gunicorn), worker1 and worker2 (celery worker + beat), lb (nginx)")
    web1 = web("web1")
    worker("worker1")
    worker("worker2")
    nginx_conf = nginx_config(run_dir, Path(env["DJANGO_STATIC_ROOT"]))
    in_host("lb", "nginx", "-t", "-q", "-c", str(nginx_conf), "-p", str(run_dir / "nginx"))
    nginx = cluster.start("lb", "nginx", ["nginx", "-c", str(nginx_conf), "-p",
                          str(run_dir / "nginx"), "-g", "daemon off;"], env)  # fmt: skip
    wait_port("lb", address("web1"), 8000, timeout=60, process=web1)
    wait_port("client", LB, 443, timeout=20, process=nginx)

    base_plan = {"base": f"https://{LB}", "cafile": str(run_dir / "tls" / "cert.pem"),
                 "course_url": plan["course_url"], "lessons": plan["lessons"],
                 "password": plan["password"], "concurrency": CONCURRENCY,
                 "sources": hosts.CLIENT_SOURCES}  # fmt: skip
    single_servants = plan["servants"][:SINGLE]
    main_servants = plan["servants"][SINGLE:]
    checks = []

    def expect(name: str, condition: bool, detail="") -> None:
        checks.append((name, condition))
        print(f"  {'ok  ' if condition else 'FAIL'} {name} {detail}", flush=True)

    step(f"one web host: {SINGLE} journeys through the balancer ({CONCURRENCY} at a time)")
    one = driver(env, "journeys", {**base_plan, "servants": single_servants}, timeout=TIME_LIMIT)
    figures["one_web_host"] = summarise(one)
    print("  " + json.dumps(figures["one_web_host"]))

    step("web2 up; two web hosts: main run")
    web2 = web("web2")
    wait_port("lb", address("web2"), 8000, timeout=60, process=web2)
    killed = {}

    def progress(done: int) -> None:
        if not killed and done >= KILL_AT * len(main_servants):
            killed["time"] = time.time()
            killed["done"] = done
            web1.signal(signal.SIGKILL)  # the whole gunicorn: master and its workers
            cluster.processes["worker1-celery"].signal(signal.SIGKILL)
            cluster.processes["worker1-beat"].signal(signal.SIGKILL)
            step(f"  SIGKILL web1 gunicorn, worker1 celery (worker, beat) after {done} journeys")

    two = driver(env, "journeys", {**base_plan, "servants": main_servants}, on_progress=progress,
                 timeout=TIME_LIMIT)  # fmt: skip
    figures["two_web_hosts"] = summarise(two, kill_time=killed.get("time"))
    figures["killed_after_journeys"] = killed.get("done")
    print("  " + json.dumps(figures["two_web_hosts"]))
    for failure in (one["failures"] + two["failures"])[:5]:
        print(f"  journey failed: {failure}")

    step("waiting for the certificates to be rendered (worker2 alone now)")
    everyone = {"servants": single_servants + main_servants}
    deadline = time.monotonic() + RENDER_WAIT
    while True:
        state = driver(env, "check", everyone, timeout=60)
        if state["rendered"] >= state["certificates"] or time.monotonic() > deadline:
            break
        time.sleep(2)
    figures["state"] = state
    print("  " + json.dumps(state))

    step("web1 restarted; every certificate downloaded through the balancer, web2 and web1")
    web1 = web("web1")
    wait_port("lb", address("web1"), 8000, timeout=60, process=web1)
    cookies = {j["assignment"]: j.get("cookies", {}) for j in one["journeys"] + two["journeys"]}
    servants = [{**s, "cookies": cookies.get(s["assignment"], {})} for s in everyone["servants"]]
    fetched = driver(env, "fetch", {
        "cafile": base_plan["cafile"], "host": LB, "client": address("client"),
        "servants": servants,
        "targets": [{"name": "balancer", "base": f"https://{LB}"},
                    {"name": "web2", "base": f"http://{address('web2')}:8000", "direct": True},
                    {"name": "web1", "base": f"http://{address('web1')}:8000", "direct": True}],
    }, timeout=120)  # fmt: skip
    figures["downloads"] = fetched
    print("  " + json.dumps(fetched))

    total = len(everyone["servants"])
    expect("every journey finished", not one["failures"] and not two["failures"],
           (one["failures"] + two["failures"])[:3])  # fmt: skip
    expect(
        "every assignment completed", state["statuses"].get("completed") == total, state["statuses"]
    )
    expect("one certificate per assignment", state["with_one_certificate"] == total
           and state["with_several_certificates"] == 0)  # fmt: skip
    expect("every certificate rendered once", state["rendered"] == total
           and state["extra_files"] == 0 and state["sha256_wrong"] == 0)  # fmt: skip
    for name in ("balancer", "web2", "web1"):
        expect(f"every PDF downloadable from {name}", fetched[name]["ok"] == total, fetched[name])
    expect("no 5xx with one web host", figures["one_web_host"]["failed_requests"] == 0)
    expect(
        "5xx only in flight on the killed host",
        figures["two_web_hosts"]["failed_outside_kill"] == 0,
    )
    expect("failed POSTs left nothing half-written",
           figures["two_web_hosts"]["failed_posts_inconsistent"] == 0
           and figures["one_web_host"]["failed_posts_inconsistent"] == 0)  # fmt: skip
    expect("the kill happened mid-run", killed.get("done") is not None)
    return all(passed for _name, passed in checks)


if __name__ == "__main__":
    sys.exit(main())
