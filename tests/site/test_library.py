"""What legal libraries give their readers, in Chromium: side by side, source view, copy citation,
previous/next article, Word download. The .docx content itself is checked in test_docx.py."""

from __future__ import annotations

import re

import pytest

from sitegen.text import fold

LAO_CAI = "lao-cai-vks-xa-phuong"
QD380 = "380-qd-tw"


def _provisions(site_regulations, reg_id):
    return site_regulations[reg_id]["provisions"]


# --- side by side -------------------------------------------------------------------------------


def test_side_by_side_is_reached_from_the_page_and_aligns_every_provision(page, site_url, site_regulations):
    page.goto(f"{site_url}regulations/{LAO_CAI}/")
    page.click("nav.reg-views a.reg-view-bilingual")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}regulations/{LAO_CAI}/song-ngu/"
    rows = page.locator("section.bi-row")
    provisions = _provisions(site_regulations, LAO_CAI)
    assert rows.evaluate_all("rows => rows.map(r => r.id)") == [p["id"] for p in provisions]
    row = page.locator("section.bi-row#dieu-8-khoan-2")
    vi, en = row.locator('.bi-cell[lang="vi"]'), row.locator('.bi-cell[lang="en"]')
    expected = next(p for p in provisions if p["id"] == "dieu-8-khoan-2")
    assert " ".join(vi.inner_text().split()) == " ".join(expected["vi"].split())
    assert " ".join(en.inner_text().split()) == " ".join(expected["en"].split())
    # side by side on a wide screen
    vi_box, en_box = vi.bounding_box(), en.bounding_box()
    assert abs(vi_box["y"] - en_box["y"]) < 2 and en_box["x"] > vi_box["x"] + vi_box["width"] - 1
    # and back to the normal page, in the same language
    page.click("nav.reg-views a.reg-view-text")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}regulations/{LAO_CAI}/"


def test_side_by_side_in_english_links_back_to_the_english_page(page, site_url):
    page.goto(f"{site_url}en/regulations/{QD380}/")
    page.click("nav.reg-views a.reg-view-bilingual")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}en/regulations/{QD380}/song-ngu/"
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.locator('section.bi-row#dieu-5-khoan-2-diem-b .bi-cell[lang="vi"]').inner_text().startswith("b)")
    page.click("nav.reg-views a.reg-view-text")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}en/regulations/{QD380}/"


def test_side_by_side_stacks_on_a_phone_and_prints_in_two_columns(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 800}, locale="vi-VN")
    page = context.new_page()
    try:
        page.goto(f"{site_url}regulations/{QD380}/song-ngu/#dieu-4-khoan-1")
        row = page.locator("section.bi-row#dieu-4-khoan-1")
        vi, en = row.locator('.bi-cell[lang="vi"]').bounding_box(), row.locator('.bi-cell[lang="en"]').bounding_box()
        assert en["y"] >= vi["y"] + vi["height"] - 1  # stacked: English under Vietnamese
        assert vi["width"] > 300
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # nothing wider than the phone
        page.emulate_media(media="print")
        page.set_viewport_size({"width": 1000, "height": 800})
        vi, en = row.locator('.bi-cell[lang="vi"]').bounding_box(), row.locator('.bi-cell[lang="en"]').bounding_box()
        assert abs(vi["y"] - en["y"]) < 2
        assert not page.locator("section.bi-row .prov-tools").first.is_visible()  # buttons are not printed
    finally:
        context.close()


# --- source view --------------------------------------------------------------------------------


def _line_text(page, anchor: str) -> str:
    return page.locator(f"div.src-line#{anchor} code.src").inner_text()


def test_source_link_of_a_clean_provision_opens_its_exact_line(page, site_url, site_regulations):
    page.goto(f"{site_url}regulations/{LAO_CAI}/#dieu-8-khoan-2")
    page.locator("#dieu-8-khoan-2 a.source-link").click()
    page.wait_for_load_state("load")
    assert page.url.startswith(f"{site_url}regulations/{LAO_CAI}/nguon/#L")
    anchor = page.url.split("#")[1]
    line = page.locator(f"div.src-line#{anchor}")
    assert line.is_visible()
    text = next(p for p in _provisions(site_regulations, LAO_CAI) if p["id"] == "dieu-8-khoan-2")["vi"]
    words = lambda value: re.findall(r"[a-z0-9]+", fold(value))  # noqa: E731  (the source has Markdown marks)
    assert words(text)[:8] == words(_line_text(page, anchor))[:8]  # the same words: a clean source
    # and back to the provision
    back = line.locator('a.src-prov[data-provision="dieu-8-khoan-2"]')
    assert back.get_attribute("href").endswith(f"regulations/{LAO_CAI}/#dieu-8-khoan-2")


def test_source_view_of_the_ocr_shows_every_uncertain_reading(page, site_url, site_regulations, built_site):
    readings = site_regulations[QD380]["uncertain_readings"]
    assert len(readings) == 51
    page.goto(f"{site_url}regulations/{QD380}/")
    links = page.locator("table.uncertain a.source-link")
    assert links.count() == 51  # every uncertain reading: one click to the OCR line that shows it
    page.goto(f"{site_url}regulations/{QD380}/nguon/")
    raw = (built_site / "data" / f"{QD380}-source.txt").read_text(encoding="utf-8")
    shown = page.locator("div.src-line code.src").all_inner_texts()
    assert shown == raw.splitlines()  # the OCR exactly as it is, line by line
    for number, reading in enumerate(readings, 1):
        mark = page.locator(f'a.src-ocr[href$="#ocr-{number}"]')
        assert mark.count() == 1, reading
        anchor = mark.evaluate("a => a.closest('.src-line').id")
        at = int(anchor[1:])
        assert " ".join(reading["ocr"].split()) in " ".join(" ".join(shown[at - 1:at + 1]).split()), reading


def test_source_link_of_an_ocr_provision_opens_a_line_with_its_words(page, site_url):
    page.goto(f"{site_url}regulations/{QD380}/#dieu-3-khoan-1")
    link = page.locator("#dieu-3-khoan-1 a.source-link")
    assert "OCR" in link.get_attribute("title")
    link.click()
    page.wait_for_load_state("load")
    anchor = page.url.split("#")[1]
    assert page.locator(f"div.src-line#{anchor}").evaluate("e => e.matches(':target')")
    assert page.locator(f'div.src-line#{anchor} a.src-prov[data-provision="dieu-3-khoan-1"]').count() == 1


# --- copy citation ------------------------------------------------------------------------------


EXPECTED_CITATION = ("khoản 2 Điều 8 Quy chế phối hợp giữa Ban Thường vụ Đảng ủy Viện kiểm sát nhân dân tỉnh với Ban "
                     "Thường vụ Đảng ủy xã, phường trong Đảng bộ tỉnh Lào Cai")


def test_copy_citation_with_the_clipboard_api(browser, site_url):
    context = browser.new_context(locale="vi-VN", permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    try:
        page.goto(f"{site_url}regulations/{LAO_CAI}/")
        button = page.locator("#dieu-8-khoan-2 button.copy-cite")
        button.click()
        page.wait_for_selector("#dieu-8-khoan-2 button.copy-cite.copied")
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied == f"{EXPECTED_CITATION}\n{site_url}regulations/{LAO_CAI}/#dieu-8-khoan-2"
    finally:
        context.close()


def test_copy_citation_without_the_clipboard_api_uses_a_hidden_textarea(page, site_url):
    """Plain http: intranet pages have no navigator.clipboard: execCommand("copy") on a textarea does it."""
    page.add_init_script("""
        Object.defineProperty(Navigator.prototype, 'clipboard', {get: () => undefined});
        window.__copied = [];
        const original = document.execCommand.bind(document);
        document.execCommand = (command) => {
          const area = document.activeElement;
          window.__copied.push([command, area && area.tagName, area && area.value]);
          return original(command);
        };
    """)
    page.goto(f"{site_url}en/regulations/{QD380}/")
    page.locator("#dieu-3-khoan-1 button.copy-cite").click()
    page.wait_for_function("window.__copied.length > 0")
    [[command, tag, value]] = page.evaluate("window.__copied")
    assert command == "copy" and tag == "TEXTAREA"
    assert value == f"Article 3(1) of the Regulation attached to Decision 380-QĐ/TW\n{site_url}en/regulations/{QD380}/#dieu-3-khoan-1"
    assert page.locator("textarea").count() == 0  # removed again


def test_every_provision_has_a_cite_button_and_a_source_link(page, site_url, site_regulations):
    for reg_id in (LAO_CAI, QD380):
        page.goto(f"{site_url}regulations/{reg_id}/")
        citations = page.locator("button.copy-cite").evaluate_all("bs => bs.map(b => b.dataset.href.slice(1))")
        ids = [p["id"] for p in _provisions(site_regulations, reg_id)]
        assert sorted(citations) == sorted(ids)
        assert page.locator(".source-unlocated").count() == 0  # every passage was located (see test_sources.py)


# --- previous / next article ------------------------------------------------------------------


def test_previous_and_next_article(page, site_url):
    page.goto(f"{site_url}regulations/{LAO_CAI}/#dieu-8")
    tools = page.locator("h3#dieu-8 + p.prov-tools-line")
    tools.locator("a.next-article").click()
    assert page.url.endswith("#dieu-9")
    page.locator("h3#dieu-9 + p.prov-tools-line a.prev-article").click()
    assert page.url.endswith("#dieu-8")
    assert page.locator("h3#dieu-1 + p.prov-tools-line a.prev-article").count() == 0  # the first has no previous
    assert page.locator("h3#dieu-10 + p.prov-tools-line a.next-article").count() == 0  # the last has no next
    page.goto(f"{site_url}en/regulations/{QD380}/song-ngu/#dieu-2")
    page.locator("section#dieu-2 a.next-article").click()
    assert page.url.endswith("#dieu-3")
    assert page.locator("section#dieu-2 a.next-article").inner_text() == "Article 3 →"


# --- Word download ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang,prefix", [("vi", ""), ("en", "en/")])
def test_word_download_from_the_regulation_page(page, site_url, tmp_path, site_regulations, lang, prefix):
    from docx import Document

    page.goto(f"{site_url}{prefix}regulations/{LAO_CAI}/")
    with page.expect_download() as download:
        page.click(f"nav.reg-views a.reg-view-docx-{lang}")
    path = tmp_path / download.value.suggested_filename
    download.value.save_as(path)
    assert path.name == f"{LAO_CAI}-{lang}.docx"
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    for provision in _provisions(site_regulations, LAO_CAI):  # every provision (test_docx.py: every word)
        assert " ".join(provision[lang].strip().splitlines()[0].split()) in " ".join(text.split()), provision["id"]


def test_index_json_lists_the_word_files_and_the_source(site_index, built_site):
    for entry in site_index["regulations"]:
        for lang in ("vi", "en"):
            assert (built_site / entry["docx"][lang]).stat().st_size > 10_000
        assert (built_site / entry["source"]["file"]).is_file()
        assert entry["checked"] == "2026-11-29"


def test_checked_date_in_the_metadata_card(page, site_url):
    page.goto(f"{site_url}regulations/{QD380}/")
    assert "29/11/2026" in page.locator("table.meta-card").inner_text()
    page.goto(f"{site_url}en/regulations/{QD380}/")
    card = page.locator("table.meta-card").inner_text()
    assert "Last checked against the source" in card and "29 November 2026" in card


def test_site_url_reaches_the_checker_page(tmp_path):
    """mkdocs.yml has no site_url (so no link in .ics files); when it has one, the checker page carries it."""
    from checker.corpus import load_corpus
    from sitegen import build, views

    assert build.configured_site_url() is None
    corpus = load_corpus(build.ROOT / "regulations")
    (tmp_path / "checker.md").write_text("x", encoding="utf-8")
    for site_url, expected in ((None, 'data-site-url=""'), ("http://intranet/quy-che/", 'data-site-url="http://intranet/quy-che/"')):
        ctx = views.Context(corpus, tmp_path, build.ROOT / "regulations", site_url)
        assert expected in views.block("checker-form", ctx, "vi", "checker/")


def test_checker_page_has_no_site_url(built_site):
    assert 'data-site-url=""' in (built_site / "checker" / "index.html").read_text(encoding="utf-8")


def test_switching_between_text_and_side_by_side_keeps_the_provision(page, site_url):
    page.goto(f"{site_url}regulations/{LAO_CAI}/#dieu-8-khoan-2")
    page.click("nav.reg-views a.reg-view-bilingual")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}regulations/{LAO_CAI}/song-ngu/#dieu-8-khoan-2"
    assert page.locator("section.bi-row#dieu-8-khoan-2").evaluate("e => e.matches(':target')")
    page.click("nav.reg-views a.reg-view-text")
    page.wait_for_load_state("load")
    assert page.url == f"{site_url}regulations/{LAO_CAI}/#dieu-8-khoan-2"
