"""The checker page does not grow with the number of regulations (issue 14, goal 5).

The page carries the list of regulations (one option each, so a reader can choose before any script runs)
and the events of its first regulation only; the others' events are fetched when chosen
(checker/catalog/<id>.json, sitegen.views.write_checker_catalogs). Until issue 14 the page carried the
catalogue and lists of every regulation, about 4.3 KB each (1.7 MB at N = 400): this test fails on that.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import pytest

from checker.corpus import load_corpus
from checker.engine import catalog

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
import synthetic_corpus  # noqa: E402

REGULATION_SELECT = re.compile(r'(<select id="checker-regulation"[^>]*>)(.*?)(</select>)', re.S)
OPTION_BYTES = 400  # one regulation's option: its number and title, in the page's language


@pytest.fixture(scope="module")
def corpora(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synthetic")
    return {n: load_corpus(synthetic_corpus.generate(n, folder / f"n{n}")) for n in (2, 20)}


def checker_block(corpus: dict, lang: str, docs: Path) -> str:
    from sitegen import views

    page = "checker/" if lang == "vi" else "en/checker/"
    return views.block("checker-form", views.Context(corpus, docs), lang, page)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_checker_page_is_the_same_size_for_2_and_20_regulations(corpora, lang, tmp_path):
    small, large = (checker_block(corpora[n], lang, tmp_path) for n in (2, 20))
    # Apart from the list of regulations, the two pages are the same, byte for byte...
    assert REGULATION_SELECT.sub(r"\1\3", small) == REGULATION_SELECT.sub(r"\1\3", large)
    # ...and that list has one short option per regulation.
    options = re.findall(r"<option [^>]*>[^<]*</option>", REGULATION_SELECT.search(large).group(2))
    assert len(options) == 20
    assert all(len(option.encode("utf-8")) <= OPTION_BYTES for option in options), max(options, key=len)
    grown = len(large.encode("utf-8")) - len(small.encode("utf-8"))
    assert grown <= 18 * OPTION_BYTES, f"{grown} bytes more for 18 more regulations"


def test_each_regulation_has_its_own_small_catalogue_file(corpora, tmp_path):
    from sitegen import views

    corpus = corpora[20]
    views.write_checker_catalogs(views.Context(corpus, tmp_path))
    written = {path.stem: json.loads(path.read_text(encoding="utf-8"))
               for path in (tmp_path / "checker" / "catalog").glob("*.json")}
    entries = {entry["id"]: entry for entry in catalog(corpus)["regulations"]}
    assert written == entries  # the engine's own catalogue, one file per regulation, both languages
    # The page's own catalogue holds the first regulation only.
    html = checker_block(corpus, "vi", tmp_path)
    inline = re.search(r'<script type="application/json" id="checker-catalog">(.*?)</script>', html, re.S).group(1)
    assert [r["id"] for r in json.loads(inline)["regulations"]] == [next(iter(entries))]
