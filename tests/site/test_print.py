"""The print view: no navigation, header, footer or search; the provisions and their ids are printed."""

HIDDEN_IN_PRINT = [".md-header", ".md-sidebar--primary", ".md-sidebar--secondary", ".md-footer", ".md-search",
                   ".reg-toc"]


def test_print_view_hides_navigation_and_shows_anchors(page, site_url):
    page.goto(f"{site_url}regulations/380-qd-tw/")
    for selector in HIDDEN_IN_PRINT:
        assert page.locator(selector).first.is_visible(), f"{selector} should be visible on screen"
    page.emulate_media(media="print")
    for selector in HIDDEN_IN_PRINT:
        assert not page.locator(selector).first.is_visible(), f"{selector} is printed"
    provision = page.locator("#dieu-5-khoan-2-diem-b")
    assert provision.is_visible()
    printed_id = page.evaluate(
        "() => getComputedStyle(document.querySelector('#dieu-5-khoan-2-diem-b'), '::after').content")
    assert "dieu-5-khoan-2-diem-b" in printed_id
    heading_id = page.evaluate("() => getComputedStyle(document.querySelector('#dieu-5'), '::after').content")
    assert "dieu-5" in heading_id


def test_print_to_pdf_works(page, site_url, tmp_path):
    page.goto(f"{site_url}en/regulations/lao-cai-vks-xa-phuong/")
    page.emulate_media(media="print")
    pdf = page.pdf(path=str(tmp_path / "regulation.pdf"))
    assert pdf[:4] == b"%PDF" and len(pdf) > 20_000
