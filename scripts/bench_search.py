#!/usr/bin/env python3
"""Search quality and speed on the query set (issue 11), with Material's own search worker in Node.

    .venv/bin/python scripts/bench_search.py [--site site] [--runs 5]

Prints each look-up's rank, then the first-rank rate, the top-3 rate, the index size per language
(uncompressed JSON) and the median query time (each query run --runs times after the index is set up).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.search_eval import evaluate, report  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    print(report(evaluate(args.site, runs=args.runs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
