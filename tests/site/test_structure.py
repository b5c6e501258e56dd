"""One fact in one place, checked on the source tree: the rooms keep to their jobs.

- the site package writes no HTML in Python: markup lives in templates (overrides/), values reach it
  through autoescape;
- nothing loads code by file path: packages are imported;
- one month table, in checker.formats;
- data flows one way: the runtime package (checker) never imports the site package (sitegen).
"""

from __future__ import annotations

import io
import re
import tokenize
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PYTHON = sorted(p for folder in ("checker", "sitegen", "hooks", "scripts") for p in (REPO / folder).rglob("*.py"))
TAG = re.compile(r"<(div|span|table|thead|tbody|tr|td|th|a|p|ul|ol|li|section|details|summary|h[1-6]|strong|em|"
                 r"small|button|label|input|select|option|figure|nav|br|code|aside|blockquote)[\s>/]")


def _strings(path: Path) -> list[tuple[int, str]]:
    """(line, text) of every string literal that is not a docstring (docstrings may describe markup)."""
    tokens = list(tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline))
    out = []
    for index, token in enumerate(tokens):
        if token.type != tokenize.STRING and getattr(tokenize, "FSTRING_START", None) != token.type:
            continue
        before = next((t for t in reversed(tokens[:index]) if t.type not in (tokenize.NL, tokenize.NEWLINE,
                                                                              tokenize.INDENT, tokenize.DEDENT,
                                                                              tokenize.COMMENT)), None)
        if before is None or (before.type == tokenize.OP and before.string == ":"):
            continue  # a module or function docstring
        out.append((token.start[0], token.line))
    return out


@pytest.mark.parametrize("path", [p for p in PYTHON if p.parts[-2] in ("sitegen", "hooks")], ids=lambda p: p.name)
def test_no_html_in_python_strings(path):
    found = [f"{path.relative_to(REPO)}:{line}: {text.strip()[:100]}" for line, text in _strings(path) if TAG.search(text)]
    assert not found, "HTML belongs in a template (overrides/sitegen/):\n" + "\n".join(found)


def test_the_html_check_can_fail(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('"""A <p> in a docstring is prose."""\n\ndef f(x):\n    return f"<p>{x}</p>"\n', encoding="utf-8")
    assert [line for line, text in _strings(sample) if TAG.search(text)] == [4]


@pytest.mark.parametrize("path", PYTHON, ids=lambda p: str(p.relative_to(REPO)))
def test_nothing_loads_code_by_file_path(path):
    text = path.read_text(encoding="utf-8")
    assert "spec_from_file_location" not in text and "SourceFileLoader" not in text


def test_one_month_table():
    holders = [p.relative_to(REPO).as_posix() for p in PYTHON if re.search(r"\bSeptember\b", p.read_text(encoding="utf-8"))]
    assert holders == ["checker/formats.py"]


@pytest.mark.parametrize("path", sorted((REPO / "checker").glob("*.py")), ids=lambda p: p.name)
def test_runtime_package_never_imports_the_site_package(path):
    assert not re.search(r"^\s*(from|import)\s+sitegen\b", path.read_text(encoding="utf-8"), re.M)
