"""python -m checker: the table, --json (exactly check()), --ics, --list, and errors with exit status 2."""

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar

from checker import cli
from checker.engine import check

ROOT = Path(__file__).resolve().parents[2]
WORKED = ["--regulation", "lao-cai-vks-xa-phuong", "--event", "opinion-request-received", "--date", "2026-11-20"]


def run_cli(args):
    out, err = io.StringIO(), io.StringIO()
    status = cli.run(args, out, err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def with_corpus(corpus_json):
    return ["--corpus", str(corpus_json)]


def test_table_in_vietnamese_shows_the_count_and_why(with_corpus):
    status, out, err = run_cli(WORKED + with_corpus)
    assert status == 0 and err == ""
    assert "Hạn chót: Thứ Hai, 30/11/2026." in out
    # Days are written day first, as on the site (checker.formats), never in ISO order.
    assert "24/11/2026" in out and "2026-11-24" not in out and "Nghỉ lễ, tết: Ngày Văn hóa Việt Nam" in out
    assert "Ngày: Thứ Sáu, 20/11/2026" in out
    assert "HẠN" in out and "khoản 2 Điều 8" in out and "/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2" in out
    assert "coi như nhất trí" in out
    assert "Bộ luật Dân sự 2015, Điều 147" in out


def test_table_in_english(with_corpus):
    status, out, _ = run_cli(WORKED + with_corpus + ["--lang", "en"])
    assert status == 0
    assert "Deadline: Monday, 30 November 2026." in out
    assert "Public holiday: Vietnam Cultural Day" in out and "Article 8(2)" in out
    assert out.startswith("Regulation: lao-cai-vks-xa-phuong (number unknown) - ")
    assert "Hạn chót" not in out


def test_json_is_exactly_check(corpus, with_corpus):
    status, out, _ = run_cli(WORKED + with_corpus + ["--json", "--complex", "--strict", "--lang", "en"])
    assert status == 0
    expected = check(corpus, {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received",
                              "date": "2026-11-20", "flags": ["complex"], "mode": "strict", "lang": "en"})
    assert json.loads(out) == expected


def test_ics_file_holds_the_right_dates(with_corpus, tmp_path):
    path = tmp_path / "hạn.ics"
    status, out, err = run_cli(["--regulation", "380-qd-tw", "--event", "annual-report", "--date", "2025-03-01",
                                "--ics", str(path)] + with_corpus)
    assert status == 0 and "Hạn chót" in out
    assert str(path) in err and "(2 sự kiện)" in err
    calendar = Calendar.from_ical(path.read_bytes())
    events = sorted((e.get("dtstart").dt.isoformat(), str(e.get("summary"))) for e in calendar.walk("VEVENT"))
    assert [d for d, _ in events] == ["2025-12-12", "2025-12-14"]
    assert events[0][1].startswith("Ngày làm việc cuối cùng (khoản 1 Điều 7): ") and events[1][1].startswith("Hạn (")
    assert "http" not in path.read_text(encoding="utf-8")  # no --site-url: no link (a relative one does nothing)


def test_ics_links_to_the_provision_with_site_url(with_corpus, tmp_path):
    path = tmp_path / "x.ics"
    status, _, _ = run_cli(["--regulation", "380-qd-tw", "--event", "annual-report", "--date", "2025-03-01",
                            "--ics", str(path), "--site-url", "http://intranet.example/quy-che/"] + with_corpus)
    assert status == 0
    [first, _] = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    assert str(first.get("url")) == "http://intranet.example/quy-che/regulations/380-qd-tw/#dieu-7-khoan-1"


def test_list_shows_regulations_events_and_flags(with_corpus):
    status, out, _ = run_cli(["--list"] + with_corpus)
    assert status == 0
    for needle in ("380-qd-tw (380-QĐ/TW)", "lao-cai-vks-xa-phuong (số hiệu không rõ)", "--event personnel-consultation-received",
                   "--event violation-detected", "cờ --complex"):
        assert needle in out
    status, out, _ = run_cli(["--list", "--lang", "en"] + with_corpus)
    assert "flag --complex: Complex case requiring more time" in out
    assert "lao-cai-vks-xa-phuong (number unknown)" in out  # the source shows no number: said, not left blank


@pytest.mark.parametrize("args, vi, en", [
    (["--regulation", "nope", "--event", "x", "--date", "2025-01-01"], "Không có văn bản 'nope'", "There is no regulation 'nope'"),
    (WORKED[:4] + ["--date", "2025-02-30"], "không có trong lịch", "does not exist in the calendar"),
    (WORKED[:4] + ["--date", "25 April 2025"], "Không đọc được ngày", "cannot be read"),
    (WORKED[:4] + ["--date", "31/02/2026"], "không có trong lịch", "does not exist in the calendar"),
    (WORKED[:4] + ["--date", "20112026"], "không rõ ràng", "is ambiguous"),
    (WORKED[:4] + ["--date", "2040-01-01"], "nằm ngoài các năm", "outside the years"),
    (WORKED[:2] + ["--event", "meeting-planned", "--date", "2025-01-01", "--complex"], "không áp dụng", "does not apply"),
    (WORKED[:4], "Thiếu tham số: --date", "Missing arguments: --date"),
    (WORKED + ["--colour"], "Tham số không nhận ra: --colour", "Unrecognised arguments: --colour"),
    (WORKED[:5], "Thiếu giá trị sau --date", "--date needs a value"),    # --date without its value (argparse)
    (WORKED + ["--lang"], "Thiếu giá trị sau --lang", "--lang needs a value"),
    (WORKED + ["--complex=yes"], "Tham số không hợp lệ", "Invalid arguments"),   # any other argparse complaint
])
def test_bad_input_exits_2_with_a_message_in_the_chosen_language(with_corpus, args, vi, en):
    for lang, needle in (("vi", vi), ("en", en)):
        status, out, err = run_cli(args + with_corpus + ["--lang", lang])
        assert status == 2
        assert needle in err and "Traceback" not in err + out
        assert err.startswith("Lỗi" if lang == "vi" else "Error")


def test_bad_lang_and_bad_corpus(with_corpus, tmp_path):
    status, _, err = run_cli(WORKED + with_corpus + ["--lang", "fr"])
    assert status == 2 and "Ngôn ngữ 'fr' không hợp lệ" in err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    status, _, err = run_cli(WORKED + ["--corpus", str(broken), "--lang", "en"])
    assert status == 2 and err.startswith("Error: Cannot read the corpus")


def test_ics_write_failure_is_a_message(with_corpus, tmp_path):
    status, _, err = run_cli(WORKED + with_corpus + ["--ics", str(tmp_path / "missing-dir" / "x.ics"), "--lang", "en"])
    assert status == 2 and "Cannot write the calendar file" in err


def _module(*args):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=ROOT, capture_output=True, text=True,
                          encoding="utf-8", timeout=60)


def test_python_dash_m_checker_end_to_end(corpus_json):
    done = _module(*WORKED, "--corpus", str(corpus_json), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["obligations"][0]["due"]["date"] == "2026-11-30"
    done = _module(*WORKED[:4], "--date", "2025-13-45", "--corpus", str(corpus_json), "--lang", "en")
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "does not exist in the calendar" in done.stderr


def test_default_corpus_is_the_repository_regulations_folder():
    """Without --corpus the CLI compiles regulations/ with checker.corpus; at worst a message, never a traceback."""
    done = _module(*WORKED)
    assert "Traceback" not in done.stderr
    if done.returncode == 0:
        assert "30/11/2026" in done.stdout
    else:
        assert done.returncode == 2 and done.stderr.startswith("Lỗi: Không đọc được kho văn bản")


# ---------------------------------------------------------------------------
# Hostile command lines and outputs: a clear message and a documented exit status, never "unexpected error".


def _module_shell(command: str, corpus_json) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", "-c", command.format(py=sys.executable, corpus=corpus_json)], cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_full_disk_is_a_clear_message(corpus_json):
    done = _module_shell("{py} -m checker --list --corpus {corpus} --lang en > /dev/full", corpus_json)
    assert done.returncode == 1, done.stderr
    assert done.stderr == "Error: Cannot write the output: No space left on device\n"


def test_closed_stdout_is_a_clear_message(corpus_json):
    done = _module_shell("{py} -m checker --list --corpus {corpus} >&-", corpus_json)
    assert done.returncode == 1 and done.stderr == "Lỗi: Không ghi được kết quả ra: đầu ra chuẩn đã đóng\n"


def test_closed_pipe_exits_quietly(corpus_json):
    import os
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first byte: every write gets EPIPE
    try:
        done = subprocess.run([sys.executable, "-m", "checker", "--list", "--corpus", str(corpus_json)], cwd=ROOT,
                              stdout=write_end, stderr=subprocess.PIPE, text=True, timeout=60)
    finally:
        os.close(write_end)
    assert done.returncode == 141 and done.stderr == ""


def test_closed_stderr_keeps_the_usage_exit_status(corpus_json):
    assert _module_shell("{py} -m checker --bogus 2>&-", corpus_json).returncode == 2
    assert _module_shell("{py} -m checker --list --corpus {corpus} --lang fr 2>&-", corpus_json).returncode == 2


def test_empty_ics_is_an_error(with_corpus):
    status, out, err = run_cli(WORKED + with_corpus + ["--ics", "", "--lang", "en"])
    assert status == 2 and out == "" and "--ics needs a calendar file name" in err


def test_ics_without_a_dated_deadline_writes_no_file(with_corpus, tmp_path):
    path = tmp_path / "none.ics"
    status, out, err = run_cli(["--regulation", "lao-cai-vks-xa-phuong", "--event", "violation-detected",
                                "--date", "2026-03-02", "--ics", str(path), "--lang", "en"] + with_corpus)
    assert status == 0 and out  # the table is still shown
    assert "No deadline with a date for this event" in err and "not written" in err
    assert not path.exists()


def test_repeated_lang_last_wins_for_output_and_messages(with_corpus):
    status, out, _ = run_cli(WORKED + with_corpus + ["--lang", "vi", "--lang", "en"])
    assert status == 0 and "Deadline: Monday, 30 November 2026." in out and "Hạn chót" not in out
    status, _, err = run_cli(WORKED + with_corpus + ["--lang", "en", "--lang", "fr"])
    assert status == 2
    assert "Ngôn ngữ 'fr' không hợp lệ" in err and "The language 'fr' is not valid" in err  # both: no valid --lang
    status, _, err = run_cli(["--lang", "en", "--lang", "vi", "--bogus"])
    assert status == 2 and err.startswith("Lỗi: Tham số không nhận ra")


def test_invalid_lang_message_is_in_both_languages(with_corpus):
    status, _, err = run_cli(WORKED + with_corpus + ["--lang", "fr"])
    assert status == 2 and err.startswith("Lỗi / Error: ") and "choose vi or en" in err


def test_long_values_are_not_echoed_in_full(with_corpus):
    long_date = "9" * 100_000
    status, _, err = run_cli(WORKED[:4] + ["--date", long_date, "--lang", "en"] + with_corpus)
    assert status == 2 and "(100000)" in err and len(err) < 1000
    status, _, err = run_cli(WORKED + with_corpus + ["--lang", "x" * 100_000])
    assert status == 2 and len(err) < 1000
    status, _, err = run_cli(WORKED + with_corpus + ["--" + "y" * 100_000])
    assert status == 2 and len(err) < 1000
