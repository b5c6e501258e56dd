"""Accessibility (issue 11 §2): axe-core (npm, node_modules/axe-core) run inside Chromium on every page of the
built site, in both languages, in the light and the dark (slate) scheme. No serious or critical violation is
allowed, and the contrast check asks 4.5:1 of every text, large text included (WCAG AA asks 3:1 of it).

One browser, one tab per scheme, reused for every page: about 36 pages × 2 schemes."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

RUN_AXE = """async () => {
  const result = await axe.run(document, {
    resultTypes: ["violations"],
    checks: [{id: "color-contrast", options: {contrastRatio: {normal: {expected: 4.5}, large: {expected: 4.5}}}}],
  });
  return result.violations
    .filter(v => v.impact === "serious" || v.impact === "critical")
    .map(v => ({id: v.id, impact: v.impact, count: v.nodes.length,
                nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: " +
                  ((n.any[0] || n.all[0] || n.none[0] || {}).message || "").slice(0, 200))}));
}"""


def site_pages(site: Path) -> list[str]:
    """Every page of the built site, as a path relative to its root ("" for the home page)."""
    pages = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        if relative.split("/")[0] in ("pyodide", "wheels", "assets", "data", "search"):
            continue
        pages.append("" if relative == "." else relative + "/")
    return pages


def axe_violations(tab, url: str) -> list[dict]:
    tab.goto(url)
    tab.wait_for_load_state("load")
    tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    return tab.evaluate(RUN_AXE)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_page(browser, built_site, site_url, scheme):
    if not AXE.exists():
        pytest.fail("axe-core is missing: `make node` (npm ci) installs it into node_modules/", pytrace=False)
    pages = site_pages(built_site)
    assert len(pages) >= 30 and "en/" in pages and "regulations/lao-cai-vks-xa-phuong/" in pages
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN", color_scheme=scheme)
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    expected = "slate" if scheme == "dark" else "default"
    found = {}
    try:
        for path in pages:
            violations = axe_violations(tab, site_url + path)
            assert tab.evaluate("document.body.dataset.mdColorScheme") == expected, path
            if violations:
                found[path or "/"] = violations
    finally:
        context.close()
    assert not found, "axe-core: serious or critical violations\n" + "\n".join(
        f"{path}: {v['id']} ({v['impact']}, {v['count']}×) {v['nodes']}" for path, vs in found.items() for v in vs)


def test_axe_sees_a_contrast_failure(page, site_url):
    """The check can fail: Material's own red (#ef5552) on the header gives 3.45:1 and is reported."""
    page.goto(f"{site_url}regulations/lao-cai-vks-xa-phuong/")
    page.add_style_tag(content='[data-md-color-primary="red"] { --md-primary-fg-color: #ef5552 !important; }')
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    ids = {v["id"] for v in page.evaluate(RUN_AXE)}
    assert "color-contrast" in ids


# ------------------------------------------------------------------------------------- opened states
# What a reader opens is checked too, not only pages as they load: the checker with its full answer (the
# day-by-day count unfolded), the checker's date error, search results, every <details> of a regulation
# page unfolded with a provision targeted, and the navigation drawer on a phone.

CHECKER_ANSWER = "checker/?regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"


def _checker_answer(tab, url):
    tab.goto(url + CHECKER_ANSWER)
    tab.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed", timeout=90_000)
    assert not tab.evaluate("document.body.dataset.checkerFailed"), tab.inner_text("#checker-status")
    tab.evaluate("document.querySelectorAll('details').forEach((d) => { d.open = true; })")
    assert tab.query_selector_all(".checker-card time[datetime]")


def _checker_date_error(tab, url):
    """Follows the answer above, on the same page (Python is already up)."""
    assert "checker/" in tab.url
    tab.fill("#checker-date", "31/02/2026")
    tab.dispatch_event("#checker-date", "change")
    tab.wait_for_selector("#checker-date[aria-invalid=true]")


def _search_results(tab, url):
    tab.goto(url)
    tab.click(".md-search__input")
    tab.keyboard.type("thoi han")
    tab.wait_for_selector(".md-search-result__item", timeout=30_000)


def _regulation_unfolded(tab, url):
    tab.goto(url + "regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2")
    count = tab.evaluate("(() => { const all = document.querySelectorAll('details');"
                         " all.forEach((d) => { d.open = true; }); return all.length; })()")
    assert count and tab.evaluate("document.querySelector(':target') !== null")


def _phone_drawer(tab, url):
    tab.set_viewport_size({"width": 375, "height": 800})
    tab.goto(url + "regulations/380-qd-tw/")
    tab.click("label.md-header__button[for='__drawer']")
    tab.wait_for_function("document.getElementById('__drawer').checked")


OPENED_STATES = {"checker-answer": _checker_answer, "checker-date-error": _checker_date_error,
                 "search-results": _search_results, "regulation-unfolded": _regulation_unfolded,
                 "phone-drawer": _phone_drawer}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_in_opened_states(browser, site_url, scheme):
    found = {}
    for lang_root in ("", "en/"):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
        tab = context.new_page()
        tab.set_default_timeout(30_000)
        try:
            for name, open_state in OPENED_STATES.items():
                open_state(tab, site_url + lang_root)
                tab.add_script_tag(content=AXE.read_text(encoding="utf-8"))
                violations = tab.evaluate(RUN_AXE)
                if violations:
                    found[f"{lang_root or 'vi/'}{name}"] = violations
        finally:
            context.close()
    assert not found, "axe-core: serious or critical violations\n" + "\n".join(
        f"{state}: {v['id']} ({v['impact']}, {v['count']}×) {v['nodes']}" for state, vs in found.items() for v in vs)
