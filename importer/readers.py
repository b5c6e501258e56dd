"""Files -> raw lines: UTF-8 .txt and .md, Word .docx (python-docx), .pdf with a text layer (pypdf).

Every failure is an ImportFailure with file, line and a catalogue key: the command prints it in both
languages, never a traceback. OCR is out of scope: a PDF without text is refused with a message.
"""

from __future__ import annotations

from pathlib import Path

from .structure import Problem

SUFFIXES = (".txt", ".md", ".docx", ".pdf")


class ImportFailure(Exception):
    def __init__(self, path, line: int, key: str, **params):
        super().__init__(path, line, key, params)
        self.path, self.line, self.key, self.params = str(path), line, key, params


def read(path: Path) -> tuple[list[str], list[Problem]]:
    """The raw lines of a file, and notes on what the reader itself did (tables, automatic numbering)."""
    if not path.is_file():
        raise ImportFailure(path, 0, "import.error.missing")
    suffix = path.suffix.lower()
    if suffix in (".txt", ".md"):
        return _read_text(path), []
    if suffix == ".docx":
        return _read_docx(path)
    if suffix == ".pdf":
        return _read_pdf(path), []
    raise ImportFailure(path, 0, "import.error.format", suffix=suffix or path.name)


def _read_text(path: Path) -> list[str]:
    data = path.read_bytes()
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise ImportFailure(path, line, "import.error.encoding", byte=f"0x{data[exc.start]:02x}") from None
    return content.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _read_docx(path: Path) -> tuple[list[str], list[Problem]]:
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        document = docx.Document(str(path))
    except Exception as exc:  # a damaged or foreign file: python-docx raises many kinds
        raise ImportFailure(path, 0, "import.error.unreadable", reason=type(exc).__name__) from None
    lines: list[str] = []
    notes: list[Problem] = []
    seen_text = False
    numbering = _Numbering(document)
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            value = paragraph.text
            if value.strip():
                number = numbering.number(paragraph)
                if number is None:
                    notes.append(Problem(len(lines) + 1, "import.problem.auto_numbering", value.strip()[:60]))
                elif number:
                    # Word's automatic number ("1.", "a)", "Điều 3.") is not in the text: it is written in.
                    notes.append(Problem(len(lines) + 1, "import.note.auto_numbering", value.strip()[:60],
                                         {"number": number}))
                    value = f"{number} {value.lstrip()}"
                lines.extend(value.split("\n"))
                lines.append("")
                seen_text = True
        elif tag == "tbl":
            table = Table(child, document)
            if not seen_text or _layout_table(table):
                # Layout tables: the two-column header (issuer | national motto) and the closing block
                # (recipients | signature) are borderless tables; each cell, left to right, becomes paragraphs.
                for row in table.rows:
                    for cell in _unique_cells(row):
                        for paragraph in cell.paragraphs:
                            if paragraph.text.strip():
                                lines.extend(paragraph.text.split("\n"))
                                lines.append("")
            else:
                notes.append(Problem(len(lines) + 1, "import.note.table", ""))
                for row in table.rows:
                    cells = [" ".join(c.text.split()) for c in _unique_cells(row)]
                    lines.append(" | ".join(cells))
                    lines.append("")  # one paragraph per row
    return lines, notes


class _Numbering:
    """Word's automatic paragraph numbers (numbering.xml), counted the way Word shows them."""

    FORMATS = {
        "decimal": str,
        "lowerLetter": lambda n: _letters(n).lower(),
        "upperLetter": lambda n: _letters(n),
        "lowerRoman": lambda n: _roman(n).lower(),
        "upperRoman": lambda n: _roman(n),
    }

    def __init__(self, document):
        from docx.oxml.ns import qn
        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId -> ilvl -> (format, text, start)
        self.counters: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element
        except Exception:  # no numbering part: no automatic numbers
            return
        abstract = {}
        for node in root.iterchildren(qn("w:abstractNum")):
            levels = {}
            for level in node.iterchildren(qn("w:lvl")):
                fmt = level.find(qn("w:numFmt"))
                text = level.find(qn("w:lvlText"))
                start = level.find(qn("w:start"))
                levels[int(level.get(qn("w:ilvl")))] = (
                    fmt.get(qn("w:val")) if fmt is not None else "decimal",
                    text.get(qn("w:val")) if text is not None else "",
                    int(start.get(qn("w:val"))) if start is not None else 1)
            abstract[node.get(qn("w:abstractNumId"))] = levels
        for node in root.iterchildren(qn("w:num")):
            ref = node.find(qn("w:abstractNumId"))
            if ref is not None and ref.get(qn("w:val")) in abstract:
                self.levels[node.get(qn("w:numId"))] = abstract[ref.get(qn("w:val"))]

    def number(self, paragraph) -> str | None:
        """"" when the paragraph is not numbered, the number as Word shows it, None when it cannot be read."""
        qn = self.qn
        num_pr = None
        for holder in (paragraph._p.pPr, paragraph.style.element.pPr if paragraph.style is not None else None):
            if holder is not None and holder.numPr is not None:
                num_pr = holder.numPr
                break
        if num_pr is None:
            return ""
        num_id = num_pr.find(qn("w:numId"))
        ilvl = num_pr.find(qn("w:ilvl"))
        num_id = num_id.get(qn("w:val")) if num_id is not None else None
        level = int(ilvl.get(qn("w:val"))) if ilvl is not None else 0
        if num_id == "0":
            return ""  # numbering switched off for this paragraph
        levels = self.levels.get(num_id)
        if not levels or level not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        counters[level] = counters.get(level, levels[level][2] - 1) + 1
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]
        fmt, pattern, _ = levels[level]
        if fmt == "bullet":
            return "-"  # a Word bullet: the dash of a Vietnamese indent
        if fmt not in self.FORMATS:
            return None
        out = pattern
        for k in range(level + 1):
            if f"%{k + 1}" in out:
                value = counters.get(k, levels.get(k, ("decimal", "", 1))[2])
                kfmt = levels.get(k, ("decimal",))[0]
                out = out.replace(f"%{k + 1}", self.FORMATS.get(kfmt, str)(value))
        return out.strip()


def _letters(n: int) -> str:
    """Word's letter numbering: A..Z, then AA, BB ..."""
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def _roman(n: int) -> str:
    from checker.formats import roman
    return roman(n)


LAYOUT_KINDS = ("noi_nhan", "signature", "national", "number_line", "place_date", "motto")


def _layout_table(table) -> bool:
    """A table used for page layout rather than data: one of its cells opens with a header or closing line."""
    from .lines import classify, normalise
    for row in table.rows:
        for cell in _unique_cells(row):
            first = next((p.text for p in cell.paragraphs if p.text.strip()), "")
            if classify(normalise(first)[0]).kind in LAYOUT_KINDS:
                return True
    return False


def _unique_cells(row):
    seen, cells = set(), []
    for cell in row.cells:  # merged cells repeat
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _read_pdf(path: Path) -> list[str]:
    try:
        from pypdf import PdfReader
        reader = PdfReader(str(path))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as exc:
        raise ImportFailure(path, 0, "import.error.unreadable", reason=type(exc).__name__) from None
    if not any(page.strip() for page in pages):
        raise ImportFailure(path, 0, "import.error.no_text")
    lines: list[str] = []
    for page in pages:
        lines.extend(page.replace("\r", "").split("\n"))
        lines.append("")
    return lines
