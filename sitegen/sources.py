"""Where each provision comes from in its source file (regulations/<id>/source.txt).

Both sides are reduced to folded words (sitegen.text.fold: lowercase, no diacritics, đ -> d) with the
source line each word is on.

- A clean source (kind: clean) holds the text word for word: each provision's words are found as one
  exact run, in order, and the passage is the lines of that run ("exact").
- An OCR source (kind: ocr) garbles letters: words are compared in a letter-tolerant form (digits the OCR
  reads for letters, no vowels; the same reduction as tests/corpus/test_fidelity.py) and the whole text
  is aligned with the whole source (difflib). A provision is placed ("close") when at least MIN_COVERAGE
  of its words align with source words inside a compact passage; otherwise it is left "uncertain" and the
  page says that no passage is shown, rather than guessing one.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from pathlib import Path

from .text import fold

PAGE_HEADER = re.compile(r"\d+\.QDTW380\.DOC")  # the scan's running header, not part of the text
OCR_SYMBOL_IN_WORD = re.compile(r"(?<=\w)[€¢';:&](?=\w)")
WORD = re.compile(r"[a-z0-9]+")
MIN_COVERAGE = 0.6
MIN_WORDS = 2  # a lone word (a heading letter, "1.") can match anywhere: never placed in an OCR source


def source_lines(text: str) -> list[str]:
    return text.splitlines()


def _words(text: str) -> list[str]:
    return WORD.findall(fold(text))


def _source_words(lines: list[str], ocr: bool) -> list[tuple[str, int]]:
    out = []
    for number, line in enumerate(lines, 1):
        if ocr:
            if PAGE_HEADER.search(line):
                continue
            line = OCR_SYMBOL_IN_WORD.sub("", line)
        out += [(word, number) for word in _words(line)]
    return out


def ocr_key(word: str) -> str:
    word = word.translate(str.maketrans("4601835", "aoolooa"))
    if word.startswith("p"):
        word = "d" + word[1:]
    return re.sub(r"[aeiouy]", "", word) or "_"


def _exact(provisions: list[dict], source: list[tuple[str, int]]) -> dict[str, dict]:
    words = [w for w, _ in source]
    found, cursor = {}, 0
    for provision in provisions:
        mine = _words(provision["vi"])
        if not mine:
            continue
        start = _find_run(words, mine, cursor)
        if start is None:
            start = _find_run(words, mine, 0)
        if start is None:
            found[provision["id"]] = {"status": "uncertain", "coverage": 0.0}
            continue
        cursor = start + len(mine)
        found[provision["id"]] = {"status": "exact", "first": source[start][1], "last": source[cursor - 1][1],
                                  "coverage": 1.0}
    return found


def _find_run(words: list[str], run: list[str], start: int) -> int | None:
    for i in range(start, len(words) - len(run) + 1):
        if words[i] == run[0] and words[i:i + len(run)] == run:
            return i
    return None


def increasing_chain(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest subsequence of (i, j) pairs (sorted by i) whose j also increases."""
    tails, tail_index, previous = [], [], []
    for k, (_, j) in enumerate(pairs):
        place = bisect.bisect_left(tails, j)
        tails[place:place + 1], tail_index[place:place + 1] = [j], [k]
        previous.append(tail_index[place - 1] if place else None)
    chain, k = [], tail_index[-1] if tail_index else None
    while k is not None:
        chain.append(pairs[k])
        k = previous[k]
    return chain[::-1]


def matches(a: list[str], b: list[str], offset_a: int = 0, offset_b: int = 0) -> dict[int, int]:
    """{index in a: index in b} of equal words, anchored first on words found once on each side (patience
    diff), then difflib between the anchors: plain difflib takes the longest common run first and would
    match a phrase the text repeats (the title of the Regulation) to the wrong copy."""
    count_a, count_b = Counter(a), Counter(b)
    first_b = {word: j for j, word in reversed(list(enumerate(b)))}
    anchors = increasing_chain([(i, first_b[w]) for i, w in enumerate(a) if count_a[w] == 1 == count_b[w]])
    found: dict[int, int] = {}
    if not anchors:
        for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
            found.update({offset_a + block.a + k: offset_b + block.b + k for k in range(block.size)})
        return found
    i0 = j0 = 0
    for i, j in anchors + [(len(a), len(b))]:
        if i0 < i and j0 < j:
            found.update(matches(a[i0:i], b[j0:j], offset_a + i0, offset_b + j0))
        if i < len(a):
            found[offset_a + i] = offset_b + j
        i0, j0 = i + 1, j + 1
    return found


def _aligned(provisions: list[dict], source: list[tuple[str, int]]) -> dict[str, dict]:
    text_keys, owners = [], []
    for provision in provisions:
        for word in _words(provision["vi"]):
            text_keys.append(ocr_key(word))
            owners.append(provision["id"])
    source_keys = [ocr_key(w) for w, _ in source]
    to_source = matches(text_keys, source_keys)
    found: dict[str, dict] = {}
    index = 0
    for provision in provisions:
        count = len(_words(provision["vi"]))
        if not count:
            continue
        hits = [to_source[i] for i in range(index, index + count) if i in to_source]
        index += count
        coverage = len(hits) / count
        compact = bool(hits) and (hits[-1] - hits[0]) <= 2 * count + 5
        if count >= MIN_WORDS and coverage >= MIN_COVERAGE and compact:
            found[provision["id"]] = {"status": "close", "first": source[hits[0]][1], "last": source[hits[-1]][1],
                                      "coverage": round(coverage, 3)}
        else:
            found[provision["id"]] = {"status": "uncertain", "coverage": round(coverage, 3)}
    return found


def locate(reg: dict, source_text: str) -> dict[str, dict]:
    """{provision id: {"status": "exact" | "close" | "uncertain", "first": line, "last": line, "coverage"}}.
    Provisions without words (none today) are absent."""
    ocr = reg["meta"]["source"]["kind"] == "ocr"
    source = _source_words(source_lines(source_text), ocr)
    provisions = reg["provisions"]
    return _aligned(provisions, source) if ocr else _exact(provisions, source)


def read_source(corpus_root: Path, reg_id: str) -> str:
    """The source file as text; its bytes were checked against meta.yml by checker.corpus."""
    return (Path(corpus_root) / reg_id / "source.txt").read_bytes().decode("utf-8")


def reading_lines(reg: dict, lines: list[str], located: dict[str, dict]) -> list[int | None]:
    """The source line of each uncertain reading (uncertain.yml keeps the OCR's characters verbatim, which may
    run over a line break): where they start inside (or next to) the reading's provision passage; else the
    only place in the file that shows them; else None (not guessed)."""
    whole = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    out = []
    for reading in reg.get("uncertain_readings", []):
        pattern = re.compile(r"\s+".join(re.escape(part) for part in reading["ocr"].split()))
        found = [bisect.bisect_right(starts, m.start()) for m in pattern.finditer(whole)]
        where = located.get(reading["provision"], {})
        near = [n for n in found if where.get("status") in ("exact", "close")
                and where["first"] - 2 <= n <= where["last"] + 2]
        out.append(near[0] if near else found[0] if len(found) == 1 else None)
    return out
