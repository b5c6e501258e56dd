"""The site works with no internet: browsing every page makes no request to another host, and every
request to the site itself succeeds."""

from urllib.parse import urlsplit

import pytest

EXTERNAL_MARKERS = ("fonts.googleapis.com", "fonts.gstatic.com", "cdn.jsdelivr.net", "unpkg.com", "cdnjs")


def all_pages(built_site):
    pages = []
    for path in sorted(built_site.rglob("index.html")):
        relative = path.parent.relative_to(built_site).as_posix()
        pages.append("" if relative == "." else relative + "/")
    return pages


def test_no_external_host_in_any_page(built_site):
    offenders = []
    for path in built_site.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        offenders += [(path.relative_to(built_site).as_posix(), m) for m in EXTERNAL_MARKERS if m in text]
    assert not offenders


def test_browsing_every_page_stays_on_the_site(browser, site_url, built_site):
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(site_url))
    pages = all_pages(built_site)
    assert "regulations/380-qd-tw/" in pages and "en/regulations/380-qd-tw/" in pages
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    outside, failed = [], []
    page.on("request", lambda request: outside.append(request.url)
            if not request.url.startswith((origin + "/", "data:", "blob:")) else None)
    page.on("response", lambda response: failed.append((response.status, response.url))
            if response.status >= 400 else None)
    try:
        for path in pages:
            page.goto(site_url + path, wait_until="load")
            # The search worker and its index load on first use: open the search once per language.
            if path in ("", "en/"):
                page.click(".md-search__input")
                page.keyboard.type("a")
                page.wait_for_selector(".md-search-result__meta", timeout=10_000)
    finally:
        context.close()
    assert not outside, outside[:10]
    assert not failed, failed[:10]
