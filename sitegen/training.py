"""Generate the training kit (issue 6) into the temporary docs dir before MkDocs runs.

    generate_training_pages(corpus, docs_dir)

writes docs_dir/training/: per regulation, its own kit (training/<id>/: its worked scenarios, self-check,
presenter view, worksheet and a page that prints its handout and scenarios) and its printable handout
(training/handout-<id>/); for the whole site, an index that lists the regulations and, at the kit's
former one-page addresses (training/scenarios/, ...), a page that leads to each regulation's. No page
gathers every regulation's scenarios: such a page grew by tens of kilobytes per regulation
(docs/method/scale.md). Vietnamese pages are `x.md`, English pages `x.en.md` (mkdocs-static-i18n, suffix
structure).

The scenarios are data (regulations/<id>/scenarios.yml: a story, a question, the checker's inputs and
the expected answer), loaded and validated with the rest of the corpus by checker.corpus, which hands
them over as corpus["regulations"][id]["scenarios"]. Every answer, every counted or skipped day and every citation on these pages comes from running the
checker (checker.engine.check) here, at build time; the wrong options of the self-check come from
running the same checker on a mistaken reading (calendar days for working days, the other counting
mode, the day of receipt counted, a confusion with another rule). Nothing is typed by hand, so a
change in rules.yml or in the holiday calendar changes the pages. The browser gets plain HTML plus a
small script that only shows and hides what is already there.

Run alone to check the scenarios: `python -m sitegen.training [regulations_root]`.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
import sys
from pathlib import Path
from typing import Any, Callable

from checker import ids
from checker.formats import WEEKDAYS_SHORT, long_date, short_date
from checker.languages import LANGS
from checker.messages import MESSAGES, text, word
from checker.wording import regulation_label, timing_text

from . import links
from .render import render
from .views import capitalize

REPO = Path(__file__).resolve().parents[1]

OUT = "training"
ASSETS = "assets/training"
MAX_DATE_OPTIONS = 4
MAX_PARTY_OPTIONS = 4
SEARCH_BOOST = 0.2  # long training pages rank below the provisions (boost 4, hooks/search_index.py)

__all__ = ["generate_training_pages", "load_scenarios", "work_out", "ScenarioError", "main"]


class ScenarioError(Exception):
    """A scenario the pages cannot be built from (the checker rejects it, or its answer lacks the obligation
    asked about), located by the file and line of the scenario in scenarios.yml, in both languages."""

    def __init__(self, path: Path | str, line: int, key: str, **params):
        message = text(key, **params)
        self.path, self.line, self.vi, self.en = str(path), line, message["vi"], message["en"]
        super().__init__(f"{path}:{line}: {self.vi} / {self.en}")


# ---------------------------------------------------------------------------------------------
# Words of the pages: the catalogue (checker.messages, "training.*"), one language at a time

def label(key: str, lang: str) -> str:
    """A word of the kit: its own (training.*) or one shared by every front end (label.*, legend.*, ...)."""
    return word(key, lang, "training")


def mistake(key: str) -> dict:
    """Why a wrong option is wrong ({vi, en}): each key is a way a trainee misreads the rule."""
    return MESSAGES[f"training.mistake.{key}"]


def bi(value: Any, lang: str) -> str:
    """The text of a {vi, en} map in one language ('' for None)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("vi") or "")
    return str(value)


# ---------------------------------------------------------------------------------------------
# Citations: how provision ids read, and where they live on the site

def cite_label(pid: str, lang: str) -> str:
    """'điểm b khoản 2 Điều 5' / 'Article 5(2)(b)': the id grammar's own wording (checker.ids)."""
    return ids.citation(pid)[lang]


class Site:
    """Relative links from a generated page (sitegen.links), so the site works under any base path.

    A page training/x.md is served at <lang root>training/x/; the Vietnamese root is the site root
    and the English root is en/ (mkdocs-static-i18n)."""

    def __init__(self, lang: str, page: str):
        self.lang = lang
        # "index" is training/, "<id>/index" training/<id>/, "<id>/scenarios" training/<id>/scenarios/
        folder = page[:-len("index")] if page == "index" or page.endswith("/index") else f"{page}/"
        self.url = f"{OUT}/{folder}"
        self.lang_root = links.rel(self.url, "")

    def provision(self, regulation: str, pid: str) -> str:
        return links.rel(self.url, links.regulation_url(regulation, pid))

    def checker(self, scenario: dict) -> str:
        query = {"regulation": scenario["regulation"], "event": scenario["event"], "date": scenario["date"]}
        if scenario.get("flags"):
            query["flags"] = ",".join(scenario["flags"])
        query["mode"] = scenario.get("mode", "standard")
        return links.rel(self.url, links.checker_url(query))

    def asset(self, name: str) -> str:
        return links.rel_shared(self.url, f"{ASSETS}/{name}", self.lang)


# ---------------------------------------------------------------------------------------------
# The checker, and how its answer reads here

def _engine() -> Callable[[dict, dict], dict]:
    from checker.engine import check  # imported late: the engine is another helper's module

    return check


def run_checker(corpus: dict, scenario: dict, lang: str = "vi") -> dict:
    query = {
        "regulation": scenario["regulation"],
        "event": scenario["event"],
        "date": scenario["date"],
        "flags": list(scenario.get("flags") or []),
        "mode": scenario.get("mode", "standard"),
        "lang": lang,
    }
    return _engine()(corpus, query)


def _date(value: Any) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _day(entry: dict) -> dict:
    kind = entry.get("kind")
    kinds = {"weekend": {"weekend"}, "holiday": {"holiday"}, "swap_day_off": {"holiday"}, "swap_workday": {"swap"}}.get(kind, set())
    status = entry.get("status")
    return {
        "date": _date(entry["date"]),
        "status": status,  # event | counted | skipped | moved | reference | working
        "n": entry.get("n"),
        "kind": kind,
        "kinds": kinds,
        "reason": entry.get("reason"),
        "marks": list(entry.get("marks") or []),
    }


def normalise(result: dict) -> list[dict]:
    """The obligations of a checker result, with dates as dates: what the pages draw."""
    out = []
    for ob in result.get("obligations", []):
        due = ob.get("due") or {}
        counting = ob.get("counting") or {}
        out.append({
            "rule": ob.get("rule"),
            "actor": _named(ob.get("actor")),
            "towards": _named(ob.get("towards")),
            "action": ob.get("action"),
            "due": _date(due.get("date")),
            "latest_working_day": _date(due.get("latest_working_day")),
            "no_date": due.get("reason"),
            "summary": due.get("summary"),
            "method": counting.get("explanation"),
            "reference": _date(counting.get("reference")),
            "days": [_day(d) for d in counting.get("days", [])],
            "consequence": ob.get("consequence"),
            "notes": ob.get("notes"),
            "warnings": [w.get("message") for w in ob.get("warnings", [])],
            "citations": [{"regulation": c.get("regulation"), "provision": c["provision"], "label": c.get("human")}
                          for c in ob.get("citations", [])],
        })
    return out


def _named(party: dict | None) -> dict | None:
    """A party as {id, vi, en}, whichever way the checker nests the names."""
    if not party:
        return None
    names = party.get("name") if isinstance(party.get("name"), dict) else party
    return {"id": party.get("id"), "vi": names.get("vi", party.get("id")), "en": names.get("en", party.get("id"))}


# ---------------------------------------------------------------------------------------------
# Scenarios: read from the compiled corpus

def load_scenarios(corpus: dict, regulations_root: Path | None = None) -> list[dict]:
    """Every scenario of every regulation, in the shape the pages use.

    checker.corpus loads and validates regulations/<id>/scenarios.yml (checker/corpus_scenarios.py):
    unknown events, flags or rules are reported there as file:line, by `make validate`. Here they are
    only reshaped; `regulations_root` only names the file in the messages of a failing checker run."""
    root = Path(regulations_root) if regulations_root else REPO / "regulations"
    found: list[dict] = []
    for rid, reg in corpus["regulations"].items():
        for sc in reg.get("scenarios", []):
            inputs = sc["scenario"]
            check = sc["self_check"]
            found.append({
                "id": sc["id"],
                "regulation": rid,
                "title": sc["title"],
                "story": {k: " ".join(sc["story"][k].split()) for k in LANGS},
                "question": sc["question"],
                "inputs": {"regulation": rid, "event": inputs["event"], "date": inputs["date"],
                           "flags": list(inputs.get("flags", [])), "mode": inputs.get("mode", "standard")},
                "check": {"type": check["type"], "rule": check.get("rule"), "ask": check.get("ask", "actor"),
                          "confusions": [dict(c) for c in check.get("confusions", [])]},
                "expect": sc["expect"],
                "source": (str(root / rid / "scenarios.yml"), sc.get("line", 0)),
            })
    return found


# ---------------------------------------------------------------------------------------------
# Working a scenario out with the checker

def _party(reg: dict, pid: str | None) -> dict | None:
    if not pid:
        return None
    for party in reg["rules"].get("parties", []):
        if party["id"] == pid:
            return {"id": pid, "vi": party["vi"], "en": party["en"]}
    return {"id": pid, "vi": pid, "en": pid}


def _rule(reg: dict, rid: str | None) -> dict | None:
    return next((r for r in reg["rules"].get("rules", []) if r["id"] == rid), None)


def _checked(corpus: dict, inputs: dict, where: tuple[str, int]) -> list[dict]:
    result = run_checker(corpus, inputs)
    if not result.get("ok", True) or result.get("errors"):
        messages = "; ".join(bi(e.get("message"), "vi") for e in result.get("errors", []))
        messages_en = "; ".join(bi(e.get("message"), "en") for e in result.get("errors", []))
        raise ScenarioError(*where, "training.error.checker", detail={"vi": messages, "en": messages_en})
    return normalise(result)


def _focus(obligations: list[dict], check: dict, where: tuple[str, int]) -> dict:
    if check.get("rule"):
        for ob in obligations:
            if ob["rule"] == check["rule"]:
                return ob
        raise ScenarioError(*where, "training.error.no_obligation", rule=check["rule"])
    if check["type"] == "choose-date":
        for ob in obligations:
            if ob["due"]:
                return ob
    if not obligations:
        raise ScenarioError(*where, "training.error.no_obligations")
    return obligations[0]


def _answer_date(ob: dict) -> dt.date | None:
    """The date a trainee should give: the last working day where the text's date is a day off."""
    return ob.get("latest_working_day") or ob.get("due")


def _with_rule_unit(corpus: dict, regulation: str, rule_id: str, unit: str) -> dict:
    """A copy of the corpus where one rule counts in another unit: the checker's answer to a misreading.

    Only that regulation is copied: a copy of the whole corpus per question made the build quadratic in
    the number of regulations (docs/method/scale.md)."""
    changed = {**corpus, "regulations": {**corpus["regulations"],
                                         regulation: copy.deepcopy(corpus["regulations"][regulation])}}
    for rule in changed["regulations"][regulation]["rules"]["rules"]:
        if rule["id"] == rule_id:
            rule["timing"]["unit"] = unit
    return changed


def _shift(iso: str, days: int) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=days)).isoformat()


def _weekends_only(start: dt.date, count: int, direction: int) -> dt.date:
    """Naive count that skips Saturdays and Sundays only: the mistake, not a rule of the site."""
    day, left = start, count
    while left:
        day += dt.timedelta(days=direction)
        if day.weekday() < 5:
            left -= 1
    return day


def _date_options(corpus: dict, sc: dict, ob: dict) -> list[dict]:
    """The checker's date and the dates common misreadings give, each with why it is wrong."""
    inputs, reg = sc["inputs"], corpus["regulations"][sc["regulation"]]
    right = _answer_date(ob)
    options: list[dict] = [{"date": right, "correct": True, "why": None}]

    def add(day: dt.date | None, why: dict) -> None:
        if day and all(o["date"] != day for o in options):
            options.append({"date": day, "correct": False, "why": why})

    def answer_for(corpus_: dict, inputs_: dict) -> dt.date | None:
        try:
            obs = _checked(corpus_, inputs_, sc["source"])
        except ScenarioError:
            return None
        same = [o for o in obs if o["rule"] == ob["rule"]] or obs
        return _answer_date(same[0]) if same else None

    rule = _rule(reg, ob["rule"]) or {}
    timing = rule.get("timing") or {}
    kind, unit, count = timing.get("kind"), timing.get("unit"), timing.get("count")
    event_day = dt.date.fromisoformat(inputs["date"])
    if right is None:  # no fixed date: the answer is "none", the wrong options are dates
        options[0]["label"] = ob.get("no_date")
    if kind in ("within", "before") and count:
        direction = 1 if kind == "within" else -1
        other_unit = "working_days" if unit == "calendar_days" else "calendar_days"
        misreading = "other-unit-working" if other_unit == "working_days" else "other-unit-calendar"
        add(answer_for(_with_rule_unit(corpus, sc["regulation"], ob["rule"], other_unit),
                       {**inputs, "mode": "strict"} if other_unit == "calendar_days" else inputs), mistake(misreading))
        if unit == "calendar_days":
            other_mode = "strict" if inputs["mode"] == "standard" else "standard"
            add(answer_for(corpus, {**inputs, "mode": other_mode}), mistake(f"other-mode-{other_mode}"))
        else:
            add(_weekends_only(event_day, count, direction), mistake("weekends-only"))
        # Counting the event's own day as day one is the period seen from the day before (or after).
        add(answer_for(corpus, {**inputs, "date": _shift(inputs["date"], -direction)}), mistake("day-of-event-counted"))
    if kind == "annual_before" and right:
        if ob.get("due") and ob["due"] != right:
            add(ob["due"], mistake("latest-not-working"))
        add(dt.date(right.year, timing["month"], timing["day"]), mistake("raw-reference"))
    for other in sc["check"]["confusions"]:
        try:
            obs = _checked(corpus, {**inputs, **other}, sc["source"])
        except ScenarioError:
            continue
        dated = next((o for o in obs if _answer_date(o)), None)
        if dated:
            what = {lang: f"{bi(dated['action'], lang)[:90].rstrip()}… ({', '.join(bi(c['label'], lang) for c in dated['citations'])})"
                    for lang in LANGS}
            add(_answer_date(dated), {lang: mistake("confusion")[lang].format(what=what[lang]) for lang in LANGS})
    if right is None and len(options) == 1:
        raise ScenarioError(*sc["source"], "training.error.no_wrong_option")
    wrong = [o for o in options if not o["correct"]]
    for o in wrong:
        if right is None:
            o["why"] = {lang: f"{mistake('no-date')[lang]}; {bi(o['why'], lang)}" for lang in LANGS}
    chosen = [options[0]] + wrong[: MAX_DATE_OPTIONS - 1]
    dated = sorted((o for o in chosen if o["date"]), key=lambda o: o["date"])
    return dated + [o for o in chosen if not o["date"]]


def _party_options(reg: dict, ob: dict, ask: str, obligations: list[dict], where: tuple[str, int]) -> list[dict]:
    right = ob.get(ask)
    if not right:
        raise ScenarioError(*where, "training.error.no_party", rule=ob["rule"], ask=ask)
    other_side = ob.get("towards" if ask == "actor" else "actor")
    order = [p["id"] for p in reg["rules"].get("parties", [])]
    # The plausible confusions: a party the action's own words name (a route "through ..."), the other
    # side of the duty, then the parties the same case mentions.
    action = bi(ob.get("action"), "vi")
    wanted = [p["id"] for p in reg["rules"].get("parties", []) if p["vi"].split(" (")[0] in action]
    wanted += [other_side["id"]] if other_side else []
    for o in obligations:
        wanted += [x["id"] for x in (o.get("actor"), o.get("towards")) if x]
    wanted += [x["party"] for x in reg["rules"].get("liaison", [])]  # the offices that handle the file
    wanted += order
    ids: list[str] = [right["id"]]
    for pid in wanted:
        if pid not in ids and len(ids) < MAX_PARTY_OPTIONS:
            ids.append(pid)
    ids.sort(key=lambda pid: order.index(pid) if pid in order else len(order))
    return [{"party": _party(reg, pid), "correct": pid == right["id"], "why": None if pid == right["id"] else mistake("other-party")}
            for pid in ids]


def work_out(corpus: dict, sc: dict) -> dict:
    """A scenario with the checker's answer, the counting, the citations and the self-check options."""
    reg = corpus["regulations"][sc["regulation"]]
    obligations = _checked(corpus, sc["inputs"], sc["source"])
    focus = _focus(obligations, sc["check"], sc["source"])
    if sc["check"]["type"] == "choose-date":
        options = _date_options(corpus, sc, focus)
    else:
        options = _party_options(reg, focus, sc["check"]["ask"], obligations, sc["source"])
    event = next(e for e in reg["rules"]["events"] if e["id"] == sc["inputs"]["event"])
    return {**sc, "obligations": obligations, "focus": focus, "options": options, "event": event, "reg": reg}


# ---------------------------------------------------------------------------------------------
# Views: each page's data in one language; the templates (overrides/sitegen/training/) write the HTML

def _cite_links(site: Site, regulation: str, citations: list[dict], lang: str) -> list[dict]:
    return [{"href": site.provision(c.get("regulation") or regulation, c["provision"]), "text": bi(c["label"], lang)}
            for c in citations]


def _rule_cite_links(site: Site, regulation: str, pids: list[str], lang: str) -> list[dict]:
    return [{"href": site.provision(regulation, pid), "text": cite_label(pid, lang)} for pid in pids]


def answer_text(item: dict, lang: str) -> str:
    """The answer of the focus obligation in words (used by the pages and the tests)."""
    ob = item["focus"]
    if item["check"]["type"] == "who-must-act":
        return bi(ob[item["check"]["ask"]], lang)
    day = _answer_date(ob)
    if day is None:
        return f"{label('label.no_fixed_date', lang)}. {bi(ob.get('no_date'), lang)}"
    return long_date(day, lang)


def _due_view(ob: dict, lang: str) -> dict:
    lwd = ob.get("latest_working_day")
    return {
        "date": long_date(ob["due"], lang) if ob.get("due") else None,
        "reason": bi(ob.get("no_date"), lang),
        "last_working_day": long_date(lwd, lang) if lwd and lwd != ob.get("due") else None,
    }


def _day_tag(day: dict, lang: str) -> str:
    """A few words for a timeline cell: the holiday's name, or what kind of day it is."""
    if day.get("kind") == "holiday":
        return bi(day.get("reason"), lang).split(": ", 1)[-1]
    if day.get("kind") in ("weekend", "swap_workday", "swap_day_off"):
        return label(f"tag.{day['kind']}", lang)
    return ""


def timeline_view(ob: dict, lang: str, event_day: dt.date) -> dict | None:
    """The counting as a strip of days: what the checker counted and skipped, and why."""
    days = {d["date"]: d for d in ob.get("days", [])}
    if not days and not ob.get("due"):
        return None
    marks = [d for d in days] + [event_day] + [x for x in (ob.get("due"), ob.get("latest_working_day"), ob.get("reference")) if x]
    first, last = min(marks), max(marks)
    if (last - first).days > 62:  # a long calendar strip tells nothing; keep both ends
        shown = sorted(set(marks))
    else:
        shown = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    cells = []
    previous = None
    for day in shown:
        if previous and (day - previous).days > 1:
            cells.append({"gap": True})
        previous = day
        info = days.get(day, {})
        classes = ["tr-day"] + [f"tr-day--{k}" for k in sorted(info.get("kinds", ()))]
        if info.get("status") == "counted":
            classes.append("tr-day--counted")
        if day == event_day:
            classes.append("tr-day--event")
        if day == ob.get("reference"):
            classes.append("tr-day--reference")
        if day == _answer_date(ob):
            classes.append("tr-day--due")
        tag = _day_tag(info, lang)
        if day == event_day and not tag:
            tag = label("legend.event", lang)
        why = bi(info.get("reason"), lang) or tag
        cells.append({"gap": False, "classes": " ".join(classes), "n": info.get("n"),
                      "title": long_date(day, lang) + (f": {why}" if why else ""),
                      "weekday": WEEKDAYS_SHORT[lang][day.weekday()], "date": short_date(day, lang), "tag": tag})
    return {"cells": cells, "legend": ["counted", "weekend", "holiday", "swap", "due"]}


def counting_view(ob: dict, lang: str) -> dict:
    """The counting in words: method, days counted, days skipped with the reason."""
    counted = [d for d in ob.get("days", []) if d.get("status") == "counted"]
    skipped = [d for d in ob.get("days", []) if d.get("status") == "skipped"]
    return {
        "method": bi(ob.get("method"), lang),
        "counted": {"count": len(counted), "text": ", ".join(
            short_date(d["date"], lang) + (f" ({_day_tag(d, lang)})" if _day_tag(d, lang) else "") for d in counted)},
        "skipped": {"count": len(skipped), "text": ", ".join(
            f"{short_date(d['date'], lang)} ({bi(d.get('reason'), lang) or _day_tag(d, lang)})" for d in skipped)},
    }


def obligation_view(site: Site, item: dict, ob: dict, lang: str, timeline: bool = True) -> dict:
    return {
        "actor": bi(ob.get("actor"), lang),
        "towards": bi(ob.get("towards"), lang),
        "action": bi(ob.get("action"), lang),
        "due": _due_view(ob, lang),
        "due_text": label("label.no_fixed_date", lang) if ob.get("due") is None
        else f"{label('label.due', lang)}: {long_date(_answer_date(ob), lang)}",
        "timeline": timeline_view(ob, lang, dt.date.fromisoformat(item["inputs"]["date"])) if timeline else None,
        "counting": counting_view(ob, lang),
        "consequence": bi(ob.get("consequence"), lang),
        "notes": bi(ob.get("notes"), lang),
        "warnings": [bi(w, lang) for w in ob.get("warnings", [])],
        "citations": _cite_links(site, item["regulation"], ob["citations"], lang),
    }


def inputs_parts(item: dict, lang: str) -> list[str]:
    inputs = item["inputs"]
    flags = ", ".join(bi(f["label"], lang) for f in item["event"].get("flags", []) if f["id"] in inputs["flags"])
    parts = [f"{label('label.event', lang)}: {bi(item['event']['label'], lang)}",
             f"{label('label.date', lang)}: {long_date(dt.date.fromisoformat(inputs['date']), lang)}",
             f"{label('label.mode', lang)}: {label('label.mode.' + inputs['mode'], lang)}"]
    if flags:
        parts.append(f"{label('label.flags', lang)}: {flags}")
    return parts


def option_label(option: dict, lang: str) -> str:
    if "party" in option:
        return bi(option["party"], lang)
    if option["date"] is None:
        return f"{label('label.no_fixed_date', lang)}. {bi(option.get('label'), lang)}"
    return long_date(option["date"], lang)


def _short_name(reg: dict, lang: str) -> str:
    return regulation_label(reg["meta"])[lang]


def scenario_view(site: Site, item: dict, lang: str, timeline: bool = True) -> dict:
    """A worked scenario: its words, the checker's answer for the focus obligation and the other obligations."""
    ob = item["focus"]
    return {
        "id": item["id"],
        "title": bi(item["title"], lang),
        "story": bi(item["story"], lang),
        "question": bi(item["question"], lang),
        "inputs": inputs_parts(item, lang),
        "answer": answer_text(item, lang),
        "focus": obligation_view(site, item, ob, lang, timeline),
        "others": [obligation_view(site, item, o, lang, timeline=False) for o in item["obligations"] if o is not ob],
        "checker_href": site.checker(item["inputs"]),
        "regulation": _short_name(item["reg"], lang),
    }


def _page(template: str, lang: str, page: str, title: str, hide: tuple[str, ...] = (), searchable: bool = True,
          search_boost: float | None = None, **view) -> str:
    site = Site(lang, page)
    front: dict = {"title": title}
    if hide:
        front["hide"] = list(hide)
    # The kit repeats the regulations' words at length. Material ranks without length normalisation, so
    # without this its pages would bury the provisions a reader searches for: pages that only repeat the
    # others (presenter, self-check, print) are left out of the search, the rest ranks below the texts.
    if not searchable:
        front["search"] = {"exclude": True}
    elif search_boost is not None:
        front["search"] = {"boost": search_boost}
    return render(f"training/{template}", front=front, title=title, lang=lang, site=site,
                  t=lambda key: label(key, lang), **view)


def _suffix(lang: str) -> str:
    return ".en.md" if lang == "en" else ".md"


# The kit's pages of one regulation (training/<id>/<page>/), in the order the index and the chooser pages
# show them, with their catalogue words. A regulation without worked scenarios (one just imported) has only
# its handout and the print page.
KIT_PAGES = (("scenarios", "scenarios"), ("self-check", "self_check"), ("presenter", "presenter"),
             ("worksheet", "worksheet"), ("print", "print_all"))
SCENARIO_PAGES = {"scenarios", "self-check", "presenter", "worksheet"}


def _regulation_rows(lang: str, corpus: dict, regulations: list[str], items: list[dict], from_page: str,
                     only: str | None = None) -> list[dict]:
    """Each regulation with its scenario count and a link to its kit (or to one page of it). Short on purpose:
    the pages that list every regulation grow with each."""
    site = Site(lang, from_page)
    counts = {rid: sum(1 for item in items if item["regulation"] == rid) for rid in regulations}
    return [{"id": rid, "name": _short_name(corpus["regulations"][rid], lang),
             "href": links.rel(site.url, links.training_url(rid, only)), "scenarios": counts[rid]}
            for rid in regulations if counts[rid] or only not in SCENARIO_PAGES]


def index_page(lang: str, items: list[dict], corpus: dict, regulations: list[str]) -> str:
    suffix = _suffix(lang)
    events = sum(len(corpus["regulations"][r]["rules"].get("events", [])) for r in regulations)
    covered = len({(i["regulation"], i["inputs"]["event"]) for i in items})
    words = {"regulations": len(regulations), "scenarios": len(items), "covered": covered, "events": events,
             "handout": label("handout", lang), "print_label": label("print", lang),
             "open_checker": label("open_checker", lang), "print_url": "print" + suffix,
             "presenter_url": "presenter" + suffix, "scenarios_url": "scenarios" + suffix,
             "self_check_url": "self-check" + suffix}
    return _page("index.md", lang, "index", label("kit", lang),
                 intro={k: text(f"training.index.{k}", **words)[lang] for k in ("intro", "how")},
                 regulations=_regulation_rows(lang, corpus, regulations, items, "index"))


def choose_page(lang: str, name: str, key: str, items: list[dict], corpus: dict, regulations: list[str]) -> str:
    """training/<name>/, the address of the one-page kit before it was split by regulation: a list that leads
    to each regulation's page of that kind (so links shared before the split still lead somewhere useful)."""
    return _page("choose.md", lang, name, label(key, lang), hide=("toc",), searchable=False,
                 regulations=_regulation_rows(lang, corpus, regulations, items, name, only=name))


def regulation_index_page(lang: str, reg: dict, items: list[dict]) -> str:
    """training/<id>/: the kit of one regulation: its pages and its scenarios at a glance."""
    rid = reg["id"]
    site = Site(lang, f"{rid}/index")
    contents = [{"href": links.rel(site.url, links.training_url(rid, name)), "text": label(key, lang)}
                for name, key in KIT_PAGES if items or name not in SCENARIO_PAGES]
    contents.insert(3, {"href": links.rel(site.url, links.training_url(None, f"handout-{rid}")),
                        "text": label("handout", lang)})
    glance = [{"href": links.rel(site.url, links.training_url(rid, "scenarios") + f"#{item['id']}"),
               "title": bi(item["title"], lang), "question": bi(item["question"], lang),
               "answer": answer_text(item, lang)} for item in items]
    return _page("regulation.md", lang, f"{rid}/index", f"{label('kit', lang)}: {_short_name(reg, lang)}",
                 hide=("toc",), search_boost=SEARCH_BOOST, contents=contents, glance=glance,
                 kit_href=links.rel(site.url, links.training_url()))


def _title(key: str, lang: str, reg: dict) -> str:
    return f"{label(key, lang)}: {_short_name(reg, lang)}"


def scenarios_page(lang: str, reg: dict, items: list[dict]) -> str:
    page = f"{reg['id']}/scenarios"
    site = Site(lang, page)
    return _page("scenarios.md", lang, page, _title("scenarios", lang, reg), search_boost=SEARCH_BOOST,
                 scenarios=[scenario_view(site, item, lang) for item in items])


def self_check_page(lang: str, reg: dict, items: list[dict]) -> str:
    page = f"{reg['id']}/self-check"
    site = Site(lang, page)
    questions = []
    for item in items:
        view = scenario_view(site, item, lang)
        view["options"] = [{
            "letter": chr(65 + k), "correct": option["correct"], "label": option_label(option, lang),
            "value": option["date"].isoformat() if option.get("date") else (option.get("party") or {}).get("id", "none"),
            "why": label("why_prefix", lang) + bi(option["why"], lang) if option.get("why") else None,
        } for k, option in enumerate(item["options"])]
        questions.append(view)
    return _page("self-check.md", lang, page, _title("self_check", lang, reg), hide=("toc",), searchable=False,
                 questions=questions)


def presenter_page(lang: str, reg: dict, items: list[dict]) -> str:
    page = f"{reg['id']}/presenter"
    site = Site(lang, page)
    return _page("presenter.md", lang, page, _title("presenter", lang, reg), hide=("navigation", "toc"),
                 searchable=False, slides=[scenario_view(site, item, lang) for item in items])


def worksheet_view(item: dict, lang: str) -> dict:
    """A scenario for trainees: the story and the question, nothing of the answer (no inputs either: the
    mode and the circumstances are part of what the trainee works out)."""
    return {"id": item["id"], "title": bi(item["title"], lang), "story": bi(item["story"], lang),
            "question": bi(item["question"], lang), "regulation": _short_name(item["reg"], lang)}


def worksheet_page(lang: str, reg: dict, items: list[dict]) -> str:
    return _page("worksheet.md", lang, f"{reg['id']}/worksheet", _title("worksheet", lang, reg), hide=("toc",),
                 searchable=False,
                 scenarios=[worksheet_view(item, lang) for item in items])


def _scope_view(reg: dict, site: Site, lang: str) -> dict | None:
    """Article 1 (scope) in the text's own words, with its children."""
    provisions = reg.get("provisions", [])
    first = next((p for p in provisions if p.get("kind") == "dieu"), None)
    if not first:
        return None
    inside = [p for p in provisions if p["id"] == first["id"] or p["id"].startswith(first["id"] + "-")]
    paragraphs = [para.strip().splitlines() for p in inside for para in re.split(r"\n\s*\n", p[lang]) if para.strip()]
    return {"paragraphs": paragraphs, "cites": _rule_cite_links(site, reg["id"], [first["id"]], lang)}


def handout_view(reg: dict, lang: str, site: Site) -> dict:
    """What the regulation covers, who presides and coordinates, every time limit, the liaison offices."""
    rules = reg["rules"]
    meta = reg.get("meta", {})
    parties = {p["id"]: p for p in rules.get("parties", [])}

    def name(pid: str | None) -> str:
        return parties[pid][lang] if pid in parties else pid

    def cites(pids: list[str]) -> list[dict]:
        return _rule_cite_links(site, reg["id"], pids, lang)

    limits = [{"timing": capitalize(timing_text(r["timing"])[lang]), "actor": name(r["actor"]),
               "towards": name(r["towards"]) if r.get("towards") else None, "action": bi(r["action"], lang),
               "cites": cites(r["cites"]), "consequence": bi(r.get("consequence"), lang)}
              for r in rules.get("rules", []) if r["timing"]["kind"] != "none"]  # "none": on the deadlines page
    return {
        "title": bi(meta.get("title"), lang),
        "number": meta.get("number") if meta.get("number") not in (None, "unknown") else None,
        "issuing_body": bi(meta.get("issuing_body"), lang),
        "effect": bi(meta.get("effect"), lang),
        "scope": _scope_view(reg, site, lang),
        "matrix": [{"area": bi(m["area"], lang), "cites": cites(m["cites"]),
                    "presides": [name(p) for p in m.get("presides", [])],
                    "coordinates": [name(p) for p in m.get("coordinates", [])]} for m in rules.get("matrix", [])],
        "limits": limits,
        "untimed": sum(1 for r in rules.get("rules", []) if r["timing"]["kind"] == "none"),
        "deadlines_href": links.rel(site.url, links.deadlines_url(reg["id"], "khong-thoi-han")),
        "liaison": [{"party": name(x["party"]), "office": bi(x["office"], lang), "cites": cites(x["cites"])}
                    for x in rules.get("liaison", [])],
    }


def handout_page(lang: str, reg: dict) -> str:
    page = f"handout-{reg['id']}"
    return _page("handout.md", lang, page, f"{label('handout', lang)}: {_short_name(reg, lang)}", hide=("toc",),
                 search_boost=SEARCH_BOOST, handout=handout_view(reg, lang, Site(lang, page)))


def print_page(lang: str, reg: dict, items: list[dict]) -> str:
    """The kit of one regulation on one page for a single PDF: its handout, then its worked scenarios."""
    page = f"{reg['id']}/print"
    site = Site(lang, page)
    handouts = [{"id": reg["id"], "name": _short_name(reg, lang), "handout": handout_view(reg, lang, site)}]
    return _page("print.md", lang, page, _title("print_all", lang, reg), hide=("navigation", "toc"),
                 searchable=False, handouts=handouts, scenarios=[scenario_view(site, item, lang) for item in items])


# ---------------------------------------------------------------------------------------------
# Entry points

def build_items(corpus: dict, regulations_root: Path | None = None) -> list[dict]:
    return [work_out(corpus, sc) for sc in load_scenarios(corpus, regulations_root)]


def generate_training_pages(corpus: dict, docs_dir: Path, regulations_root: Path | None = None) -> None:
    """Write the training pages (vi `x.md`, en `x.en.md`) into docs_dir/training/."""
    items = build_items(corpus, regulations_root)
    regulations = list(corpus["regulations"])
    out = Path(docs_dir) / OUT
    out.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        suffix = _suffix(lang)
        pages = {"index": index_page(lang, items, corpus, regulations)}
        for name, key in KIT_PAGES:
            pages[name] = choose_page(lang, name, key, items, corpus, regulations)
        for rid in regulations:
            reg = corpus["regulations"][rid]
            own = [item for item in items if item["regulation"] == rid]
            pages[f"handout-{rid}"] = handout_page(lang, reg)
            pages[f"{rid}/index"] = regulation_index_page(lang, reg, own)
            pages[f"{rid}/print"] = print_page(lang, reg, own)
            if own:
                pages[f"{rid}/scenarios"] = scenarios_page(lang, reg, own)
                pages[f"{rid}/self-check"] = self_check_page(lang, reg, own)
                pages[f"{rid}/presenter"] = presenter_page(lang, reg, own)
                pages[f"{rid}/worksheet"] = worksheet_page(lang, reg, own)
        for name, page in pages.items():
            (out / f"{name}{suffix}").parent.mkdir(parents=True, exist_ok=True)
            (out / f"{name}{suffix}").write_text(page, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Check the scenarios and print each computed answer: `python -m sitegen.training [regulations]`."""
    from checker.corpus import CorpusError, load_corpus

    args = sys.argv[1:] if argv is None else argv
    root = Path(args[0]) if args else REPO / "regulations"
    try:
        corpus = load_corpus(root)
        items = build_items(corpus, root)
    except (CorpusError, ScenarioError) as err:
        print(err, file=sys.stderr)
        return 2
    for item in items:
        print(f"{item['id']}: {answer_text(item, 'vi')} | {answer_text(item, 'en')}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
