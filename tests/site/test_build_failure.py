"""A bad corpus stops the build with the validator's file:line message, exit status 1, no traceback,
and the previous site left exactly as it was."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCE = Path(os.environ.get("REGULATIONS_DIR") or ROOT / "regulations")


def run_docs(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "sitegen", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300, env={**os.environ, **(env or {})})


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_broken_corpus_fails_and_leaves_the_site_untouched(tmp_path):
    corpus = tmp_path / "regulations"
    shutil.copytree(SOURCE, corpus)
    meta = corpus / "380-qd-tw" / "meta.yml"
    lines = meta.read_text(encoding="utf-8").splitlines()
    number_line = next(i for i, line in enumerate(lines) if line.startswith("signing_date:"))
    lines[number_line] = 'signing_date: "2025-02-30"'
    meta.write_text("\n".join(lines) + "\n", encoding="utf-8")

    site = tmp_path / "site"
    (site / "regulations").mkdir(parents=True)
    (site / "index.html").write_text("previous site", encoding="utf-8")
    (site / "regulations" / "old.html").write_text("previous page", encoding="utf-8")
    before = snapshot(site)

    result = run_docs("build", "--corpus", str(corpus), "--site-dir", str(site))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    assert f"380-qd-tw/meta.yml:{number_line + 1}:" in result.stderr
    assert "2025-02-30" in result.stderr
    assert snapshot(site) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["regulations", "site"]  # no half-built leftovers


def test_broken_corpus_from_environment_variable(tmp_path):
    corpus = tmp_path / "regulations"
    shutil.copytree(SOURCE, corpus)
    rules = corpus / "lao-cai-vks-xa-phuong" / "rules.yml"
    rules.write_text(rules.read_text(encoding="utf-8").replace("cites: [", "cites: [dieu-99, ", 1), encoding="utf-8")
    result = run_docs("verify-corpus", env={"REGULATIONS_DIR": str(corpus)})
    assert result.returncode == 1
    assert "lao-cai-vks-xa-phuong/rules.yml:" in result.stderr and "dieu-99" in result.stderr
    assert "Traceback" not in result.stderr
