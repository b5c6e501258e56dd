#!/usr/bin/env python3
"""Search quality and speed on the query set (issue 11), with Material's own search worker in Node.

    .venv/bin/python scripts/bench_search.py [--site site] [--runs 5] [--json build/bench/search.json]

Prints each look-up's rank, then the first-rank rate, the top-3 rate, the index size per language
(uncompressed JSON) and the median query time (each query run --runs times after the index is set up).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

try:
    from sitegen.search_eval import evaluate, report
except ImportError as missing:  # run with a Python that lacks the project's packages
    raise SystemExit(f"{missing}: run `make venv` and use .venv/bin/python") from None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    args = parser.parse_args()
    if not (args.site / "search" / "search_index.json").exists():
        print(f"{args.site} has no search index: run `make build` first", file=sys.stderr)
        return 2
    if shutil.which("node") is None or not (ROOT / "node_modules").is_dir():
        print("node or node_modules/ is missing (the search runs in Node): run `make node`", file=sys.stderr)
        return 2
    result = evaluate(args.site, runs=args.runs)
    print(report(result))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
