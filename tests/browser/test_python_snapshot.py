"""Python's memory kept after the first visit (issue 14, goal 2): the checker's worker copies it after the
first boot (Pyodide's memory snapshot) into Cache Storage, under an address naming the Pyodide version and
the sha256 of the core bundle it was made from, and a revisit boots from it.

The tests check that the copy is kept under the address of the very runtime the site ships (so a new build
never loads an old copy), that a revisit boots from it and answers exactly as a full boot does, and that a
copy that cannot be loaded, or one of an earlier build, is thrown away and Python boots the usual way.
"""

from __future__ import annotations

import json

import pytest

WORKED = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"
CACHE = "checker-python-snapshot"
TIMEOUT = 90_000


@pytest.fixture
def context(browser):
    # The service worker's background precache would only slow these boots down.
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    yield context
    context.close()


@pytest.fixture(scope="module")
def current_key(built_site, site_url):
    manifest = json.loads((built_site / "wheels" / "manifest.json").read_text(encoding="utf-8"))
    return f"{site_url}checker/python-snapshot/{manifest['pyodide']}/{manifest['bundles']['core']['sha256']}"


def visit(context, site_url, key: str) -> tuple[str, str, int]:
    """Open the worked scenario and wait for Python's answer; return how Python started, the answer's text,
    and the size of the copy then kept under `key`. The copy is written in the background after the boot,
    so the tab stays open until it is there (closing it would stop the worker and the writing)."""
    page = context.new_page()
    page.goto(f"{site_url}checker/?{WORKED}")
    page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed",
                           timeout=TIMEOUT)
    assert not page.evaluate("document.body.dataset.checkerFailed"), page.inner_text("#checker-status")
    started = page.evaluate("""window.checkerLoad.filter((s) => s.step === 'runtime' && s.state === 'done')
                               .map((s) => s.from)""")
    assert len(started) == 1, started
    answer = page.inner_text("#checker-result")
    size = page.evaluate(f"""async () => {{
        for (let i = 0; i < 600; i++) {{
            const hit = await (await caches.open('{CACHE}')).match('{key}');
            const size = hit ? (await hit.arrayBuffer()).byteLength : 0;
            if (size > 1000000) return size;
            await new Promise((resolve) => setTimeout(resolve, 100));
        }}
        return 0; }}""")
    page.close()
    return started[0], answer, size


def stored(context, site_url) -> list[str]:
    """The addresses in the snapshot cache."""
    page = context.new_page()
    page.goto(f"{site_url}404.html")
    urls = page.evaluate(f"caches.open('{CACHE}').then((c) => c.keys()).then((ks) => ks.map((k) => k.url))")
    page.close()
    return urls


def put(context, site_url, key: str, body: str) -> None:
    page = context.new_page()
    page.goto(f"{site_url}404.html")
    page.evaluate(f"caches.open('{CACHE}').then((c) => c.put('{key}', new Response({json.dumps(body)})))")
    page.close()


def test_a_revisit_boots_from_the_copy_of_this_runtime_and_answers_the_same(context, site_url, current_key):
    started, first_answer, size = visit(context, site_url, current_key)
    assert started == "boot"
    assert size > 10_000_000  # Python's memory: about 30 MB
    assert stored(context, site_url) == [current_key]

    started, answer, _ = visit(context, site_url, current_key)
    assert started == "snapshot"
    assert answer == first_answer


def test_a_broken_copy_is_replaced_and_the_copy_of_an_earlier_build_deleted(context, site_url, current_key):
    """One visit for both (each full boot costs seconds): the copy under this build's address cannot be
    loaded, and another build's copy is there too. Python boots the usual way, answers, and afterwards
    only a real copy of this build is kept."""
    earlier = current_key.rsplit("/", 1)[0] + "/" + "0" * 64  # same Pyodide, another core bundle
    put(context, site_url, earlier, "the memory of another build")
    put(context, site_url, current_key, "not a memory snapshot")
    started, answer, size = visit(context, site_url, current_key)
    assert started == "boot"
    assert "06/05/2025" in answer
    assert size > 10_000_000
    assert stored(context, site_url) == [current_key]
