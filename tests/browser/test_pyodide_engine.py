"""The engine under Pyodide (Node + the npm package) gives exactly what it gives under CPython.

Scenarios: every event of every regulation on the dates the engine tests use as traps (the Friday before
the worked Saturday of 2025, a period running into Tết 2026, a Sunday, a year with no announced swaps,
the end of the year), with and without each flag, both counting modes, both languages, plus rejected
inputs. Run twice: from the wheels the site ships (site/wheels/*.whl, installed by unpacking them, as
pip would) and from the byte-compiled bundles the checker page really unpacks (runtime-*.zip).
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import icalendar
import pytest

from checker import browser as cpython_browser

ROOT = Path(__file__).resolve().parents[2]
NODE_SCRIPT = Path(__file__).with_name("pyodide_check.mjs")
PYODIDE = ROOT / "node_modules" / "pyodide"
TRAP_DATES = ["2025-04-25", "2026-02-13", "2025-12-20", "2026-11-20", "2027-12-31", "2025-08-31"]
# Known answers from the engine tests, checked again under Pyodide.
PINNED = {("lao-cai-vks-xa-phuong", "opinion-request-received", "2025-04-25", "standard"): "2025-05-06"}
REJECTED = [
    {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received", "date": "2025-02-30"},
    {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received", "date": ""},
    {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received", "date": "1999-01-01"},
    {"regulation": "lao-cai-vks-xa-phuong", "event": "meeting-planned", "date": "2025-04-25", "flags": ["complex"]},
    {"regulation": "nope", "event": "x", "date": "2025-04-25"},
    {"regulation": "380-qd-tw", "event": "<script>alert(1)</script>", "date": "2025-04-25"},
]


def scenarios(corpus: dict) -> list[dict]:
    out = []
    for regulation_id, regulation in corpus["regulations"].items():
        for event in regulation["rules"].get("events", []):
            flag_sets = [[]] + [[flag["id"]] for flag in event.get("flags", [])]
            for day in TRAP_DATES:
                for flags in flag_sets:
                    for mode in ("standard", "strict"):
                        lang = "en" if (len(out) % 2) else "vi"
                        out.append({"regulation": regulation_id, "event": event["id"], "date": day,
                                    "flags": flags, "mode": mode, "lang": lang})
    return out + REJECTED


@pytest.fixture(scope="module")
def shipped(built_site):
    corpus_path = built_site / "checker" / "corpus.json"
    manifest = json.loads((built_site / "wheels" / "manifest.json").read_text(encoding="utf-8"))
    return built_site, corpus_path, manifest


def run_under_pyodide(tmp_path, built_site, corpus_path, fmt, archives, cases, ics_cases):
    if shutil.which("node") is None:
        pytest.fail("node is not on PATH (Node 20 is needed: see README)", pytrace=False)
    config = {"pyodide": str(PYODIDE), "format": fmt, "archives": [str(a) for a in archives],
              "corpus": str(corpus_path), "scenarios": cases, "ics": ics_cases}
    config_path = tmp_path / f"config-{fmt}.json"
    config_path.write_text(json.dumps(config), encoding="utf-8")
    done = subprocess.run(["node", str(NODE_SCRIPT), str(config_path)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("fmt", ["wheel", "zip"])
def test_pyodide_matches_cpython(tmp_path, shipped, fmt):
    built_site, corpus_path, manifest = shipped
    corpus_json = corpus_path.read_text(encoding="utf-8")
    corpus = json.loads(corpus_json)
    cases = scenarios(corpus)
    if fmt == "wheel":
        archives = [built_site / "wheels" / w["file"] for w in manifest["wheels"]]
    else:
        archives = [built_site / "wheels" / b["file"] for b in manifest["bundles"].values()]
    ics_cases = [{"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received", "date": "2025-04-25",
                  "flags": ["complex"], "mode": "standard", "lang": lang} for lang in ("vi", "en")]
    pyodide = run_under_pyodide(tmp_path, built_site, corpus_path, fmt, archives, cases, ics_cases)

    assert pyodide["platform"] == "emscripten" and pyodide["python"].startswith("3.14"), pyodide["python"]
    assert len(pyodide["results"]) == len(cases)
    mismatches = []
    cpython_browser.open_corpus(corpus_json)
    for case, got in zip(cases, pyodide["results"]):
        expected = json.loads(cpython_browser.answer(json.dumps(case)))
        if got != expected:
            mismatches.append(case)
    assert not mismatches, f"{len(mismatches)} scenarios differ between Pyodide and CPython, e.g. {mismatches[:3]}"

    answered = [r for r in pyodide["results"] if r["ok"]]
    assert len(answered) == len(cases) - len(REJECTED)
    assert all(not r["ok"] for r in pyodide["results"][-len(REJECTED):])
    pinned_seen = 0
    for case, got in zip(cases, pyodide["results"]):
        key = (case["regulation"], case["event"], case["date"], case.get("mode"))
        if key in PINNED and not case["flags"]:
            assert got["obligations"][0]["due"]["date"] == PINNED[key]
            pinned_seen += 1
    assert pinned_seen == len(PINNED)
    # The written forms of the dates come from Python too, under Pyodide as under CPython.
    assert pyodide["results"][0]["obligations"][0]["due"]["date_text"]["vi"].count("/") == 2

    for text in pyodide["ics"]:
        calendar = icalendar.Calendar.from_ical(text)
        starts = {str(e.decoded("dtstart")) for e in calendar.walk("VEVENT")}
        assert "2025-05-06" in starts, starts
