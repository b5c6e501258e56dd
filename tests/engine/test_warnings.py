"""Every warning the checker gives, asserted by code and by its exact text in both languages.

On the synthetic corpus (tests/engine/synthetic/, signed 2021-01-04), so the texts do not move with the real rules.
"""

import copy

from checker import calendar as cal
from checker.engine import check

from helpers import obligation

REG = "vi-du-thoi-han"
LIBRARY = cal.HOLIDAY_LIBRARY


def _check(corpus, event, day, **extra):
    result = check(corpus, {"regulation": REG, "event": event, "date": day, **extra})
    assert result["ok"], result.get("errors")
    return result


def test_event_on_a_holiday(synthetic_corpus):
    result = _check(synthetic_corpus, "nhan-van-ban", "2026-02-17")
    expected = {"code": "event_non_working", "message": {
        "vi": "Ngày 17/02/2026 là ngày nghỉ (Nghỉ lễ, tết: Tết Nguyên Đán); việc đếm vẫn bắt đầu từ ngày tiếp theo.",
        "en": "17 February 2026 is a day off (Public holiday: Lunar New Year); the count still starts the next day."}}
    assert result["warnings"] == [expected]  # once, although both obligations carry it
    for rule in ("r-trong-05-ngay-lam-viec", "r-trong-10-ngay"):
        assert obligation(result, rule)["warnings"] == [expected]


def test_event_on_a_weekend_and_not_on_a_worked_saturday(synthetic_corpus):
    [warning] = _check(synthetic_corpus, "nhan-van-ban", "2026-03-01")["warnings"]
    assert warning == {"code": "event_non_working", "message": {
        "vi": "Ngày 01/03/2026 là ngày nghỉ (Nghỉ cuối tuần (Chủ nhật)); việc đếm vẫn bắt đầu từ ngày tiếp theo.",
        "en": "1 March 2026 is a day off (Weekend (Sunday)); the count still starts the next day."}}
    assert _check(synthetic_corpus, "nhan-van-ban", "2025-04-26")["warnings"] == []  # worked Saturday


def test_unconfirmed_year(synthetic_corpus):
    result = _check(synthetic_corpus, "nhan-van-ban", "2026-12-28")
    expected = {"code": "unconfirmed_year", "message": {
        "vi": "Lịch nghỉ lễ và hoán đổi ngày làm việc năm 2027 chưa được thông báo chính thức (dữ liệu "
              f"{LIBRARY} chỉ có thông báo đến năm 2026); kết quả có thể thay đổi khi có thông báo.",
        "en": result["warnings"][0]["message"]["en"]}}
    assert result["warnings"] == [expected]
    assert "2027" in expected["message"]["en"] and LIBRARY in expected["message"]["en"]
    # Each obligation whose count reaches 2027 carries it too.
    assert obligation(result, "r-trong-05-ngay-lam-viec")["warnings"] == [expected]
    assert obligation(result, "r-trong-10-ngay")["warnings"] == [expected]
    # An event day in an unconfirmed year is enough, even with nothing counted.
    undated = _check(synthetic_corpus, "phat-hien-vi-pham", "2028-03-01")
    assert [w["code"] for w in undated["warnings"]] == ["unconfirmed_year"]
    assert "2028" in undated["warnings"][0]["message"]["vi"]
    assert all(o["warnings"] == [] for o in undated["obligations"])
    # Several years are listed together.
    several = _check(synthetic_corpus, "bao-cao-nam", "2027-12-20")
    assert "2027, 2028" in several["warnings"][0]["message"]["vi"]


def test_before_the_signing_date(synthetic_corpus):
    result = _check(synthetic_corpus, "phat-hien-vi-pham", "2021-01-03")
    assert result["warnings"] == [{"code": "before_signing_date", "message": {
        "vi": "Ngày 03/01/2021 trước ngày ký văn bản (04/01/2021): khi đó văn bản chưa có hiệu lực.",
        "en": "3 January 2021 is before the regulation was signed (4 January 2021): it was not yet in force then."}}]
    assert _check(synthetic_corpus, "phat-hien-vi-pham", "2021-01-04")["warnings"] == []  # the signing day itself


def test_no_signing_warning_without_a_usable_signing_date(synthetic_corpus):
    for signed in ("unknown", None, "04/01/2021", 20210104):
        corpus = copy.deepcopy(synthetic_corpus)
        corpus["regulations"][REG]["meta"]["signing_date"] = signed
        assert _check(corpus, "phat-hien-vi-pham", "2020-06-01")["warnings"] == [], signed
    corpus = copy.deepcopy(synthetic_corpus)
    del corpus["regulations"][REG]["meta"]
    assert _check(corpus, "phat-hien-vi-pham", "2020-06-01")["warnings"] == []


def test_provision_not_found(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    regulation = corpus["regulations"][REG]
    regulation["provisions"] = [p for p in regulation["provisions"] if p["id"] != "dieu-2"]
    result = _check(corpus, "nhan-van-ban", "2026-03-02")
    expected = {"code": "provision_not_found", "message": {
        "vi": "Dữ liệu trích dẫn điều khoản 'dieu-2' nhưng văn bản vi-du-thoi-han không có điều khoản này.",
        "en": "The data cites provision 'dieu-2' but regulation vi-du-thoi-han has no such provision."}}
    assert result["warnings"] == [expected]
    assert obligation(result, "r-trong-10-ngay")["warnings"] == [expected]
    assert obligation(result, "r-trong-10-ngay")["citations"][0]["found"] is False
    assert obligation(result, "r-trong-05-ngay-lam-viec")["warnings"] == []
    # A matrix row citing it keeps the citation, marked not found.
    [row] = result["responsibilities"]
    assert [(c["provision"], c["found"]) for c in row["citations"]] == [("dieu-1", True), ("dieu-2", False)]
    # A corpus without the texts (no provisions at all) cannot tell: every citation counts as found.
    regulation["provisions"] = []
    result = _check(corpus, "nhan-van-ban", "2026-03-02")
    assert result["warnings"] == []
    assert all(c["found"] for c in result["citations"])


def test_strict_non_working_due_after_and_before(synthetic_corpus):
    after = _check(synthetic_corpus, "nhan-van-ban", "2026-03-04", mode="strict")
    before = _check(synthetic_corpus, "can-y-kien-truoc", "2026-03-18", mode="strict")
    assert after["warnings"] == [{"code": "strict_non_working_due", "message": {
        "vi": "Chế độ nghiêm ngặt: hạn chót 14/03/2026 là ngày nghỉ (Nghỉ cuối tuần (Thứ Bảy)); nên hoàn thành trước đó.",
        "en": "Strict mode: the deadline 14 March 2026 is a day off (Weekend (Saturday)); plan to finish before it."}}]
    assert before["warnings"] == [{"code": "strict_non_working_due", "message": {
        "vi": "Chế độ nghiêm ngặt: hạn chót 08/03/2026 là ngày nghỉ (Nghỉ cuối tuần (Chủ nhật)); nên hoàn thành trước đó.",
        "en": "Strict mode: the deadline 8 March 2026 is a day off (Weekend (Sunday)); plan to finish before it."}}]
    for event, day in (("nhan-van-ban", "2026-03-04"), ("can-y-kien-truoc", "2026-03-18")):
        assert _check(synthetic_corpus, event, day)["warnings"] == []  # standard mode moves the day instead


def test_warnings_come_in_order_year_signing_then_obligations(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"][REG]["meta"]["signing_date"] = "2030-01-01"
    result = _check(corpus, "nhan-van-ban", "2027-01-31", mode="strict")  # Sunday; day 10 is in Tết 2027
    assert [w["code"] for w in result["warnings"]] == [
        "unconfirmed_year", "before_signing_date", "event_non_working", "strict_non_working_due"]


def test_liaison_and_event_citations_are_checked_against_the_text_too(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    regulation = corpus["regulations"][REG]
    regulation["provisions"] = [p for p in regulation["provisions"] if p["id"] not in ("dieu-5", "dieu-8")]
    result = _check(corpus, "bao-cao-nam", "2025-03-01")
    [liaison] = result["liaison"]
    assert [(c["provision"], c["found"]) for c in liaison["citations"]] == [("dieu-8", False)]
    found = {c["provision"]: (c["regulation"], c["found"]) for c in result["citations"]}
    assert found["dieu-5"] == (REG, False) and found["dieu-5-khoan-1"] == (REG, True)
    # Only the obligations' own citations draw a warning.
    assert result["warnings"] == []
