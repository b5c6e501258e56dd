#!/usr/bin/env python3
"""One table of every figure of issue 14 (goals 1, 2, 5 and 6) against its goal, from the JSON the benches wrote.

    .venv/bin/python scripts/bench_summary.py --start [--dir build/bench]   # before the benches
    .venv/bin/python scripts/bench_summary.py [--dir build/bench]           # after them

`make bench` runs both. --start empties DIR of an earlier run's results and notes the machine (date, number
of processors, load average, Chromium, Node, commit). The second call reads, from DIR:
  checker.json  scripts/bench_checker.py: (a) (b) (d) unthrottled, the cached revisit, page weight
  first.json    scripts/bench_checker.py --first-goals: the first deadline cold on the slow link, warm throttled
  scale.json    scripts/bench_scale.py: the synthetic corpora
  snapshot.json scripts/bench_snapshot.mjs (for information), search.json scripts/bench_search.py (idem)
and prints the table, each figure with its value, its goal (scripts/bench_goals.py) and met / NOT met, or
"not measured" where a file or a size is missing; it also writes it as Markdown to DIR/summary.md, to be
copied as it is into docs/method/browser-checker.md and .en.md. It judges; it is not a test (exit 0).
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_goals as goals  # noqa: E402

CHROMIUM = goals.CHROMIUM
FILES = ("start.json", "checker.json", "first.json", "scale.json", "snapshot.json", "search.json", "summary.md")
NOT_MEASURED = "not measured"


def version(command: list[str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return "unknown"
    return done.stdout.strip().splitlines()[0] if done.stdout.strip() else "unknown"


def machine() -> dict:
    return {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            "nproc": os.cpu_count(), "load": [round(x, 2) for x in os.getloadavg()]}


def start(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        (folder / name).unlink(missing_ok=True)
    commit = version(["git", "-C", str(ROOT), "describe", "--always", "--dirty"])
    info = {**machine(), "chromium": version([CHROMIUM, "--version"]) if Path(CHROMIUM).exists() else "missing",
            "node": version(["node", "--version"]) if shutil.which("node") else "missing", "commit": commit}
    (folder / "start.json").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    print(f"bench: {info['date']}, {info['nproc']} processors, load average {' '.join(map(str, info['load']))}, "
          f"{info['chromium']}, Node {info['node']}, commit {commit}")


def load(folder: Path, name: str):
    path = folder / name
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        return None


def get(data, *keys):
    for key in keys:
        if not isinstance(data, dict) or data.get(key) is None:
            return None
        data = data[key]
    return data


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, goal: str, figure: str, value, limit: float, shown: str, unit: str = "", strict: bool = False,
            note: str = "", absent: str = NOT_MEASURED, scale: float = 1) -> None:
        """value None: not measured (absent says why). shown: how the value reads, given the value. The target
        is written as limit / scale with its unit (bytes in kB: scale 1000, unit " kB")."""
        target = f"{'<' if strict else '≤'} {limit / scale:g}{unit}"
        if value is None or value != value:  # None or NaN
            self.rows.append((goal, figure, absent, target, "—"))
            return
        met = value < limit if strict else value <= limit
        self.rows.append((goal, figure, shown + (f" ({note})" if note else ""), target, "met" if met else "NOT met"))

    def text(self) -> str:
        head = ("goal", "figure", "value", "target", "state")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        line = lambda r: "  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip()  # noqa: E731
        return "\n".join([line(head), line(tuple("-" * w for w in widths)), *map(line, self.rows)])

    def markdown(self) -> str:
        rows = ["| goal | figure | value | target | state |", "|---|---|---:|---|---|"]
        for goal, figure, value, target, state in self.rows:
            rows.append(f"| {goal} | {figure} | {value} | {target} | {'**NOT met**' if state == 'NOT met' else state} |")
        return "\n".join(rows)


def started_from(offline: dict, kind: str) -> str:
    """How the revisits' Python started ("3 snapshot, 1 boot"), as bench_checker.py recorded it."""
    booted = offline.get(f"booted_{kind}") or []
    return ", ".join(f"{booted.count(b)} {b}" for b in sorted(set(booted))) or "not recorded"


def ms(value) -> str:
    return f"{value:.0f} ms"


def kb(value) -> str:
    return f"{value / 1000:.0f} kB"


def summarise(folder: Path) -> tuple[Table, list[str], list[str]]:
    checker, first, scale = load(folder, "checker.json"), load(folder, "first.json"), load(folder, "scale.json")
    snapshot, search, started = load(folder, "snapshot.json"), load(folder, "search.json"), load(folder, "start.json")
    table, notes, per_n = Table(), [], []
    net, cpu = goals.FIRST_DEADLINE_COLD_NETWORK_MBIT, goals.FIRST_DEADLINE_WARM_THROTTLE

    # Goal 1: the first answer before Python.
    cold = get(first, "cold_network", "cold", "dom")
    table.add("1", f"first deadline on screen, cold, {net:g} Mbit/s link", cold, goals.FIRST_DEADLINE_COLD_MS_MAX,
              cold and ms(cold), " ms", note=cold and f"frame {ms(get(first, 'cold_network', 'cold', 'frame'))}")
    warm = get(first, "warm_throttle", "warm", "dom")
    table.add("1", f"first deadline on screen, cached revisit, CPU ×{cpu:g}", warm, goals.FIRST_DEADLINE_WARM_MS_MAX,
              warm and ms(warm), " ms", note=warm and f"frame {ms(get(first, 'warm_throttle', 'warm', 'frame'))}")
    for temperature in ("cold", "warm"):
        ratio = get(checker, f"ratio_d_{temperature}")
        table.add("1", f"first deadline / bare Pyodide (d/a), {temperature}, unthrottled", ratio,
                  goals.FIRST_DEADLINE_OVER_BARE_MAX, ratio and f"{ratio:.2f}", strict=True,
                  note=ratio and f"{ms(get(checker, f'd_{temperature}', 'median_ms'))} / "
                                 f"{ms(get(checker, f'a_{temperature}', 'median_ms'))}")

    # Goal 2: Python starts faster on a revisit.
    offline = get(checker, "offline")
    rate = get(offline, "throttle") or goals.REVISIT_THROTTLE
    for which, label in (("revisit", "1st"), ("revisit2", "2nd")):
        ratio = get(offline, f"{which}_ratio")
        table.add("2", f"full explanation, cached revisit ({label}), CPU ×{rate:g}: after / before", ratio,
                  goals.REVISIT_AFTER_OVER_BEFORE_MAX, ratio and f"{ratio:.2f}",
                  note=ratio and f"{ms(get(offline, f'{which}_service_worker_median_ms'))} / "
                                 f"{ms(get(offline, f'{which}_http_cache_median_ms'))}")
    ratio = get(checker, "ratio_cold")
    table.add("2", "full result / bare Pyodide (b/a), cold, unthrottled", ratio, goals.CHECKER_OVER_BARE_COLD_MAX,
              ratio and f"{ratio:.2f}",
              note=ratio and f"{ms(get(checker, 'b_cold', 'median_ms'))} / {ms(get(checker, 'a_cold', 'median_ms'))}")
    if offline is not None:
        notes.append("Cached revisit: before = service worker blocked (HTTP cache only) and the memory snapshot "
                     f"deleted before each revisit; after = service worker and snapshot, as shipped. The built "
                     f"worker {'makes a' if offline.get('snapshot_shipped') else 'makes no'} memory snapshot; Python "
                     f"started, before: {started_from(offline, 'http_cache')}; after: "
                     f"{started_from(offline, 'service_worker')}.")

    # Goal 5: scale.
    by_n = {row["n"]: row for row in scale or []}
    low, high, at = goals.SCALE_LINEAR_FROM, goals.SCALE_LINEAR_TO, goals.SCALE_GOAL_N
    absent = f"{NOT_MEASURED} (sizes run: {', '.join(map(str, sorted(by_n)))})" if by_n else NOT_MEASURED
    ratio = by_n[high]["build_cpu_s"] / by_n[low]["build_cpu_s"] if low in by_n and high in by_n else None
    table.add("5", f"build processor time t({high})/t({low})", ratio, goals.BUILD_TIME_RATIO_MAX,
              ratio and f"{ratio:.2f}", absent=absent,
              note=ratio and f"{by_n[high]['build_cpu_s']:.0f} / {by_n[low]['build_cpu_s']:.0f} s")
    row = by_n.get(at, {})
    table.add("5", f"largest page at N = {at}", row.get("largest_page_bytes"), goals.PAGE_BYTES_MAX,
              row and kb(row["largest_page_bytes"]), " kB", absent=absent,
              note=row and row["largest_page"], scale=1000)
    table.add("5", f"search bytes loaded for a first query at N = {at}", row.get("first_query_bytes"),
              goals.FIRST_QUERY_BYTES_MAX, row and f"{row['first_query_bytes'] / 1e6:.2f} MB", " MB",
              absent=absent, scale=1e6)
    table.add("5", f"first query time at N = {at}, Node", row.get("first_query_node_ms"), goals.FIRST_QUERY_MS_MAX,
              row and ms(row["first_query_node_ms"]), " ms", absent=absent,
              note=row and f"processor {ms(row['first_query_node_cpu_ms'])}")
    if row.get("first_query_ms") is not None:
        # Not the query's answer time: it holds the worker's start and one query per key typed ("p", "ph", ...).
        notes.append(f"In Chromium at N = {at}, typing the scale bench's query on the home page to its first "
                     f"result took {ms(row['first_query_ms'])} (worker start, then one query per key; not judged "
                     f"against the query-time goal).")
    for n in sorted(by_n):
        r = by_n[n]
        chromium = ms(r["first_query_ms"]) if r.get("first_query_ms") is not None else "-"
        per_n.append(f"| {n} | {r['build_s']:.1f} s | {r['build_cpu_s']:.1f} s | {r['site_bytes'] / 1e6:.1f} MB | "
                     f"{r['pages']} | {kb(r['largest_page_bytes'])} (`{r['largest_page']}`) | "
                     f"{r['first_query_bytes'] / 1e6:.2f} MB | {ms(r['first_query_node_ms'])} | {chromium} |")
    if per_n:
        per_n[:0] = ["| N | build (wall) | build (processor) | site | pages | largest page | first query loads "
                     "| first query, Node | typing to first result, Chromium |", "|---:|---:|---:|---:|---:|---|---:|---:|---:|"]

    # Goal 6: page weight, as sent.
    for weight in get(offline, "weights") or []:
        name = weight["path"].split("?")[0]
        limit = goals.CHECKER_PAGE_GZIP_MAX if name.startswith("checker/") else goals.REGULATION_PAGE_GZIP_MAX
        what = "checker page before the runtime" if name.startswith("checker/") else "largest regulation page"
        table.add("6", f"{what}, `{name}`, gzip", weight["gzip_bytes"], limit, kb(weight["gzip_bytes"]), " kB",
                  note=f"{weight['files']} files, {kb(weight['bytes'])} uncompressed", scale=1000)
    if not get(offline, "weights"):
        table.add("6", "largest regulation page, gzip", None, goals.REGULATION_PAGE_GZIP_MAX, "", " kB", scale=1000)
        table.add("6", "checker page before the runtime, gzip", None, goals.CHECKER_PAGE_GZIP_MAX, "", " kB", scale=1000)

    # For information.
    if checker:
        notes.append(f"Runs: {checker.get('runs')} of (a) and (b) each; {len(get(offline, 'revisit_http_cache') or [])} "
                     f"cached revisits of each kind; first deadline {get(first, 'cold_network', 'runs') or '-'} "
                     f"loads cold and warm under each condition; medians.")
    if snapshot:
        notes.append(f"Memory snapshot in Node (scripts/bench_snapshot.mjs, {snapshot['runs']} runs): first answer "
                     f"{ms(snapshot['plain']['answer_ms'])} plain, {ms(snapshot['snapshot']['answer_ms'])} from a "
                     f"snapshot of {snapshot['snapshot_bytes'] / 1e6:.1f} MB ({snapshot['snapshot_gzip_bytes'] / 1e6:.1f} MB gzip).")
    if search:
        notes.append(f"Search quality (scripts/bench_search.py): first rank {search['first_rate']:.0%}, top 3 "
                     f"{search['top3_rate']:.0%}, median query {search['median_ms']:.1f} ms.")
    if started:
        end = machine()
        notes.insert(0, f"Run of {started['date']} to {end['date']}, commit {started['commit']}; {started['nproc']} "
                        f"processors; load average (1, 5, 15 min) {' / '.join(map(str, started['load']))} at the start, "
                        f"{' / '.join(map(str, end['load']))} at the end; {started['chromium']} headless; Node "
                        f"{started['node']}.")
    else:
        notes.insert(0, f"No {folder / 'start.json'}: run `make bench` (or this script with --start before the benches).")
    return table, notes, per_n


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=ROOT / "build" / "bench", help="the benches' JSON (build/bench)")
    parser.add_argument("--start", action="store_true", help="before the benches: clear DIR, note the machine")
    args = parser.parse_args(argv)
    if args.start:
        start(args.dir)
        return 0
    if not args.dir.is_dir():
        print(f"{args.dir} does not exist: run `make bench`", file=sys.stderr)
        return 2
    table, notes, per_n = summarise(args.dir)
    print("\nIssue 14: every figure against its goal (scripts/bench_goals.py)\n")
    print(table.text())
    for note in notes:
        print(f"\n{note}")
    if per_n:
        print("\nScale, each N (synthetic corpora):\n" + "\n".join(per_n))
    markdown = "\n\n".join([notes[0], table.markdown(), *notes[1:], *(["\n".join(per_n)] if per_n else [])]) + "\n"
    (args.dir / "summary.md").write_text(markdown, encoding="utf-8")
    print(f"\nwritten: {args.dir / 'summary.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
