"""The first answer before Python boots (issue 14): the deadline from the build's table, marked provisional,
then confirmed by the Python engine.

With the runtime's downloads held back, Python never becomes ready: the deadline must still be on the
page, from the table alone, with the provisional words of the catalogue. With them allowed, the engine's
answer replaces it and the page says both agree.
"""

from __future__ import annotations

import pytest

from checker.messages import text

WORKED = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"
DUE = {"vi": "Hạn chót: Thứ Ba, 06/05/2025.", "en": "Deadline: Tuesday, 6 May 2025."}
TIMEOUT = 60_000


def open_page(page, site_url, lang, query=WORKED):
    prefix = "en/" if lang == "en" else ""
    page.goto(f"{site_url}{prefix}checker/?{query}")


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_deadline_shows_from_the_table_while_python_is_held_back(page, site_url, lang):
    page.route("**/wheels/**", lambda route: route.abort())
    page.route("**/pyodide/**", lambda route: route.abort())
    open_page(page, site_url, lang)
    page.wait_for_selector(".checker-card--provisional", timeout=TIMEOUT)
    assert page.evaluate("document.body.dataset.checkerProvisional") == "shown"
    assert page.inner_text(".checker-provisional") == text("ui.provisional")[lang]
    dues = page.eval_on_selector_all(".checker-card--provisional .checker-due", "nodes => nodes.map(n => n.textContent)")
    assert dues[0] == DUE[lang], dues
    assert not page.evaluate("document.body.dataset.checkerReady")


def test_a_date_the_table_does_not_hold_waits_for_python(page, site_url):
    """A typed form (not ISO) is Python's to read: no provisional answer is looked up for it."""
    page.route("**/wheels/**", lambda route: route.abort())
    open_page(page, site_url, "vi", WORKED.replace("2025-04-25", "25/04/2025"))
    page.wait_for_function("window.checkerLoad && window.checkerLoad.length > 0 || document.body.dataset.checkerFailed",
                           timeout=TIMEOUT)
    page.wait_for_timeout(1500)
    assert page.locator(".checker-card--provisional").count() == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_python_confirms_the_provisional_answer(page, site_url, lang):
    open_page(page, site_url, lang)
    page.wait_for_function("['agreed', 'differed'].includes(document.body.dataset.checkerProvisional)", timeout=TIMEOUT)
    assert page.evaluate("document.body.dataset.checkerProvisional") == "agreed"
    assert page.inner_text(".checker-provisional-check") == text("ui.provisional_agreed")[lang]
    assert page.locator(".checker-card--provisional").count() == 0  # the engine's full answer replaced it
    first, result = page.evaluate("""[performance.getEntriesByName('checker-first-deadline')[0].startTime,
                                     performance.getEntriesByName('checker-first-result')[0].startTime]""")
    assert first < result


def test_the_provisional_answer_follows_the_form(page, site_url):
    """Before Python is ready, another event is looked up at once; a date the table cannot key takes the
    provisional answer down rather than leave one for another scenario on screen."""
    page.route("**/wheels/**", lambda route: route.abort())
    page.route("**/pyodide/**", lambda route: route.abort())
    open_page(page, site_url, "vi")
    page.wait_for_selector(".checker-card--provisional", timeout=TIMEOUT)
    first_rules = page.eval_on_selector_all(".checker-card--provisional", "cards => cards.map(c => c.dataset.rule)")
    page.select_option("#checker-event", "meeting-planned")
    page.wait_for_function(f"""(() => {{ const cards = [...document.querySelectorAll('.checker-card--provisional')];
        return cards.length && cards[0].dataset.rule !== {first_rules[0]!r}; }})()""", timeout=TIMEOUT)
    page.fill("#checker-date", "06/05/2025")
    page.dispatch_event("#checker-date", "change")
    page.wait_for_function("!document.querySelector('.checker-card--provisional')", timeout=TIMEOUT)


@pytest.mark.parametrize("held", ["**/assets/checker/checker.js", "**/assets/javascripts/bundle.*.js"])
def test_the_deadline_shows_before_the_page_scripts_run(browser, site_url, held):
    """The provisional answer is drawn while the page is parsed (first-answer.js, right after the form): it
    waits neither for checker.js (a module, run once the whole page is parsed) nor for the theme's script
    (Material's bundle, after the form, a long task on a slow PC). Held back here, neither ever runs."""
    context = browser.new_context()
    try:
        context.route("**/wheels/**", lambda route: route.abort())
        context.route("**/pyodide/**", lambda route: route.abort())
        context.route(held, lambda route: None)  # never answered
        page = context.new_page()
        page.goto(f"{site_url}checker/?{WORKED}", wait_until="commit")
        page.wait_for_selector(".checker-card--provisional", timeout=TIMEOUT)
        assert page.inner_text(".checker-card--provisional .checker-due") == DUE["vi"]
        assert page.inner_text(".checker-provisional") == text("ui.provisional")["vi"]
        assert page.evaluate("performance.getEntriesByName('checker-first-deadline').length") == 1
        assert page.locator("#checker-form.checker-form--live").count() == 0  # checker.js has not run
    finally:
        context.close()


@pytest.mark.parametrize("prefix, now, shown", [("en/", "2025-04-25T09:00:00", "25/04/2025"),
                                                 ("", "2025-03-05T09:00:00", "05/03/2025")])
def test_without_a_share_link_the_first_answer_is_todays(browser, site_url, prefix, now, shown):
    """No address: the form's own regulation and event and today's date on the reader's clock (here fixed),
    looked up from the table; checker.js, once it runs, keeps it for the same scenario. The date box shows
    it as Python writes it (checker.formats.DATE_PATTERNS, day first in both languages)."""
    context = browser.new_context()
    try:
        context.route("**/wheels/**", lambda route: route.abort())
        context.route("**/pyodide/**", lambda route: route.abort())
        page = context.new_page()
        page.clock.set_fixed_time(now)
        page.goto(f"{site_url}{prefix}checker/")
        page.wait_for_selector(".checker-card--provisional", timeout=TIMEOUT)
        page.wait_for_function("document.querySelector('#checker-form.checker-form--live')", timeout=TIMEOUT)
        assert page.input_value("#checker-date") == shown
        assert page.locator(".checker-card--provisional").count() >= 1
        assert page.evaluate("document.body.dataset.checkerProvisional") == "shown"
    finally:
        context.close()


def test_without_an_address_the_forms_table_is_fetched_from_head(browser, site_url, built_site):
    """The checker opened from the menu: the table of the form's first regulation is asked for from <head>,
    before the parser reaches the form and first-answer.js (held back here); its events came with the page,
    so no catalogue file is asked for."""
    import re

    html = (built_site / "checker" / "index.html").read_text(encoding="utf-8")
    first = re.search(r'<select id="checker-regulation"[^>]*><option value="([^"]+)"', html).group(1)
    context = browser.new_context()
    try:
        context.route("**/wheels/**", lambda route: route.abort())
        context.route("**/pyodide/**", lambda route: route.abort())
        context.route("**/assets/checker/first-answer.js", lambda route: None)  # never answered
        page = context.new_page()
        asked = []
        page.on("request", lambda request: asked.append(request.url.rsplit("/", 2)[-2:]))
        page.goto(f"{site_url}checker/", wait_until="commit")
        page.wait_for_function("window.checkerEarly && window.checkerEarly.quick", timeout=TIMEOUT)
        assert page.evaluate("window.checkerEarly.quick.regulation") == first
        page.wait_for_timeout(500)
        assert ["quick", f"{first}.vi.json"] in asked
        assert not [url for url in asked if url[0] == "catalog"]
    finally:
        context.close()


def test_pythons_answer_does_not_wait_for_the_calendar_bundle(page, site_url):
    """The .ics part (runtime-ics.zip, 1.3 MB) is fetched once the checker is ready: held back, Python still
    answers in full; only the calendar file waits."""
    held = []
    page.route("**/wheels/runtime-ics.zip*", lambda route: held.append(route))  # never answered
    open_page(page, site_url, "vi")
    page.wait_for_function("document.body.dataset.checkerResult || document.body.dataset.checkerFailed",
                           timeout=TIMEOUT)
    assert not page.evaluate("document.body.dataset.checkerFailed")
    assert page.evaluate("document.body.dataset.checkerProvisional") == "agreed"
    assert DUE["vi"] in page.inner_text("#checker-result")
    page.wait_for_function("window.checkerLoad.some((s) => s.step === 'ready')")
    for route in held:
        route.abort()
