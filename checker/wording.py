"""How a time limit and a regulation read, in both languages: one wording for the site, the training kit,
the command line and the browser.

    timing_text({"kind": "within", "count": 5, "unit": "working_days", "from": "receipt"})
        -> {"vi": "trong 05 ngày làm việc kể từ khi nhận được văn bản",
            "en": "within 5 working days from receipt of the document"}

Counts are written as the sources write them: two digits in Vietnamese ("05 ngày"), plain in English.
"""

from __future__ import annotations

from datetime import date, timedelta

from .formats import day_month
from .messages import text


def _unit(unit: str) -> dict:
    return text(f"unit.{unit}")


def timing_text(timing: dict) -> dict:
    """The time limit of a rule, as a phrase: {"vi": ..., "en": ...}."""
    kind = timing["kind"]
    if kind == "within":
        return text("timing.within", count=_count(timing["count"]), unit=_unit(timing["unit"]),
                    start=text(f"from.{timing['from']}"))
    if kind == "before":
        return text("timing.before", count=_count(timing["count"]), unit=_unit(timing["unit"]))
    if kind == "annual_before":
        return text("timing.annual_before", day_month=day_month(timing["day"], timing["month"]))
    if kind == "periodic":
        return text("timing.periodic", period=timing["period"])
    return text("timing.none")


def counted_text(timing: dict) -> dict:
    """One sentence on how the period is counted; the full conventions are on the counting page."""
    kind, unit = timing["kind"], timing.get("unit")
    if kind == "within":
        return text(f"counted.within.{unit}")
    if kind == "before":
        return text("counted.before", count=_count(timing["count"]), unit=_unit(unit))
    if kind == "annual_before":
        # The latest day is the one before the fixed day, in a year without 29 February: the rule is yearly.
        latest = date(2001, timing["month"], timing["day"]) - timedelta(days=1)
        return text("counted.annual_before", day_month=day_month(timing["day"], timing["month"]),
                    latest=day_month(latest.day, latest.month))
    return dict(timing["reason"])


def regulation_label(meta: dict) -> dict:
    """Short name of a regulation: type and number, or type and issuing body when the number is unknown."""
    if meta["number"] != "unknown":
        return text("regulation.label", type=meta["type"], number=meta["number"])
    return text("regulation.label_no_number", type=meta["type"], issuing_body=meta["issuing_body"])


def _count(count: int) -> dict:
    return {"vi": f"{count:02d}", "en": str(count)}

