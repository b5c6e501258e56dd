"""Human citations of provision ids, both languages, and site links."""

import pytest

from checker.citation import cite, human, urls


@pytest.mark.parametrize("pid, vi, en", [
    ("dieu-5", "Điều 5", "Article 5"),
    ("dieu-5-khoan-2", "khoản 2 Điều 5", "Article 5(2)"),
    ("dieu-5-khoan-2-diem-b", "điểm b khoản 2 Điều 5", "Article 5(2)(b)"),
    ("dieu-4-khoan-1-diem-b-gach-3", "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4", "Article 4(1)(b), third indent"),
    ("dieu-5-khoan-1-diem-a-gach-8", "gạch đầu dòng thứ 8 điểm a khoản 1 Điều 5", "Article 5(1)(a), eighth indent"),
    ("dieu-1-gach-1", "gạch đầu dòng thứ 1 Điều 1", "Article 1, first indent"),
    ("dieu-2-khoan-3-gach-12", "gạch đầu dòng thứ 12 khoản 3 Điều 2", "Article 2(3), 12th indent"),
    ("dieu-2-khoan-1-diem-dd", "điểm đ khoản 1 Điều 2", "Article 2(1)(đ)"),
    ("qd-dieu-3", "Điều 3 Quyết định", "Article 3 of the Decision"),
    ("chuong-3", "Chương III", "Chapter III"),
    ("tieu-de", "phần đầu", "heading"),  # front matter: the same wording as the site (checker.ids)
    ("not-an-id", "mục not-an-id", "item not-an-id"),
])
def test_human_citations(pid, vi, en):
    assert human(pid) == {"vi": vi, "en": en}


def test_urls_and_found_flag():
    assert urls("380-qd-tw", "dieu-7-khoan-1") == {"vi": "/regulations/380-qd-tw/#dieu-7-khoan-1",
                                                   "en": "/en/regulations/380-qd-tw/#dieu-7-khoan-1"}
    assert cite("380-qd-tw", "dieu-9", {"dieu-8"})["found"] is False
    assert cite("380-qd-tw", "dieu-8", {"dieu-8"})["found"] is True
    assert cite("380-qd-tw", "dieu-9", None)["found"] is True
