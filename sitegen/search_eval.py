"""The search query set (tests/site/search_queries.yml) against a built site's real search.

Each language's queries are answered by Material's own search worker on that language's index, run in
Node by scripts/search_run.mjs exactly as the page runs it; the rank of a query is the position of the
first expected provision among the results in the order the page shows them.
"""

from __future__ import annotations

import json
import statistics
import subprocess
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "tests" / "site" / "search_queries.yml"
RUNNER = ROOT / "scripts" / "search_run.mjs"
PREFIX = {"vi": "", "en": "en/"}


def load_queries(path: Path = QUERIES) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]


def run(site: Path, lang: str, queries: list[str], timeout: int = 300) -> dict:
    """Material's worker on one language's index: {"index_bytes", "setup_ms", "results": [...]}."""
    done = subprocess.run(["node", str(RUNNER), str(site), PREFIX[lang]], input=json.dumps(queries),
                          capture_output=True, text=True, timeout=timeout, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"search_run.mjs failed ({done.returncode}): {done.stderr.strip()}")
    return json.loads(done.stdout)


def _matches(location: str, expected: str) -> bool:
    # "regulations/x/#" stands for any provision of regulation x
    return location.startswith(expected) if expected.endswith("#") else location == expected


def rank(shown: list[str], expected: list[str]) -> int | None:
    """1-based position of the first expected result, None when absent."""
    return next((i for i, loc in enumerate(shown, 1) if any(_matches(loc, e) for e in expected)), None)


def evaluate(site: Path, queries: list[dict] | None = None, runs: int = 1) -> dict:
    """Ranks of every query and the figures: first-rank rate, top-3 rate, index size, query times."""
    queries = load_queries() if queries is None else queries
    out: dict = {"queries": [], "index_bytes": {}, "times_ms": []}
    for lang in PREFIX:
        mine = [q for q in queries if q["lang"] == lang]
        if not mine:
            continue
        texts = [q["query"] for q in mine] * runs
        answer = run(site, lang, texts)
        out["index_bytes"][lang] = answer["index_bytes"]
        out["times_ms"] += [r["ms"] for r in answer["results"][len(mine):] or answer["results"]]
        for query, result in zip(mine, answer["results"]):
            first = rank(result["shown"], query["expect"])
            each = [rank(result["shown"], [e]) for e in query["expect"]] if query.get("each") else [first]
            out["queries"].append({**query, "rank": first, "top3": all(r is not None and r <= 3 for r in each),
                                   "shown": result["shown"][:5]})
    total = len(out["queries"])
    out["first_rate"] = sum(q["rank"] == 1 for q in out["queries"]) / total
    out["top3_rate"] = sum(q["top3"] for q in out["queries"]) / total
    out["median_ms"] = statistics.median(out["times_ms"])
    return out


def report(result: dict) -> str:
    lines = []
    for q in result["queries"]:
        mark = "ok " if q["rank"] == 1 and q["top3"] else ("top3" if q["top3"] else "MISS")
        lines.append(f"{mark:4} {q['rank'] or '-':>3}  [{q['lang']}] {q['query']}"
                     + ("" if q["rank"] == 1 and q["top3"] else f"   -> {q['shown'][:3]}"))
    sizes = ", ".join(f"{lang} {size / 1024:.0f} KiB" for lang, size in result["index_bytes"].items())
    lines.append(f"first: {result['first_rate']:.0%} ({sum(q['rank'] == 1 for q in result['queries'])}/"
                 f"{len(result['queries'])})  top 3: {result['top3_rate']:.0%}  index: {sizes}  "
                 f"median query: {result['median_ms']:.1f} ms")
    return "\n".join(lines)
