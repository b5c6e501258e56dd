"""The corpus validator: the real corpus loads; each small broken corpus is rejected as expected.

Each folder in broken/ is the corpus in good/ with one mistake; its expected.yml lists the errors
(file relative to the folder, line, fragment of the English message) the validator must report.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from checker.corpus import CorpusError, load_corpus, main, provision_kind_and_parent, validate_corpus, provision_id_is_valid

REPO = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BROKEN = sorted(p for p in (HERE / "broken").iterdir() if p.is_dir())


def test_real_corpus_validates():
    corpus, errors = validate_corpus(REPO / "regulations")
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
    assert run.returncode == 0 and run.stdout.startswith("OK: 1 văn bản, 10 điều khoản, 2 quy tắc / 1 regulations, 10 provisions, 2 rules")
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


def test_the_validator_reads_ids_with_the_one_grammar():
    """The grammar itself is tested in tests/engine/test_ids.py; the validator must only delegate to it."""
    from checker import ids

    for pid in ("dieu-5-khoan-2-diem-dd", "qd-can-cu-8", "chuong-2", "dieu-0", "qd-chuong-1", "khoan-1"):
        assert provision_id_is_valid(pid) == ids.is_valid(pid)
        if ids.is_valid(pid):
            assert provision_kind_and_parent(pid) == ids.kind_and_parent(pid)


# ---------------------------------------------------------------------------
# Hostile input: every case ends with a file:line message, never a crash, a hang or a traceback.


def _copy_good(tmp_path):
    import shutil
    root = tmp_path / "corpus"
    shutil.copytree(HERE / "good", root)
    return root


def _validate_in_subprocess(root, timeout=120):
    """Run the validator in its own process: a segmentation fault or a hang must not take pytest down."""
    run = subprocess.run([sys.executable, "-m", "checker.corpus", str(root)], cwd=REPO, capture_output=True,
                         text=True, timeout=timeout)  # a generous hang guard, not a timing
    assert "Traceback" not in run.stderr and "unexpected error" not in run.stderr, run.stderr[-2000:]
    return run


@pytest.mark.parametrize("text", [
    "parties:\n  - " + "[" * 30000 + "]" * 30000 + "\n",
    "parties:\n  - " + "{a: " * 30000 + "b" + "}" * 30000 + "\n",
    "parties:\n" + "".join(" " * i + f"k{i}:\n" for i in range(1, 1000)),
    "parties:\n  - " + "- " * 30000 + "x\n",
])
def test_deeply_nested_yaml_is_refused_without_crash(tmp_path, text):
    root = _copy_good(tmp_path)
    (root / "quy-che-mau" / "rules.yml").write_text(text, encoding="utf-8")
    run = _validate_in_subprocess(root)
    assert run.returncode == 1, (run.returncode, run.stderr[-500:])  # -11 was the segmentation fault
    assert "rules.yml:" in run.stderr and "YAML nested too deeply (more than 100 levels)" in run.stderr


def test_real_nesting_is_far_below_the_depth_limit():
    from checker.corpus import MAX_YAML_DEPTH, _yaml_depth  # noqa
    for path in (REPO / "regulations").rglob("*.yml"):
        assert _yaml_depth(path.read_text(encoding="utf-8"))[0] < MAX_YAML_DEPTH // 4, path


def _make_fifo(path):
    path.unlink()
    os.mkfifo(path)


def _make_loop(path):
    path.unlink()
    path.symlink_to(path.name)


def _make_folder(path):
    path.unlink()
    path.mkdir()


def _make_dev_zero(path):
    path.unlink()
    path.symlink_to("/dev/zero")


def _make_huge(path):
    from checker.corpus import MAX_FILE_BYTES
    with path.open("a", encoding="utf-8") as handle:
        handle.write("\n".join(["Ban Thường vụ."] * (MAX_FILE_BYTES // 10)))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX system")
@pytest.mark.parametrize("name", ["rules.yml", "text.en.md", "uncertain.yml"])
@pytest.mark.parametrize("make, message", [
    (_make_fifo, "not a regular file (a special file)"), (_make_loop, "cannot read the file"),
    (_make_folder, "not a regular file (a folder)"), (_make_dev_zero, "not a regular file (a special file)"),
    (_make_huge, "file too large"),
], ids=["fifo", "link-loop", "folder", "dev-zero", "too-large"])
def test_non_regular_or_huge_files_are_refused(tmp_path, name, make, message):
    root = _copy_good(tmp_path)
    make(root / "quy-che-mau" / name)
    run = _validate_in_subprocess(root)
    assert run.returncode == 1
    assert f"quy-che-mau/{name}:0: " in run.stderr and message in run.stderr, run.stderr[-1000:]


def test_glossary_check_is_linear():
    # 40,000 lines with three terms each took more than 300 s (a list of claimed spans searched for
    # every match); it now takes well under a second. A hang guard, not a timing: the child is killed.
    code = (
        "from checker.corpus import Term, _glossary_matchers, _missing_terms\n"
        "terms = [Term(vi='Ban Thường vụ', en='Standing Committee'), Term(vi='phối hợp', en='coordinat'),"
        " Term(vi='Ban Bí thư', en='Secretariat'), Term(vi='Thường vụ', en='Standing')]\n"
        "vi = '\\n'.join(['Ban Thường vụ phối hợp với Ban Bí thư.'] * 40000)\n"
        "en = '\\n'.join(['The Standing Committee coordinates with the Secretariat.'] * 40000)\n"
        "assert _missing_terms(vi, en, _glossary_matchers(terms)) == []\n"
        "assert [t.vi for t in _missing_terms(vi, 'nothing', _glossary_matchers(terms))] == "
        "['Ban Thường vụ', 'Ban Bí thư', 'phối hợp']\n"
    )
    subprocess.run([sys.executable, "-c", code], cwd=REPO, check=True, timeout=60)


def test_glossary_longer_term_still_hides_shorter_ones():
    from checker.corpus import Term, _glossary_matchers, _missing_terms
    matchers = _glossary_matchers([Term(vi="Ban Thường vụ", en="Standing Committee"), Term(vi="Thường vụ", en="Standing")])
    assert _missing_terms("Ban Thường vụ họp.", "The Standing Committee meets.", matchers) == []
    assert [t.vi for t in _missing_terms("Ban Thường vụ và Thường vụ.", "Committee", matchers)] == [
        "Ban Thường vụ", "Thường vụ"]


def test_depth_scan_ignores_brackets_in_quotes_and_comments():
    from checker.corpus import _yaml_depth
    text = 'a: "' + "[" * 500 + '"\nb: \'{{{ it\'\'s\' # ' + "[" * 500 + "\nc: [1, [2]]\n"
    assert _yaml_depth(text) == (3, 3)
