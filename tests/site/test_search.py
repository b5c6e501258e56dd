"""Search in a real browser: unaccented Vietnamese finds accented text, results are per language and
lead to the provision's anchor."""

import re
from urllib.parse import quote

import pytest

from sitegen.search_shards import load_index  # the index of a language, from its shards


def search(page, url: str, query: str) -> list[dict]:
    """Type a query in Material's search box; the results as [{href, text}]."""
    page.goto(url)
    page.click(".md-search__input")
    page.keyboard.type(query)  # Material reacts to key events, not to a programmatic fill
    wait_for_results_of_the_whole_query(page, query)
    return page.eval_on_selector_all(
        ".md-search-result__link",
        "links => links.map(a => ({href: a.href, text: a.innerText}))")


# Every key typed is a query, and the shards a query needs load on demand (sitegen/search_shards.py): the
# results of a half-typed query ("coordinat") can be on screen before those of the whole one. A result
# of the whole query highlights (?h=) its last word.
WHOLE_QUERY_SHOWN = """(word) => [...document.querySelectorAll('.md-search-result__link')].some(
    (a) => (new URL(a.href).searchParams.get('h') || '').split(/\\s+/).includes(word))"""


def wait_for_results_of_the_whole_query(page, query: str) -> None:
    page.wait_for_function(WHOLE_QUERY_SHOWN, arg=query.split()[-1].lower(), timeout=15_000)


def test_unaccented_query_finds_the_accented_provision(page, site_url):
    results = search(page, site_url, "15 ngay")
    target = [r for r in results if "/regulations/380-qd-tw/" in r["href"] and "#dieu-5-khoan-2-diem-b" in r["href"]]
    assert target, [r["href"] for r in results]
    assert "15 ngày" in target[0]["text"]
    # Following the result lands on the provision itself, not only on the page.
    page.click(f'.md-search-result__link[href="{target[0]["href"]}"]')
    page.wait_for_load_state("load")
    fragment = page.url.split("#", 1)[1]
    assert fragment.startswith("dieu-5-khoan-2-diem-b")
    assert "15 ngày" in page.locator(f"#{fragment}").inner_text()
    # ... and switching to English keeps the reader on the same provision.
    page.click(".md-header .md-select button")
    page.click('.md-header a.md-select__link[hreflang="en"]')
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}en/regulations/380-qd-tw/#{fragment}"
    assert "15 days" in page.locator(f"#{fragment}").inner_text()


@pytest.mark.parametrize("query, accented", [("phoi hop", "phối hợp"), ("thoi han", "thời hạn")])
def test_unaccented_words(page, site_url, query, accented):
    results = search(page, site_url, query)
    assert any(accented in r["text"].lower() for r in results), [r["text"][:80] for r in results]


def test_vietnamese_page_gives_vietnamese_results(page, site_url):
    results = search(page, f"{site_url}regulations/380-qd-tw/", "phối hợp")
    assert results
    assert not [r["href"] for r in results if "/en/" in r["href"]]


def test_english_page_gives_english_results(page, site_url):
    results = search(page, f"{site_url}en/regulations/380-qd-tw/", "coordination")
    assert results
    assert all(r["href"].startswith(f"{site_url}en/") for r in results), [r["href"] for r in results]
    # The provision results of the English index also point at anchors.
    assert any("/en/regulations/" in r["href"] and "#dieu-" in r["href"] for r in results)


def test_each_language_has_its_own_index_with_every_provision(built_site, site_regulations):
    vi = load_index(built_site / "search")
    en = load_index(built_site / "en" / "search")
    assert not [d for d in vi["docs"] if d["location"].startswith("en/")]
    assert not [d for d in en["docs"] if d["location"].startswith("en/")]  # relative to /en/
    for reg_id, regulation in site_regulations.items():
        for index in (vi, en):
            locations = {d["location"] for d in index["docs"]}
            missing = [p["id"] for p in regulation["provisions"]
                       if p["vi"].strip() and f"regulations/{reg_id}/#{p['id']}" not in locations]
            assert not missing, (reg_id, missing[:5])
    folded = [d for d in vi["docs"] if "folded" in d]
    assert folded and "folded" in vi["config"]["fields"]
    assert all(not any(c in d["folded"] for c in "ạảãàáâầấậẩẫăằắặẳẵđêềếệểễôồốộổỗơờớợởỡưừứựửữ") for d in folded)


def test_the_provision_comes_before_the_training_pages_that_repeat_it(page, site_url, built_site):
    """The training kit repeats the regulations at length; a reader searching for a rule must get the
    provision first, and pages that only repeat others (presenter, self-check, print) not at all."""
    results = search(page, site_url, "15 ngay")
    provisions = [r["href"] for r in results if "#" in r["href"] and "?h=" in r["href"]]
    assert provisions and "regulations/380-qd-tw/" in provisions[0] and "#dieu-5-khoan-2-diem-b" in provisions[0], \
        [r["href"] for r in results]
    for prefix in ("", "en/"):
        index = load_index(built_site / prefix / "search")
        locations = [d["location"] for d in index["docs"]]
        assert any(re.match(r"training/[^/]+/scenarios/", loc) for loc in locations)
        assert not [loc for loc in locations
                    if re.match(r"training/(?:[^/]+/)?(?:presenter|self-check|print|worksheet)/|training/scenarios/", loc)]


def search_all(page, url: str, query: str) -> list[dict]:
    """Search the whole query at once through Material's deep link (?q=: no results of a half-typed
    query to tell apart); [{href, text, folded}] in page order, `folded` when the result is under
    "more on this page"."""
    page.goto(f"{url}?q={quote(query)}")
    page.wait_for_selector(".md-search-result__item", timeout=15_000)
    return page.eval_on_selector_all(
        ".md-search-result__link",
        "links => links.map(a => ({href: a.href, text: a.innerText, folded: a.closest('details') !== null}))")


@pytest.mark.parametrize("query", ["dieu 8 khoan 2", "k2 đ8"])
def test_a_citation_typed_as_words_offers_each_regulations_provision(page, site_url, query):
    """The citation table and tokens reach the browser's worker (overrides/assets/site/search-worker.js):
    both regulations have a khoản 2 Điều 8, so each is offered, first in its regulation's results, and
    the result says what it is (citation and regulation)."""
    results = search_all(page, site_url, query)
    shown = [r for r in results if "#" in r["href"] and not r["folded"]]
    for reg_id in ("380-qd-tw", "lao-cai-vks-xa-phuong"):
        first = next(r for r in shown if f"/regulations/{reg_id}/" in r["href"])
        assert first["href"].split("#")[1] == "dieu-8-khoan-2", [r["href"] for r in shown]
        assert "Khoản 2 Điều 8 — " in first["text"], first["text"]
    assert shown[0]["href"].split("#")[1] == "dieu-8-khoan-2", [r["href"] for r in shown]
    # The tokens the worker adds to the query are neither highlighted nor listed as missing.
    assert not [r for r in results if "zz" in r["href"] or "zz" in r["text"]]


def test_english_citation_and_abbreviation(page, site_url):
    results = search_all(page, f"{site_url}en/", "Article 8 clause 2")
    shown = [r["href"] for r in results if "#" in r["href"] and not r["folded"]]
    assert shown and shown[0].split("#")[1] == "dieu-8-khoan-2", shown
    results = search_all(page, site_url, "TANDTC")
    assert results and "/regulations/380-qd-tw/" in results[0]["href"], [r["href"] for r in results[:3]]


def test_the_checker_page_is_found_by_its_introduction_not_its_no_script_notice(built_site):
    from checker.messages import text
    for prefix, lang in (("", "vi"), ("en/", "en")):
        index = load_index(built_site / prefix / "search")
        checker = next(d for d in index["docs"] if d["location"] == "checker/")
        assert text("ui.needs_js")[lang] not in checker["text"], checker["text"][:200]
        assert checker["text"].strip()
