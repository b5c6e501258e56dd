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


def _code_files():
    folders = ("checker", "sitegen", "hooks", "importer", "scripts", "overrides", "docs/assets")
    return sorted(p for folder in folders for p in (REPO / folder).rglob("*")
                  if p.suffix in (".py", ".js", ".mjs", ".html") and "node_modules" not in p.parts)


def _holders(pattern: re.Pattern, files) -> list[str]:
    return [p.relative_to(REPO).as_posix() for p in files if pattern.search(p.read_text(encoding="utf-8"))]


LANGUAGE_TUPLE = re.compile(r"""\(\s*["']vi["']\s*,\s*["']en["']\s*\)""")
PAGE_LAYOUT = re.compile(r"""(?<!docs/)regulations/(\{|\$\{)""")  # a regulation's page path built from its id


def test_the_languages_are_listed_once():
    assert _holders(LANGUAGE_TUPLE, _code_files()) == ["checker/languages.py"]


def test_a_regulation_page_path_is_built_once():
    assert _holders(PAGE_LAYOUT, _code_files()) == ["checker/citation.py"]


ONE_LINE_BY_HAND = re.compile(r"""\[["']vi["']\]\}\s*/\s*\{""")  # f"{m['vi']} / {m['en']}"


def test_the_one_line_vi_en_form_is_written_once():
    """Terminal messages are "vi / en" through checker.messages.one_line / both, never by hand."""
    assert _holders(ONE_LINE_BY_HAND, _code_files()) == []


def test_the_once_checks_can_fail(tmp_path):
    sample = tmp_path / "sample.js"
    sample.write_text('const LANGS = ("vi", "en");\nconst url = `regulations/${id}/`;\n'
                      'print(f"{m[\'vi\']} / {m[\'en\']}")\n', encoding="utf-8")
    assert LANGUAGE_TUPLE.search(sample.read_text()) and PAGE_LAYOUT.search(sample.read_text())
    assert ONE_LINE_BY_HAND.search(sample.read_text())


@pytest.mark.parametrize("path", sorted((REPO / "checker").glob("*.py")), ids=lambda p: p.name)
def test_runtime_package_never_imports_the_site_package(path):
    assert not re.search(r"^\s*(from|import)\s+sitegen\b", path.read_text(encoding="utf-8"), re.M)


def test_navigation_sections_are_named_by_the_catalogue():
    import yaml

    from checker.messages import MESSAGES
    from sitegen.build import NAV_ORDER, NAV_OTHER

    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    english = next(lang for lang in config["plugins"][1]["i18n"]["languages"] if lang["locale"] == "en")
    keys = [key for key, _ in NAV_ORDER if key] + [NAV_OTHER]
    assert english["nav_translations"] == {MESSAGES[key]["vi"]: MESSAGES[key]["en"] for key in keys}


# ---------------------------------------------------------------------------
# Interface words live in the catalogue (checker/messages.py), the corpus or the hand-written prose pages.

VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)
# Files whose Vietnamese strings are not interface words, with the reason.
NOT_INTERFACE = {
    "checker/formats.py": "the one date formatter's weekday names",
    "checker/ids.py": "the letter đ of point ids (dd)",
    "sitegen/references.py": "the words of in-text references the parser looks for (Điều 3 Quy chế này)",
    "sitegen/text.py": "the letter đ in accent folding",
    "sitegen/akn.py": "the letter đ in accent folding",
    "overrides/assets/site/search-worker.js": "the letter đ in the query's accent folding",
    "importer/lines.py": "the grammar of Vietnamese documents (document types, headings)",
    "importer/meta.py": "the grammar of Vietnamese documents (dates, issuers, legal bases)",
    "importer/rules.py": "the time and duty expressions the importer looks for",
    "importer/structure.py": "the grammar of Vietnamese documents (enacting formula)",
}
# Still to move into the catalogue. Listed so that the list can only shrink: the test fails when one of these
# is done and not removed.
PENDING: dict[str, str] = {}
SCANNED_PYTHON = sorted(p for folder in ("checker", "sitegen", "hooks", "importer") for p in (REPO / folder).glob("*.py")
                        if p.name != "messages.py")
SCANNED_TEXT = sorted([*(REPO / "overrides").rglob("*.html"), *(REPO / "overrides" / "sitegen").rglob("*.md"),
                       *(REPO / "docs" / "assets").rglob("*.js"), *(REPO / "overrides" / "assets").rglob("*.js")])
JINJA_COMMENT = re.compile(r"\{#.*?#\}", re.S)
JS_COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def _vietnamese_strings(path: Path) -> list[str]:
    if path.suffix == ".py":
        return [text.strip()[:80] for line, text in _strings(path) if VIETNAMESE.search(text)]
    source = path.read_text(encoding="utf-8")
    source = JS_COMMENT.sub("", source) if path.suffix == ".js" else JINJA_COMMENT.sub("", source)
    return [line.strip()[:80] for line in source.splitlines() if VIETNAMESE.search(line)]


@pytest.mark.parametrize("path", SCANNED_PYTHON + SCANNED_TEXT, ids=lambda p: str(p.relative_to(REPO)))
def test_interface_words_come_from_the_catalogue(path):
    name = path.relative_to(REPO).as_posix()
    found = _vietnamese_strings(path)
    if name in NOT_INTERFACE:
        return
    if name in PENDING:
        assert found, f"{name} holds no Vietnamese string any more: remove it from PENDING"
        return
    assert not found, f"{name}: interface words belong in checker/messages.py:\n" + "\n".join(found)


def test_the_catalogue_check_can_fail(tmp_path):
    sample = tmp_path / "sample.js"
    sample.write_text('// Chú thích được phép\nconst label = "Hạn chót";\n', encoding="utf-8")
    assert _vietnamese_strings(sample) == ['const label = "Hạn chót";']
