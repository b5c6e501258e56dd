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


def test_answer_is_run_with_the_written_dates(corpus):
    """What the Web Worker calls: the corpus opened once, then one scenario (JSON) per answer."""
    browser.open_corpus(json.dumps(corpus, ensure_ascii=False))
    result = json.loads(browser.answer(json.dumps(SCENARIO)))
    expected = check(corpus, SCENARIO)
    due = result["obligations"][0]["due"]
    assert due["date"] == expected["obligations"][0]["due"]["date"] == "2025-05-06"
    assert due["date_text"] == {"vi": "06/05/2025", "en": "6 May 2025"}
    assert due["date_short"] == {"vi": "06/05", "en": "6 May"}
    # Without the written forms, the answer is the engine's result.
    def without_written(node):
        if isinstance(node, dict):
            return {k: without_written(v) for k, v in node.items() if k not in ("date_text", "date_short")}
        return [without_written(v) for v in node] if isinstance(node, list) else node
    assert without_written(result) == json.loads(json.dumps(expected))
    # The engine's own result is left as it was (the written forms go on a copy).
    assert "date_text" not in json.dumps(check(corpus, SCENARIO))


def test_written_dates_only_on_plain_days():
    node = {"a": [{"date": "2025-04-26", "weekday": {}}, {"date": "20250426", "weekday": {}}, {"date": "2025-04-26"}]}
    browser.add_written_dates(node)
    written, compact, no_weekday = node["a"]
    assert written["date_text"]["en"] == "26 April 2025" and written["date_short"]["en"] == "26 Apr"
    assert "date_text" not in compact and "date_text" not in no_weekday


def test_answer_never_raises(corpus, monkeypatch):
    browser.open_corpus(json.dumps(corpus))
    result = json.loads(browser.answer("{not json"))
    assert (result["ok"], result["errors"][0]["code"]) == (False, "bad_json")

    def broken(*args):
        raise KeyError("boom")

    monkeypatch.setattr(browser, "check", broken)
    result = json.loads(browser.answer(json.dumps(SCENARIO)))
    assert result["ok"] is False and result["errors"][0]["code"] == "internal"
    assert result["errors"][0]["message"]["en"] == "Internal error in the checker: KeyError"
    assert browser.answer_ics(json.dumps(SCENARIO), "en") == ""


def test_answer_ics_uses_the_opened_corpus(corpus):
    browser.open_corpus(json.dumps(corpus))
    browser.load_ics_writer()
    [event] = Calendar.from_ical(browser.answer_ics(json.dumps(SCENARIO), "vi")).walk("VEVENT")
    assert event.get("dtstart").dt.isoformat() == "2025-05-06"
    assert browser.answer_ics(json.dumps({**SCENARIO, "date": "bad"}), "vi") == ""


def test_answer_ics_links_only_with_the_site_url(corpus):
    """The page passes mkdocs.yml's site_url (data-site-url, "" when unset) through the worker."""
    browser.open_corpus(json.dumps(corpus))
    [event] = Calendar.from_ical(browser.answer_ics(json.dumps(SCENARIO), "vi", "http://intranet.example/")).walk("VEVENT")
    assert str(event.get("url")).startswith("http://intranet.example/regulations/")
    [event] = Calendar.from_ical(browser.answer_ics(json.dumps(SCENARIO), "vi", "")).walk("VEVENT")
    assert event.get("url") is None
