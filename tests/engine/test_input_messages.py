"""Messages a form user sees: they name things by the labels the form shows."""
from checker.engine import check


def test_an_empty_date_field_is_reported_as_missing(corpus):
    result = check(corpus, {"regulation": "lao-cai-vks-xa-phuong", "event": "meeting-planned", "date": ""})
    assert result["ok"] is False
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("date", "missing")]
    assert result["errors"][0]["message"] == {"vi": "Thiếu ngày xảy ra sự kiện.", "en": "The event date is missing."}


def test_a_flag_that_does_not_apply_names_the_event_and_flags_by_their_labels(corpus):
    result = check(corpus, {"regulation": "lao-cai-vks-xa-phuong", "event": "meeting-planned",
                            "date": "2026-01-05", "flags": ["complex"]})
    (error,) = result["errors"]
    event = next(e for e in corpus["regulations"]["lao-cai-vks-xa-phuong"]["rules"]["events"]
                 if e["id"] == "meeting-planned")
    assert error["field"] == "flags"
    for lang in ("vi", "en"):
        assert f'"{event["label"][lang]}"' in error["message"][lang]
    assert error["message"]["vi"].startswith("Tình tiết 'complex'")


def test_the_flags_that_do_apply_are_listed_with_their_labels(corpus):
    result = check(corpus, {"regulation": "380-qd-tw", "event": "annual-report",
                            "date": "2026-01-05", "flags": ["complex"]})
    assert result["ok"] is False
    result = check(corpus, {"regulation": "lao-cai-vks-xa-phuong", "event": "opinion-request-received",
                            "date": "2026-01-05", "flags": ["urgent"]})
    (error,) = result["errors"]
    flag = next(e for e in corpus["regulations"]["lao-cai-vks-xa-phuong"]["rules"]["events"]
                if e["id"] == "opinion-request-received")["flags"][0]
    for lang in ("vi", "en"):
        assert f"{flag['label'][lang]} (complex)" in error["message"][lang]
