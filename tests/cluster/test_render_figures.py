"""`make cluster-bench` reads its figures from a run's own record and counts the chunks each
host took in that host's Celery log: here against a real worker on Redis, so that a change in
what the worker logs or in what a run records fails before the long benchmark does."""

import pytest

from bench import results
from certificates.bulk import certificates_queue_regenerate
from certificates.models import RenderRun
from certificates.signing import ensure_demo_signing_key
from cluster.render import chunks_taken, run_record, warm
from tests.certificates.test_bulk_worker import issue
from tests.certificates.test_celery_worker import broker, start_worker, stop, wait_for
from tests.factories import make_unit

__all__ = ["broker"]

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.celery_worker,
    pytest.mark.real_clock,  # the worker process reads the real clock
    pytest.mark.django_db(transaction=True),
]

CERTIFICATES = 12
CHUNK = 4


def test_render_figures_from_the_run_and_the_worker_log(
    course, broker, tmp_path, settings, monkeypatch
):
    key, cert = ensure_demo_signing_key(tmp_path / "keys")
    settings.ADAL_RENDER_CHUNK = CHUNK
    # Their own render tasks are purged, as the cluster's seed does: the chunks do the work.
    issue(CERTIFICATES, course, make_unit("render"))
    log = tmp_path / "worker.log"
    worker = start_worker(log, CERTIFICATE_SIGNING_KEY=str(key), CERTIFICATE_SIGNING_CERT=str(cert))
    try:
        wait_for(lambda: " ready." in log.read_text(), 60, log, "the worker did not start")
        warmed = warm(2)  # two chunks of one
        assert warmed["done"] == 2
        assert chunks_taken(log, after=0) == 2
        offset = log.stat().st_size
        run = certificates_queue_regenerate()
        wait_for(lambda: RenderRun.objects.get(pk=run.pk).is_finished, 120, log, "no end")
    finally:
        stop(worker)

    assert chunks_taken(log, after=offset) == CERTIFICATES // CHUNK
    record = run_record(run.pk)
    assert record["total"] == record["done"] == record["certificates"] == CERTIFICATES
    assert record["chunks"] == CERTIFICATES // CHUNK and record["failed"] == 0
    assert record["files_ok"] == record["signed"] == CERTIFICATES
    assert record["per_second"] > 0

    # The figures as the benchmark writes them into bench/RESULTS.md.
    report = tmp_path / "RESULTS.md"
    monkeypatch.setattr(results, "STORE", tmp_path / "results.json")
    monkeypatch.setattr(results, "REPORT", report)
    host = {**record, "chunks_by_host": {"worker1": 2, "worker2": 1}, "load_1min_before": 0.5}
    figures = {"hosts_1": host, "hosts_2": host, "chunk": CHUNK, "ratio": 1.0,
               "hours_for_100k_with_2_hosts": 1.5, "targets": {"scaling>=1.8": False}}  # fmt: skip
    machine = {"cpu": "test", "cores": 2, "memory_gb": 1, "python": "3", "postgresql": "15",
               "os": "test"}  # fmt: skip
    results.write({"cluster_render": figures}, machine=machine, seconds=1)
    table = report.read_text()
    assert f"| cluster_render | regenerate {CERTIFICATES} signed in chunks of {CHUNK}, 1 " in table
    assert "chunks worker1 2, worker2 1" in table
    assert "| 2 hosts / 1 host | 1.0×; 100,000 in 1.5 h on 2 hosts | ≥ 1.8× ✗ |" in table
