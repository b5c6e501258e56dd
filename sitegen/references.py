"""Provision text as paragraphs of plain-text segments, with same-document references found.

"Điều 3 Quy chế này" / "Article 3 of this Regulation" / "khoản 2 Điều này" become links to the provision's
anchor, but only where the target is certain and exists. The result is data (segments); the templates
write the HTML.
"""

from __future__ import annotations

import re

from checker.ids import ProvisionId, letter_id

REF_VI = re.compile(
    r"(?:(?P<point>điểm [a-zđ])(?P<sep1>,? ))?(?:(?P<clause>khoản \d+)(?P<sep2>,? ))?"
    r"(?P<article>Điều (?:\d+|này))(?P<doc>,? (?:của )?(?:Quy chế|Quyết định|Quy định) này)?",
)
REF_EN = re.compile(
    r"(?P<article>Article \d+)(?P<sub>(?:\(\d+\))?(?:\([a-zđ]\))?)(?P<doc> of this (?:Regulation|Decision))"
    r"|(?P<clause2>[Cc]lause \d+) of this Article",
)
# The Decision's own articles are printed "Điều 1." / "Article 1." at the start of their paragraph.
DECISION_ARTICLE = re.compile(r"^((?:Điều|Article) \d+\.)")


def _candidates(found: re.Match, lang: str, current: str) -> list[ProvisionId]:
    """The provisions a reference may point at, most likely first; [] when unsure."""
    here = ProvisionId.parse(current).article if current else None
    if lang == "vi":
        clause = int(found["clause"].split()[1]) if found["clause"] else None
        point = letter_id(found["point"].split()[1]) if found["point"] and clause else None
        if found["article"] == "Điều này":
            if not here or clause is None:
                return []
            return [ProvisionId(decision=here.decision, dieu=here.dieu, khoan=clause, diem=point)]
        if not found["doc"]:
            return []  # "Điều 3" alone may name another document; link only what is certain
        number = int(found["article"].split()[1])
        # "Quyết định này" is the Decision (qd- ids) where the page has one, else the document itself.
        decision = [True] if "Quyết định" in found["doc"] else []
        if clause is not None:
            return [ProvisionId(dieu=number, khoan=clause, diem=point)]
        return [ProvisionId(decision=d, dieu=number) for d in decision + [False]]
    if found["clause2"]:
        if not here:
            return []
        return [ProvisionId(decision=here.decision, dieu=here.dieu, khoan=int(found["clause2"].split()[1]))]
    number = int(found["article"].split()[1])
    decision = [True] if "Decision" in found["doc"] else []
    clauses = re.findall(r"\((\d+)\)", found["sub"])
    points = re.findall(r"\(([a-zđ])\)", found["sub"])
    if clauses:
        return [ProvisionId(dieu=number, khoan=int(clauses[0]), diem=letter_id(points[0]) if points else None)]
    return [ProvisionId(decision=d, dieu=number) for d in decision + [False]]


def reference_target(found: re.Match, lang: str, current: str, ids: set[str]) -> str | None:
    """The provision id a same-document reference points at, or None when unsure or absent."""
    return next((str(c) for c in _candidates(found, lang, current) if str(c) in ids), None)


def _segment(text: str, href: str | None = None, strong: bool = False) -> dict:
    return {"text": text, "href": href, "strong": strong}


def segments(line: str, lang: str, current: str, ids: set[str], link_refs: bool = True) -> list[dict]:
    """One line of text as segments {"text", "href", "strong"}; href links a reference to another provision."""
    if not link_refs:
        return [_segment(line)]
    out, last = [], 0
    for match in (REF_VI if lang == "vi" else REF_EN).finditer(line):
        target = reference_target(match, lang, current, ids)
        if not target or target == current:
            continue
        if match.start() > last:
            out.append(_segment(line[last:match.start()]))
        out.append(_segment(match[0], href=f"#{target}"))
        last = match.end()
    if last < len(line) or not out:
        out.append(_segment(line[last:]))
    return out


def paragraphs(text: str, lang: str, current: str, ids: set[str], link_refs: bool = True) -> list[list[list[dict]]]:
    """Blank lines separate paragraphs; a single line break inside a paragraph is kept (as a line)."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        lines = [line.strip() for line in paragraph.splitlines() if line.strip()]
        if lines:
            out.append([segments(line, lang, current, ids, link_refs) for line in lines])
    return out


def bold_decision_article(paragraph: list[list[dict]]) -> list[list[dict]]:
    """The Decision's articles are single paragraphs: their number is set in bold, as printed."""
    first = paragraph[0][0]
    match = DECISION_ARTICLE.match(first["text"]) if not first["href"] else None
    if not match:
        return paragraph
    rest = first["text"][match.end():]
    line = [_segment(match[1], strong=True)] + ([_segment(rest)] if rest else []) + paragraph[0][1:]
    return [line] + paragraph[1:]
