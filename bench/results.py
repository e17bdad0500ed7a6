"""bench/RESULTS.md: every part's latest figures (kept in bench/results.json, so that running
one part updates its rows and keeps the others), with the machine they were measured on."""

from __future__ import annotations

import datetime
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
STORE = HERE / "results.json"
REPORT = HERE / "RESULTS.md"


def _rows(part: str, f: dict) -> list[tuple[str, str, str]]:
    """(figure, measured, target) rows of one part."""
    ok = f.get("targets", {})

    def mark(key: str) -> str:
        return "" if key not in ok else (" ✓" if ok[key] else " ✗")

    if part == "dashboard":
        rows = []
        for size in ("small", "full"):
            s = f[size]
            for view in ("root", "unit"):
                v = s[view]
                rows.append((
                    f"{view} view, {s['servants']:,} servants",
                    f"p50 {v['p50_ms']} ms, p95 {v['p95_ms']} ms "
                    f"({v['p95_x_floor']}× bare view), "
                    f"{v['queries']} queries, first after a change {v['cold_ms']} ms",
                    ("p95 ≤ 150 ms, ≤ 12 queries" + mark("p95_ms_at_full<=150")
                     + mark("queries<=12"))
                    if size == "full" else "",
                ))  # fmt: skip
        rows.append((
            "p95 growth 10× servants",
            f"root {f['root_p95_growth']}×, unit {f['unit_p95_growth']}×",
            "≤ 1.5×" + mark("p95_growth<=1.5"),
        ))  # fmt: skip
        return rows
    if part == "export":
        return [
            (f"CSV, {f['rows']:,} rows", f"{f['seconds_export']} s ({f['x_floor']}× floor)",
             "≤ 15 s" + mark("seconds<=15")),
            ("peak memory (process RSS)",
             f"{f['peak_rss_mb_after_full']} MB after {f['rows']:,} rows, "
             f"{f['peak_rss_mb_after_small']} MB after {f['rows_small']:,}",
             "flat" + mark("memory_flat")),
        ] + ([
            (f"XLSX (2 sheets), {f['xlsx_rows']:,} rows",
             f"{f['xlsx_seconds']} s ({f['xlsx_rows_per_second']:,} rows/s), {f['xlsx_mb']} MB",
             "≤ 30 s" + mark("xlsx_seconds<=30")),
            ("XLSX peak memory",
             f"process RSS {f['xlsx_peak_rss_mb_after_full']} MB after {f['xlsx_rows']:,} rows, "
             f"{f['xlsx_peak_rss_mb_after_small']} MB after {f['xlsx_rows_small']:,}; traced "
             f"peak {f['xlsx_traced_peak_mb'][0]} MB at {f['xlsx_traced_rows'][0]:,} rows, "
             f"{f['xlsx_traced_peak_mb'][1]} MB at {f['xlsx_traced_rows'][1]:,}",
             "flat" + mark("xlsx_memory_flat")),
        ] if "xlsx_rows" in f else [])  # fmt: skip
    if part == "import":
        return [
            (f"import_servants, {f['rows']:,} new rows", f"{f['seconds_import']} s "
             f"({f['x_floor']}× floor)", "≤ 60 s" + mark("seconds<=60")),
            ("same file again (unchanged)", f"{f['seconds_reimport']} s", ""),
        ]  # fmt: skip
    if part == "open_cycle":
        return [
            (f"cycle_open, {f['servants']:,} servants", f"{f['seconds_open']} s "
             f"({f['x_floor']}× floor)", "≤ 30 s" + mark("seconds<=30")),
        ]  # fmt: skip
    if part == "pdf":
        return [
            ("renders per second, one warm process",
             f"{f['per_second']} /s signed ({f['x_floor']}× floor time), "
             f"{f['per_second_unsigned']} /s unsigned; floor {f['floor_per_second']} /s",
             ""),
            ("Celery on Redis", f"1 worker process {f['celery_1']} /s, 2 processes "
             f"{f['celery_2']} /s ({f['celery_scaling']}×); 100,000 in "
             f"{f['hours_for_100k_with_2']} h on 2", "≥ 28 /s, ≥ 1.8×" + mark("celery_2>=28")
             + mark("scaling>=1.8")),
        ]  # fmt: skip
    if part == "fanout":
        return [
            (f"regenerate {f['certificates']} in chunks of {f['chunk']}, "
             f"{f['processes']} worker processes",
             f"{f['per_second']} /s, {f['seconds_run']} s, {f['failed']} failed; "
             f"100,000 in {f['hours_for_100k_with_2']} h (load {f.get('load_1min_before')} "
             "before)",
             "0 failed, 100,000 < 1 h" + mark("failed==0") + mark("hours_100k<1")),
        ]  # fmt: skip
    if part == "pages":
        rows = []
        for name, p in f["pages"].items():
            rows.append((
                name, f"{p['rps']} req/s ({p['rps_x_bare']}× bare), p95 {p['p95_ms']} ms "
                f"({p['p95_x_bare']}× bare)",
                ("≥ 0.25× bare" + mark("lesson>=0.25")) if name == "lesson"
                else ("≥ 0.8× lesson" + mark("home>=0.8*lesson")) if name == "home" else "",
            ))  # fmt: skip
        return rows
    if part == "quiz":
        return [
            (f"{f['takers']} takers, think {f['think_s']} s (÷{f['compression']})",
             f"p50 {f['p50_ms']} ms, p95 {f['p95_ms']} ms ({f['p95_x_bare']}× bare), "
             f"{f['requests']} requests, {f['errors']} errors, {f['rps']} req/s",
             "p95 ≤ 300 ms, 0 errors" + mark("p95<=300") + mark("errors==0")),
        ]  # fmt: skip
    if part == "cluster":
        one, two, state = f["one_web_host"], f["two_web_hosts"], f["state"]
        downloads = ", ".join(f"{name} {d['ok']}" for name, d in f["downloads"].items())
        return [
            (f"one web host, {one['journeys']} journeys (`make cluster-test`)",
             f"{one['journeys_per_s']} journeys/s, {one['requests_per_s']} req/s, "
             f"{one['failed_requests']} failed", "0 failed"),
            (f"two web hosts, {two['journeys']} journeys, web1 and worker1 killed after "
             f"{f['killed_after_journeys']}",
             f"{two['journeys_per_s']} journeys/s, {two['requests_per_s']} req/s; "
             f"{two['failed_requests']} failed in flight on web1 ({two['failed_posts']} POSTs, "
             f"all consistent after: {two['failed_posts_inconsistent'] == 0})",
             "5xx only in flight on the killed host"),
            ("certificates", f"{state['certificates']} for {state['assignments']} assignments, "
             f"{state['rendered']} rendered once; downloaded from {downloads}; "
             f"whole test {f['seconds_total']} s", "one each, from every host"),
        ]  # fmt: skip
    if part == "cluster_render":
        hosts = [f["hosts_1"], f["hosts_2"]]
        return [
            (f"regenerate {run['total']} signed in chunks of {f['chunk']}, {count} worker "
             + ("hosts of 1 process" if count > 1 else "host of 1 process (`make cluster-bench`)"),
             f"{run['per_second']} /s, {run['seconds']} s, {run['failed']} failed; chunks "
             + ", ".join(f"{host} {n}" for host, n in run["chunks_by_host"].items())
             + f" (load {run['load_1min_before']} before)", "")
            for count, run in enumerate(hosts, start=1)
        ] + [
            ("2 hosts / 1 host", f"{f['ratio']}×; 100,000 in {f['hours_for_100k_with_2_hosts']} h "
             "on 2 hosts", "≥ 1.8×" + mark("scaling>=1.8")),
        ]  # fmt: skip
    return [(part, json.dumps(f), "")]


def write(figures: dict, *, machine: dict, seconds: float) -> None:
    stored = json.loads(STORE.read_text()) if STORE.exists() else {}
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    for part, result in figures.items():
        stored[part] = {"measured": now, "machine": machine, "figures": result}
    STORE.write_text(json.dumps(stored, indent=1, ensure_ascii=False) + "\n")
    lines = [
        "# Benchmark results",
        "",
        "Written by `make bench` (`python -m bench`); measured, never typed in. Each part keeps",
        "its latest run. Ratios compare with a floor measured in the same run on the same",
        "machine, so that they travel between machines better than the absolute figures.",
        "",
        f"Last run: {now}, {seconds:.0f} s for the parts run.",
        "",
        "| part | figure | measured | target |",
        "|---|---|---|---|",
    ]
    machines = {}
    for part in (
        "dashboard",
        "export",
        "import",
        "open_cycle",
        "pdf",
        "fanout",
        "pages",
        "quiz",
        "cluster",
        "cluster_render",
    ):
        if part not in stored:
            continue
        entry = stored[part]
        key = json.dumps(entry["machine"], sort_keys=True)
        machines.setdefault(key, []).append(part)
        for figure, measured, target in _rows(part, entry["figures"]):
            lines.append(f"| {part} | {figure} | {measured} | {target} |")
    lines += ["", "## Machine", ""]
    for key, parts in machines.items():
        m = json.loads(key)
        lines.append(
            f"- {', '.join(parts)}: {m['cpu']}, {m['cores']} cores, {m['memory_gb']} GB, "
            f"PostgreSQL {m['postgresql']}, Python {m['python']}, {m['os']}"
        )
    lines += ["", "Full figures of each part: `bench/results.json`.", ""]
    REPORT.write_text("\n".join(lines))
