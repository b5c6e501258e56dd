"""One formatter each for dates, weekdays, months, ordinals and roman numerals, in both languages.

Day first in both languages, whatever the reader's browser or system is set to: 20/11/2026 in
Vietnamese, 20 November 2026 in English (a spelled month cannot be misread as mm/dd). Every page, the
command line, the training kit and the browser worker format through here.
"""

from __future__ import annotations

from datetime import date

from .languages import LANGS

WEEKDAYS = {
    "vi": ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
WEEKDAYS_SHORT = {
    "vi": ("T2", "T3", "T4", "T5", "T6", "T7", "CN"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
ORDINALS_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
ROMAN = (("M", 1000), ("CM", 900), ("D", 500), ("CD", 400), ("C", 100), ("XC", 90), ("L", 50), ("XL", 40),
         ("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


# Dates written with numbers only, as patterns: each piece a literal or (field, fewest digits, zero-padded).
# "typed": the Vietnamese written date, which is also the checker's date box in both languages (the form
# reads day first, checker.dates; checker.browser.read_date writes the day back in it); "key": the ISO date
# that keys the first answer's table (sitegen/quick_table.py, date.isoformat). The checker page carries
# them (sitegen.views.checker_form) so that first-answer.js fills the reader's day, month and year into
# them before Python runs, with no date format of its own.
DATE_PATTERNS = {
    "typed": (("day", 2), "/", ("month", 2), "/", ("year", 1)),  # 20/11/2026, 05/02/2026
    "key": (("year", 4), "-", ("month", 2), "-", ("day", 2)),  # 2026-11-20
}


def numeric_date(day: date, pattern: str = "typed") -> str:
    """The day written in one of DATE_PATTERNS: 20/11/2026 ("typed"), 2026-11-20 ("key")."""
    return "".join(piece if isinstance(piece, str) else f"{getattr(day, piece[0]):0{piece[1]}d}"
                   for piece in DATE_PATTERNS[pattern])


def date_patterns() -> dict:
    """DATE_PATTERNS as JSON data for the checker page: {"typed": [["day", 2], "/", ...], "key": [...]}."""
    return {name: [piece if isinstance(piece, str) else list(piece) for piece in pattern]
            for name, pattern in DATE_PATTERNS.items()}


def date_text(day: date, lang: str) -> str:
    """20/11/2026 | 20 November 2026."""
    if lang == "vi":
        return numeric_date(day)
    return f"{day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def iso_date_text(iso: str, lang: str) -> str | None:
    """A corpus date (YYYY-MM-DD, or the literal 'unknown' -> None) as date_text."""
    if iso == "unknown":
        return None
    return date_text(date.fromisoformat(iso), lang)


def weekday_name(day: date) -> dict:
    return {lang: WEEKDAYS[lang][day.weekday()] for lang in LANGS}


def long_date(day: date, lang: str) -> str:
    """Thứ Sáu, 20/11/2026 | Friday, 20 November 2026."""
    return f"{WEEKDAYS[lang][day.weekday()]}, {date_text(day, lang)}"


def short_date(day: date, lang: str) -> str:
    """20/11 | 20 Nov: a day inside a strip of days whose year is shown elsewhere."""
    if lang == "vi":
        return f"{day.day:02d}/{day.month:02d}"
    return f"{day.day} {MONTHS_EN[day.month - 1][:3]}"


def day_month(day: int, month: int) -> dict:
    """A day of every year: {"vi": "15/12", "en": "15 December"}."""
    return {"vi": f"{day}/{month}", "en": f"{day} {MONTHS_EN[month - 1]}"}


def month_name(month: int) -> dict:
    """A month as a sentence names it: "2" (tháng 2) in Vietnamese, "February" in English."""
    return {"vi": str(month), "en": MONTHS_EN[month - 1]}


def ordinal_en(n: int) -> str:
    if 1 <= n <= len(ORDINALS_EN):
        return ORDINALS_EN[n - 1]
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def roman(n: int) -> str:
    out = ""
    for symbol, value in ROMAN:
        while n >= value:
            out += symbol
            n -= value
    return out
