"""The shapes of what the checker takes and gives, as typed dictionaries: one description of the data,
read by type checkers and by `python -m sitegen verify-schema`, which checks that the JSON schema shipped
with the package (checker/schema/result.schema.json, used by the tests and by other tools) says the same.

TypedDict costs nothing at run time and needs no dependency, so the browser runs this module as it is.
Optional keys are NotRequired; a key whose value may be null is `X | None`. (No postponed annotations here:
TypedDict reads NotRequired from the evaluated annotations.)
"""


from typing import Literal, NotRequired, TypedDict

Lang = Literal["vi", "en"]
Mode = Literal["standard", "strict"]
IsoDate = str  # YYYY-MM-DD


class Bi(TypedDict):
    vi: str
    en: str


# ---------------------------------------------------------------------------
# The compiled corpus (checker.corpus.load_corpus): what check() reads. Rules, events and the matrix keep
# the shape of rules.yml (docs/reference/corpus-format.md), validated by the corpus models.


class Provision(TypedDict):
    id: str
    kind: Literal["chuong", "dieu", "khoan", "diem", "gach", "front"]
    parent: str | None
    vi: str
    en: str
    line_vi: int
    line_en: int


class RulesData(TypedDict):
    parties: list[dict]
    rules: list[dict]
    events: list[dict]
    matrix: list[dict]
    liaison: list[dict]
    not_formalised: NotRequired[list[dict]]


class CompiledRegulation(TypedDict):
    id: str
    meta: dict
    provisions: list[Provision]
    rules: RulesData
    uncertain_readings: list[dict]
    scenarios: NotRequired[list[dict]]


class CompiledCorpus(TypedDict):
    version: int
    glossary: list[dict]
    regulations: dict[str, CompiledRegulation]


# ---------------------------------------------------------------------------
# What check() takes


class Scenario(TypedDict):
    regulation: str
    event: str
    date: IsoDate
    flags: list[str]
    mode: Mode
    lang: Lang


# ---------------------------------------------------------------------------
# What check() gives (schema definitions of the same name)


class Party(TypedDict):
    id: str
    name: Bi


class Urls(TypedDict):
    vi: str
    en: str


class Citation(TypedDict):
    regulation: str
    provision: str
    human: Bi
    url: Urls
    found: bool


class Warning(TypedDict):
    code: str
    message: Bi


class DayInfo(TypedDict):
    date: IsoDate
    weekday: Bi
    kind: Literal["working", "swap_workday", "weekend", "holiday", "swap_day_off"]
    working: bool
    reason: Bi | None


class CountedDay(DayInfo):
    status: Literal["event", "reference", "counted", "skipped", "moved", "working"]
    n: int | None
    marks: list[Literal["due", "raw_end", "last_working_day"]]


class Timing(TypedDict):
    kind: Literal["within", "before", "annual_before", "none", "periodic"]


class Due(TypedDict):
    date: IsoDate | None
    weekday: Bi | None
    latest_working_day: IsoDate | None
    reason: Bi | None
    summary: Bi


class Counting(TypedDict):
    method: str
    label: Bi
    explanation: Bi
    start: IsoDate | None
    reference: IsoDate | None
    count: int | None
    unit: Literal["working_days", "calendar_days"] | None
    raw_end: IsoDate | None
    days: list[CountedDay]
    counted_days: int
    skipped_days: int
    conventions: list[str]
    period: NotRequired[Bi]


class Obligation(TypedDict):
    rule: str
    added_by_flag: str | None
    actor: Party
    towards: Party | None
    action: Bi
    timing: Timing
    due: Due
    counting: Counting
    consequence: Bi | None
    notes: Bi | None
    warnings: list[Warning]
    citation: Bi
    citations: list[Citation]


class Flag(TypedDict):
    id: str
    label: Bi


class Calendar(TypedDict):
    source: str
    first_year: int
    last_year: int
    last_confirmed_year: int


class Error(TypedDict):
    field: str
    code: str
    message: Bi


class RegulationRef(TypedDict):
    id: str
    number: str | None
    title: Bi


class EventRef(TypedDict):
    id: str
    label: Bi
    date_means: Bi
    date: IsoDate
    day: DayInfo
    flags: list[Flag]
    available_flags: list[Flag]


class Responsibility(TypedDict):
    area: Bi
    presides: list[Party]
    coordinates: list[Party]
    citations: list[Citation]


class Liaison(TypedDict):
    party: Party
    office: Bi
    citations: list[Citation]


class Convention(TypedDict):
    id: str
    text: Bi
    source: Bi


class Ok(TypedDict):
    ok: Literal[True]
    schema_version: Literal[1]
    scenario: Scenario
    mode: Mode
    mode_label: Bi
    regulation: RegulationRef
    event: EventRef
    obligations: list[Obligation]
    responsibilities: list[Responsibility]
    liaison: list[Liaison]
    conventions: list[Convention]
    warnings: list[Warning]
    citations: list[Citation]
    calendar: Calendar


class Failure(TypedDict):
    ok: Literal[False]
    schema_version: Literal[1]
    errors: list[Error]


Result = Ok | Failure

# Schema definition name -> shape, and the shapes of the objects the schema writes inline (by the
# path to them from a definition): what verify-schema compares.
SCHEMA_DEFINITIONS: dict[str, type] = {
    "bi": Bi, "party": Party, "citation": Citation, "warning": Warning, "dayInfo": DayInfo,
    "countedDay": CountedDay, "timing": Timing, "due": Due, "counting": Counting, "obligation": Obligation,
    "flag": Flag, "scenario": Scenario, "calendar": Calendar, "error": Error, "ok": Ok, "failure": Failure,
}
SCHEMA_INLINE: dict[tuple[str, ...], type] = {
    ("citation", "url"): Urls,
    ("ok", "regulation"): RegulationRef,
    ("ok", "event"): EventRef,
    ("ok", "responsibilities", "items"): Responsibility,
    ("ok", "liaison", "items"): Liaison,
    ("ok", "conventions", "items"): Convention,
}
