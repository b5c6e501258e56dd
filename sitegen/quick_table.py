"""The checker's first answer before Python boots: a table computed at build time by the engine.

For every regulation, every event, every combination of its flags, both modes and every day of the
supported years (checker.calendar), the table holds what the engine answers for each obligation: its
due-date sentence (due.summary, in the page's language) and the fixed parts of the card (action, who,
citation). The page (docs/assets/checker/checker.js) only looks an entry up by exact keys (the
regulation, "event|flags", the mode and the ISO date the URL carries) and shows it as provisional until
the Python engine in the worker answers and the page confirms both agree. No date is computed in the page.

One file per regulation and language: site/checker/quick/<regulation>.<lang>.json

  {"v": 1, "first": "2020-01-01", "days": ["2020-01-01", ...],           ISO key -> day index
   "s": [null, "Hạn chót: ...", ...],                                     the due sentences; 0 = no answer
   "rules": {"<rule>": ["action", "who", "citation"]},
   "series": {"<rule>|<mode>": [run, delta, run, delta, ...]},            per day index: string index,
                                                                          run-length coded, each run's
                                                                          index given as a delta
   "combos": {"<event>|<flag,flag>": [["<rule>", "<flag or ''>"], ...]}}  flags in the event's order

A day whose answer the engine rejects (a count that leaves the supported years) has index 0: the page
then waits for Python. tests/engine/test_quick_table.py compares the table with check().
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

from checker import calendar as cal
from checker.engine import DATED_KINDS, LANGS, MODES, TIMING_KINDS, check

VERSION = 1


def supported_days() -> list[date]:
    day, last = date(cal.FIRST_SUPPORTED_YEAR, 1, 1), date(cal.LAST_SUPPORTED_YEAR, 12, 31)
    out = []
    while day <= last:
        out.append(day)
        day += timedelta(days=1)
    return out


def flag_sets(event: dict) -> list[tuple[str, ...]]:
    """Every combination of the event's flags, each in the event's own order."""
    ids = [f["id"] for f in event.get("flags") or []]
    return [combo for size in range(len(ids) + 1) for combo in combinations(ids, size)]


def combo_key(event_id: str, flags) -> str:
    return f"{event_id}|{','.join(flags)}"


def _sample_day(days: list[date]) -> str:
    return days[len(days) // 2].isoformat()


def _summaries(timing: dict, mode: str, days: list[date], lang: str) -> list[str | None]:
    """The engine's due sentence for every day (None where the count leaves the supported years)."""
    handler = TIMING_KINDS[timing["kind"]]
    if timing["kind"] not in DATED_KINDS:  # no date in the answer: the same sentence every day
        text = handler(timing, days[0], mode)["due"]["summary"][lang]
        return [text] * len(days)
    out = []
    for day in days:
        try:
            out.append(handler(timing, day, mode)["due"]["summary"][lang])
        except cal.OutOfRange:
            out.append(None)
    return out


def _encode(values: list[str | None], strings: list, index: dict) -> list[int]:
    runs: list[int] = []
    previous = 0
    current, length = None, 0
    for value in values:
        if value is None:
            position = 0
        else:
            if value not in index:
                index[value] = len(strings)
                strings.append(value)
            position = index[value]
        if length and position == current:
            length += 1
            continue
        if length:
            runs += [length, current - previous]
            previous = current
        current, length = position, 1
    if length:
        runs += [length, current - previous]
    return runs


def regulation_tables(corpus: dict, regulation_id: str) -> dict[str, dict]:
    """{lang: table} for one regulation."""
    regulation = corpus["regulations"][regulation_id]
    rules = {r["id"]: r for r in (regulation.get("rules") or {}).get("rules") or []}
    days = supported_days()
    sample = _sample_day(days)
    out = {}
    # Obligations per (event, flags) and their fixed parts, from the engine's own answer.
    combos, fixed = {}, {}
    for event in (regulation.get("rules") or {}).get("events") or []:
        for flags in flag_sets(event):
            result = check(corpus, {"regulation": regulation_id, "event": event["id"], "date": sample,
                                    "flags": list(flags)})
            if not result.get("ok"):
                continue
            combos[combo_key(event["id"], flags)] = [[o["rule"], o["added_by_flag"] or ""] for o in result["obligations"]]
            for o in result["obligations"]:
                fixed[o["rule"]] = o
    cache: dict = {}
    for lang in LANGS:
        strings: list = [None]
        index: dict = {}
        series = {}
        for rule_id in sorted(fixed):
            timing = rules[rule_id]["timing"]
            for mode in MODES:
                key = (json.dumps(timing, sort_keys=True), mode, lang)
                if key not in cache:
                    cache[key] = _summaries(timing, mode, days, lang)
                series[f"{rule_id}|{mode}"] = _encode(cache[key], strings, index)
        out[lang] = {
            "v": VERSION,
            "days": [d.isoformat() for d in days],
            "s": strings,
            "rules": {rule_id: [o["action"][lang], (o["actor"] or {}).get("name", {}).get(lang, ""),
                                o["citation"][lang]] for rule_id, o in sorted(fixed.items())},
            "series": series,
            "combos": combos,
        }
    return out


def lookup(table: dict, event_id: str, flags, mode: str, iso: str):
    """What the page shows for a scenario, read from the table the way checker.js reads it (for tests):
    [(rule, flag, sentence, action, who, citation)], or None when the table has no answer."""
    combo = table["combos"].get(combo_key(event_id, flags))
    if combo is None or iso not in table["days"]:
        return None
    position = table["days"].index(iso)
    out = []
    for rule_id, flag in combo:
        runs = table["series"].get(f"{rule_id}|{mode}")
        if runs is None:
            return None
        value, seen = 0, 0
        for i in range(0, len(runs), 2):
            value += runs[i + 1]
            seen += runs[i]
            if position < seen:
                break
        if value == 0:
            return None
        out.append((rule_id, flag, table["s"][value], *table["rules"][rule_id]))
    return out


def write_tables(site_dir: Path, corpus: dict) -> dict:
    target = Path(site_dir) / "checker" / "quick"
    target.mkdir(parents=True, exist_ok=True)
    files = []
    for regulation_id in corpus["regulations"]:
        for lang, table in regulation_tables(corpus, regulation_id).items():
            path = target / f"{regulation_id}.{lang}.json"
            path.write_text(json.dumps(table, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
            files.append({"file": f"checker/quick/{path.name}", "size": path.stat().st_size})
    return {"files": files}


def main(argv: list[str]) -> int:
    import gzip
    import sys

    from checker.corpus import load_corpus

    corpus = load_corpus(Path(argv[1]) if len(argv) > 1 else Path("regulations"))
    total = 0
    for regulation_id in corpus["regulations"]:
        for lang, table in regulation_tables(corpus, regulation_id).items():
            raw = json.dumps(table, ensure_ascii=False, separators=(",", ":")).encode()
            packed = len(gzip.compress(raw, 9))
            total += packed
            print(f"{regulation_id}.{lang}.json  {len(raw):>8} bytes  {packed:>7} gzip", file=sys.stdout)
    print(f"total gzip {total} bytes")
    return 0


if __name__ == "__main__":
    import sys

    sys.exit(main(sys.argv))
