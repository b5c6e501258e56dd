"""Human citations and site links for provision ids (the id grammar of the corpus contract).

dieu-5-khoan-2-diem-b          -> "điểm b khoản 2 Điều 5" / "Article 5(2)(b)"
dieu-4-khoan-1-diem-b-gach-3   -> "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4" / "Article 4(1)(b), third indent"
qd-dieu-3                      -> "Điều 3 Quyết định" / "Article 3 of the Decision"
"""

from __future__ import annotations

from .ids import InvalidId, ProvisionId
from .messages import text


def human(provision: str) -> dict:
    """The Vietnamese and English citation of one provision id (checker.ids owns the wording)."""
    try:
        return ProvisionId.parse(provision).citation()
    except InvalidId:
        return text("cite.other", provision=provision)


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
