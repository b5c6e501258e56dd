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
from checker.languages import LANGS
from checker.messages import text

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
    def add(field: str, key: str, **params) -> None:
        line, where = _locate(node, loc + (field,))
        errs.add(path, line, "corpus.scenario.at", id=sid, problem=text(key, **params), where=where)

    if "date" in own and not cal.supported(date.fromisoformat(inputs["date"])):
        add("date", "corpus.scenario.year", year=inputs["date"][:4], first=cal.FIRST_SUPPORTED_YEAR,
            last=cal.LAST_SUPPORTED_YEAR)
    event = events.get(inputs["event"])
    if event is None:
        if "event" not in own:
            return None
        add("event", "corpus.scenario.unknown_event", regulation=reg_id, event=inputs["event"],
            known=", ".join(events) or "-")
        return None
    allowed = [f["id"] for f in event.get("flags", [])]
    for j, flag in enumerate(inputs.get("flags") or []):
        if flag not in allowed and own & {"event", "flags"}:
            line, where = _locate(node, loc + ("flags", j))
            errs.add(path, line, "corpus.scenario.flag", id=sid, flag=flag, event=event["id"], where=where,
                     allowed=", ".join(allowed) or "-")
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
            errs.add(path, _locate(node, ("scenarios", i, "id"))[0], "corpus.scenario.duplicate_id", id=sid, line=seen[sid])
        seen.setdefault(sid, line)
        if item.scenario.regulation != folder.name:
            where_line, where = _locate(node, ("scenarios", i, "scenario", "regulation"))
            errs.add(path, where_line, "corpus.scenario.wrong_regulation", id=sid, where=where, folder=folder.name,
                     regulation=item.scenario.regulation)
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
                errs.add(path, where_line, "corpus.scenario.not_triggered", id=sid, rule=rule, where=where,
                         event=item.scenario.event, triggered=", ".join(triggered))
        for j, e in enumerate(item.expect):
            for role in ("actor", "towards"):
                party = getattr(e, role)
                if party is not None and party not in parties:
                    where_line, where = _locate(node, ("scenarios", i, "expect", j, role))
                    errs.add(path, where_line, "corpus.scenario.unknown_party", id=sid, party=party, where=where)
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
                errs.add(path, sc["line"], "corpus.scenario.duplicate_id_across", id=sc["id"], where=seen[sc["id"]])
            seen.setdefault(sc["id"], f"{path}:{sc['line']}")
            for k, other in enumerate(sc["self_check"]["confusions"]):
                target = other.get("regulation", rid)
                if target == rid or (target in folders and target not in regulations):
                    continue  # checked with its own file, or that regulation failed and is reported already
                where = f"self_check.confusions[{k}]"
                if target not in regulations:
                    errs.add(path, sc["line"], "corpus.scenario.unknown_regulation", id=sc["id"], regulation=target,
                             where=f"{where}.regulation")
                    continue
                events = {e["id"]: e for e in regulations[target]["rules"].get("events", [])}
                event = other.get("event", sc["scenario"]["event"])
                if event not in events:
                    errs.add(path, sc["line"], "corpus.scenario.unknown_event_across", id=sc["id"], regulation=target,
                             event=event, where=where)


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
        reasons = {lang: "; ".join(e["message"][lang] for e in result.get("errors", [])) for lang in LANGS}
        errs.add(path, line, "corpus.scenario.rejected", id=sid, errors=reasons)
        return list(errs)
    answer = {ob["rule"]: _got(ob) for ob in result["obligations"]}
    for j, want in enumerate(scenario["expect"]):
        got = answer.get(want["rule"])
        if got is None:
            errs.add(path, line, "corpus.scenario.no_obligation", id=sid, rule=want["rule"], index=j)
            continue
        for field in ("due", "last_working_day", "actor", "towards"):
            if field in ("actor", "towards") and field not in want:
                continue  # parties are stated only where the question is about them
            if want.get(field) != got[field]:
                errs.add(path, line, "corpus.scenario.differs", id=sid, index=j, field=field, rule=want["rule"],
                         want=want[field] if field in want else text("corpus.scenario.nothing"), got=got[field])
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
