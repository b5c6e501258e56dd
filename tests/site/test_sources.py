"""Where each provision is in its source file (sitegen.sources): exact for the clean Lào Cai source, an
alignment for the 380 OCR that says "uncertain" instead of guessing."""

from __future__ import annotations

from pathlib import Path

import pytest

from checker.corpus import load_corpus
from sitegen import sources

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus():
    return load_corpus(ROOT / "regulations")


def _located(corpus, reg_id):
    reg = corpus["regulations"][reg_id]
    text = sources.read_source(ROOT / "regulations", reg_id)
    return reg, sources.source_lines(text), sources.locate(reg, text)


def test_clean_source_every_provision_exact(corpus):
    reg, lines, found = _located(corpus, "lao-cai-vks-xa-phuong")
    assert set(found) == {p["id"] for p in reg["provisions"]}
    assert {v["status"] for v in found.values()} == {"exact"}
    for provision in reg["provisions"]:
        where = found[provision["id"]]
        passage = " ".join(lines[where["first"] - 1:where["last"]])
        assert sources._words(provision["vi"])[0] in sources._words(passage)
    previous = 0
    for provision in reg["provisions"]:  # passages follow the text's order
        assert found[provision["id"]]["first"] >= previous
        previous = found[provision["id"]]["first"]


def test_ocr_source_places_provisions_and_says_when_unsure(corpus):
    reg, lines, found = _located(corpus, "380-qd-tw")
    placed = [v for v in found.values() if v["status"] == "close"]
    print(f"\n380-qd-tw: {len(placed)}/{len(found)} provisions placed in the OCR, lowest coverage "
          f"{min(v['coverage'] for v in placed):.2f}")
    assert len(placed) / len(found) >= 0.9
    where = found["qd-dieu-1"]
    assert "Ban hanh kém theo Quyét dinh nay" in lines[where["first"] - 1]
    # a provision whose words are not in the OCR is "uncertain", not placed somewhere
    garbled = {**reg, "provisions": [dict(p, vi="Xin chào thế giới hôm nay trời đẹp quá") if p["id"] == "dieu-3-khoan-2"
                                     else p for p in reg["provisions"]]}
    again = sources.locate(garbled, "\n".join(lines))
    assert again["dieu-3-khoan-2"]["status"] == "uncertain" and "first" not in again["dieu-3-khoan-2"]


def test_every_uncertain_reading_is_found_on_its_line(corpus):
    reg, lines, found = _located(corpus, "380-qd-tw")
    at = sources.reading_lines(reg, lines, found)
    assert len(at) == 51 and None not in at
    for line, reading in zip(at, reg["uncertain_readings"]):
        shown = " ".join(" ".join(lines[line - 1:line + 1]).split())
        assert " ".join(reading["ocr"].split()) in shown
    assert sources.reading_lines({**reg, "uncertain_readings": [{"provision": "dieu-1", "ocr": "không có ở đâu"}]},
                                 lines, found) == [None]
