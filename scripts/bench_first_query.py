#!/usr/bin/env python3
"""The first query of a new search worker on a built site, run several times (issue 14, goal 5).

    .venv/bin/python scripts/bench_first_query.py SITE [SITE ...] [--runs 10] [--query "phoi hop"] [--lang vi]

Each run starts a new Node process with scripts/search_run.mjs (the site's worker and Material's inside
it, as the page runs them) and asks one query; the sites given are run in turn, so that they share the
machine's load. Prints, per site, the processor time (user + system of the process during the query:
the figure to compare on a shared machine) and the wall-clock time of the query, minimum and median,
the bytes the page loads for it (search_index.json, the worker scripts, the term table pieces and the
shards) and the terms lunr indexed. A site for N regulations: scripts/synthetic_corpus.py N --out DIR,
then `python -m sitegen build --corpus DIR --no-runtime --site-dir SITE`.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.search_eval import PREFIX, run  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sites", nargs="+", type=Path)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--query", default="phoi hop")
    parser.add_argument("--lang", default="vi", choices=sorted(PREFIX))
    args = parser.parse_args()
    found: dict[Path, list[dict]] = {site: [] for site in args.sites}
    for _ in range(args.runs):
        for site in args.sites:
            answer = run(site, args.lang, [args.query])
            result = answer["results"][0]
            found[site].append({"cpu": result["cpu_ms"], "wall": result["ms"],
                                "bytes": answer["start_bytes"] + result["loaded_bytes"],
                                "terms": sum((result.get("indexed_terms") or {}).values())})
    for site, rows in found.items():
        cpu, wall = [r["cpu"] for r in rows], [r["wall"] for r in rows]
        print(f"{site}: {args.query!r} processor {min(cpu):.1f} ms min, {statistics.median(cpu):.1f} median; "
              f"wall {min(wall):.1f} ms min, {statistics.median(wall):.1f} median; "
              f"{rows[0]['bytes'] / 1e6:.2f} MB loaded; {rows[0]['terms']} terms indexed by lunr ({len(rows)} runs)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
