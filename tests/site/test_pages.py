"""What the generated pages say: metadata with explicit unknowns, in-text references linked, rules after
their provision, the deadline table, the JSON copies, dark mode."""

import html
import re

import pytest


def read(built_site, path: str) -> str:
    return (built_site / path / "index.html").read_text(encoding="utf-8")


def text_of(page_html: str) -> str:
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page_html)))


@pytest.mark.parametrize("prefix, unknown", [("", "không rõ — văn bản nguồn không ghi"),
                                             ("en/", "unknown — not shown in the source")])
def test_unknown_metadata_is_said_on_regulation_home_and_list_pages(built_site, site_regulations, prefix, unknown):
    lao_cai = site_regulations["lao-cai-vks-xa-phuong"]["meta"]
    assert lao_cai["number"] == "unknown" and lao_cai["signing_date"] == "unknown"
    card = read(built_site, f"{prefix}regulations/lao-cai-vks-xa-phuong").split('class="meta-card"')[1].split("</table>")[0]
    assert card.count(unknown) >= 2  # number and signing date at least
    home = read(built_site, prefix)
    lao_cai_card = home.split('id="lao-cai-vks-xa-phuong"')[1].split("</table>")[0]
    assert lao_cai_card.count(unknown) >= 2
    listed = read(built_site, f"{prefix}regulations").split('id="lao-cai-vks-xa-phuong"')[1].split("</li>")[0]
    assert listed.count(unknown) >= 2  # the list of all regulations says it too


def test_metadata_card_of_380(built_site):
    card = text_of(read(built_site, "regulations/380-qd-tw").split('class="meta-card"')[1].split("</table>")[0])
    for expected in ("380-QĐ/TW", "Ban Bí thư", "14/11/2025", "Quyết định"):
        assert expected in card


def test_in_text_references_link_to_their_anchor(built_site):
    vi = read(built_site, "regulations/380-qd-tw")
    assert re.search(r'<a class="ref" href="#dieu-3">Điều 3 Quy chế này</a>', vi)
    en = read(built_site, "en/regulations/380-qd-tw")
    assert re.search(r'<a class="ref" href="#dieu-3">Article 3 of this Regulation</a>', en)


def test_rule_is_shown_right_after_the_provision_it_cites(built_site, site_regulations):
    html = read(built_site, "regulations/380-qd-tw")
    rule = next(r for r in site_regulations["380-qd-tw"]["rules"]["rules"]
                if r["timing"]["kind"] == "within" and r["timing"]["count"] == 15)
    provision = html.index(f'id="{rule["cites"][0]}"')
    box = html.index(f'id="{rule["id"]}"')
    between = html[provision:box]
    assert 0 < box - provision and 'class="prov ' not in between[10:]  # nothing but the provision in between
    assert "15" in text_of(html[box:box + 2000])


def test_uncertain_readings_link_to_their_provisions(built_site, site_regulations):
    readings = site_regulations["380-qd-tw"]["uncertain_readings"]
    assert readings
    html = read(built_site, "regulations/380-qd-tw")
    section = html.split('id="sec-uncertain"')[1].split('id="sec-decision"')[0]
    for number, reading in enumerate(readings, 1):
        assert f'id="ocr-{number}"' in section
        assert f'href="#{reading["provision"]}"' in section
    assert 'href="#ocr-1"' in html  # and the provision points back at its reading


def test_legal_bases_are_listed_with_their_provision(built_site, site_regulations):
    html = read(built_site, "en/regulations/380-qd-tw")
    section = html.split('id="sec-legal-bases"')[1].split("</ul>")[0]
    for basis in site_regulations["380-qd-tw"]["meta"]["legal_bases"]:
        assert f'href="#{basis["provision"]}"' in section


def test_deadline_tables_have_every_time_limit_with_citation_and_try_link(built_site, site_regulations):
    """One table per regulation (deadlines/<id>/), the deadlines page listing them with their counts."""
    listing = read(built_site, "deadlines")
    tables = ""
    for reg_id, reg in site_regulations.items():
        html = read(built_site, f"deadlines/{reg_id}")
        table = html.split('class="cards deadlines"')[1].split("</table>")[0]
        timed = [rule for rule in reg["rules"]["rules"] if rule["timing"]["kind"] != "none"]
        assert table.count("<tr>") - 1 == len(timed)
        for rule in timed:
            assert f'regulations/{reg_id}/#{rule["cites"][0]}"' in table
        assert 'id="thoi-han"' in html and 'id="khong-thoi-han"' in html
        assert f'deadlines/{reg_id}/#thoi-han">{len(timed)}</a>' in listing
        assert f'deadlines/{reg_id}/#khong-thoi-han">{len(reg["rules"]["rules"]) - len(timed)}</a>' in listing
        tables += table
    assert 'id="thoi-han"' in listing and 'id="khong-thoi-han"' in listing  # the anchors shared before the split
    assert "checker/?regulation=380-qd-tw&amp;event=personnel-consultation-received&amp;date=" in tables
    assert "flags=complex" in tables or not any(
        f.get("adds_rules") for reg in site_regulations.values() for e in reg["rules"]["events"] for f in e["flags"])


def test_matrix_pages_have_both_regulations(built_site, site_regulations):
    listing = read(built_site, "en/matrix")
    for reg_id, regulation in site_regulations.items():
        html = read(built_site, f"en/matrix/{reg_id}")
        # The anchors of the one-page matrix: on the regulation's own page, and on its row of the list.
        for anchor in (reg_id, f"{reg_id}-matrix", f"{reg_id}-duties"):
            assert f'id="{anchor}"' in html and f'id="{anchor}"' in listing
        assert f'matrix/{reg_id}/"' in listing
        if regulation["rules"]["matrix"]:
            assert "Presides" in html and "Coordinates" in html


def test_glossary_page_lists_every_term(built_site, site_index):
    vi, en = read(built_site, "glossary"), read(built_site, "en/glossary")
    for term in site_index["glossary"]:
        assert term["vi"] in text_of(vi) and term["en"] in text_of(en)


def test_json_copies(built_site, site_index, site_regulations):
    assert {r["id"] for r in site_index["regulations"]} == {"380-qd-tw", "lao-cai-vks-xa-phuong"}
    for reg_id, data in site_regulations.items():
        assert data["meta"]["id"] == reg_id and data["rules"]["rules"]
        for provision in data["provisions"]:
            assert provision["vi"] is not None and provision["en"] is not None
            assert provision["url"]["en"] == f"en/regulations/{reg_id}/#{provision['id']}"
    point = next(p for p in site_regulations["380-qd-tw"]["provisions"] if p["id"] == "dieu-5-khoan-2-diem-b")
    assert point["citation"] == {"vi": "điểm b khoản 2 Điều 5", "en": "Article 5(2)(b)"}


def test_home_links_to_checker_and_every_regulation(built_site, site_regulations):
    html = read(built_site, "")
    assert 'href="regulations/380-qd-tw/"' in html and 'href="regulations/lao-cai-vks-xa-phuong/"' in html
    assert 'href="regulations/"' in html  # the list of all, whatever the number of cards on the home page
    listing = read(built_site, "regulations")
    for reg_id in site_regulations:
        assert f'id="{reg_id}"' in listing and f'href="../regulations/{reg_id}/"' in listing
    if (built_site / "checker" / "index.html").exists():
        assert 'href="checker/"' in html
    if (built_site / "training" / "index.html").exists():
        assert 'href="training/"' in html


def test_citations():
    from sitegen.text import fold
    from sitegen.views import citation as cite

    assert cite("dieu-5-khoan-2-diem-b-gach-2", "vi") == "gạch đầu dòng thứ 2 điểm b khoản 2 Điều 5"
    assert cite("dieu-5-khoan-2-diem-b-gach-2", "en") == "Article 5(2)(b), second indent"
    assert cite("dieu-8-khoan-2-diem-dd", "vi") == "điểm đ khoản 2 Điều 8"
    assert cite("qd-dieu-3", "vi") == "Điều 3 Quyết định" and cite("qd-dieu-3", "en") == "Article 3 of the Decision"
    assert cite("chuong-2", "en") == "Chapter II"
    assert cite("qd-can-cu-2", "vi") == "căn cứ thứ 2 của Quyết định" and cite("noi-nhan", "en") == "recipients"
    assert fold("Phối hợp trong 15 ngày, Đảng ủy") == "phoi hop trong 15 ngay, dang uy"


def test_site_and_checker_share_citations_and_folding(docs_script, site_regulations):
    """One wording of a citation everywhere (pages, JSON, checker answers), one folding for search."""
    from checker.citation import human
    from checker.formats import roman

    for regulation in site_regulations.values():
        for provision in regulation["provisions"]:
            if provision["kind"] != "front":
                assert provision["citation"] == {lang: human(provision["id"])[lang] for lang in ("vi", "en")}
    from sitegen import views
    from sitegen.text import fold

    assert views.citation("chuong-4", "vi") == f"Chương {roman(4)}"
    from sitegen import search

    # The search index folds in sitegen.search (called by the hook), with the one fold.
    search_hook = (docs_script.ROOT / "hooks" / "search_index.py").read_text(encoding="utf-8")
    assert "def fold(" not in search_hook and "from sitegen import search" in search_hook
    assert search.fold is fold
    assert views.fold is fold


def test_dark_mode_toggle(page, site_url):
    page.goto(site_url)
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.click("label.md-header__button[for^='__palette']:visible")
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}


def test_phone_layout_has_no_horizontal_scroll(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        for path in ("", "regulations/", "regulations/380-qd-tw/", "en/deadlines/", "deadlines/380-qd-tw/", "matrix/",
                     "en/matrix/lao-cai-vks-xa-phuong/", "en/glossary/", "training/", "training/380-qd-tw/presenter/",
                     "en/training/380-qd-tw/self-check/", "training/lao-cai-vks-xa-phuong/scenarios/",
                     "en/training/handout-380-qd-tw/", "404.html"):
            page.goto(site_url + path)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 392, (path, width)
    finally:
        context.close()


@pytest.mark.parametrize("text, lang, current, target", [
    ("tại Điều 3 Quy chế này.", "vi", "dieu-6-khoan-1", "dieu-3"),
    ("Như Điều 3,", "vi", "qd-noi-nhan-1", None),  # no "này": could be another document
    ("theo khoản 1 Điều này", "vi", "dieu-8-khoan-2", "dieu-8-khoan-1"),
    ("Điều 3 Quyết định này", "vi", "qd-dieu-1", "qd-dieu-3"),
    ("điểm đ khoản 2 Điều 5 Quy chế này", "vi", "dieu-1", "dieu-5-khoan-2-diem-dd"),
    ("Điều 9 Quy chế này", "vi", "dieu-1", None),  # no such provision: left as text
    ("under Article 3 of this Regulation", "en", "dieu-6", "dieu-3"),
    ("Article 5(2)(b) of this Regulation", "en", "dieu-1", "dieu-5-khoan-2-diem-b"),
    ("clause 1 of this Article", "en", "dieu-8-khoan-3", "dieu-8-khoan-1"),
])
def test_reference_patterns(text, lang, current, target):
    from sitegen.references import segments

    ids = {"dieu-3", "dieu-5-khoan-2", "dieu-5-khoan-2-diem-b", "dieu-5-khoan-2-diem-dd", "qd-dieu-3", "dieu-8-khoan-1"}
    found = segments(text, lang, current, ids)
    assert "".join(seg["text"] for seg in found) == text  # nothing lost or added around the links
    links = [seg["href"][1:] for seg in found if seg["href"]]
    assert links == ([target] if target else [])


def test_theme_labels_are_in_the_page_language(built_site):
    vi, en = read(built_site, "method"), read(built_site, "en/method")
    assert 'title="Chế độ tối"' in vi and 'title="Liên kết tới mục này"' in vi
    assert 'title="Dark mode"' in en and 'title="Link to this section"' in en
    assert "Chế độ" not in en and "Liên kết tới mục này" not in en
    assert "Dark mode" not in vi and "Link to this section" not in vi
