"""The language selector keeps the page and the provision (#anchor) in both directions."""

ANCHOR = "dieu-5-khoan-2-diem-b"


def switch_language(page, lang: str) -> None:
    page.click(".md-header .md-select button")
    page.click(f'.md-header a.md-select__link[hreflang="{lang}"]')
    page.wait_for_load_state("load")


def test_vietnamese_to_english_keeps_page_and_anchor(page, site_url):
    page.goto(f"{site_url}regulations/380-qd-tw/#{ANCHOR}")
    assert page.locator("html").get_attribute("lang") == "vi"
    switch_language(page, "en")
    assert page.url == f"{site_url}en/regulations/380-qd-tw/#{ANCHOR}"
    assert page.locator("html").get_attribute("lang") == "en"
    provision = page.locator(f"#{ANCHOR}")
    assert provision.count() == 1
    assert provision.inner_text().startswith("b)")
    assert provision.is_visible()


def test_english_to_vietnamese_keeps_page_and_anchor(page, site_url):
    page.goto(f"{site_url}en/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2")
    switch_language(page, "vi")
    assert page.url == f"{site_url}regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2"
    assert page.locator("html").get_attribute("lang") == "vi"


def test_switch_without_anchor_stays_on_the_page(page, site_url):
    page.goto(f"{site_url}deadlines/")
    switch_language(page, "en")
    assert page.url == f"{site_url}en/deadlines/"
