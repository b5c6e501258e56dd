"""to_ics(): all-day events for dated obligations, citation and link in the description, stable UIDs."""

from datetime import date, timedelta

from icalendar import Calendar

from checker.ics import to_ics

from helpers import LAO_CAI, QD380, run


def _events(data: bytes):
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_dated_obligations_become_all_day_events(corpus):
    result = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25", flags=["complex"])
    events = _events(to_ics(result, "vi", "https://intranet.example/quy-che/"))
    assert len(events) == 2  # the reply and the complex-case notice; the undated escalation has no event
    for event in events:
        assert event.get("dtstart").dt == date(2025, 5, 6)
        assert event.get("dtend").dt == date(2025, 5, 7)
        description = str(event.get("description"))
        link = "https://intranet.example/quy-che/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2"
        assert "khoản 2 Điều 8" in description and link in description and str(event.get("url")) == link
        [alarm] = event.walk("VALARM")  # a reminder at 09:00 the day before
        assert str(alarm.get("action")) == "DISPLAY" and alarm.get("trigger").dt == -timedelta(hours=15)
        summary = str(event.get("summary"))
        assert len(summary) <= 100 and "(khoản 2 Điều 8)" in summary  # short: the rest is in the description
    assert "coi như nhất trí" in str(events[0].get("description"))
    assert len({str(e.get("uid")) for e in events}) == 2


def test_english_and_stable(corpus):
    result = run(corpus, QD380, "personnel-consultation-received", "2026-02-02")
    first, second = to_ics(result, "en", "http://intranet/"), to_ics(result, "en", "http://intranet/")
    assert first == second  # same scenario, same bytes: re-importing updates instead of duplicating
    [event] = _events(first)
    assert event.get("dtstart").dt == date(2026, 2, 23)
    assert str(event.get("summary")).startswith("Due (Article 5(2)(b), second indent): ")
    assert "Article 5(2)(b), second indent" in str(event.get("description"))
    assert "http://intranet/en/regulations/380-qd-tw/#dieu-5-khoan-2-diem-b-gach-2" in str(event.get("description"))
    strict = run(corpus, QD380, "personnel-consultation-received", "2026-02-02", mode="strict")
    [strict_event] = _events(to_ics(strict, "en"))
    assert strict_event.get("dtstart").dt == date(2026, 2, 17)
    assert strict_event.get("uid") != event.get("uid")


def test_no_dated_obligation_gives_an_empty_calendar(corpus):
    result = run(corpus, LAO_CAI, "violation-detected", "2026-03-16")
    assert _events(to_ics(result, "vi")) == []
    assert _events(to_ics({"ok": False, "errors": []}, "vi")) == []


def test_without_site_url_there_is_no_link(corpus):
    """A root-relative address does nothing in a calendar program: no site_url, no link at all."""
    result = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25", flags=["complex"])
    data = to_ics(result, "vi")
    assert b"/regulations/" not in data
    for event in _events(data):
        assert event.get("url") is None and event.walk("VALARM")
