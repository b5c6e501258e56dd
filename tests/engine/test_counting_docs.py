"""docs/method/counting*.md: both languages, same anchors, one section per convention the results cite."""

import re
from pathlib import Path

from checker.engine import CONVENTIONS

from helpers import LAO_CAI, obligation, run

DOCS = Path(__file__).resolve().parents[2] / "docs" / "method"
ANCHOR = re.compile(r"^(#+) .*\{ #([a-z0-9-]+) \}\s*$", re.M)


def _anchors(name):
    return ANCHOR.findall((DOCS / name).read_text(encoding="utf-8"))


def test_same_sections_in_both_languages():
    vi, en = _anchors("counting.md"), _anchors("counting.en.md")
    assert vi == en
    assert vi[0] == ("#", "counting") and [level for level, _ in vi].count("#") == 1


def test_every_convention_has_its_section():
    anchors = {anchor for _, anchor in _anchors("counting.md")}
    assert set(CONVENTIONS) <= anchors


def test_the_worked_example_is_what_the_checker_says(corpus):
    reply = obligation(run(corpus, LAO_CAI, "opinion-request-received", "2026-11-20"), "r-dieu-8-khoan-2-tra-loi-05-ngay")
    assert reply["due"]["date"] == "2026-11-30"
    for name in ("counting.md", "counting.en.md"):
        page = (DOCS / name).read_text(encoding="utf-8")
        table = page.split("{ #worked-example }")[1].split("\n## ")[0]
        rows = re.findall(r"^\| (\d\d)/(\d\d)/(\d{4}) \| [^|]+ \| ([^|]+) \|", table, re.M)
        counted = [f"{y}-{m}-{d}" for d, m, y, n in rows if n.strip().isdigit()]
        assert counted == [d["date"] for d in reply["counting"]["days"] if d["status"] == "counted"], name
