"""checker.browser: the Pyodide adapter (JSON strings in, JSON strings out)."""

import json

from icalendar import Calendar

from checker import browser
from checker.engine import check

SCENARIO = {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received", "date": "2025-04-25"}


def test_run_is_check_as_json(corpus):
    corpus_json = json.dumps(corpus, ensure_ascii=False)
    assert json.loads(browser.run(corpus_json, json.dumps(SCENARIO))) == check(corpus, SCENARIO)
    # The same corpus string again is served from the cache and gives the same answer.
    assert json.loads(browser.run(corpus_json, json.dumps({**SCENARIO, "lang": "en"})))["scenario"]["lang"] == "en"


def test_bad_json_is_an_error_result(corpus):
    corpus_json = json.dumps(corpus)
    result = json.loads(browser.run(corpus_json, "{not json"))
    assert result["ok"] is False and result["errors"][0]["code"] == "bad_json"
    assert result["errors"][0]["field"] == "scenario"
    result = json.loads(browser.run("[oops", json.dumps(SCENARIO)))
    assert (result["errors"][0]["field"], result["errors"][0]["code"]) == ("corpus", "bad_json")


def test_ics_text(corpus):
    text = browser.ics(json.dumps(corpus), json.dumps(SCENARIO), "en")
    [event] = Calendar.from_ical(text).walk("VEVENT")
    assert event.get("dtstart").dt.isoformat() == "2025-05-06"
    assert browser.ics(json.dumps(corpus), json.dumps({**SCENARIO, "date": "bad"}), "en") == ""


def test_events_catalog(corpus):
    listing = json.loads(browser.events(json.dumps(corpus)))
    events = {r["id"]: [e["id"] for e in r["events"]] for r in listing["regulations"]}
    assert events["lao-cai-vks-xa-phuong"][0] == "opinion-request-received"
    assert listing["calendar"]["first_year"] == 2020


def test_calendar_strip_gives_every_day_with_its_reason():
    strip = json.loads(browser.calendar_strip("2025-04-25", "2025-05-06"))
    assert strip["ok"] and len(strip["days"]) == 12
    kinds = {d["date"]: d["kind"] for d in strip["days"]}
    assert kinds["2025-04-26"] == "swap_workday" and kinds["2025-04-30"] == "holiday"
    assert kinds["2025-05-02"] == "swap_day_off" and kinds["2025-05-04"] == "weekend"
    for first, last, code in (("2025-05-06", "2025-04-25", "bad_range"), ("x", "2025-01-01", "bad_date_format"),
                              ("2035-12-30", "2036-01-02", "year_out_of_range"), ("2020-01-01", "2025-01-01", "bad_range")):
        result = json.loads(browser.calendar_strip(first, last))
        assert result["ok"] is False and result["errors"][0]["code"] == code
