"""Thin adapter for the browser (Pyodide): strings in, JSON strings out.

The page's JavaScript only draws what these functions return; it computes no date. The corpus JSON is
parsed once and kept while the page sends the same string again. icalendar is imported only when an
.ics file is asked for, so the first answer does not wait for it.

The Web Worker (docs/assets/checker/worker.js) holds no Python: it calls open_corpus() once, then
answer() for each scenario, load_ics_writer() after the first answer and answer_ics() for the file.
"""

from __future__ import annotations

import importlib
import json
import re
from datetime import date, timedelta

from . import calendar as cal
from .engine import SCHEMA_VERSION, catalog, check, date_errors
from .formats import date_text, numeric_date, short_date, weekday_name
from .languages import LANGS
from .messages import text

MAX_STRIP_DAYS = 400
_cache: dict = {"source": None, "corpus": None}
# The corpus the worker opened: one Python string for the whole session, so each answer does not
# carry the corpus across from JavaScript again.
_session: dict = {"corpus_json": None}
# Only a plain calendar date gets written forms (fromisoformat would also take "20250425" or "2025-W17-5").
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


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


def ics(corpus_json: str, scenario_json: str, lang: str = "vi", site_url: str | None = None) -> str:
    """The .ics text of the scenario's dated obligations ("" when the scenario is rejected). site_url: the
    site's address, for absolute links to the provisions (None or "": no link)."""
    result = _result(corpus_json, scenario_json)
    if not result["ok"]:
        return ""
    from .ics import to_ics

    return to_ics(result, lang, site_url or None).decode("utf-8")


def events(corpus_json: str) -> str:
    """JSON of the regulations, events and flags a form offers."""
    try:
        return _dump(catalog(_corpus(corpus_json)))
    except (TypeError, ValueError) as exc:
        return _dump(_failure("corpus", "bad_json", "error.bad_json", detail=str(exc)))


def read_date(typed: str) -> str:
    """JSON of the date as understood, for the words shown next to the form's date field.

    {"ok": true, "date": "2026-11-20", "text": {"vi": "Thứ Sáu, 20/11/2026", "en": "Friday, 20 November 2026"},
    "input": "20/11/2026"} ("input" is how the form writes that day back in its box: checker.formats
    DATE_PATTERNS["typed"], which first-answer.js also fills with today's date), or the same
    {"ok": false, "errors": [...]} that check() would give for this date. Read by checker.dates.parse_date."""
    if not isinstance(typed, str):
        return _dump(_failure("date", "not_a_string", "error.not_a_string", name=text("field.date")))
    try:
        day, errors = date_errors(typed)
        if errors:
            return _dump({"ok": False, "schema_version": SCHEMA_VERSION, "errors": errors})
        return _dump({"ok": True, "schema_version": SCHEMA_VERSION, "date": day.isoformat(),
                      "text": text("date.understood", weekday=weekday_name(day), date=day),
                      "input": numeric_date(day)})
    except Exception:  # never a traceback for the reader: the page then shows its neutral hint
        return _dump({"ok": False, "schema_version": SCHEMA_VERSION, "errors": []})


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


# ---------------------------------------------------------------- the Web Worker's session


def open_corpus(corpus_json: str) -> None:
    """Keep the corpus for answer() and answer_ics(), and parse it now rather than at the first answer."""
    _session["corpus_json"] = corpus_json
    events(corpus_json)


def add_written_dates(node) -> None:
    """Give every day of a result ({"date": ISO, "weekday": ...}, at any depth) its written forms,
    so the page only places text: date_text ("25/04/2025", "25 April 2025") and date_short ("25/04",
    "25 Apr") for the calendar strip."""
    if isinstance(node, dict):
        iso = node.get("date")
        if isinstance(iso, str) and "weekday" in node and _ISO_DATE.fullmatch(iso):
            day = date.fromisoformat(iso)
            node["date_text"] = {lang: date_text(day, lang) for lang in LANGS}
            node["date_short"] = {lang: short_date(day, lang) for lang in LANGS}
        for value in node.values():
            add_written_dates(value)
    elif isinstance(node, list):
        for value in node:
            add_written_dates(value)


def _internal_error(error: Exception) -> dict:
    return {"ok": False, "errors": [{"field": None, "code": "internal",
                                     "message": text("error.browser_internal", name=type(error).__name__)}]}


def answer(scenario_json: str) -> str:
    """JSON of the result for the opened corpus, every date with its written forms. Never raises:
    an unexpected exception becomes a plain message (never a traceback for the reader)."""
    try:
        # A copy through JSON: the written forms must not be added to anything the engine keeps.
        result = json.loads(run(_session["corpus_json"], scenario_json))
        add_written_dates(result)
        return _dump(result)
    except Exception as error:  # whatever went wrong, the reader gets a message, never a traceback
        return _dump(_internal_error(error))


def load_ics_writer() -> None:
    """Import the .ics writer (and icalendar), which the worker does once the first answer is shown."""
    importlib.import_module(f"{__package__}.ics")


def answer_ics(scenario_json: str, lang: str = "vi", site_url: str | None = None) -> str:
    """The .ics text for the opened corpus ("" when the scenario is rejected or anything fails)."""
    try:
        return ics(_session["corpus_json"], scenario_json, lang, site_url)
    except Exception:  # no file is better than a traceback
        return ""
