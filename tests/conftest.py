"""Shared fixtures for the site tests: one build per session, a local HTTP server, Debian's Chromium.

    built_site  Path of a site built once per session by `python -m sitegen build` (into a temporary
                folder, so a running `make serve` is not disturbed). DOCS_TEST_SITE=<dir> reuses a site
                already built there instead, to iterate quickly on tests.
    site_url    "http://127.0.0.1:<free port>/" serving built_site from a thread.
    browser     Chromium from /usr/bin/chromium driven by Playwright (no downloaded browser).
    page        a fresh context and page per test (desktop size, Vietnamese locale).

The build uses regulations/ unless REGULATIONS_DIR points at another corpus root.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def run_docs(*args: str, env: dict | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """`python -m sitegen` with the project's interpreter, output captured as text."""
    return subprocess.run([sys.executable, "-m", "sitegen", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    reuse = os.environ.get("DOCS_TEST_SITE")
    if reuse:
        site = Path(reuse).resolve()
        if not (site / "index.html").exists():
            pytest.fail(f"DOCS_TEST_SITE={reuse} holds no built site")
        return site
    site = tmp_path_factory.mktemp("built") / "site"
    result = run_docs("build", "--site-dir", str(site))
    if result.returncode != 0:
        pytest.fail(f"python -m sitegen build failed (exit {result.returncode}):\n{result.stdout}\n{result.stderr}",
                    pytrace=False)
    return site


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # keep pytest output readable
        pass


@pytest.fixture(scope="session")
def site_url(built_site):
    handler = functools.partial(_QuietHandler, directory=str(built_site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)  # port 0: the system picks a free port
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("The browser tests need Debian's chromium at /usr/bin/chromium: `make chromium` "
                    "(or `sudo apt-get install -y chromium`).", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    tab = context.new_page()
    tab.set_default_timeout(15_000)
    yield tab
    context.close()
