"""The checker page in a real browser (Debian's Chromium through Playwright), on the built site.

One page per language is loaded once and shared: Pyodide boots once per language, and the tests drive
the form of that page (as a reader would) instead of reloading it.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from checker.messages import text

WORKED = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2025-04-25"
LOAD_TIMEOUT = 60_000


def wait_for_result(page, after: int = 0) -> int:
    """Wait for the answer to the latest scenario sent (older answers are dropped by the page)."""
    page.wait_for_function(
        f"""(() => {{ const d = document.body.dataset;
            return d.checkerFailed || (Number(d.checkerResult || 0) > {after} && d.checkerResult === d.checkerRequest); }})()""",
        timeout=LOAD_TIMEOUT)
    assert not page.evaluate("document.body.dataset.checkerFailed"), page.inner_text("#checker-status")
    return int(page.evaluate("document.body.dataset.checkerResult"))


def current_id(page) -> int:
    return int(page.evaluate("document.body.dataset.checkerResult || 0"))


def set_inputs(page, regulation=None, event=None, date=None, mode=None, flags=None) -> int:
    """Change the form the way a reader does and wait for the new answer."""
    before = current_id(page)
    if regulation is not None:
        page.select_option("#checker-regulation", regulation)
    if event is not None:
        page.select_option("#checker-event", event)
    if flags is not None:
        for box in page.query_selector_all("#checker-flags input[name=flag]"):
            if box.is_checked() != (box.get_attribute("value") in flags):
                box.click()
    if mode is not None:
        page.check(f"input[name=mode][value={mode}]")
    if date is not None:
        page.fill("#checker-date", date)
        page.dispatch_event("#checker-date", "change")
    return wait_for_result(page, before)


def due_dates(page) -> list[str]:
    return page.eval_on_selector_all(".checker-card time[datetime]", "nodes => nodes.map(n => n.getAttribute('datetime'))")


@pytest.fixture(scope="module")
def context(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture(scope="module")
def requests_seen(context):
    seen = []
    context.on("request", lambda request: seen.append(request.url))
    return seen


def open_checker(context, site_url, lang, query=WORKED):
    page = context.new_page()
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.errors = errors
    prefix = "en/" if lang == "en" else ""
    page.goto(f"{site_url}{prefix}checker/?{query}")
    wait_for_result(page)
    return page


@pytest.fixture(scope="module")
def page_vi(context, requests_seen, site_url):
    page = open_checker(context, site_url, "vi")
    yield page
    page.close()


@pytest.fixture(scope="module")
def page_en(context, requests_seen, site_url):
    page = open_checker(context, site_url, "en")
    yield page
    page.close()


# ---------------------------------------------------------------------------- the worked example


def test_worked_example_vietnamese(page_vi):
    first = page_vi.locator(".checker-card").first
    assert first.locator("time").get_attribute("datetime") == "2025-05-06"
    assert "Thứ Ba, 06/05/2025" in first.locator(".checker-due").inner_text()
    strip = first.locator(".checker-strip")
    # The counting picture shows the worked Saturday, the holidays by name and the due day.
    assert "làm việc bù" in strip.locator("[data-date='2025-04-26']").inner_text()
    assert "Chiến thắng" in strip.locator("[data-date='2025-04-30']").inner_text()
    assert strip.locator("[data-date='2025-05-06']").get_attribute("class").count("checker-day--due") == 1
    assert page_vi.errors == []


def test_worked_example_english(page_en):
    first = page_en.locator(".checker-card").first
    assert first.locator("time").get_attribute("datetime") == "2025-05-06"
    assert "Tuesday, 6 May 2025" in first.locator(".checker-due").inner_text()
    assert "Saturday worked" in first.locator("[data-date='2025-04-26']").inner_text()
    assert page_en.locator("html").get_attribute("lang").startswith("en")
    assert page_en.errors == []


def test_every_event_of_every_regulation_answers_in_both_languages(page_vi, page_en, built_site):
    corpus = json.loads((built_site / "checker" / "corpus.json").read_text(encoding="utf-8"))
    for page in (page_vi, page_en):
        for regulation_id, regulation in corpus["regulations"].items():
            for event in regulation["rules"]["events"]:
                set_inputs(page, regulation=regulation_id, event=event["id"], date="2026-11-20")
                assert page.locator("#checker-general-error").is_hidden()
                cards = page.locator(".checker-card")
                assert cards.count() >= 1, (regulation_id, event["id"])
                assert page.locator(".checker-card .checker-citation").count() >= 1, (regulation_id, event["id"])


# ---------------------------------------------------------------------------- citations, URL, language


def anchors_of(built_site: Path, url_path: str) -> set[str]:
    html = (built_site / url_path.strip("/") / "index.html").read_text(encoding="utf-8")
    return set(re.findall(r'\sid="([^"]+)"', html))


def test_citations_link_to_existing_anchors(page_vi, page_en, built_site, site_url):
    checked = 0
    for page, prefix in ((page_vi, "/regulations/"), (page_en, "/en/regulations/")):
        for regulation, event in (("lao-cai-vks-xa-phuong", "opinion-request-received"), ("380-qd-tw", "personnel-consultation-received")):
            set_inputs(page, regulation=regulation, event=event, date="2025-04-25")
            hrefs = page.eval_on_selector_all("#checker-result a.checker-citation", "nodes => nodes.map(n => n.href)")
            assert hrefs
            for href in hrefs:
                parts = urlsplit(href)
                assert href.startswith(site_url.rstrip("/")), href
                assert parts.path.startswith(prefix), href
                assert parts.fragment in anchors_of(built_site, parts.path), href
                checked += 1
    assert checked >= 4


def test_shared_url_reproduces_the_answer(page_vi, context):
    set_inputs(page_vi, regulation="380-qd-tw", event="personnel-consultation-received", date="2026-01-30", mode="strict")
    shared = page_vi.url
    query = parse_qs(urlsplit(shared).query)
    assert query["regulation"] == ["380-qd-tw"] and query["date"] == ["2026-01-30"] and query["mode"] == ["strict"]
    assert page_vi.input_value("#checker-share-url") == shared
    expected = page_vi.inner_text("#checker-result")
    other = context.new_page()
    other.goto(shared)
    wait_for_result(other)
    assert other.inner_text("#checker-result") == expected
    assert other.input_value("#checker-date") == "30/01/2026"  # the URL's ISO date, written day first by Python
    assert other.is_checked("input[name=mode][value=strict]")
    other.close()
    page_vi.check("input[name=mode][value=standard]")


def test_language_switch_keeps_the_scenario(page_vi):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25")
    links = page_vi.eval_on_selector_all("a[hreflang='en']", "nodes => nodes.map(n => n.href)")
    assert links, "no link to the English page"
    for href in links:
        parts = urlsplit(href)
        assert parts.path.endswith("/en/checker/"), href
        assert parse_qs(parts.query)["date"] == ["2025-04-25"], href


# ---------------------------------------------------------------------------- .ics, errors, safety


def test_ics_writer_is_loaded_when_asked_not_with_the_first_answer(context, site_url):
    """icalendar (~0.6 s) is not unpacked right after the first answer, where it held up a quick change;
    a click on the calendar link loads it at once (else it loads after 2 idle seconds)."""
    page = open_checker(context, site_url, "vi")
    try:
        assert page.evaluate("window.checkerIcsLoad === undefined")
        page.dispatch_event("#checker-ics", "click")  # as a reader's click (Playwright's waits while aria-disabled)
        page.wait_for_function("window.checkerIcsLoad && document.body.dataset.checkerIcs === document.body.dataset.checkerResult")
        assert page.evaluate("window.checkerIcsLoad")["reason"] == "asked"
        assert page.get_attribute("#checker-ics", "href").startswith("blob:")
    finally:
        page.close()



def test_ics_download_parses_and_holds_the_due_dates(page_vi):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25", flags=["complex"])
    page_vi.wait_for_function("document.body.dataset.checkerIcs === document.body.dataset.checkerResult")
    with page_vi.expect_download() as info:
        page_vi.click("#checker-ics")
    download = info.value
    assert download.suggested_filename.endswith(".ics")
    calendar = icalendar.Calendar.from_ical(Path(download.path()).read_bytes())
    starts = sorted(str(event.decoded("dtstart")) for event in calendar.walk("VEVENT"))
    assert starts and set(starts) == set(due_dates(page_vi)) == {"2025-05-06"}
    set_inputs(page_vi, flags=[])


def test_bad_input_gets_a_message_next_to_the_field(page_vi, page_en):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2099-01-02")
    assert "2099" in page_vi.inner_text("#checker-date-error")
    assert page_vi.get_attribute("#checker-date", "aria-invalid") == "true"
    assert page_vi.locator(".checker-card").count() == 0
    set_inputs(page_en, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2099-01-02")
    assert "outside the years" in page_en.inner_text("#checker-date-error")
    set_inputs(page_vi, date="2025-04-25")
    assert page_vi.locator("#checker-date-error").is_hidden()


def test_url_errors_are_shown_per_field_in_the_page_language(context, site_url):
    page = open_checker(context, site_url, "en",
                        "regulation=lao-cai-vks-xa-phuong&event=meeting-planned&date=2025-02-30&flags=complex")
    assert "does not exist" in page.inner_text("#checker-date-error")
    page.goto(f"{site_url}checker/?regulation=lao-cai-vks-xa-phuong&event=meeting-planned&date=2025-04-25&flags=complex")
    wait_for_result(page)
    assert page.locator("#checker-flags-error").is_visible()
    assert "complex" in page.inner_text("#checker-flags")
    page.close()


def test_script_in_the_url_stays_text(context, site_url):
    page = context.new_page()
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    payload = ("regulation=lao-cai-vks-xa-phuong&event=%3Cimg%20src%3Dx%20onerror%3D%22window.__xss2%3D1%22%3E"
               "&date=%3Cscript%3Ewindow.__xss%3D1%3C%2Fscript%3E&flags=%3Cb%3Ebold%3C%2Fb%3E")
    page.goto(f"{site_url}checker/?{payload}")
    wait_for_result(page)
    page.wait_for_timeout(300)
    assert page.evaluate("window.__xss === undefined && window.__xss2 === undefined")
    assert dialogs == []
    assert page.locator("#checker img, #checker script:not([src]):not([data-checker-early]), #checker b").count() == 0
    assert "<img src=x" in page.inner_text("#checker-event-error")
    assert "<script>window.__xss=1</script>" in page.inner_text("#checker-date-error")
    page.close()


def test_no_request_leaves_the_origin(page_vi, page_en, requests_seen, site_url):
    origin = site_url.rstrip("/")
    assert requests_seen, "no request recorded"
    outside = [url for url in requests_seen if not (url.startswith(origin + "/") or url.startswith(f"blob:{origin}/")
                                                   or url.startswith("data:"))]
    assert outside == []


def test_works_after_the_network_is_cut(context, page_vi, built_site):
    corpus = json.loads((built_site / "checker" / "corpus.json").read_text(encoding="utf-8"))
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25")
    context.set_offline(True)
    try:
        set_inputs(page_vi, regulation="380-qd-tw", event="personnel-consultation-received", date="2026-02-13")
        assert due_dates(page_vi), "no dated answer offline"
        page_vi.wait_for_function("document.body.dataset.checkerIcs === document.body.dataset.checkerResult")
        assert page_vi.get_attribute("#checker-ics", "href").startswith("blob:")
        # As a new user would try it with the network off: every event of every regulation answers.
        for regulation_id, regulation in corpus["regulations"].items():
            for event in regulation["rules"]["events"]:
                set_inputs(page_vi, regulation=regulation_id, event=event["id"], date="2026-11-20")
                assert page_vi.locator(".checker-card").count() >= 1, (regulation_id, event["id"])
    finally:
        context.set_offline(False)


# ---------------------------------------------------------------------------- when it cannot run


def test_no_webassembly_gets_a_message_and_the_deadlines_link(browser, site_url):
    context = browser.new_context()
    context.add_init_script("delete globalThis.WebAssembly;")
    page = context.new_page()
    page.goto(f"{site_url}en/checker/?{WORKED}")
    page.wait_for_function("document.body.dataset.checkerFailed")
    assert "WebAssembly" in page.inner_text("#checker-status")
    link = page.locator(".checker-status-box .checker-fallback a")
    assert link.get_attribute("href").endswith("/en/deadlines/")
    context.close()


def test_runtime_that_fails_to_load_gets_a_message(browser, site_url):
    context = browser.new_context()
    context.route("**/pyodide/pyodide.asm.mjs", lambda route: route.abort())
    page = context.new_page()
    page.goto(f"{site_url}checker/?{WORKED}")
    page.wait_for_function("document.body.dataset.checkerFailed", timeout=LOAD_TIMEOUT)
    assert "Không tải được" in page.inner_text("#checker-status")
    assert page.locator(".checker-status-box .checker-fallback a").get_attribute("href").endswith("/deadlines/")
    # The form is still there and usable, only the answer is missing.
    assert page.locator("#checker-event option").count() >= 1
    context.close()


@pytest.mark.parametrize("broken", ["unreachable", "not-webassembly"])
def test_a_webassembly_file_that_fails_is_reported_at_once(browser, site_url, broken):
    # Pyodide itself only logs these failures and then waits forever; the page must say so instead.
    context = browser.new_context()
    if broken == "unreachable":
        context.route("**/pyodide/pyodide.asm.wasm", lambda route: route.abort())
    else:
        context.route("**/pyodide/pyodide.asm.wasm", lambda route: route.fulfill(
            status=200, body=b"not a WebAssembly module", headers={"content-type": "application/wasm"}))
    page = context.new_page()
    page.goto(f"{site_url}en/checker/?{WORKED}")
    page.wait_for_function("document.body.dataset.checkerFailed", timeout=15_000)
    assert "could not be loaded" in page.inner_text("#checker-status")
    assert page.locator(".checker-status-box .checker-fallback a").get_attribute("href").endswith("/en/deadlines/")
    context.close()


# ---------------------------------------------------------------------------- the page before and around Python


def test_the_form_is_filled_in_the_page_itself(built_site):
    """Usable the moment the page shows: the lists are in the HTML, not waiting for a script or a download."""
    corpus = json.loads((built_site / "checker" / "corpus.json").read_text(encoding="utf-8"))
    first = next(iter(corpus["regulations"].values()))
    for relative, lang in (("checker/index.html", "vi"), ("en/checker/index.html", "en")):
        html = (built_site / relative).read_text(encoding="utf-8")
        regulations = re.search(r'<select id="checker-regulation"[^>]*>(.*?)</select>', html, re.S).group(1)
        assert re.findall(r'<option value="([^"]+)"', regulations) == list(corpus["regulations"])
        events = re.search(r'<select id="checker-event"[^>]*>(.*?)</select>', html, re.S).group(1)
        assert re.findall(r'<option value="([^"]+)"', events) == [e["id"] for e in first["rules"]["events"]]
        assert first["rules"]["events"][0]["label"][lang] in events
        # A text box read day first by Python, never the browser's own date box (month first in English).
        assert 'type="date"' not in html
        date_input = re.search(r'<input type="text" id="checker-date"[^>]*>', html).group(0)
        assert 'placeholder="dd/mm/yyyy"' in date_input
        hint = re.search(r'<p id="checker-date-echo"[^>]*>([^<]*)</p>', html).group(1)
        assert ("ngày/tháng/năm, ví dụ 20/11/2026" if lang == "vi" else "day/month/year, e.g. 20/11/2026") in hint
        assert '<script type="application/json" id="checker-catalog">' in html
        # The page's catalogue: its first regulation only; each regulation's is a file of its own.
        inline = re.search(r'<script type="application/json" id="checker-catalog">(.*?)</script>', html, re.S).group(1)
        assert [r["id"] for r in json.loads(inline)["regulations"]] == [next(iter(corpus["regulations"]))]
    for regulation in corpus["regulations"]:
        entry = json.loads((built_site / "checker" / "catalog" / f"{regulation}.json").read_text(encoding="utf-8"))
        assert entry["id"] == regulation and entry["events"]


def test_another_regulations_events_are_fetched_when_chosen(browser, site_url):
    """Choosing a regulation fetches its small catalogue file (and no other), then lists its events; a
    share link's file is fetched from <head>. Both languages read the same file."""
    context = browser.new_context()
    try:
        context.route("**/wheels/**", lambda route: route.abort())  # the form does not need Python
        page = context.new_page()
        fetched = []
        page.on("request", lambda request: fetched.append(request.url) if "/checker/catalog/" in request.url else None)
        page.goto(f"{site_url}en/checker/")
        page.wait_for_selector("#checker-form.checker-form--live")
        assert fetched == []  # the first regulation's events came with the page
        page.select_option("#checker-regulation", "lao-cai-vks-xa-phuong")
        page.wait_for_function("document.querySelector('#checker-event option[value=meeting-planned]')")
        assert [url.rsplit("/", 1)[1] for url in fetched] == ["lao-cai-vks-xa-phuong.json"]
        assert page.input_value("#checker-event") == "opinion-request-received"  # its first event
        assert page.inner_text("#checker-event option[value=opinion-request-received]") == "Written request for opinions received"
        assert "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received" in page.url
        fetched.clear()
        page.goto(f"{site_url}checker/?{WORKED}&flags=complex")
        page.wait_for_selector("#checker-form.checker-form--live")
        assert [url.rsplit("/", 1)[1] for url in fetched] == ["lao-cai-vks-xa-phuong.json"]
        assert page.input_value("#checker-event") == "opinion-request-received"
        assert page.is_checked("#checker-flags input[value=complex]")
    finally:
        context.close()


def test_without_javascript_the_page_says_so(browser, site_url):
    """No script: the form shows the regulations and the first one's events, and the page says the checker
    needs JavaScript, with the link to the deadlines table."""
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{site_url}en/checker/")
        assert page.inner_text("#checker-status") == text("ui.needs_js")["en"]
        assert page.locator("#checker-regulation option").count() >= 2
        assert page.locator("#checker-event option").count() >= 1
        assert page.locator(".checker-status-box .checker-fallback a").get_attribute("href").endswith("deadlines/")
    finally:
        context.close()


def test_choices_made_before_the_script_runs_are_kept(browser, site_url):
    context = browser.new_context()
    held = []
    context.route("**/assets/checker/checker.js", lambda route: held.append(route))  # a slow line, say
    page = context.new_page()
    page.goto(f"{site_url}en/checker/", wait_until="commit")
    page.wait_for_selector("#checker-date", state="attached")
    page.select_option("#checker-regulation", "lao-cai-vks-xa-phuong")
    page.fill("#checker-date", "2025-04-25")
    page.check("input[name=mode][value=strict]")
    for _ in range(100):  # the request for checker.js comes once the parser reaches its tag
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "checker.js was never requested"
    assert page.evaluate("document.body.dataset.checkerResult") is None  # no answer yet: the script has not run
    for route in held:
        route.continue_()
    wait_for_result(page)
    query = parse_qs(urlsplit(page.url).query)
    assert query["regulation"] == ["lao-cai-vks-xa-phuong"] and query["date"] == ["2025-04-25"] and query["mode"] == ["strict"]
    assert due_dates(page)[0] == "2025-05-06"
    context.close()


def test_the_progress_bar_counts_the_runtime_bytes(page_en, built_site):
    manifest = json.loads((built_site / "wheels" / "manifest.json").read_text(encoding="utf-8"))
    total_mb = f"{manifest['download_bytes'] / 1e6:,.1f}"
    # The bar moved with the bytes as they came in, against the total the manifest gives...
    reports = [s for s in page_en.evaluate("window.checkerLoad") if s["step"] == "download"]
    assert all(report["total"] == manifest["download_bytes"] for report in reports)
    assert any(0 < report["loaded"] < report["total"] for report in reports), reports
    # ...and was full when the checker said it was ready.
    assert page_en.inner_text("#checker-bytes") == f"({total_mb} / {total_mb} MB)"


def test_dates_are_written_by_python_in_the_page_language(page_vi, page_en):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25", flags=[])
    set_inputs(page_en, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25", flags=[])
    assert page_vi.inner_text("#checker-date-echo") == "Công cụ hiểu là: Thứ Sáu, 25/04/2025"
    assert page_en.inner_text("#checker-date-echo") == "Read as: Friday, 25 April 2025"
    assert page_vi.locator(".checker-card [data-date='2025-04-26'] .checker-day-date").first.inner_text() == "26/04"
    assert page_en.locator(".checker-card [data-date='2025-04-26'] .checker-day-date").first.inner_text() == "26 Apr"


def test_an_empty_date_is_named_as_missing(page_vi):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="")
    assert page_vi.inner_text("#checker-date-error") == "Thiếu ngày xảy ra sự kiện."
    assert page_vi.locator(".checker-card").count() == 0
    set_inputs(page_vi, date="2025-04-25")
    assert page_vi.locator(".checker-card").count() >= 1


def test_a_flag_that_does_not_apply_can_be_unticked(context, site_url):
    page = open_checker(context, site_url, "en", "regulation=lao-cai-vks-xa-phuong&event=meeting-planned&date=2025-04-25&flags=complex")
    assert page.locator("#checker-flags-error").is_visible()
    before = current_id(page)
    page.uncheck("#checker-flags input[value=complex]")
    wait_for_result(page, before)
    assert page.locator("#checker-flags-error").is_hidden() and page.locator(".checker-card").count() >= 1
    assert "flags" not in parse_qs(urlsplit(page.url).query)
    page.close()


def test_print_shows_the_answer_and_its_link_without_the_navigation(page_vi):
    set_inputs(page_vi, regulation="lao-cai-vks-xa-phuong", event="opinion-request-received", date="2025-04-25", flags=[])
    page_vi.emulate_media(media="print")
    try:
        for hidden in (".md-header", ".md-sidebar--primary", "#checker-form", "#checker-actions", ".checker-status-box"):
            assert not page_vi.locator(hidden).first.is_visible(), hidden
        assert page_vi.locator(".checker-card").first.is_visible()
        link = page_vi.locator(".checker-print-link")
        assert link.is_visible() and "date=2025-04-25" in link.inner_text()
    finally:
        page_vi.emulate_media(media="screen")
    assert not page_vi.locator(".checker-print-link").is_visible()


def test_the_page_scripts_do_no_date_arithmetic():
    """One Python engine: the scripts move inputs and results and draw them. Weekdays, written dates,
    holidays and counting all come from Python; the only clock reading is today's date as the default input."""
    assets = Path(__file__).resolve().parents[2] / "docs" / "assets" / "checker"
    forbidden = re.compile(r"getU?T?C?Day\(|getU?T?C?Date\(|setU?T?C?Date\(|setU?T?C?FullYear\(|setU?T?C?Month\(|86400|864e5"
                           r"|Intl\.DateTimeFormat|toLocaleDateString|Date\.UTC|Date\.parse|Temporal\.")
    for script in sorted(assets.glob("*.js")):
        text = script.read_text(encoding="utf-8")
        # The default date reads the clock.
        javascript = re.sub(r"function todayOnTheReadersClock\([^)]*\) \{.*?\n\}", "", text, flags=re.S)
        assert not forbidden.findall(javascript), (script.name, forbidden.findall(javascript))
        assert "new Date(" not in javascript, script.name


# A date written by hand: digits padded to a fixed width, or numbers put together in a fixed order around a
# date separator ([d, m, y].join("/"), `${y}-${m}-${d}`, d + "/" + m). The date box's text and the table's key
# for today are Python's patterns (checker.formats.DATE_PATTERNS, carried by the page) filled with the
# reader's day, month and year: no day/month/year order or separator is written in a script.
HAND_WRITTEN_DATE = re.compile(r"""padStart\(\s*\d|\.join\(\s*(["'`])[/.\-]\1\s*\)"""
                               r"""|\$\{[^}]*\}([/.\-])\$\{[^}]*\}\2\$\{|["'`][/.\-]["'`]\s*\+|\+\s*["'`][/.\-]["'`]""")


def _hand_written_dates(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if HAND_WRITTEN_DATE.search(line)]


def test_the_page_scripts_write_no_date_format():
    """today's date too (todayOnTheReadersClock): the clock gives the numbers, Python the format."""
    assets = Path(__file__).resolve().parents[2] / "docs" / "assets" / "checker"
    for script in sorted(assets.glob("*.js")):
        found = _hand_written_dates(script.read_text(encoding="utf-8"))
        assert not found, f"{script.name}: a date format belongs in checker/formats.py:\n" + "\n".join(found)


def test_the_date_format_check_can_fail():
    sample = """const day = String(now.getDate()).padStart(2, "0");
const typed = [day, month, year].join("/");
const iso = `${year}-${month}-${day}`;
const text = day + "." + month;
const url = new URL(`checker/quick/${id}.${LANG}.json`, ROOT);
const name = [regulation, event, iso].join("_");
"""
    assert len(_hand_written_dates(sample)) == 4


def test_search_still_works_on_the_checker_page(page, site_url):
    """The checker page holds the search worker back while Python boots; searching must still work."""
    page.goto(f"{site_url}checker/?{WORKED}")
    page.click(".md-search__input")  # going for the search box releases the search worker at once
    page.keyboard.type("15 ngay")
    page.wait_for_selector(".md-search-result__item", timeout=20_000)
    # the results of the whole query, not of a half-typed one (see tests/site/test_search.py)
    page.wait_for_function("""() => [...document.querySelectorAll('.md-search-result__link')].some(
        (a) => (new URL(a.href).searchParams.get('h') || '').split(' ').includes('ngay'))""", timeout=20_000)
    hrefs = page.eval_on_selector_all(".md-search-result__link", "links => links.map(a => a.href)")
    assert any("/regulations/380-qd-tw/" in h and "#dieu-5-khoan-2-diem-b" in h for h in hrefs), hrefs


WORKER_SPY = """(() => {
    const Native = window.Worker;
    window.workersStarted = [];
    window.Worker = function (url, options) {
        window.workersStarted.push([new URL(String(url), document.baseURI).href, performance.now()]);
        return new Native(url, options);
    };
})()"""
SEARCH_WORKER_STARTS = """window.workersStarted.filter(([url]) =>
    url === new URL(JSON.parse(document.getElementById('__config').textContent).search, document.baseURI).href)
    .map(([, at]) => at)"""


def test_the_search_worker_starts_once_python_has_answered(page, site_url):
    """The site's search builds its index in a worker (the one Material's config names) that would compete
    with Python's boot: on the checker page it starts only when checker.js says the checker is ready
    ("checker-settled")."""
    page.add_init_script(WORKER_SPY)
    page.goto(f"{site_url}checker/?{WORKED}")
    page.wait_for_load_state("load")
    if not page.evaluate("document.body.dataset.checkerReady"):
        assert page.evaluate(SEARCH_WORKER_STARTS) == []
    wait_for_result(page)
    page.wait_for_function(f"({SEARCH_WORKER_STARTS}).length === 1")
    started = page.evaluate(SEARCH_WORKER_STARTS)[0]
    assert started >= page.evaluate("performance.getEntriesByName('checker-ready')[0].startTime")


# ---------------------------------------------------------------------------- typing a date (issue 9)


def type_date(page, typed: str, commit: bool = True) -> None:
    """Type into the date box key by key, as a reader does; leaving the box (Tab) asks for the answer."""
    box = page.locator("#checker-date")
    box.click()
    box.press("Control+A")
    box.press("Backspace")
    box.press_sequentially(typed, delay=20)
    if commit:
        box.press("Tab")


@pytest.mark.parametrize("locale, lang", [("en-US", "en"), ("en-US", "vi"), ("vi-VN", "vi"), ("vi-VN", "en")])
def test_a_typed_date_is_read_day_first_whatever_the_browser_locale(browser, site_url, locale, lang):
    context = browser.new_context(locale=locale, viewport={"width": 1280, "height": 900})
    try:
        page = open_checker(context, site_url, lang, WORKED)
        expected = {
            "vi": ("Công cụ hiểu là: Thứ Sáu, 20/11/2026", "Thứ Hai, 30/11/2026", "không có trong lịch", "không rõ ràng"),
            "en": ("Read as: Friday, 20 November 2026", "Monday, 30 November 2026", "does not exist", "is ambiguous"),
        }[lang]
        # While typing, Python's reading of the date shows next to the box.
        type_date(page, "20/11/2026", commit=False)
        page.wait_for_function(f"document.getElementById('checker-date-echo').textContent === {json.dumps(expected[0])}")
        assert page.locator(".checker-card time").first.get_attribute("datetime") == "2025-05-06"  # not asked yet
        # Leaving the box gives the answer: 20/11/2026 + 5 working days (24/11 is a holiday) = 30/11/2026.
        before = current_id(page)
        page.locator("#checker-date").press("Tab")
        wait_for_result(page, before)
        first = page.locator(".checker-card").first
        assert first.locator("time").get_attribute("datetime") == "2026-11-30"
        assert expected[1] in first.locator(".checker-due").inner_text()
        # The URL and the language switch carry the ISO date.
        assert parse_qs(urlsplit(page.url).query)["date"] == ["2026-11-20"]
        other = "vi" if lang == "en" else "en"
        for href in page.eval_on_selector_all(f"a[hreflang='{other}']", "nodes => nodes.map(n => n.href)"):
            assert parse_qs(urlsplit(href).query)["date"] == ["2026-11-20"], href
        # The other forms read the same.
        for typed in ("20-11-2026", "20.11.2026", "2026-11-20", "20/11/26"):
            before = current_id(page)
            type_date(page, typed)
            wait_for_result(page, before)
            assert due_dates(page)[0] == "2026-11-30", typed
            assert page.inner_text("#checker-date-echo") == expected[0], typed
        # An impossible date says so, in the page's language, and is not "missing".
        before = current_id(page)
        type_date(page, "31/02/2026")
        wait_for_result(page, before)
        error = page.inner_text("#checker-date-error")
        assert expected[2] in error and "31/02/2026" in error, error
        assert "missing" not in error and "Thiếu" not in error and "(date)" not in error
        assert page.get_attribute("#checker-date", "aria-invalid") == "true"
        assert page.locator(".checker-card").count() == 0
        assert expected[0].split(":")[0] not in page.inner_text("#checker-date-echo")  # no "Read as" for it
        # Digits alone (what the old date box turned into 01/02/2026) are refused as ambiguous.
        before = current_id(page)
        type_date(page, "20112026")
        wait_for_result(page, before)
        assert expected[3] in page.inner_text("#checker-date-error")
        assert page.locator(".checker-card").count() == 0
        assert page.errors == []
    finally:
        context.close()


def test_a_date_from_the_url_is_written_back_day_first(context, site_url):
    page = open_checker(context, site_url, "en", WORKED)
    assert page.input_value("#checker-date") == "25/04/2025"
    assert page.inner_text("#checker-date-echo") == "Read as: Friday, 25 April 2025"
    assert parse_qs(urlsplit(page.url).query)["date"] == ["2025-04-25"]
    page.close()
