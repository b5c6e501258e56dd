"""Working days of Party and State agencies in Viet Nam, and the day-by-day counts built on them.

A working day is Monday to Friday, minus the public holidays, plus the Saturdays worked in exchange for a
swapped day off. All three come from the `holidays` library (country VN, category public), pinned in
requirements.txt: it carries the official swaps and the holiday names in Vietnamese and English, so no
date is typed by hand here. tests/engine/test_calendar.py pins the library's data for 2024-2026, so an
upgrade that changes it is caught.

Pure: no I/O, no clock. Every function takes dates and returns plain data.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import holidays

from .formats import weekday_name
from .messages import text

HOLIDAY_LIBRARY = f"holidays {holidays.__version__}"

FIRST_SUPPORTED_YEAR = 2020
LAST_SUPPORTED_YEAR = 2035

# Swapped working days are decided year by year, by an announcement published a few months ahead
# (for 2026: the 22/08 <-> 31/08 swap). The pinned library has announcements up to 2026; for later years it
# knows only the fixed holidays and its own rules for days off in lieu, which the Government may still change.
# Raise this constant when the library is upgraded to a version that carries the next year's announcement.
LAST_CONFIRMED_YEAR = 2026

# What each kind of day means for counting, and the message that explains it (None: nothing to explain).
DAY_KINDS = {
    "working": {"working": True, "reason": None},
    "swap_workday": {"working": True, "reason": "day.swap_workday"},
    "weekend": {"working": False, "reason": "day.weekend"},
    "holiday": {"working": False, "reason": "day.holiday"},
    "swap_day_off": {"working": False, "reason": "day.swap_day_off"},
}

# The library names a swapped day off "Ngày nghỉ (thay cho ngày dd/mm/yyyy)": the date in it is the
# Saturday worked in exchange. This is how a worked Saturday is paired with its day off.
_SWAP_DATE_FORMAT = "%d/%m/%Y"
_SWAP_SEARCH_DAYS = 120


class OutOfRange(Exception):
    """A date outside the supported years was needed (the event itself, or a day reached by a count)."""

    def __init__(self, day: date):
        super().__init__(day.isoformat())
        self.day = day


def supported(day: date) -> bool:
    return FIRST_SUPPORTED_YEAR <= day.year <= LAST_SUPPORTED_YEAR


def _require(day: date) -> None:
    if not supported(day):
        raise OutOfRange(day)


@lru_cache(maxsize=1)
def _data() -> dict:
    """Holiday names (vi, en), worked Saturdays and their paired days off, for the supported years."""
    years = range(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR + 1)
    vi = holidays.VN(years=years, language="vi", categories=("public",))
    en = holidays.VN(years=years, language="en_US", categories=("public",))
    names = {d: {"vi": vi.get(d), "en": en.get(d)} for d in vi}
    workdays = {d for d in vi.weekend_workdays if FIRST_SUPPORTED_YEAR <= d.year <= LAST_SUPPORTED_YEAR}
    day_off_for: dict[date, date] = {}
    for saturday in workdays:
        label = saturday.strftime(_SWAP_DATE_FORMAT)
        for d, name in vi.items():
            if label in name and abs((d - saturday).days) <= _SWAP_SEARCH_DAYS:
                day_off_for[saturday] = d
    worked_for = {off: sat for sat, off in day_off_for.items()}
    return {"names": names, "workdays": workdays, "day_off_for": day_off_for, "worked_for": worked_for}


# Which kind a day is: the first table (of _data()) holding the day decides, so a worked Saturday is a
# working day although it is a weekend day, and a swapped day off is named as such rather than as a holiday.
KIND_PRECEDENCE = (
    ("swap_workday", "workdays"),
    ("swap_day_off", "worked_for"),
    ("holiday", "names"),
)
WEEKEND = frozenset({5, 6})  # Saturday, Sunday (date.weekday())


def _kind(day: date) -> str:
    data = _data()
    for kind, table in KIND_PRECEDENCE:
        if day in data[table]:
            return kind
    return "weekend" if day.weekday() in WEEKEND else "working"


def is_working_day(day: date) -> bool:
    _require(day)
    return DAY_KINDS[_kind(day)]["working"]


def day_info(day: date) -> dict:
    """The day as plain data: date, weekday, kind, working or not, and why (vi/en) when it is not ordinary."""
    _require(day)
    kind = _kind(day)
    data = _data()
    reason_key = DAY_KINDS[kind]["reason"]
    params = {
        "weekday": weekday_name(day),
        "holiday": data["names"].get(day, {"vi": "", "en": ""}),
        "other": data["day_off_for"].get(day) or data["worked_for"].get(day) or day,
    }
    return {
        "date": day.isoformat(),
        "weekday": weekday_name(day),
        "kind": kind,
        "working": DAY_KINDS[kind]["working"],
        "reason": text(reason_key, **params) if reason_key else None,
    }


def days_between(first: date, last: date) -> list[dict]:
    """day_info for every day from first to last inclusive."""
    out = []
    day = first
    while day <= last:
        out.append(day_info(day))
        day += timedelta(days=1)
    return out


def next_working_day(day: date) -> date:
    """The first working day on or after day."""
    while not is_working_day(day):
        day += timedelta(days=1)
    return day


def last_working_day(day: date) -> date:
    """The last working day on or before day."""
    while not is_working_day(day):
        day -= timedelta(days=1)
    return day


def _entry(day: date, status: str, n: int | None = None) -> dict:
    entry = day_info(day)
    entry.update({"status": status, "n": n, "marks": []})
    return entry


def _walk_working_days(start: date, count: int, step: int, start_status: str) -> tuple[date, list[dict]]:
    """The count-th working day from start in direction step (+1 or -1), start not counted; with every
    day walked, in walking order."""
    days = [_entry(start, start_status)]
    counted = 0
    day = start
    while counted < count:
        day += timedelta(days=step)
        if is_working_day(day):
            counted += 1
            days.append(_entry(day, "counted", counted))
        else:
            days.append(_entry(day, "skipped"))
    days[-1]["marks"].append("due")
    return day, days


def count_working_days_after(event: date, count: int) -> tuple[date, list[dict]]:
    """The count-th working day after event, event not counted; with every day from event to it."""
    return _walk_working_days(event, count, +1, "event")


def count_working_days_before(reference: date, count: int) -> tuple[date, list[dict]]:
    """The count-th working day before reference, reference not counted; days in calendar order."""
    due, days = _walk_working_days(reference, count, -1, "reference")
    days.reverse()
    return due, days


def _walk_calendar_days(start: date, count: int, step: int, start_status: str,
                        move_to_working_day: bool) -> tuple[date, date, list[dict]]:
    """(due, raw last day, days walked in walking order): count calendar days from start in direction
    step; optionally keep walking the same way from a non-working last day to the next working day."""
    days = [_entry(start, start_status)]
    raw_end = start
    for n in range(1, count + 1):
        raw_end = start + timedelta(days=step * n)
        days.append(_entry(raw_end, "counted", n))
    days[-1]["marks"].append("raw_end")
    due = raw_end
    if move_to_working_day and not is_working_day(raw_end):
        day = raw_end
        while True:
            day += timedelta(days=step)
            if is_working_day(day):
                days.append(_entry(day, "moved"))
                break
            days.append(_entry(day, "skipped"))
        due = day
    days[-1]["marks"].append("due")
    return due, raw_end, days


def count_calendar_days_after(event: date, count: int, move_to_working_day: bool) -> tuple[date, date, list[dict]]:
    """(due, raw last day, days): count calendar days after event; optionally move a non-working last day
    to the next working day."""
    return _walk_calendar_days(event, count, +1, "event", move_to_working_day)


def count_calendar_days_before(reference: date, count: int, move_to_working_day: bool) -> tuple[date, date, list[dict]]:
    """(due, raw day, days): count calendar days back from reference; optionally move a non-working day
    earlier, to the previous working day (moving it later would no longer be "before")."""
    due, raw, days = _walk_calendar_days(reference, count, -1, "reference", move_to_working_day)
    days.reverse()
    return due, raw, days


def day_before_date(reference: date) -> tuple[date, date, list[dict]]:
    """(latest day, last working day on or before it, days): "before reference" ends the day before it."""
    latest = reference - timedelta(days=1)
    last = last_working_day(latest)
    days = []
    day = last
    while day < reference:
        entry = _entry(day, "working" if is_working_day(day) else "skipped")
        if day == last:
            entry["marks"].append("last_working_day")
        if day == latest:
            entry["marks"].append("due")
        days.append(entry)
        day += timedelta(days=1)
    days.append(_entry(reference, "reference"))
    return latest, last, days


def unconfirmed_years(days: list[date]) -> list[int]:
    """Years among days whose schedule of swapped days is not yet confirmed (see LAST_CONFIRMED_YEAR)."""
    return sorted({d.year for d in days if d.year > LAST_CONFIRMED_YEAR})


def describe_range() -> dict:
    return {
        "source": HOLIDAY_LIBRARY,
        "first_year": FIRST_SUPPORTED_YEAR,
        "last_year": LAST_SUPPORTED_YEAR,
        "last_confirmed_year": LAST_CONFIRMED_YEAR,
    }


__all__ = [
    "DAY_KINDS", "FIRST_SUPPORTED_YEAR", "LAST_SUPPORTED_YEAR", "LAST_CONFIRMED_YEAR", "HOLIDAY_LIBRARY",
    "OutOfRange", "supported", "is_working_day", "day_info", "days_between", "next_working_day",
    "last_working_day", "count_working_days_after", "count_working_days_before", "count_calendar_days_after",
    "count_calendar_days_before", "day_before_date", "unconfirmed_years", "describe_range",
]
