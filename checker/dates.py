"""Reading a date as a person types it: day first, whatever the browser or the console is set to.

parse_date(text) is the only place where the checker turns text into a date. The engine uses it for the
scenario's `date` (so the command line's --date and the web form read dates the same way), and the
browser glue uses it to show the date as understood next to the field.

Accepted forms (ASCII digits only, surrounding spaces ignored):

    20/11/2026  20-11-2026  20.11.2026    day, month, year (day and month may have one digit: 1/2/2026)
    20/11/26                              a two-digit year means 20yy: 26 is 2026, 99 is 2099 (never 19yy)
    2026-11-20  2026/11/20  2026.11.20    a four-digit first group is a year: year, month, day

The same separator must be used twice. Month-first (American) order is never assumed: 11/20/2026 reads as
day 11 of month 20, which does not exist. Digits alone (20112026, 201126) are ambiguous (day-month-year or
year-month-day?) and are refused rather than guessed.

The answer is a `date`, or a ParseFailure naming why: "bad_date_format", "ambiguous_date",
"impossible_date" or (year 0) "year_out_of_range", with the day, month and year as read, for the message.
Never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_SEPARATED = re.compile(r"([0-9]{1,4})([/.\-])([0-9]{1,2})\2([0-9]{1,4})", re.ASCII)
_DIGITS_ONLY = re.compile(r"[0-9]{5,8}", re.ASCII)


@dataclass(frozen=True)
class ParseFailure:
    code: str  # bad_date_format | ambiguous_date | impossible_date | year_out_of_range
    day: int | None = None
    month: int | None = None
    year: int | None = None


def parse_date(text) -> date | ParseFailure:
    """The date `text` means, read day first (see the module's docstring), or why it cannot be read."""
    if not isinstance(text, str):
        return ParseFailure("bad_date_format")
    value = text.strip()
    if _DIGITS_ONLY.fullmatch(value):
        return ParseFailure("ambiguous_date")
    match = _SEPARATED.fullmatch(value)
    if match is None:
        return ParseFailure("bad_date_format")
    first, _, middle, last = match.groups()
    if len(first) == 4:  # year-month-day
        if len(last) > 2:
            return ParseFailure("bad_date_format")
        year, month, day = int(first), int(middle), int(last)
    else:  # day-month-year
        if len(first) > 2 or len(last) not in (2, 4):
            return ParseFailure("bad_date_format")
        day, month, year = int(first), int(middle), int(last)
        if len(last) == 2:
            year += 2000
    if year < 1:  # no calendar has a year 0; the engine says which years it covers
        return ParseFailure("year_out_of_range", day=day, month=month, year=year)
    try:
        return date(year, month, day)
    except ValueError:
        return ParseFailure("impossible_date", day=day, month=month, year=year)


__all__ = ["parse_date", "ParseFailure"]
