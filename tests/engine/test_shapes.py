"""The typed shapes (checker.shapes) and the JSON schema describe the same result; the compiled corpus has
the keys its shape says."""

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import get_type_hints

from checker.corpus import load_corpus
from checker.shapes import CompiledCorpus, CompiledRegulation, Provision, RulesData
from sitegen.schema_check import SCHEMA_FILE, verify_schema

REPO = Path(__file__).resolve().parents[2]


def test_schema_and_shapes_agree():
    assert verify_schema() == []


def test_verify_schema_finds_a_difference(tmp_path):
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    broken = copy.deepcopy(schema)
    del broken["$defs"]["due"]["properties"]["summary"]
    broken["$defs"]["due"]["required"].remove("summary")
    broken["$defs"]["obligation"]["required"].remove("notes")
    path = tmp_path / "schema.json"
    path.write_text(json.dumps(broken), encoding="utf-8")
    problems = verify_schema(path)
    assert any(p.startswith("$defs/due: keys differ") and "'summary'" in p for p in problems)
    assert any(p.startswith("$defs/obligation: required keys differ") for p in problems)


def test_verify_schema_command():
    done = subprocess.run([sys.executable, "-m", "sitegen", "verify-schema"], cwd=REPO, capture_output=True, text=True)
    assert done.returncode == 0 and "0 lỗi / " in done.stdout and "0 problems" in done.stdout, done.stderr


def _keys(shape) -> tuple[set, set]:
    return set(get_type_hints(shape)), set(shape.__required_keys__)


def test_compiled_corpus_has_the_keys_of_its_shape():
    corpus = load_corpus(REPO / "regulations")
    every, required = _keys(CompiledCorpus)
    assert required <= set(corpus) <= every
    for reg in corpus["regulations"].values():
        every, required = _keys(CompiledRegulation)
        assert required <= set(reg) <= every
        every, required = _keys(RulesData)
        assert required <= set(reg["rules"]) <= every
        for provision in reg["provisions"]:
            assert set(provision) == set(get_type_hints(Provision))
