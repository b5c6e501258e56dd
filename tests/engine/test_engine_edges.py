"""check() and catalog() at their edges, on the synthetic corpus: broken data, fallbacks, exact error texts."""

import copy

import pytest

from checker.engine import catalog, check

REG = "vi-du-thoi-han"
BASE = {"regulation": REG, "event": "nhan-van-ban", "date": "2026-03-02"}


def _rule(corpus, rule_id):
    return next(r for r in corpus["regulations"][REG]["rules"]["rules"] if r["id"] == rule_id)


def _errors(result):
    assert result["ok"] is False
    return [(e["field"], e["code"], e["message"]) for e in result["errors"]]


@pytest.mark.parametrize("rule_id, timing, detail", [
    ("r-trong-10-ngay", {"kind": "within", "count": 10, "unit": "weeks", "from": "receipt"}, "ValueError(\"unit 'weeks'\")"),
    ("r-trong-10-ngay", {"kind": "fortnightly"}, "ValueError(\"timing kind 'fortnightly'\")"),
    ("r-trong-10-ngay", {"count": 10}, "ValueError('timing kind None')"),
])
def test_broken_timing_is_a_bad_rule_data_error_with_the_detail(synthetic_corpus, rule_id, timing, detail):
    corpus = copy.deepcopy(synthetic_corpus)
    _rule(corpus, rule_id)["timing"] = timing
    assert _errors(check(corpus, BASE)) == [("corpus", "bad_rule_data", {
        "vi": f"Dữ liệu của quy tắc {rule_id} không dùng được: {detail}.",
        "en": f"The data of rule {rule_id} cannot be used: {detail}."})]


def test_broken_before_unit(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    _rule(corpus, "r-truoc-10-ngay")["timing"]["unit"] = "months"
    [(_, code, message)] = _errors(check(corpus, {**BASE, "event": "can-y-kien-truoc"}))
    assert code == "bad_rule_data" and message["en"].endswith("""cannot be used: ValueError("unit 'months'").""")


def test_an_event_naming_a_missing_rule(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"][REG]["rules"]["events"][0]["rules"].append("r-khong-co")
    assert _errors(check(corpus, BASE)) == [("corpus", "bad_rule_data", {
        "vi": "Dữ liệu của quy tắc r-khong-co không dùng được: KeyError('r-khong-co').",
        "en": "The data of rule r-khong-co cannot be used: KeyError('r-khong-co')."})]


def test_an_unexpected_failure_is_an_internal_error_not_an_exception(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"][REG]["rules"] = ["not", "a", "mapping"]
    detail = "AttributeError(\"'list' object has no attribute 'get'\")"
    assert _errors(check(corpus, BASE)) == [("scenario", "internal_error", {
        "vi": f"Lỗi không lường trước trong bộ tính hạn: {detail}. Xin báo lại cho nhóm dự án.",
        "en": f"Unexpected error in the checker: {detail}. Please report it to the project."})]


def test_bad_corpus_and_empty_choices(synthetic_corpus):
    assert _errors(check({"regulations": None}, BASE)) == [("corpus", "bad_corpus", {
        "vi": "Dữ liệu kho văn bản không dùng được: regulations.",
        "en": "The corpus data cannot be used: regulations."})]
    # No regulation at all: the list of choices says "-".
    [(_, code, message)] = _errors(check({"regulations": {}}, BASE))
    assert code == "unknown_regulation" and message["en"] == "There is no regulation 'vi-du-thoi-han'. Regulations: -."
    # A regulation that is not a mapping is as good as absent.
    [(_, code, _)] = _errors(check({"regulations": {REG: "text"}}, BASE))
    assert code == "unknown_regulation"
    # A regulation without events: "-" again.
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"][REG]["rules"]["events"] = []
    [(_, code, message)] = _errors(check(corpus, BASE))
    assert message["en"] == "Regulation vi-du-thoi-han has no event 'nhan-van-ban'. Events: -."
    del corpus["regulations"][REG]["rules"]
    [(_, code, message)] = _errors(check(corpus, BASE))
    assert code == "unknown_event" and message["vi"].endswith("Các sự kiện có: -.")


def test_an_unknown_party_falls_back_to_its_id(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"][REG]["rules"]["parties"] = [{"id": "ben-nhan", "vi": "Bên nhận"}]
    result = check(corpus, BASE)
    reply = result["obligations"][0]
    assert reply["actor"] == {"id": "ben-nhan", "name": {"vi": "Bên nhận", "en": "ben-nhan"}}
    assert reply["towards"] == {"id": "ben-yeu-cau", "name": {"vi": "ben-yeu-cau", "en": "ben-yeu-cau"}}


def test_optional_rule_fields_and_unknown_labels(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    regulation = corpus["regulations"][REG]
    for rule in regulation["rules"]["rules"]:
        for key in ("towards", "consequence", "notes"):
            rule.pop(key, None)
    for key in ("matrix", "liaison", "parties"):
        del regulation["rules"][key]
    del regulation["rules"]["events"][0]["cites"]
    regulation["meta"]["number"] = "unknown"
    del regulation["meta"]["title"]
    regulation["provisions"] = []
    result = check(corpus, BASE)
    assert result["ok"], result.get("errors")
    assert result["regulation"] == {"id": REG, "number": None, "title": {"vi": REG, "en": REG}}
    assert [(o["towards"], o["consequence"], o["notes"]) for o in result["obligations"]] == [(None, None, None)] * 2
    assert result["responsibilities"] == [] and result["liaison"] == []
    assert [c["provision"] for c in result["citations"]] == ["dieu-1", "dieu-2"]
    assert catalog(corpus)["regulations"][0]["number"] is None
    assert catalog(corpus)["regulations"][0]["title"] == {"vi": REG, "en": REG}


def test_catalog_lists_regulations_events_and_flags(synthetic_corpus):
    listing = catalog(synthetic_corpus)
    assert listing["ok"] is True and listing["schema_version"] == 1
    assert listing["calendar"] == {"source": listing["calendar"]["source"], "first_year": 2020, "last_year": 2035,
                                   "last_confirmed_year": 2026}
    [regulation] = listing["regulations"]
    assert regulation["id"] == REG and regulation["number"] == "99-QC/VD"
    assert regulation["title"]["en"] == "Example regulation on the kinds of time limit (for tests)"
    assert [e["id"] for e in regulation["events"]] == ["nhan-van-ban", "can-y-kien-truoc", "bao-cao-nam",
                                                       "phat-hien-vi-pham"]
    violation = regulation["events"][3]
    assert violation == {"id": "phat-hien-vi-pham", "label": {"vi": "Phát hiện vi phạm", "en": "Violation found"},
                         "date_means": {"vi": "Ngày phát hiện", "en": "Day found"},
                         "flags": [{"id": "phuc-tap", "label": {"vi": "Trường hợp phức tạp", "en": "Complex case"}}]}
    assert regulation["events"][0]["flags"] == []
    assert [(e["field"], e["code"]) for e in catalog(None)["errors"]] == [("corpus", "bad_corpus")]
    assert catalog(None)["ok"] is False


def test_an_event_without_flags_key_accepts_no_flags(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    event = corpus["regulations"][REG]["rules"]["events"][3]
    event.pop("flags")
    event.pop("rules")
    result = check(corpus, {**BASE, "event": "phat-hien-vi-pham"})
    assert result["ok"] and result["obligations"] == [] and result["event"]["available_flags"] == []
    [error] = check(corpus, {**BASE, "event": "phat-hien-vi-pham", "flags": ["phuc-tap"]})["errors"]
    assert error["message"]["en"] == ("The flag 'phuc-tap' does not apply to the event \"Violation found\". "
                                      "This event has no flags.")
    event.pop("label")
    [error] = check(corpus, {**BASE, "event": "phat-hien-vi-pham", "flags": ["x"]})["errors"]
    assert "phat-hien-vi-pham" in error["message"]["en"]


def test_error_choices_are_listed_with_commas(synthetic_corpus):
    corpus = copy.deepcopy(synthetic_corpus)
    corpus["regulations"]["vi-du-khac"] = corpus["regulations"][REG]
    [error] = check(corpus, {**BASE, "regulation": "khong-co"})["errors"]
    assert error["message"]["en"] == "There is no regulation 'khong-co'. Regulations: vi-du-khac, vi-du-thoi-han."
    event = corpus["regulations"][REG]["rules"]["events"][3]
    event["flags"].append({"id": "khan", "label": {"vi": "Khẩn", "en": "Urgent"}, "adds_rules": []})
    [error] = check(corpus, {**BASE, "event": "phat-hien-vi-pham", "flags": ["x"]})["errors"]
    assert error["message"]["vi"].endswith("Tình tiết áp dụng được: Trường hợp phức tạp (phuc-tap), Khẩn (khan).")
    assert error["message"]["en"].endswith("Flags that apply: Complex case (phuc-tap), Urgent (khan).")
