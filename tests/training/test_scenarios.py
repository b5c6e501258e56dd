"""The worked scenarios: they cover every event, hold the traps of issue 6, and take their answers from the
checker at build time (a rule changed in a copy of the corpus changes the generated page)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def test_at_least_twelve_scenarios_cover_every_event(corpus, items):
    assert len(items) >= 12
    for reg_id, reg in corpus["regulations"].items():
        events = {e["id"] for e in reg["rules"]["events"]}
        covered = {i["inputs"]["event"] for i in items if i["regulation"] == reg_id}
        assert events <= covered, f"{reg_id}: no worked scenario for {sorted(events - covered)}"


def _item(items, scenario_id):
    return next(i for i in items if i["id"] == scenario_id)


@pytest.mark.parametrize(
    ("scenario_id", "expected"),
    [
        # Friday 25/04/2025, then the worked Saturday 26/04, 30/4, 1/5 and the swapped day off 2/5.
        ("lc-friday-before-worked-saturday", "2025-05-06"),
        # 15 days from 02/02/2026 end on 17/02, in Tết: moved to the next working day (standard mode) ...
        ("380-personnel-tet", "2026-02-23"),
        # ... and kept in strict mode.
        ("380-personnel-tet-strict", "2026-02-17"),
        # "Before 15/12" when 14/12/2025 is a Sunday: the last working day is Friday 12/12.
        ("380-annual-report-sunday", "2025-12-12"),
    ],
)
def test_the_traps_give_the_checkers_dates(items, scenario_id, expected):
    item = _item(items, scenario_id)
    correct = [o for o in item["options"] if o["correct"]]
    assert len(correct) == 1 and correct[0]["date"].isoformat() == expected


def test_silence_complex_case_and_no_fixed_period_are_taught(items):
    silence = _item(items, "lc-silence-deemed-agreement")["focus"]
    assert silence["due"] and "coi như nhất trí" in silence["consequence"]["vi"]
    complex_case = _item(items, "lc-complex-case")
    assert complex_case["inputs"]["flags"] == ["complex"]
    assert complex_case["focus"]["rule"] in {r for f in complex_case["event"]["flags"] for r in f["adds_rules"]}
    promptly = _item(items, "380-coordination-promptly")
    assert promptly["focus"]["due"] is None
    right = [o for o in promptly["options"] if o["correct"]]
    assert len(right) == 1 and right[0]["date"] is None  # "no fixed date" is the answer, not a date


def test_every_question_has_one_right_option_among_distinct_ones(items):
    for item in items:
        options = item["options"]
        keys = [o.get("date") or (o.get("party") or {}).get("id") or "none" for o in options]
        assert len(options) >= 3, item["id"]
        assert len(set(keys)) == len(keys), item["id"]
        assert sum(o["correct"] for o in options) == 1, item["id"]
        assert all(o["why"] for o in options if not o["correct"]), item["id"]
        assert item["focus"]["citations"], item["id"]


def _answers(page_text: str) -> dict[str, str]:
    """scenario id -> the answer printed on the worked-scenarios page."""
    found = re.findall(r'data-tr-scenario="([^"]+)".*?<span data-tr-answer>([^<]*)</span>', page_text, re.S)
    return dict(found)


def _set_count(rules_file: Path, rule_id: str, count: int) -> None:
    data = yaml.safe_load(rules_file.read_text(encoding="utf-8"))
    rule = next(r for r in data["rules"] if r["id"] == rule_id)
    rule["timing"]["count"] = count
    rules_file.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


def test_pages_take_their_answers_from_the_checker_at_build_time(training, tmp_path):
    """Change the 15-day period of 380 to 20 and the Lào Cai 05 working days to 07 in a copy of the corpus:
    the generated pages must show the new dates, computed by the checker."""
    from checker.corpus import load_corpus

    copy = tmp_path / "regulations"
    shutil.copytree(ROOT / "regulations", copy)
    before_dir, after_dir = tmp_path / "before", tmp_path / "after"
    training.generate_training_pages(load_corpus(copy), before_dir, regulations_root=copy)

    _set_count(copy / "380-qd-tw" / "rules.yml", "r-dieu-5-khoan-2-diem-b-15-ngay", 20)
    _set_count(copy / "lao-cai-vks-xa-phuong" / "rules.yml", "r-dieu-8-khoan-2-tra-loi-05-ngay", 7)
    training.generate_training_pages(load_corpus(copy), after_dir, regulations_root=copy)

    for lang_file, dates in (("scenarios.md", ("05/12/2025", "10/12/2025", "06/05/2025", "08/05/2025")),
                             ("scenarios.en.md", ("5 December 2025", "10 December 2025", "6 May 2025", "8 May 2025"))):
        # one page of worked scenarios per regulation (training/<id>/scenarios/)
        before = {k: v for path in sorted((before_dir / "training").glob(f"*/{lang_file}"))
                  for k, v in _answers(path.read_text(encoding="utf-8")).items()}
        after = {k: v for path in sorted((after_dir / "training").glob(f"*/{lang_file}"))
                 for k, v in _answers(path.read_text(encoding="utf-8")).items()}
        # 20 days from Thursday 20/11/2025: Wednesday 10/12/2025.
        assert dates[0] in before["380-personnel-ordinary"] and dates[1] in after["380-personnel-ordinary"]
        # 7 working days from Friday 25/04/2025 (26/04 worked; 30/4, 1/5, 2/5 off): Thursday 08/05/2025.
        assert dates[2] in before["lc-friday-before-worked-saturday"]
        assert dates[3] in after["lc-friday-before-worked-saturday"]
    # The presenter and the self-check follow too.
    for page in ("presenter.md", "self-check.md"):
        text = "".join(path.read_text(encoding="utf-8") for path in (after_dir / "training").glob(f"*/{page}"))
        assert "10/12/2025" in text and "08/05/2025" in text, page


def test_a_mistake_in_scenarios_yml_is_reported_with_file_and_line(tmp_path):
    """scenarios.yml is part of the corpus: the corpus loader (make validate) reports its mistakes."""
    from checker.corpus import CorpusError, load_corpus

    copy = tmp_path / "regulations"
    shutil.copytree(ROOT / "regulations", copy)
    path = copy / "380-qd-tw" / "scenarios.yml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("event: annual-report", "event: annual-reprot", 1), encoding="utf-8")
    line = next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "annual-reprot" in row)
    with pytest.raises(CorpusError) as error:
        load_corpus(copy)
    message = str(error.value)
    assert message.startswith(f"{path}:{line}: ")
    assert "annual-reprot" in message and "sự kiện" in message and "event" in message


def test_scenarios_come_from_the_compiled_corpus(training, corpus, items):
    """The kit reads corpus[...]["scenarios"] only, and keeps each scenario's place in its file."""
    ids = [sc["id"] for reg in corpus["regulations"].values() for sc in reg["scenarios"]]
    assert [i["id"] for i in items] == ids
    for item in items:
        path, line = item["source"]
        assert path.endswith(f"{item['regulation']}/scenarios.yml") and line > 0
        assert f"id: {item['id']}" in Path(path).read_text(encoding="utf-8").splitlines()[line - 1]


def test_a_regulation_without_scenarios_gets_its_handout_and_no_empty_pages(training, corpus, tmp_path):
    """The kit is per regulation (training/<id>/); one just imported, without worked scenarios, has its handout,
    its print page and its kit page, and the pages that lead to the scenario pages leave it out."""
    import copy

    bare = copy.deepcopy(corpus)
    bare["regulations"]["lao-cai-vks-xa-phuong"]["scenarios"] = []
    training.generate_training_pages(bare, tmp_path)
    kit = tmp_path / "training"
    for suffix in (".md", ".en.md"):
        assert (kit / f"handout-lao-cai-vks-xa-phuong{suffix}").exists()
        assert (kit / "lao-cai-vks-xa-phuong" / f"index{suffix}").exists()
        assert (kit / "lao-cai-vks-xa-phuong" / f"print{suffix}").exists()
        assert not (kit / "lao-cai-vks-xa-phuong" / f"presenter{suffix}").exists()
        assert (kit / "380-qd-tw" / f"presenter{suffix}").exists()
        chooser = (kit / f"presenter{suffix}").read_text(encoding="utf-8")
        assert "380-qd-tw/presenter/" in chooser and "lao-cai-vks-xa-phuong" not in chooser
        assert "lao-cai-vks-xa-phuong/" in (kit / f"index{suffix}").read_text(encoding="utf-8")
