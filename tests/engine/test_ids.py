"""The provision-id grammar (checker.ids): parsed both ways, kind, parent, anchor and citation wording."""

from pathlib import Path

import pytest

from checker import ids
from checker.corpus import load_corpus
from checker.ids import InvalidId, ProvisionId

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("pid, kind, parent", [
    ("chuong-2", "chuong", None), ("dieu-5", "dieu", None), ("dieu-5-khoan-2", "khoan", "dieu-5"),
    ("dieu-5-khoan-2-diem-b", "diem", "dieu-5-khoan-2"), ("dieu-5-khoan-2-diem-dd", "diem", "dieu-5-khoan-2"),
    ("dieu-5-khoan-2-diem-b-gach-2", "gach", "dieu-5-khoan-2-diem-b"), ("dieu-1-gach-1", "gach", "dieu-1"),
    ("dieu-1-khoan-3-gach-1", "gach", "dieu-1-khoan-3"), ("qd-dieu-3", "front", None), ("tieu-de", "front", None),
    ("can-cu", "front", None), ("qd-can-cu-8", "front", None), ("noi-nhan-2", "front", None),
    ("chu-ky", "front", None), ("qd-ban-hanh", "front", None),
])
def test_kind_and_parent_come_from_the_id(pid, kind, parent):
    assert ids.kind_and_parent(pid) == (kind, parent)
    assert str(ProvisionId.parse(pid)) == pid  # the grammar both ways
    assert ProvisionId.parse(pid).anchor == pid


@pytest.mark.parametrize("pid", [
    "dieu-0", "dieu-05", "Dieu-5", "dieu5", "dieu-5-diem-a", "dieu-5-khoan-2-diem-ab", "dieu-5-khoan-2-diem-1",
    "chuong-1-dieu-1", "khoan-1", "dieu-5-khoan-2-gach-1-gach-2", "qd-chuong-1", "can-cu-0", "dieu-5 khoan-2", "",
    "tieu-de-2", "chu-ky-1", "ban-hanh-3", "qd-dieu-3-khoan-1", "qd-dieu-3-gach-1", " dieu-5", "dieu-5\n", None, 5,
])
def test_rejects_what_is_not_an_id(pid):
    assert not ids.is_valid(pid)
    with pytest.raises(InvalidId):
        ProvisionId.parse(pid)


@pytest.mark.parametrize("pid, vi, en", [
    ("dieu-5", "Điều 5", "Article 5"),
    ("dieu-5-khoan-2-diem-dd", "điểm đ khoản 2 Điều 5", "Article 5(2)(đ)"),
    ("dieu-4-khoan-1-diem-b-gach-3", "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4", "Article 4(1)(b), third indent"),
    ("dieu-2-khoan-3-gach-12", "gạch đầu dòng thứ 12 khoản 3 Điều 2", "Article 2(3), 12th indent"),
    ("qd-dieu-3", "Điều 3 Quyết định", "Article 3 of the Decision"),
    ("chuong-14", "Chương XIV", "Chapter XIV"),
    ("tieu-de", "phần đầu", "heading"),
    ("can-cu", "phần căn cứ", "preamble"),
    ("can-cu-1", "căn cứ thứ 1", "legal basis 1"),
    ("qd-can-cu-4", "căn cứ thứ 4 của Quyết định", "legal basis 4 of the Decision"),
    ("noi-nhan-2", "nơi nhận thứ 2", "recipient 2"),
    ("qd-ban-hanh", "câu ban hành của Quyết định", "enacting formula of the Decision"),
    ("chu-ky", "phần ký", "signature block"),
])
def test_citation_wording(pid, vi, en):
    assert ids.citation(pid) == {"vi": vi, "en": en}


def test_structure_helpers():
    point = ProvisionId.parse("dieu-4-khoan-1-diem-dd-gach-3")
    assert point.letter == "đ" and point.diem == "dd"
    assert str(point.article) == "dieu-4"
    assert str(point.parent.parent) == "dieu-4-khoan-1"
    assert ProvisionId.parse("chuong-2").article is None
    assert str(ProvisionId.parse("qd-dieu-2").article) == "qd-dieu-2"


def test_every_provision_of_the_corpus_parses_round_trips_and_has_a_citation():
    corpus = load_corpus(REPO / "regulations")
    seen = 0
    for reg in corpus["regulations"].values():
        for provision in reg["provisions"]:
            parsed = ProvisionId.parse(provision["id"])
            assert str(parsed) == provision["id"]
            assert (provision["kind"], provision["parent"]) == ids.kind_and_parent(provision["id"])
            wording = parsed.citation()
            assert wording["vi"] and wording["en"] and provision["id"] not in wording["vi"]
            seen += 1
    assert seen > 150
