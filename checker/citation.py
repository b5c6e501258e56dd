"""Human citations and site links for provision ids (the id grammar of the corpus contract).

dieu-5-khoan-2-diem-b          -> "điểm b khoản 2 Điều 5" / "Article 5(2)(b)"
dieu-4-khoan-1-diem-b-gach-3   -> "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4" / "Article 4(1)(b), third indent"
qd-dieu-3                      -> "Điều 3 Quyết định" / "Article 3 of the Decision"
"""

from __future__ import annotations

from .ids import InvalidId, ProvisionId
from .languages import DEFAULT_LANG, LANGS
from .messages import text


def human(provision: str) -> dict:
    """The Vietnamese and English citation of one provision id (checker.ids owns the wording)."""
    try:
        return ProvisionId.parse(provision).citation()
    except InvalidId:
        return text("cite.other", provision=provision)


def regulation_path(regulation: str, provision: str | None = None) -> str:
    """Where a regulation (or one provision's anchor) lives on the site, relative to a language's root.
    The site's link builder (sitegen.links) reads this too: the page layout is written once."""
    return f"regulations/{regulation}/" + (f"#{provision}" if provision else "")


def language_root(lang: str) -> str:
    """The default language is served at the site root, every other one under "<lang>/" (mkdocs-static-i18n)."""
    return "" if lang == DEFAULT_LANG else f"{lang}/"


def urls(regulation: str, provision: str | None = None) -> dict:
    """Both languages' links to a provision, absolute from the site root ("/en/regulations/x/#dieu-8")."""
    return {lang: "/" + language_root(lang) + regulation_path(regulation, provision) for lang in LANGS}


def cite(regulation: str, provision: str, known: set[str] | None) -> dict:
    """One citation. known: the regulation's provision ids, or None when the corpus carries no text."""
    return {
        "regulation": regulation,
        "provision": provision,
        "human": human(provision),
        "url": urls(regulation, provision),
        "found": True if known is None else provision in known,
    }
