"""The print view (issue 11 §3): the text as a cadre expects it. Headings, articles and clauses, each provision
closed by its citation; no navigation, no rule boxes, no internal ids. The rules print only when asked for, as
a compact appendix. Page counts are recorded in docs/method/index.md."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from checker import ids

HIDDEN_IN_PRINT = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                   ".reg-toc", "aside.rule", "p.print-option"]
ID_IN_TEXT = ids.IN_TEXT
# Pages of A4 the regulations may take (measured: see docs/method/index.md); the source runs to about as many.
MAX_PAGES = {"lao-cai-vks-xa-phuong": 7, "380-qd-tw": 13}


def _pdf(page, rules: bool = False) -> PdfReader:
    if rules:
        page.check("#print-rules")
    page.emulate_media(media="print")
    return PdfReader(BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))


def test_print_view_hides_navigation_and_rules(page, site_url):
    page.goto(f"{site_url}regulations/380-qd-tw/")
    for selector in HIDDEN_IN_PRINT:
        assert page.locator(selector).first.is_visible(), f"{selector} should be visible on screen"
    assert not page.locator(".prov-cite").first.is_visible()
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    assert page.locator("#dieu-5-khoan-2-diem-b").is_visible()
    assert page.locator("#dieu-5-khoan-2-diem-b .prov-cite").inner_text() == "Điểm b khoản 2 Điều 5"
    for selector in ("#dieu-5-khoan-2-diem-b", "#dieu-5"):
        after = page.evaluate(f"() => getComputedStyle(document.querySelector('{selector}'), '::after').content")
        assert "dieu-5" not in after, f"{selector} prints its id: {after}"
    assert not page.locator(".rules-appendix").is_visible()


@pytest.mark.parametrize("reg, lang", [("lao-cai-vks-xa-phuong", "vi"), ("lao-cai-vks-xa-phuong", "en"),
                                       ("380-qd-tw", "vi")])
def test_printed_regulation_has_no_rule_boxes_or_ids(page, site_url, reg, lang):
    page.goto(f"{site_url}{'en/' if lang == 'en' else ''}regulations/{reg}/")
    rule_word = page.locator("aside.rule .rule-badge").first.inner_text()
    reader = _pdf(page)
    text = "\n".join(p.extract_text() for p in reader.pages)
    squeezed = re.sub(r"\s+", "", text)
    assert len(reader.pages) <= MAX_PAGES[reg], f"{reg} prints on {len(reader.pages)} pages"
    assert not [m.group(0) for m in ID_IN_TEXT.finditer(text)] and "[r-" not in squeezed, "internal ids are printed"
    assert re.sub(r"\s+", "", rule_word) not in squeezed, "rule boxes are printed"
    cite = "Khoản1Điều3" if lang == "vi" else "Article3(1)"
    assert "—" + cite in squeezed, "a provision's citation footer is missing"


def test_rules_appendix_prints_when_asked(page, site_url):
    page.goto(f"{site_url}regulations/lao-cai-vks-xa-phuong/")
    rules = page.locator("aside.rule:not(.not-formalised)").count()
    without = len(_pdf(page).pages)
    page.emulate_media(media="screen")
    reader = _pdf(page, rules=True)
    assert page.locator(".rules-appendix-table tbody tr").count() == rules
    assert page.locator(".rules-appendix").is_visible()
    assert len(reader.pages) > without
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    assert re.sub(r"\s+", "", page.locator(".rules-appendix-title").inner_text()) in text
    assert not [m.group(0) for m in ID_IN_TEXT.finditer(text)]
