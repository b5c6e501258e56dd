"""Word (.docx) copies of each regulation, one per language, made with python-docx at build time.

Offices work in Word: a reader downloads the text, every provision in order, with real Word headings
(Heading 1 for a chương and for each part of a Decision with an attached document, Heading 2 for an
điều), so Word's navigation pane and table of contents work. The metadata and the "not official" notice
come first. Words come from the catalogue (checker.messages); the file is deterministic apart from the
zip container.
"""

from __future__ import annotations

import io
from datetime import datetime, timezone

from checker.formats import iso_date_text
from checker.messages import word

from . import views


def _t(key: str, lang: str) -> str:
    return word(key, lang, "site")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.strip().splitlines() if line.strip()]


def regulation_docx(reg: dict, lang: str) -> bytes:
    """The regulation as a .docx file in one language."""
    from docx import Document  # python-docx: build time only

    meta = reg["meta"]
    document = Document()
    core = document.core_properties
    core.title = views.short_name(meta, lang)[:255]  # Word limits these properties to 255 characters
    core.subject = (views.bi(meta["title"], lang) or "")[:255]
    core.language = lang
    core.identifier = reg["id"]
    fixed = datetime(2000, 1, 1, tzinfo=timezone.utc)  # the same corpus gives the same document
    core.created = core.modified = fixed
    core.last_modified_by = core.author = ""
    core.revision = 1

    document.add_heading(views.bi(meta["title"], lang), level=0)
    notice = document.add_paragraph()
    notice.add_run(_t("not_official_title", lang) + ". ").bold = True
    notice.add_run(_t("not_official", lang))

    document.add_heading(_t("sec_metadata", lang), level=1)
    rows = [("number", views.bi(meta["number"], lang)), ("type", views.bi(meta["type"], lang)),
            ("issuing_body", views.bi(meta["issuing_body"], lang)), ("signer", views.bi(meta["signer"], lang)),
            ("signing_date", iso_date_text(meta["signing_date"], lang)), ("place", views.bi(meta["place"], lang)),
            ("effect", views.bi(meta["effect"], lang)), ("status", views.bi(meta["status"], lang)),
            ("source", f"{meta['source']['file']} (sha256 {meta['source']['sha256']})"),
            ("checked", iso_date_text(meta["checked"], lang))]
    if lang != "vi":
        rows.append(("translation", _t("translation_note", lang)))
    table = document.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for key, value in rows:
        cells = table.add_row().cells
        cells[0].text = _t(key, lang)
        cells[1].text = value if value is not None else _t("unknown", lang)

    has_decision = any(p["id"].startswith("qd-") for p in reg["provisions"])
    part = None
    for provision in reg["provisions"]:
        pid, kind, text = provision["id"], provision["kind"], provision[lang]
        this_part = "decision" if pid.startswith("qd-") else "main"
        if has_decision and this_part != part:
            part = this_part
            key = ("sec_decision" if part == "decision" else "sec_attached") if has_decision else "sec_text"
            document.add_heading(_t(key, lang), level=1)
        lines = _lines(text)
        if kind == "chuong":
            document.add_heading(" — ".join(lines) or views.citation(pid, lang), level=2 if has_decision else 1)
            continue
        if kind == "dieu":
            head, rest = (lines[0], lines[1:]) if lines else (views.capitalize(views.citation(pid, lang)), [])
            document.add_heading(head, level=3 if has_decision and this_part == "main" else 2)
            for line in rest:
                document.add_paragraph(line)
            continue
        for line in lines:
            paragraph = document.add_paragraph(line)
            if kind in ("diem", "gach"):
                paragraph.paragraph_format.left_indent = _indent(kind)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _indent(kind: str):
    from docx.shared import Cm

    return Cm(0.75 if kind == "diem" else 1.5)
