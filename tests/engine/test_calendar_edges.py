"""calendar.py details that the counts alone do not reach (found by mutation testing, issue 13)."""

from datetime import date

import pytest

from checker import calendar as cal


def test_out_of_range_names_the_day():
    with pytest.raises(cal.OutOfRange) as caught:
        cal.is_working_day(date(2036, 1, 1))
    assert str(caught.value) == "2036-01-01" and caught.value.day == date(2036, 1, 1)
    with pytest.raises(cal.OutOfRange, match="^2019-12-31$"):
        cal.day_info(date(2019, 12, 31))
    assert cal.supported(date(2020, 1, 1)) and cal.supported(date(2035, 12, 31))


def test_next_and_last_working_day_step_one_day_at_a_time():
    assert cal.next_working_day(date(2026, 3, 8)) == date(2026, 3, 9)  # Sunday -> Monday
    assert cal.next_working_day(date(2026, 3, 7)) == date(2026, 3, 9)  # Saturday -> Monday
    assert cal.last_working_day(date(2026, 3, 7)) == date(2026, 3, 6)  # Saturday -> Friday
    assert cal.last_working_day(date(2026, 3, 8)) == date(2026, 3, 6)


def test_days_between_is_inclusive_and_in_order():
    days = cal.days_between(date(2025, 4, 25), date(2025, 4, 27))
    assert [(d["date"], d["kind"], d["working"]) for d in days] == [
        ("2025-04-25", "working", True), ("2025-04-26", "swap_workday", True), ("2025-04-27", "weekend", False)]
    assert cal.days_between(date(2025, 4, 27), date(2025, 4, 25)) == []


def test_describe_range():
    assert cal.describe_range() == {"source": cal.HOLIDAY_LIBRARY, "first_year": 2020, "last_year": 2035,
                                    "last_confirmed_year": 2026}
    assert cal.HOLIDAY_LIBRARY.startswith("holidays ")


def test_unconfirmed_years_are_after_the_last_confirmed_one():
    assert cal.unconfirmed_years([date(2026, 12, 31), date(2028, 1, 1), date(2027, 1, 1), date(2027, 6, 1)]) == [2027, 2028]
    assert cal.unconfirmed_years([date(2026, 12, 31)]) == []
