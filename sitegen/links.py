"""The one link builder: every URL of the site is made here, relative, so the site works under any path.

Pages are addressed by their URL relative to their language root ("regulations/x/"); the English copy
of a page lives under "en/" (mkdocs-static-i18n), and files that exist once for all languages (data/*.json)
live at the site root.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import urlencode

from checker.citation import language_root, regulation_path
from checker.languages import DEFAULT_LANG, LANGS



def page_url(rel_path: str) -> str:
    """URL (relative to the language root) of a docs file such as 'method/counting.en.md'."""
    path = PurePosixPath(rel_path)
    stem = path.name.split(".")[0]
    parent = "" if str(path.parent) == "." else f"{path.parent}/"
    return parent if stem == "index" else f"{parent}{stem}/"


def rel(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of the same language; to_url may carry ?query#fragment."""
    return ("../" * from_url.count("/") + to_url) or "./"


def rel_shared(from_url: str, to_url: str, lang: str) -> str:
    """Relative link to a file that exists once for all languages (data/*.json), at the site root."""
    return ("" if lang == DEFAULT_LANG else "../") + rel(from_url, to_url)


def regulation_url(reg_id: str, pid: str | None = None) -> str:
    return regulation_path(reg_id, pid)


def bilingual_url(reg_id: str, pid: str | None = None) -> str:
    """The side-by-side page (Vietnamese and English provision by provision) of a regulation."""
    return regulation_path(reg_id) + "song-ngu/" + (f"#{pid}" if pid else "")


def source_url(reg_id: str, line: int | None = None) -> str:
    """The source page of a regulation (source.txt with line anchors L1, L2...)."""
    return regulation_path(reg_id) + "nguon/" + (f"#L{line}" if line else "")


def docx_file(reg_id: str, lang: str) -> str:
    """The Word download of a regulation in one language (a shared file, at the site root). No ".en." in
    the name: mkdocs-static-i18n would take it for the English copy of a file."""
    return f"data/{reg_id}-{lang}.docx"


def source_file(reg_id: str) -> str:
    """source.txt as it is, byte for byte (a shared file, at the site root)."""
    return f"data/{reg_id}-source.txt"


def regulations_list_url() -> str:
    """The list of every regulation (the home page shows only the first few)."""
    return "regulations/"


def deadlines_url(reg_id: str | None = None, anchor: str | None = None) -> str:
    """The time limits of one regulation; without an id, the list of regulations with their counts."""
    return "deadlines/" + (f"{reg_id}/" if reg_id else "") + (f"#{anchor}" if anchor else "")


def matrix_url(reg_id: str | None = None, anchor: str | None = None) -> str:
    """Who presides and who coordinates under one regulation; without an id, the list of regulations."""
    return "matrix/" + (f"{reg_id}/" if reg_id else "") + (f"#{anchor}" if anchor else "")


def training_url(reg_id: str | None = None, page: str | None = None) -> str:
    """A page of the training kit: of one regulation (training/<id>/<page>/), or of the whole kit."""
    return "training/" + (f"{reg_id}/" if reg_id else "") + (f"{page}/" if page else "")


def checker_url(query: dict) -> str:
    """The checker page with a scenario in its query string (the same URL the page shares)."""
    return "checker/?" + urlencode(query)


def site_urls(reg_id: str, pid: str | None = None) -> dict:
    """Both languages' URLs of a regulation (or provision), relative to the site root."""
    return {lang: language_root(lang) + regulation_path(reg_id, pid) for lang in LANGS}
