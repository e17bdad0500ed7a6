"""`make cluster-test` (as root): build the hosts, run the journeys, kill a web host and a
worker mid-run, check, report, tear everything down (also on failure, Ctrl-C or timeout).
`python -m cluster render` (`make cluster-bench`): certificate rendering on one and on two worker
hosts (cluster/render.py)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from cluster import hosts, render
from cluster.harness import (
    BIN,
    LB,
    PYTHON,
    ROOT,
    TIME_LIMIT,
    Cluster,
    hosts_up,
    run_scenario,
    static_root,
    step,
)
from cluster.hosts import address, in_host, run, wait_port

# Journeys with two web hosts (the main run, with the kill) and with one. Sized for the 2-core
# CI box shared with other jobs; the 200 is `ADAL_CLUSTER_SERVANTS=200`.
MAIN = int(os.environ.get("ADAL_CLUSTER_SERVANTS", "100"))
SINGLE = int(os.environ.get("ADAL_CLUSTER_SINGLE_SERVANTS", "25"))
CONCURRENCY = int(os.environ.get("ADAL_CLUSTER_CONCURRENCY", "12"))
KILL_AT = float(os.environ.get("ADAL_CLUSTER_KILL_AT", "0.4"))
RENDER_WAIT = 90


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


def scenario(cluster: Cluster, run_dir: Path, figures: dict) -> bool:
    # The balancer's TLS certificate.
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-keyout", str(run_dir / "tls" / "key.pem"), "-out", str(run_dir / "tls" / "cert.pem"),
        "-subj", f"/CN={LB}", "-addext", f"subjectAltName=IP:{LB}")  # fmt: skip
    env = hosts_up(cluster, run_dir)
    env["REQUESTS_CA_BUNDLE"] = str(run_dir / "tls" / "cert.pem")

    step("static files, servants")
    env["DJANGO_STATIC_ROOT"] = str(static_root(env))
    seeded = in_host("web1", PYTHON, "-m", "cluster.seed", str(SINGLE + MAIN), env=env, cwd=ROOT)
    plan = json.loads(seeded.stdout)
    step(f"seeded {len(plan['servants'])} servants, {len(plan['lessons'])} lessons")

    gunicorn = [str(BIN / "gunicorn"), "-c", str(ROOT / "deploy" / "gunicorn.conf.py")]

    def web(host):
        return cluster.start(
            host, host, gunicorn, {**env, "GUNICORN_BIND": f"{address(host)}:8000"}
        )

    step("web1 (gunicorn), worker1 and worker2 (celery worker + beat), lb (nginx)")
    web1 = web("web1")
    cluster.worker("worker1", env)
    cluster.worker("worker2", env)
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


def main() -> int:
    if sys.argv[1:] == ["render"]:
        return run_scenario("cluster render", render.scenario, part="cluster_render")
    return run_scenario("cluster-test", scenario, part="cluster")


if __name__ == "__main__":
    sys.exit(main())
