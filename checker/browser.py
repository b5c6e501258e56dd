"""Thin adapter for the browser (Pyodide): strings in, JSON strings out.

The page's JavaScript only draws what these functions return; it computes no date. The corpus JSON is
parsed once and kept while the page sends the same string again. icalendar is imported only when an
.ics file is asked for, so the first answer does not wait for it.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from . import calendar as cal
from .engine import SCHEMA_VERSION, catalog, check, date_errors
from .messages import fmt_date, text, weekday_name

MAX_STRIP_DAYS = 400
_cache: dict = {"source": None, "corpus": None}


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False)


def _failure(field: str, code: str, key: str, **params) -> dict:
    return {"ok": False, "schema_version": SCHEMA_VERSION,
            "errors": [{"field": field, "code": code, "message": text(key, **params)}]}


def _corpus(corpus_json: str):
    if _cache["source"] is not corpus_json and _cache["source"] != corpus_json:
        _cache["corpus"] = json.loads(corpus_json)
        _cache["source"] = corpus_json
    return _cache["corpus"]


def _result(corpus_json: str, scenario_json: str) -> dict:
    try:
        corpus = _corpus(corpus_json)
    except (TypeError, ValueError) as exc:
        return _failure("corpus", "bad_json", "error.bad_json", detail=str(exc))
    try:
        scenario = json.loads(scenario_json)
    except (TypeError, ValueError) as exc:
        return _failure("scenario", "bad_json", "error.bad_json", detail=str(exc))
    return check(corpus, scenario)


def run(corpus_json: str, scenario_json: str) -> str:
    """JSON of check(corpus, scenario)."""
    return _dump(_result(corpus_json, scenario_json))


def ics(corpus_json: str, scenario_json: str, lang: str = "vi") -> str:
    """The .ics text of the scenario's dated obligations ("" when the scenario is rejected)."""
    result = _result(corpus_json, scenario_json)
    if not result["ok"]:
        return ""
    from .ics import to_ics

    return to_ics(result, lang).decode("utf-8")


def events(corpus_json: str) -> str:
    """JSON of the regulations, events and flags a form offers."""
    try:
        return _dump(catalog(_corpus(corpus_json)))
    except (TypeError, ValueError) as exc:
        return _dump(_failure("corpus", "bad_json", "error.bad_json", detail=str(exc)))


def read_date(typed: str) -> str:
    """JSON of the date as understood, for the words shown next to the form's date field.

    {"ok": true, "date": "2026-11-20", "text": {"vi": "Thứ Sáu, 20/11/2026", "en": "Friday, 20 November 2026"},
    "input": "20/11/2026"} ("input" is how the form writes that day back in its box), or the same
    {"ok": false, "errors": [...]} that check() would give for this date. Read by checker.dates.parse_date."""
    if not isinstance(typed, str):
        return _dump(_failure("date", "not_a_string", "error.not_a_string", name=text("field.date")))
    day, errors = date_errors(typed)
    if errors:
        return _dump({"ok": False, "schema_version": SCHEMA_VERSION, "errors": errors})
    return _dump({"ok": True, "schema_version": SCHEMA_VERSION, "date": day.isoformat(),
                  "text": text("date.understood", weekday=weekday_name(day), date=day),
                  "input": fmt_date(day, "vi")})


def calendar_strip(first: str, last: str) -> str:
    """JSON {"ok", "days": [...]}: every day from first to last (ISO dates) with its kind and reason."""
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except (TypeError, ValueError):
        return _dump(_failure("date", "bad_date_format", "error.bad_date_format", value=f"{first}..{last}"))
    if end < start or (end - start) > timedelta(days=MAX_STRIP_DAYS):
        return _dump(_failure("date", "bad_range", "error.bad_range", first=first, last=last, max=MAX_STRIP_DAYS))
    try:
        return _dump({"ok": True, "schema_version": SCHEMA_VERSION, "days": cal.days_between(start, end)})
    except cal.OutOfRange as out:
        return _dump(_failure("date", "year_out_of_range", "error.count_out_of_range", day=out.day,
                              first=cal.FIRST_SUPPORTED_YEAR, last=cal.LAST_SUPPORTED_YEAR))
