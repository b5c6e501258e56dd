"""Draft rules: every time expression and duty sentence of the text, proposed for a person to review.

Each sentence of each provision is read against one table of cues (CUES). A sentence with a time limit
gives one draft rule per time expression, with its timing; a sentence with only a duty cue ("có trách
nhiệm", "chủ trì", "phối hợp", "kịp thời" ...) gives one draft rule without a fixed period. Every draft has
`review: draft`: the validator counts drafts and leaves them out of the compiled corpus, so neither the
checker nor the site sees them until a person checks the rule, fills in the parties, translates it and
removes the `review` line (or sets `review: reviewed`).
"""

from __future__ import annotations

import re

from checker.messages import text

from checker.corpus import UNTRANSLATED
from .structure import Import

UNDECIDED_PARTY = "chua-xac-dinh"

_N = r"(?P<count>[0-9]{1,3})"
_WORKING = r"(?P<working>\s+làm\s+việc)?"
_DM = r"(?P<day>[0-9]{1,2})\s*[/-]\s*(?P<month>[0-9]{1,2})(?![/-]?[0-9])"
_ANNUAL = re.compile(r"\b(?:hằng|hàng)\s+năm\b|định\s+kỳ", re.I)
_RECEIPT = re.compile(r"kể\s+từ\s+(?:khi|ngày)\s+nhận", re.I)

# (name, pattern): time expressions first, in the order they are tried; each match is one proposal.
TIME_CUES = [
    ("within", re.compile(rf"trong\s+(?:thời\s+hạn|vòng)\s+{_N}\s+ngày{_WORKING}", re.I)),
    ("within", re.compile(rf"chậm\s+nhất\s+(?:là\s+|sau\s+)?{_N}\s+ngày{_WORKING}", re.I)),
    ("before", re.compile(rf"trước\s+{_N}\s+ngày{_WORKING}", re.I)),
    ("date", re.compile(rf"(?:trước|chậm\s+nhất(?:\s+là|\s+vào)?)\s+ngày\s+{_DM}", re.I)),
    ("date", re.compile(r"(?:trước|chậm\s+nhất(?:\s+là|\s+vào)?)\s+ngày\s+(?P<day>[0-9]{1,2})\s+tháng\s+"
                        r"(?P<month>[0-9]{1,2})(?!\s+năm)", re.I)),
    ("periodic", re.compile(r"định\s+kỳ(?:\s+(?:[0-9]+\s+tháng|hằng\s+năm|hàng\s+năm|hằng\s+quý|hàng\s+quý|"
                            r"hằng\s+tháng|hàng\s+tháng))?|\b(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)\b|"
                            r"\b[0-9]+\s+tháng\s+(?:một|1)\s+lần\b", re.I)),
]
# Cues of a duty without a fixed period.
DUTY_CUES = re.compile(r"kịp\s+thời|có\s+trách\s+nhiệm|chịu\s+trách\s+nhiệm|chủ\s+trì|phối\s+hợp|\bphải\b|"
                       r"chủ\s+động|báo\s+cáo|thông\s+báo|trả\s+lời|gửi\b|cung\s+cấp|tham\s+gia\s+ý\s+kiến|"
                       r"chỉ\s+đạo|lãnh\s+đạo|tạo\s+điều\s+kiện|hướng\s+dẫn", re.I)


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut into sentences at '. ' before a capital letter (numbers like 05/6/2025 stay whole)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-ZĐÀ-Ỹ])", paragraph)
    return [p.strip() for p in parts if p.strip()]


def _is_title(paragraph: str) -> bool:
    """A heading line: short, without final punctuation (the article's or clause's own sentence has one)."""
    return "\n" not in paragraph and len(paragraph) <= 100 and paragraph.rstrip()[-1:] not in ".;:!?"


def _timing(kind: str, match: re.Match, sentence: str) -> dict:
    groups = match.groupdict()
    unit = "working_days" if groups.get("working") else "calendar_days"
    if kind == "within":
        return {"kind": "within", "count": int(groups["count"]), "unit": unit,
                "from": "receipt" if _RECEIPT.search(sentence) else "unknown"}
    if kind == "before":
        return {"kind": "before", "count": int(groups["count"]), "unit": unit}
    if kind == "date":
        day, month = int(groups["day"]), int(groups["month"])
        if _ANNUAL.search(sentence) and 1 <= month <= 12 and 1 <= day <= 31:
            return {"kind": "annual_before", "day": day, "month": month}
        return {"kind": "none", "reason": text("import.rule.reason.date", found=match.group(0))}
    return {"kind": "periodic", "period": {"vi": match.group(0), "en": UNTRANSLATED},
            "reason": text("import.rule.reason.periodic", found=match.group(0))}


def propose(imp: Import) -> list[dict]:
    """Draft rules in provision order."""
    rules: list[dict] = []
    for block in imp.blocks:
        if block.pid.kind == "chuong" or block.pid.kind == "front" and block.pid.dieu is None:
            continue  # chapter titles, headings, legal bases, recipients, signature: no duties
        count = 0
        for index, paragraph in enumerate(block.paragraphs):
            if index == 0 and _is_title(paragraph):
                continue  # "Điều 8. Phương pháp phối hợp", "1. Trách nhiệm chủ trì": a title, not a duty
            for sentence in sentences(paragraph.replace("\n", " ")):
                found = []
                taken: list[tuple[int, int]] = []
                for kind, pattern in TIME_CUES:
                    for match in pattern.finditer(sentence):
                        if any(s <= match.start() < e for s, e in taken):
                            continue
                        taken.append(match.span())
                        found.append((match.start(), _timing(kind, match, sentence), match.group(0)))
                if not found:
                    duty = DUTY_CUES.search(sentence)
                    if not duty:
                        continue
                    found.append((duty.start(), {"kind": "none", "reason": text("import.rule.reason.none")},
                                  duty.group(0)))
                for _, timing, cue in sorted(found, key=lambda item: item[0]):
                    count += 1
                    rules.append({
                        "id": f"r-draft-{block.id}-{count}",
                        "review": "draft",
                        "cites": [block.id],
                        "actor": UNDECIDED_PARTY,
                        "towards": None,
                        "action": {"vi": sentence, "en": UNTRANSLATED},
                        "timing": timing,
                        "notes": text("import.rule.note", cue=cue),
                    })
    return rules


def rules_file(imp: Import) -> dict:
    return {"parties": [{"id": UNDECIDED_PARTY, **text("import.rule.party")}], "rules": propose(imp)}


DATED = ("within", "before", "annual_before")


def compare(drafts: list[dict], curated: list[dict]) -> dict:
    """Recall of the curated dated rules by the drafts (same cited provision, same timing kind), and precision."""
    def key(rule):
        return rule["cites"][0], rule["timing"]["kind"]
    draft_keys = {key(r) for r in drafts}
    curated_dated = [r for r in curated if r["timing"]["kind"] in DATED]
    found = [r for r in curated_dated if key(r) in draft_keys]
    curated_keys = {key(r) for r in curated}
    curated_cites = {c for r in curated for c in r["cites"]}
    draft_dated = [r for r in drafts if r["timing"]["kind"] in DATED]
    return {
        "curated_dated": len(curated_dated),
        "recalled": len(found),
        "missed": [r["id"] for r in curated_dated if key(r) not in draft_keys],
        "drafts": len(drafts),
        "drafts_dated": len(draft_dated),
        "dated_precision": sum(key(r) in curated_keys for r in draft_dated) / len(draft_dated) if draft_dated else 1.0,
        "curated_cited": sum(r["cites"][0] in {d["cites"][0] for d in drafts} for r in curated) / len(curated)
        if curated else 1.0,
        "cite_precision": sum(r["cites"][0] in curated_cites for r in drafts) / len(drafts) if drafts else 1.0,
    }
