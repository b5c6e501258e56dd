"""to_ics(): all-day events for dated obligations, citation and link in the description, stable UIDs."""

from datetime import date

from icalendar import Calendar

from checker.ics import to_ics

from helpers import LAO_CAI, QD380, run


def _events(data: bytes):
    return list(Calendar.from_ical(data).walk("VEVENT"))


def test_dated_obligations_become_all_day_events(corpus):
    result = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25", flags=["complex"])
    events = _events(to_ics(result, "vi"))
    assert len(events) == 2  # the reply and the complex-case notice; the undated escalation has no event
    for event in events:
        assert event.get("dtstart").dt == date(2025, 5, 6)
        assert event.get("dtend").dt == date(2025, 5, 7)
        description = str(event.get("description"))
        assert "khoản 2 Điều 8" in description and "/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2" in description
    assert "coi như nhất trí" in str(events[0].get("description"))
    assert len({str(e.get("uid")) for e in events}) == 2


def test_english_and_stable(corpus):
    result = run(corpus, QD380, "personnel-consultation-received", "2026-02-02")
    first, second = to_ics(result, "en"), to_ics(result, "en")
    assert first == second  # same scenario, same bytes: re-importing updates instead of duplicating
    [event] = _events(first)
    assert event.get("dtstart").dt == date(2026, 2, 23)
    assert str(event.get("summary")).startswith("Due: Provincial Party Committee")
    assert "Article 5(2)(b), second indent" in str(event.get("description"))
    assert "/en/regulations/380-qd-tw/#dieu-5-khoan-2-diem-b-gach-2" in str(event.get("description"))
    strict = run(corpus, QD380, "personnel-consultation-received", "2026-02-02", mode="strict")
    [strict_event] = _events(to_ics(strict, "en"))
    assert strict_event.get("dtstart").dt == date(2026, 2, 17)
    assert strict_event.get("uid") != event.get("uid")


def test_no_dated_obligation_gives_an_empty_calendar(corpus):
    result = run(corpus, LAO_CAI, "violation-detected", "2026-03-16")
    assert _events(to_ics(result, "vi")) == []
    assert _events(to_ics({"ok": False, "errors": []}, "vi")) == []
