"""Whatever the input, the import finishes and no word disappears silently: every word of the input is in a
block or in a note of the report (page numbers, page headers, rules and ornaments are dropped with a note)."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from importer.structure import build

LINES = st.sampled_from([
    "QUY CHẾ", "QUYẾT ĐỊNH", "phối hợp thử", "Số: 01/QĐ-TU", "Hà Nội, ngày 1 tháng 2 năm 2020", "- Căn cứ Điều lệ;",
    "BAN BÍ THƯ QUYẾT ĐỊNH", "Chương I", "Chương IIX", "CHƯƠNG 2: TÊN", "Điều 1. Tên", "Điều 1O. Sai", "Điều 2",
    "1. Khoản.", "2) Khoản hai", "Căn cứ Điều lệ;", "Xét đề nghị,", "a) Điểm.", "đ. Điểm đ", "- Gạch;", "+ Cộng;", "Mục 1. Mục", "Nơi nhận:",
    "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "Nguyễn Văn A", "lời tiếp theo thường", "Lời mới.", "Trang 2/5", "3", "-----",
    "*", "VANBAN.DOC 2", "::: dieu-9", "Nơi nhận:        T/M BAN THƯỜNG VỤ", "- Lưu.      Lê Văn D",
    "Số: 1/QĐ      Hà Nội, ngày 1 tháng 2 năm 2020", "          Chương III", "", "", "kinh tế -", "thực hi-", "ện nhiệm vụ",
])


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


@settings(max_examples=300, deadline=None)
@given(st.lists(LINES, max_size=40))
def test_import_never_fails_and_keeps_every_word(lines):
    imp = build(lines)
    kept = " ".join(block.text for block in imp.blocks) + " " + " ".join(n.line for n in imp.notes)
    kept_words = set(_words(kept.replace("-", " ")))
    for line in lines:
        for word in _words(line):
            assert word in kept_words or any(w.startswith(word) or w.endswith(word) for w in kept_words), (word, lines)
    ids = [block.id for block in imp.blocks]
    assert len(ids) == len(set(ids))
    for index, block in enumerate(imp.blocks):  # what the validator asks: a parent block comes first
        if block.pid.parent is not None:
            assert str(block.pid.parent) in ids[:index], (block.id, lines)
        assert block.text.strip() and not any(line.startswith(":::") for line in block.text.split("\n"))
