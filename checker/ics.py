"""iCalendar export of a check() result: one all-day event per dated obligation.

Each event has a short title (what is due and under which provision; the whole action, the parties and the
consequence are in the description), a reminder (VALARM) the working day before at 09:00, and, when the
site's address is known (site_url), an absolute link to the provision. Without site_url there is no link:
a root-relative address does nothing in a calendar program.

The output is deterministic: the same result gives the same bytes (UIDs from the scenario and the rule,
DTSTAMP from the scenario's date rather than the clock), so a re-import updates events instead of
duplicating them and tests can compare files.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event

from .languages import LANGS
from .messages import text

PRODID = "-//quy-che-phoi-hop//checker//VI-EN"
UID_DOMAIN = "checker.quy-che-phoi-hop"
# The reminder: 15 hours before the all-day event starts, i.e. 09:00 the day before.
REMINDER_BEFORE = timedelta(hours=15)
# Longest action shown in an event's title; longer ones are cut at a word and end with "…".
TITLE_ACTION_CHARS = 60


def _uid(result: dict, obligation: dict, kind: str) -> str:
    scenario = result["scenario"]
    key = "|".join([scenario["regulation"], scenario["event"], scenario["date"], ",".join(scenario["flags"]),
                    scenario["mode"], obligation["rule"], kind])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32] + "@" + UID_DOMAIN


def _pick(value, lang: str) -> str:
    return value[lang] if isinstance(value, dict) else ("" if value is None else str(value))


def provision_link(obligation: dict, lang: str, site_url: str | None) -> str | None:
    """Absolute address of the obligation's first provision, or None without site_url."""
    if not site_url or not obligation["citations"]:
        return None
    return site_url.rstrip("/") + "/" + obligation["citations"][0]["url"][lang].lstrip("/")


def short_action(action: str) -> str:
    if len(action) <= TITLE_ACTION_CHARS:
        return action
    cut = action[:TITLE_ACTION_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:")
    return cut + "…"


def _description(result: dict, obligation: dict, lang: str, site_url: str | None = None) -> str:
    regulation = result["regulation"]
    reg_label = regulation["number"] or _pick(regulation["title"], lang)
    towards = _pick(obligation["towards"]["name"], lang) if obligation["towards"] else "-"
    description = _pick(text(
        "ics.description",
        action=obligation["action"],
        actor=obligation["actor"]["name"],
        towards=towards,
        due=obligation["due"]["summary"],
        citation=obligation["citation"],
        regulation=reg_label,
    ), lang)
    if obligation["consequence"]:
        description += "\n" + _pick(text("ics.consequence", consequence=obligation["consequence"]), lang)
    link = provision_link(obligation, lang, site_url)
    if link:
        description += "\n" + link
    return description


def _event(result: dict, obligation: dict, day: str, summary_key: str, kind: str, lang: str,
           site_url: str | None = None) -> Event:
    start = date.fromisoformat(day)
    stamp = datetime.combine(date.fromisoformat(result["scenario"]["date"]), datetime.min.time(), tzinfo=timezone.utc)
    event = Event()
    event.add("uid", _uid(result, obligation, kind))
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(days=1))
    summary = _pick(text(summary_key, action={k: short_action(v) for k, v in obligation["action"].items()},
                         citation=obligation["citation"]), lang)
    event.add("summary", summary)
    event.add("description", _description(result, obligation, lang, site_url))
    link = provision_link(obligation, lang, site_url)
    if link:
        event.add("url", link)
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", summary)
    alarm.add("trigger", -REMINDER_BEFORE)
    event.add_component(alarm)
    return event


def dated_events(result: dict) -> list[tuple[dict, str, str, str]]:
    """(obligation, day, summary key, kind) for every calendar entry a result gives."""
    out = []
    for obligation in result.get("obligations", []):
        due = obligation["due"]
        if not due["date"]:
            continue
        out.append((obligation, due["date"], "ics.summary", "due"))
        last = due.get("latest_working_day")
        if last and last != due["date"]:
            out.append((obligation, last, "ics.summary_last_working_day", "last-working-day"))
    return out


def to_ics(result: dict, lang: str = "vi", site_url: str | None = None) -> bytes:
    """The dated obligations of a successful check() result as an iCalendar file (bytes, UTF-8).
    site_url: the site's address (mkdocs.yml site_url), for absolute links to the provisions; None: no link."""
    if lang not in LANGS:
        lang = "vi"
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    if result.get("ok"):
        regulation = result["regulation"]
        name = text("ics.calendar_name", regulation=regulation["number"] or regulation["title"])
        calendar.add("x-wr-calname", name[lang])
        for obligation, day, summary_key, kind in dated_events(result):
            calendar.add_component(_event(result, obligation, day, summary_key, kind, lang, site_url))
    return calendar.to_ical()
