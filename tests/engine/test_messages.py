"""The messages table is tested like logic: both languages, same placeholders, nothing unused or missing."""

import re
from datetime import date
from pathlib import Path

import pytest

from checker import formats
from checker.engine import CONVENTIONS, METHOD_LABELS, MODE_LABELS, SCENARIO_FIELDS
from checker.messages import MESSAGES, placeholders, text

REPO = Path(__file__).resolve().parents[2]
# Everything that reads the catalogue: the runtime package, the site and import packages, the hooks, the templates.
SOURCE = "\n".join(p.read_text(encoding="utf-8") for pattern in ("checker/*.py", "sitegen/*.py", "hooks/*.py", "importer/*.py",
                                                                 "overrides/sitegen/**/*.*", "overrides/*.html")
                   for p in REPO.glob(pattern) if p.name != "messages.py")
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)

# Keys the code builds from a value rather than writes out, with the values they can take.
DYNAMIC = {
    "field.": set(SCENARIO_FIELDS) | {"scenario", "corpus"},
    "day.status.": {"event", "reference", "counted", "skipped", "moved", "working"},
    "day.mark.": {"due", "raw_end", "last_working_day"},
    "unit.": {"calendar_days", "working_days"},
    "from.": {"receipt"},
    "counted.within.": {"calendar_days", "working_days"},
    "site.glossary_": {"vi", "en", "note"},
    "site.tool_": {f"{tool}{suffix}" for tool in ("checker", "training", "deadlines", "matrix", "glossary", "data")
                   for suffix in ("", "_text")},
    "site.docx_": {"vi", "en"},
    "legend.": {"event", "counted", "weekend", "holiday", "swap", "due"},
    "label.mode.": {"standard", "strict"},
    "ui.step.": {"runtime", "packages", "corpus", "ready"},
    "training.tag.": {"weekend", "swap_workday", "swap_day_off"},
    "training.index.": {"intro", "how", "how_title", "contents_title"},
    "training.mistake.other-mode-": {"standard", "strict"},
    "cite.front.": {"tieu-de", "can-cu", "can-cu.n", "ban-hanh", "noi-nhan", "noi-nhan.n", "chu-ky"},
}


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_entry_is_vietnamese_first_and_complete(key):
    entry = MESSAGES[key]
    assert list(entry) == ["vi", "en"]
    assert entry["en"].strip() and entry["vi"].strip() or key in ("join.sentence",)
    assert placeholders(entry["vi"]) == placeholders(entry["en"]), key


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if k.split(".")[0] in
                                       ("error", "warning", "convention", "explain", "due", "day", "mode")))
def test_sentences_are_really_in_vietnamese(key):
    assert VIETNAMESE.search(MESSAGES[key]["vi"]), key


@pytest.mark.reads_source
def test_every_key_is_used_and_every_used_key_exists():
    tables = set(CONVENTIONS.values()) | {(k,) for k in METHOD_LABELS.values()} | {(k,) for k in MODE_LABELS.values()}
    table_keys = {k for group in tables for k in group}
    for key in MESSAGES:
        prefix = next((p for p in DYNAMIC if key.startswith(p)), None)
        if prefix:
            assert key[len(prefix):] in DYNAMIC[prefix], key
        elif key.startswith(("site.", "training.")):  # pages say t('key') within their own part of the catalogue
            parts = key.split(".")
            tails = {".".join(parts[i:]) for i in range(0, len(parts))}
            assert any(f'"{tail}"' in SOURCE or f"'{tail}'" in SOURCE for tail in tails), f"unused message {key}"
        else:
            assert f'"{key}"' in SOURCE or f"'{key}'" in SOURCE or key in table_keys, f"unused message {key}"
    for key in re.findall(r'(?:text|_label)\(\s*["\']([a-z_.\-]+)["\']', SOURCE):
        assert key in MESSAGES or key in DYNAMIC, key
    for prefix, values in DYNAMIC.items():
        for value in values:
            assert prefix + value in MESSAGES


def test_text_renders_dates_and_bilingual_params():
    rendered = text("explain.calendar_kept", raw_end=date(2026, 2, 5))
    assert rendered == {"vi": "Ngày 05/02/2026 là ngày làm việc: thời hạn kết thúc vào ngày đó.",
                        "en": "5 February 2026 is a working day: the period ends that day."}
    assert text("day.weekend", weekday={"vi": "Chủ nhật", "en": "Sunday"}) == {
        "vi": "Nghỉ cuối tuần (Chủ nhật)", "en": "Weekend (Sunday)"}
    with pytest.raises(KeyError):
        text("no.such.key")


def test_formatters():
    assert formats.ordinal_en(3) == "third" and formats.ordinal_en(11) == "11th"
    assert formats.ordinal_en(22) == "22nd" and formats.ordinal_en(113) == "113th"
    assert formats.roman(3) == "III" and formats.roman(14) == "XIV"
    day = date(2025, 12, 14)
    assert formats.date_text(day, "vi") == "14/12/2025" and formats.date_text(day, "en") == "14 December 2025"
    assert formats.date_text(date(2026, 2, 5), "vi") == "05/02/2026"
    assert formats.long_date(day, "vi") == "Chủ nhật, 14/12/2025" and formats.long_date(day, "en") == "Sunday, 14 December 2025"
    assert formats.short_date(day, "vi") == "14/12" and formats.short_date(day, "en") == "14 Dec"
    assert formats.day_month(15, 12) == {"vi": "15/12", "en": "15 December"}
    assert formats.iso_date_text("unknown", "vi") is None and formats.iso_date_text("2017-03-01", "en") == "1 March 2017"
    assert formats.weekday_name(day) == {"vi": "Chủ nhật", "en": "Sunday"}


def test_the_numeric_date_patterns():
    """The date box's form and the table's key, as Python writes them and as the checker page carries them
    (first-answer.js fills them with today's numbers: String(n).padStart(digits, "0") per field)."""
    from datetime import timedelta

    assert formats.date_patterns() == {"typed": [["day", 2], "/", ["month", 2], "/", ["year", 1]],
                                       "key": [["year", 4], "-", ["month", 2], "-", ["day", 2]]}

    def filled(pattern, day):  # what first-answer.js does with a pattern
        return "".join(piece if isinstance(piece, str) else str(getattr(day, piece[0])).rjust(piece[1], "0")
                       for piece in formats.date_patterns()[pattern])

    day = date(2019, 12, 25)
    while day < date(2031, 1, 10):
        assert filled("typed", day) == formats.numeric_date(day) == formats.date_text(day, "vi")
        assert filled("key", day) == formats.numeric_date(day, "key") == day.isoformat()
        day += timedelta(days=1)


def test_no_key_is_written_twice():
    """A second entry with the same key would silently replace the first (a Python dict literal)."""
    import ast

    source = (REPO / "checker" / "messages.py").read_text(encoding="utf-8")
    table = next(node.value for node in ast.walk(ast.parse(source))
                 if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", None) == "MESSAGES")
    keys = [key.value for key in table.keys]
    assert len(keys) == len(set(keys)), sorted({k for k in keys if keys.count(k) > 1})


# ---------------------------------------------------------------------------
# The corpus validator (corpus.*) and the runtime step of the build (build.runtime.*) name a key and its
# parameters where they report a mistake: every key exists, every key is used, every call passes exactly
# the placeholders of its message (most of these messages are raised only by broken input).

# Each file and the part of the catalogue it reads (sitegen/runtime.py also names checker/corpus.json).
KEYED_FILES = {"checker/corpus.py": "corpus.", "checker/corpus_scenarios.py": "corpus.", "sitegen/runtime.py": "build.runtime."}
KEYED_PARTS = tuple(sorted(set(KEYED_FILES.values())))


def _key_pattern(part: str) -> re.Pattern:
    return re.compile(re.escape(part) + r"[a-z0-9_]+(?:\.[a-z0-9_]+)*")
# Arguments of the reporting calls that are not placeholders of the message.
NOT_PLACEHOLDERS = {"RuntimeBuildError": {"where", "detail"}}


def _keyed_calls():
    """(file, line, key, parameter names or None when spread with **, calling name) of each use of a key."""
    import ast

    for name, part in KEYED_FILES.items():
        tree, key = ast.parse((REPO / name).read_text(encoding="utf-8")), _key_pattern(part)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                keys = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)
                        and key.fullmatch(a.value)]
                if keys:
                    spread = any(k.arg is None for k in node.keywords)
                    called = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                    yield name, node.lineno, keys[0], None if spread else {k.arg for k in node.keywords}, called
            elif isinstance(node, ast.Tuple) and len(node.elts) == 2 and isinstance(node.elts[1], ast.Dict):
                first = node.elts[0]  # _explain returns (key, {parameters})
                if isinstance(first, ast.Constant) and isinstance(first.value, str) and key.fullmatch(first.value):
                    yield name, node.lineno, first.value, {k.value for k in node.elts[1].keys}, "_explain"


def _keyed_literals() -> set[str]:
    import ast

    return {node.value for name, part in KEYED_FILES.items()
            for node in ast.walk(ast.parse((REPO / name).read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and _key_pattern(part).fullmatch(node.value)}


@pytest.mark.reads_source
def test_every_validator_key_exists_and_is_used():
    used = _keyed_literals()
    assert sorted(used - set(MESSAGES)) == [], "keys missing from checker/messages.py"
    assert sorted(k for k in MESSAGES if k.startswith(KEYED_PARTS) and k not in used) == [], "unused keys"


@pytest.mark.reads_source
def test_every_validator_call_passes_the_placeholders_of_its_message():
    calls = list(_keyed_calls())
    assert len(calls) > 60  # the walk finds the reporting calls
    for name, line, key, params, called in calls:
        if params is None or key not in MESSAGES:
            continue
        params -= NOT_PLACEHOLDERS.get(called, set())
        assert params == placeholders(MESSAGES[key]["vi"]), f"{name}:{line}: {key} given {sorted(params)}"


# Words of the validator that are the same in Vietnamese (a YAML type name).
SAME_IN_VIETNAMESE = {"corpus.type.boolean"}


@pytest.mark.parametrize("key", sorted(k for k in MESSAGES if k.startswith(KEYED_PARTS) and k not in SAME_IN_VIETNAMESE))
def test_validator_messages_are_really_in_vietnamese(key):
    assert VIETNAMESE.search(MESSAGES[key]["vi"]), key


def test_validator_error_is_file_line_vietnamese_then_english(tmp_path):
    from checker.corpus import validate_corpus

    _, errors = validate_corpus(tmp_path / "missing")
    assert [str(e) for e in errors] == [f"{tmp_path / 'missing'}:0: không tìm thấy thư mục kho văn bản / corpus folder not found"]


def test_runtime_build_errors_are_in_both_languages(tmp_path):
    from sitegen.runtime import RuntimeBuildError, pinned_requirements

    requirements = tmp_path / "requirements.txt"
    requirements.write_text("pyyaml==6.0\nno-version\n", encoding="utf-8")
    with pytest.raises(RuntimeBuildError) as caught:
        pinned_requirements(requirements)
    assert str(caught.value) == (f"{requirements}:2: cần dạng tên==phiên_bản, nhận 'no-version' / "
                                 "expected name==version, got 'no-version'")
    failed = RuntimeBuildError("build.runtime.bundles_failed", detail="node: stack trace")
    assert str(failed) == "chuẩn bị các gói cho trình duyệt thất bại / preparing the browser bundles failed\nnode: stack trace"
