"""sitegen/runtime_bundle.py on CPython: the parts of the bundling that decide what the browser gets.

The whole module runs under Pyodide at every site build (tests/browser/test_pyodide_engine.py then
checks the bundles give CPython's answers); here its pieces are checked one by one.
"""

from __future__ import annotations

import importlib
import os
import types
import zipfile
from pathlib import Path

import pytest

from checker.calendar import FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR
from checker.corpus import load_corpus
from sitegen import runtime_bundle

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus() -> dict:
    return load_corpus(ROOT / "regulations")


def run_source(source: str, name: str) -> types.ModuleType:
    module = types.ModuleType(name)
    exec(compile(source, f"<{name}>", "exec"), module.__dict__)
    return module


def test_warm_up_covers_every_year_the_calendar_supports(corpus):
    scenarios = list(runtime_bundle.warm_up_scenarios(corpus))
    years = {int(s["date"][:4]) for s in scenarios}
    assert years == set(range(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR + 1))
    events = {(r, e["id"]) for r, regulation in corpus["regulations"].items() for e in regulation["rules"].get("events", [])}
    assert {(s["regulation"], s["event"]) for s in scenarios} == events
    assert {(s["mode"], s["lang"]) for s in scenarios} == {(m, l) for m in ("standard", "strict") for l in ("vi", "en")}


@pytest.mark.parametrize("package, name, module", [("countries", "Vietnam", "vietnam"), ("countries", "VN", "vietnam"),
                                                   ("financial", "NYSE", "ny_stock_exchange")])
def test_lazy_holidays_package_gives_the_same_names(package, name, module):
    lazy = run_source(runtime_bundle.lazy_package_source(package), f"lazy_{package}")
    original = importlib.import_module(f"holidays.{package}.{module}")
    assert lazy.__getattr__(name) is getattr(original, name)
    assert lazy.__dict__[name] is getattr(original, name)  # resolved once, then an ordinary global
    with pytest.raises(AttributeError):
        lazy.__getattr__("Atlantis")


def test_fixed_version_is_a_literal():
    assert run_source(runtime_bundle.fixed_version_source("0.108"), "version").__version__ == "0.108"


def test_zip_is_sourceless_and_reproducible(tmp_path):
    package = tmp_path / "site" / "demo"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("ANSWER = 42\n", encoding="utf-8")
    (package / "__init__.pyi").write_text("ANSWER: int\n", encoding="utf-8")
    (package / "data.txt").write_text("kept\n", encoding="utf-8")
    first, second = tmp_path / "a.zip", tmp_path / "b.zip"
    assert runtime_bundle.write_zip(str(tmp_path / "site"), str(first)) == 2
    # Unpacking a wheel again gives the files a new modification time: the zip must not change.
    for path in package.iterdir():
        os.utime(path, (1_000_000_000, 1_000_000_000))
    runtime_bundle.write_zip(str(tmp_path / "site"), str(second))
    assert sorted(zipfile.ZipFile(first).namelist()) == ["demo/__init__.pyc", "demo/data.txt"]
    assert first.read_bytes() == second.read_bytes()
