"""Every duty of the texts is formalised, in the texts' own words (regulations/*/rules.yml).

Data: tests/engine/coverage.yml (the words that impose a duty, the provisions that hold such words but
state no duty of a party, and the reasoned exceptions to the wording rule).

- wording: a rule's action, in both languages, is the cited provisions' own words (whitespace and case
  normalised; "…" marks words left out between two excerpts). A not_formalised excerpt likewise.
- coverage: each sentence or ';'-clause of a provision whose Vietnamese holds a duty word is, for the most
  part, inside the action of a rule citing that provision or inside a not_formalised excerpt of it. A
  provision with sub-items (a heading or lead-in) is covered through its sub-items.
"""

import re
import sys
import unicodedata
from pathlib import Path

import pytest
import yaml

from checker.corpus import provision_kind_and_parent, read_blocks

ROOT = Path(__file__).resolve().parents[2]
REGULATIONS = ROOT / "regulations"
IDS = ("380-qd-tw", "lao-cai-vks-xa-phuong")
DATA = yaml.safe_load((Path(__file__).with_name("coverage.yml")).read_text(encoding="utf-8"))
ELISION = "…"


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).lower()


def _rules(regulation):
    return yaml.safe_load((REGULATIONS / regulation / "rules.yml").read_text(encoding="utf-8"))


def _blocks(regulation, lang):
    blocks, errors = read_blocks(REGULATIONS / regulation / f"text.{lang}.md")
    assert not errors
    return {pid: text for pid, _, text in blocks}


def _fragments(text: str) -> list[str]:
    parts = [part.strip(" .,;:") for part in _norm(text).split(ELISION)]
    return [part for part in parts if part]


def _find_in_order(fragments: list[str], source: str) -> list[tuple[int, int]] | str:
    """Spans of the fragments found one after another in source, or the first fragment not found."""
    spans, at = [], 0
    for fragment in fragments:
        found = source.find(fragment, at)
        if found < 0:
            return fragment
        spans.append((found, found + len(fragment)))
        at = found + len(fragment)
    return spans


def _exceptions(regulation):
    return {(e["rule"], e["lang"]): e for e in DATA["wording_exceptions"].get(regulation) or []}


def _action(rule, lang, exceptions):
    text = rule["action"][lang]
    exception = exceptions.get((rule["id"], lang))
    if exception:
        assert exception["excerpt"] in text and exception["reason"]["en"] and exception["reason"]["vi"]
        text = text.replace(exception["excerpt"], ELISION)
    return text


@pytest.mark.parametrize("regulation", IDS)
@pytest.mark.parametrize("lang", ("vi", "en"))
def test_actions_are_the_words_of_the_cited_provisions(regulation, lang):
    blocks = _blocks(regulation, lang)
    data = _rules(regulation)
    exceptions = _exceptions(regulation)
    drift = []
    for rule in data["rules"]:
        source = _norm(" ".join(blocks[c] for c in rule["cites"]))
        fragments = _fragments(_action(rule, lang, exceptions))
        if sum(len(f.split()) for f in fragments) < 3:
            drift.append(f"{rule['id']}: too few words of the text")
        found = _find_in_order(fragments, source)
        if isinstance(found, str):
            drift.append(f"{rule['id']}: {found!r}")
        if rule.get("consequence"):
            found = _find_in_order(_fragments(rule["consequence"][lang]), source)
            if isinstance(found, str):
                drift.append(f"{rule['id']} consequence: {found!r}")
    for item in data.get("not_formalised", []):
        if item.get("excerpt"):
            found = _find_in_order(_fragments(item["excerpt"][lang]), _norm(blocks[item["provision"]]))
            if isinstance(found, str):
                drift.append(f"not_formalised {item['provision']}: {found!r}")
    assert not drift, "text not found in the cited provisions:\n" + "\n".join(drift)


def test_wording_exceptions_are_used():
    for regulation in IDS:
        rules = {r["id"]: r for r in _rules(regulation)["rules"]}
        for (rule_id, lang), exception in _exceptions(regulation).items():
            assert exception["excerpt"] in rules[rule_id]["action"][lang], (regulation, rule_id)


def _duty_words():
    return [re.compile(r"(?<!\w)" + re.escape(word) + r"(?!\w)", re.I) for word in DATA["duty_words"]]


def _clauses(text: str):
    """(start, end) of each sentence or ';'-clause."""
    start = 0
    for match in re.finditer(r"(?<=[.;:])\s+|\n\s*\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def _uncovered(regulation):
    blocks = _blocks(regulation, "vi")
    data = _rules(regulation)
    has_children = {provision_kind_and_parent(pid)[1] for pid in blocks}
    covered: dict[str, list[tuple[int, int]]] = {}
    for rule in data["rules"]:
        said = rule["action"]["vi"] + (ELISION + rule["consequence"]["vi"] if rule.get("consequence") else "")
        for fragment in _fragments(said):
            for pid in rule["cites"]:
                at = _norm(blocks[pid]).find(fragment)
                if at >= 0:
                    covered.setdefault(pid, []).append((at, at + len(fragment)))
    for item in data.get("not_formalised", []):
        assert item["reason"]["vi"] and item["reason"]["en"]
        whole = _norm(blocks[item["provision"]])
        spans = _find_in_order(_fragments(item["excerpt"]["vi"]), whole) if item.get("excerpt") else [(0, len(whole))]
        covered.setdefault(item["provision"], []).extend(spans if isinstance(spans, list) else [])
    words = _duty_words()
    not_duty = DATA["not_a_duty"][regulation]
    missing = []
    for pid, text in blocks.items():
        # A heading or lead-in is covered through its sub-items; a chapter heading only names its articles.
        if pid in has_children or pid in not_duty or pid.startswith("chuong-"):
            continue
        text = _norm(text)
        for start, end in _clauses(text):
            clause = text[start:end]
            if not any(w.search(clause) for w in words):
                continue
            inside = sum(max(0, min(end, e) - max(start, s)) for s, e in covered.get(pid, []))
            if inside < (end - start) / 2:
                missing.append(f"{pid}: {clause[:90]}")
    return missing


@pytest.mark.parametrize("regulation", IDS)
def test_every_duty_is_a_rule_or_recorded_as_not_formalised(regulation):
    missing = _uncovered(regulation)
    assert not missing, "duty words with no rule and no not_formalised entry:\n" + "\n".join(missing)


@pytest.mark.parametrize("regulation", IDS)
def test_not_a_duty_entries_are_needed_and_reasoned(regulation):
    blocks = _blocks(regulation, "vi")
    words = _duty_words()
    for pid, reason in DATA["not_a_duty"][regulation].items():
        assert pid in blocks and reason, pid
        assert any(w.search(blocks[pid]) for w in words), f"{pid} has no duty word: drop it from not_a_duty"


def test_the_coverage_check_sees_a_dropped_rule(monkeypatch):
    """Without the rule for Lào Cai Điều 7 khoản 5, its duty is reported."""
    regulation = "lao-cai-vks-xa-phuong"
    data = _rules(regulation)
    data["rules"] = [r for r in data["rules"] if r["cites"] != ["dieu-7-khoan-5"]]
    monkeypatch.setattr(sys.modules[__name__], "_rules", lambda reg: data)
    assert [m.split(":")[0] for m in _uncovered(regulation)] == ["dieu-7-khoan-5"]
