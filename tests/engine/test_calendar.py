"""The working-day calendar: pinned holiday data 2024-2026, kinds of day, counts, supported years."""

from datetime import date, timedelta

import pytest

from checker import calendar as cal

# What holidays 0.108 (requirements.txt) says for the years with official announcements. If an upgrade
# changes any of this, this table fails first: check the change against the official announcement, then
# update the table and the tests that depend on it.
PINNED_HOLIDAYS = {
    2024: {
        "2024-01-01": ("Tết Dương lịch", "New Year's Day"),
        "2024-02-08": ("29 Tết", "29 of Lunar New Year"),
        "2024-02-09": ("Giao thừa Tết Nguyên Đán", "Lunar New Year's Eve"),
        "2024-02-10": ("Tết Nguyên Đán", "Lunar New Year"),
        "2024-02-11": ("Mùng hai Tết Nguyên Đán", "Second Day of Lunar New Year"),
        "2024-02-12": ("Mùng ba Tết Nguyên Đán", "Third Day of Lunar New Year"),
        "2024-02-13": ("Mùng bốn Tết Nguyên Đán", "Fourth Day of Lunar New Year"),
        "2024-02-14": ("Mùng năm Tết Nguyên Đán", "Fifth Day of Lunar New Year"),
        "2024-04-18": ("Ngày Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"),
        "2024-04-29": ("Ngày nghỉ (thay cho ngày 04/05/2024)", "Day off (substituted from 05/04/2024)"),
        "2024-04-30": ("Ngày Chiến thắng", "Liberation Day/Reunification Day"),
        "2024-05-01": ("Ngày Quốc tế Lao động", "International Labor Day"),
        "2024-09-02": ("Quốc khánh", "National Day"),
        "2024-09-03": ("Quốc khánh", "National Day"),
    },
    2025: {
        "2025-01-01": ("Tết Dương lịch", "New Year's Day"),
        "2025-01-27": ("29 Tết", "29 of Lunar New Year"),
        "2025-01-28": ("Giao thừa Tết Nguyên Đán", "Lunar New Year's Eve"),
        "2025-01-29": ("Tết Nguyên Đán", "Lunar New Year"),
        "2025-01-30": ("Mùng hai Tết Nguyên Đán", "Second Day of Lunar New Year"),
        "2025-01-31": ("Mùng ba Tết Nguyên Đán", "Third Day of Lunar New Year"),
        "2025-02-01": ("Mùng bốn Tết Nguyên Đán", "Fourth Day of Lunar New Year"),
        "2025-04-07": ("Ngày Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"),
        "2025-04-30": ("Ngày Chiến thắng", "Liberation Day/Reunification Day"),
        "2025-05-01": ("Ngày Quốc tế Lao động", "International Labor Day"),
        "2025-05-02": ("Ngày nghỉ (thay cho ngày 26/04/2025)", "Day off (substituted from 04/26/2025)"),
        "2025-09-01": ("Quốc khánh", "National Day"),
        "2025-09-02": ("Quốc khánh", "National Day"),
    },
    2026: {
        "2026-01-01": ("Tết Dương lịch", "New Year's Day"),
        "2026-02-16": ("Giao thừa Tết Nguyên Đán", "Lunar New Year's Eve"),
        "2026-02-17": ("Tết Nguyên Đán", "Lunar New Year"),
        "2026-02-18": ("Mùng hai Tết Nguyên Đán", "Second Day of Lunar New Year"),
        "2026-02-19": ("Mùng ba Tết Nguyên Đán", "Third Day of Lunar New Year"),
        "2026-02-20": ("Mùng bốn Tết Nguyên Đán", "Fourth Day of Lunar New Year"),
        "2026-04-26": ("Ngày Giỗ Tổ Hùng Vương", "Hung Kings' Commemoration Day"),
        "2026-04-27": ("Ngày Giỗ Tổ Hùng Vương (nghỉ bù)", "Hung Kings' Commemoration Day (observed)"),
        "2026-04-30": ("Ngày Chiến thắng", "Liberation Day/Reunification Day"),
        "2026-05-01": ("Ngày Quốc tế Lao động", "International Labor Day"),
        "2026-08-31": ("Ngày nghỉ (thay cho ngày 22/08/2026)", "Day off (substituted from 08/22/2026)"),
        "2026-09-01": ("Quốc khánh", "National Day"),
        "2026-09-02": ("Quốc khánh", "National Day"),
        "2026-11-24": ("Ngày Văn hóa Việt Nam", "Vietnam Cultural Day"),
    },
}

# Saturdays worked in exchange for a day off, and that day off.
PINNED_SWAPS = {
    2024: ("2024-05-04", "2024-04-29"),
    2025: ("2025-04-26", "2025-05-02"),
    2026: ("2026-08-22", "2026-08-31"),
}


def _days_of(year):
    day = date(year, 1, 1)
    while day.year == year:
        yield day
        day += timedelta(days=1)


@pytest.mark.parametrize("year", sorted(PINNED_HOLIDAYS))
def test_pinned_holidays(year):
    seen = {}
    for day in _days_of(year):
        info = cal.day_info(day)
        if info["kind"] in ("holiday", "swap_day_off"):
            seen[day.isoformat()] = info
    assert sorted(seen) == sorted(PINNED_HOLIDAYS[year])
    for iso, (vi, en) in PINNED_HOLIDAYS[year].items():
        reason = seen[iso]["reason"]
        assert vi in reason["vi"] and en in reason["en"], iso


@pytest.mark.parametrize("year", sorted(PINNED_SWAPS))
def test_pinned_swaps(year):
    saturday, day_off = (date.fromisoformat(d) for d in PINNED_SWAPS[year])
    worked = [d for d in _days_of(year) if cal.day_info(d)["kind"] == "swap_workday"]
    assert worked == [saturday]
    assert saturday.weekday() == 5 and cal.is_working_day(saturday)
    assert not cal.is_working_day(day_off)
    assert cal.day_info(day_off)["kind"] == "swap_day_off"
    # Each names the other, so a reader sees the exchange.
    assert day_off.strftime("%d/%m/%Y") in cal.day_info(saturday)["reason"]["vi"]
    assert saturday.strftime("%d/%m/%Y") in cal.day_info(day_off)["reason"]["vi"]


def test_working_day_counts_per_year_are_pinned():
    # Mon-Fri minus holidays on weekdays plus worked Saturdays: one number per year catches any drift.
    counts = {year: sum(cal.is_working_day(d) for d in _days_of(year)) for year in PINNED_HOLIDAYS}
    assert counts == {2024: 251, 2025: 250, 2026: 249}


def test_kinds_and_reasons():
    assert cal.day_info(date(2025, 4, 28)) == {
        "date": "2025-04-28", "weekday": {"vi": "Thứ Hai", "en": "Monday"},
        "kind": "working", "working": True, "reason": None,
    }
    sunday = cal.day_info(date(2025, 4, 27))
    assert sunday["kind"] == "weekend" and not sunday["working"]
    assert sunday["reason"] == {"vi": "Nghỉ cuối tuần (Chủ nhật)", "en": "Weekend (Sunday)"}
    tet = cal.day_info(date(2026, 2, 17))
    assert tet["kind"] == "holiday"
    assert tet["reason"] == {"vi": "Nghỉ lễ, tết: Tết Nguyên Đán", "en": "Public holiday: Lunar New Year"}


def test_every_kind_has_a_consistent_table_entry():
    for kind, entry in cal.DAY_KINDS.items():
        assert set(entry) == {"working", "reason"}
        # Only an ordinary working day goes without an explanation.
        assert (entry["reason"] is None) == (kind == "working")


def test_count_working_days_after_fri_25_04_2025():
    due, days = cal.count_working_days_after(date(2025, 4, 25), 5)
    assert due == date(2025, 5, 6)
    counted = [d["date"] for d in days if d["status"] == "counted"]
    assert counted == ["2025-04-26", "2025-04-28", "2025-04-29", "2025-05-05", "2025-05-06"]
    assert [d["date"] for d in days if d["status"] == "skipped"] == [
        "2025-04-27", "2025-04-30", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"]
    assert days[0]["status"] == "event" and days[-1]["marks"] == ["due"]


def test_count_working_days_before():
    due, days = cal.count_working_days_before(date(2025, 5, 6), 5)
    # Back from Tue 06/05/2025: 05/05, (04, 03, 02, 01/05, 30/04 off), 29/04, 28/04, (27/04 Sun), 26/04 worked
    # Saturday, 25/04: the mirror of the forward count from 25/04.
    assert due == date(2025, 4, 25)
    assert [d["n"] for d in days if d["status"] == "counted"] == [5, 4, 3, 2, 1]
    assert days[-1]["status"] == "reference" and days[0]["marks"] == ["due"]


def test_calendar_days_moved_and_strict():
    due, raw, days = cal.count_calendar_days_after(date(2026, 2, 2), 15, move_to_working_day=True)
    assert (raw, due) == (date(2026, 2, 17), date(2026, 2, 23))
    assert [d["date"] for d in days if d["status"] == "skipped"] == [
        "2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"]
    assert days[-1]["status"] == "moved"
    due, raw, _ = cal.count_calendar_days_after(date(2026, 2, 2), 15, move_to_working_day=False)
    assert due == raw == date(2026, 2, 17)


def test_calendar_days_before_moves_earlier():
    # 3 days before Tue 05/05/2026 is Sat 02/05/2026; "before" must not move later, so: Wed 29/04/2026.
    due, raw, _ = cal.count_calendar_days_before(date(2026, 5, 5), 3, move_to_working_day=True)
    assert (raw, due) == (date(2026, 5, 2), date(2026, 4, 29))


def test_day_before_date_sunday():
    latest, last, days = cal.day_before_date(date(2025, 12, 15))
    assert (latest, last) == (date(2025, 12, 14), date(2025, 12, 12))
    assert [(d["date"], d["status"], d["marks"]) for d in days] == [
        ("2025-12-12", "working", ["last_working_day"]),
        ("2025-12-13", "skipped", []),
        ("2025-12-14", "skipped", ["due"]),
        ("2025-12-15", "reference", []),
    ]


def test_supported_range_and_unconfirmed_years():
    assert cal.supported(date(2020, 1, 1)) and cal.supported(date(2035, 12, 31))
    assert not cal.supported(date(2019, 12, 31)) and not cal.supported(date(2036, 1, 1))
    with pytest.raises(cal.OutOfRange):
        cal.day_info(date(2036, 1, 1))
    with pytest.raises(cal.OutOfRange):
        cal.count_working_days_after(date(2035, 12, 28), 5)
    assert cal.unconfirmed_years([date(2026, 12, 31), date(2027, 1, 4), date(2030, 5, 1)]) == [2027, 2030]
    assert cal.LAST_CONFIRMED_YEAR == 2026


def test_next_and_last_working_day():
    assert cal.next_working_day(date(2026, 2, 17)) == date(2026, 2, 23)
    assert cal.next_working_day(date(2026, 2, 23)) == date(2026, 2, 23)
    assert cal.last_working_day(date(2025, 12, 14)) == date(2025, 12, 12)
