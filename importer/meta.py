"""meta.yml from what the imported text shows; whatever it does not show is `unknown`.

Every value is read from the blocks the tree builder made (their lines are classified again with the same
grammar, importer.lines). English is not invented: each {vi, en} the text gives gets the untranslated
marker as its English, and the validator counts them. Sentences the importer writes itself (status, notes)
come from the string catalogue in both languages.
"""

from __future__ import annotations

import re
from datetime import date

from checker.corpus import UNTRANSLATED
from checker.messages import text

from .lines import classify
from .structure import Import


UNKNOWN = "unknown"


def _vi(value: str) -> dict:
    return {"vi": value, "en": UNTRANSLATED}


def _sentence_case(caps: str) -> str:
    lower = caps.lower()
    return lower[:1].upper() + lower[1:]


_DATE = re.compile(r"ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})", re.I)


def parse_place_date(value: str) -> tuple[str | None, str | None]:
    """("Đắk Lắk", "2017-10-27") from "Đắk Lắk, ngày 27 tháng 10 năm 2017"; None for what is not there."""
    match = _DATE.search(value)
    place = value.split(",")[0].strip() or None
    when = None
    if match:
        day, month, year = (int(g) for g in match.groups())
        try:
            when = date(year, month, day).isoformat()
        except ValueError:
            when = None
    return place, when


def extract(imp: Import, reg_id: str, source: dict) -> tuple[dict, dict]:
    """(meta, found) where found maps each field to the line it was read from (for the report)."""
    blocks = {b.id: b for b in imp.blocks}
    prefix = "qd-" if imp.decision else ""
    found: dict[str, int] = {}
    meta: dict = {"id": reg_id, "number": UNKNOWN}
    issuer = None
    place = when = None
    title_block = blocks.get(prefix + "tieu-de")
    type_line = title_line = None
    if title_block:
        for paragraph in title_block.paragraphs:
            for raw in paragraph.split("\n"):
                line = classify(raw)
                if line.kind == "number_line" and meta["number"] == UNKNOWN:
                    number, _, rest = line.rest.partition(" ")
                    meta["number"] = number.strip().rstrip(",;")
                    found["number"] = title_block.lineno
                    if rest and classify(rest).kind == "place_date":
                        place, when = parse_place_date(rest)
                elif line.kind == "place_date" and place is None:
                    place, when = parse_place_date(line.text)
                elif line.kind == "doc_type" and type_line is None:
                    type_line = line.rest
                elif type_line and title_line is None and line.kind == "text":
                    title_line = line.text
                elif line.kind == "text" and type_line is None and issuer is None and line.text.isupper():
                    issuer = re.sub(r"\s*ĐẢNG CỘNG SẢN VIỆT NAM$", "", line.text).strip() or None
    if place:
        found["place"] = found["signing_date"] = title_block.lineno
    # "(Kèm theo Quyết định số 380-QĐ/TW, ngày 14/11/2025 ...)" names the issuing Decision, not this document:
    # its number and date are not taken.
    doc_type = type_line or (imp.doc_types[0] if imp.doc_types and imp.doc_types[0] else None)
    meta["type"] = _vi(_sentence_case(doc_type)) if doc_type else text("import.meta.unknown_type")
    if doc_type:
        found["type"] = title_block.lineno if title_block else 0
    meta["title"] = (_vi(_sentence_case(doc_type) + (" " + title_line if title_line else ""))
                     if doc_type else text("import.meta.unknown_title"))
    if title_line:
        found["title"] = title_block.lineno

    # The issuing body: the organ that decides ("BAN BÍ THƯ QUYẾT ĐỊNH"), or that issues ("Ban Thường vụ
    # Tỉnh ủy ban hành ..."), or the issuer printed in the header.
    body = None
    enact = blocks.get(prefix + "ban-hanh")
    if enact:
        first = enact.paragraphs[0]
        line = classify(first)
        if line.kind == "enact":
            body = re.sub(r"\s*QUYẾT\s+ĐỊNH\s*:?$", "", first).strip()
        elif " ban hành " in first:
            body = first.split(" ban hành ")[0].strip()
        if body:
            found["issuing_body"] = enact.lineno
    if not body and issuer:
        body = issuer
        found["issuing_body"] = title_block.lineno
    meta["issuing_body"] = _vi(body) if body else text("import.meta.unknown_body")

    # Signer: the signature block of the document (the Decision's, when there is one).
    signer = None
    sign = blocks.get(prefix + "chu-ky") or blocks.get("chu-ky")
    if sign:
        # "T/M BAN THƯỜNG VỤ" (on behalf of), the capacity in capitals ("PHÓ BÍ THƯ"), then the name; a note
        # such as "(Đã ký)" is not part of it.
        lines = [line for paragraph in sign.paragraphs for line in paragraph.split("\n") if line.strip()]
        on_behalf = lines[0] if lines and classify(lines[0]).kind == "signature" else None
        rest = [line for line in lines if line != on_behalf and not line.startswith("(")]
        names = [line for line in rest if not line.isupper()]
        capacity = [line for line in rest if line.isupper()]
        if names:
            signer = names[-1] + (", " + " ".join(capacity) if capacity else "") + (f" ({on_behalf})" if on_behalf else "")
            found["signer"] = sign.lineno
    meta["signer"] = _vi(signer) if signer else UNKNOWN
    meta["signing_date"] = when or UNKNOWN
    meta["place"] = _vi(place) if place else UNKNOWN

    # Effect: the provision that says when the text takes effect ("có hiệu lực").
    effect = next((b for b in imp.blocks if "có hiệu lực" in b.text
                   and (b.pid.kind != "front" or b.pid.dieu is not None)), None)
    if effect:
        meta["effect"] = _vi(next(s for s in re.split(r"(?<=[.;])\s+|\n+", effect.text) if "có hiệu lực" in s))
        meta["effect_provision"] = effect.id
        found["effect"] = effect.lineno
    else:
        meta["effect"] = text("import.meta.unknown_effect")
        meta["effect_provision"] = imp.blocks[0].id if imp.blocks else "tieu-de"
    meta["status"] = text("import.meta.status")
    bases = []
    for block in imp.blocks:
        if block.pid.front == "can-cu" and block.pid.decision == imp.decision:
            basis = re.sub(r"^[-+•–]\s*", "", block.text.replace("\n", " "))
            if basis.startswith("Xét"):
                continue  # "Xét đề nghị ..." is the proposal, not a legal basis
            basis = re.sub(r"^Căn cứ\s+", "", basis).rstrip(" ;,.")
            bases.append({"vi": basis, "en": UNTRANSLATED, "provision": block.id})
    if bases:
        found["legal_bases"] = blocks[bases[0]["provision"]].lineno
    meta["legal_bases"] = bases
    meta["source"] = source
    meta["checked"] = "unknown"  # nobody has read it against its source yet
    meta["provenance"] = text("import.meta.provenance", file=source["file"])
    missing = [key for key in ("number", "type", "title", "issuing_body", "signer", "signing_date", "place",
                               "effect", "legal_bases") if key not in found]
    if missing:
        meta["unknown_notes"] = text("import.meta.unknown_notes", fields=", ".join(missing))
    return meta, found
