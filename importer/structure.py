"""The tree builder: classified lines (importer.lines) -> provision blocks with ids of checker.ids.

Steps: drop page furniture (page numbers, repeated page headers), group lines into paragraphs (a blank
line ends one; a marker line starts one; other lines continue the paragraph they follow), join sentences
broken by a page, split the text into documents (a Decision and the document it issues), then place each
paragraph in the provision tree. Whatever looks like a heading but cannot be placed is kept as text in the
block before it and listed in the report (Import.problems): nothing disappears silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from checker.ids import ProvisionId, letter_id

from .lines import Line, classify, normalise

HEADER_KINDS = ("number_line", "place_date", "national", "motto")
TERMINAL = ".:;!?"


@dataclass
class Block:
    pid: ProvisionId
    paragraphs: list[str]
    lineno: int

    @property
    def id(self) -> str:
        return str(self.pid)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Problem:
    lineno: int
    key: str  # message key in checker.messages (import.problem.*)
    line: str  # the line as read
    params: dict = field(default_factory=dict)


@dataclass
class Import:
    blocks: list[Block]
    problems: list[Problem]  # headings that could not be placed, and other lines to look at
    notes: list[Problem]  # what was dropped or changed (page numbers, headers, Markdown, NFC...)
    doc_types: list[str]  # the document type line of each part, as printed ("QUYẾT ĐỊNH", "QUY CHẾ")
    decision: bool  # a Decision issuing an attached document (its own parts have the qd- prefix)


# ---------------------------------------------------------------------------
# Lines -> paragraphs


def _starts_lower(text: str) -> bool:
    return bool(text) and text[0].isalpha() and text[0].islower()


def read_lines(raw_lines: list[str]) -> tuple[list[Line], list[Problem]]:
    """Normalised, classified lines without page furniture; notes on what was dropped or changed."""
    ordered, notes = columns(raw_lines)
    lines: list[Line] = []
    changed: Counter = Counter()
    for number, cell in ordered:
        text, changes = normalise(cell)
        changed.update(set(changes))
        if "rule" in changes:
            notes.append(Problem(number, "import.note.rule", cell.strip()))
        if text.startswith(":::"):  # a block marker of the corpus format, not words of the document
            notes.append(Problem(number, "import.note.marker", text))
            continue
        line = classify(text, number)
        if line.kind == "text" and re.fullmatch(r"[*•·.\s]+", text):
            notes.append(Problem(number, "import.note.ornament", text))
            continue
        if line.kind == "page":
            notes.append(Problem(number, "import.note.page", text))
            continue
        lines.append(line)
    # Repeated page headers: a short line without final punctuation seen on several pages.
    shape = Counter(_header_shape(line) for line in lines if _header_shape(line))
    kept = []
    for line in lines:
        key = _header_shape(line)
        if key and (shape[key] >= 3 or (shape[key] >= 2 and re.search(r"[0-9]", line.text))):
            notes.append(Problem(line.lineno, "import.note.header", line.text))
            continue
        kept.append(line)
    for change, count in sorted(changed.items()):
        if change in _CHANGE_NOTES:
            notes.append(Problem(0, _CHANGE_NOTES[change], "", {"count": count}))
    return kept, notes


_CHANGE_NOTES = {"nfc": "import.note.nfc", "markdown": "import.note.markdown", "spaces": "import.note.spaces"}
_UNPLACED = {"section_like": "import.problem.section_like", "heading_like": "import.problem.heading_like"}


# Two columns copied as text (the header: issuer | national motto; the closing: recipients | signature) come
# line by line with a wide gap between the columns. Such a block is read column by column: left, then right.
_GAP = re.compile(r"\t+| {3,}")
LAYOUT_KINDS = HEADER_KINDS + ("noi_nhan", "signature")
_NOT_IN_COLUMNS = ("doc_type", "chuong", "dieu", "khoan", "diem", "enact", "basis", "section_like")
MAX_COLUMN_LINES = 15


def _cells(raw: str) -> list[tuple[int, str]]:
    """(offset, text) of each stretch of a line between wide gaps (tabs expanded)."""
    line = raw.rstrip("\r\n").expandtabs(8)
    cells, start = [], 0
    for gap in list(_GAP.finditer(line)) + [None]:
        end = gap.start() if gap else len(line)
        segment = line[start:end]
        if segment.strip():
            cells.append((start + len(segment) - len(segment.lstrip()), segment.strip()))
        if gap:
            start = gap.end()
    return cells


def _kind(text: str) -> str:
    return classify(normalise(text)[0]).kind


def columns(raw_lines: list[str]) -> tuple[list[tuple[int, str]], list[Problem]]:
    """(line number, text) in reading order: two-column blocks are read left column first."""
    out: list[tuple[int, str]] = []
    notes: list[Problem] = []
    i = 0
    while i < len(raw_lines):
        cells = _cells(raw_lines[i])
        if len(cells) < 2 or not any(_kind(text) in LAYOUT_KINDS for _, text in cells):
            out.append((i + 1, raw_lines[i]))
            i += 1
            continue
        split = cells[1][0] - 2
        left: list[tuple[int, str]] = []
        right: list[tuple[int, str]] = []
        j = i
        while j < len(raw_lines) and j - i < MAX_COLUMN_LINES:
            here = _cells(raw_lines[j])
            if not here:
                left.append((j + 1, ""))
                right.append((j + 1, ""))
                j += 1
                continue
            if j > i and (len(here) < 2 and _kind(here[0][1]) in _NOT_IN_COLUMNS):
                break
            if len(here) < 2 and here[0][0] < split and j > i:
                # A line of the left column alone: still in the block if the right column goes on below it.
                ahead = [_cells(line) for line in raw_lines[j + 1:j + 4]]
                if not any(len(c) >= 2 or (c and c[0][0] >= split) for c in ahead):
                    break
            for offset, text in here:
                (right if offset >= split else left).append((j + 1, text))
            j += 1
        notes.append(Problem(i + 1, "import.note.columns", raw_lines[i].strip()))
        out += left + [(j, "")] + right + [(j, "")]
        i = j
    return out, notes


def _header_shape(line: Line) -> str | None:
    if line.kind != "text" or len(line.text) > 60 or line.text[-1] in TERMINAL + ",":
        return None
    return re.sub(r"[0-9]+", "#", line.text)


def group_paragraphs(lines: list[Line]) -> list[list[Line]]:
    """Consecutive lines into paragraphs: a blank line ends one, a marker line starts one."""
    groups: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        if line.kind == "blank":
            if current:
                groups.append(current)
            current = []
            continue
        if current and _starts_paragraph(current, line):
            groups.append(current)
            current = []
        current.append(line)
    if current:
        groups.append(current)
    return groups


def _starts_paragraph(current: list[Line], line: Line) -> bool:
    if line.kind != "text":
        return True
    first = current[0]
    if first.kind in HEADER_KINDS:
        return True
    if first.kind == "dieu" and not _starts_lower(line.text):
        # "Điều 5. Title" (maybe over two lines) then the article's first sentence on the next line.
        heading = join_lines(current)[len(first.marker):].strip()
        if not heading:
            return False  # "Điều 5." alone: its title is on the next line
        return len(heading) <= 100 and heading[-1:] not in TERMINAL + ","
    if first.kind == "text" and first.text.isupper() and not line.text.isupper():
        return True
    return False


def join_lines(lines: list[Line]) -> str:
    """One paragraph's lines as one line: hard line breaks become spaces, hyphenated words are joined."""
    out = ""
    for line in lines:
        text = line.text
        if not out:
            out = text
        elif re.search(r"\w-$", out) and _starts_lower(text):
            out = out[:-1] + text
        else:
            out = out + " " + text
    return out


# ---------------------------------------------------------------------------
# Paragraphs -> documents -> blocks


def split_documents(groups: list[list[Line]]) -> list[list[list[Line]]]:
    """A Decision and the document it issues are two parts: the second starts at its document type line."""
    parts: list[list[list[Line]]] = [[]]
    seen_body = False
    for group in groups:
        kind = group[0].kind
        if kind == "doc_type" and seen_body:
            parts.append([])
            seen_body = False
        if kind in ("dieu", "noi_nhan", "signature"):
            seen_body = True
        parts[-1].append(group)
    return parts


class _Builder:
    def __init__(self, decision: bool, taken: set[str], problems: list[Problem], notes: list[Problem]):
        self.decision = decision
        self.blocks: list[Block] = []
        self.taken = taken  # ids already used (the Decision's and the attached document's share one file)
        self.problems = problems  # headings that could not be placed
        self.notes = notes  # what was changed (sentences joined, sub-bullets kept in their bullet)
        self.region = "header"  # header -> front -> body -> back
        self.dieu: int | None = None
        self.khoan: int | None = None
        self.diem: str | None = None
        self.gach_count: Counter = Counter()
        self.bullet_char: dict[str, str] = {}
        self.can_cu = 0
        self.noi_nhan = 0
        self.numbered: dict[str, int] = {}
        self.doc_type: str | None = None
        self.heading_open = False  # the last block is a heading awaiting its name (chương, tiêu đề)
        self.back_block: str | None = None

    # -- blocks ----------------------------------------------------------------------------------

    def pid(self, **parts) -> ProvisionId:
        return ProvisionId(decision=self.decision, **parts)

    def open(self, pid: ProvisionId, paragraph: str, lineno: int) -> bool:
        if str(pid) in self.taken:
            return False
        self.taken.add(str(pid))
        self.blocks.append(Block(pid, [paragraph], lineno))
        return True

    def append(self, paragraph: str, lineno: int) -> None:
        if self.blocks:
            self.blocks[-1].paragraphs.append(paragraph)
        else:
            self.open(self.pid(front="tieu-de"), paragraph, lineno)

    def last_paragraph_open(self) -> bool:
        """The last paragraph reads as cut short: no final punctuation."""
        if not self.blocks or self.heading_open:
            return False
        last = self.blocks[-1]
        if last.pid.kind in ("chuong",) or (last.pid.kind == "dieu" and len(last.paragraphs) == 1):
            return False
        return bool(last.paragraphs[-1]) and last.paragraphs[-1][-1] not in TERMINAL

    def unplaced(self, group: list[Line], key: str, **params) -> None:
        first = group[0]
        self.problems.append(Problem(first.lineno, key, first.text, params))
        self.append(join_lines(group), first.lineno)

    # -- paragraphs ------------------------------------------------------------------------------

    def add(self, group: list[Line]) -> None:
        first = group[0]
        kind = first.kind
        if self.region in ("header", "front") and kind in ("dieu", "chuong", "khoan", "diem", "section_like",
                                                           "heading_like"):
            self.region = "body"
        handler = getattr(self, f"on_{self.region}")
        handler(group)

    def on_header(self, group: list[Line]) -> None:
        first = group[0]
        if first.kind == "doc_type":
            self.doc_type = first.rest
            name = group[1:]
            paragraph = first.text + ("\n" + join_lines(name) if name else "")
            self.start_title(paragraph, first.lineno)
            self.heading_open = not name
            return
        if self.doc_type and self.heading_open and first.kind == "text":
            self.blocks[-1].paragraphs[-1] += "\n" + join_lines(group)
            self.heading_open = False
            return
        if self.doc_type and first.kind == "text" and _starts_lower(first.text) and self.last_name_open():
            self.blocks[-1].paragraphs[-1] += " " + join_lines(group)
            return
        if first.kind in ("bullet", "enact", "basis") or (
                first.kind == "text" and self.doc_type and "ban hành" in first.text):
            self.region = "front"
            self.heading_open = False
            self.on_front(group)
            return
        if first.kind in ("noi_nhan", "signature"):
            self.region = "back"
            self.on_back(group)
            return
        self.heading_open = False
        if first.kind == "number_line" and group[1:]:
            paragraphs = [first.text] + [line.text for line in group[1:]]
        elif first.kind in HEADER_KINDS or (first.kind == "text" and first.text.isupper()):
            paragraphs = [line.text for line in group]
        else:
            paragraphs = [join_lines(group)]
        for paragraph in paragraphs:
            self.start_title(paragraph, first.lineno)

    def last_name_open(self) -> bool:
        return bool(self.blocks) and self.blocks[-1].paragraphs[-1][-1] not in TERMINAL + ")"

    def start_title(self, paragraph: str, lineno: int) -> None:
        if self.blocks and self.blocks[-1].pid == self.pid(front="tieu-de"):
            self.blocks[-1].paragraphs.append(paragraph)
        else:
            self.open(self.pid(front="tieu-de"), paragraph, lineno)

    def on_front(self, group: list[Line]) -> None:
        first = group[0]
        text = join_lines(group)
        if first.kind in ("noi_nhan", "signature"):
            self.region = "back"
            self.on_back(group)
        elif first.kind in ("bullet", "basis"):
            self.can_cu += 1
            self.open(self.pid(front="can-cu", number=self.can_cu), text, first.lineno)
        elif first.kind == "text" and _starts_lower(text) and self.last_paragraph_open():
            self.blocks[-1].paragraphs[-1] += " " + text
        elif self.blocks and (self.blocks[-1].pid == self.pid(front="ban-hanh") or first.kind == "text"
                              and str(self.pid(front="ban-hanh")) in self.taken):
            self.blocks[-1].paragraphs.append(text)  # more words of the formula, or text after it
        elif not self.open(self.pid(front="ban-hanh"), text, first.lineno):
            self.unplaced(group, "import.problem.duplicate", id=str(self.pid(front="ban-hanh")))

    def on_body(self, group: list[Line]) -> None:
        first = group[0]
        kind = first.kind
        text = join_lines(group)
        if kind == "chuong":
            self.on_chuong(group)
        elif kind == "dieu":
            pid = self.pid(dieu=first.number)
            if self.open(pid, join_lines(group), first.lineno):
                self.dieu, self.khoan, self.diem = first.number, None, None
                self.heading_open = False
            else:
                self.unplaced(group, "import.problem.duplicate", id=str(pid))
        elif kind == "khoan":
            if self.dieu is None:
                self.unplaced(group, "import.problem.no_parent", level="khoan")
            elif self.decision:
                self.unplaced(group, "import.problem.decision_clause")
            elif self.open(self.pid(dieu=self.dieu, khoan=first.number), text, first.lineno):
                self.khoan, self.diem = first.number, None
            else:
                self.unplaced(group, "import.problem.duplicate", id=str(self.pid(dieu=self.dieu, khoan=first.number)))
        elif kind == "diem":
            if self.khoan is None or self.decision:
                self.unplaced(group, "import.problem.no_parent", level="diem")
            else:
                pid = self.pid(dieu=self.dieu, khoan=self.khoan, diem=letter_id(first.letter))
                if self.open(pid, text, first.lineno):
                    self.diem = pid.diem
                else:
                    self.unplaced(group, "import.problem.duplicate", id=str(pid))
        elif kind == "bullet":
            self.on_bullet(group, text)
        elif kind in ("noi_nhan", "signature"):
            self.region = "back"
            self.on_back(group)
        elif kind in ("section_like", "heading_like"):
            self.unplaced(group, _UNPLACED[kind])
        elif kind == "text" and _starts_lower(text) and self.last_paragraph_open():
            self.note_join(first)
            self.blocks[-1].paragraphs[-1] += " " + text
        elif self.heading_open:
            self.blocks[-1].paragraphs[-1] += "\n" + text
            self.heading_open = False
        else:
            self.append(text, first.lineno)

    def note_join(self, line: Line) -> None:
        self.notes.append(Problem(line.lineno, "import.note.joined", line.text[:60]))

    def on_chuong(self, group: list[Line]) -> None:
        first = group[0]
        pid = ProvisionId(chuong=first.number)
        lines = [first.marker] + ([first.rest] if first.rest else [])
        rest = group[1:]
        if rest and not first.rest:
            lines.append(rest[0].text)
            rest = rest[1:]
        if rest:
            lines[-1] += " " + join_lines(rest)
        if self.decision or not self.open(pid, "\n".join(lines), first.lineno):
            self.unplaced(group, "import.problem.duplicate", id=str(pid))
            return
        self.dieu = self.khoan = self.diem = None
        self.heading_open = len(lines) == 1

    def on_bullet(self, group: list[Line], text: str) -> None:
        first = group[0]
        if self.dieu is None:
            self.unplaced(group, "import.problem.no_parent", level="gach")
            return
        parent = self.pid(dieu=self.dieu, khoan=self.khoan, diem=self.diem) if not self.decision else None
        if parent is None:
            self.unplaced(group, "import.problem.decision_clause")
            return
        key = str(parent)
        char = self.bullet_char.setdefault(key, first.letter)
        if char != first.letter and self.gach_count[key]:
            # A sub-bullet ("+" under "-"): the id grammar has one indent level; it stays in its bullet.
            self.notes.append(Problem(first.lineno, "import.note.sub_bullet", first.text[:60]))
            self.append(text, first.lineno)
            return
        self.gach_count[key] += 1
        pid = ProvisionId(dieu=self.dieu, khoan=self.khoan, diem=self.diem, gach=self.gach_count[key])
        if not self.open(pid, text, first.lineno):
            self.unplaced(group, "import.problem.duplicate", id=str(pid))

    def on_back(self, group: list[Line]) -> None:
        first = group[0]
        kind = first.kind
        if kind == "noi_nhan":
            pid = self.pid(front="noi-nhan")
            if not self.open(pid, first.marker, first.lineno):
                self.unplaced(group, "import.problem.duplicate", id=str(pid))
                return
            self.back_block = "noi-nhan"
            rest = [Line("text", first.rest, rest=first.rest, lineno=first.lineno)] if first.rest else []
            if rest or group[1:]:
                self.recipient(rest + group[1:])
        elif kind == "signature" or (self.back_block == "noi-nhan" and kind == "text" and first.text.isupper()
                                     and len(first.text) < 80):
            pid = self.pid(front="chu-ky")
            paragraph = "\n".join(line.text for line in group)
            if self.back_block == "chu-ky":
                self.blocks[-1].paragraphs.append(paragraph)
            elif not self.open(pid, paragraph, first.lineno):
                self.unplaced(group, "import.problem.duplicate", id=str(pid))
                return
            self.back_block = "chu-ky"
        elif self.back_block == "noi-nhan" and kind == "bullet":
            self.recipient(group)
        elif self.back_block == "chu-ky":
            self.blocks[-1].paragraphs.append("\n".join(line.text for line in group))
        elif kind in ("dieu", "chuong", "khoan", "diem", "section_like", "heading_like"):
            self.unplaced(group, "import.problem.after_end")
        else:
            self.append(join_lines(group), first.lineno)

    def recipient(self, group: list[Line]) -> None:
        self.noi_nhan += 1
        self.open(self.pid(front="noi-nhan", number=self.noi_nhan), join_lines(group), group[0].lineno)


def build(raw_lines: list[str]) -> Import:
    lines, notes = read_lines(raw_lines)
    groups = group_paragraphs(lines)
    parts = split_documents(groups)
    problems: list[Problem] = []
    changes: list[Problem] = []
    if len(parts) > 2:
        # Only a Decision and the one document it issues have ids; a third part stays text of the second.
        for extra in parts[2:]:
            problems.append(Problem(extra[0][0].lineno, "import.problem.third_document", extra[0][0].text))
        parts = parts[:1] + [sum(parts[1:], [])]
    doc_types = [next((g[0].rest for g in part if g[0].kind == "doc_type"), "") for part in parts]
    decision = len(parts) == 2 and doc_types[0] == "QUYẾT ĐỊNH"
    if len(parts) == 2 and not decision:
        parts = [parts[0] + parts[1]]
        doc_types = doc_types[:1]
    taken: set[str] = set()
    blocks: list[Block] = []
    for index, part in enumerate(parts):
        builder = _Builder(decision and index == 0, taken, problems, changes)
        for group in part:
            builder.add(group)
        blocks += builder.blocks
    return Import(blocks, problems, notes + changes, doc_types, decision)
