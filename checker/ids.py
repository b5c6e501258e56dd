"""The provision-id grammar of the corpus, both ways: text -> ProvisionId -> text, kind, parent, citation.

Every provision of a regulation has one id, shared by both languages and used as its anchor on the site:

    chuong-2                        Chương II                                Chapter II
    dieu-5                          Điều 5                                   Article 5
    dieu-5-khoan-2                  khoản 2 Điều 5                           Article 5(2)
    dieu-5-khoan-2-diem-dd          điểm đ khoản 2 Điều 5                    Article 5(2)(đ)
    dieu-4-khoan-1-diem-b-gach-3    gạch đầu dòng thứ 3 điểm b khoản 1 …     Article 4(1)(b), third indent
    dieu-9-gach-2                   gạch đầu dòng thứ 2 Điều 9               Article 9, second indent
    qd-dieu-3                       Điều 3 Quyết định                        Article 3 of the Decision
    can-cu-2, qd-can-cu-2           căn cứ thứ 2 (của Quyết định)            legal basis 2 (of the Decision)
    tieu-de, ban-hanh, noi-nhan-1, chu-ky (each also with qd-): the heading, enacting formula,
    recipients and signature block of a document.

This module is the only place that knows the grammar; the validator, the engine, the site and the
training kit all ask it. Its wording comes from the string catalogue (checker.messages).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .formats import ordinal_en, roman
from .messages import text

# Point letters are Vietnamese letters written in ascii: "dd" stands for "đ".
LETTERS = {"dd": "đ"}
# Front and back matter of a document, in the order a document has them.
FRONT_PARTS = ("tieu-de", "can-cu", "ban-hanh", "noi-nhan", "chu-ky")
# The parts that come numbered (one id per legal basis or recipient line) and those that stand alone.
NUMBERED_FRONT_PARTS = ("can-cu", "noi-nhan")
# The structural levels, outermost first; an id names a path down this tree (chapters stand apart).
LEVELS = ("dieu", "khoan", "diem", "gach")
# The kind every front or back matter id (and each of the Decision's own articles) has.
FRONT = "front"

_N = r"[1-9][0-9]*"
_GRAMMAR = re.compile(
    rf"""(?P<qd>qd-)?(?:
        chuong-(?P<chuong>{_N})
      | dieu-(?P<dieu>{_N})(?:-khoan-(?P<khoan>{_N})(?:-diem-(?P<diem>[a-z]|dd))?)?(?:-gach-(?P<gach>{_N}))?
      | (?P<front>tieu-de|can-cu|ban-hanh|noi-nhan|chu-ky)(?:-(?P<number>{_N}))?
    )""",
    re.X,
)


class InvalidId(ValueError):
    """Text that is not a provision id of the grammar."""


@dataclass(frozen=True)
class ProvisionId:
    """One provision id. Build it with ProvisionId.parse(text); str() gives the text back."""

    decision: bool = False  # the "qd-" prefix: part of the Decision that issues an attached document
    chuong: int | None = None
    dieu: int | None = None
    khoan: int | None = None
    diem: str | None = None  # ascii letter(s) as in the id: "b", "dd"
    gach: int | None = None
    front: str | None = None  # one of FRONT_PARTS
    number: int | None = None  # numbered front parts: can-cu-2, noi-nhan-3

    # -- the grammar, both ways ------------------------------------------------------------------

    @classmethod
    def parse(cls, value: str) -> ProvisionId:
        match = _GRAMMAR.fullmatch(value) if isinstance(value, str) else None
        if not match:
            raise InvalidId(value)
        found = match.groupdict()
        ident = cls(
            decision=bool(found["qd"]),
            chuong=_int(found["chuong"]),
            dieu=_int(found["dieu"]),
            khoan=_int(found["khoan"]),
            diem=found["diem"],
            gach=_int(found["gach"]),
            front=found["front"],
            number=_int(found["number"]),
        )
        # What the regular expression cannot say: which parts may be numbered, and that the Decision's
        # own articles are plain articles (no clauses, points or chapters are cited in a decision here).
        if ident.number is not None and ident.front not in NUMBERED_FRONT_PARTS:
            raise InvalidId(value)
        if ident.decision and (ident.chuong or ident.khoan or ident.gach):
            raise InvalidId(value)
        return ident

    @classmethod
    def is_valid(cls, value: str) -> bool:
        try:
            cls.parse(value)
        except InvalidId:
            return False
        return True

    def __str__(self) -> str:
        prefix = "qd-" if self.decision else ""
        if self.front:
            return prefix + self.front + (f"-{self.number}" if self.number is not None else "")
        if self.chuong is not None:
            return f"{prefix}chuong-{self.chuong}"
        out = f"{prefix}dieu-{self.dieu}"
        if self.khoan is not None:
            out += f"-khoan-{self.khoan}"
            if self.diem is not None:
                out += f"-diem-{self.diem}"
        if self.gach is not None:
            out += f"-gach-{self.gach}"
        return out

    # -- structure -------------------------------------------------------------------------------

    @property
    def anchor(self) -> str:
        """The HTML id of the provision on its regulation page (the same in both languages)."""
        return str(self)

    @property
    def kind(self) -> str:
        """chuong, dieu, khoan, diem or gach; 'front' for front/back matter and the Decision's articles."""
        if self.decision or self.front:
            return FRONT
        if self.chuong is not None:
            return "chuong"
        return next(level for level in reversed(LEVELS) if getattr(self, level) is not None)

    @property
    def parent(self) -> ProvisionId | None:
        """The provision one level up in the id (an article has none: chapters are not in article ids)."""
        if self.kind in (FRONT, "chuong", "dieu"):
            return None
        if self.gach is not None:
            return ProvisionId(dieu=self.dieu, khoan=self.khoan, diem=self.diem)
        if self.diem is not None:
            return ProvisionId(dieu=self.dieu, khoan=self.khoan)
        return ProvisionId(dieu=self.dieu)

    @property
    def article(self) -> ProvisionId | None:
        """The article (Điều) the provision belongs to, itself for an article, None outside articles."""
        if self.dieu is None:
            return None
        return ProvisionId(decision=self.decision, dieu=self.dieu)

    # -- wording ---------------------------------------------------------------------------------

    @property
    def letter(self) -> str | None:
        """The point's letter as printed ("đ" for the id's "dd")."""
        return None if self.diem is None else LETTERS.get(self.diem, self.diem)

    def citation(self) -> dict:
        """How a reader cites the provision, {"vi": "điểm b khoản 2 Điều 5", "en": "Article 5(2)(b)"}."""
        if self.front:
            key = f"cite.front.{self.front}" + (".n" if self.number is not None else "")
            wording = text(key, n=self.number)
            return text("cite.of_decision", part=wording) if self.decision else wording
        if self.decision:
            return text("cite.qd_dieu", dieu=self.dieu)
        if self.chuong is not None:
            return text("cite.chuong", roman=roman(self.chuong))
        if self.diem is not None:
            parent = text("cite.diem", dieu=self.dieu, khoan=self.khoan, diem=self.letter)
        elif self.khoan is not None:
            parent = text("cite.khoan", dieu=self.dieu, khoan=self.khoan)
        else:
            parent = text("cite.dieu", dieu=self.dieu)
        if self.gach is None:
            return parent
        return text("cite.gach", parent=parent, ordinal={"vi": str(self.gach), "en": ordinal_en(self.gach)})


def letter_id(letter: str) -> str:
    """The id form of a printed point letter ("đ" -> "dd")."""
    return next((ascii_ for ascii_, printed in LETTERS.items() if printed == letter), letter)


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def parse(value: str) -> ProvisionId:
    return ProvisionId.parse(value)


def is_valid(value: str) -> bool:
    return ProvisionId.is_valid(value)


def citation(value: str) -> dict:
    """The {vi, en} citation of a provision id given as text."""
    return ProvisionId.parse(value).citation()


def kind_and_parent(value: str) -> tuple[str, str | None]:
    """Kind and parent id (as text) of a provision id given as text."""
    ident = ProvisionId.parse(value)
    parent = ident.parent
    return ident.kind, None if parent is None else str(parent)


# An id written inside running text (a note that says "as in dieu-5-khoan-1"): the grammar, not glued to a
# longer word or id ("r-dieu-6-…" is a rule id, not a provision id).
IN_TEXT = re.compile(rf"(?<![\w-])(?:{_GRAMMAR.pattern})(?![\w-])", re.X)


def cite_in_text(text: str, lang: str, known: set[str] | frozenset[str] | None = None) -> str:
    """`text` with every provision id in it replaced by its citation in `lang` ("dieu-5-khoan-1" ->
    "khoản 1 Điều 5" / "Article 5(1)"). With `known`, only ids of that set are replaced."""
    def cite(match: re.Match) -> str:
        found = match.group(0)
        if known is not None and found not in known:
            return found
        return ProvisionId.parse(found).citation()[lang]
    return IN_TEXT.sub(cite, text)
