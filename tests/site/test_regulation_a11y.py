"""Regulation pages (issue 11 §2): the table of contents follows a jump, the "[?]" target row is marked,
no internal provision id in visible text, nothing wider than a 360px phone."""

from __future__ import annotations


import pytest

from checker import ids

REGULATIONS = ["regulations/lao-cai-vks-xa-phuong/", "regulations/380-qd-tw/",
               "en/regulations/lao-cai-vks-xa-phuong/", "en/regulations/380-qd-tw/"]
ACTIVE_TOC = ("() => { const a = document.querySelector('.md-sidebar--secondary .md-nav__link--active');"
              " return a && a.getAttribute('href'); }")


@pytest.mark.parametrize("path, anchor", [("regulations/lao-cai-vks-xa-phuong/", "dieu-8"),
                                          ("en/regulations/380-qd-tw/", "dieu-5")])
def test_table_of_contents_follows_a_jump(page, site_url, path, anchor):
    page.goto(f"{site_url}{path}#{anchor}")
    page.wait_for_function("() => !!document.querySelector('.md-sidebar--secondary .md-nav__link--active')")
    page.wait_for_timeout(300)
    assert page.evaluate(ACTIVE_TOC) == f"#{anchor}"
    # The in-page contents: a click on an article highlights that article, not the one before.
    page.goto(f"{site_url}{path}")
    page.click("details.reg-toc summary")
    page.click("details.reg-toc a[href='#dieu-7']")
    page.wait_for_function("() => location.hash === '#dieu-7'")
    page.wait_for_timeout(300)
    assert page.evaluate(ACTIVE_TOC) == "#dieu-7"
    top = page.evaluate("() => document.getElementById('dieu-7').getBoundingClientRect().top")
    header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().height")
    assert 0 < top <= header, "the article is hidden under the header or far below it"


def test_uncertain_reading_row_is_marked_when_jumped_to(page, site_url):
    page.goto(f"{site_url}regulations/380-qd-tw/")
    mark = page.locator("a.ocr-mark").nth(2)
    target = mark.get_attribute("href")
    background = "(id) => getComputedStyle(document.getElementById(id).cells[1]).backgroundColor"
    before = page.evaluate(background, target[1:])
    mark.click()
    page.wait_for_function(f"() => location.hash === {target!r}")
    after = page.evaluate(background, target[1:])
    other = page.evaluate("() => getComputedStyle(document.querySelector('table.uncertain tbody tr:not(:target)')"
                          ".cells[1]).backgroundColor")
    assert after != before and after != other, (before, after, other)
    assert page.locator(f"tr{target}").is_visible()


# Every text node not inside <code> (the rule's id, the scan's characters) and not in a hidden element.
VISIBLE_TEXT = """() => {
  document.querySelectorAll('details').forEach(d => d.open = true);
  const walker = document.createTreeWalker(document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || el.closest('code, script, style') || !el.getClientRects().length) continue;
    out.push(n.textContent);
  }
  return out.join(' ');
}"""
ID_IN_TEXT = ids.IN_TEXT


@pytest.mark.parametrize("path", REGULATIONS)
def test_no_provision_id_in_visible_text(page, site_url, path):
    page.goto(f"{site_url}{path}")
    text = page.evaluate(VISIBLE_TEXT)
    assert len(text) > 20_000
    found = sorted(set(m.group(0) for m in ID_IN_TEXT.finditer(text)))
    assert not found, f"provision ids in visible text: {found}"


def test_notes_cite_provisions_in_words(page, site_url):
    """The notes that named ids now say the citation (the corpus wrote "qd-can-cu-4")."""
    page.goto(f"{site_url}regulations/380-qd-tw/")
    notes = page.locator("table.uncertain").inner_text()
    assert "căn cứ thứ 4 của Quyết định" in notes
    assert "gạch đầu dòng thứ 8 điểm a khoản 1 Điều 5" in notes
    page.goto(f"{site_url}en/regulations/380-qd-tw/")
    assert "Article 5(1)(a), eighth indent" in page.locator("table.uncertain").inner_text()


@pytest.mark.parametrize("path", REGULATIONS[:2] + ["en/regulations/380-qd-tw/", "regulations/", "training/",
                                                   "training/380-qd-tw/", "deadlines/", "deadlines/380-qd-tw/",
                                                   "matrix/", "matrix/380-qd-tw/"])
def test_nothing_overflows_a_phone(browser, site_url, path):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                                  locale="vi-VN")
    tab = context.new_page()
    try:
        tab.goto(f"{site_url}{path}")
        tab.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        result = tab.evaluate("""() => {
          const inner = document.querySelector('.md-content__inner').getBoundingClientRect();
          const out = [];
          for (const el of document.querySelectorAll('.md-content__inner *')) {
            const r = el.getBoundingClientRect();
            if (!r.width || el.closest('.md-typeset__scrollwrap, pre, .tr-timeline')) continue;
            if (r.left < inner.left - 0.5 || r.right > inner.right + 0.5)
              out.push(el.tagName + '.' + el.className + ' ' + Math.round(r.left) + '..' + Math.round(r.right));
          }
          return {page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth,
                  out: out.slice(0, 8)};
        }""")
    finally:
        context.close()
    assert result["page"] <= result["view"], result
    assert not result["out"], f"past the content edge at 360px: {result['out']}"
