#!/usr/bin/env python3
"""Benchmark of the browser checker against Pyodide itself (issue 5), in headless Chromium.

    .venv/bin/python scripts/bench_checker.py [--site site] [--runs 5] [--json build/bench.json]
                                              [--throttle 4] [--network 10]

It serves the built site on 127.0.0.1 (its own server, a free port) and measures, `--runs` times each:
  (a) a bare page that loads the same Pyodide core the same way (in a module Web Worker, same
      loadPyodide options) and runs 1+1: navigation start -> "2" is back on the main thread;
  (b) the checker page, navigation start -> the first result is drawn, for a fixed scenario;
  (c) once loaded, a second scenario: input change -> result drawn (main thread -> worker -> back);
  (d) the checker page, navigation start -> the first deadline is on screen: the provisional answer
      from the build's table (sitegen/quick_table.py) or Python's, whichever comes first.
--throttle R slows the CPU R times (CDP Emulation.setCPUThrottlingRate) and --network M limits the
link to M Mbit/s down and up with 20 ms latency (CDP Network.emulateNetworkConditions; it applies to
the page's own requests: the workers' downloads, Pyodide's, are not slowed, which favours (a) and (b)).
Goals of issue 14: (d) warm <= 1000 ms under --throttle 4, (d) cold <= 1500 ms under --network 10,
d/a < 0.5.
Cold = a fresh browser context (no HTTP cache, no compiled-code cache); warm = the same context
loading the page a second time. It prints the medians and the ratio b/a. Target: b/a <= 1.2, c < 50 ms.
The bare page is served from memory at /bench/ (nothing is written into the site).
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import statistics
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SCENARIO = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"
# (c): dates typed one after another once the page has answered the first scenario.
TIMEOUT = 180_000  # a throttled Pyodide boot on a shared machine
SECOND_DATES = ["2025-09-01", "2026-02-13", "2026-11-20", "2025-12-31", "2026-04-24", "2025-01-24"]

BARE_HTML = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pyodide (benchmark)</title></head>
<body><p id="out">loading</p>
<script type="module">
// Same loading path as the checker: a module worker imports pyodide.mjs and calls loadPyodide.
const worker = new Worker(new URL("bare-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  document.getElementById("out").textContent = event.data.result;
  performance.mark("bare-done");
  document.body.dataset.bareDone = event.data.result;
};
worker.postMessage({ root: new URL("../", location.href).href });
</script></body></html>
"""

BARE_WORKER = """self.onmessage = async (event) => {
  const root = event.data.root;
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", root).href);
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", root).href });
  self.postMessage({ result: String(pyodide.runPython("1+1")) });
};
"""


# The bare page (a) and its worker, next to the site's own files without being written into them.
VIRTUAL_FILES = {
    "/bench/bare.html": (BARE_HTML, "text/html; charset=utf-8"),
    "/bench/bare-worker.js": (BARE_WORKER, "text/javascript; charset=utf-8"),
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def do_GET(self):
        virtual = VIRTUAL_FILES.get(self.path.split("?")[0])
        if virtual is None:
            return super().do_GET()
        body = virtual[0].encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", virtual[1])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


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
        page.wait_for_function(f"document.body.dataset.checkerIcs === document.body.dataset.checkerResult", timeout=10_000)
    return times


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
    parser.add_argument("--json", type=Path, default=None, help="also write the figures to this JSON file")
    parser.add_argument("--throttle", type=float, default=None, help="CPU slowdown factor (CDP), e.g. 4")
    parser.add_argument("--network", type=float, default=None, help="link speed in Mbit/s (CDP), e.g. 10")
    args = parser.parse_args(argv)
    if not (args.site / "checker" / "index.html").exists() or not (args.site / "pyodide" / "pyodide.mjs").exists():
        print(f"{args.site} has no checker or no Pyodide: run `make build` first", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: run `make chromium` (Debian's chromium package)", file=sys.stderr)
        return 2
    result = run(args.site, args.runs, args.throttle, args.network)
    print(f"runs: {args.runs} of each; scenario ?{SCENARIO}; CPU throttle: {args.throttle or 'none'}; "
          f"network: {f'{args.network:g} Mbit/s' if args.network else 'unlimited'}")
    print(f"{'':34}{'cold':>10}{'warm':>10}")
    print(f"{'(a) bare Pyodide, 1+1 (ms)':34}{result['a_cold']['median_ms']:>10.0f}{result['a_warm']['median_ms']:>10.0f}")
    print(f"{'(b) checker, first result (ms)':34}{result['b_cold']['median_ms']:>10.0f}{result['b_warm']['median_ms']:>10.0f}")
    print(f"{'ratio b/a (target <= 1.2)':34}{result['ratio_cold']:>10.2f}{result['ratio_warm']:>10.2f}")
    print(f"{'(b) of which after Python boot (ms)':34}{result['overhead_cold']['median_ms']:>10.0f}{result['overhead_warm']['median_ms']:>10.0f}")
    print(f"{'(d) first deadline on screen (ms)':34}{result['d_cold']['median_ms']:>10.0f}{result['d_warm']['median_ms']:>10.0f}"
          f"   (goals: cold <= 1500 at --network 10, warm <= 1000 at --throttle 4)")
    print(f"{'ratio d/a (goal < 0.5)':34}{result['ratio_d_cold']:>10.2f}{result['ratio_d_warm']:>10.2f}")
    print(f"{'first deadline came from':34}{', '.join(sorted(set(result['provisional'])))}"
          f"   (shown/agreed: the table; none: Python)")
    print(f"{'(c) second scenario (ms, median)':34}{result['c']['median_ms']:>10.1f}   (target < 50; {len(result['c']['samples_ms'])} samples)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
