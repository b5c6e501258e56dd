"""What the search index adds to the words of a page (sitegen/search.py), tested without a build."""

from sitegen import search


def test_citation_forms_come_from_the_grammar_in_both_languages():
    forms = search.citation_forms("dieu-8-khoan-2")
    for typed in ("khoan 2 dieu 8", "dieu 8 khoan 2", "d8 k2", "k2 d8", "article 8 clause 2", "article 8(2)", "8(2)"):
        assert typed in forms, forms
    point = search.citation_forms("dieu-5-khoan-2-diem-dd")
    assert "diem d khoan 2 dieu 5" in point and "5(2)(d)" in point
    assert "d5 k2" not in point  # the clause's short form is the clause's, not its points'
    assert "dieu 3" not in search.citation_forms("qd-dieu-3")  # that is the attached regulation's Điều 3
    assert "can cu thu 3" in search.citation_forms("qd-can-cu-3")


def test_the_citation_table_sends_each_typed_citation_to_its_provisions():
    table = search.citation_table(["dieu-8-khoan-2", "dieu-8-khoan-2-diem-a", "dieu-6-khoan-5", "dieu-5-khoan-6"])
    token = search.citation_token("dieu-8-khoan-2")
    assert table["dieu 8 khoan 2"] == table["k2 d8"] == table["article 8 clause 2"] == table["8 2"] == token
    assert table["dieu 6 khoan 5"] != table["dieu 5 khoan 6"]  # a phrase, not a bag of words
    # Material searches every word as a prefix: no token may begin another.
    tokens = [search.citation_token(p) for p in ("dieu-1", "dieu-10", "dieu-8-khoan-2", "dieu-8-khoan-2-diem-a")]
    assert not [a for a in tokens for b in tokens if a != b and b.startswith(a)]


def test_numbers_with_and_without_leading_zeros():
    assert search.number_forms("truoc 05 ngay lam viec") == ["5"]
    assert search.number_forms("6 thang") == ["06"]
    assert search.number_forms("15/12") == []


def test_abbreviations_and_equivalents_both_ways():
    assert "tandtc" in search.abbreviation_forms("Đảng ủy Tòa án nhân dân tối cao")
    assert "tandtc" in search.abbreviation_forms("Đảng ủy Toà án nhân dân tối cao")  # either accent place
    assert "toa an nhan dan toi cao" in search.abbreviation_forms("Đảng ủy TANDTC")
    assert "ubnd" in search.abbreviation_forms("Ủy ban nhân dân xã")
    assert "tandtc" in search.abbreviation_forms("the Supreme People's Court")
    assert "cuoc hop" in search.abbreviation_forms("tổ chức hội nghị, họp liên ngành")
    assert "cuoc hop" not in search.abbreviation_forms("phối hợp")  # "hợp" is not "họp"


def test_the_folded_fields_are_unaccented():
    assert search.folded_field("Thời hạn 05 ngày") == "thoi han 05 ngay 5"
    assert search.folded_field("within 15 days") == ""  # English words are searched as they are
    assert search.pairs("Cử cán bộ phối hợp") == "cu_can can_bo bo_phoi phoi_hop"
