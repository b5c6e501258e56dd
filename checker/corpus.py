"""Load and validate the regulations corpus (regulations/) into the compiled corpus.

Format: docs/reference/corpus-format.md. Command line: `python -m checker.corpus [root]`.

This module is build-time only: it needs PyYAML and pydantic, which the browser (Pyodide)
does not ship, so `checker/__init__.py` must never import it.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import stat
import sys
import unicodedata
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, Union

import yaml
from markdown_it import MarkdownIt
from pydantic import AfterValidator, BaseModel, ConfigDict, Discriminator, Field, Tag, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from . import ids
from .languages import LANGS
from .messages import both, one_line, text

__all__ = [
    "UNTRANSLATED", "CorpusError", "provision_id_is_valid", "load_corpus", "main", "provision_kind_and_parent",
    "read_blocks", "read_yaml_text", "validate_corpus",
]

GLOSSARY_FILE = "glossary.yml"
MAX_FILE_BYTES = 2 * 1024 * 1024  # every corpus file; the largest real one is far below (docs: corpus-format)
MAX_YAML_DEPTH = 100  # nesting levels; far deeper input crashes the C YAML loader (segmentation fault)
# Regulation folders and ids of parties, rules, events and flags: lowercase ascii, digits, hyphens.
FOLDER_NAME = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
# An English block (or {vi, en} value) not translated yet: the validator accepts it and counts it; the site
# shows the Vietnamese text with a "translation pending" notice. A missing text.en.md means all blocks.
UNTRANSLATED = "(untranslated)"


class CorpusError(Exception):
    """One mistake in the corpus, located by file and line (line 0 = the whole file).

    When raised by load_corpus, `errors` holds every mistake found (this one first).
    """

    def __init__(self, path: str | Path, line: int, vi: str, en: str):
        """vi, en: the message in each language (a catalogue entry, text("corpus.…"), can be passed as **)."""
        self.path = str(path)
        self.line = line
        self.message_vi = vi
        self.message_en = en
        self.errors: list[CorpusError] = [self]
        super().__init__(self.path, line, vi, en)

    @property
    def message(self) -> str:
        return one_line({"vi": self.message_vi, "en": self.message_en})

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# ---------------------------------------------------------------------------
# Provision ids

# The grammar itself lives in checker.ids; these names keep the validator's vocabulary.
def provision_id_is_valid(pid: str) -> bool:
    return ids.is_valid(pid)


def provision_kind_and_parent(pid: str) -> tuple[str, str | None]:
    """Kind and parent derived from the id alone (the contract: structure lives in the id)."""
    return ids.kind_and_parent(pid)


# ---------------------------------------------------------------------------
# Schemas of the YAML files (strict: YAML gives exact types, so coercion would only hide mistakes)

NonEmpty = Annotated[str, Field(min_length=1)]
# An id: no blank, no whitespace or control character ("" and " " are not ids).
_ID_PATTERN = r"^[^\s\x00-\x1f\x7f]+$"
Id = Annotated[str, Field(min_length=1, pattern=_ID_PATTERN)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Bi(_Model):
    vi: NonEmpty
    en: NonEmpty


def _bi_or_unknown_tag(value: Any) -> str | None:
    if isinstance(value, (dict, Bi)):  # a dict when validating, a Bi when dumping
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


def iso_date(value: str) -> str:
    """A date written YYYY-MM-DD that exists; anything else is the validator's invalid_date."""
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        date.fromisoformat(value)
    except ValueError:
        raise PydanticCustomError("invalid_date", "invalid date {value}", {"value": value}) from None
    return value


def _check_date(value: str) -> str:
    return value if value == "unknown" else iso_date(value)


IsoDateOrUnknown = Annotated[str, AfterValidator(_check_date)]


def _check_known_date(value: str) -> str:
    if value == "unknown":
        raise PydanticCustomError("invalid_date", "invalid date {value}", {"value": value})
    return _check_date(value)


IsoDate = Annotated[str, AfterValidator(_check_known_date)]


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
    # The day the Vietnamese text was last checked against source.txt (the fidelity test passed); `unknown`
    # until someone has (an imported regulation).
    checked: IsoDateOrUnknown
    provenance: Bi
    unknown_notes: Bi | None = None


class Party(_Model):
    id: Id
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

    @model_validator(mode="after")
    def _real_day(self) -> "AnnualBefore":
        if (self.day, self.month) == (29, 2):
            raise PydanticCustomError("leap_day", "29 February is not a yearly date")
        try:
            date(2023, self.month, self.day)  # not a leap year: 29/2 exists only one year in four
        except ValueError:
            raise PydanticCustomError("invalid_date", "invalid date {value}",
                                      {"value": f"{self.day}/{self.month}"}) from None
        return self


class NoFixedPeriod(_Model):
    kind: Literal["none"]
    reason: Bi


class Periodic(_Model):
    kind: Literal["periodic"]
    period: Bi
    reason: Bi


Timing = Annotated[Union[Within, Before, AnnualBefore, NoFixedPeriod, Periodic], Field(discriminator="kind")]


class Rule(_Model):
    id: Id
    cites: Annotated[list[NonEmpty], Field(min_length=1)]
    actor: NonEmpty
    towards: NonEmpty | None
    action: Bi
    timing: Timing
    consequence: Bi | None = None
    notes: Bi | None = None
    # "draft": proposed by the importer, left out of the compiled corpus until a person reviews it.
    review: Literal["draft", "reviewed"] | None = None


class Flag(_Model):
    id: Id
    label: Bi
    adds_rules: list[NonEmpty] = []


class Event(_Model):
    id: Id
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


class NotFormalised(_Model):
    """Words of a provision deliberately left without a rule, and why (shown next to the provision)."""
    provision: NonEmpty
    excerpt: Bi | None = None  # the provision's own words, in both languages; none = the whole provision
    reason: Bi


class Rules(_Model):
    parties: list[Party]
    rules: list[Rule]
    events: list[Event] = []
    matrix: list[MatrixRow] = []
    liaison: list[Liaison] = []
    not_formalised: list[NotFormalised] = []


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
    plural: NonEmpty | None = None  # an English plural that does not contain `en` (Procuracy -> Procuracies)
    note: Bi | None = None
    note_vi: NonEmpty | None = None
    note_en: NonEmpty | None = None


class Glossary(_Model):
    terms: list[Term]


# ---------------------------------------------------------------------------
# YAML with line numbers


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe loader (libyaml when present: the corpus must load in well under a second)."""


# Dates stay strings: the corpus stores ISO text, and an impossible unquoted date such as
# 2025-02-30 must be reported by the validator instead of crashing the YAML constructor.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class _Errors(list):
    def add(self, path: Path | str, line: int, key: str, /, **params) -> None:
        """One mistake, worded by the catalogue (corpus.* in checker/messages.py) in both languages."""
        self.append(CorpusError(path, line, **text(key, **params)))


def _read(path: Path, errs: _Errors) -> str | None:
    try:
        info = os.stat(path)  # follows links: a link to a regular file is fine
        if not stat.S_ISREG(info.st_mode):
            # A folder, a FIFO (reading would wait forever) or a device such as /dev/zero (endless).
            kind = "corpus.file.kind_folder" if stat.S_ISDIR(info.st_mode) else "corpus.file.kind_special"
            errs.add(path, 0, "corpus.file.not_regular", kind=text(kind))
            return None
        if info.st_size > MAX_FILE_BYTES:
            errs.add(path, 0, "corpus.file.too_large", size=info.st_size, limit=MAX_FILE_BYTES)
            return None
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow after stat
        if len(data) > MAX_FILE_BYTES:
            errs.add(path, 0, "corpus.file.grew_too_large", limit=MAX_FILE_BYTES)
            return None
        return unicodedata.normalize("NFC", data.decode("utf-8-sig"))
    except FileNotFoundError:
        errs.add(path, 0, "corpus.file.missing")
    except UnicodeDecodeError as exc:
        errs.add(path, 0, "corpus.file.not_utf8", reason=exc.reason)
    except OSError as exc:  # a link loop (ELOOP), no permission, ...
        reason = exc.strerror or str(exc)
        errs.add(path, 0, "corpus.file.unreadable", reason=reason)
    return None


_BRACKETS = re.compile(r"[\[\]{}]")
_QUOTED = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'|(?:^|\s)#.*')


def _yaml_depth(text: str) -> tuple[int, int]:
    """(an upper bound of the nesting depth, line where it is largest), found without parsing.

    Counts open flow brackets plus the block indentation levels (and '- ' markers) of each line. It may
    overestimate a little (a bracket inside a quoted string), never underestimate."""
    brackets, worst, worst_line = 0, 0, 0
    indents: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        content = line.lstrip(" ")
        if not content or content.startswith("#"):
            continue
        column = len(line) - len(content)
        dashes = 0
        while content.startswith("- ") or content == "-":
            dashes += 1
            content = content[1:].lstrip(" ")
        if brackets == 0:
            while indents and indents[-1] >= column:
                indents.pop()
            indents.append(column)
        deepest = brackets
        for bracket in _BRACKETS.findall(_QUOTED.sub("", content)):  # brackets inside quotes are text
            brackets = brackets + 1 if bracket in "[{" else max(brackets - 1, 0)
            deepest = max(deepest, brackets)
        depth = len(indents) + dashes + deepest
        if depth > worst:
            worst, worst_line = depth, number
    return worst, worst_line


def _child(node: yaml.Node, part: Any) -> tuple[yaml.Node, int] | None:
    """The node under `part` (mapping key or list index) and the line to report for it."""
    if isinstance(node, yaml.MappingNode) and isinstance(part, str):
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode) and key.value == part:
                return value, key.start_mark.line + 1
    if isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        item = node.value[part]
        return item, item.start_mark.line + 1
    return None


def _locate(node: yaml.Node | None, loc: tuple, missing: bool = False) -> tuple[int, str]:
    """Line and readable field path of a pydantic error location.

    Parts that match no node are union tags added by pydantic (e.g. 'within'), except the
    last part of a 'missing' error, which names the absent field."""
    line = node.start_mark.line + 1 if node is not None else 0
    where = ""
    for i, part in enumerate(loc):
        found = _child(node, part) if node is not None else None
        if found:
            node, line = found
        elif not (missing and i == len(loc) - 1):
            continue
        where += f"[{part}]" if isinstance(part, int) else (f".{part}" if where else str(part))
    return line, where


def _duplicate_keys(node: yaml.Node, path: Path, errs: _Errors) -> None:
    # PyYAML silently keeps the last of two equal keys; an author appending entries would lose data.
    stack, seen_nodes = [node], set()
    while stack:
        current = stack.pop()
        if id(current) in seen_nodes:
            continue
        seen_nodes.add(id(current))
        if isinstance(current, yaml.MappingNode):
            keys: set[str] = set()
            for key, value in current.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in keys:
                        errs.add(path, key.start_mark.line + 1, "corpus.yaml.duplicate_key", name=key.value)
                    keys.add(key.value)
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _depth_ok(path: Path, text: str, errs: _Errors) -> bool:
    depth, depth_line = _yaml_depth(text)
    if depth > MAX_YAML_DEPTH:
        errs.add(path, depth_line, "corpus.yaml.too_deep", limit=MAX_YAML_DEPTH)
        return False
    return True


def read_yaml_text(path: str | Path) -> str:
    """The text of another YAML file of the corpus (e.g. scenarios.yml), after the validator's checks:
    a regular file, at most MAX_FILE_BYTES, nested at most MAX_YAML_DEPTH deep. Raises CorpusError."""
    errs = _Errors()
    text = _read(Path(path), errs)
    if text is not None:
        _depth_ok(Path(path), text, errs)
    if errs:
        raise errs[0]
    return text


def _load_yaml(path: Path, errs: _Errors) -> tuple[Any, yaml.Node | None] | None:
    text = _read(path, errs)
    if text is None:
        return None
    if not _depth_ok(path, text, errs):
        return None
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is not None:
            _duplicate_keys(node, path, errs)
        return (loader.construct_document(node) if node is not None else None), node
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        if isinstance(exc, yaml.reader.ReaderError):  # e.g. a control character: no mark, but a position
            line = text.count("\n", 0, exc.position) + 1
            char = exc.character if isinstance(exc.character, int) else ord(exc.character)
            errs.add(path, line, "corpus.yaml.control_character", code=f"{char:04X}")
            return None
        context, started = getattr(exc, "context", None), getattr(exc, "context_mark", None)
        line = mark.line + 1 if mark else 0
        if context and started and mark and started.line != mark.line:
            # libyaml notices an unclosed bracket only on a later line: also show where it opened.
            errs.add(path, line, "corpus.yaml.malformed_opened", problem=problem, context=context, line=started.line + 1)
        else:
            errs.add(path, line, "corpus.yaml.malformed", problem=problem)
        return None
    finally:
        loader.dispose()


# The names of the expected type (pydantic's error type) and of the type found (the value YAML gave).
_TYPE_NAMES = {
    "string_type": "corpus.type.string",
    "int_type": "corpus.type.integer",
    "list_type": "corpus.type.list",
    "model_type": "corpus.type.mapping",
    "model_attributes_type": "corpus.type.mapping",
    "dict_type": "corpus.type.mapping",
    "bi_or_unknown": "corpus.type.bi_or_unknown",
}
_LIMITS = {
    "greater_than": "corpus.schema.greater_than", "greater_than_equal": "corpus.schema.greater_than_equal",
    "less_than": "corpus.schema.less_than", "less_than_equal": "corpus.schema.less_than_equal",
}
_YAML_TYPE_NAMES = {
    type(None): "corpus.type.null", bool: "corpus.type.boolean", int: "corpus.type.integer",
    float: "corpus.type.number", str: "corpus.type.string", list: "corpus.type.list", dict: "corpus.type.mapping",
}


def _explain(err: dict, where: str) -> tuple[str, dict]:
    """The catalogue key and parameters of one pydantic error."""
    kind, ctx, value = err["type"], err.get("ctx") or {}, err.get("input")
    field = where or "/"  # the whole file
    if kind == "missing":
        return "corpus.schema.missing", {"field": field}
    if kind == "extra_forbidden":
        return "corpus.schema.extra", {"field": field}
    if kind == "invalid_date":
        return "corpus.schema.invalid_date", {"field": field, "value": ctx["value"]}
    if kind == "leap_day":
        return "corpus.schema.leap_day", {"field": field}
    if kind == "union_tag_not_found":
        return "corpus.schema.missing", {"field": f"{field}.kind"}
    if kind in ("literal_error", "union_tag_invalid"):
        allowed = ctx.get("expected") or ctx.get("expected_tags")
        return "corpus.schema.not_allowed", {"field": field, "value": str(ctx.get("tag", value)), "allowed": allowed}
    if kind in _LIMITS:
        limit = next(iter(ctx.values()))
        return "corpus.schema.limit", {"field": field, "bound": text(_LIMITS[kind]), "limit": limit, "value": repr(value)}
    if kind == "string_pattern_mismatch" and ctx.get("pattern") == _ID_PATTERN:
        return "corpus.schema.bad_id", {"field": field}
    if kind == "string_pattern_mismatch":
        return "corpus.schema.pattern", {"field": field, "pattern": ctx["pattern"]}
    if kind in ("string_too_short", "too_short"):
        return "corpus.schema.empty", {"field": field}
    if kind in _TYPE_NAMES:
        got = _YAML_TYPE_NAMES.get(type(value))
        return "corpus.schema.wrong_type", {"field": field, "expected": text(_TYPE_NAMES[kind]),
                                            "got": text(got) if got else type(value).__name__}
    return "corpus.schema.other", {"field": field, "reason": err["msg"]}


def _load_model(path: Path, model: type[BaseModel], errs: _Errors, list_key: str | None = None):
    """(validated model, YAML node) or None after reporting every schema error with its line."""
    loaded = _load_yaml(path, errs)
    if loaded is None:
        return None
    data, node = loaded
    if list_key and isinstance(data, list):
        data = {list_key: data}  # a bare list is accepted as the value of its single key
    try:
        return model.model_validate(data), node
    except ValidationError as exc:
        for err in exc.errors(include_url=False):
            line, where = _locate(node, err["loc"], missing=err["type"] == "missing")
            key, params = _explain(err, where)
            errs.add(path, line, key, **params)
        return None


# ---------------------------------------------------------------------------
# Provision blocks (text.<lang>.md)


def _visible(text: str) -> bool:
    """Whether text has a character a reader can see (not only spaces, zero-width or control characters)."""
    return any(unicodedata.category(c)[0] not in "ZC" for c in text)


def _marker_rule(state, start: int, end: int, silent: bool) -> bool:
    """markdown-it block rule: a `::: <id>` line starts a provision's block (it never closes, the next marker
    ends it). It runs before code and paragraphs so that no marker is swallowed as text."""
    line = state.src[state.bMarks[start] + state.tShift[start]:state.eMarks[start]]
    if not line.startswith(":::"):
        return False
    if not silent:
        token = state.push("provision_marker", "", 0)
        token.info = line[3:].strip()
        token.map = [start, start + 1]
        token.meta = {"indent": state.sCount[start]}  # > 0: leading whitespace, not a marker Markdown keeps
        state.line = start + 1
    return True


@functools.lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark")
    md.block.ruler.before("code", "provision_marker", _marker_rule,
                          {"alt": ["paragraph", "reference", "blockquote", "list"]})
    return md


def _parse_text(path: Path, errs: _Errors) -> list[tuple[str, int, str]] | None:
    """Blocks as (id, marker line, text) in file order, after reporting every structural mistake.

    markdown-it-py reads the file's structure (the markers, a leading comment, anything else); a block's
    text is the file's own lines between its marker and the next, exactly as written."""
    text = _read(path, errs)
    if text is None:
        return None
    lines = text.splitlines()
    tokens = [t for t in _markdown().parse(text) if t.map is not None and t.nesting >= 0]
    comment_end = 0
    if tokens and tokens[0].type == "html_block" and tokens[0].map[0] == 0 and tokens[0].content.lstrip().startswith("<!--"):
        if "-->" not in tokens[0].content:
            errs.add(path, 1, "corpus.text.comment_unclosed")
            return None
        comment_end = tokens[0].map[1]
    markers = [t for t in tokens if t.type == "provision_marker"]
    for token in markers:
        if token.meta["indent"]:
            # Markdown would publish it as text inside the previous block: the author meant a marker.
            errs.add(path, token.map[0] + 1, "corpus.text.marker_indented")
    first = next((t.map[0] for t in markers if not t.meta["indent"]), len(lines))
    stray = next((t.map[0] for t in tokens if comment_end <= t.map[0] < first and t.type != "provision_marker"), None)
    if stray is not None:
        errs.add(path, stray + 1, "corpus.text.before_first_marker")
    marker_lines = {t.map[0] for t in markers}
    starts = [t for t in markers if not t.meta["indent"]]
    raw: list[tuple[str, int, list[str]]] = []
    for index, token in enumerate(starts):
        stop = starts[index + 1].map[0] if index + 1 < len(starts) else len(lines)
        body = [lines[n].rstrip() for n in range(token.map[0] + 1, stop) if n not in marker_lines]
        raw.append((token.info, token.map[0] + 1, body))

    all_ids = {pid for pid, _, _ in raw}
    seen: dict[str, int] = {}
    blocks = []
    for pid, number, body in raw:
        if not provision_id_is_valid(pid):
            errs.add(path, number, "corpus.text.bad_id", id=pid)
            continue
        parent = provision_kind_and_parent(pid)[1]
        if pid in seen:
            errs.add(path, number, "corpus.text.duplicate_id", id=pid, line=seen[pid])
        elif parent and parent not in seen:
            if parent in all_ids:
                errs.add(path, number, "corpus.text.parent_after", parent=parent, id=pid)
            else:
                errs.add(path, number, "corpus.text.parent_missing", parent=parent, id=pid)
        seen.setdefault(pid, number)
        content = "\n".join(body).strip("\n")
        if not _visible(content):
            errs.add(path, number, "corpus.text.empty_block", id=pid)
        blocks.append((pid, number, content))
    return blocks


def _compare_languages(vi_path: Path, vi: list, en_path: Path, en: list, errs: _Errors) -> None:
    """Both files must hold the same ids in the same order."""
    vi_ids, en_ids = {b[0] for b in vi}, {b[0] for b in en}
    for path, blocks, other_ids, other_name in ((vi_path, vi, en_ids, en_path.name), (en_path, en, vi_ids, vi_path.name)):
        for pid, line, _ in blocks:
            if pid not in other_ids:
                errs.add(path, line, "corpus.text.missing_in_other", id=pid, file=path.name, other=other_name)
    common_vi = [b for b in vi if b[0] in en_ids]
    common_en = [b for b in en if b[0] in vi_ids]
    for a, b in zip(common_vi, common_en):
        if a[0] != b[0]:
            errs.add(en_path, b[1], "corpus.text.order", other=vi_path.name, expected=a[0], found=b[0])
            break


# ---------------------------------------------------------------------------
# Glossary consistency


def _glossary_matchers(terms: list[Term]) -> list[tuple[Term, re.Pattern]]:
    # Longest first, so a longer term claims its span before the shorter terms inside it.
    ordered = sorted(terms, key=lambda t: (-len(t.vi), t.vi))
    return [(t, re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, t.vi.split())) + r"(?!\w)"))
            for t in ordered]


def _missing_terms(vi_text: str, en_text: str, matchers: list[tuple[Term, re.Pattern]]) -> list[Term]:
    # reach[p]: the furthest end of a claimed span that starts at or before p and covers p, so a match
    # lies inside a claimed span exactly when reach[start] >= end. Marking a span costs its length, and
    # the spans of one term do not overlap: linear in the text, where a list of spans was quadratic.
    reach = [0] * (len(vi_text) + 1)
    missing = []
    en_lower = en_text.lower()
    for term, pattern in matchers:
        used = False
        for match in pattern.finditer(vi_text):
            start, end = match.span()
            if reach[start] < end:
                for p in range(start, end):
                    if reach[p] < end:
                        reach[p] = end
                used = True
        if used and term.en.lower() not in en_lower and not (term.plural and term.plural.lower() in en_lower):
            missing.append(term)
    return missing


def _bilingual_nodes(node: yaml.Node | None):
    """(vi, en, line of en) for every {vi, en} mapping of plain strings in a YAML tree."""
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            pairs = {k.value: v for k, v in current.value if isinstance(k, yaml.ScalarNode)}
            vi, en = pairs.get("vi"), pairs.get("en")
            if isinstance(vi, yaml.ScalarNode) and isinstance(en, yaml.ScalarNode) and en.value != UNTRANSLATED:
                yield vi.value, en.value, en.start_mark.line + 1
            stack.extend(value for _, value in current.value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _check_rules_glossary(path: Path, node: yaml.Node | None, matchers: list, errs: _Errors) -> None:
    # rules.yml is what the checker shows as answers: its English must use the same fixed terms as the
    # texts. (meta.yml and uncertain.yml are left out: their notes quote OCR and Vietnamese on purpose.)
    for vi, en, line in _bilingual_nodes(node):
        for term in _missing_terms(vi, en, matchers):
            errs.add(path, line, "corpus.glossary.missing_in_string", term=term.vi, english=term.en, glossary=GLOSSARY_FILE)


# ---------------------------------------------------------------------------
# One regulation


def _check_references(path: Path, node, refs, known: set[str], what: str, errs: _Errors) -> None:
    """Report each (loc, value) in refs whose value is not in known; `what` names it (corpus.what.*)."""
    for loc, value in refs:
        if value not in known:
            line, where = _locate(node, loc)
            errs.add(path, line, "corpus.reference.unknown", what=text(what), value=value, where=where)


def _check_unique(path: Path, node, items: list, key: str, what: str, errs: _Errors) -> None:
    seen: set[str] = set()
    for i, item in enumerate(items):
        if item.id in seen:
            line, _ = _locate(node, (key, i, "id"))
            errs.add(path, line, "corpus.reference.duplicate", what=text(what), value=item.id)
        seen.add(item.id)


_PROVISION = "corpus.what.provision"


def _check_rules(path: Path, node, rules: Rules, provisions: set[str], errs: _Errors) -> None:
    _check_unique(path, node, rules.parties, "parties", "corpus.what.party_id", errs)
    _check_unique(path, node, rules.rules, "rules", "corpus.what.rule_id", errs)
    _check_unique(path, node, rules.events, "events", "corpus.what.event_id", errs)
    cites, parties, rule_refs = [], [], []
    for i, rule in enumerate(rules.rules):
        cites += [(("rules", i, "cites", j), c) for j, c in enumerate(rule.cites)]
        parties.append((("rules", i, "actor"), rule.actor))
        if rule.towards is not None:
            parties.append((("rules", i, "towards"), rule.towards))
    for i, event in enumerate(rules.events):
        cites += [(("events", i, "cites", j), c) for j, c in enumerate(event.cites)]
        rule_refs += [(("events", i, "rules", j), r) for j, r in enumerate(event.rules)]
        for k, flag in enumerate(event.flags):
            rule_refs += [(("events", i, "flags", k, "adds_rules", j), r) for j, r in enumerate(flag.adds_rules)]
    for i, row in enumerate(rules.matrix):
        cites += [(("matrix", i, "cites", j), c) for j, c in enumerate(row.cites)]
        for role in ("presides", "coordinates"):
            parties += [(("matrix", i, role, j), p) for j, p in enumerate(getattr(row, role))]
    for i, item in enumerate(rules.liaison):
        cites += [(("liaison", i, "cites", j), c) for j, c in enumerate(item.cites)]
        parties.append((("liaison", i, "party"), item.party))
    cites += [(("not_formalised", i, "provision"), item.provision) for i, item in enumerate(rules.not_formalised)]
    _check_references(path, node, cites, provisions, _PROVISION, errs)
    _check_references(path, node, parties, {p.id for p in rules.parties}, "corpus.what.party", errs)
    _check_references(path, node, rule_refs, {r.id for r in rules.rules}, "corpus.what.rule", errs)


_UNSAFE_META = re.compile(r"[<>\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def _check_meta_characters(path: Path, node: yaml.Node | None, errs: _Errors) -> None:
    # Metadata goes into page titles, navigation and descriptions: no markup, no control characters.
    stack = [node] if node is not None else []
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.ScalarNode):
            bad = _UNSAFE_META.search(current.value)
            if bad:
                shown = bad.group() if bad.group() in "<>" else f"U+{ord(bad.group()):04X}"
                errs.add(path, current.start_mark.line + 1, "corpus.meta.character", character=shown)
        elif isinstance(current, yaml.MappingNode):
            stack.extend(value for _, value in current.value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


SOURCE_FILE = "source.txt"


def _check_source(folder: Path, meta: Meta, node, errs: _Errors) -> None:
    """source.txt travels with the regulation, byte for byte the file meta.yml names (same sha256)."""
    path = folder / SOURCE_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        errs.add(folder / "meta.yml", _locate(node, ("source", "file"))[0], "corpus.meta.source_missing",
                 source=SOURCE_FILE, file=meta.source.file)
        return
    digest = hashlib.sha256(raw).hexdigest()
    if digest != meta.source.sha256:
        errs.add(folder / "meta.yml", _locate(node, ("source", "sha256"))[0], "corpus.meta.source_changed",
                 source=SOURCE_FILE, digest=digest)


def _load_regulation(folder: Path, matchers: list, errs: _Errors) -> dict | None:
    errors_before = len(errs)
    if not FOLDER_NAME.fullmatch(folder.name):
        errs.add(folder, 0, "corpus.meta.folder_name", folder=folder.name)
    meta = _load_model(folder / "meta.yml", Meta, errs)
    if meta:
        _check_meta_characters(folder / "meta.yml", meta[1], errs)
    rules = _load_model(folder / "rules.yml", Rules, errs)
    uncertain_path = folder / "uncertain.yml"
    present = uncertain_path.is_symlink() or uncertain_path.exists()  # a broken link or loop is reported, not skipped
    uncertain = _load_model(uncertain_path, Uncertain, errs, "readings") if present else None
    paths = {lang: folder / f"text.{lang}.md" for lang in LANGS}
    # A broken link or a link loop is there and is reported; only a file that is not there at all means
    # "no English yet".
    texts = {lang: _parse_text(paths[lang], errs) for lang in LANGS
             if lang == "vi" or paths[lang].is_symlink() or paths[lang].exists() or not paths["vi"].exists()}
    if "en" not in texts:  # no English yet: every block is untranslated
        texts["en"] = [(pid, 0, UNTRANSLATED) for pid, _, _ in texts["vi"] or []]

    if meta and meta[0].id != folder.name:
        errs.add(folder / "meta.yml", _locate(meta[1], ("id",))[0], "corpus.meta.folder_mismatch",
                 folder=folder.name, id=meta[0].id)
    if meta:
        _check_source(folder, meta[0], meta[1], errs)
    if texts["vi"] is None or texts["en"] is None:
        return None
    _compare_languages(paths["vi"], texts["vi"], paths["en"], texts["en"], errs)
    provision_ids = {b[0] for b in texts["vi"]}

    if meta:
        refs = [(("effect_provision",), meta[0].effect_provision)]
        refs += [(("legal_bases", i, "provision"), b.provision) for i, b in enumerate(meta[0].legal_bases)]
        _check_references(folder / "meta.yml", meta[1], refs, provision_ids, _PROVISION, errs)
    if rules:
        _check_rules(folder / "rules.yml", rules[1], rules[0], provision_ids, errs)
        _check_rules_glossary(folder / "rules.yml", _without_drafts(rules[1], rules[0]), matchers, errs)
        _check_reviewed(folder / "rules.yml", rules[1], rules[0], errs)
    if uncertain:
        refs = [(("readings", i, "provision"), r.provision) for i, r in enumerate(uncertain[0].readings)]
        _check_references(uncertain_path, uncertain[1], refs, provision_ids, _PROVISION, errs)
    from checker.corpus_scenarios import load_scenarios  # its own module: scenarios.yml needs the rules above
    scenarios = load_scenarios(folder, rules[0].model_dump(mode="json", by_alias=True) if rules else None, errs, matchers)

    english = {pid: (line, text) for pid, line, text in texts["en"]}
    provisions = []
    for pid, line_vi, text_vi in texts["vi"]:
        line_en, text_en = english.get(pid, (0, ""))
        untranslated = text_en.strip() == UNTRANSLATED
        for term in _missing_terms(text_vi, text_en, matchers) if line_en and not untranslated else ():
            errs.add(paths["en"], line_en, "corpus.glossary.missing_in_text", term=term.vi, id=pid, english=term.en,
                     glossary=GLOSSARY_FILE)
        kind, parent = provision_kind_and_parent(pid)
        provisions.append({"id": pid, "kind": kind, "parent": parent, "vi": text_vi, "en": text_en,
                           "line_vi": line_vi, "line_en": line_en})
        if untranslated:
            provisions[-1]["untranslated"] = True

    if len(errs) > errors_before:
        return None
    compiled_rules = rules[0].model_dump(mode="json", by_alias=True)
    # Draft rules (review: draft) stay out of the compiled corpus: neither the engine nor the site sees them.
    drafts = {rule["id"] for rule in compiled_rules["rules"] if rule.get("review") == "draft"}
    compiled_rules["rules"] = [rule for rule in compiled_rules["rules"] if rule["id"] not in drafts]
    for rule in compiled_rules["rules"]:
        rule.pop("review", None)
    for event in compiled_rules["events"]:
        event["rules"] = [r for r in event["rules"] if r not in drafts]
        for flag in event["flags"]:
            flag["adds_rules"] = [r for r in flag["adds_rules"] if r not in drafts]
    regulation = {
        "id": folder.name,
        "meta": meta[0].model_dump(mode="json", by_alias=True, exclude_none=True),
        "provisions": provisions,
        "rules": compiled_rules,
        "uncertain_readings": uncertain[0].model_dump(mode="json")["readings"] if uncertain else [],
        "scenarios": scenarios,
    }
    untranslated_count = sum(1 for p in provisions if p.get("untranslated"))
    if drafts or untranslated_count:
        regulation["review"] = {"draft_rules": len(drafts), "untranslated": untranslated_count}
    return regulation


def _check_reviewed(path: Path, node, rules: Rules, errs: _Errors) -> None:
    """A rule that is no longer a draft is published: nothing the importer left open may remain in it."""
    for i, rule in enumerate(rules.rules):
        if rule.review == "draft":
            continue
        if getattr(rule.timing, "from_", None) == "unknown":
            line, _ = _locate(node, ("rules", i, "timing", "from"))
            errs.add(path, line, "corpus.review.start_unknown", rule=rule.id)
        if UNTRANSLATED in (rule.action.en, rule.consequence and rule.consequence.en, rule.notes and rule.notes.en):
            line, _ = _locate(node, ("rules", i, "id"))
            errs.add(path, line, "corpus.review.untranslated", rule=rule.id, untranslated=UNTRANSLATED)


def _without_drafts(node: yaml.Node | None, rules: Rules) -> yaml.Node | None:
    """The rules.yml tree without its draft rules (they are not translated yet: no glossary check)."""
    if not isinstance(node, yaml.MappingNode):
        return node
    drafts = {i for i, rule in enumerate(rules.rules) if rule.review == "draft"}
    if not drafts:
        return node
    pairs = []
    for key, value in node.value:
        if isinstance(key, yaml.ScalarNode) and key.value == "rules" and isinstance(value, yaml.SequenceNode):
            value = yaml.SequenceNode(value.tag, [v for i, v in enumerate(value.value) if i not in drafts])
        pairs.append((key, value))
    return yaml.MappingNode(node.tag, pairs)


# ---------------------------------------------------------------------------
# Public API


def validate_corpus(root: str | Path) -> tuple[dict | None, list[CorpusError]]:
    """(compiled corpus, []) when valid, else (None, every error found sorted by file and line)."""
    root = Path(root)
    errs = _Errors()
    if not root.is_dir():
        errs.add(root, 0, "corpus.root.missing")
        return None, errs
    glossary = _load_model(root / GLOSSARY_FILE, Glossary, errs, "terms")
    if glossary:
        first_line: dict[str, int] = {}
        for i, term in enumerate(glossary[0].terms):
            line, _ = _locate(glossary[1], ("terms", i, "vi"))
            if term.vi in first_line:
                errs.add(root / GLOSSARY_FILE, line, "corpus.glossary.duplicate_term", term=term.vi, line=first_line[term.vi])
            first_line.setdefault(term.vi, line)
    matchers = _glossary_matchers(glossary[0].terms) if glossary else []

    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
    if not folders:
        errs.add(root, 0, "corpus.root.empty")
    regulations = {}
    for folder in folders:
        regulation = _load_regulation(folder, matchers, errs)
        if regulation:
            regulations[folder.name] = regulation
    from checker.corpus_scenarios import check_scenarios_across
    check_scenarios_across(root, regulations, [f.name for f in folders], errs)

    if errs:
        unique = {str(e): e for e in errs}.values()  # union branches can repeat one mistake
        return None, sorted(unique, key=lambda e: (e.path, e.line))
    glossary_terms = [t.model_dump(mode="json", exclude_none=True) for t in glossary[0].terms]
    return {"version": 1, "glossary": glossary_terms, "regulations": regulations}, []


def read_blocks(path: str | Path) -> tuple[list[tuple[str, int, str]], list[CorpusError]]:
    """The (id, marker line, text) blocks of one text.<lang>.md, and the mistakes found in it.

    Blocks with a malformed id are left out; the file's other blocks are still returned."""
    errs = _Errors()
    return _parse_text(Path(path), errs) or [], list(errs)


def load_corpus(root: str | Path) -> dict:
    """The compiled corpus (plain JSON types). Raises the first CorpusError; its .errors has them all."""
    corpus, errors = validate_corpus(root)
    if errors:
        errors[0].errors = errors
        raise errors[0]
    return corpus


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    root = args[0] if args else "regulations"
    try:
        corpus, errors = validate_corpus(root)
    except Exception as exc:  # the promise is file:line messages, never a traceback
        print(CorpusError(root, 0, **text("corpus.main.unexpected", error=repr(exc))), file=sys.stderr)
        return 1
    if not errors:  # every scenario is a regression test: its `expect:` must be the checker's answer
        from checker.corpus_scenarios import expectation_errors
        errors = expectation_errors(corpus, root)
    if errors:
        for error in errors:
            print(error, file=sys.stderr)
        print(both("corpus.main.errors", count=len(errors)), file=sys.stderr)
        return 1
    regulations = corpus["regulations"].values()
    provisions = sum(len(r["provisions"]) for r in regulations)
    rules = sum(len(r["rules"]["rules"]) for r in regulations)
    print("OK: " + both("corpus.main.ok", regulations=len(regulations), provisions=provisions, rules=rules))
    drafts = sum(r.get("review", {}).get("draft_rules", 0) for r in regulations)
    untranslated = sum(r.get("review", {}).get("untranslated", 0) for r in regulations)
    if drafts or untranslated:
        print(both("corpus.main.review", drafts=drafts, untranslated=untranslated))
    return 0


if __name__ == "__main__":
    sys.exit(main())
