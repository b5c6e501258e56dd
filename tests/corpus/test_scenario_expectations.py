"""scenarios.yml is part of the corpus: every scenario is a regression test of the checker.

Each scenario's `expect:` (the answer a lawyer checked against the story) must be what
checker.engine.check gives. The schema and reference mistakes have their broken corpora in
broken/scenario-*/ (run by test_validator.py); the checks that need the engine or several
regulations are here.
"""

import shutil
from pathlib import Path

import pytest

from checker.corpus import load_corpus, main, validate_corpus
from checker.corpus_scenarios import expectation_errors, scenario_errors

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
REGULATIONS = REPO / "regulations"
CORPUS = load_corpus(REGULATIONS)
SCENARIOS = [(rid, sc) for rid, reg in CORPUS["regulations"].items() for sc in reg["scenarios"]]


def test_every_regulation_has_scenarios_with_expectations():
    for rid, reg in CORPUS["regulations"].items():
        assert reg["scenarios"], f"{rid}: no scenario"
        for sc in reg["scenarios"]:
            assert sc["expect"], sc["id"]


@pytest.mark.parametrize(("rid", "scenario"), SCENARIOS, ids=[sc["id"] for _, sc in SCENARIOS])
def test_scenario_gives_its_expected_answer(rid, scenario):
    errors = scenario_errors(CORPUS, scenario, REGULATIONS / rid / "scenarios.yml")
    assert not errors, "\n".join(map(str, errors))


@pytest.mark.parametrize(("scenario_id", "rule", "due", "last_working_day"), [
    # The dates the stories are written around, read by hand (see the comments in scenarios.yml).
    ("lc-friday-before-worked-saturday", "r-dieu-8-khoan-2-tra-loi-05-ngay", "2025-05-06", None),
    ("380-personnel-tet", "r-dieu-5-khoan-2-diem-b-15-ngay", "2026-02-23", None),
    ("380-personnel-tet-strict", "r-dieu-5-khoan-2-diem-b-15-ngay", "2026-02-17", None),
    ("380-annual-report-sunday", "r-dieu-7-khoan-1-bao-cao-hang-nam", "2025-12-14", "2025-12-12"),
    ("lc-silence-deemed-agreement", "r-dieu-8-khoan-2-tra-loi-05-ngay", "2026-11-30", None),
    ("380-coordination-promptly", "r-dieu-6-khoan-2-tra-loi-kip-thoi", "none", None),
])
def test_expectations_state_the_dates_of_the_stories(scenario_id, rule, due, last_working_day):
    scenario = next(sc for _, sc in SCENARIOS if sc["id"] == scenario_id)
    want = next(e for e in scenario["expect"] if e["rule"] == rule)
    assert (want["due"], want.get("last_working_day")) == (due, last_working_day)


def _copy(tmp_path, source=REGULATIONS) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(source, copy)
    return copy


def _edit(path: Path, old: str, new: str) -> int:
    """Replace the first `old` in a file; the line where it was."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _scenario_line(path: Path, scenario_id: str) -> int:
    return next(n for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if row.strip() == f"- id: {scenario_id}")


def test_a_wrong_date_in_expect_fails_with_file_line_and_scenario(tmp_path, capsys):
    copy = _copy(tmp_path)
    path = copy / "lao-cai-vks-xa-phuong" / "scenarios.yml"
    _edit(path, 'due: "2025-05-06"', 'due: "2025-05-05"')
    corpus, errors = validate_corpus(copy)
    assert errors == []  # the file is well formed: only running the checker finds the mistake
    errors = expectation_errors(corpus, copy)
    assert [str(e) for e in errors] == [
        f"{path}:{_scenario_line(path, 'lc-friday-before-worked-saturday')}: "
        "tình huống 'lc-friday-before-worked-saturday': expect[0].due (r-dieu-8-khoan-2-tra-loi-05-ngay) ghi 2025-05-05 "
        "nhưng công cụ kiểm tra cho 2025-05-06 / "
        "scenario 'lc-friday-before-worked-saturday': expect[0].due (r-dieu-8-khoan-2-tra-loi-05-ngay) says 2025-05-05 "
        "but the checker gives 2025-05-06"]
    # make validate (python -m checker.corpus) runs the scenarios too
    assert main([str(copy)]) == 1
    assert f"{path}:{_scenario_line(path, 'lc-friday-before-worked-saturday')}: " in capsys.readouterr().err


def test_a_changed_rule_breaks_the_scenarios_that_use_it(tmp_path):
    copy = _copy(tmp_path)
    _edit(copy / "380-qd-tw" / "rules.yml", "count: 15", "count: 25")  # 20 would still end in Tết for 380-personnel-tet
    corpus = load_corpus(copy)  # still a valid corpus (the site builds) ...
    failing = {e.message_en.split("'")[1] for e in expectation_errors(corpus, copy)}
    # ... but every scenario that expects a date of the 15-day rule now fails
    assert failing == {"380-personnel-ordinary", "380-personnel-tet", "380-personnel-tet-strict", "380-personnel-who"}


def test_an_omitted_last_working_day_and_a_wrong_party_fail(tmp_path):
    copy = _copy(tmp_path)
    _edit(copy / "380-qd-tw" / "scenarios.yml", ', last_working_day: "2025-12-12"', "")
    _edit(copy / "380-qd-tw" / "scenarios.yml", "actor: tinh-uy", "actor: dang-uy-tandtc")
    errors = expectation_errors(load_corpus(copy), copy)
    messages = "\n".join(e.message_en for e in errors)
    assert len(errors) == 2, messages
    assert "expect[0].actor (r-dieu-5-khoan-2-diem-b-15-ngay) says dang-uy-tandtc but the checker gives tinh-uy" \
        in messages
    assert "expect[0].last_working_day (r-dieu-7-khoan-1-bao-cao-hang-nam) says (nothing) but the checker gives " \
           "2025-12-12" in messages


def test_scenario_ids_are_unique_across_regulations(tmp_path):
    copy = _copy(tmp_path, HERE / "good")
    shutil.copytree(copy / "quy-che-mau", copy / "quy-che-mau-2")
    _edit(copy / "quy-che-mau-2" / "meta.yml", "id: quy-che-mau", "id: quy-che-mau-2")
    path = copy / "quy-che-mau-2" / "scenarios.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("regulation: quy-che-mau", "regulation: quy-che-mau-2"),
                    encoding="utf-8")
    corpus, errors = validate_corpus(copy)
    assert corpus is None
    assert [(e.path, e.line) for e in errors] == [(str(path), 3), (str(path), 20)]
    assert "duplicate scenario id 'mau-tra-loi-05-ngay' (already at " in errors[0].message_en
    assert f"{copy / 'quy-che-mau' / 'scenarios.yml'}:3)" in errors[0].message_en


def test_confusions_are_resolved(tmp_path):
    copy = _copy(tmp_path)
    path = copy / "380-qd-tw" / "scenarios.yml"
    line = _edit(path, "- {event: personnel-consultation-received}", "- {event: personnel-consultation-recieved}")
    corpus, errors = validate_corpus(copy)
    assert corpus is None and len(errors) == 1, "\n".join(map(str, errors))
    assert (errors[0].path, errors[0].line) == (str(path), line)
    assert "unknown event 'personnel-consultation-recieved'" in errors[0].message_en


def test_confusions_with_another_regulation_are_resolved(tmp_path):
    copy = _copy(tmp_path)
    path = copy / "380-qd-tw" / "scenarios.yml"
    _edit(path, "{regulation: lao-cai-vks-xa-phuong, event: opinion-request-received}",
          "{regulation: lao-cai-vks-xa-phuong, event: no-such-event}")
    corpus, errors = validate_corpus(copy)
    assert corpus is None and len(errors) == 1, "\n".join(map(str, errors))
    assert (errors[0].path, errors[0].line) == (str(path), _scenario_line(path, "380-coordination-promptly"))
    assert "unknown event 'no-such-event' in the rules.yml of lao-cai-vks-xa-phuong" in errors[0].message_en
    _edit(path, "{regulation: lao-cai-vks-xa-phuong, event: no-such-event}", "{regulation: no-such-regulation}")
    corpus, errors = validate_corpus(copy)
    assert len(errors) == 1 and "unknown regulation 'no-such-regulation'" in errors[0].message_en


def test_scenarios_yml_is_optional(tmp_path):
    copy = _copy(tmp_path, HERE / "good")
    (copy / "quy-che-mau" / "scenarios.yml").unlink()
    assert load_corpus(copy)["regulations"]["quy-che-mau"]["scenarios"] == []


def test_the_good_fixture_compiles_its_scenarios():
    corpus = load_corpus(HERE / "good")
    first, second = corpus["regulations"]["quy-che-mau"]["scenarios"]
    assert first["line"] == 3 and first["scenario"] == {
        "regulation": "quy-che-mau", "event": "request-received", "date": "2025-04-25", "flags": [], "mode": "standard"}
    assert first["expect"] == [{"rule": "r-dieu-1-khoan-1-05-ngay", "due": "2025-05-06"}]
    assert second["scenario"]["mode"] == "standard"  # the default
    assert second["self_check"] == {"type": "who-must-act", "ask": "actor", "rule": "r-dieu-1-khoan-2-diem-a-gach-1-hang-nam",
                                    "confusions": [{"flags": []}]}  # only the keys written
    assert expectation_errors(corpus, HERE / "good") == []
