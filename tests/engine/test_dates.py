"""Dates as people type them: day first everywhere (engine, command line, browser glue); issue 9, part 1.

And the annual "before 15/12" deadline whose last working day is already behind the event (issue 9, part 4).
"""

import io
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from icalendar import Calendar

from checker import browser, cli
from checker.dates import ParseFailure, parse_date
from checker.engine import check

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "checker" / "schema" / "result.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8")))

LAO_CAI = {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received"}
QD380 = "380-qd-tw"


@pytest.mark.parametrize("typed", ["20/11/2026", "20-11-2026", "20.11.2026", "2026-11-20", "20/11/26",
                                   " 20/11/2026 ", "2026/11/20", "2026.11.20"])
def test_the_accepted_forms_all_read_day_first(typed):
    assert parse_date(typed) == date(2026, 11, 20)


def test_one_digit_day_and_month_and_two_digit_years():
    assert parse_date("1/2/2026") == date(2026, 2, 1)      # 1 February, never 2 January
    assert parse_date("06/02/2026") == date(2026, 2, 6)    # what an American reads as June 2
    assert parse_date("01/01/99") == date(2099, 1, 1)      # a two-digit year is 20yy, never 19yy
    assert parse_date("01/01/00") == date(2000, 1, 1)


@pytest.mark.parametrize("typed, code", [
    ("20112026", "ambiguous_date"),            # what was typed into the old date box
    ("201126", "ambiguous_date"),
    ("20261120", "ambiguous_date"),
    ("２０２６-01-01", "bad_date_format"),      # full-width digits: a format error, not "not in the calendar"
    ("٢٠/١١/٢٠٢٦", "bad_date_format"),          # Arabic-Indic digits
    ("20/11-2026", "bad_date_format"),          # two different separators
    ("20/11/202", "bad_date_format"),           # a three-digit year
    ("2026-11-2026", "bad_date_format"),
    ("20 November 2026", "bad_date_format"),
    ("", "bad_date_format"),
    ("31/02/2026", "impossible_date"),
    ("11/20/2026", "impossible_date"),          # month first: there is no month 20
    ("29/02/2025", "impossible_date"),
    ("0000-01-01", "year_out_of_range"),
])
def test_what_cannot_be_read_says_why(typed, code):
    failure = parse_date(typed)
    assert isinstance(failure, ParseFailure) and failure.code == code


def test_parse_date_never_raises_on_odd_values():
    for value in (None, 20261120, ["2026-11-20"], "9" * 5000, "99/99/9999", "1/1/9999"):
        assert isinstance(parse_date(value), (date, ParseFailure))


# --- through check() ----------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["20/11/2026", "20-11-2026", "20.11.2026", "20/11/26"])
def test_check_reads_every_form_as_the_iso_date(corpus, typed):
    result = check(corpus, {**LAO_CAI, "date": typed})
    assert result == check(corpus, {**LAO_CAI, "date": "2026-11-20"})
    assert result["scenario"]["date"] == "2026-11-20"  # the date as understood, in ISO form
    assert result["obligations"][0]["due"]["date"] == "2026-11-30"
    assert list(VALIDATOR.iter_errors(result)) == []


@pytest.mark.parametrize("typed, code, vi, en", [
    ("31/02/2026", "impossible_date", "tháng 2 năm 2026 không có ngày 31", "February 2026 has no day 31"),
    ("11/20/2026", "impossible_date", "không có tháng 20", "there is no month 20"),
    ("20112026", "ambiguous_date", "không rõ ràng", "is ambiguous"),
    ("２０２６-01-01", "bad_date_format", "Không đọc được", "cannot be read"),
])
def test_date_errors_name_the_field_by_its_label_not_as_missing(corpus, typed, code, vi, en):
    result = check(corpus, {**LAO_CAI, "date": typed})
    [error] = result["errors"]
    assert (error["field"], error["code"]) == ("date", code)
    assert vi in error["message"]["vi"] and en in error["message"]["en"]
    assert error["message"]["vi"].startswith(("Ngày xảy ra sự kiện", "Không đọc được ngày xảy ra sự kiện"))
    assert "event date" in error["message"]["en"]
    assert "(date)" not in error["message"]["vi"] + error["message"]["en"]
    assert list(VALIDATOR.iter_errors(result)) == []


def test_a_blank_date_is_missing_and_a_two_digit_year_outside_the_calendar_says_so(corpus):
    [error] = check(corpus, {**LAO_CAI, "date": "   "})["errors"]
    assert error["code"] == "missing"
    [error] = check(corpus, {**LAO_CAI, "date": "01/01/99"})["errors"]
    assert error["code"] == "year_out_of_range" and "2099" in error["message"]["en"]


# --- command line -------------------------------------------------------------------------------


def run_cli(args):
    out, err = io.StringIO(), io.StringIO()
    return cli.run(args, out, err), out.getvalue(), err.getvalue()


def test_cli_date_accepts_the_same_forms(corpus_json, tmp_path):
    base = ["--regulation", LAO_CAI["regulation"], "--event", LAO_CAI["event"], "--corpus", str(corpus_json)]
    for typed in ("20/11/2026", "20.11.2026", "20/11/26"):
        status, out, err = run_cli(base + ["--date", typed])
        assert status == 0 and err == "", err
        assert "Hạn chót: Thứ Hai, 30/11/2026." in out
    status, out, _ = run_cli(base + ["--date", "20-11-2026", "--json"])
    assert json.loads(out)["scenario"]["date"] == "2026-11-20"
    path = tmp_path / "due.ics"
    status, _, err = run_cli(base + ["--date", "20/11/2026", "--ics", str(path)])
    assert status == 0, err
    [event] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart") == date(2026, 11, 30)


def test_cli_help_documents_the_forms():
    out = cli._parser().format_help()
    assert "20/11/2026" in out and "20/11/26" in out


# --- browser glue: the date as understood ---------------------------------------------------------


def test_read_date_spells_out_the_date_as_understood():
    answer = json.loads(browser.read_date("20/11/2026"))
    assert answer["ok"] is True and answer["date"] == "2026-11-20"
    assert answer["text"] == {"vi": "Thứ Sáu, 20/11/2026", "en": "Friday, 20 November 2026"}
    assert answer["input"] == "20/11/2026"
    assert json.loads(browser.read_date("2026-02-06"))["input"] == "06/02/2026"


@pytest.mark.parametrize("typed", ["31/02/2026", "20112026", "abc", "", "20/11/2099", "２０２６-01-01"])
def test_read_date_fails_exactly_as_check_does(corpus, typed):
    answer = json.loads(browser.read_date(typed))
    assert answer["ok"] is False
    assert answer["errors"] == check(corpus, {**LAO_CAI, "date": typed})["errors"]
    assert list(VALIDATOR.iter_errors(answer)) == []


def test_read_date_of_a_non_string_is_an_error():
    answer = json.loads(browser.read_date(None))
    assert answer["ok"] is False and answer["errors"][0]["code"] == "not_a_string"


# --- issue 9, part 4: the last working day before 15/12 already behind the event ---------------------


def test_annual_report_warns_only_when_the_last_working_day_has_passed(corpus):
    def codes(day):
        result = check(corpus, {"regulation": QD380, "event": "annual-report", "date": day})
        assert list(VALIDATOR.iter_errors(result)) == []
        return result, [w["code"] for w in result["warnings"]]

    for day in ("2025-12-13", "2025-12-14"):  # Saturday 13, Sunday 14 December 2025: Friday 12 is behind
        result, found = codes(day)
        report = result["obligations"][0]
        assert report["due"]["latest_working_day"] == "2025-12-12"
        [warning] = [w for w in report["warnings"] if w["code"] == "last_working_day_passed"]
        assert warning in result["warnings"]
        assert "12/12/2025" in warning["message"]["vi"] and "đã qua" in warning["message"]["vi"]
        assert "12 December 2025" in warning["message"]["en"] and "already behind" in warning["message"]["en"]
    # Still ahead: Friday 12 itself, earlier in the year, and 2026 (14/12/2026 is a Monday, a working day).
    for day in ("2025-12-12", "2025-03-01", "2026-12-12", "2026-12-13"):
        assert "last_working_day_passed" not in codes(day)[1], day
