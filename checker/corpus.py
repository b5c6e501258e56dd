"""Load and validate the regulations corpus (regulations/) into the compiled corpus.

Format: docs/reference/corpus-format.md. Command line: `python -m checker.corpus [root]`.

This module is build-time only: it needs PyYAML and pydantic, which the browser (Pyodide)
does not ship, so `checker/__init__.py` must never import it.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError
from pydantic_core import PydanticCustomError

__all__ = ["CorpusError", "load_corpus", "validate_corpus", "main"]

GLOSSARY_FILE = "glossary.yml"
LANGS = ("vi", "en")


class CorpusError(Exception):
    """One mistake in the corpus, located by file and line (line 0 = the whole file).

    When raised by load_corpus, `errors` holds every mistake found (this one first).
    """

    def __init__(self, path: str | Path, line: int, message_vi: str, message_en: str):
        self.path = str(path)
        self.line = line
        self.message_vi = message_vi
        self.message_en = message_en
        self.errors: list[CorpusError] = [self]
        super().__init__(self.path, line, message_vi, message_en)

    @property
    def message(self) -> str:
        return f"{self.message_vi} / {self.message_en}"

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# ---------------------------------------------------------------------------
# Provision ids

_N = r"[1-9][0-9]*"
# Point letters are Vietnamese letters in ascii: "dd" stands for "đ".
PROVISION_ID = re.compile(
    rf"""(?:
        chuong-{_N}
      | dieu-{_N}(?:-khoan-{_N}(?:-diem-(?:[a-z]|dd))?)?(?:-gach-{_N})?
      | (?:qd-)?(?:tieu-de|can-cu(?:-{_N})?|ban-hanh|noi-nhan(?:-{_N})?|chu-ky)
      | qd-dieu-{_N}
    )""",
    re.X,
)


def provision_kind_and_parent(pid: str) -> tuple[str, str | None]:
    """Kind and parent derived from the id alone (the contract: structure lives in the id)."""
    if not pid.startswith(("chuong-", "dieu-")):
        return "front", None  # front/back matter and the Decision's own articles stand alone
    parts = pid.split("-")
    return parts[-2], "-".join(parts[:-2]) or None


# ---------------------------------------------------------------------------
# Schemas of the YAML files (strict: YAML gives exact types, so coercion would only hide mistakes)

NonEmpty = Annotated[str, Field(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Bi(_Model):
    vi: NonEmpty
    en: NonEmpty


def _bi_or_unknown_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        return "mapping"
    return "literal" if isinstance(value, str) else None


# A discriminator keeps the error about the branch the author meant ({vi, en} vs "unknown").
BiOrUnknown = Annotated[
    Union[Annotated[Bi, Tag("mapping")], Annotated[Literal["unknown"], Tag("literal")]],
    Discriminator(
        _bi_or_unknown_tag,
        custom_error_type="bi_or_unknown",
        custom_error_message="expected a {vi, en} mapping or the string unknown",
    ),
]


def _check_date(value: str) -> str:
    if value != "unknown":
        try:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
                raise ValueError
            date.fromisoformat(value)
        except ValueError:
            raise PydanticCustomError("invalid_date", "invalid date {value}", {"value": value}) from None
    return value


IsoDateOrUnknown = Annotated[str, AfterValidator(_check_date)]


class LegalBasis(_Model):
    vi: NonEmpty
    en: NonEmpty
    provision: NonEmpty


class Source(_Model):
    file: NonEmpty
    kind: Literal["ocr", "clean"]
    sha256: Annotated[str, Field(pattern=r"^[0-9a-f]{64}$")]


class Meta(_Model):
    id: NonEmpty
    number: NonEmpty
    type: Bi
    title: Bi
    issuing_body: Bi
    signer: BiOrUnknown
    signing_date: IsoDateOrUnknown
    place: BiOrUnknown
    effect: Bi
    effect_provision: NonEmpty
    status: Bi
    legal_bases: list[LegalBasis]
    source: Source
    provenance: Bi
    unknown_notes: Bi | None = None


class Party(_Model):
    id: NonEmpty
    vi: NonEmpty
    en: NonEmpty


Count = Annotated[int, Field(gt=0)]
Unit = Literal["calendar_days", "working_days"]


class Within(_Model):
    kind: Literal["within"]
    count: Count
    unit: Unit
    from_: NonEmpty = Field(alias="from")


class Before(_Model):
    kind: Literal["before"]
    count: Count
    unit: Unit


class AnnualBefore(_Model):
    kind: Literal["annual_before"]
    day: Annotated[int, Field(ge=1, le=31)]
    month: Annotated[int, Field(ge=1, le=12)]


class NoFixedPeriod(_Model):
    kind: Literal["none"]
    reason: Bi


class Periodic(_Model):
    kind: Literal["periodic"]
    period: Bi
    reason: Bi


Timing = Annotated[Union[Within, Before, AnnualBefore, NoFixedPeriod, Periodic], Field(discriminator="kind")]


class Rule(_Model):
    id: NonEmpty
    cites: Annotated[list[NonEmpty], Field(min_length=1)]
    actor: NonEmpty
    towards: NonEmpty | None
    action: Bi
    timing: Timing
    consequence: Bi | None = None
    notes: Bi | None = None


class Flag(_Model):
    id: NonEmpty
    label: Bi
    adds_rules: list[NonEmpty] = []


class Event(_Model):
    id: NonEmpty
    label: Bi
    date_means: Bi
    flags: list[Flag] = []
    rules: list[NonEmpty]
    cites: list[NonEmpty] = []


class MatrixRow(_Model):
    area: Bi
    cites: Annotated[list[NonEmpty], Field(min_length=1)]
    presides: list[NonEmpty]
    coordinates: list[NonEmpty]


class Liaison(_Model):
    party: NonEmpty
    office: Bi
    cites: Annotated[list[NonEmpty], Field(min_length=1)]


class Rules(_Model):
    parties: list[Party]
    rules: list[Rule]
    events: list[Event] = []
    matrix: list[MatrixRow] = []
    liaison: list[Liaison] = []


class UncertainReading(_Model):
    provision: NonEmpty
    ocr: NonEmpty  # what the OCR seed shows, verbatim
    reading: NonEmpty  # the reading used in text.vi.md
    alternatives: list[NonEmpty] = []
    note: Bi | None = None


class Uncertain(_Model):
    readings: list[UncertainReading]


class Term(_Model):
    vi: NonEmpty
    en: NonEmpty
    note: Bi | None = None
    note_vi: NonEmpty | None = None
    note_en: NonEmpty | None = None


class Glossary(_Model):
    terms: list[Term]
