"""No page grows without bound with the number of regulations (issue 14, goal 5: no page over 300 KB at
N = 400; docs/method/scale.md).

The site is built twice from synthetic corpora (scripts/synthetic_corpus.py) of SMALL and LARGE regulations,
without the checker runtime, and every page present in both is compared: a page that lists the regulations
may grow by one short row per regulation, any other page not at all (the navigation included, which is
written into every page). Every page of the larger site, grown at its measured rate up to TARGET
regulations, must stay under LIMIT. The checker page is left out: its catalogue of events is being moved
out of the page separately (docs/method/scale.md, "what remains").

Two builds of about ten regulations: about a minute of processor time, once per session (the fixture is
module-scoped).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic_corpus  # noqa: E402  (a developer tool, not a package)

from sitegen.views import HOME_CARDS  # noqa: E402

# Both sizes above the home page's fixed number of cards, so that its cards no longer change between them.
SMALL, LARGE = HOME_CARDS + 1, HOME_CARDS + 5
TARGET = 400
LIMIT = 300_000
# Pages that list every regulation, a short row each (a link, a name, a few counts); in both languages.
LIST_PAGES = {"regulations/", "deadlines/", "matrix/", "training/", "training/scenarios/", "training/self-check/",
              "training/presenter/", "training/worksheet/", "training/print/"}
LIST_ROW_BYTES = 1_000  # per regulation, on a list page
SHARED_BYTES = 64  # per regulation, on any other page: nothing but the noise of a count's digits
LEFT_OUT = {"checker/"}  # being fixed separately (the checker's catalogue fetched, not in the page)


def _pages(site: Path) -> dict[str, int]:
    """Page (its URL relative to the site, "" for the home page) -> size in bytes."""
    sizes = {}
    for path in site.rglob("index.html"):
        url = path.parent.relative_to(site).as_posix()
        sizes["" if url == "." else url + "/"] = path.stat().st_size
    return sizes


def _without_language(url: str) -> str:
    return url[len("en/"):] if url.startswith("en/") else url


def _build(n: int, folder: Path) -> dict[str, int]:
    corpus = synthetic_corpus.generate(n, folder / f"corpus-{n}")
    site = folder / f"site-{n}"
    run = subprocess.run([sys.executable, "-m", "sitegen", "build", "--corpus", str(corpus), "--no-runtime",
                          "--site-dir", str(site)], cwd=ROOT, capture_output=True, text=True, timeout=1200)
    assert run.returncode == 0, \
        f"the build of {n} synthetic regulations failed:\n{run.stdout[-2000:]}\n{run.stderr[-3000:]}"
    return _pages(site)


@pytest.fixture(scope="module")
def sizes(tmp_path_factory) -> tuple[dict[str, int], dict[str, int]]:
    folder = tmp_path_factory.mktemp("scale")
    return _build(SMALL, folder), _build(LARGE, folder)


def _growth(sizes) -> dict[str, float]:
    """Bytes each page gains per added regulation, for the pages both sites have."""
    small, large = sizes
    return {url: (large[url] - small[url]) / (LARGE - SMALL) for url in small.keys() & large.keys()
            if _without_language(url) not in LEFT_OUT}


def test_only_the_list_pages_grow_and_by_a_short_row(sizes):
    growing = []
    for url, growth in sorted(_growth(sizes).items()):
        allowed = LIST_ROW_BYTES if _without_language(url) in LIST_PAGES else SHARED_BYTES
        if growth > allowed:
            growing.append(f"{url or '/'}: +{growth:.0f} bytes per regulation (allowed {allowed})")
    assert not growing, "pages that grow with the number of regulations:\n" + "\n".join(growing)


def test_no_page_would_pass_the_limit_at_the_target_size(sizes):
    _, large = sizes
    growth = _growth(sizes)
    over = []
    for url, size in sorted(large.items()):
        if _without_language(url) in LEFT_OUT:
            continue
        # A page only the larger site has is one regulation's own page: it does not depend on the others.
        projected = size + (TARGET - LARGE) * max(growth.get(url, 0.0), 0.0)
        if projected > LIMIT:
            over.append(f"{url or '/'}: {size} bytes at {LARGE} regulations, "
                        f"about {projected / 1000:.0f} KB at {TARGET}")
    assert not over, f"pages over {LIMIT // 1000} KB at {TARGET} regulations:\n" + "\n".join(over)


def test_the_list_pages_were_measured(sizes):
    """The check means something only if both sites have the list pages and the per-regulation pages."""
    small, large = sizes
    assert {url for url in LIST_PAGES} <= small.keys() & large.keys()
    assert len(large) > len(small)
