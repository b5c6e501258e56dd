"""Issue 11 §3: the trainees' worksheet (questions only) and the presenter view keeping the question in view."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader

from sitegen.training import answer_text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_worksheet_has_every_question_and_no_answer(page, site_url, training_site, items, lang):
    prefix = "en/" if lang == "en" else ""
    page.goto(f"{site_url}{prefix}training/")  # the kit lists the regulations; each has its own worksheet
    page.locator(".md-content a[href*='training/380-qd-tw/']").first.click()
    page.wait_for_url(re.compile(r"/training/380-qd-tw/$"))
    page.locator(".md-content a[href*='worksheet']").first.click()
    page.wait_for_url(re.compile(r"/training/380-qd-tw/worksheet/"))
    items = [item for item in items if item["regulation"] == "380-qd-tw"]
    sections = page.locator("section.tr-worksheet__item")
    assert sections.count() == len(items)
    text = page.locator(".md-content").inner_text()
    for item in items:
        assert item["question"][lang] in text and item["story"][lang] in text
        answer = answer_text(item, lang)
        if any(c.isdigit() for c in answer):  # a due date (a party's name is in the stories themselves)
            assert answer not in text, f"the worksheet gives away {item['id']}"
    assert page.locator(".tr-answer-box, .tr-timeline, .tr-slide__answer").count() == 0
    assert page.locator(".tr-write--box").count() == len(items)
    page.emulate_media(media="print")
    reader = PdfReader(BytesIO(page.pdf(format="A4", prefer_css_page_size=True)))
    printed = re.sub(r"\s+", "", "".join(p.extract_text() for p in reader.pages))
    assert re.sub(r"\s+", "", items[0]["question"][lang]) in printed


@pytest.mark.parametrize("size", [(1024, 600), (1280, 720)])
def test_presenter_reveal_keeps_the_question_in_view(browser, site_url, training_site, items, size):
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    page = context.new_page()
    try:
        checked = 0
        for item in items:
            if item["regulation"] not in page.url:  # one presenter per regulation
                page.goto(f"{site_url}training/{item['regulation']}/presenter/")
            slide = page.locator("section.tr-slide:not([hidden])")
            page.keyboard.press("a")
            page.wait_for_function("() => !!document.querySelector('section.tr-slide.tr-show-answer:not([hidden])')")
            box = page.evaluate("""() => {
              const q = document.querySelector('section.tr-slide:not([hidden]) .tr-slide__question').getBoundingClientRect();
              const bar = document.querySelector('.tr-toolbar').getBoundingClientRect();
              return {top: q.top, bottom: q.bottom, bar: bar.bottom, height: innerHeight, y: scrollY};
            }""")
            assert box["top"] >= box["bar"] - 1 and box["bottom"] <= box["height"], (slide.get_attribute("id"), box)
            checked += box["y"] > 0
            page.keyboard.press("ArrowRight")
        assert checked, "no slide needed scrolling: the test would not see a regression"
    finally:
        context.close()
