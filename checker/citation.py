"""Human citations and site links for provision ids (the id grammar of the corpus contract).

dieu-5-khoan-2-diem-b          -> "điểm b khoản 2 Điều 5" / "Article 5(2)(b)"
dieu-4-khoan-1-diem-b-gach-3   -> "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4" / "Article 4(1)(b), third indent"
qd-dieu-3                      -> "Điều 3 Quyết định" / "Article 3 of the Decision"
"""

from __future__ import annotations

import re

from .messages import ordinal_en, roman, text

_PROVISION = re.compile(r"dieu-(?P<dieu>\d+)(?:-khoan-(?P<khoan>\d+)(?:-diem-(?P<diem>[a-z]+))?)?(?:-gach-(?P<gach>\d+))?")
_QD_DIEU = re.compile(r"qd-dieu-(?P<dieu>\d+)")
_CHUONG = re.compile(r"chuong-(?P<chuong>\d+)")

# Point letters are ascii in ids; "dd" stands for the Vietnamese letter "đ".
_LETTERS = {"dd": "đ"}


def human(provision: str) -> dict:
    """The Vietnamese and English citation of one provision id."""
    if m := _QD_DIEU.fullmatch(provision):
        return text("cite.qd_dieu", dieu=m["dieu"])
    if m := _CHUONG.fullmatch(provision):
        return text("cite.chuong", roman=roman(int(m["chuong"])))
    m = _PROVISION.fullmatch(provision)
    if not m:
        return text("cite.other", provision=provision)
    if m["diem"]:
        parent = text("cite.diem", dieu=m["dieu"], khoan=m["khoan"], diem=_LETTERS.get(m["diem"], m["diem"]))
    elif m["khoan"]:
        parent = text("cite.khoan", dieu=m["dieu"], khoan=m["khoan"])
    else:
        parent = text("cite.dieu", dieu=m["dieu"])
    if not m["gach"]:
        return parent
    n = int(m["gach"])
    return text("cite.gach", parent=parent, ordinal={"vi": str(n), "en": ordinal_en(n)})


def urls(regulation: str, provision: str) -> dict:
    """Site links: Vietnamese at /, English at /en/ (mkdocs-static-i18n)."""
    return {
        "vi": f"/regulations/{regulation}/#{provision}",
        "en": f"/en/regulations/{regulation}/#{provision}",
    }


def cite(regulation: str, provision: str, known: set[str] | None) -> dict:
    """One citation. known: the regulation's provision ids, or None when the corpus carries no text."""
    return {
        "regulation": regulation,
        "provision": provision,
        "human": human(provision),
        "url": urls(regulation, provision),
        "found": True if known is None else provision in known,
    }
