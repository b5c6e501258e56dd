"""The search worker's accent folding (`fold` in overrides/assets/site/search-worker.js) is the build's
(sitegen.text.fold): the worker folds the query, the build folds the index's fields, citation table
and term table, and a query matches only where both fold a letter the same way. The worker's own
function is taken out of the file and run in Node on a sample of every Vietnamese letter with every
tone, đ/Đ, upper case, digits, punctuation and English."""

from __future__ import annotations

import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from sitegen.text import fold

ROOT = Path(__file__).resolve().parent.parent.parent
WORKER = ROOT / "overrides" / "assets" / "site" / "search-worker.js"

VOWELS = "aăâeêioôơuưy"
TONES = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]  # ngang, huyền, sắc, hỏi, ngã, nặng


def _letters() -> list[str]:
    """Every Vietnamese vowel with every tone (precomposed, as typed), lower and upper case, and đ/Đ."""
    out = []
    for vowel in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", vowel + tone)
            out += [letter, letter.upper()]
    return out + ["đ", "Đ"]


def sample() -> list[str]:
    letters = _letters()
    return [
        *letters,
        "".join(letters),
        " ".join(letters),
        unicodedata.normalize("NFD", "".join(letters)),  # decomposed, as some keyboards send it
        "Điều 8 khoản 2 điểm đ: Phối hợp với Ban Tổ chức Trung ương trong 15 ngày làm việc.",
        "QUY CHẾ PHỐI HỢP GIỮA ĐẢNG ĐOÀN, BAN CÁN SỰ ĐẢNG (Quyết định số 380-QĐ/TW)",
        "Khoản 2(b); 05/01/2026 — “trích dẫn” ‘đơn’ [ghi chú] {x} <script> & 100% #1 @a _b",
        "Coordination regulations: Article 8, clause 2 (working days) — café naïve",
        "0123456789 ~!@#$%^&*()-_=+|\\/?.,;:'\"`",
        "",
        "   ",
    ]


def _worker_fold_source() -> str:
    """The text of `function fold(...) {...}` in the worker (braces counted from its first one)."""
    source = WORKER.read_text(encoding="utf-8")
    start = source.index("function fold(")
    depth, i = 0, source.index("{", start)
    while True:
        depth += {"{": 1, "}": -1}.get(source[i], 0)
        i += 1
        if depth == 0:
            return source[start:i]


def worker_fold(values: list[str], function: str | None = None) -> list[str]:
    script = (f"{function or _worker_fold_source()}\n"
              "const input = JSON.parse(require('fs').readFileSync(0, 'utf-8'));\n"
              "process.stdout.write(JSON.stringify(input.map(fold)));\n")
    done = subprocess.run(["node", "-e", script], input=json.dumps(values), capture_output=True, text=True,
                          timeout=60, check=True)
    return json.loads(done.stdout)


@pytest.fixture(autouse=True)
def _node():
    if shutil.which("node") is None:
        pytest.fail("The worker's folding is checked in Node.js (`node`).", pytrace=False)


def test_the_sample_covers_every_vietnamese_letter_and_tone():
    letters = _letters()
    assert len(letters) == len(VOWELS) * len(TONES) * 2 + 2 == 146
    assert len(set(letters)) == len(letters) and all(len(letter) == 1 for letter in letters)


def test_the_worker_folds_as_the_build_does():
    values = sample()
    assert worker_fold(values) == [fold(value) for value in values]


def test_a_worker_fold_that_forgets_a_letter_is_caught():
    """The comparison above fails for a fold without the đ replacement (đ is not a letter with a mark
    in Unicode: NFD leaves it whole), or without lower-casing."""
    values = sample()
    original = _worker_fold_source()
    for broken in (original.replace('.replace(/đ/g, "d")', ""), original.replace(".toLowerCase()", "")):
        assert broken != original
        assert worker_fold(values, broken) != [fold(value) for value in values]
