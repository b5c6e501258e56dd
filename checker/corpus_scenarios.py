"""The worked scenarios of a regulation (regulations/<id>/scenarios.yml), as part of the corpus.

A scenario is a short story, a question, the checker's inputs and the answer a lawyer expects
(`expect:`, as in OpenFisca's YAML tests). checker.corpus loads the file with the same strictness as
the other corpus files (`_load_regulation` calls `load_scenarios`, `validate_corpus` calls
`check_scenarios_across`), so `make validate` reports a mistake as `file:line: vi / en` and the
compiled corpus carries `regulations[<id>]["scenarios"]`. `expectation_errors` runs every scenario
through checker.engine.check and compares with `expect:`: every scenario is a regression test.

Format: docs/reference/corpus-format.md#scenarios-yml. Build-time only, like checker.corpus.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from checker import calendar as cal
from checker.corpus import Bi, CorpusError, iso_date, NonEmpty, _check_rules_glossary, _Errors, _load_model, _locate, _Model

__all__ = ["SCENARIOS_FILE", "SCENARIO_ID", "check_scenarios_across", "expectation_errors", "load_scenarios",
           "scenario_errors"]

SCENARIOS_FILE = "scenarios.yml"
SCENARIO_ID = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
NO_DATE = "none"  # `due: none`: the rule sets no fixed date


def _due(value: str) -> str:
    return value if value == NO_DATE else iso_date(value)


IsoDate = Annotated[str, AfterValidator(iso_date)]
Due = Annotated[str, AfterValidator(_due)]
Mode = Literal["standard", "strict"]


class Inputs(_Model):
    """The checker's inputs, as in the checker page's shareable URL."""
    regulation: NonEmpty
    event: NonEmpty
    date: IsoDate
    flags: list[NonEmpty] = []
    mode: Mode = "standard"


class Confusion(_Model):
    """Inputs a trainee might use by mistake: only the keys that differ from `scenario`."""
    regulation: NonEmpty | None = None
    event: NonEmpty | None = None
    date: IsoDate | None = None
    flags: list[NonEmpty] | None = None
    mode: Mode | None = None


class SelfCheck(_Model):
    type: Literal["choose-date", "who-must-act"]
    rule: NonEmpty | None = None
    ask: Literal["actor", "towards"] = "actor"
    confusions: list[Confusion] = []


class Expected(_Model):
    """One obligation of the checker's answer, as a lawyer would state it."""
    rule: NonEmpty
    due: Due
    last_working_day: IsoDate | None = None
    actor: NonEmpty | None = None
    towards: NonEmpty | None = None


class Scenario(_Model):
    id: Annotated[str, Field(pattern=SCENARIO_ID)]
    title: Bi
    story: Bi
    question: Bi
    scenario: Inputs
    self_check: SelfCheck
    expect: Annotated[list[Expected], Field(min_length=1)]


class Scenarios(_Model):
    scenarios: list[Scenario]


# ---------------------------------------------------------------------------


def _triggered(event: dict, flags: list[str]) -> list[str]:
    rules = list(event.get("rules", []))
    for flag in event.get("flags", []):
        if flag["id"] in flags:
            rules += flag.get("adds_rules", [])
    return rules


def _check_inputs(path: Path, node, loc: tuple, sid: str, reg_id: str, events: dict, inputs: dict,
                  errs: _Errors, own: set[str] | None = None) -> list[str] | None:
    """Report unknown events, flags and unsupported years in one set of inputs; the rules it triggers.

    `own`: the fields written at `loc` (a confusion inherits the others, reported with the scenario)."""
    own = set(inputs) if own is None else own
    def add(field: str, vi: str, en: str) -> None:
        line, where = _locate(node, loc + (field,))
        errs.add(path, line, f"tình huống '{sid}': {vi} ở '{where}'", f"scenario '{sid}': {en} at '{where}'")

    if "date" in own and not cal.supported(date.fromisoformat(inputs["date"])):
        add("date", f"năm {inputs['date'][:4]} nằm ngoài lịch nghỉ lễ ({cal.FIRST_SUPPORTED_YEAR}-{cal.LAST_SUPPORTED_YEAR})",
            f"year {inputs['date'][:4]} is outside the holiday calendar ({cal.FIRST_SUPPORTED_YEAR}-{cal.LAST_SUPPORTED_YEAR})")
    event = events.get(inputs["event"])
    if event is None:
        if "event" not in own:
            return None
        known = ", ".join(events) or "-"
        add("event", f"sự kiện không có trong rules.yml của {reg_id}: '{inputs['event']}' (có: {known})",
            f"unknown event '{inputs['event']}' in the rules.yml of {reg_id} (known: {known})")
        return None
    allowed = [f["id"] for f in event.get("flags", [])]
    for j, flag in enumerate(inputs.get("flags") or []):
        if flag not in allowed and own & {"event", "flags"}:
            line, where = _locate(node, loc + ("flags", j))
            errs.add(path, line,
                     f"tình huống '{sid}': tình tiết '{flag}' không áp dụng cho sự kiện '{event['id']}' ở '{where}' "
                     f"(có thể dùng: {', '.join(allowed) or '-'})",
                     f"scenario '{sid}': flag '{flag}' does not apply to event '{event['id']}' at '{where}' "
                     f"(allowed: {', '.join(allowed) or '-'})")
    return _triggered(event, inputs.get("flags") or [])


def load_scenarios(folder: Path, rules: dict | None, errs: _Errors, matchers: list = ()) -> list[dict] | None:
    """The compiled scenarios of one regulation ([] when it has no scenarios.yml), or None after
    reporting every mistake. `rules` is the regulation's compiled rules.yml (None when it failed);
    `matchers` the glossary's, checked in every {vi, en} pair as in rules.yml (the training pages show them)."""
    path = folder / SCENARIOS_FILE
    if not path.exists():
        return []
    errors_before = len(errs)
    loaded = _load_model(path, Scenarios, errs)
    if loaded is None or rules is None:
        return None
    model, node = loaded
    _check_rules_glossary(path, node, list(matchers), errs)
    events = {e["id"]: e for e in rules.get("events", [])}
    parties = {p["id"] for p in rules.get("parties", [])}
    seen: dict[str, int] = {}
    compiled = []
    for i, item in enumerate(model.scenarios):
        sc = item.model_dump(mode="json", exclude_none=True)
        line = _locate(node, ("scenarios", i))[0]
        sid = item.id
        if sid in seen:
            errs.add(path, _locate(node, ("scenarios", i, "id"))[0],
                     f"mã tình huống trùng lặp '{sid}' (đã có ở dòng {seen[sid]})",
                     f"duplicate scenario id '{sid}' (already at line {seen[sid]})")
        seen.setdefault(sid, line)
        if item.scenario.regulation != folder.name:
            where_line, where = _locate(node, ("scenarios", i, "scenario", "regulation"))
            errs.add(path, where_line,
                     f"tình huống '{sid}': '{where}' phải là '{folder.name}' (thư mục của tệp), không phải '{item.scenario.regulation}'",
                     f"scenario '{sid}': '{where}' must be '{folder.name}' (the file's folder), not '{item.scenario.regulation}'")
        triggered = _check_inputs(path, node, ("scenarios", i, "scenario"), sid, folder.name, events,
                                  sc["scenario"], errs)
        for k, other in enumerate(sc["self_check"]["confusions"]):
            if other.get("regulation", folder.name) == folder.name:  # other regulations: check_scenarios_across
                _check_inputs(path, node, ("scenarios", i, "self_check", "confusions", k), sid, folder.name, events,
                              {**sc["scenario"], **other}, errs, own=set(other))
        if triggered is None:
            continue
        refs = [(("self_check", "rule"), item.self_check.rule)] if item.self_check.rule else []
        refs += [(("expect", j, "rule"), e.rule) for j, e in enumerate(item.expect)]
        for loc, rule in refs:
            if rule not in triggered:
                where_line, where = _locate(node, ("scenarios", i) + loc)
                errs.add(path, where_line,
                         f"tình huống '{sid}': quy tắc '{rule}' ở '{where}' không thuộc các quy tắc mà sự kiện "
                         f"'{item.scenario.event}' kích hoạt ({', '.join(triggered)})",
                         f"scenario '{sid}': rule '{rule}' at '{where}' is not one the event "
                         f"'{item.scenario.event}' triggers ({', '.join(triggered)})")
        for j, e in enumerate(item.expect):
            for role in ("actor", "towards"):
                party = getattr(e, role)
                if party is not None and party not in parties:
                    where_line, where = _locate(node, ("scenarios", i, "expect", j, role))
                    errs.add(path, where_line, f"tình huống '{sid}': mã bên không tồn tại '{party}' ở '{where}'",
                             f"scenario '{sid}': unknown party '{party}' at '{where}'")
        compiled.append({"line": line, **sc})
    return None if len(errs) > errors_before else compiled


def check_scenarios_across(root: Path, regulations: dict, folders: list[str], errs: _Errors) -> None:
    """What one scenarios.yml cannot check alone: scenario ids unique across regulations, and confusions
    that name another regulation. `regulations` holds the compiled regulations, `folders` every folder."""
    seen: dict[str, str] = {}
    for rid, reg in regulations.items():
        path = Path(root) / rid / SCENARIOS_FILE
        for sc in reg.get("scenarios", []):
            if sc["id"] in seen:
                errs.add(path, sc["line"], f"mã tình huống trùng lặp '{sc['id']}' (đã có ở {seen[sc['id']]})",
                         f"duplicate scenario id '{sc['id']}' (already at {seen[sc['id']]})")
            seen.setdefault(sc["id"], f"{path}:{sc['line']}")
            for k, other in enumerate(sc["self_check"]["confusions"]):
                target = other.get("regulation", rid)
                if target == rid or (target in folders and target not in regulations):
                    continue  # checked with its own file, or that regulation failed and is reported already
                where = f"self_check.confusions[{k}]"
                if target not in regulations:
                    errs.add(path, sc["line"], f"tình huống '{sc['id']}': văn bản không tồn tại '{target}' ở '{where}.regulation'",
                             f"scenario '{sc['id']}': unknown regulation '{target}' at '{where}.regulation'")
                    continue
                events = {e["id"]: e for e in regulations[target]["rules"].get("events", [])}
                event = other.get("event", sc["scenario"]["event"])
                if event not in events:
                    errs.add(path, sc["line"],
                             f"tình huống '{sc['id']}': sự kiện không có trong rules.yml của {target}: '{event}' ở '{where}'",
                             f"scenario '{sc['id']}': unknown event '{event}' in the rules.yml of {target} at '{where}'")


# ---------------------------------------------------------------------------
# Every scenario is a regression test


def _got(obligation: dict) -> dict:
    due = obligation.get("due") or {}
    return {
        "due": due.get("date") or NO_DATE,
        "last_working_day": due.get("latest_working_day"),
        "actor": (obligation.get("actor") or {}).get("id"),
        "towards": (obligation.get("towards") or {}).get("id"),
    }


def scenario_errors(corpus: dict, scenario: dict, path: str | Path) -> list[CorpusError]:
    """What the checker's answer to one compiled scenario contradicts in its `expect:` (file:line)."""
    from checker.engine import check

    errs = _Errors()
    sid, line = scenario["id"], scenario["line"]
    result = check(corpus, scenario["scenario"])
    if not result.get("ok"):
        vi = "; ".join(e["message"]["vi"] for e in result.get("errors", []))
        en = "; ".join(e["message"]["en"] for e in result.get("errors", []))
        errs.add(path, line, f"tình huống '{sid}': công cụ kiểm tra từ chối dữ liệu đầu vào: {vi}",
                 f"scenario '{sid}': the checker rejects the inputs: {en}")
        return list(errs)
    answer = {ob["rule"]: _got(ob) for ob in result["obligations"]}
    for j, want in enumerate(scenario["expect"]):
        got = answer.get(want["rule"])
        if got is None:
            errs.add(path, line, f"tình huống '{sid}': kết quả không có nghĩa vụ '{want['rule']}' (expect[{j}])",
                     f"scenario '{sid}': the checker's answer has no obligation '{want['rule']}' (expect[{j}])")
            continue
        for field in ("due", "last_working_day", "actor", "towards"):
            if field in ("actor", "towards") and field not in want:
                continue  # parties are stated only where the question is about them
            if want.get(field) != got[field]:
                errs.add(path, line,
                         f"tình huống '{sid}': expect[{j}].{field} ({want['rule']}) ghi {want.get(field, '(trống)')} "
                         f"nhưng công cụ kiểm tra cho {got[field]}",
                         f"scenario '{sid}': expect[{j}].{field} ({want['rule']}) says {want.get(field, '(nothing)')} "
                         f"but the checker gives {got[field]}")
    return list(errs)


def expectation_errors(corpus: dict, root: str | Path) -> list[CorpusError]:
    """Run every scenario through checker.engine.check: one error (file:line) per `expect:` value the
    checker does not give. `last_working_day` is compared even when omitted (omitted = the checker gives
    none); `actor` and `towards` only when written."""
    errors: list[CorpusError] = []
    for rid, reg in corpus["regulations"].items():
        for sc in reg.get("scenarios", []):
            errors += scenario_errors(corpus, sc, Path(root) / rid / SCENARIOS_FILE)
    return errors
