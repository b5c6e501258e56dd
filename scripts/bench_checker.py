#!/usr/bin/env python3
"""Benchmark of the browser checker against Pyodide itself (issue 5), in headless Chromium.

    .venv/bin/python scripts/bench_checker.py [--site site] [--runs 5] [--throttle 4] [--network 10]
                                              [--revisit-throttle 4] [--revisits 3] [--json build/bench.json]
    .venv/bin/python scripts/bench_checker.py --first-goals [--runs 3] [--json build/bench/first.json]

It serves the built site on 127.0.0.1 (its own server, a free port; text files gzip-compressed, as a typical
server sends them and as (e) counts them) and measures, `--runs` times each:
  (a) a bare page that loads the same Pyodide core the same way (in a module Web Worker, same
      loadPyodide options) and calls len([1, 2]): navigation start -> "2" is back on the main thread;
  (b) the checker page, navigation start -> the first result is drawn, for a fixed scenario;
  (c) once loaded, a second scenario: input change -> result drawn (main thread -> worker -> back);
  (d) the checker page, navigation start -> the first deadline is on screen: the provisional answer
      from the build's table (sitegen/quick_table.py) or Python's, whichever comes first.
--throttle R slows the CPU R times (CDP Emulation.setCPUThrottlingRate) and --network M limits the
link to M Mbit/s down and up with 20 ms latency (CDP Network.emulateNetworkConditions; it applies to
the page's own requests: the workers' downloads, Pyodide's, are not slowed, which favours (a) and (b)).
Goals of issue 14 (their figures: scripts/bench_goals.py): (d) warm under --throttle, (d) cold under
--network, and d/a. --only-first measures (d) alone, quickly: the first deadline in the page,
the frame that paints it and its paint (Element Timing), cold then warm (the same tab again once Python
has answered), with --trace FILE for a DevTools performance trace of the last warm load. --first-goals
runs --only-first twice, under the goals' two conditions: cold on the slow link, warm with the CPU
throttled (what `make bench` runs).
Cold = a fresh browser context (no HTTP cache, no compiled-code cache); warm = the same context
loading the page a second time. It prints the medians and the ratio b/a, each against its
target (scripts/bench_goals.py: b/a, issue 5 and cold for issue 14; c).
The bare page is served from memory at /bench/ (nothing is written into the site).

Then (issue 14):
  (d) a cached revisit of the checker page with the CPU throttled `--revisit-throttle` times (CDP
      Emulation.setCPUThrottlingRate), navigation start -> the full explanation is drawn, side by side:
      "before", the site before issue 14: the browser's HTTP cache only (service worker blocked) and no
      Pyodide memory snapshot (the cache SNAPSHOT_CACHE, which the checker's worker fills after its
      first boot, is deleted before each revisit); "after", the site as it ships: the service worker
      (the site precached by sw.js) and the snapshot. Target: after / before (bench_goals.py). Where the built
      worker makes a snapshot, each revisit waits until it is stored (so that deleting it is not raced
      by the worker's own write); where it makes none, deleting the missing cache changes nothing.
  (e) page weight: the bytes a regulation page (the largest, each language; without the search index)
      and the checker page (before the runtime: without pyodide/, wheels/, checker/corpus.json) fetch,
      as files and gzip-compressed (level 6, text types only, as a typical server sends them), plus
      the one-off background download of the service worker's precache.
      Targets (bench_goals.py): a regulation page and the checker page, compressed.
"""

from __future__ import annotations

import argparse
import email.utils
import functools
import gzip
import re
import http.server
import json
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_goals as goals  # noqa: E402

CHROMIUM = goals.CHROMIUM
# The Cache Storage cache in which the checker's worker (docs/assets/checker/worker.js) keeps the Pyodide memory
# snapshot it makes after its first boot; one entry, keyed by a URL with the core bundle's sha256.
SNAPSHOT_CACHE = "checker-python-snapshot"
SNAPSHOT_WAIT_S = 180
SCENARIO = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"
# (c): dates typed one after another once the page has answered the first scenario.
TIMEOUT = 180_000  # a throttled Pyodide boot on a shared machine
SECOND_DATES = ["2025-09-01", "2026-02-13", "2026-11-20", "2025-12-31", "2026-04-24", "2025-01-24"]

# The bare page (a) and its worker (scripts/bench_bare/), served next to the site's own files without being
# written into them.
BARE = Path(__file__).with_name("bench_bare")
VIRTUAL_FILES = {
    "/bench/bare.html": ((BARE / "bare.html").read_text(encoding="utf-8"), "text/html; charset=utf-8"),
    "/bench/bare-worker.js": ((BARE / "bare-worker.js").read_text(encoding="utf-8"), "text/javascript; charset=utf-8"),
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def handle(self):
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError):  # the browser left the page (a new navigation)
            pass

    def do_GET(self):
        virtual = VIRTUAL_FILES.get(self.path.split("?")[0])
        if virtual is None:
            if not self.send_compressed():
                super().do_GET()
            return
        body = virtual[0].encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", virtual[1])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


    def send_compressed(self) -> bool:
        """A text file (COMPRESSED_TYPES) sent gzip-compressed (level 6) when the browser accepts it, as a typical
        server sends it and as (e) counts it; with Last-Modified and If-Modified-Since answered by 304, as the
        plain handler does, so that the warm loads revalidate the same way. False: the plain handler sends it."""
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return False
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return False  # the plain handler redirects to the address with a slash
            path = path / "index.html"
        if path.suffix not in COMPRESSED_TYPES or not path.is_file():
            return False
        stamp = int(path.stat().st_mtime)
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                if stamp <= email.utils.parsedate_to_datetime(since).timestamp():
                    self.send_response(304)
                    self.end_headers()
                    return True
            except (TypeError, ValueError):
                pass
        body = COMPRESSED.get(path)
        if body is None:
            body = COMPRESSED[path] = gzip.compress(path.read_bytes(), compresslevel=6)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Last-Modified", self.date_time_string(stamp))
        self.end_headers()
        self.wfile.write(body)
        return True


COMPRESSED: dict[Path, bytes] = {}  # gzip of each text file sent, made once per run


def serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def mark_time(page, name: str) -> float:
    return page.evaluate(f"performance.getEntriesByName({name!r})[0].startTime")


def load_bare(page, base: str) -> float:
    page.goto(f"{base}/bench/bare.html")
    page.wait_for_function("document.body.dataset.bareDone === '2'", timeout=TIMEOUT)
    return mark_time(page, "bare-done")


def load_checker(page, base: str) -> float:
    page.goto(f"{base}/checker/?{SCENARIO}")
    page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed", timeout=TIMEOUT)
    if page.evaluate("document.body.dataset.checkerFailed"):
        raise SystemExit("the checker page failed to load: " + page.inner_text("#checker-status"))
    first = mark_time(page, "checker-first-result")
    steps = page.evaluate("window.checkerLoad")
    runtime_done = next(step["at"] for step in steps if step["step"] == "runtime" and step["state"] == "done")
    page.checker_overhead = first - runtime_done
    # A first boot copies Python's memory for the next visit (worker.js, makeMemorySnapshot): its cost, in ms.
    page.snapshot_copy = next((step["snapshotMs"] for step in steps if step.get("snapshotMs") is not None), None)
    page.first_deadline = mark_time(page, "checker-first-deadline")
    page.provisional = page.evaluate("document.body.dataset.checkerProvisional || 'none'")
    return first


def second_scenarios(page) -> list[float]:
    # Wait until the worker is idle (the .ics part is loaded after the first answer).
    page.wait_for_function("document.body.dataset.checkerIcs", timeout=30_000)
    times = []
    for date in SECOND_DATES:
        before = page.evaluate("window.checkerTimings.length")
        page.fill("#checker-date", date)
        page.dispatch_event("#checker-date", "change")
        page.wait_for_function(f"window.checkerTimings.length > {before}", timeout=10_000)
        times.append(page.evaluate("window.checkerTimings[window.checkerTimings.length - 1].total"))
        page.wait_for_function("document.body.dataset.checkerIcs === document.body.dataset.checkerResult", timeout=10_000)
    return times


# ---------------------------------------------------------------------------- (d) first deadline only

# Before any page script: when the first deadline (a .checker-due of the result area) enters the page
# ("dom"), the start of the frame that paints it ("frame": a requestAnimationFrame callback runs just before
# the paint) and, where the page marks it with elementtiming, its paint (Element Timing API, "painted").
# "after" is a task queued from that frame: it runs once the main thread is free again, so a long task
# queued before it (the theme's script) is counted. dom and frame work whichever script draws the
# deadline, so two builds compare alike.
FIRST_PAINT_PROBE = """
(() => {
  const seen = () => {
    const due = document.querySelector("#checker-result .checker-due");
    if (!due || window.__benchFirstDue) return;
    window.__benchFirstDue = { dom: performance.now() };
    requestAnimationFrame(() => {
      window.__benchFirstDue.frame = performance.now();
      setTimeout(() => { window.__benchFirstDue.painted = performance.now(); console.log("bench:first-due"); }, 0);
    });
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  // Where the page marks it (elementtiming), the Element Timing API gives the paint itself.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.identifier === "checker-first-deadline" && !window.__benchElement) window.__benchElement = entry.renderTime || entry.loadTime;
    }).observe({ type: "element", buffered: true });
  } catch (error) { /* no Element Timing: the frame's time stands */ }
})();
"""


def first_deadline_only(page, base: str) -> dict:
    """Navigation -> the first deadline in the page (dom), and painted; plus what happened meanwhile.
    The probe says when by a console message: polling the page from here (wait_for_function) would run
    Playwright's own script on the page's main thread while it loads (about 0.2 s under --throttle 4)."""
    with page.expect_console_message(lambda message: message.text == "bench:first-due", timeout=TIMEOUT):
        page.goto(f"{base}/checker/?{SCENARIO}", wait_until="commit")
    return page.evaluate("""() => {
      const nav = performance.getEntriesByType("navigation")[0];
      const res = (part) => performance.getEntriesByType("resource").find((r) => r.name.includes(part));
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      const mark = performance.getEntriesByName("checker-first-deadline")[0];
      const quick = res("/checker/quick/");
      return { dom: window.__benchFirstDue.dom, frame: window.__benchFirstDue.frame, after: window.__benchFirstDue.painted,
               painted: window.__benchElement || null,
               mark: mark ? mark.startTime : null, fcp: fcp ? fcp.startTime : null,
               quick_end: quick ? quick.responseEnd : null, dom_interactive: nav.domInteractive,
               dcl: nav.domContentLoadedEventStart, from: document.body.dataset.checkerProvisional || "none" };
    }""")


FIRST_KEYS = ("dom", "frame", "painted", "after", "mark", "fcp", "quick_end", "dom_interactive", "dcl")


def run_first(site: Path, runs: int, throttle_rate: float | None, network: float | None, trace: Path | None) -> dict:
    """Only (d): the checker page cold (fresh context) then warm (same context), `runs` times."""
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    samples: dict[str, list] = {"cold": [], "warm": []}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, chromium_sandbox=False)
            for index in range(runs):
                context = browser.new_context(service_workers="block")
                context.add_init_script(FIRST_PAINT_PROBE)
                page = context.new_page()
                emulate(page, throttle_rate, network)
                samples["cold"].append(first_deadline_only(page, base))
                # As for (b): the warm load follows a complete first one (Python's answer drawn), so that
                # the first page's worker, still booting, does not compete with the second page.
                page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed",
                                       timeout=TIMEOUT)
                if trace and index == runs - 1:
                    browser.start_tracing(page=page, path=str(trace), screenshots=False,
                                          categories=["devtools.timeline", "disabled-by-default-devtools.timeline",
                                                      "blink.user_timing", "loading", "v8.execute"])
                samples["warm"].append(first_deadline_only(page, base))
                if trace and index == runs - 1:
                    browser.stop_tracing()
                context.close()
            browser.close()
    finally:
        server.shutdown()
    out: dict = {"runs": runs, "throttle": throttle_rate, "network_mbit": network, "samples": samples}
    for temperature, values in samples.items():
        out[temperature] = {key: round(median([v[key] for v in values if v[key]]), 1)
                            for key in FIRST_KEYS}
    return out


def print_first(result: dict) -> None:
    print(f"(d) first deadline only; runs: {result['runs']}; CPU throttle: {result['throttle'] or 'none'}; "
          f"network: {result['network_mbit'] or 'unlimited'}; medians in ms from navigation")
    print(f"{'':6}" + "".join(f"{k:>10}" for k in FIRST_KEYS))
    for temperature in ("cold", "warm"):
        print(f"{temperature:6}" + "".join(f"{result[temperature][k]:>10.0f}" for k in FIRST_KEYS))
    print("dom: in the page; frame: its frame starts; painted: Element Timing; after: the main thread free again; "
          "fcp: first contentful paint; quick_end: the table received; dom_interactive, dcl: the page parsed")
    print("from: " + ", ".join(sorted({s['from'] for v in result['samples'].values() for s in v})))


# ---------------------------------------------------------------------------- (d) cached revisit

def throttle(context, page, rate: float):
    """CPU throttling of the page (CDP). Chromium applies it to pages only: a worker target answers
    "Operation is only supported for pages, not workers", so the checker's worker runs unthrottled."""
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": rate})
    return cdp


def checker_first_result(page, base: str) -> float:
    page.goto(f"{base}/checker/?{SCENARIO}")
    page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed", timeout=180_000)
    if page.evaluate("document.body.dataset.checkerFailed"):
        raise SystemExit("the checker page failed to load: " + page.inner_text("#checker-status"))
    return mark_time(page, "checker-first-result")


def ships_snapshot(site: Path) -> bool:
    """Does the built checker's worker keep a memory snapshot (it names SNAPSHOT_CACHE)?"""
    return any(SNAPSHOT_CACHE in script.read_text(encoding="utf-8", errors="replace")
               for script in (site / "assets" / "checker").glob("*.js"))


SNAPSHOT_ENTRIES = """async (name) => {
  if (!(await caches.has(name))) return 0;
  return (await (await caches.open(name)).keys()).length;
}"""


def wait_for_snapshot(page) -> None:
    """Until the worker has stored its snapshot (an entry in SNAPSHOT_CACHE): cache.put is atomic, so once the
    entry is seen the worker is done writing it. Polled from here between measurements, not during one."""
    deadline = time.monotonic() + SNAPSHOT_WAIT_S
    while page.evaluate(SNAPSHOT_ENTRIES, SNAPSHOT_CACHE) < 1:
        if time.monotonic() > deadline:
            raise SystemExit(f"the checker's worker names the cache {SNAPSHOT_CACHE!r} but stored no snapshot in it "
                             f"within {SNAPSHOT_WAIT_S} s of its answer: is the snapshot made in this browser?")
        time.sleep(0.25)


# How the worker's Python started, as the page recorded it: "snapshot" or "boot" (a site without snapshots
# records no source: "boot").
BOOTED_FROM = """(window.checkerLoad || []).filter((s) => s.step === "runtime" && s.state === "done")
  .map((s) => s.from || "boot").pop() || "unknown"
"""


def revisit(page, base: str, snapshot: bool, keep_snapshot: bool) -> tuple[float, str]:
    """One cached revisit of the checker page: (ms, how Python started). keep_snapshot False: the site before
    issue 14, with no memory snapshot (deleted before navigating; deleting a missing cache is harmless)."""
    if snapshot:
        wait_for_snapshot(page)
    if not keep_snapshot:
        page.evaluate("(name) => caches.delete(name)", SNAPSHOT_CACHE)
    ms = checker_first_result(page, base)
    booted = page.evaluate(BOOTED_FROM)
    if not keep_snapshot and booted == "snapshot":
        raise SystemExit("the 'before' revisit booted from a memory snapshot although the cache "
                         f"{SNAPSHOT_CACHE!r} was deleted: is the snapshot kept under another name?")
    return ms, booted


def cached_revisit(browser, base: str, with_sw: bool, rate: float, snapshot: bool) -> tuple[tuple[float, str], ...]:
    """(first revisit, second revisit): the browser's compiled-code cache of a file served from the
    service worker's cache is made on the first use from there, so the second revisit is the usual one.
    with_sw False is the site before issue 14 (HTTP cache only, no memory snapshot), True the site as it ships
    (service worker and, where the worker makes one, the snapshot). snapshot: the built worker makes one."""
    context = browser.new_context(service_workers="allow" if with_sw else "block")
    page = context.new_page()
    try:
        checker_first_result(page, base)  # the first visit, unthrottled
        if with_sw:  # the service worker has installed (precached the site) and controls the page
            page.wait_for_function("document.body.dataset.swReady === '1' && navigator.serviceWorker.controller !== null",
                                   timeout=180_000)
        throttle(context, page, rate)
        first = revisit(page, base, snapshot, keep_snapshot=with_sw)
        return first, revisit(page, base, snapshot, keep_snapshot=with_sw)
    finally:
        context.close()


# ---------------------------------------------------------------------------- (e) page weight

COMPRESSED_TYPES = (".html", ".css", ".js", ".mjs", ".json", ".svg", ".txt", ".xml", ".ics")


def file_weight(site: Path, path: str) -> tuple[int, int]:
    """(bytes, gzip bytes) of a site file as a server would send it (text types compressed)."""
    file = site / path.lstrip("/")
    if file.is_dir() or path.endswith("/"):
        file = file / "index.html"
    data = file.read_bytes()
    if file.suffix in COMPRESSED_TYPES:
        return len(data), len(gzip.compress(data, compresslevel=6))
    return len(data), len(data)


def page_weight(browser, base: str, site: Path, path: str, leave_out: tuple[str, ...]) -> dict:
    """What the page fetches from the site (service worker blocked), less the paths in leave_out."""
    context = browser.new_context(service_workers="block")
    page = context.new_page()
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    try:
        page.goto(f"{base}/{path}", wait_until="load")
        if path.startswith("checker/"):
            page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed",
                                   timeout=180_000)
        else:
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    files = sorted({url[len(base):].split("?")[0].split("#")[0] for url in fetched if url.startswith(base)})
    files = [f for f in files if not f.lstrip("/").startswith(leave_out)]
    raw = gz = 0
    for name in files:
        size, compressed = file_weight(site, name)
        raw += size
        gz += compressed
    return {"path": path, "files": len(files), "bytes": raw, "gzip_bytes": gz}


def largest_regulation_pages(site: Path) -> list[str]:
    pages = []
    for prefix in ("regulations", "en/regulations"):
        candidates = [p for p in (site / prefix).glob("*/index.html")]
        largest = max(candidates, key=lambda p: p.stat().st_size)
        pages.append(largest.parent.relative_to(site).as_posix() + "/")
    return pages


def precache_weight(site: Path) -> dict:
    text = (site / "sw.js").read_text(encoding="utf-8")
    urls = re.findall(r'url:"([^"]+)"', text)
    raw = gz = 0
    for url in urls:
        size, compressed = file_weight(site, url)
        raw += size
        gz += compressed
    return {"files": len(urls), "bytes": raw, "gzip_bytes": gz}


def run_offline(site: Path, revisits: int, rate: float) -> dict:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    snapshot = ships_snapshot(site)
    # "http_cache": before issue 14 (HTTP cache only, no snapshot); "service_worker": as shipped.
    result: dict = {"throttle": rate, "snapshot_shipped": snapshot}
    for kind in ("http_cache", "service_worker"):
        result[f"revisit_{kind}"], result[f"revisit2_{kind}"], result[f"booted_{kind}"] = [], [], []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, chromium_sandbox=False)
            for _ in range(revisits):  # interleaved, so that a busy machine weighs on both alike
                for kind, with_sw in (("http_cache", False), ("service_worker", True)):
                    (first, booted), (second, booted2) = cached_revisit(browser, base, with_sw, rate, snapshot)
                    result[f"revisit_{kind}"].append(round(first, 1))
                    result[f"revisit2_{kind}"].append(round(second, 1))
                    result[f"booted_{kind}"] += [booted, booted2]
            weights = [page_weight(browser, base, site, path, ("search/", "en/search/"))
                       for path in largest_regulation_pages(site)]
            weights.append(page_weight(browser, base, site, f"checker/?{SCENARIO}",
                                       ("pyodide/", "wheels/", "checker/corpus.json", "search/", "en/search/")))
            result["weights"] = weights
            browser.close()
    finally:
        server.shutdown()
    result["precache"] = precache_weight(site)
    for which in ("revisit", "revisit2"):
        for kind in ("http_cache", "service_worker"):
            result[f"{which}_{kind}_median_ms"] = round(median(result[f"{which}_{kind}"]), 1)
        result[f"{which}_ratio"] = round(result[f"{which}_service_worker_median_ms"] / result[f"{which}_http_cache_median_ms"], 3)
    return result


def print_offline(result: dict) -> None:
    kb = lambda n: f"{n / 1000:,.0f} kB"  # noqa: E731
    print(f"\n(d) cached revisit, CPU throttled x{result['throttle']:g} (page main thread; {len(result['revisit_http_cache'])} runs; "
          f"the built worker {'makes a' if result['snapshot_shipped'] else 'makes no'} memory snapshot)")
    print(f"{'':52}{'1st':>10}{'2nd':>10}  revisit")
    print(f"{'  before: HTTP cache only, no snapshot (ms)':52}{result['revisit_http_cache_median_ms']:>10.0f}"
          f"{result['revisit2_http_cache_median_ms']:>10.0f}")
    print(f"{'  after: service worker + snapshot, as shipped (ms)':52}{result['revisit_service_worker_median_ms']:>10.0f}"
          f"{result['revisit2_service_worker_median_ms']:>10.0f}")
    print(f"{f'  ratio after / before (target <= {goals.REVISIT_AFTER_OVER_BEFORE_MAX:g})':52}"
          f"{result['revisit_ratio']:>10.2f}{result['revisit2_ratio']:>10.2f}")
    for kind, label in (("http_cache", "before"), ("service_worker", "after")):
        booted = result.get(f"booted_{kind}", [])
        print(f"  Python started ({label}): " + ", ".join(f"{booted.count(b)} {b}" for b in sorted(set(booted))))
    print("\n(e) page weight (gzip = as sent compressed; files = uncompressed)")
    for weight in result["weights"]:
        target = (goals.CHECKER_PAGE_GZIP_MAX if weight["path"].startswith("checker/")
                  else goals.REGULATION_PAGE_GZIP_MAX) // 1000
        name = weight["path"].split("?")[0]
        print(f"  {name:42}{kb(weight['gzip_bytes']):>10} gzip{kb(weight['bytes']):>10} files"
              f"  ({weight['files']} files; target <= {target} kB gzip)")
    pre = result["precache"]
    print(f"  {'service worker precache, once, in the background':42}{kb(pre['gzip_bytes']):>10} gzip{kb(pre['bytes']):>10} files"
          f"  ({pre['files']} files)")


def emulate(page, throttle: float | None, network: float | None) -> None:
    """CPU throttling and a slow link for this page, through the Chrome DevTools Protocol."""
    if not throttle and not network:
        return
    cdp = page.context.new_cdp_session(page)
    if throttle:
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
    if network:
        cdp.send("Network.enable")
        rate = network * 1e6 / 8
        cdp.send("Network.emulateNetworkConditions", {"offline": False, "latency": 20, "downloadThroughput": rate,
                                                      "uploadThroughput": rate})


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def run(site: Path, runs: int, throttle: float | None = None, network: float | None = None) -> dict:
    from playwright.sync_api import sync_playwright

    server, base = serve(site)
    samples = {"a_cold": [], "a_warm": [], "b_cold": [], "b_warm": [], "c": [], "overhead_cold": [], "overhead_warm": [],
               "snapshot_copy_cold": [],
               "d_cold": [], "d_warm": []}
    provisional = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, chromium_sandbox=False)
            for _ in range(runs):
                for kind, loader in (("a", load_bare), ("b", load_checker)):
                    context = browser.new_context()
                    page = context.new_page()
                    emulate(page, throttle, network)
                    samples[f"{kind}_cold"].append(loader(page, base))
                    if kind == "b":
                        samples["overhead_cold"].append(page.checker_overhead)
                        if page.snapshot_copy is not None:
                            samples["snapshot_copy_cold"].append(page.snapshot_copy)
                        samples["d_cold"].append(page.first_deadline)
                        provisional.append(page.provisional)
                    samples[f"{kind}_warm"].append(loader(page, base))
                    if kind == "b":
                        samples["overhead_warm"].append(page.checker_overhead)
                        samples["d_warm"].append(page.first_deadline)
                        provisional.append(page.provisional)
                        samples["c"].extend(second_scenarios(page))
                    context.close()
            browser.close()
    finally:
        server.shutdown()
    result = {name: {"median_ms": round(median(values), 1), "samples_ms": [round(v, 1) for v in values]}
              for name, values in samples.items()}
    for temperature in ("cold", "warm"):
        result[f"ratio_{temperature}"] = round(result[f"b_{temperature}"]["median_ms"] / result[f"a_{temperature}"]["median_ms"], 3)
        result[f"ratio_d_{temperature}"] = round(result[f"d_{temperature}"]["median_ms"] / result[f"a_{temperature}"]["median_ms"], 3)
    result["provisional"] = provisional
    result["throttle"] = throttle
    result["network_mbit"] = network
    result["runs"] = runs
    result["scenario"] = SCENARIO
    result["chromium"] = CHROMIUM
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--site", type=Path, default=ROOT / "site", help="the built site (default: site/)")
    parser.add_argument("--runs", type=int, default=5, help="measurements of each kind (default: 5)")
    parser.add_argument("--revisit-throttle", type=float, default=goals.REVISIT_THROTTLE,
                        help=f"CPU throttling rate of the cached revisit (default: {goals.REVISIT_THROTTLE:g})")
    parser.add_argument("--revisits", type=int, default=3, help="cached revisits of each kind (default: 3)")
    parser.add_argument("--only-offline", action="store_true", help="only (d) and (e)")
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    parser.add_argument("--throttle", type=float, default=None, help="CPU slowdown factor (CDP), e.g. 4")
    parser.add_argument("--network", type=float, default=None, help="link speed in Mbit/s (CDP), e.g. 10")
    parser.add_argument("--only-first", action="store_true",
                        help="only (d), the first deadline: in the page and painted, cold and warm (quick)")
    parser.add_argument("--first-goals", action="store_true",
                        help=f"only (d), the first deadline, under the goals' conditions: cold at --network "
                             f"{goals.FIRST_DEADLINE_COLD_NETWORK_MBIT:g}, then warm at --throttle "
                             f"{goals.FIRST_DEADLINE_WARM_THROTTLE:g}")
    parser.add_argument("--trace", type=Path, default=None,
                        help="with --only-first: a DevTools performance trace of the last warm load (JSON)")
    args = parser.parse_args(argv)
    if not (args.site / "checker" / "index.html").exists() or not (args.site / "pyodide" / "pyodide.mjs").exists():
        print(f"{args.site} has no checker or no Pyodide: run `make build` first", file=sys.stderr)
        return 2
    if not (args.site / "sw.js").exists():
        print(f"{args.site} has no service worker (sw.js): run `make build` first", file=sys.stderr)
        return 2
    if goals.browser_missing():
        print(goals.browser_missing(), file=sys.stderr)
        return 2
    if args.first_goals:
        result = {
            "cold_network": run_first(args.site, args.runs, None, goals.FIRST_DEADLINE_COLD_NETWORK_MBIT, None),
            "warm_throttle": run_first(args.site, args.runs, goals.FIRST_DEADLINE_WARM_THROTTLE, None, args.trace),
        }
        print_first(result["cold_network"])
        print(f"goal: cold dom <= {goals.FIRST_DEADLINE_COLD_MS_MAX} ms\n")
        print_first(result["warm_throttle"])
        print(f"goal: warm dom <= {goals.FIRST_DEADLINE_WARM_MS_MAX} ms")
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.only_first:
        result = run_first(args.site, args.runs, args.throttle, args.network, args.trace)
        print_first(result)
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.only_offline:
        result = {"offline": run_offline(args.site, args.revisits, args.revisit_throttle)}
        print_offline(result["offline"])
        if args.json:
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        return 0
    result = run(args.site, args.runs, args.throttle, args.network)
    result["offline"] = run_offline(args.site, args.revisits, args.revisit_throttle)
    print(f"runs: {args.runs} of each; scenario ?{SCENARIO}; CPU throttle: {args.throttle or 'none'}; "
          f"network: {f'{args.network:g} Mbit/s' if args.network else 'unlimited'}")
    print(f"{'':34}{'cold':>10}{'warm':>10}")
    print(f"{'(a) bare Pyodide, len([1, 2]) (ms)':34}{result['a_cold']['median_ms']:>10.0f}{result['a_warm']['median_ms']:>10.0f}")
    print(f"{'(b) checker, first result (ms)':34}{result['b_cold']['median_ms']:>10.0f}{result['b_warm']['median_ms']:>10.0f}")
    print(f"{f'ratio b/a (target <= {goals.CHECKER_OVER_BARE_MAX:g})':34}{result['ratio_cold']:>10.2f}"
          f"{result['ratio_warm']:>10.2f}   (issue 14: cold <= {goals.CHECKER_OVER_BARE_COLD_MAX:g})")
    print(f"{'(b) of which after Python boot (ms)':34}{result['overhead_cold']['median_ms']:>10.0f}{result['overhead_warm']['median_ms']:>10.0f}")
    if result["snapshot_copy_cold"]["samples_ms"]:
        print(f"{'(b) of which copying Python (ms)':34}{result['snapshot_copy_cold']['median_ms']:>10.0f}"
              "   (the memory snapshot kept for the next visit)")
    print(f"{'(d) first deadline on screen (ms)':34}{result['d_cold']['median_ms']:>10.0f}{result['d_warm']['median_ms']:>10.0f}"
          f"   (goals: cold <= {goals.FIRST_DEADLINE_COLD_MS_MAX} at --network {goals.FIRST_DEADLINE_COLD_NETWORK_MBIT:g}, "
          f"warm <= {goals.FIRST_DEADLINE_WARM_MS_MAX} at --throttle {goals.FIRST_DEADLINE_WARM_THROTTLE:g}: --first-goals)")
    print(f"{f'ratio d/a (goal < {goals.FIRST_DEADLINE_OVER_BARE_MAX:g})':34}{result['ratio_d_cold']:>10.2f}"
          f"{result['ratio_d_warm']:>10.2f}")
    print(f"{'first deadline came from':34}{', '.join(sorted(set(result['provisional'])))}"
          f"   (shown/agreed: the table; none: Python)")
    print(f"{'(c) second scenario (ms, median)':34}{result['c']['median_ms']:>10.1f}   "
          f"(target < {goals.SECOND_SCENARIO_MS_MAX}; {len(result['c']['samples_ms'])} samples)")
    print_offline(result["offline"])
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
