"""Python lives in .py files: the site's and the build's JavaScript only call named Python functions.

Python written inside a JavaScript string escapes the linters, the CPython tests and the Python 3.11
check; the browser glue is checker/browser.py and the bundling is sitegen/runtime_bundle.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FOLDERS = ("docs", "overrides", "scripts", "sitegen", "tests")
# Python source handed to Pyodide as a literal, or Python statements on a line of their own (never
# valid JavaScript: a JavaScript import names its module in quotes, a class or function opens a brace).
EMBEDDED_PYTHON = [
    re.compile(r"runPython(?:Async)?\(\s*(?:String\.raw\s*)?[`'\"]"),
    re.compile(r"^\s*from\s+[\w.]+\s+import\s+[\w(*]", re.M),
    re.compile(r"^\s*import\s+[\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*\s*;?\s*$", re.M),
    re.compile(r"^\s*(?:async\s+)?def\s+\w+\(.*\)\s*(?:->.*)?:\s*$", re.M),
    re.compile(r"^\s*class\s+\w+(?:\(.*\))?:\s*$", re.M),
]


def embedded_python(javascript: str) -> list[str]:
    return [match.group(0).strip() for pattern in EMBEDDED_PYTHON for match in pattern.finditer(javascript)]


def script_files() -> list[Path]:
    return sorted(path for folder in FOLDERS for pattern in ("*.js", "*.mjs")
                  for path in (ROOT / folder).rglob(pattern))


def test_the_detector_finds_embedded_python():
    glue = 'const GLUE = `\nimport json as _json\nfrom checker import browser\n\ndef checker_run(scenario_json):\n    pass\n`;'
    assert len(embedded_python(glue)) == 3
    assert embedded_python('const report = py.runPython(String.raw`\nx = 1`);')
    assert embedded_python('pyodide.runPython("import site; site.getsitepackages()[0]");')
    assert embedded_python("await py.runPythonAsync('1 + 1');")
    javascript = ('import fs from "node:fs";\nimport { x } from "./y.js";\nimport "./side-effect.js";\n'
                  "class Checker {\n}\nfunction run(a) {\n  return py.runPython(fs.readFileSync(file, \"utf8\"));\n}\n")
    assert embedded_python(javascript) == []


@pytest.mark.parametrize("path", script_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_no_python_inside_javascript(path):
    assert embedded_python(path.read_text(encoding="utf-8")) == [], f"{path.relative_to(ROOT)}: move this Python to a .py file"
