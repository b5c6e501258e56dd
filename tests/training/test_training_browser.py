"""The training section in a real browser (Debian's Chromium): the self-check reveals the answer computed at
build time with its citation, without Pyodide and without storing anything; the presenter moves with the
arrow keys; the worked scenarios open the checker with their inputs."""

from __future__ import annotations

from urllib.parse import parse_qs, urljoin, urlsplit

import pytest


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_self_check_reveals_the_right_answer_with_its_citation(page, site_url, training_site, items, lang):
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    prefix = "" if lang == "vi" else "en/"
    page.goto(f"{site_url}{prefix}training/lao-cai-vks-xa-phuong/self-check/")
    item = next(i for i in items if i["id"] == "lc-friday-before-worked-saturday")
    question = page.locator(f"#q-{item['id']}")
    reveal = question.locator("[data-tr-reveal]")
    assert not reveal.evaluate("el => el.open")
    storage = "() => [Object.keys(localStorage), Object.keys(sessionStorage)]"
    stored_before = page.evaluate(storage)  # the theme's own keys (palette, ...), not ours

    wrong = question.locator('[data-tr-option][data-correct="false"]').first
    wrong.click()

    right = question.locator('[data-tr-option][data-correct="true"]')
    assert "tr-correct" in right.get_attribute("class")
    assert "tr-wrong" in wrong.get_attribute("class")
    assert right.get_attribute("data-value") == "2025-05-06"
    assert question.locator("[data-tr-verdict]").is_visible()
    assert reveal.evaluate("el => el.open")
    answer = question.locator("[data-tr-right]").inner_text()
    assert ("06/05/2025" if lang == "vi" else "6 May 2025") in answer
    assert question.locator("[data-tr-why]").first.is_visible()  # why the wrong date is wrong
    assert question.locator('[data-tr-option]:not([disabled])').count() == 0

    citation = reveal.locator(".tr-cites a").first
    assert citation.is_visible()
    href = urljoin(page.url, citation.get_attribute("href"))
    assert href == f"{site_url}{prefix}regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2"
    score = page.locator("[data-tr-score]").inner_text()
    assert "0" in score and "1" in score

    # No server, no Pyodide, nothing kept: the reveal is plain HTML shown by a small script.
    assert not [u for u in requests if "/pyodide/" in u or "/wheels/" in u or not u.startswith(site_url)]
    assert page.evaluate(storage) == stored_before

    citation.click()
    page.wait_for_load_state()
    assert page.locator("#dieu-8-khoan-2").count() == 1


def test_presenter_moves_with_the_arrow_keys(page, site_url, training_site, items):
    own = [item for item in items if item["regulation"] == "380-qd-tw"]  # one presenter per regulation
    page.goto(f"{site_url}training/380-qd-tw/presenter/")
    slides = page.locator("[data-tr-slide]")
    assert slides.count() == len(own)
    first, second = own[0]["id"], own[1]["id"]
    assert page.locator(f"[data-tr-slide][id='{first}']").is_visible()
    answer = page.locator(f"[id='{first}'] .tr-slide__answer")
    assert answer.evaluate("el => getComputedStyle(el).visibility") == "hidden"
    page.keyboard.press("ArrowRight")  # first press: the answer of this scenario
    assert answer.evaluate("el => getComputedStyle(el).visibility") == "visible"
    assert page.locator(f"[id='{first}'] .tr-timeline").is_visible()
    page.keyboard.press("ArrowRight")  # second press: the next scenario
    assert page.locator(f"[data-tr-slide][id='{second}']").is_visible()
    assert not page.locator(f"[data-tr-slide][id='{first}']").is_visible()
    assert page.url.endswith(f"#{second}")
    page.keyboard.press("ArrowLeft")
    assert page.locator(f"[data-tr-slide][id='{first}']").is_visible()
    assert page.locator("[data-tr-counter]").inner_text().startswith("1 /")


def test_worked_scenarios_open_the_checker_with_their_inputs(page, site_url, training_site, items):
    for item in items:
        if not page.url.endswith(f"/en/training/{item['regulation']}/scenarios/"):
            page.goto(f"{site_url}en/training/{item['regulation']}/scenarios/")
        link = page.locator(f'[data-tr-scenario="{item["id"]}"] [data-tr-open-checker]')
        url = urlsplit(urljoin(page.url, link.get_attribute("href")))
        assert url.path == "/en/checker/"
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        inputs = item["inputs"]
        assert query["regulation"] == inputs["regulation"] and query["event"] == inputs["event"]
        assert query["date"] == inputs["date"] and query["mode"] == inputs["mode"]
        assert query.get("flags", "") == ",".join(inputs["flags"])
        shown = page.locator(f'[data-tr-scenario="{item["id"]}"] [data-tr-answer]').inner_text()
        assert shown and shown.strip() != ""


CONTRAST = """el => {
  const rgb = c => c.match(/[\\d.]+/g).slice(0, 3).map(Number).map(v => v / 255)
    .map(v => v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  const lum = c => { const [r, g, b] = rgb(c); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let node = el, background = 'rgba(0, 0, 0, 0)';
  while (node && /rgba\\(.*, 0\\)$/.test(background)) { background = getComputedStyle(node).backgroundColor; node = node.parentElement; }
  const [a, b] = [lum(getComputedStyle(el).color), lum(background)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_answers_stay_readable_in_both_colour_schemes(browser, site_url, training_site, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(f"{site_url}training/lao-cai-vks-xa-phuong/scenarios/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
        for selector in (".tr-answer-box .tr-answer-date", ".tr-day--due .tr-day__date", ".tr-day--counted .tr-day__date"):
            ratio = page.locator(selector).first.evaluate(CONTRAST)
            assert ratio >= 4.5, (scheme, selector, ratio)
    finally:
        context.close()
