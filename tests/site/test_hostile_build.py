"""The build against hostile input: metadata that reaches HTML is escaped on every page, one build uses
one corpus (pages and in-browser checker), and what killed builds left behind is removed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PAYLOAD = '"</title><script>alert(1)</script><img src=x onerror=alert(2)>&amp;'


def test_metadata_markup_is_escaped_in_every_page(tmp_path):
    # The validator refuses < and > in meta.yml; this bypasses it (the corpus is changed after loading)
    # to check that every route into HTML escapes: <title>, navigation, meta description, handouts.
    site = tmp_path / "site"
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from sitegen import build as docs
        corpus = docs.load_corpus(Path({str(ROOT / "regulations")!r}))
        payload = {PAYLOAD!r}
        for reg in corpus["regulations"].values():
            meta = reg["meta"]
            meta["number"] = payload
            for key in ("title", "issuing_body", "type", "status", "effect", "provenance"):
                meta[key] = {{"vi": payload, "en": payload}}
        docs.load_corpus = lambda root: corpus
        docs.build_site(Path({str(ROOT / "regulations")!r}), Path({str(site)!r}), with_runtime=False,
                        check_links=False)
    """)
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-3000:]
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 30
    shown = 0
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert "<script>alert" not in html and "<img src=x" not in html, page
        assert 'content=""</title>' not in html, page
        shown += "&lt;script&gt;alert(1)" in html
    assert shown > 10  # the text is there, escaped


def test_one_build_uses_one_corpus(tmp_path):
    # build --corpus DIR: the checker runtime must get DIR's corpus, not regulations/.
    code = textwrap.dedent(f"""
        import json
        from pathlib import Path
        from sitegen import build as docs, runtime
        corpus = docs.load_corpus(Path({str(ROOT / "regulations")!r}))
        corpus["marker"] = "from --corpus"
        seen = []
        docs.load_corpus = lambda root: corpus
        docs.run_mkdocs = lambda docs_dir, site_dir, nav, verbose: (site_dir / "index.html").write_text("x")
        docs.post_steps = lambda site_dir, with_runtime, corpus=None: seen.append(corpus)
        docs.build_site(Path({str(ROOT / "regulations")!r}), Path({str(tmp_path / "site")!r}), check_links=False)
        assert seen and seen[0] is corpus, seen
        # and the runtime step writes the corpus it is given
        for heavy in ("copy_pyodide",):
            setattr(runtime, heavy, lambda *args: None)
        runtime.build_checker_wheel = lambda: None
        runtime.dependency_wheels = lambda wheel: []
        runtime.write_wheels = lambda *args: {{}}
        runtime.write_bundles = lambda *args: {{}}
        runtime.PYODIDE_FILES = []
        runtime.PYODIDE_SRC = Path({str(tmp_path)!r})
        (Path({str(tmp_path)!r}) / "package.json").write_text('{{"version": "0"}}')
        site = Path({str(tmp_path / "runtime-site")!r}); (site / "wheels").mkdir(parents=True)
        runtime._build_runtime(site, corpus)
        written = json.loads((site / "checker" / "corpus.json").read_text(encoding="utf-8"))
        assert written["marker"] == "from --corpus"
    """)
    run = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr[-3000:]


def test_stale_scratch_folders_are_removed_at_the_start_of_a_build(tmp_path, docs_script):
    site = tmp_path / "site"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()  # a process id that has ended
    stale = [tmp_path / f".site-build-{dead}-abc", tmp_path / f".site-old-{dead}"]
    unmarked = tmp_path / ".site-build-k2j4x9q1"
    alive = tmp_path / f".site-build-{os.getppid()}-abc"  # a build running now keeps its folder
    other = tmp_path / "keep-me"
    for folder in stale + [unmarked, alive, other]:
        (folder / "assets").mkdir(parents=True)
        (folder / "assets" / "big.bin").write_bytes(b"x" * 1000)
    old = 7 * 3600
    os.utime(unmarked, (unmarked.stat().st_atime - old, unmarked.stat().st_mtime - old))
    removed = docs_script.remove_stale_scratch(site)
    assert sorted(removed) == sorted(stale + [unmarked])
    assert alive.exists() and other.exists() and not any(p.exists() for p in stale + [unmarked])


def test_build_removes_stale_scratch_then_fails_cleanly(tmp_path):
    # A killed build left .site-build-*: the next build (here one that stops at a corpus error) removes it.
    corpus = tmp_path / "regulations"
    corpus.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    leftover = tmp_path / f".site-build-{dead}-xyz"
    (leftover / "x").mkdir(parents=True)
    run = subprocess.run([sys.executable, "-m", "sitegen", "build", "--corpus", str(tmp_path / "missing"),
                          "--site-dir", str(tmp_path / "site"), "--no-runtime"], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert not leftover.exists()


def test_serve_on_a_busy_port_says_so_and_how_to_choose_another():
    import socket
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        run = subprocess.run([sys.executable, "-m", "sitegen", "serve", "--no-build", "--port",
                              str(port)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
    assert "Unexpected error" not in run.stderr and "Traceback" not in run.stderr
    assert f"port {port} is busy" in run.stderr and f"cổng {port} đang được dùng" in run.stderr
    assert "make serve PORT=8001" in run.stderr


def test_makefile_serve_takes_a_port():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "PORT ?= 8000" in makefile and "--port $(PORT)" in makefile


def _fifo(path):
    path.unlink(missing_ok=True)
    os.mkfifo(path)


def _deep(path):
    path.write_text("scenarios:\n  - " + "[" * 30000 + "]" * 30000 + "\n", encoding="utf-8")


def _folder(path):
    path.unlink(missing_ok=True)
    path.mkdir()



@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a POSIX system")
@pytest.mark.parametrize("make, message", [(_fifo, "not a regular file"), (_deep, "YAML nested too deeply"),
                                           (_folder, "not a regular file (a folder)")],
                         ids=["fifo", "deep", "folder"])
def test_hostile_scenarios_file_stops_the_build_with_a_message(tmp_path, make, message):
    import shutil
    corpus = tmp_path / "regulations"
    shutil.copytree(ROOT / "regulations", corpus)
    make(corpus / "380-qd-tw" / "scenarios.yml")
    run = subprocess.run([sys.executable, "-m", "sitegen", "build", "--corpus", str(corpus),
                          "--site-dir", str(tmp_path / "site"), "--no-runtime"], cwd=ROOT, capture_output=True,
                         text=True, timeout=300)  # a hang guard: a FIFO used to block the build forever
    assert run.returncode == 1 and "Traceback" not in run.stderr
    assert "380-qd-tw/scenarios.yml:" in run.stderr and message in run.stderr, run.stderr[-1500:]
    assert not (tmp_path / "site").exists()
