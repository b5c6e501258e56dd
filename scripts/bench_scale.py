#!/usr/bin/env python3
"""How the site grows with the number of regulations (issue 14, item 5), on synthetic corpora.

    .venv/bin/python scripts/bench_scale.py [--sizes 2,50,200,400] [--no-browser] [--json build/scale.json]

For each N it writes a synthetic corpus of N regulations (scripts/synthetic_corpus.py, a temporary
folder), builds the pages with `python -m sitegen build --corpus DIR --no-runtime` (the checker runtime,
Pyodide and the wheels, does not depend on N and is left out; the link check is part of the build), and
prints: build time (wall clock and processor), site size, number of pages, the largest page, the whole
search index of the default language (search_index.json, its shards and term table:
sitegen/search_shards.py), the bytes the search loads for a first query and the time it takes, run in
Node by scripts/search_run.mjs as the page runs it (search_index.json, the worker scripts, the term table
pieces and the shards the query needs; then a next query in the same worker), and, in headless Chromium
(/usr/bin/chromium), the time from typing a query on the home page to its first result (downloads and
lunr's index building included, since a first query waits for both) and the bytes fetched meanwhile
(every keystroke is a query).
Goals (their figures: scripts/bench_goals.py): build time linear in N (t(400)/t(200)), the first query at
N = 400 (bytes loaded, time), no page over a bound at N = 400. Every figure is printed against its goal;
nothing here is a test.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import bench_goals as goals  # noqa: E402
import synthetic_corpus  # noqa: E402

sys.path.insert(0, str(ROOT))
try:
    from sitegen.search_eval import run as run_search
except ImportError as missing:  # run with a Python that lacks the project's packages
    raise SystemExit(f"{missing}: run `make venv` and use .venv/bin/python") from None

CHROMIUM = goals.CHROMIUM
QUERY = "phoi hop"
PAGE_LIMIT = goals.PAGE_BYTES_MAX
QUERY_BYTES_LIMIT = goals.FIRST_QUERY_BYTES_MAX
QUERY_MS_LIMIT = goals.FIRST_QUERY_MS_MAX
QUERY_TIMEOUT = 300_000


def build(corpus: Path, site: Path) -> tuple[float, float]:
    """Wall-clock and processor seconds of the build (the processor time does not depend on what else the
    machine is doing, so it is the figure for linearity on a shared machine)."""
    started, before = time.monotonic(), resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run([sys.executable, "-m", "sitegen", "build", "--corpus", str(corpus), "--no-runtime",
                             "--site-dir", str(site)], cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"build failed for {corpus}:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return time.monotonic() - started, cpu


def site_figures(site: Path) -> dict:
    files = [p for p in site.rglob("*") if p.is_file()]
    pages = [p for p in files if p.suffix == ".html"]
    largest = max(pages, key=lambda p: p.stat().st_size)
    over = sorted(str(p.relative_to(site)) for p in pages if p.stat().st_size > PAGE_LIMIT)
    return {
        "site_bytes": sum(p.stat().st_size for p in files),
        "pages": len(pages),
        "largest_page": str(largest.relative_to(site)),
        "largest_page_bytes": largest.stat().st_size,
        "pages_over_limit": len(over),
        "pages_over_limit_sample": over[:12],
        "search_index_bytes": sum(p.stat().st_size for p in (site / "search").rglob("*.json")),
        "search_index_en_bytes": sum(p.stat().st_size for p in (site / "en" / "search").rglob("*.json")),
        **search_figures(site),
    }


def search_figures(site: Path) -> dict:
    """The first query (QUERY) of a new worker and a next one, in Node: bytes loaded, wall-clock and
    processor times (on the busy shared machine the processor time is the figure to compare)."""
    answer = run_search(site, "vi", [QUERY, "15 ngay"])
    first, following = answer["results"]
    return {"first_query_bytes": answer["start_bytes"] + first["loaded_bytes"],
            "first_query_node_ms": round(first["ms"], 1), "next_query_node_ms": round(following["ms"], 1),
            "first_query_node_cpu_ms": round(first["cpu_ms"], 1), "next_query_node_cpu_ms": round(following["cpu_ms"], 1)}


def first_query(site: Path) -> dict:
    """Home page -> type QUERY -> first result on screen, and the bytes the search fetched for it."""
    import functools
    import http.server
    import threading

    from playwright.sync_api import sync_playwright

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    class QuietServer(http.server.ThreadingHTTPServer):
        def handle_error(self, request, client_address):
            pass  # the browser dropping a request it no longer needs (a shard of an overtaken query)

    server = QuietServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, chromium_sandbox=False)
            page = browser.new_page()
            fetched = []
            page.on("requestfinished", lambda request: fetched.append(request))
            page.goto(base)
            page.wait_for_load_state("load")
            fetched.clear()
            started = page.evaluate("performance.now()")
            page.click(".md-search__input")
            page.keyboard.type(QUERY)
            try:
                page.wait_for_selector(".md-search-result__item", timeout=QUERY_TIMEOUT)
                shown = page.evaluate("performance.now()") - started
            except Exception:
                shown = None
            # Time of a second query, the index already built: what a reader waits for on each keystroke.
            page.fill(".md-search__input", "")
            second_started = page.evaluate("performance.now()")
            page.keyboard.type("15 ngay")
            try:
                page.wait_for_selector(".md-search-result__item", timeout=QUERY_TIMEOUT)
                second = page.evaluate("performance.now()") - second_started
            except Exception:
                second = None
            loaded = 0
            for request in fetched:
                try:
                    loaded += request.sizes()["responseBodySize"]
                except Exception:
                    pass
            browser.close()
    finally:
        server.shutdown()
    return {"first_query_ms": round(shown, 1) if shown is not None else None,
            "second_query_ms": round(second, 1) if second is not None else None,
            "first_query_bytes_fetched": loaded}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    default_sizes = ",".join(str(n) for n in goals.SCALE_SIZES)
    parser.add_argument("--sizes", default=default_sizes, help=f"numbers of regulations (default {default_sizes})")
    parser.add_argument("--no-browser", action="store_true", help="skip the query timing in Chromium")
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpora and sites in this folder")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        sizes = [int(n) for n in args.sizes.split(",")]
    except ValueError:
        print(f"--sizes {args.sizes!r}: numbers separated by commas, e.g. 2,50,200,400", file=sys.stderr)
        return 2
    if shutil.which("node") is None:
        print("node is missing (the search runs in Node): install Node.js, then `make node`", file=sys.stderr)
        return 2
    if not (ROOT / "node_modules").is_dir():
        print("node_modules/ is missing: run `make node`", file=sys.stderr)
        return 2
    if not args.no_browser:
        if goals.browser_missing():
            print(f"{goals.browser_missing()} (or pass --no-browser)", file=sys.stderr)
            return 2
    work = args.keep or Path(tempfile.mkdtemp(prefix="bench-scale-"))
    rows = []
    try:
        for n in sizes:
            corpus = synthetic_corpus.generate(n, work / f"corpus-{n}")
            site = work / f"site-{n}"
            wall, cpu = build(corpus, site)
            row = {"n": n, "build_s": round(wall, 1), "build_cpu_s": round(cpu, 1), **site_figures(site)}
            if not args.no_browser:
                row.update(first_query(site))
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            if args.json:  # after each size, so that a long run stopped half-way keeps what it measured
                args.json.parent.mkdir(parents=True, exist_ok=True)
                args.json.write_text(json.dumps(rows, indent=1) + "\n", encoding="utf-8")
            if not args.keep:
                shutil.rmtree(corpus, ignore_errors=True)
                shutil.rmtree(site, ignore_errors=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    mb = lambda b: f"{b / 1e6:.1f} MB"  # noqa: E731
    ms = lambda r, key: f"{r[key]:.0f} ms" if r.get(key) is not None else "-"  # noqa: E731
    print(f"{'N':>5}{'build':>9}{'CPU':>8}{'site':>11}{'pages':>7}{'largest page':>15}{'>300KB':>8}{'index':>10}"
          f"{'1st query':>11}{'node 1st':>10}{'CPU':>8}{'next':>8}{'CPU':>8}{'browser 1st':>13}{'next':>8}{'fetched':>10}")
    for r in rows:
        fetched = mb(r["first_query_bytes_fetched"]) if "first_query_bytes_fetched" in r else "-"
        print(f"{r['n']:>5}{r['build_s']:>8.1f}s{r['build_cpu_s']:>7.1f}s{mb(r['site_bytes']):>11}{r['pages']:>7}"
              f"{r['largest_page_bytes'] / 1e3:>12.0f} KB{r['pages_over_limit']:>8}{mb(r['search_index_bytes']):>10}"
              f"{mb(r['first_query_bytes']):>11}{ms(r, 'first_query_node_ms'):>10}{ms(r, 'first_query_node_cpu_ms'):>8}"
              f"{ms(r, 'next_query_node_ms'):>8}{ms(r, 'next_query_node_cpu_ms'):>8}"
              f"{ms(r, 'first_query_ms'):>13}{ms(r, 'second_query_ms'):>8}{fetched:>10}")
    by_n = {r["n"]: r for r in rows}
    low, high = goals.SCALE_LINEAR_FROM, goals.SCALE_LINEAR_TO
    if low in by_n and high in by_n:
        ratio = by_n[high]["build_cpu_s"] / by_n[low]["build_cpu_s"]
        print(f"build processor time t({high})/t({low}) = {ratio:.2f}   (goal <= {goals.BUILD_TIME_RATIO_MAX:g})")
    for small, large in zip(rows, rows[1:]):
        print(f"build processor time t({large['n']})/t({small['n']}) = {large['build_cpu_s'] / small['build_cpu_s']:.2f}"
              f"   (linear: {large['n'] / small['n']:.2f})")
    largest = rows[-1]
    print(f"at N = {largest['n']}: largest page {largest['largest_page_bytes'] / 1e3:.0f} KB ({largest['largest_page']}, "
          f"goal <= {PAGE_LIMIT // 1000} KB); first query loads {mb(largest['first_query_bytes'])} "
          f"(goal <= {mb(QUERY_BYTES_LIMIT)}: {'met' if largest['first_query_bytes'] <= QUERY_BYTES_LIMIT else 'NOT met'}) "
          f"and answers in {ms(largest, 'first_query_node_ms')} in Node ({ms(largest, 'first_query_node_cpu_ms')} of "
          f"processor time), {ms(largest, 'first_query_ms')} in Chromium "
          f"(goal <= {QUERY_MS_LIMIT} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
