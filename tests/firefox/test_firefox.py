"""The checker and the search in a second browser engine: Debian's Firefox ESR, driven by puppeteer-core
over WebDriver BiDi (Playwright's Firefox is a patched build it cannot download here, and it cannot
drive Debian's). `firefox_check.mjs` launches Firefox once, runs every check on the built site and
reports; each test below reads its part of the report.

Checks: the checker page in both languages (a share link for lao-cai-vks-xa-phuong /
opinion-request-received / 20/11/2026 answers 30/11/2026; changing the event changes the answer and
the address), search in both languages (mirroring tests/site/test_search.py), and no request to any
other host (Firefox is given a recording proxy for every host but the site, so even the worker's and
the browser's own requests are seen).

FIREFOX=<path> runs another Firefox build; `make firefox` installs Debian's.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NODE_SCRIPT = Path(__file__).with_name("firefox_check.mjs")
FIREFOX = Path(os.environ.get("FIREFOX", "/usr/bin/firefox-esr"))
PUPPETEER = ROOT / "node_modules" / "puppeteer-core"
TIMEOUT = 900  # seconds, the whole run: two Pyodide boots on a busy shared machine


@pytest.fixture(scope="module")
def report(site_url) -> dict:
    if shutil.which("node") is None:
        pytest.fail("The Firefox tests need Node.js (`node`).", pytrace=False)
    if not PUPPETEER.exists():
        pytest.fail("The Firefox tests need the npm package puppeteer-core: `make node` (npm ci).", pytrace=False)
    if not FIREFOX.exists():
        pytest.fail(f"The Firefox tests need Debian's firefox-esr at {FIREFOX}: `make firefox` "
                    "(or `sudo apt-get install -y firefox-esr`).", pytrace=False)
    try:
        run = subprocess.run(["node", str(NODE_SCRIPT), site_url, str(FIREFOX)], cwd=ROOT, capture_output=True,
                             text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired as error:
        pytest.fail(f"firefox_check.mjs did not finish within {TIMEOUT} s:\n{error.stderr or ''}", pytrace=False)
    if run.returncode != 0:
        pytest.fail(f"firefox_check.mjs failed (exit {run.returncode}):\n{run.stderr.strip()}\n{run.stdout.strip()}",
                    pytrace=False)
    try:
        return json.loads(run.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        pytest.fail(f"firefox_check.mjs wrote no report:\n{run.stdout}\n{run.stderr}", pytrace=False)


def passed(report: dict, name: str) -> None:
    result = report["checks"].get(name)
    assert result is not None, f"{name} did not run (Firefox {report['firefox']})"
    assert result["ok"], f"Firefox {report['firefox']}: {result['error']}"


def test_firefox_is_debians_esr(report):
    assert report["firefox"].startswith("firefox/"), report["firefox"]


def test_checker_share_link_and_form_vietnamese(report):
    passed(report, "checker_vi")


def test_checker_share_link_and_form_english(report):
    passed(report, "checker_en")


def test_python_boots_from_the_copy_of_its_memory_kept_by_the_first_visit(report):
    passed(report, "checker_vi")
    passed(report, "checker_en")
    first, revisit = report["checks"]["checker_vi"], report["checks"]["checker_en"]
    assert first["python"] == "boot" and first["snapshot_bytes"] > 10_000_000, first
    assert revisit["python"] == "snapshot", revisit


def test_search_unaccented_vietnamese_to_the_provision_and_its_english(report):
    passed(report, "search_vi")


def test_search_english(report):
    passed(report, "search_en")


def test_no_request_leaves_the_site(report):
    # The pages did fetch the runtime (the worker's requests are seen too)...
    assert any(url.endswith("pyodide.asm.wasm") for url in report["requests"]), report["requests"][:20]
    assert any("/search/search_index.json" in url for url in report["requests"]), report["requests"][:20]
    # ... and nothing went anywhere else, from the pages or from Firefox itself.
    assert report["outside"] == [], report["outside"]
