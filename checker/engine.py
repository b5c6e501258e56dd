"""The deadline and responsibility checker: check(corpus, scenario) -> result, plain JSON data.

Pure: no I/O, no clock, no global state besides the holiday tables. Everything about a regulation (its
parties, events, rules, time limits, matrix) comes from the compiled corpus (checker.corpus.load_corpus),
so a new regulation with a rules.yml needs no change here. Every human string comes from checker.messages,
in both languages at once; the scenario's `lang` only says which one a front end shows first.

Bad input never raises: it gives {"ok": false, "errors": [{"field", "code", "message": {"vi", "en"}}]}.
"""

from __future__ import annotations

from datetime import date, timedelta

from . import calendar as cal
from .citation import cite
from .dates import ParseFailure, parse_date
from .formats import day_month, month_name, weekday_name
from .languages import LANGS
from .messages import join, text

SCHEMA_VERSION = 1
SCENARIO_FIELDS = ("regulation", "event", "date", "flags", "mode", "lang")
MODES = ("standard", "strict")
DEFAULTS = {"flags": [], "mode": "standard", "lang": "vi"}

# Counting conventions: id -> (statement, legal source) message keys. Every result lists the ones it used.
CONVENTIONS = {
    "start-next-day": ("convention.start-next-day", "convention.start-next-day.source"),
    "calendar-end-moves": ("convention.calendar-end-moves", "convention.calendar-end-moves.source"),
    "strict-raw-end": ("convention.strict-raw-end", "convention.strict-raw-end.source"),
    "working-days": ("convention.working-days", "convention.working-days.source"),
    "before-working-days": ("convention.before-working-days", "convention.before-working-days.source"),
    "before-calendar-earlier": ("convention.before-calendar-earlier", "convention.before-calendar-earlier.source"),
    "annual-before": ("convention.annual-before", "convention.annual-before.source"),
    "no-fixed-date": ("convention.no-fixed-date", "convention.no-fixed-date.source"),
    "periodic-no-date": ("convention.periodic-no-date", "convention.periodic-no-date.source"),
}

METHOD_LABELS = {
    "working_days_after": "method.working_days_after",
    "calendar_days_after": "method.calendar_days_after",
    "working_days_before": "method.working_days_before",
    "calendar_days_before": "method.calendar_days_before",
    "annual_before": "method.annual_before",
    "none": "method.none",
    "periodic": "method.periodic",
}

MODE_LABELS = {"standard": "mode.standard", "strict": "mode.strict"}


class ScenarioError(Exception):
    """Carries the error entries of a rejected scenario up to check()."""

    def __init__(self, errors: list[dict]):
        super().__init__(errors)
        self.errors = errors


def _error(field: str, code: str, key: str, **params) -> dict:
    return {"field": field, "code": code, "message": text(key, **params)}


def _failure(errors: list[dict]) -> dict:
    return {"ok": False, "schema_version": SCHEMA_VERSION, "errors": errors}


def _field(name: str) -> dict:
    return text(f"field.{name}")


# ---------------------------------------------------------------------------
# Scenario validation


def _regulations(corpus) -> dict:
    if not isinstance(corpus, dict) or not isinstance(corpus.get("regulations"), dict):
        raise ScenarioError([_error("corpus", "bad_corpus", "error.bad_corpus",
                                    detail="regulations")])
    return corpus["regulations"]


def _events(regulation: dict) -> list[dict]:
    rules = regulation.get("rules") or {}
    return rules.get("events") or []


def _string_field(scenario: dict, name: str, errors: list[dict], required: bool = True):
    value = scenario.get(name)
    if value is None or value == "":  # absent, null and an empty form field all mean "use the default"
        value = DEFAULTS.get(name)
    if value is None:
        if required:
            errors.append(_error(name, "missing", "error.missing", name=_field(name)))
        return None
    if not isinstance(value, str):
        errors.append(_error(name, "not_a_string", "error.not_a_string", name=_field(name)))
        return None
    return value


def date_errors(value: str) -> tuple[date | None, list[dict]]:
    """The day a typed date means (checker.dates.parse_date, day first), or the errors that say why not.

    Shared by check() and by the browser's "date as understood" (checker.browser.read_date)."""
    if value.strip() == "":
        return None, [_error("date", "missing", "error.missing", name=_field("date"))]
    day = parse_date(value)
    if isinstance(day, ParseFailure):
        if day.code == "ambiguous_date":
            return None, [_error("date", "ambiguous_date", "error.ambiguous_date", value=value)]
        if day.code == "year_out_of_range":
            return None, [_error("date", "year_out_of_range", "error.year_out_of_range", year=day.year,
                                 first=cal.FIRST_SUPPORTED_YEAR, last=cal.LAST_SUPPORTED_YEAR)]
        if day.code == "impossible_date" and not 1 <= day.month <= 12:
            return None, [_error("date", "impossible_date", "error.impossible_month", value=value, month=day.month)]
        if day.code == "impossible_date":
            return None, [_error("date", "impossible_date", "error.impossible_date", value=value, day=day.day,
                                 month=month_name(day.month), year=day.year)]
        return None, [_error("date", "bad_date_format", "error.bad_date_format", value=value)]
    if not cal.supported(day):
        return None, [_error("date", "year_out_of_range", "error.year_out_of_range", year=day.year,
                             first=cal.FIRST_SUPPORTED_YEAR, last=cal.LAST_SUPPORTED_YEAR)]
    return day, []


def _parse_date(value: str, errors: list[dict]) -> date | None:
    day, problems = date_errors(value)
    errors.extend(problems)
    return day


def _validate(corpus, scenario) -> dict:
    """The normalised scenario with the objects it names, or ScenarioError with every mistake found."""
    if not isinstance(scenario, dict):
        raise ScenarioError([_error("scenario", "not_an_object", "error.not_an_object")])
    regulations = _regulations(corpus)
    errors: list[dict] = []
    for name in scenario:
        if name not in SCENARIO_FIELDS:
            errors.append(_error(str(name), "unknown_field", "error.unknown_field", value=name,
                                 choices=", ".join(SCENARIO_FIELDS)))

    regulation_id = _string_field(scenario, "regulation", errors)
    regulation = event = None
    if regulation_id is not None:
        regulation = regulations.get(regulation_id)
        if not isinstance(regulation, dict):
            regulation = None
            errors.append(_error("regulation", "unknown_regulation", "error.unknown_regulation", value=regulation_id,
                                 choices=", ".join(sorted(regulations)) or "-"))

    event_id = _string_field(scenario, "event", errors)
    if event_id is not None and regulation is not None:
        events = {e.get("id"): e for e in _events(regulation)}
        event = events.get(event_id)
        if event is None:
            errors.append(_error("event", "unknown_event", "error.unknown_event", regulation=regulation_id,
                                 value=event_id, choices=", ".join(events) or "-"))

    raw_date = _string_field(scenario, "date", errors)
    day = _parse_date(raw_date, errors) if raw_date is not None else None

    flags = scenario.get("flags", DEFAULTS["flags"])
    if flags is None:
        flags = []
    if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
        errors.append(_error("flags", "bad_flags", "error.bad_flags"))
        flags = []
    flags = list(dict.fromkeys(flags))  # a flag given twice means the same as once
    if event is not None:
        applicable = {f["id"]: f for f in event.get("flags") or []}
        for flag in flags:
            if flag not in applicable:
                # Name flags and the event by their labels: the form shows labels, not ids.
                choices = {lang: ", ".join(f"{f['label'][lang]} ({f['id']})" for f in applicable.values())
                           for lang in LANGS}
                available = (text("error.flags_available", choices=choices) if applicable
                             else text("error.no_flags"))
                errors.append(_error("flags", "flag_not_applicable", "error.flag_not_applicable", value=flag,
                                     event=event.get("label") or event_id, available=available))

    mode = _string_field(scenario, "mode", errors)
    if mode is not None and mode not in MODES:
        errors.append(_error("mode", "bad_mode", "error.bad_mode", value=mode))
    lang = _string_field(scenario, "lang", errors)
    if lang is not None and lang not in LANGS:
        errors.append(_error("lang", "bad_lang", "error.bad_lang", value=lang))

    if errors:
        raise ScenarioError(errors)
    return {
        # The date as understood (ISO), whatever form it was typed in.
        "scenario": {"regulation": regulation_id, "event": event_id, "date": day.isoformat(), "flags": flags,
                     "mode": mode, "lang": lang},
        "regulation": regulation,
        "event": event,
        "date": day,
    }


# ---------------------------------------------------------------------------
# Timing kinds: each turns a rule's `timing` and the event date into a due date and its counting


def _counting(method: str, explanation: dict, conventions: list[str], days: list[dict], **extra) -> dict:
    counting = {
        "method": method,
        "label": text(METHOD_LABELS[method]),
        "explanation": explanation,
        "start": None,
        "reference": None,
        "count": None,
        "unit": None,
        "raw_end": None,
        "days": days,
        "counted_days": sum(1 for d in days if d["status"] == "counted"),
        "skipped_days": sum(1 for d in days if d["status"] == "skipped"),
        "conventions": conventions,
    }
    counting.update(extra)
    return counting


def _dated(due: date, last_working: date | None = None) -> dict:
    if last_working is None:
        summary = text("due.date", weekday=weekday_name(due), date=due)
    else:
        summary = text("due.annual", weekday=weekday_name(due), date=due, last_weekday=weekday_name(last_working),
                       last=last_working)
    return {
        "date": due.isoformat(),
        "weekday": weekday_name(due),
        "latest_working_day": last_working.isoformat() if last_working else None,
        "reason": None,
        "summary": summary,
    }


def _event_day_warnings(day: date) -> list[dict]:
    if cal.is_working_day(day):
        return []
    return [{"code": "event_non_working",
             "message": text("warning.event_non_working", event=day, reason=cal.day_info(day)["reason"])}]


def _within(timing: dict, day: date, mode: str) -> dict:
    count, unit = timing["count"], timing["unit"]
    warnings = _event_day_warnings(day)
    if unit == "working_days":
        due, days = cal.count_working_days_after(day, count)
        counting = _counting("working_days_after", text("explain.working_days_after", count=count, event=day, due=due),
                             ["start-next-day", "working-days"], days)
        raw_end = None
    elif unit == "calendar_days":
        move = mode == "standard"
        due, raw_end, days = cal.count_calendar_days_after(day, count, move)
        parts = [text("explain.calendar_days_after", count=count, event=day, raw_end=raw_end)]
        raw_working = cal.is_working_day(raw_end)
        if raw_working:
            parts.append(text("explain.calendar_kept", raw_end=raw_end))
        elif move:
            parts.append(text("explain.calendar_moved", raw_end=raw_end, due=due,
                              reason=cal.day_info(raw_end)["reason"]))
        else:
            parts.append(text("explain.calendar_strict", raw_end=raw_end))
            warnings.append({"code": "strict_non_working_due",
                             "message": text("warning.strict_non_working_due", due=raw_end,
                                             reason=cal.day_info(raw_end)["reason"])})
        conventions = ["start-next-day", "calendar-end-moves" if move else "strict-raw-end", "working-days"]
        counting = _counting("calendar_days_after", join(parts, "join.sentence"), conventions, days)
    else:
        raise ValueError(f"unit {unit!r}")
    counting.update({"start": (day + timedelta(days=1)).isoformat(), "count": count, "unit": unit,
                     "raw_end": raw_end.isoformat() if raw_end else None})
    return {"due": _dated(due), "counting": counting, "warnings": warnings}


def _before(timing: dict, day: date, mode: str) -> dict:
    count, unit = timing["count"], timing["unit"]
    warnings = []
    if unit == "working_days":
        due, days = cal.count_working_days_before(day, count)
        counting = _counting("working_days_before",
                             text("explain.working_days_before", count=count, reference=day, due=due),
                             ["before-working-days", "working-days"], days)
        raw = None
    elif unit == "calendar_days":
        move = mode == "standard"
        due, raw, days = cal.count_calendar_days_before(day, count, move)
        parts = [text("explain.calendar_days_before", count=count, reference=day, raw_end=raw)]
        if due != raw:
            parts.append(text("explain.calendar_before_moved", raw_end=raw, due=due,
                              reason=cal.day_info(raw)["reason"]))
        elif not cal.is_working_day(raw):
            warnings.append({"code": "strict_non_working_due",
                             "message": text("warning.strict_non_working_due", due=raw,
                                             reason=cal.day_info(raw)["reason"])})
        conventions = ["before-calendar-earlier" if move else "strict-raw-end", "working-days"]
        counting = _counting("calendar_days_before", join(parts, "join.sentence"), conventions, days)
    else:
        raise ValueError(f"unit {unit!r}")
    counting.update({"reference": day.isoformat(), "count": count, "unit": unit,
                     "raw_end": raw.isoformat() if raw else None})
    return {"due": _dated(due), "counting": counting, "warnings": warnings}


def _annual_before(timing: dict, day: date, mode: str) -> dict:
    month, dom = timing["month"], timing["day"]
    reference = date(day.year, month, dom)
    parts = []
    if day >= reference:
        reference = date(day.year + 1, month, dom)
    latest, last, days = cal.day_before_date(reference)
    limit = day_month(dom, month)
    parts.append(text("explain.annual_before", day_month=limit, latest=latest, latest_weekday=weekday_name(latest),
                      last=last, last_weekday=weekday_name(last)))
    if reference.year > day.year:
        parts.append(text("explain.annual_next_year", event=day, year=day.year, next_year=reference.year))
    counting = _counting("annual_before", join(parts, "join.sentence"), ["annual-before", "working-days"], days,
                         reference=reference.isoformat())
    warnings = []
    if last < day:  # e.g. an event on Saturday 13 or Sunday 14 December: Friday 12 is already behind it
        warnings.append({"code": "last_working_day_passed",
                         "message": text("warning.last_working_day_passed", event=day, last=last,
                                         last_weekday=weekday_name(last), latest=latest,
                                         latest_weekday=weekday_name(latest), day_month=limit)})
    return {"due": _dated(latest, last), "counting": counting, "warnings": warnings}


def _no_date(timing: dict, day: date, mode: str) -> dict:
    reason = timing["reason"]
    counting = _counting("none", text("explain.none", reason=reason), ["no-fixed-date"], [])
    due = {"date": None, "weekday": None, "latest_working_day": None, "reason": reason,
           "summary": text("due.none", reason=reason)}
    return {"due": due, "counting": counting, "warnings": []}


def _periodic(timing: dict, day: date, mode: str) -> dict:
    reason, period = timing["reason"], timing["period"]
    counting = _counting("periodic", text("explain.periodic", period=period, reason=reason), ["periodic-no-date"], [],
                         period=period)
    due = {"date": None, "weekday": None, "latest_working_day": None, "reason": reason,
           "summary": text("due.periodic", period=period, reason=reason)}
    return {"due": due, "counting": counting, "warnings": []}


TIMING_KINDS = {
    "within": _within,
    "before": _before,
    "annual_before": _annual_before,
    "none": _no_date,
    "periodic": _periodic,
}
# The kinds whose due date depends on the event date (the others give the same answer every day):
# sitegen.quick_table computes the first-answer table for every day of these only.
DATED_KINDS = ("within", "before", "annual_before")


# ---------------------------------------------------------------------------
# Result assembly


def _party(parties: dict, party_id: str | None) -> dict | None:
    if party_id is None:
        return None
    party = parties.get(party_id, {})
    return {"id": party_id, "name": {"vi": party.get("vi", party_id), "en": party.get("en", party_id)}}


def _citations(regulation_id: str, provisions: list[str], known: set[str] | None) -> list[dict]:
    return [cite(regulation_id, p, known) for p in provisions]


def _obligation(rule: dict, flag: str | None, ctx: dict) -> dict:
    timing = rule["timing"]
    handler = TIMING_KINDS.get(timing.get("kind"))
    if handler is None:
        raise ValueError(f"timing kind {timing.get('kind')!r}")
    computed = handler(timing, ctx["date"], ctx["mode"])
    citations = _citations(ctx["regulation_id"], rule["cites"], ctx["known"])
    warnings = computed["warnings"] + _not_found_warnings(citations)
    return {
        "rule": rule["id"],
        "added_by_flag": flag,
        "actor": _party(ctx["parties"], rule["actor"]),
        "towards": _party(ctx["parties"], rule.get("towards")),
        "action": rule["action"],
        "timing": timing,
        "due": computed["due"],
        "counting": computed["counting"],
        "consequence": rule.get("consequence"),
        "notes": rule.get("notes"),
        "warnings": warnings,
        "citation": join([c["human"] for c in citations], "cite.join"),
        "citations": citations,
    }


def _not_found_warnings(citations: list[dict]) -> list[dict]:
    return [{"code": "provision_not_found",
             "message": text("warning.provision_not_found", provision=c["provision"], regulation=c["regulation"])}
            for c in citations if not c["found"]]


def _year_warnings(days: list[date]) -> list[dict]:
    years = cal.unconfirmed_years(days)
    if not years:
        return []
    return [{"code": "unconfirmed_year",
             "message": text("warning.unconfirmed_year", years=", ".join(map(str, years)), library=cal.HOLIDAY_LIBRARY,
                             last_confirmed=cal.LAST_CONFIRMED_YEAR)}]


def _signing_warnings(regulation: dict, day: date) -> list[dict]:
    """A date before the regulation was signed: the text did not exist yet (data: meta.signing_date)."""
    signed = (regulation.get("meta") or {}).get("signing_date")
    try:
        signed_day = date.fromisoformat(signed) if signed and signed != "unknown" else None
    except (TypeError, ValueError):
        return []
    if signed_day is None or day >= signed_day:
        return []
    return [{"code": "before_signing_date",
             "message": text("warning.before_signing_date", event=day, signed=signed_day)}]


def _dedupe(warnings: list[dict]) -> list[dict]:
    seen, out = set(), []
    for w in warnings:
        key = (w["code"], w["message"]["vi"])
        if key not in seen:
            seen.add(key)
            out.append(w)
    return out


def _conventions(ids: list[str]) -> list[dict]:
    out = []
    for cid in dict.fromkeys(ids):
        statement, source = CONVENTIONS[cid]
        out.append({"id": cid, "text": text(statement), "source": text(source, library=cal.HOLIDAY_LIBRARY)})
    return out


def _meta_label(regulation: dict, key: str, fallback: str):
    value = (regulation.get("meta") or {}).get(key)
    return value if value not in (None, "unknown") else fallback


def _compute(valid: dict) -> dict:
    scenario, regulation, event, day = valid["scenario"], valid["regulation"], valid["event"], valid["date"]
    regulation_id = scenario["regulation"]
    rules_data = regulation.get("rules") or {}
    rules = {r["id"]: r for r in rules_data.get("rules") or []}
    parties = {p["id"]: p for p in rules_data.get("parties") or []}
    provisions = regulation.get("provisions") or []
    ctx = {
        "date": day,
        "mode": scenario["mode"],
        "regulation_id": regulation_id,
        "parties": parties,
        "known": {p["id"] for p in provisions} if provisions else None,
    }

    triggered = [(rule_id, None) for rule_id in event.get("rules") or []]
    for flag in event.get("flags") or []:
        if flag["id"] in scenario["flags"]:
            triggered += [(rule_id, flag["id"]) for rule_id in flag.get("adds_rules") or []]

    obligations = []
    for rule_id, flag in triggered:
        rule = rules.get(rule_id)
        try:
            if rule is None:
                raise KeyError(rule_id)
            obligations.append(_obligation(rule, flag, ctx))
        except cal.OutOfRange as out:
            raise ScenarioError([_error("date", "year_out_of_range", "error.count_out_of_range", day=out.day,
                                        first=cal.FIRST_SUPPORTED_YEAR, last=cal.LAST_SUPPORTED_YEAR)]) from None
        except (KeyError, TypeError, ValueError) as exc:
            raise ScenarioError([_error("corpus", "bad_rule_data", "error.bad_rule_data", rule=rule_id,
                                        detail=repr(exc))]) from None

    # Unconfirmed holiday schedules: every day the answer rests on, and the event day itself.
    touched = [day] + [date.fromisoformat(d["date"]) for o in obligations for d in o["counting"]["days"]]
    for o in obligations:
        o["warnings"] = _year_warnings([date.fromisoformat(d["date"]) for d in o["counting"]["days"]]) + o["warnings"]
    warnings = _dedupe(_year_warnings(touched) + _signing_warnings(regulation, day)
                       + [w for o in obligations for w in o["warnings"]])

    cited = {c["provision"] for o in obligations for c in o["citations"]}
    responsibilities = []
    for row in rules_data.get("matrix") or []:
        if cited & set(row["cites"]):
            responsibilities.append({
                "area": row["area"],
                "presides": [_party(parties, p) for p in row["presides"]],
                "coordinates": [_party(parties, p) for p in row["coordinates"]],
                "citations": _citations(regulation_id, row["cites"], ctx["known"]),
            })
    liaison = [{"party": _party(parties, item["party"]), "office": item["office"],
                "citations": _citations(regulation_id, item["cites"], ctx["known"])}
               for item in rules_data.get("liaison") or []]

    event_citations = _citations(regulation_id, event.get("cites") or [], ctx["known"])
    all_citations, seen = [], set()
    for group in ([o["citations"] for o in obligations] + [r["citations"] for r in responsibilities]
                  + [item["citations"] for item in liaison] + [event_citations]):
        for c in group:
            if c["provision"] not in seen:
                seen.add(c["provision"])
                all_citations.append(c)

    applied_flags = [{"id": f["id"], "label": f["label"]} for f in event.get("flags") or []
                     if f["id"] in scenario["flags"]]
    return {
        "ok": True,
        "schema_version": SCHEMA_VERSION,
        "scenario": scenario,
        "mode": scenario["mode"],
        "mode_label": text(MODE_LABELS[scenario["mode"]]),
        "regulation": {
            "id": regulation_id,
            "number": _meta_label(regulation, "number", None),
            "title": _meta_label(regulation, "title", {"vi": regulation_id, "en": regulation_id}),
        },
        "event": {
            "id": scenario["event"],
            "label": event["label"],
            "date_means": event["date_means"],
            "date": day.isoformat(),
            "day": cal.day_info(day),
            "flags": applied_flags,
            "available_flags": [{"id": f["id"], "label": f["label"]} for f in event.get("flags") or []],
        },
        "obligations": obligations,
        "responsibilities": responsibilities,
        "liaison": liaison,
        "conventions": _conventions([c for o in obligations for c in o["counting"]["conventions"]]),
        "warnings": warnings,
        "citations": all_citations,
        "calendar": cal.describe_range(),
    }


def check(corpus: dict, scenario: dict) -> dict:
    """Answer a scenario: obligations with due dates and their counting, who presides, citations; both languages."""
    try:
        return _compute(_validate(corpus, scenario))
    except ScenarioError as rejected:
        return _failure(rejected.errors)
    except Exception as exc:  # the contract: never an exception to the caller, even on a bug
        return _failure([_error("scenario", "internal_error", "error.internal", detail=repr(exc))])


def catalog(corpus: dict) -> dict:
    """Regulations, their events and flags: what a form or `--list` offers."""
    try:
        regulations = _regulations(corpus)
    except ScenarioError as rejected:
        return _failure(rejected.errors)
    out = []
    for regulation_id, regulation in regulations.items():
        out.append({
            "id": regulation_id,
            "number": _meta_label(regulation, "number", None),
            "title": _meta_label(regulation, "title", {"vi": regulation_id, "en": regulation_id}),
            "events": [{"id": e["id"], "label": e["label"], "date_means": e["date_means"],
                        "flags": [{"id": f["id"], "label": f["label"]} for f in e.get("flags") or []]}
                       for e in _events(regulation)],
        })
    return {"ok": True, "schema_version": SCHEMA_VERSION, "regulations": out, "calendar": cal.describe_range()}


__all__ = ["check", "catalog", "CONVENTIONS", "SCENARIO_FIELDS", "MODES", "LANGS", "SCHEMA_VERSION"]
