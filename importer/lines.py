"""Line level of the import: one lark grammar that says what each line of a document is.

A document is read line by line. Each (normalised) line is parsed by the grammar below and becomes one
`Line` with a kind (chuong, dieu, khoan, diem, bullet, noi_nhan, ...) and its parts (number, letter, rest).
The tree builder (importer.structure) then places the lines; it never looks inside a line with its own
patterns. Provision ids are never built here: checker.ids owns that grammar.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from lark import Lark, Token, Transformer
from lark.exceptions import LarkError

# One line, one marker terminal (with its number or letter) and the rest of the line. The lexer is
# contextual and LALR: at the start of a line the terminals are tried by priority, so "1. ..." is a
# clause, "Điều 5." an article, and whatever no marker fits is plain text (REST, lowest priority).
GRAMMAR = r"""
?start: chuong | dieu | khoan | diem | bullet | noi_nhan | page | signature | number_line | place_date
      | attached | national | motto | enact | basis | section_like | heading_like | text

chuong: CHUONG REST?
dieu: DIEU REST?
khoan: KHOAN REST?
diem: DIEM REST?
bullet: BULLET REST?
noi_nhan: NOI_NHAN REST?
page: PAGE
signature: SIGNATURE REST?
number_line: NUMBER REST?
place_date: PLACE_DATE REST?
attached: ATTACHED REST?
national: NATIONAL REST?
motto: MOTTO REST?
enact: ENACT
basis: BASIS REST?
section_like: SECTION REST?
heading_like: HEADING_LIKE REST?
text: REST

CHUONG.9: /chương[ \t]+(?:[IVXLC]+|[1-9][0-9]*)(?![\w])[ \t]*[.:]?[ \t]*/i
DIEU.9: /điều[ \t]+[1-9][0-9]*(?![\w])[ \t]*[.:]?[ \t]*/i
KHOAN.8: /[1-9][0-9]*[.)](?=[ \t]|$)[ \t]*/
DIEM.8: /[a-zđ][.)](?=[ \t]|$)[ \t]*/
BULLET.7: /[-+•–—][ \t]*/
NOI_NHAN.9: /nơi[ \t]+nhận[ \t]*:?[ \t]*/i
PAGE.10: /(?:trang[ \t]+[0-9]+(?:[ \t]*\/[ \t]*[0-9]+)?|-[ \t]*[0-9]+[ \t]*-|[0-9]{1,3})[ \t]*$/i
SIGNATURE.9: /(?:T\/M|TM\.|TM|K\/T|KT\.|KT|T\/L|TL\.|Q\.|TUQ\.)[ \t]+(?=\S)/
NUMBER.9: /số[ \t]*:?[ \t]*(?=[0-9])/i
PLACE_DATE.8: /[^\W\d_][^,\n]{0,40},[ \t]*ngày[ \t]+[0-9]{1,2}[ \t]+tháng[ \t]+[0-9]{1,2}[ \t]+năm[ \t]+[0-9]{4}[ \t]*/i
ATTACHED.9: /\((?:ban[ \t]+hành[ \t]+)?kèm[ \t]+theo[ \t]*/i
NATIONAL.9: /(?:cộng[ \t]+hòa|cộng[ \t]+hoà)[ \t]+xã[ \t]+hội[ \t]+chủ[ \t]+nghĩa[ \t]+việt[ \t]+nam[ \t]*|đảng[ \t]+cộng[ \t]+sản[ \t]+việt[ \t]+nam[ \t]*$/i
MOTTO.9: /độc[ \t]+lập[ \t]*-[ \t]*tự[ \t]+do[ \t]*-[ \t]*hạnh[ \t]+phúc[ \t]*/i
ENACT.9: /(?:[^\s%(lower)s]+[ \t]+)+QUYẾT[ \t]+ĐỊNH[ \t]*:?[ \t]*$/
BASIS.7: /(?:Căn[ \t]+cứ|Xét)(?=[ \t])/
SECTION.8: /(?:mục|phần)[ \t]+(?:[IVXLC]+|[1-9][0-9]*)(?![\w])[ \t]*[.:]?[ \t]*/i
HEADING_LIKE.6: /(?:chương|điều)[ \t]+(?:[0-9][0-9A-Za-z]*|[IVXLCivxlc]+[0-9]+\w*)(?![\w])[ \t]*[.:]?[ \t]*/i
REST.0: /.+/
"""

# Lowercase letters (ascii and Vietnamese), for the terminal of an enacting formula in capitals.
_LOWER = "".join(sorted({c for c in map(chr, range(0x61, 0x1EFA)) if c.islower() and c.isalpha()}))
GRAMMAR = GRAMMAR.replace("%(lower)s", _LOWER.replace("\\", "").replace("/", "").replace("]", "").replace("^", ""))

_PARSER = Lark(GRAMMAR, parser="lalr", lexer="contextual", maybe_placeholders=False)

# Document types as printed on their own line in capitals.
DOC_TYPES = ("QUY CHẾ", "QUYẾT ĐỊNH", "QUY ĐỊNH", "HƯỚNG DẪN", "KẾ HOẠCH", "NGHỊ QUYẾT", "CHỈ THỊ",
             "THÔNG BÁO", "KẾT LUẬN", "CHƯƠNG TRÌNH", "ĐỀ ÁN", "THÔNG TRI")


@dataclass
class Line:
    kind: str  # chuong dieu khoan diem bullet noi_nhan page signature number_line place_date attached
    #            national motto enact basis section_like heading_like doc_type text blank
    text: str  # the whole line as it will be kept (normalised)
    number: int | None = None  # chương (roman or arabic), điều, khoản
    letter: str | None = None  # điểm letter as printed, bullet character
    rest: str = ""  # the words after the marker
    marker: str = ""  # the marker as printed ("Điều 5.", "1.", "a)", "-")
    lineno: int = 0  # line in the source (1-based)
    extra: dict = field(default_factory=dict)


class _ToLine(Transformer):
    def _make(self, kind, children):
        marker = next((c for c in children if isinstance(c, Token) and c.type != "REST"), None)
        rest = next((str(c) for c in children if isinstance(c, Token) and c.type == "REST"), "")
        return kind, (str(marker) if marker is not None else ""), rest

    def __default__(self, data, children, meta):
        return self._make(data, children)


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(numeral: str) -> int | None:
    """The value of a well-formed Roman numeral (I..CCCXCIX), None otherwise."""
    numeral = numeral.upper()
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    from checker.formats import roman
    return total if total > 0 and roman(total) == numeral else None


def classify(text: str, lineno: int = 0) -> Line:
    """What one normalised line is."""
    if not text.strip():
        return Line("blank", "", lineno=lineno)
    if text.strip().upper() == text.strip() and " ".join(text.split()) in DOC_TYPES:
        return Line("doc_type", text.strip(), rest=" ".join(text.split()), lineno=lineno)
    try:
        kind, marker, rest = _ToLine().transform(_PARSER.parse(text))
    except LarkError:  # the grammar has a catch-all; this only guards against the unforeseen
        return Line("text", text, rest=text, lineno=lineno)
    line = Line(kind, text, rest=rest.strip(), marker=marker.strip(), lineno=lineno)
    digits = re.search(r"[0-9]+", marker)
    if kind == "chuong":
        token = marker.split()[1].rstrip(".:")
        line.number = int(token) if token.isdigit() else roman_value(token)
        if line.number is None:
            line.kind = "heading_like"
    elif kind in ("dieu", "khoan") and digits:
        line.number = int(digits.group())
    elif kind == "diem":
        line.letter = marker[0]
    elif kind == "bullet":
        line.letter = marker[0]
    return line


# ---------------------------------------------------------------------------
# Normalisation of raw lines (before classification)

_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_RULE = re.compile(r"^\s*(?:[-_*=]\s*){3,}$")
_SMART = {"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "", "\ufeff": "", "\u00ad": ""}


def normalise(raw: str) -> tuple[str, list[str]]:
    """One raw line made plain: NFC, Markdown marks and rules removed, spaces collapsed.

    Returns the line and the names of the changes made (for the report)."""
    changes = []
    line = raw.rstrip("\r\n")
    nfc = unicodedata.normalize("NFC", line)
    if nfc != line:
        changes.append("nfc")
        line = nfc
    for char, repl in _SMART.items():
        if char in line:
            line = line.replace(char, repl)
            changes.append("spaces")
    if _RULE.match(line):
        return "", changes + ["rule"]
    stripped = _MD_HEADING.sub("", line)
    if stripped != line:
        changes.append("markdown")
        line = stripped
    if "**" in line or "__" in line:
        line = line.replace("**", "").replace("__", "")
        changes.append("markdown")
    line = re.sub(r"[ \t]+", " ", line).strip()
    return line, changes
