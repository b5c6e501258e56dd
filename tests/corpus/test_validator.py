"""The corpus validator: the real corpus loads; each small broken corpus is rejected as expected.

Each folder in broken/ is the corpus in good/ with one mistake; its expected.yml lists the errors
(file relative to the folder, line, fragment of the English message) the validator must report.
"""

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from checker.corpus import CorpusError, load_corpus, main, provision_kind_and_parent, validate_corpus, provision_id_is_valid

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BROKEN = sorted(p for p in (HERE / "broken").iterdir() if p.is_dir())


def test_real_corpus_validates():
    started = time.perf_counter()
    corpus, errors = validate_corpus(REPO / "regulations")
    elapsed = time.perf_counter() - started
    assert errors == [], "corpus content errors:\n" + "\n".join(map(str, errors))
    assert sorted(corpus["regulations"]) == ["380-qd-tw", "lao-cai-vks-xa-phuong"]


def test_good_fixture_compiles_to_the_contract_shape():
    corpus = load_corpus(HERE / "good")
    assert json.loads(json.dumps(corpus)) == corpus  # plain JSON types only
    assert json.dumps(corpus) == json.dumps(load_corpus(HERE / "good"))  # deterministic
    regulation = corpus["regulations"]["quy-che-mau"]
    assert set(regulation) == {"id", "meta", "provisions", "rules", "uncertain_readings", "scenarios"}
    by_id = {p["id"]: p for p in regulation["provisions"]}
    assert list(by_id)[:3] == ["tieu-de", "can-cu-1", "chuong-1"]
    assert by_id["dieu-1-khoan-2-diem-a-gach-1"] == {
        "id": "dieu-1-khoan-2-diem-a-gach-1", "kind": "gach", "parent": "dieu-1-khoan-2-diem-a",
        "vi": "- Gửi báo cáo hằng năm.", "en": "- Send a report every year.", "line_vi": 24, "line_en": 24,
    }
    assert by_id["dieu-2"]["vi"] == "Điều 2. Hiệu lực\n\nQuy chế có hiệu lực kể từ ngày ký."
    assert regulation["meta"]["signer"] == "unknown"
    assert regulation["rules"]["rules"][0]["timing"] == {
        "kind": "within", "count": 5, "unit": "working_days", "from": "receipt"}
    assert regulation["uncertain_readings"][0]["reading"] == "05 ngày"


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_broken_corpus_is_rejected(folder):
    expected = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))["errors"]
    corpus, errors = validate_corpus(folder)
    assert corpus is None
    found = [(Path(e.path).relative_to(folder).as_posix(), e.line, e) for e in errors]
    assert len(found) == len(expected), "\n".join(map(str, errors))
    for want in expected:
        assert any(path == want["file"] and line == want["line"] and want["message"] in error.message_en
                   for path, line, error in found), f"{want} not in:\n" + "\n".join(map(str, errors))
    for error in errors:  # every message in both languages, in the documented form
        assert error.message_vi and error.message_en and error.message_vi != error.message_en
        assert str(error) == f"{error.path}:{error.line}: {error.message_vi} / {error.message_en}"


@pytest.mark.parametrize("folder", BROKEN, ids=[p.name for p in BROKEN])
def test_command_line_reports_broken_corpus(folder, capsys):
    assert main([str(folder)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    expected = yaml.safe_load((folder / "expected.yml").read_text(encoding="utf-8"))["errors"][0]
    assert f"{folder / expected['file']}:{expected['line']}: " in out.err


def test_command_line_as_a_module():
    broken = HERE / "broken" / "malformed-yaml"
    run = subprocess.run([sys.executable, "-m", "checker.corpus", str(broken)], cwd=REPO,
                         capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stdout + run.stderr
    assert "rules.yml:4: " in run.stderr
    run = subprocess.run([sys.executable, "-m", "checker.corpus", str(HERE / "good")], cwd=REPO,
                         capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("OK: 1 regulations, 10 provisions, 2 rules")
    run = subprocess.run([sys.executable, "-m", "checker.corpus", str(HERE / "no-such-folder")], cwd=REPO,
                         capture_output=True, text=True)
    assert run.returncode == 1 and "Traceback" not in run.stderr and "corpus folder not found" in run.stderr


def test_load_corpus_raises_first_error_and_keeps_all():
    with pytest.raises(CorpusError) as caught:
        load_corpus(HERE / "broken" / "duplicate-id")
    assert len(caught.value.errors) == 2 and caught.value is caught.value.errors[0]
    assert caught.value.path.endswith("text.en.md") and caught.value.line == 32


def test_checker_package_does_not_import_yaml_or_pydantic():
    # The engine runs under Pyodide, which has neither.
    code = ("import sys, checker; bad = {'yaml', 'pydantic', 'checker.corpus'} & set(sys.modules); "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True)


@pytest.mark.parametrize("pid, kind, parent", [
    ("chuong-2", "chuong", None), ("dieu-5", "dieu", None), ("dieu-5-khoan-2", "khoan", "dieu-5"),
    ("dieu-5-khoan-2-diem-b", "diem", "dieu-5-khoan-2"), ("dieu-5-khoan-2-diem-dd", "diem", "dieu-5-khoan-2"),
    ("dieu-5-khoan-2-diem-b-gach-2", "gach", "dieu-5-khoan-2-diem-b"), ("dieu-1-gach-1", "gach", "dieu-1"),
    ("dieu-1-khoan-3-gach-1", "gach", "dieu-1-khoan-3"), ("qd-dieu-3", "front", None), ("tieu-de", "front", None),
    ("can-cu", "front", None), ("qd-can-cu-8", "front", None), ("noi-nhan-2", "front", None),
    ("chu-ky", "front", None), ("qd-ban-hanh", "front", None),
])
def test_id_grammar_accepts_and_derives_parent(pid, kind, parent):
    assert provision_id_is_valid(pid)
    assert provision_kind_and_parent(pid) == (kind, parent)


@pytest.mark.parametrize("pid", [
    "dieu-0", "dieu-05", "Dieu-5", "dieu5", "dieu-5-diem-a", "dieu-5-khoan-2-diem-ab", "dieu-5-khoan-2-diem-1",
    "chuong-1-dieu-1", "khoan-1", "dieu-5-khoan-2-gach-1-gach-2", "qd-chuong-1", "can-cu-0", "dieu-5 khoan-2", "",
])
def test_id_grammar_rejects(pid):
    assert not provision_id_is_valid(pid)
