"""Real-world quirks, one small fixture each (all fixtures are written here, not copied from documents)."""

import unicodedata

from importer.folder import report
from importer.lines import classify
from importer_helpers import blocks, run

ARTICLE = "Điều 1. Phạm vi\n"


def test_article_heading_with_colon_or_without_full_stop():
    got = blocks("Điều 1: Phạm vi\n\nĐiều 2 Đối tượng\n\nĐIỀU 3. Hiệu lực")
    assert list(got) == ["dieu-1", "dieu-2", "dieu-3"]
    assert got["dieu-1"] == "Điều 1: Phạm vi"


def test_roman_and_arabic_chapter_numbers_and_title_on_the_same_line():
    got = blocks("Chương IV\nTỔ CHỨC\n\nĐiều 1. A\n\nCHƯƠNG 5: HIỆU LỰC\n\nĐiều 2. B\n\nChương IX TỔ CHỨC THỰC HIỆN\n\nĐiều 3. C")
    assert got["chuong-4"] == "Chương IV\nTỔ CHỨC"
    assert got["chuong-5"] == "CHƯƠNG 5:\nHIỆU LỰC"
    assert got["chuong-9"] == "Chương IX\nTỔ CHỨC THỰC HIỆN"


def test_malformed_roman_numeral_is_reported_not_dropped():
    imp = run(ARTICLE + "\nChương IIX\n\nĐiều 2. B")[0]
    assert [p.key for p in imp.problems] == ["import.problem.heading_like"]
    assert "Chương IIX" in imp.blocks[0].text


def test_clauses_with_full_stop_or_parenthesis_and_points_with_parenthesis_or_full_stop():
    got = blocks(ARTICLE + "1) Khoản một.\n2. Khoản hai:\na. Điểm a.\nb) Điểm b.\nđ) Điểm đ.")
    assert list(got) == ["dieu-1", "dieu-1-khoan-1", "dieu-1-khoan-2", "dieu-1-khoan-2-diem-a",
                         "dieu-1-khoan-2-diem-b", "dieu-1-khoan-2-diem-dd"]
    assert got["dieu-1-khoan-2-diem-dd"] == "đ) Điểm đ."


def test_dash_and_plus_bullets():
    got = blocks(ARTICLE + "1. Khoản:\n- Gạch một;\n+ Ý phụ;\n- Gạch hai.\n\nĐiều 2. B\n+ Gạch cộng một;\n+ Gạch cộng hai.")
    assert got["dieu-1-khoan-1-gach-1"] == "- Gạch một;\n\n+ Ý phụ;"  # one indent level in the grammar
    assert got["dieu-1-khoan-1-gach-2"] == "- Gạch hai."
    assert got["dieu-2-gach-2"] == "+ Gạch cộng hai."


def test_headings_split_over_two_lines():
    got = blocks("Chương II\nNỘI DUNG, TRÁCH NHIỆM\nVÀ PHƯƠNG PHÁP\n\nĐiều 5. Trách nhiệm của Ban Thường vụ\n"
                 "đảng ủy các xã\nNội dung của điều.")
    assert got["chuong-2"] == "Chương II\nNỘI DUNG, TRÁCH NHIỆM VÀ PHƯƠNG PHÁP"
    assert got["dieu-5"] == "Điều 5. Trách nhiệm của Ban Thường vụ đảng ủy các xã\n\nNội dung của điều."


def test_article_number_alone_with_its_title_on_the_next_line():
    got = blocks("Điều 1.\nPhạm vi điều chỉnh\nQuy chế này quy định việc phối hợp.")
    assert got == {"dieu-1": "Điều 1. Phạm vi điều chỉnh\n\nQuy chế này quy định việc phối hợp."}


def test_legal_bases_without_bullets_or_title():
    got = blocks("Căn cứ Điều lệ Đảng;\nCăn cứ Quy định số 01-QĐ/TU;\n\nĐiều 1. A")
    assert list(got) == ["can-cu-1", "can-cu-2", "dieu-1"]


def test_hard_wrapped_lines_and_hyphenation_are_joined():
    got = blocks(ARTICLE + "1. Các bên phối hợp với các cơ quan\nliên quan trong việc thực hi-\nện nhiệm vụ.")
    assert got["dieu-1-khoan-1"] == "1. Các bên phối hợp với các cơ quan liên quan trong việc thực hiện nhiệm vụ."
    got = blocks(ARTICLE + "1. Phát triển kinh tế -\nxã hội.")
    assert got["dieu-1-khoan-1"] == "1. Phát triển kinh tế - xã hội."  # a spaced dash is not a hyphen


def test_sentence_broken_by_a_page_is_joined_and_noted():
    imp = run(ARTICLE + "1. Thông tin đến Đảng ủy, Ủy ban nhân dân xã,\n\n2\n\nphường biết.")[0]
    assert {b.id: b.text for b in imp.blocks}["dieu-1-khoan-1"] == \
        "1. Thông tin đến Đảng ủy, Ủy ban nhân dân xã, phường biết."
    assert [n.key for n in imp.notes] == ["import.note.page", "import.note.joined"]


def test_page_numbers_and_repeated_page_headers_are_dropped_and_noted():
    imp = run(ARTICLE + "1. A.\n\nTrang 2/5\n\nVANBAN.DOC 2\n\n- 3 -\n\nVANBAN.DOC 3\n\n2. B.")[0]
    assert [b.id for b in imp.blocks] == ["dieu-1", "dieu-1-khoan-1", "dieu-1-khoan-2"]
    assert "VANBAN" not in "".join(b.text for b in imp.blocks)
    assert sorted(n.key for n in imp.notes) == ["import.note.header", "import.note.header",
                                                "import.note.page", "import.note.page"]


def test_nfd_input_becomes_nfc_and_parses():
    nfd = unicodedata.normalize("NFD", "Điều 1. Phạm vi điều chỉnh\n1. Quy chế này.")
    assert nfd != unicodedata.normalize("NFC", nfd)
    imp = run(nfd)[0]
    assert [b.id for b in imp.blocks] == ["dieu-1", "dieu-1-khoan-1"]
    assert imp.blocks[0].text == "Điều 1. Phạm vi điều chỉnh"
    assert any(n.key == "import.note.nfc" for n in imp.notes)


def test_smart_quotes_are_kept_and_do_not_hide_headings():
    got = blocks("Điều 1. Giải thích “phối hợp”\n‘Phối hợp’ là cùng làm.")
    assert got["dieu-1"] == "Điều 1. Giải thích “phối hợp”\n\n‘Phối hợp’ là cùng làm."


def test_markdown_marks_and_rules_are_removed():
    got = blocks("**QUY CHẾ**\n\n**phối hợp thử**\n\n-----\n\n## **Điều 1. Phạm vi**\n\n### **1. Khoản**")
    assert got == {"tieu-de": "QUY CHẾ\nphối hợp thử", "dieu-1": "Điều 1. Phạm vi", "dieu-1-khoan-1": "1. Khoản"}


def test_two_column_header_as_one_line_and_metadata():
    text = ("TỈNH ỦY ĐẮK LẮK\t\tĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố: 01/QCPH-TU      Đắk Lắk, ngày 27 tháng 10 năm 2017\n\n"
            "QUY CHẾ\nphối hợp thử nghiệm\n\n- Căn cứ Điều lệ Đảng;\n\nĐiều 1. A\n\nNơi nhận:\n- Lưu.\n\n"
            "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A")
    imp, meta, found, _ = run(text)
    assert meta["number"] == "01/QCPH-TU"
    assert meta["place"]["vi"] == "Đắk Lắk" and meta["signing_date"] == "2017-10-27"
    assert meta["issuing_body"]["vi"] == "TỈNH ỦY ĐẮK LẮK"
    assert meta["title"]["vi"] == "Quy chế phối hợp thử nghiệm"
    assert meta["signer"]["vi"] == "Nguyễn Văn A, PHÓ BÍ THƯ (TM. BAN THƯỜNG VỤ)"
    assert meta["legal_bases"] == [{"vi": "Điều lệ Đảng", "en": "(untranslated)", "provision": "can-cu-1"}]
    assert {b.id: b.text for b in imp.blocks}["chu-ky"] == "TM. BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn A"
    assert [n.key for n in imp.notes][:2] == ["import.note.columns", "import.note.ornament"]


def test_two_column_closing_copied_as_text_is_read_column_by_column():
    text = (ARTICLE + "1. Nội dung.\n\n"
            "Nơi nhận:                              T/M BAN THƯỜNG VỤ\n"
            "- Như Điều 1,                          PHÓ BÍ THƯ\n"
            "- Các đảng ủy trực thuộc,\n"
            "- Lưu Văn phòng.                       Trần Thị C\n")
    imp, meta, _, _ = run(text)
    got = {b.id: b.text for b in imp.blocks}
    assert list(got)[2:] == ["noi-nhan", "noi-nhan-1", "noi-nhan-2", "noi-nhan-3", "chu-ky"]
    assert got["noi-nhan-2"] == "- Các đảng ủy trực thuộc,"
    assert got["chu-ky"] == "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nTrần Thị C"
    assert meta["signer"]["vi"] == "Trần Thị C, PHÓ BÍ THƯ (T/M BAN THƯỜNG VỤ)"


def test_number_without_colon_and_date_on_the_same_line():
    _, meta, _, _ = run("Số 380-QĐ/TW Hà Nội, ngày 14 tháng 11 năm 2025\n\nQUYẾT ĐỊNH\nvề việc thử\n\nĐiều 1. A")
    assert (meta["number"], meta["place"]["vi"], meta["signing_date"]) == ("380-QĐ/TW", "Hà Nội", "2025-11-14")


def test_what_is_absent_is_unknown_never_guessed():
    _, meta, found, _ = run("Điều 1. Phạm vi\n1. Nội dung.")
    assert meta["number"] == meta["signer"] == meta["place"] == meta["signing_date"] == "unknown"
    assert meta["legal_bases"] == []
    assert "number" in meta["unknown_notes"]["vi"] and "number" in meta["unknown_notes"]["en"]
    assert found == {}


def test_impossible_date_is_unknown():
    _, meta, _, _ = run("Hà Nội, ngày 30 tháng 2 năm 2025\n\nQUY CHẾ\nthử\n\nĐiều 1. A")
    assert meta["signing_date"] == "unknown"


def test_decision_with_attached_regulation_gets_the_qd_prefix():
    text = ("QUYẾT ĐỊNH\nban hành Quy chế thử\n\n- Căn cứ Điều lệ Đảng;\n\nBAN BÍ THƯ QUYẾT ĐỊNH\n\n"
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế thử.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n\n"
            "Nơi nhận:\n- Như Điều 2,\n\nQUY CHẾ\nthử\n(Kèm theo Quyết định số 1-QĐ/TW)\n\nChương I\nCHUNG\n\n"
            "Điều 1. Phạm vi\n1. A.")
    imp, meta, _, _ = run(text)
    assert [b.id for b in imp.blocks] == [
        "qd-tieu-de", "qd-can-cu-1", "qd-ban-hanh", "qd-dieu-1", "qd-dieu-2", "qd-noi-nhan", "qd-noi-nhan-1",
        "tieu-de", "chuong-1", "dieu-1", "dieu-1-khoan-1"]
    assert meta["issuing_body"]["vi"] == "BAN BÍ THƯ"
    assert meta["effect_provision"] == "qd-dieu-2"
    assert meta["legal_bases"][0]["provision"] == "qd-can-cu-1"


def test_headings_that_cannot_be_placed_are_reported_and_kept():
    text = ("1. Khoản trước mọi điều.\n\nĐiều 1. A\na) Điểm không có khoản.\nMục 1. Mục\nĐiều 1O. Số đọc sai\n"
            "Điều 1. Lặp lại\n\nĐiều 2. B")
    imp, meta, found, rules = run(text)
    assert [(p.lineno, p.key) for p in imp.problems] == [
        (1, "import.problem.no_parent"), (4, "import.problem.no_parent"), (5, "import.problem.section_like"),
        (6, "import.problem.heading_like"), (7, "import.problem.duplicate")]
    every_word = " ".join(b.text for b in imp.blocks)
    for line in ("Khoản trước mọi điều.", "Điểm không có khoản.", "Mục 1. Mục", "Điều 1O. Số đọc sai", "Điều 1. Lặp lại"):
        assert line in every_word
    written = report(imp, meta, found, rules, "fixture.txt")
    for lineno in (1, 4, 5, 6, 7):
        assert f"fixture.txt:{lineno}: " in written


def test_the_line_grammar_classifies_markers():
    kinds = {text: classify(text).kind for text in (
        "Điều lệ Đảng quy định", "Điều 12. A", "12) a", "đ. b", "Trang 3", "T/M BAN THƯỜNG VỤ", "BAN BÍ THƯ QUYẾT ĐỊNH",
        "Độc lập - Tự do - Hạnh phúc", "2025 là năm")}
    assert kinds == {"Điều lệ Đảng quy định": "text", "Điều 12. A": "dieu", "12) a": "khoan", "đ. b": "diem",
                     "Trang 3": "page", "T/M BAN THƯỜNG VỤ": "signature", "BAN BÍ THƯ QUYẾT ĐỊNH": "enact",
                     "Độc lập - Tự do - Hạnh phúc": "motto", "2025 là năm": "text"}


def test_titles_are_not_proposed_as_duties():
    rules = run("Chương I\nPHỐI HỢP\n\nĐiều 1. Phương pháp phối hợp\n1. Trách nhiệm chủ trì\na) Bên A chủ trì.")[3]["rules"]
    assert [r["cites"] for r in rules] == [["dieu-1-khoan-1-diem-a"]]


def test_draft_rules_propose_time_expressions_with_citations():
    text = (ARTICLE + "1. Bên được yêu cầu trả lời trong thời hạn 05 ngày làm việc kể từ khi nhận được văn bản.\n"
            "2. Gửi tài liệu trước 03 ngày.\n3. Báo cáo hằng năm trước ngày 15/12.\n4. Định kỳ hằng quý họp.\n"
            "5. Chậm nhất 10 ngày sau cuộc họp, gửi kết luận.\n6. Ban Nội chính chủ trì, phối hợp kịp thời.\n"
            "7. Quy chế này áp dụng cho các bên.")
    rules = run(text)[3]["rules"]
    found = [(r["cites"], r["timing"]["kind"], r["timing"].get("count"), r["timing"].get("unit")) for r in rules]
    assert found == [
        (["dieu-1-khoan-1"], "within", 5, "working_days"),
        (["dieu-1-khoan-2"], "before", 3, "calendar_days"),
        (["dieu-1-khoan-3"], "periodic", None, None),
        (["dieu-1-khoan-3"], "annual_before", None, None),
        (["dieu-1-khoan-4"], "periodic", None, None),
        (["dieu-1-khoan-5"], "within", 10, "calendar_days"),
        (["dieu-1-khoan-6"], "none", None, None),
    ]
    assert rules[0]["timing"]["from"] == "receipt" and rules[5]["timing"]["from"] == "unknown"
    assert rules[3]["timing"] == {"kind": "annual_before", "day": 15, "month": 12}
    assert all(r["review"] == "draft" and r["action"]["en"] == "(untranslated)" for r in rules)
