"""scripts/synthetic_corpus.py: N valid regulations with new ids, written outside regulations/."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from checker.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import synthetic_corpus  # noqa: E402


def test_three_synthetic_regulations_validate(tmp_path):
    real = {p.name for p in synthetic_corpus.sources()}
    corpus = load_corpus(synthetic_corpus.generate(3, tmp_path / "c"))
    ids = set(corpus["regulations"])
    assert len(ids) == 3 and not ids & real
    assert all(any(rid.startswith(r + "-s") for r in real) for rid in ids)
    for rid, regulation in corpus["regulations"].items():
        suffix = rid.rsplit("-", 1)[1]
        assert f"({suffix.upper()})" in regulation["meta"]["title"]["vi"], rid
        assert all(s["id"].endswith("-" + suffix) for s in regulation.get("scenarios") or []), rid
        assert (tmp_path / "c" / rid / "meta.yml").read_text(encoding="utf-8").startswith("# SYNTHETIC")


def test_it_refuses_to_write_into_regulations():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "synthetic_corpus.py"), "2", "--out",
                             str(ROOT / "regulations" / "x")], capture_output=True, text=True)
    assert result.returncode == 2 and not (ROOT / "regulations" / "x").exists()
