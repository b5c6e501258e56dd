"""Small helpers shared by the engine tests."""

from checker.engine import check

LAO_CAI = "lao-cai-vks-xa-phuong"
QD380 = "380-qd-tw"


def run(corpus, regulation, event, day, **extra):
    result = check(corpus, {"regulation": regulation, "event": event, "date": day, **extra})
    assert result["ok"], result.get("errors")
    return result


def obligation(result, rule_id):
    matches = [o for o in result["obligations"] if o["rule"] == rule_id]
    assert len(matches) == 1, [o["rule"] for o in result["obligations"]]
    return matches[0]


def days_with(ob, status):
    return [d["date"] for d in ob["counting"]["days"] if d["status"] == status]


def bilingual_maps(value, path="$"):
    """Every {"vi", "en"} map inside a result, with where it is."""
    if isinstance(value, dict):
        if set(value) == {"vi", "en"}:
            yield path, value
            return
        for key, item in value.items():
            yield from bilingual_maps(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from bilingual_maps(item, f"{path}[{i}]")
