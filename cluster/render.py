"""`python -m cluster render` (`make cluster-bench`, as root): certificate rendering on worker
hosts. The db host (PostgreSQL, Redis) and ADAL_CLUSTER_RENDER_CERTS certificates (600, the
demo's among them) issued by the completion service; then `regenerate_certificates --wait`, run
from an app host as an operator would, twice: with worker1 alone, then with worker1 and
worker2 — each a Celery worker with one process (`--concurrency 1`) and no beat, whose catch-up
sweep would add work of its own. Each worker first renders a chunk of one, so that neither run
pays for a cold process.

Figures: signed certificates per second with one host and with two, from each run's own record
(queued → last chunk counted), their ratio, and the chunks each host took (its worker's log).

On a host with the cluster's environment, `python -m cluster.render warm COUNT` renders COUNT
certificates in chunks of one and `python -m cluster.render run ID` prints a run's record and
checks its PDFs, as JSON."""

from __future__ import annotations

import json
import os
import re
import sys
import time
from pathlib import Path

from cluster.harness import PYTHON, ROOT, Cluster, hosts_up, step
from cluster.hosts import Process, in_host

CERTIFICATES = int(os.environ.get("ADAL_CLUSTER_RENDER_CERTS", "600"))
CHUNK = int(os.environ.get("ADAL_CLUSTER_RENDER_CHUNK", "25"))
WORKERS = ("worker1", "worker2")
CHUNK_DONE = re.compile(r"Task certificates\.tasks\.render_certificate_chunk\[[^\]]+\] succeeded")
APP_HOST = "web1"  # where the operator's commands run; no gunicorn is started in this mode


def on_app_host(env: dict, *command: str) -> str:
    return in_host(APP_HOST, PYTHON, *command, env=env, cwd=ROOT).stdout


def wait_ready(process: Process, *, timeout: float = 90) -> None:
    """Until the Celery worker says it is ready (its INFO log) and so takes tasks."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if " ready." in process.log.read_text(errors="replace"):
            return
        if not process.alive():
            raise RuntimeError(f"{process.name} exited:\n{process.tail()}")
        time.sleep(0.25)
    raise RuntimeError(f"{process.name} not ready after {timeout} s:\n{process.tail()}")


def chunks_taken(log: Path, *, after: int) -> int:
    """Chunk tasks a worker finished, counted in its log from byte `after` on."""
    with open(log, "rb") as file:
        file.seek(after)
        return len(CHUNK_DONE.findall(file.read().decode(errors="replace")))


def regenerate(env: dict, workers: dict[str, Process]) -> dict:
    """`regenerate_certificates --wait` with these worker hosts up; the run's figures."""
    offsets = {host: process.log.stat().st_size for host, process in workers.items()}
    load = os.getloadavg()[0]
    started = time.monotonic()
    output = on_app_host(env, "manage.py", "regenerate_certificates", "--wait")
    command_seconds = time.monotonic() - started
    queued = re.search(r"^Run (\d+): \d+ PDFs queued", output, re.MULTILINE)
    if queued is None:
        raise RuntimeError(f"regenerate_certificates did not queue a run:\n{output}")
    record = json.loads(on_app_host(env, "-m", "cluster.render", "run", queued.group(1)))
    record["chunks_by_host"] = {
        host: chunks_taken(workers[host].log, after=offsets[host]) if host in workers else 0
        for host in WORKERS
    }
    record["command_seconds"] = round(command_seconds, 1)
    record["load_1min_before"] = round(load, 2)
    print("  " + json.dumps(record), flush=True)
    return record


def scenario(cluster: Cluster, run_dir: Path, figures: dict) -> bool:
    env = hosts_up(cluster, run_dir)
    env["ADAL_RENDER_CHUNK"] = str(CHUNK)
    step(f"{CERTIFICATES} certificates issued, the demo's among them (PDFs not rendered)")
    on_app_host(env, "-m", "cluster.seed", "certificates", str(CERTIFICATES))

    workers: dict[str, Process] = {}
    for count, host in enumerate(WORKERS, start=1):
        step(f"{host} up (Celery worker, one process); each worker warms up on a chunk of one")
        workers[host] = cluster.worker(host, env, beat=False, loglevel="INFO")
        wait_ready(workers[host])
        on_app_host(env, "-m", "cluster.render", "warm", str(count))
        step(f"regenerate_certificates --wait with {count} worker host(s)")
        figures[f"hosts_{count}"] = regenerate(env, workers)

    one, two = figures["hosts_1"], figures["hosts_2"]
    ratio = two["per_second"] / one["per_second"]
    hours = 100_000 / two["per_second"] / 3600
    figures.update(
        certificates=one["total"], chunk=CHUNK, ratio=round(ratio, 2),
        hours_for_100k_with_2_hosts=round(hours, 2),
        targets={"scaling>=1.8": ratio >= 1.8, "failed==0": not one["failed"] + two["failed"]},
    )  # fmt: skip
    step(f"1 host {one['per_second']} /s, 2 hosts {two['per_second']} /s: {ratio:.2f}×")

    checks = [
        ("every PDF rendered by both runs, none failed",
         all(r["done"] == r["total"] and not r["failed"] for r in (one, two))),
        ("every PDF of the last run on disk, signed, its sha256 the recorded one",
         two["files_ok"] == two["signed"] == two["certificates"]),
        ("one host: worker1 took every chunk",
         one["chunks_by_host"] == {"worker1": one["chunks"], "worker2": 0}),
        ("two hosts: every chunk taken once, by both hosts",
         sum(two["chunks_by_host"].values()) == two["chunks"]
         and all(two["chunks_by_host"].values())),
    ]  # fmt: skip
    for name, passed in checks:
        print(f"  {'ok  ' if passed else 'FAIL'} {name}", flush=True)
    return all(passed for _name, passed in checks)


# --- On a host ------------------------------------------------------------------------------


def _finish(run, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not run.is_finished:
        if time.monotonic() > deadline:
            raise RuntimeError(f"run {run.pk} did not finish: {run.done}/{run.total}")
        time.sleep(0.1)
        run.refresh_from_db()


def warm(count: int) -> dict:
    from certificates.bulk import render_run_create
    from certificates.models import Certificate, RenderRunKind

    ids = Certificate.objects.order_by("pk").values_list("pk", flat=True)[:count]
    run = render_run_create(kind=RenderRunKind.REGENERATE, certificate_ids=ids, chunk_size=1)
    _finish(run)
    return {"run": run.pk, "done": run.done}


def run_record(run_id: int) -> dict:
    """A finished run's figures, and whether each certificate's PDF is the one it rendered."""
    import hashlib

    from certificates.models import Certificate, RenderRun

    run = RenderRun.objects.get(pk=run_id)
    seconds = (run.finished_at - run.created_at).total_seconds()
    ids = [pk for chunk in run.chunks.values_list("certificate_ids", flat=True) for pk in chunk]
    files_ok = signed = 0
    for certificate in Certificate.objects.filter(pk__in=ids).exclude(pdf="").iterator():
        with certificate.pdf.open("rb") as file:
            data = file.read()
        rendered_in_run = certificate.rendered_at and certificate.rendered_at > run.created_at
        files_ok += bool(rendered_in_run) and hashlib.sha256(data).hexdigest() == certificate.sha256
        signed += b"/ByteRange" in data
    return {
        "run": run.pk, "total": run.total, "done": run.done, "failed": run.failed,
        "chunks": run.chunks_total, "seconds": round(seconds, 2),
        "per_second": round(run.done / seconds, 2),
        "certificates": len(ids), "files_ok": files_ok, "signed": signed,
    }  # fmt: skip


def main() -> int:
    import django

    django.setup()
    action, argument = sys.argv[1], int(sys.argv[2])
    result = warm(argument) if action == "warm" else run_record(argument)
    json.dump(result, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
