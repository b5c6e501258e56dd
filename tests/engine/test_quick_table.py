"""The first-answer table (sitegen/quick_table.py) against the engine's own answers (checker.engine.check).

The page shows the table's sentences before Python boots, so every entry must be what check() says.
Checked here: every (regulation, event, flag combination, mode) on the first 45 and last 75 days of the
supported years (where counts leave the range and the table must have no answer), every day of the
first quarter of 2025 (Tết) for one dated event, and 1,500 scenarios drawn at random (seeded) over the
whole table: about 5,000 calls of check() in both languages. The builder itself reads the engine's
timing handlers for every day, so what is compared here is the encoding and the lookup as well.
"""

from __future__ import annotations

import copy
import random
from datetime import date, timedelta

import pytest

from checker import calendar as cal
from checker.engine import LANGS, MODES, check
from sitegen import quick_table

RANDOM_SAMPLE = 1500
EDGE_FIRST, EDGE_LAST = 45, 75


@pytest.fixture(scope="module")
def tables(corpus) -> dict:
    return {rid: quick_table.regulation_tables(corpus, rid) for rid in corpus["regulations"]}


def combos(corpus):
    for rid, regulation in corpus["regulations"].items():
        for event in regulation["rules"]["events"]:
            for flags in quick_table.flag_sets(event):
                yield rid, event["id"], flags


def expected(result: dict, lang: str):
    if not result.get("ok"):
        return None
    return [(o["rule"], o["added_by_flag"] or "", o["due"]["summary"][lang], o["action"][lang],
             (o["actor"] or {}).get("name", {}).get(lang, ""), o["citation"][lang]) for o in result["obligations"]]


def mismatches(corpus, tables, scenarios) -> list:
    wrong = []
    for rid, event_id, flags, mode, iso in scenarios:
        result = check(corpus, {"regulation": rid, "event": event_id, "date": iso, "flags": list(flags), "mode": mode})
        for lang in LANGS:
            got = quick_table.lookup(tables[rid][lang], event_id, flags, mode, iso)
            if got != expected(result, lang):
                wrong.append((rid, event_id, flags, mode, iso, lang))
    return wrong


def sample(corpus) -> list:
    days = quick_table.supported_days()
    edge = days[:EDGE_FIRST] + days[-EDGE_LAST:]
    scenarios = [(rid, e, f, m, d.isoformat()) for rid, e, f in combos(corpus) for m in MODES for d in edge]
    tet = [date(2025, 1, 1) + timedelta(days=i) for i in range(90)]
    scenarios += [("lao-cai-vks-xa-phuong", "opinion-request-received", flags, mode, d.isoformat())
                  for flags in ((), ("complex",)) for mode in MODES for d in tet]
    everything = [(rid, e, f) for rid, e, f in combos(corpus)]
    rng = random.Random(14)
    for _ in range(RANDOM_SAMPLE):
        rid, e, f = rng.choice(everything)
        scenarios.append((rid, e, f, rng.choice(MODES), rng.choice(days).isoformat()))
    return scenarios


def test_the_table_covers_every_event_flag_combination_and_day(corpus, tables):
    days = quick_table.supported_days()
    assert days[0] == date(cal.FIRST_SUPPORTED_YEAR, 1, 1) and days[-1] == date(cal.LAST_SUPPORTED_YEAR, 12, 31)
    for rid, event_id, flags in combos(corpus):
        for lang in LANGS:
            table = tables[rid][lang]
            assert quick_table.combo_key(event_id, flags) in table["combos"], (rid, event_id, flags)
            for rule_id, _ in table["combos"][quick_table.combo_key(event_id, flags)]:
                for mode in MODES:
                    assert sum(table["series"][f"{rule_id}|{mode}"][::2]) == len(days), (rule_id, mode)


def test_the_table_agrees_with_the_engine(corpus, tables):
    scenarios = sample(corpus)
    assert len(scenarios) > 4000
    wrong = mismatches(corpus, tables, scenarios)
    assert not wrong, wrong[:10]


def test_the_table_has_answers_and_gaps_where_the_engine_has(corpus, tables):
    """Both kinds of entry are exercised: dated answers, and days the engine rejects (no answer)."""
    table = tables["lao-cai-vks-xa-phuong"]["vi"]
    assert quick_table.lookup(table, "opinion-request-received", (), "standard", "2025-04-25")
    assert quick_table.lookup(table, "opinion-request-received", (), "standard", "2035-12-31") is None
    assert quick_table.lookup(table, "opinion-request-received", ("nope",), "standard", "2025-04-25") is None


def test_a_wrong_entry_is_caught(corpus, tables):
    """The comparison can fail: shift one run of a dated rule's series by one sentence."""
    broken = copy.deepcopy(tables)
    table = broken["lao-cai-vks-xa-phuong"]["vi"]
    rule_id = table["combos"]["opinion-request-received|"][0][0]
    runs = table["series"][f"{rule_id}|standard"]
    position = sum(runs[0:200:2])  # the day where run 100 starts
    runs[201] += 1
    iso = table["days"][position]
    scenario = ("lao-cai-vks-xa-phuong", "opinion-request-received", (), "standard", iso)
    assert mismatches(corpus, tables, [scenario]) == []
    assert mismatches(corpus, broken, [scenario])
