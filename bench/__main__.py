"""`python -m bench [part ...]`: run the parts (all by default), print one JSON object per
part, and write bench/RESULTS.md."""

from __future__ import annotations

import argparse
import json
import sys
import time

PARTS = ["dashboard", "export", "import", "open_cycle", "pdf", "fanout", "pages", "quiz"]
MODULES = {"import": "staff_import"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("parts", nargs="*", metavar="part", help=", ".join(PARTS))
    parser.add_argument("--no-results", action="store_true", help="Do not write RESULTS.md.")
    args = parser.parse_args(argv)
    parts = args.parts or PARTS
    for part in parts:
        if part not in PARTS:
            parser.error(f"unknown part {part!r}: choose from {', '.join(PARTS)}")

    from bench.common import database_ensure, django_setup, machine

    started = time.perf_counter()
    django_setup()
    database_ensure()
    from bench import results

    figures = {}
    for part in parts:
        module = __import__(f"bench.{MODULES.get(part, part)}", fromlist=["run"])
        part_started = time.perf_counter()
        result = module.run()
        result["seconds"] = round(time.perf_counter() - part_started, 1)
        figures[part] = result
        print(json.dumps(result, ensure_ascii=False), flush=True)
    total = round(time.perf_counter() - started, 1)
    if not args.no_results:
        results.write(figures, machine=machine(), seconds=total)
    print(json.dumps({"part": "total", "seconds": total}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
