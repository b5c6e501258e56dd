"""The messages table is tested like logic: both languages, same placeholders, nothing unused or missing."""

import re
from datetime import date
from pathlib import Path

import pytest

from checker import messages
from checker.engine import CONVENTIONS, METHOD_LABELS, MODE_LABELS, SCENARIO_FIELDS
from checker.messages import MESSAGES, placeholders, text

CHECKER = Path(__file__).resolve().parents[2] / "checker"
SOURCE = "\n".join(p.read_text(encoding="utf-8") for p in CHECKER.glob("*.py") if p.name != "messages.py")
VIETNAMESE = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.I)

# Keys the code builds from a value rather than writes out, with the values they can take.
DYNAMIC = {
    "field.": set(SCENARIO_FIELDS) | {"scenario", "corpus"},
    "cli.status.": {"event", "reference", "counted", "skipped", "moved", "working"},
    "cli.mark.": {"due", "raw_end", "last_working_day"},
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


def test_small_helpers():
    assert messages.ordinal_en(3) == "third" and messages.ordinal_en(11) == "11th"
    assert messages.ordinal_en(22) == "22nd" and messages.ordinal_en(113) == "113th"
    assert messages.roman(3) == "III" and messages.roman(14) == "XIV"
    assert messages.fmt_date(date(2025, 12, 14), "vi") == "14/12/2025"
    assert messages.fmt_date(date(2025, 12, 14), "en") == "14 December 2025"
