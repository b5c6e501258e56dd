"""Fixtures of the engine tests: the compiled corpus, from checker.corpus.load_corpus.

While the corpus as a whole does not validate yet (other files still being written), the tests fall back
to a minimal local compilation of the same files, but only if none of the errors is in a rules.yml: a
mistake in the rules data must fail these tests, not be hidden by the fallback.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
REGULATIONS = ROOT / "regulations"


def _local_corpus() -> dict:
    regulations = {}
    for folder in sorted(p for p in REGULATIONS.iterdir() if p.is_dir()):
        meta_path = folder / "meta.yml"
        ids = [line[4:].strip() for line in (folder / "text.vi.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("::: ")]
        regulations[folder.name] = {
            "id": folder.name,
            "meta": yaml.safe_load(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {},
            "provisions": [{"id": pid} for pid in ids],
            "rules": yaml.safe_load((folder / "rules.yml").read_text(encoding="utf-8")),
            "uncertain_readings": [],
        }
    return {"version": 1, "glossary": [], "regulations": regulations}


def load_test_corpus() -> dict:
    try:
        from checker.corpus import CorpusError, load_corpus
    except ImportError:
        return _local_corpus()
    try:
        return load_corpus(REGULATIONS)
    except CorpusError as error:
        in_rules = [str(e) for e in error.errors if Path(e.path).name == "rules.yml"]
        if in_rules:
            pytest.fail("rules.yml does not validate:\n" + "\n".join(in_rules))
        warnings.warn("corpus does not validate yet (" + str(error) + "); engine tests use a local compilation",
                      stacklevel=1)
        return _local_corpus()


_CORPUS: dict | None = None


@pytest.fixture(scope="session")
def corpus() -> dict:
    global _CORPUS
    if _CORPUS is None:
        _CORPUS = load_test_corpus()
    return _CORPUS


@pytest.fixture(scope="session")
def corpus_json(corpus, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("corpus") / "corpus.json"
    path.write_text(json.dumps(corpus, ensure_ascii=False), encoding="utf-8")
    return path


SYNTHETIC = Path(__file__).resolve().parent / "synthetic"


@pytest.fixture(scope="session")
def synthetic_corpus() -> dict:
    """The made-up regulation vi-du-thoi-han (tests/engine/synthetic/): every timing kind the format allows."""
    from checker.corpus import load_corpus

    return load_corpus(SYNTHETIC)
