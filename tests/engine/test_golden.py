"""Golden explanations: what the checker answers for fixed scenarios, kept word for word in YAML.

Each tests/engine/golden/<kind>/<case>.yml holds a scenario (the checker's input, on the synthetic corpus in
tests/engine/synthetic/) and, under `expected`, the whole answer in a readable form: every obligation's due
date, its explanation in both languages, the day-by-day count with the reason each day off is skipped, the
warnings and conventions. A changed count, a dropped sentence, a missing reason or one changed word fails.

Default: compare. To regenerate on purpose (after a reviewed change of wording or counting), run

    UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/engine/test_golden.py

and review `git diff tests/engine/golden/` before committing. A new case: write a file with `about` and
`scenario` only, then regenerate.
"""

from __future__ import annotations

import difflib
import os
from pathlib import Path

import pytest
import yaml

from checker.engine import check

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
CASES = sorted(GOLDEN.rglob("*.yml"))


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Dates stay strings, as the checker takes and gives them."""


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Flow(dict):
    """A mapping written on one line (one day of a count, one citation)."""


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):
    def ignore_aliases(self, data):  # write a repeated warning out again, not as &id001 / *id001
        return True


_Dumper.add_representer(_Flow, lambda d, data: d.represent_mapping("tag:yaml.org,2002:map", data.items(),
                                                                   flow_style=True))


def _line(value):
    """A {vi, en} text on one line, "vi | en"; anything else as it is."""
    if isinstance(value, dict) and set(value) == {"vi", "en"}:
        return f"{value['vi']} | {value['en']}"
    return value


def _party(party):
    return None if party is None else f"{party['id']}: {_line(party['name'])}"


def _day(day: dict) -> _Flow:
    assert set(day) <= {"date", "weekday", "kind", "working", "reason", "status", "n", "marks"}, sorted(day)
    out = _Flow(date=day["date"], weekday=_line(day["weekday"]), kind=day["kind"], working=day["working"])
    for key in ("status", "n", "marks"):
        if key in day and day[key] not in (None, []):
            out[key] = day[key]
    if day["reason"] is not None:
        out["reason"] = _line(day["reason"])
    return out


def _citation(c: dict) -> _Flow:
    return _Flow(provision=c["provision"], human=_line(c["human"]), url=_line(c["url"]), found=c["found"],
                 regulation=c["regulation"])


def _messages(items: list[dict]) -> list[dict]:
    return [{"code": w["code"], **({"field": w["field"]} if "field" in w else {}), "message": w["message"]}
            for w in items]


def _counting(c: dict) -> dict:
    out = {"method": c["method"], "label": _line(c["label"]), "explanation": c["explanation"]}
    for key in ("start", "reference", "count", "unit", "raw_end", "period"):
        if key in c:
            out[key] = _line(c[key])
    out.update({"counted_days": c["counted_days"], "skipped_days": c["skipped_days"],
                "conventions": c["conventions"], "days": [_day(d) for d in c["days"]]})
    extra = set(c) - set(out)
    assert not extra, f"counting has keys the golden view does not show: {sorted(extra)}"
    return out


def _obligation(o: dict) -> dict:
    out = {
        "rule": o["rule"],
        "added_by_flag": o["added_by_flag"],
        "actor": _party(o["actor"]),
        "towards": _party(o["towards"]),
        "action": _line(o["action"]),
        "timing": _Flow({k: _line(v) for k, v in o["timing"].items()}),
        "due": {"date": o["due"]["date"], "weekday": _line(o["due"]["weekday"]),
                "latest_working_day": o["due"]["latest_working_day"], "reason": _line(o["due"]["reason"]),
                "summary": o["due"]["summary"]},
        "counting": _counting(o["counting"]),
        "warnings": _messages(o["warnings"]),
        "consequence": _line(o["consequence"]),
        "notes": _line(o["notes"]),
        "citation": _line(o["citation"]),
        "citations": [_citation(c) for c in o["citations"]],
    }
    assert set(o) == set(out), sorted(set(o) ^ set(out))
    return out


def view(result: dict) -> dict:
    """The checker's answer as the golden files show it: all of it, bilingual one-liners where short."""
    if not result["ok"]:
        return {"ok": False, "schema_version": result["schema_version"], "errors": _messages(result["errors"])}
    event = result["event"]
    out = {
        "ok": True,
        "obligations": [_obligation(o) for o in result["obligations"]],
        "warnings": _messages(result["warnings"]),
        "conventions": [{"id": c["id"], "text": c["text"], "source": c["source"]} for c in result["conventions"]],
        "event": {"id": event["id"], "label": _line(event["label"]), "date_means": _line(event["date_means"]),
                  "date": event["date"], "day": _day(event["day"]),
                  "flags": [_Flow(id=f["id"], label=_line(f["label"])) for f in event["flags"]],
                  "available_flags": [_Flow(id=f["id"], label=_line(f["label"])) for f in event["available_flags"]]},
        "mode": result["mode"],
        "mode_label": _line(result["mode_label"]),
        "scenario": _Flow(result["scenario"]),
        "regulation": _Flow(id=result["regulation"]["id"], number=result["regulation"]["number"],
                            title=_line(result["regulation"]["title"])),
        "responsibilities": [{"area": _line(r["area"]), "presides": [_party(p) for p in r["presides"]],
                              "coordinates": [_party(p) for p in r["coordinates"]],
                              "citations": [_citation(c) for c in r["citations"]]} for r in result["responsibilities"]],
        "liaison": [{"party": _party(i["party"]), "office": _line(i["office"]),
                     "citations": [_citation(c) for c in i["citations"]]} for i in result["liaison"]],
        "citations": [_citation(c) for c in result["citations"]],
        "schema_version": result["schema_version"],
        "calendar": _Flow(result["calendar"]),
    }
    assert set(result) == set(out), sorted(set(result) ^ set(out))
    return out


def _dump(value) -> str:
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=150)


def _body(case: dict, expected: dict) -> dict:
    scenario = case["scenario"]
    return {"about": case.get("about"), "scenario": _Flow(scenario) if isinstance(scenario, dict) else scenario,
            "expected": expected}


def test_there_are_golden_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("path", CASES, ids=[str(p.relative_to(GOLDEN).with_suffix("")) for p in CASES])
def test_golden(synthetic_corpus, path):
    case = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    actual = view(check(synthetic_corpus, case["scenario"]))
    if UPDATE:
        path.write_text(_dump(_body(case, actual)), encoding="utf-8")
        return
    assert "expected" in case, f"{path.name} has no expected answer yet: run with UPDATE_GOLDEN=1"
    if actual != case["expected"]:
        lines = [path.read_text(encoding="utf-8").splitlines(), _dump(_body(case, actual)).splitlines()]
        diff = "\n".join(difflib.unified_diff(*lines, "expected (golden file)", "actual (checker now)", lineterm=""))
        pytest.fail(f"{path.relative_to(HERE)} differs from the checker's answer:\n{diff}\n"
                    "If the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff.", pytrace=False)
