"""Property tests over random dates 2020-2035 (hypothesis): the counting conventions hold everywhere."""

import json
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import holidays
import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import calendar as cal
from checker.engine import check

from helpers import bilingual_maps

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "checker" / "schema" / "result.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))
DATES = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _scenarios(corpus):
    out = []
    for regulation_id, regulation in corpus["regulations"].items():
        for event in regulation["rules"]["events"]:
            flag_sets = [[]] + [[f["id"]] for f in event.get("flags", [])]
            for flags in flag_sets:
                out.append((regulation_id, event["id"], flags))
    return out


def _answer(corpus, regulation, event, day, flags, mode="standard", lang="vi"):
    result = check(corpus, {"regulation": regulation, "event": event, "date": day.isoformat(), "flags": flags,
                            "mode": mode, "lang": lang})
    if not result["ok"]:
        # Only a count running past the supported years may be refused, and only with that reason.
        assert [(e["field"], e["code"]) for e in result["errors"]] == [("date", "year_out_of_range")], result["errors"]
        assert day.year in (cal.FIRST_SUPPORTED_YEAR, cal.LAST_SUPPORTED_YEAR)
    return result


@SETTINGS
@given(day=DATES, data=st.data(), mode=st.sampled_from(["standard", "strict"]))
def test_deadlines_follow_the_conventions(corpus, day, data, mode):
    regulation, event, flags = data.draw(st.sampled_from(_scenarios(corpus)))
    result = _answer(corpus, regulation, event, day, flags, mode)
    if not result["ok"]:
        return
    for o in result["obligations"]:
        timing, due, counting = o["timing"], o["due"], o["counting"]
        counted = [d for d in counting["days"] if d["status"] == "counted"]
        if timing["kind"] in ("none", "periodic"):
            assert due["date"] is None and due["reason"] and counting["days"] == []
            continue
        due_day = date.fromisoformat(due["date"])
        if timing["kind"] == "within":
            assert due_day > day  # never before the event, never the event day itself
            assert counting["start"] == (day + timedelta(days=1)).isoformat()
            assert len(counted) == timing["count"]
            if timing["unit"] == "working_days":
                assert cal.is_working_day(due_day)
                assert all(d["working"] for d in counted)
                assert all(not d["working"] for d in counting["days"] if d["status"] == "skipped")
            else:
                raw_end = day + timedelta(days=timing["count"])
                assert counting["raw_end"] == raw_end.isoformat()
                if mode == "strict":
                    assert due_day == raw_end
                else:
                    assert cal.is_working_day(due_day) and due_day >= raw_end
                    assert all(not cal.is_working_day(raw_end + timedelta(days=i)) for i in range((due_day - raw_end).days))
        elif timing["kind"] == "before":
            assert due_day < day
            assert len(counted) == timing["count"]
            if timing["unit"] == "working_days":
                assert cal.is_working_day(due_day)
                working_between = [d for d in counting["days"] if d["working"] and d["status"] != "reference"]
                assert working_between == counted  # no working day between the due date and D goes uncounted
        elif timing["kind"] == "annual_before":
            reference = date.fromisoformat(counting["reference"])
            assert due_day == reference - timedelta(days=1) and due_day >= day
            last = date.fromisoformat(due["latest_working_day"])
            assert last <= due_day and cal.is_working_day(last)
            assert all(not cal.is_working_day(last + timedelta(days=i)) for i in range(1, (due_day - last).days + 1))
        # The days listed are consecutive: a timeline can be drawn from them without computing anything.
        listed = [date.fromisoformat(d["date"]) for d in counting["days"]]
        assert listed == [listed[0] + timedelta(days=i) for i in range(len(listed))]
        assert sum("due" in d["marks"] for d in counting["days"]) == 1


@SETTINGS
@given(day=DATES, data=st.data())
def test_both_languages_give_the_same_answer(corpus, day, data):
    regulation, event, flags = data.draw(st.sampled_from(_scenarios(corpus)))
    vi = _answer(corpus, regulation, event, day, flags, lang="vi")
    en = _answer(corpus, regulation, event, day, flags, lang="en")
    assert vi["ok"] == en["ok"]
    if not vi["ok"]:
        assert vi == en
        return
    # Both languages are in every result: the chosen language changes only the echo of the scenario.
    assert vi["scenario"].pop("lang") == "vi" and en["scenario"].pop("lang") == "en"
    assert vi == en
    for path, text in bilingual_maps(vi):
        assert text["vi"].strip() and text["en"].strip(), path


@settings(max_examples=300, deadline=None)
@given(day=DATES, count=st.integers(min_value=1, max_value=30))
def test_working_day_count_round_trip(day, count):
    try:
        due, days = cal.count_working_days_after(day, count)
        back, _ = cal.count_working_days_before(due, count)
    except cal.OutOfRange:
        return
    assert cal.is_working_day(due)
    assert sum(d["status"] == "counted" for d in days) == count
    # Counting back from the due date lands on the event, or on the last working day before it.
    assert back == cal.last_working_day(day) if not cal.is_working_day(day) else back == day


@lru_cache(maxsize=1)
def _library_calendar():
    """The holidays library read directly, without checker.calendar: an independent oracle for working days."""
    years = range(cal.FIRST_SUPPORTED_YEAR, cal.LAST_SUPPORTED_YEAR + 1)
    vn = holidays.VN(years=years, categories=("public",))
    return set(vn), set(vn.weekend_workdays)


@settings(max_examples=400, deadline=None)
@given(day=DATES)
def test_working_day_matches_the_library(day):
    days_off, worked_saturdays = _library_calendar()
    expected = day in worked_saturdays or (day.weekday() < 5 and day not in days_off)
    assert cal.is_working_day(day) == expected
    assert day.weekday() != 6 or not cal.is_working_day(day)  # no Sunday is ever a working day


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(scenario=st.dictionaries(
    st.sampled_from(["regulation", "event", "date", "flags", "mode", "lang", "extra"]),
    JSON_VALUES | st.sampled_from(["380-qd-tw", "lao-cai-vks-xa-phuong", "annual-report", "opinion-needed-by",
                                   "2026-02-30", "2025-04-25", "complex", "strict", "en"]),
))
def test_any_scenario_gives_a_result_never_an_exception(corpus, scenario):
    result = check(corpus, scenario)
    assert list(VALIDATOR.iter_errors(result)) == []
    if not result["ok"]:
        assert all(e["code"] != "internal_error" for e in result["errors"]), result["errors"]
