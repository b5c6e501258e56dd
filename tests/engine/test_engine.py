"""check(): every event of the issue, the holiday traps, responsibilities, citations and errors."""

import copy
import json
from pathlib import Path

import jsonschema
import pytest

from checker.engine import check

from helpers import LAO_CAI, QD380, bilingual_maps, days_with, obligation, run

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "checker" / "schema" / "result.schema.json").read_text())
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)

REPLY_5_DAYS = "r-dieu-8-khoan-2-tra-loi-05-ngay"
COMPLEX_NOTICE = "r-dieu-8-khoan-2-thong-bao-truong-hop-phuc-tap"
PERSONNEL_15_DAYS = "r-dieu-5-khoan-2-diem-b-15-ngay"
ANNUAL_REPORT = "r-dieu-7-khoan-1-bao-cao-hang-nam"

EVENTS = {
    QD380: ["personnel-consultation-received", "coordination-request-received", "annual-report"],
    LAO_CAI: ["opinion-request-received", "opinion-needed-by", "meeting-planned", "periodic-report",
              "violation-detected"],
}


# --- Lào Cai: opinion-request-received --------------------------------------------------------------


def test_reply_received_friday_25_04_2025_skips_holidays_and_counts_worked_saturday(corpus):
    result = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25")
    reply = obligation(result, REPLY_5_DAYS)
    assert reply["due"]["date"] == "2025-05-06"
    assert reply["counting"]["start"] == "2025-04-26"
    assert days_with(reply, "counted") == ["2025-04-26", "2025-04-28", "2025-04-29", "2025-05-05", "2025-05-06"]
    reasons = {d["date"]: d["reason"] for d in reply["counting"]["days"] if d["status"] == "skipped"}
    assert reasons["2025-04-30"]["vi"] == "Nghỉ lễ, tết: Ngày Chiến thắng"
    assert reasons["2025-05-01"]["en"] == "Public holiday: International Labor Day"
    assert "26/04/2025" in reasons["2025-05-02"]["vi"]  # the swapped day off names its worked Saturday
    saturday = reply["counting"]["days"][1]
    assert saturday["date"] == "2025-04-26" and saturday["kind"] == "swap_workday" and saturday["n"] == 1
    assert reply["counting"]["counted_days"] == 5 and reply["counting"]["skipped_days"] == 6
    assert reply["consequence"]["vi"].startswith("Nếu quá thời hạn trên mà không có ý kiến trả lời thì coi như nhất trí")
    assert "deemed to agree" in reply["consequence"]["en"]
    assert reply["actor"]["id"] == "cap-uy-duoc-yeu-cau" and reply["towards"]["id"] == "cap-uy-co-yeu-cau"
    assert reply["citation"] == {"vi": "khoản 2 Điều 8", "en": "Article 8(2)"}
    assert reply["citations"][0]["url"] == {"vi": "/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2",
                                            "en": "/en/regulations/lao-cai-vks-xa-phuong/#dieu-8-khoan-2"}
    assert [c["id"] for c in result["conventions"]] == ["start-next-day", "working-days", "no-fixed-date"]
    assert "Điều 147" in result["conventions"][0]["source"]["vi"]


def test_worked_example_received_20_11_2026(corpus):
    """The issue's new-user question: received on 20/11/2026, when must we reply? And why."""
    result = run(corpus, LAO_CAI, "opinion-request-received", "2026-11-20")
    reply = obligation(result, REPLY_5_DAYS)
    assert reply["due"]["date"] == "2026-11-30"
    assert reply["due"]["summary"] == {"vi": "Hạn chót: Thứ Hai, 30/11/2026.", "en": "Deadline: Monday, 30 November 2026."}
    days = {d["date"]: d for d in reply["counting"]["days"]}
    # holidays 0.108 lists 24/11/2026, Vietnam Cultural Day, as a public holiday: the count skips it and says so.
    assert days["2026-11-24"]["status"] == "skipped"
    assert days["2026-11-24"]["reason"] == {"vi": "Nghỉ lễ, tết: Ngày Văn hóa Việt Nam",
                                            "en": "Public holiday: Vietnam Cultural Day"}
    assert days_with(reply, "counted") == ["2026-11-23", "2026-11-25", "2026-11-26", "2026-11-27", "2026-11-30"]
    assert result["warnings"] == []  # 2026 is a confirmed year


def test_complex_flag_adds_the_written_notice(corpus):
    plain = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25")
    assert COMPLEX_NOTICE not in [o["rule"] for o in plain["obligations"]]
    flagged = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-25", flags=["complex"])
    notice = obligation(flagged, COMPLEX_NOTICE)
    assert notice["added_by_flag"] == "complex"
    assert notice["due"]["date"] == obligation(flagged, REPLY_5_DAYS)["due"]["date"] == "2025-05-06"
    assert "trước khi hết thời hạn" in notice["action"]["vi"]
    assert flagged["event"]["flags"] == [{"id": "complex", "label": flagged["event"]["available_flags"][0]["label"]}]
    # The disagreement rule (presiding committee reports in writing) is there with or without the flag.
    escalate = obligation(plain, "r-dieu-8-khoan-2-bao-cao-y-kien-khac-nhau")
    assert escalate["due"]["date"] is None and escalate["actor"]["id"] == "cap-uy-chu-tri"


def test_event_on_a_day_off_is_counted_from_the_next_day_with_a_warning(corpus):
    result = run(corpus, LAO_CAI, "opinion-request-received", "2025-04-27")  # a Sunday
    assert obligation(result, REPLY_5_DAYS)["due"]["date"] == "2025-05-07"
    assert [w["code"] for w in result["warnings"]] == ["event_non_working"]


# --- Lào Cai: before a date ---------------------------------------------------------------------


def test_opinion_needed_by_counts_back_five_working_days(corpus):
    result = run(corpus, LAO_CAI, "opinion-needed-by", "2026-01-05")
    send = obligation(result, "r-dieu-8-khoan-2-gui-truoc-05-ngay")
    # Mon 05/01/2026: 02/01 (1), 01/01 New Year skipped, 31/12 (2), 30/12 (3), 29/12 (4), 26/12 (5).
    assert send["due"]["date"] == "2025-12-26"
    assert send["counting"]["reference"] == "2026-01-05"
    assert send["counting"]["days"][-1]["status"] == "reference"
    assert "2026-01-01" in days_with(send, "skipped")
    assert [c["id"] for c in result["conventions"]] == ["before-working-days", "working-days"]


def test_send_before_and_reply_within_fit_together(corpus):
    """Sent on the latest day, received the same day, the 5-day reply falls due on the day it is needed."""
    needed = "2025-05-06"
    send = obligation(run(corpus, LAO_CAI, "opinion-needed-by", needed), "r-dieu-8-khoan-2-gui-truoc-05-ngay")
    reply = obligation(run(corpus, LAO_CAI, "opinion-request-received", send["due"]["date"]), REPLY_5_DAYS)
    assert (send["due"]["date"], reply["due"]["date"]) == ("2025-04-25", needed)


def test_meeting_documents_five_working_days_before(corpus):
    result = run(corpus, LAO_CAI, "meeting-planned", "2026-05-04")
    docs = obligation(result, "r-dieu-8-khoan-3-diem-a-cung-cap-tai-lieu-05-ngay")
    # Back from Mon 04/05/2026: 30/04 and 01/05 holidays, 29/04 (1), 28/04 (2), 27/04 Hung Kings observed,
    # 24/04 (3), 23/04 (4), 22/04 (5).
    assert docs["due"]["date"] == "2026-04-22"
    assert docs["citation"] == {"vi": "điểm a khoản 3 Điều 8", "en": "Article 8(3)(a)"}


# --- Lào Cai: no fixed date --------------------------------------------------------------------


def test_periodic_report_has_no_date_and_gives_the_route(corpus):
    result = run(corpus, LAO_CAI, "periodic-report", "2026-06-01")
    assert all(o["due"]["date"] is None for o in result["obligations"])
    route = [(o["actor"]["id"], o["towards"] and o["towards"]["id"]) for o in result["obligations"]]
    assert route == [("btv-dang-uy-xa-phuong", None), ("btv-dang-uy-xa-phuong", "btv-dang-uy-vks-tinh"),
                     ("btv-dang-uy-vks-tinh", "btv-tinh-uy")]
    send, consolidated = result["obligations"][1:]
    assert "qua Viện kiểm sát nhân dân khu vực theo địa hạt tư pháp" in send["action"]["vi"]
    assert "qua Ban Nội chính Tỉnh ủy" in consolidated["action"]["vi"]
    assert "Internal Affairs Commission" in consolidated["action"]["en"]
    first = result["obligations"][0]
    assert first["counting"]["method"] == "periodic"
    assert first["counting"]["period"] == {"vi": "Định kỳ 6 tháng, hằng năm", "en": "Every 6 months and annually"}
    assert first["due"]["reason"]["vi"] and first["counting"]["days"] == []
    assert [c["id"] for c in result["conventions"]] == ["periodic-no-date"]


def test_violation_detected_who_informs_whom_promptly(corpus):
    result = run(corpus, LAO_CAI, "violation-detected", "2026-03-16")
    procuracy, commune = result["obligations"]
    assert (procuracy["actor"]["id"], procuracy["towards"]["id"]) == ("btv-dang-uy-vks-tinh", "btv-dang-uy-xa-phuong")
    assert procuracy["citation"]["vi"] == "khoản 3 Điều 7"
    assert (commune["actor"]["id"], commune["towards"]["id"]) == ("btv-dang-uy-xa-phuong", "dang-uy-vks-tinh")
    assert commune["citation"]["vi"] == "khoản 6 Điều 6"
    for o in result["obligations"]:
        assert o["due"]["date"] is None
        assert "Kịp thời" in o["due"]["reason"]["vi"] and "Promptly" in o["due"]["reason"]["en"]
    assert {r["citations"][0]["provision"] for r in result["responsibilities"]} == {"dieu-7-khoan-3"}


# --- 380-QĐ/TW --------------------------------------------------------------------------------


def test_personnel_15_days_ending_in_tet_2026_standard_and_strict(corpus):
    standard = run(corpus, QD380, "personnel-consultation-received", "2026-02-02")
    rule = obligation(standard, PERSONNEL_15_DAYS)
    assert rule["counting"]["raw_end"] == "2026-02-17"
    assert rule["due"]["date"] == "2026-02-23"
    assert days_with(rule, "skipped") == ["2026-02-18", "2026-02-19", "2026-02-20", "2026-02-21", "2026-02-22"]
    assert days_with(rule, "moved") == ["2026-02-23"]
    assert len(days_with(rule, "counted")) == 15
    assert "calendar-end-moves" in rule["counting"]["conventions"]
    assert standard["mode"] == "standard"

    strict = run(corpus, QD380, "personnel-consultation-received", "2026-02-02", mode="strict")
    rule = obligation(strict, PERSONNEL_15_DAYS)
    assert rule["due"]["date"] == "2026-02-17"
    assert strict["mode"] == "strict" and strict["scenario"]["mode"] == "strict"
    assert [w["code"] for w in rule["warnings"]] == ["strict_non_working_due"]
    assert "Tết Nguyên Đán" in rule["warnings"][0]["message"]["vi"]
    assert "strict-raw-end" in rule["counting"]["conventions"]
    sources = {c["id"]: c["source"]["vi"] for c in standard["conventions"]}
    assert sources["calendar-end-moves"] == "Bộ luật Dân sự 2015, khoản 5 Điều 148"


def test_personnel_ordinary_period_and_who_presides(corpus):
    result = run(corpus, QD380, "personnel-consultation-received", "2025-11-20")
    rule = obligation(result, PERSONNEL_15_DAYS)
    assert rule["due"]["date"] == "2025-12-05"  # a Friday: nothing to move
    assert (rule["actor"]["id"], rule["towards"]["id"]) == ("tinh-uy", "dang-uy-tandtc")
    assert rule["citation"] == {"vi": "gạch đầu dòng thứ 2 điểm b khoản 2 Điều 5",
                                "en": "Article 5(2)(b), second indent"}
    presides = obligation(result, "r-dieu-4-khoan-1-diem-b-gach-3-chu-tri-nhan-su")
    assert presides["due"]["date"] is None and presides["actor"]["id"] == "dang-uy-tandtc"
    assert presides["citation"]["vi"] == "gạch đầu dòng thứ 3 điểm b khoản 1 Điều 4"
    [row] = result["responsibilities"]
    assert [p["id"] for p in row["presides"]] == ["dang-uy-tandtc"]
    assert [p["id"] for p in row["coordinates"]] == ["tinh-uy"]
    assert [c["provision"] for c in row["citations"]] == ["dieu-4-khoan-1-diem-b-gach-3", "dieu-5-khoan-2-diem-b-gach-2"]
    offices = [(i["party"]["id"], i["citations"][0]["provision"]) for i in result["liaison"]]
    assert ("dang-uy-tandtc", "dieu-8-khoan-4") in offices and ("tinh-uy", "dieu-8-khoan-4") in offices
    assert any("Văn phòng Đảng ủy Tòa án nhân dân tối cao" in i["office"]["vi"] for i in result["liaison"])
    assert any("ban nội chính tỉnh ủy, thành ủy" in i["office"]["vi"].lower() for i in result["liaison"])


def test_coordination_request_promptly_meeting_escalation(corpus):
    result = run(corpus, QD380, "coordination-request-received", "2026-03-10")
    rules = [o["rule"] for o in result["obligations"]]
    assert rules == ["r-dieu-6-khoan-2-tra-loi-kip-thoi", "r-dieu-6-khoan-2-lam-viec-thong-nhat",
                     "r-dieu-6-khoan-2-hop", "r-dieu-6-khoan-2-bao-cao-bo-chinh-tri"]
    reply = result["obligations"][0]
    assert reply["due"]["date"] is None and "Kịp thời" in reply["due"]["reason"]["vi"]
    assert "trả lời kịp thời bằng văn bản" in reply["action"]["vi"]
    assert result["obligations"][-1]["towards"]["name"]["en"] == "Politburo, Secretariat"
    assert {c["provision"] for c in result["citations"]} >= {"dieu-6-khoan-2"}
    assert [c["id"] for c in result["conventions"]] == ["no-fixed-date"]


@pytest.mark.parametrize("day, latest, last_working", [
    ("2025-03-01", "2025-12-14", "2025-12-12"),   # 14/12/2025 is a Sunday
    ("2025-12-14", "2025-12-14", "2025-12-12"),   # the deadline day itself still counts for this year
    ("2025-12-15", "2026-12-14", "2026-12-14"),   # past it: next year's report; 14/12/2026 is a Monday
    ("2026-01-01", "2026-12-14", "2026-12-14"),
])
def test_annual_report_before_15_12(corpus, day, latest, last_working):
    result = run(corpus, QD380, "annual-report", day)
    report = obligation(result, ANNUAL_REPORT)
    assert (report["due"]["date"], report["due"]["latest_working_day"]) == (latest, last_working)
    assert report["counting"]["reference"] == latest[:4] + "-12-15"
    assert "annual-before" in report["counting"]["conventions"]


def test_annual_report_route_and_sunday_explanation(corpus):
    result = run(corpus, QD380, "annual-report", "2025-03-01")
    route = [(o["actor"]["id"], o["towards"]["id"], o["due"]["date"]) for o in result["obligations"]]
    assert route == [("tinh-uy", "dang-uy-tandtc", "2025-12-14"), ("tinh-uy", "dang-uy-tandtc", None),
                     ("dang-uy-tandtc", "ban-bi-thu", None)]
    report = result["obligations"][0]
    assert report["due"]["summary"]["vi"] == "Hạn chót: Chủ nhật, 14/12/2025; ngày làm việc cuối cùng: Thứ Sáu, 12/12/2025."
    assert "\"Trước ngày 15/12\"" in report["counting"]["explanation"]["vi"]
    assert "\"Before 15 December\"" in report["counting"]["explanation"]["en"]
    assert [(d["date"], d["status"]) for d in report["counting"]["days"]] == [
        ("2025-12-12", "working"), ("2025-12-13", "skipped"), ("2025-12-14", "skipped"), ("2025-12-15", "reference")]


def test_unconfirmed_year_warning(corpus):
    result = run(corpus, QD380, "annual-report", "2026-12-20")
    assert obligation(result, ANNUAL_REPORT)["due"]["date"] == "2027-12-14"
    [warning] = result["warnings"]
    assert warning["code"] == "unconfirmed_year"
    assert "2027" in warning["message"]["vi"] and "2027" in warning["message"]["en"]
    assert "chưa được thông báo chính thức" in warning["message"]["vi"]


# --- every event: shape, schema, citations ------------------------------------------------------


@pytest.mark.parametrize("regulation, event", [(r, e) for r, events in EVENTS.items() for e in events])
@pytest.mark.parametrize("day", ["2025-04-25", "2026-02-13", "2027-12-31"])
def test_every_event_answers_validates_and_cites_real_provisions(corpus, regulation, event, day):
    result = run(corpus, regulation, event, day)
    assert list(VALIDATOR.iter_errors(result)) == []
    assert result["obligations"]
    provisions = {p["id"] for p in corpus["regulations"][regulation]["provisions"]}
    for c in result["citations"]:
        assert c["provision"] in provisions and c["found"]
    assert not [w for w in result["warnings"] if w["code"] == "provision_not_found"]
    for path, text in bilingual_maps(result):
        assert text["vi"] and text["en"], path
    assert result["scenario"] == {"regulation": regulation, "event": event, "date": day, "flags": [],
                                  "mode": "standard", "lang": "vi"}
    json.dumps(result)  # plain JSON types only


def test_the_event_ids_of_the_issue(corpus):
    for regulation, events in EVENTS.items():
        assert [e["id"] for e in corpus["regulations"][regulation]["rules"]["events"]] == events


# --- errors ------------------------------------------------------------------------------------


BASE = {"regulation": LAO_CAI, "event": "opinion-request-received", "date": "2025-04-25"}


@pytest.mark.parametrize("change, field, code", [
    ({"regulation": "nope"}, "regulation", "unknown_regulation"),
    ({"event": "nope"}, "event", "unknown_event"),
    ({"date": "25 04 2025"}, "date", "bad_date_format"),
    ({"date": "2025-425"}, "date", "bad_date_format"),
    ({"date": "25042025"}, "date", "ambiguous_date"),
    ({"date": "31/02/2026"}, "date", "impossible_date"),
    ({"date": "2025-02-29"}, "date", "impossible_date"),
    ({"date": "2025-13-01"}, "date", "impossible_date"),
    ({"date": "2019-12-31"}, "date", "year_out_of_range"),
    ({"date": "2036-01-01"}, "date", "year_out_of_range"),
    ({"date": "2035-12-28"}, "date", "year_out_of_range"),   # the count itself runs into 2036
    ({"date": 20250425}, "date", "not_a_string"),
    ({"flags": "complex"}, "flags", "bad_flags"),
    ({"flags": ["urgent"]}, "flags", "flag_not_applicable"),
    ({"event": "opinion-needed-by", "flags": ["complex"]}, "flags", "flag_not_applicable"),
    ({"mode": "lenient"}, "mode", "bad_mode"),
    ({"lang": "fr"}, "lang", "bad_lang"),
    ({"when": "today"}, "when", "unknown_field"),
])
def test_bad_scenarios_are_errors_in_both_languages(corpus, change, field, code):
    result = check(corpus, {**BASE, **change})
    assert result["ok"] is False
    assert [(e["field"], e["code"]) for e in result["errors"]] == [(field, code)]
    message = result["errors"][0]["message"]
    assert message["vi"] and message["en"] and message["vi"] != message["en"]
    assert list(VALIDATOR.iter_errors(result)) == []


def test_flag_error_says_which_flags_apply(corpus):
    [error] = check(corpus, {**BASE, "flags": ["urgent"]})["errors"]
    assert "complex" in error["message"]["en"]
    [error] = check(corpus, {**BASE, "event": "meeting-planned", "flags": ["complex"]})["errors"]
    assert error["message"]["en"].endswith("This event has no flags.")


def test_missing_fields_and_all_errors_at_once(corpus):
    result = check(corpus, {})
    assert [(e["field"], e["code"]) for e in result["errors"]] == [
        ("regulation", "missing"), ("event", "missing"), ("date", "missing")]
    result = check(corpus, {"regulation": "x", "event": "y", "date": "2025-02-30", "mode": "z"})
    assert [e["code"] for e in result["errors"]] == ["unknown_regulation", "impossible_date", "bad_mode"]


@pytest.mark.parametrize("scenario", [None, [], "2025-04-25", 3])
def test_scenario_not_an_object(corpus, scenario):
    result = check(corpus, scenario)
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("scenario", "not_an_object")]


@pytest.mark.parametrize("bad_corpus", [None, {}, {"regulations": []}, "corpus"])
def test_bad_corpus(bad_corpus):
    result = check(bad_corpus, BASE)
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("corpus", "bad_corpus")]


def test_broken_rule_data_is_an_error_not_an_exception(corpus):
    broken = copy.deepcopy(corpus)
    rules = broken["regulations"][LAO_CAI]["rules"]["rules"]
    next(r for r in rules if r["id"] == REPLY_5_DAYS)["timing"] = {"kind": "fortnightly"}
    result = check(broken, BASE)
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("corpus", "bad_rule_data")]
    assert REPLY_5_DAYS in result["errors"][0]["message"]["vi"]


def test_a_new_regulation_needs_no_code_change(corpus):
    """Everything scenario-specific is data: a made-up regulation with its own rules just works."""
    extended = copy.deepcopy(corpus)
    extended["regulations"]["vi-du"] = {
        "id": "vi-du",
        "meta": {"number": "1-QC/VD", "title": {"vi": "Quy chế ví dụ", "en": "Example regulation"}},
        "provisions": [{"id": "dieu-2-khoan-1-diem-dd"}],
        "rules": {
            "parties": [{"id": "a", "vi": "Bên A", "en": "Party A"}, {"id": "b", "vi": "Bên B", "en": "Party B"}],
            "rules": [{"id": "r-10-ngay", "cites": ["dieu-2-khoan-1-diem-dd"], "actor": "a", "towards": "b",
                       "action": {"vi": "Trả lời trong 10 ngày.", "en": "Reply within 10 days."},
                       "timing": {"kind": "within", "count": 10, "unit": "calendar_days", "from": "receipt"},
                       "consequence": None, "notes": None}],
            "events": [{"id": "received", "label": {"vi": "Nhận", "en": "Received"},
                        "date_means": {"vi": "Ngày nhận", "en": "Day received"}, "flags": [],
                        "rules": ["r-10-ngay"]}],
            "matrix": [], "liaison": [],
        },
    }
    result = run(extended, "vi-du", "received", "2026-04-20")
    [o] = result["obligations"]
    assert o["due"]["date"] == "2026-05-04"  # raw end 30/04 holiday, then 01/05, weekend: Monday 04/05
    assert o["citation"] == {"vi": "điểm đ khoản 1 Điều 2", "en": "Article 2(1)(đ)"}
    assert list(VALIDATOR.iter_errors(result)) == []


def test_a_date_before_the_signing_date_is_flagged(corpus):
    signed = corpus["regulations"][QD380]["meta"]["signing_date"]
    assert signed == "2025-11-14"
    early = run(corpus, QD380, "personnel-consultation-received", "2025-11-13")
    assert [w["code"] for w in early["warnings"]] == ["before_signing_date"]
    assert "14/11/2025" in early["warnings"][0]["message"]["vi"]
    assert run(corpus, QD380, "personnel-consultation-received", "2025-11-14")["warnings"] == []
    # The Lào Cai text shows no signing date: nothing to compare with, so no warning.
    assert run(corpus, LAO_CAI, "opinion-request-received", "2020-01-06")["warnings"] == []
