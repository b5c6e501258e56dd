"""Views: what each generated page shows, as plain data for its template (overrides/sitegen/).

No HTML here: a view picks and words the data (labels from the catalogue, citations from checker.ids,
dates and time limits from checker.formats / checker.wording, URLs from sitegen.links); the templates
write the markup, escaping every value.
"""

from __future__ import annotations

import json
from pathlib import Path

from checker import ids, wording
from checker.corpus import UNTRANSLATED
from checker.engine import MODES, catalog
from checker.formats import date_patterns, iso_date_text
from checker.languages import LANGS
from checker.messages import both, word

from . import links, references
from . import sources as source_files
from .render import render
from .text import fold

# The example date put in "try it" links: the question "we received the request on 20/11/2026: when must
# we reply?".
EXAMPLE_DATE = "2026-11-20"


class ViewError(Exception):
    """A corpus value a view cannot show, worded by the catalogue (build.*); printed without a traceback."""

    def __init__(self, key: str, **params):
        super().__init__(both(key, **params))


def labels(lang: str):
    """t(key) -> the site.* catalogue entry in one language, for views and templates."""
    def t(key: str) -> str:
        return word(key, lang, "site")
    return t


def bi(value, lang: str) -> str | None:
    """The text of a {vi, en} mapping in `lang`; None for the literal `unknown`."""
    if value is None or value == "unknown":
        return None
    if isinstance(value, dict) and lang in value:
        # Not translated yet (an imported regulation): the Vietnamese value stands in.
        return value["vi"] if value[lang] == UNTRANSLATED else value[lang]
    if isinstance(value, str):
        return value
    raise ViewError("build.bad_bilingual_value", value=repr(value))


def citation(pid: str, lang: str) -> str:
    """'điểm b khoản 2 Điều 5' / 'Article 5(2)(b)': the id grammar's own wording (checker.ids)."""
    try:
        return ids.citation(pid)[lang]
    except ids.InvalidId:
        raise ViewError("build.cannot_cite", provision=pid) from None


def prose(reg: dict, text: str | None, lang: str) -> str | None:
    """Free text of the corpus (a note, a reason) as readers see it: a provision id written in it ("as in
    dieu-5-khoan-1") becomes its citation ("khoản 1 Điều 5"); the corpus keeps the id."""
    if not text:
        return text
    return ids.cite_in_text(text, lang, {p["id"] for p in reg["provisions"]})


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def short_name(meta: dict, lang: str) -> str:
    # Values not translated yet (an imported regulation) are named by their Vietnamese text.
    shown = {key: {"vi": value["vi"], "en": value["vi"]} if isinstance(value, dict) and value.get("en") == UNTRANSLATED
             else value for key, value in meta.items()}
    return wording.regulation_label(shown)[lang]


def full_citation(reg: dict, pid: str, lang: str) -> str:
    """The citation a reader pastes into a document: the provision and the document it belongs to."""
    meta = reg["meta"]
    cite = citation(pid, lang)
    has_decision = any(p["id"].startswith("qd-") for p in reg["provisions"])
    if has_decision and meta["number"] != "unknown":
        key = "cite_decision" if pid.startswith("qd-") else "cite_attached"
        return word(key, lang, "site").format(citation=cite, number=meta["number"], label=short_name(meta, lang))
    return word("cite_full", lang, "site").format(citation=cite, title=bi(meta["title"], lang))


def source_link(ctx: "Context", reg: dict, pid: str, from_url: str, lang: str) -> dict:
    """Where a provision's passage is in source.txt, as a link to the source page (or why there is none)."""
    found = ctx.source(reg)["located"].get(pid)
    t = labels(lang)
    if not found or found["status"] == "uncertain":
        return {"href": None, "text": t("source_passage"), "title": t("source_not_located")}
    lines = (f"{found['first']}" if found["first"] == found["last"] else f"{found['first']}–{found['last']}")
    title = t("source_lines_exact" if found["status"] == "exact" else "source_lines_close").format(
        lines=lines, percent=round(found["coverage"] * 100))
    return {"href": links.rel(from_url, links.source_url(reg["id"], found["first"])), "text": t("source_passage"),
            "title": title}


def provision_tools(ctx: "Context", reg: dict, pid: str, from_url: str, lang: str) -> dict:
    """Copy citation and source link of one provision."""
    return {"citation": full_citation(reg, pid, lang), "href": f"#{pid}",
            "source": source_link(ctx, reg, pid, from_url, lang)}


class Context:
    """What generated pages need to know about the corpus and the other pages of the site."""

    def __init__(self, corpus: dict, docs_dir: Path, corpus_root: Path | None = None, site_url: str | None = None):
        self.corpus = corpus
        self.site_url = site_url
        self.docs_dir = docs_dir
        self.corpus_root = Path(corpus_root) if corpus_root else Path(__file__).resolve().parent.parent / "regulations"
        self.regulations = corpus["regulations"]
        self._sources: dict[str, dict] = {}

    def source(self, reg: dict) -> dict:
        """source.txt of a regulation: its text, its lines, where each provision is found in it
        (sitegen.sources) and the line of each uncertain OCR reading."""
        if reg["id"] not in self._sources:
            text = source_files.read_source(self.corpus_root, reg["id"])
            lines = source_files.source_lines(text)
            located = source_files.locate(reg, text)
            self._sources[reg["id"]] = {"text": text, "lines": lines, "located": located,
                                        "readings": source_files.reading_lines(reg, lines, located)}
        return self._sources[reg["id"]]

    # Pages written by other people or generators: link to them only when they exist.
    @property
    def has_checker(self) -> bool:
        return (self.docs_dir / "checker.md").exists()

    @property
    def has_training(self) -> bool:
        return (self.docs_dir / "training" / "index.md").exists()

    @property
    def has_counting(self) -> bool:
        return (self.docs_dir / "method" / "counting.md").exists()

    @property
    def has_format(self) -> bool:
        return (self.docs_dir / "reference" / "corpus-format.md").exists()

    def party_name(self, reg: dict, party_id: str | None, lang: str) -> str:
        if party_id is None:
            return labels(lang)("everyone")
        return next(p for p in reg["rules"]["parties"] if p["id"] == party_id)[lang]

    def events_using(self, reg: dict, rule_id: str) -> list[tuple[dict, str | None]]:
        """(event, flag id or None) for every event whose answer includes the rule."""
        found = []
        for event in reg["rules"].get("events", []):
            if rule_id in event["rules"]:
                found.append((event, None))
                continue
            for flag in event.get("flags", []):
                if rule_id in flag.get("adds_rules", []):
                    found.append((event, flag["id"]))
                    break
        return found

    def reference_note(self, reg: dict, rule: dict, lang: str) -> str:
        """For "N days before a date": what that date is, in the words of the events that use the rule."""
        if rule["timing"]["kind"] != "before":
            return ""
        meanings = [event["date_means"][lang] for event, _ in self.events_using(reg, rule["id"])]
        return " / ".join(dict.fromkeys(meanings))

    def try_links(self, reg: dict, rule_id: str, from_url: str, lang: str) -> list[dict]:
        """Links that open the checker on this rule's event, with the example date."""
        if not self.has_checker:
            return []
        t = labels(lang)
        out = []
        for event, flag in self.events_using(reg, rule_id):
            query = {"regulation": reg["id"], "event": event["id"], "date": EXAMPLE_DATE}
            if flag:
                query["flags"] = flag
            out.append({"href": links.rel(from_url, links.checker_url(query)),
                        "label": f"{t('try')}: {event['label'][lang]}", "title": t("try_title")})
        return out

    def cite_links(self, reg_id: str, pids: list[str], from_url: str, lang: str) -> list[dict]:
        return [{"href": links.rel(from_url, links.regulation_url(reg_id, pid)), "text": citation(pid, lang)}
                for pid in pids]


# ---------------------------------------------------------------------------
# Regulation page


def rule_view(ctx: Context, reg: dict, rule: dict, page: str, lang: str) -> dict:
    timing = rule["timing"]
    reference_note = ctx.reference_note(reg, rule, lang)
    notes = prose(reg, rule["notes"][lang], lang) if rule.get("notes") else None
    return {
        "id": rule["id"],
        "cite": capitalize(citation(rule["cites"][0], lang)),
        "actor": ctx.party_name(reg, rule["actor"], lang),
        "towards": ctx.party_name(reg, rule["towards"], lang) if rule.get("towards") else None,
        "timing": wording.timing_text(timing)[lang],
        "try_links": ctx.try_links(reg, rule["id"], page, lang),
        "reference_note": reference_note,
        # A note on the reference date (the project's reading of it) is shown beside that date, not folded away.
        "reference_date_note": notes if reference_note and notes else None,
        "consequence": prose(reg, rule["consequence"][lang], lang) if rule.get("consequence") else None,
        "action": prose(reg, rule["action"][lang], lang),
        "reason": prose(reg, bi(timing["reason"], lang), lang) if timing["kind"] in ("none", "periodic") else None,
        "notes": notes if not (reference_note and notes) else None,
    }


def not_formalised_view(reg: dict, item: dict, lang: str) -> dict:
    """Words of a provision deliberately left without a rule, and why."""
    return {"excerpt": item["excerpt"][lang] if item.get("excerpt") else None,
            "reason": prose(reg, item["reason"][lang], lang)}


def _meta_rows(reg: dict, page: str, lang: str) -> list[dict]:
    """The metadata card's rows (the source row links to the source page)."""
    meta = reg["meta"]

    def value(key: str) -> dict:
        return {"key": key, "value": bi(meta[key], lang)}

    source = meta["source"]
    t = labels(lang)
    rows = [value("number"), value("type"), value("title"), value("issuing_body"), value("signer"),
            {"key": "signing_date", "value": iso_date_text(meta["signing_date"], lang)},
            value("place"),
            {"key": "effect", "value": bi(meta["effect"], lang),
             "link": {"href": f"#{meta['effect_provision']}", "text": citation(meta["effect_provision"], lang)}},
            {"key": "status", "value": bi(meta["status"], lang)},
            {"key": "source", "value": "", "source": {
                "file": source["file"], "kind": t("source_ocr" if source["kind"] == "ocr" else "source_clean"),
                "sha": source["sha256"][:12]},
             "link": {"href": links.rel(page, links.source_url(reg["id"])), "text": t("source_view")}},
            {"key": "checked", "value": iso_date_text(meta["checked"], lang)},
            {"key": "provenance", "value": prose(reg, bi(meta["provenance"], lang), lang)}]
    if meta.get("unknown_notes"):
        rows.append({"key": "unknown_notes", "value": prose(reg, bi(meta["unknown_notes"], lang), lang)})
    rows.append({"key": "translation", "value": t("translation_note")})
    rows.append({"key": "data", "value": "", "data": {
        "href": links.rel_shared(page, f"data/{reg['id']}.json", lang), "text": f"data/{reg['id']}.json"}})
    for row in rows:
        row.setdefault("link", None), row.setdefault("source", None), row.setdefault("data", None)
        row.setdefault("code", None)
    return rows


def _uncertain_view(ctx: "Context", reg: dict, page: str, lang: str) -> dict | None:
    uncertain = reg.get("uncertain_readings", [])
    if not uncertain:
        return None
    lines = ctx.source(reg)["readings"]
    columns = ["uncertain_where", "uncertain_ocr", "uncertain_reading"]
    columns += ["uncertain_alternatives"] if any(r.get("alternatives") for r in uncertain) else []
    columns += ["uncertain_note_col"]
    rows = [{"number": number, "provision": reading["provision"],
             "cite": capitalize(citation(reading["provision"], lang)),
             "ocr": reading["ocr"], "reading": reading["reading"],
             "alternatives": reading.get("alternatives", []),
             "note": prose(reg, reading["note"][lang], lang) if reading.get("note") else "",
             "source": {"href": links.rel(page, links.source_url(reg["id"], lines[number - 1])),
                        "text": labels(lang)("source_line").format(line=lines[number - 1])}
             if lines[number - 1] else None}
            for number, reading in enumerate(uncertain, 1)]
    return {"columns": columns, "rows": rows}


def _provision_text(provision: dict, lang: str) -> str:
    """The provision in `lang`; an untranslated one shows its Vietnamese text (with a notice, see the template)."""
    return provision["vi"] if provision.get("untranslated") else provision[lang]


def regulation_view(ctx: Context, reg: dict, lang: str) -> dict:
    meta, provisions = reg["meta"], reg["provisions"]
    known = {p["id"] for p in provisions}
    page = links.regulation_url(reg["id"])
    rules_after: dict[str, list[dict]] = {}
    for rule in reg["rules"]["rules"]:
        # A rule is shown after the first provision it cites (its main source).
        rules_after.setdefault(rule["cites"][0], []).append(rule)
    not_formalised_after: dict[str, list[dict]] = {}
    for entry in reg["rules"].get("not_formalised", []):
        not_formalised_after.setdefault(entry["provision"], []).append(entry)
    marks: dict[str, list[int]] = {}
    for number, reading in enumerate(reg.get("uncertain_readings", []), 1):
        marks.setdefault(reading["provision"], []).append(number)

    toc = []
    for provision in provisions:
        if provision["kind"] in ("chuong", "dieu"):
            text = _provision_text(provision, lang).strip()
            label = " ".join(text.split()) if provision["kind"] == "chuong" else (
                text.splitlines()[0] if text else citation(provision["id"], lang))
            toc.append({"kind": provision["kind"], "id": provision["id"], "label": label})

    has_decision = any(p["id"].startswith("qd-") for p in provisions)
    articles = [p["id"] for p in provisions if p["kind"] == "dieu"]
    sections: list[dict] = []
    search_entries = []
    for provision in provisions:
        pid, kind, text = provision["id"], provision["kind"], _provision_text(provision, lang)
        part = "decision" if pid.startswith("qd-") else "main"
        if not sections or sections[-1]["part"] != part:
            key = ("sec_decision" if part == "decision" else "sec_attached") if has_decision else "sec_text"
            sections.append({"part": part, "key": key, "anchor": key.replace("_", "-"), "provisions": []})
        cite = capitalize(citation(pid, lang))
        item = {"id": pid, "kind": kind, "cite": cite, "marks": marks.get(pid, []),
                "pending": lang != "vi" and bool(provision.get("untranslated")),
                "tools": provision_tools(ctx, reg, pid, page, lang),
                "nav": _article_nav(articles, pid, lang) if kind == "dieu" else None,
                "rules": [rule_view(ctx, reg, rule, page, lang) for rule in rules_after.get(pid, [])],
                "not_formalised": [not_formalised_view(reg, entry, lang) for entry in not_formalised_after.get(pid, [])]}
        if kind == "chuong":
            lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
            item.update(heading=lines[0], names=lines[1:], paragraphs=[])
            search_entries.append({"id": pid, "title": " ".join(lines), "text": ""})
        elif kind == "dieu":
            head, _, rest = text.strip().partition("\n")
            item.update(heading=head.strip(),
                        paragraphs=references.paragraphs(rest, lang, pid, known) if rest.strip() else [])
            search_entries.append({"id": pid, "title": head.strip(), "text": " ".join(rest.split())})
        else:
            body = references.paragraphs(text, lang, pid, known) if text.strip() else []
            if body and pid.startswith("qd-dieu-"):
                body[0] = references.bold_decision_article(body[0])
            item.update(paragraphs=body)
            if text.strip():
                search_entries.append({"id": pid, "title": cite, "text": " ".join(text.split())})
        sections[-1]["provisions"].append(item)

    title = bi(meta["title"], lang)
    return {
        "front": {"title": short_name(meta, lang), "description": title, "provision_search": search_entries},
        "title": title,
        "toc": toc,
        "meta_rows": _meta_rows(reg, page, lang),
        "legal_bases": [{"text": bi(basis, lang), "provision": basis["provision"],
                         "cite": citation(basis["provision"], lang)} for basis in meta["legal_bases"]],
        "uncertain": _uncertain_view(ctx, reg, page, lang),
        "sections": sections,
        "views": _page_views(reg, page, lang, "text"),
        # Printed only when asked for: the rules, one line each, after the text (issue 11 §3).
        "appendix": [rule for section in sections for p in section["provisions"] for rule in p["rules"]],
    }


def _article_nav(articles: list[str], pid: str, lang: str) -> dict:
    """Links to the article before and after (None at either end)."""
    at = articles.index(pid)
    before = articles[at - 1] if at > 0 else None
    after = articles[at + 1] if at + 1 < len(articles) else None
    return {"previous": {"href": f"#{before}", "text": capitalize(citation(before, lang))} if before else None,
            "next": {"href": f"#{after}", "text": capitalize(citation(after, lang))} if after else None}


def _page_views(reg: dict, page: str, lang: str, current: str) -> list[dict]:
    """The ways to read one regulation: its page, side by side, its source, and the Word files."""
    t = labels(lang)
    rid = reg["id"]
    items = [("text", links.rel(page, links.regulation_url(rid)), t("view_text")),
             ("bilingual", links.rel(page, links.bilingual_url(rid)), t("view_bilingual")),
             ("source", links.rel(page, links.source_url(rid)), t("source_view"))]
    out = [{"kind": kind, "href": href, "text": text, "current": kind == current, "download": False}
           for kind, href, text in items]
    for doc_lang in (lang, *[l for l in LANGS if l != lang]):
        out.append({"kind": f"docx-{doc_lang}", "href": links.rel_shared(page, links.docx_file(rid, doc_lang), lang),
                    "text": t(f"docx_{doc_lang}"), "current": False, "download": True})
    return out


def regulation_page(ctx: Context, reg: dict, lang: str) -> str:
    return render("regulation.md", t=labels(lang), **regulation_view(ctx, reg, lang))


# ---------------------------------------------------------------------------
# Side by side and source pages of a regulation


def bilingual_view(ctx: Context, reg: dict, lang: str) -> dict:
    """Every provision once, Vietnamese and English side by side, aligned by id."""
    page = links.bilingual_url(reg["id"])
    known = {p["id"] for p in reg["provisions"]}
    articles = [p["id"] for p in reg["provisions"] if p["kind"] == "dieu"]
    rows = []
    for provision in reg["provisions"]:
        pid = provision["id"]
        rows.append({
            "id": pid, "kind": provision["kind"], "cite": capitalize(citation(pid, lang)),
            "text": {code: references.paragraphs(provision[code], code, pid, known) if provision[code].strip() else []
                     for code in LANGS},
            "tools": provision_tools(ctx, reg, pid, page, lang),
            "nav": _article_nav(articles, pid, lang) if provision["kind"] == "dieu" else None,
            "page_href": links.rel(page, links.regulation_url(reg["id"], pid)),
        })
    meta = reg["meta"]
    return {"front": {"title": f"{short_name(meta, lang)} — {labels(lang)('view_bilingual')}",
                      "description": bi(meta["title"], lang), "search": {"exclude": True}},
            "title": bi(meta["title"], lang), "rows": rows, "views": _page_views(reg, page, lang, "bilingual"),
            "columns": [{"lang": code, "label": labels(lang)(f"glossary_{code}")} for code in LANGS]}


def source_view(ctx: Context, reg: dict, lang: str) -> dict:
    """source.txt line by line, each line with its anchor, the provisions whose passage starts there and the
    uncertain readings found on it."""
    page = links.source_url(reg["id"])
    found = ctx.source(reg)
    starts: dict[int, list[dict]] = {}
    for pid, where in found["located"].items():
        if where["status"] != "uncertain":
            starts.setdefault(where["first"], []).append(
                {"href": links.rel(page, links.regulation_url(reg["id"], pid)), "text": capitalize(citation(pid, lang)),
                 "id": pid})
    readings: dict[int, list[dict]] = {}
    for number, line in enumerate(found["readings"], 1):
        if line:
            readings.setdefault(line, []).append(
                {"number": number, "href": links.rel(page, links.regulation_url(reg["id"], f"ocr-{number}"))})
    located = [w for w in found["located"].values()]
    meta = reg["meta"]
    t = labels(lang)
    return {"front": {"title": f"{short_name(meta, lang)} — {t('source_view')}",
                      "description": bi(meta["title"], lang), "search": {"exclude": True}},
            "title": bi(meta["title"], lang), "file": meta["source"]["file"], "sha256": meta["source"]["sha256"],
            "kind": t("source_ocr" if meta["source"]["kind"] == "ocr" else "source_clean"),
            "ocr": meta["source"]["kind"] == "ocr",
            "raw_href": links.rel_shared(page, links.source_file(reg["id"]), lang),
            "counts": {"located": sum(w["status"] != "uncertain" for w in located), "total": len(located)},
            "lines": [{"number": n, "text": line, "starts": starts.get(n, []), "readings": readings.get(n, [])}
                      for n, line in enumerate(found["lines"], 1)],
            "views": _page_views(reg, page, lang, "source")}


def bilingual_page(ctx: Context, reg: dict, lang: str) -> str:
    return render("bilingual.md", t=labels(lang), **bilingual_view(ctx, reg, lang))


def source_page(ctx: Context, reg: dict, lang: str) -> str:
    return render("source.md", t=labels(lang), **source_view(ctx, reg, lang))


# ---------------------------------------------------------------------------
# Corpus-driven parts of hand-written pages: <!-- build:NAME --> markers


# The home page shows this many regulation cards, whatever the size of the corpus; the others are on the list
# page (regulations/). A page that grows with every regulation passes 300 KB at a few hundred of them
# (docs/method/scale.md).
HOME_CARDS = 6


def _card(reg: dict, lang: str, page: str) -> dict:
    meta = reg["meta"]
    readings = len(reg.get("uncertain_readings", []))
    rows = [{"key": "col_number", "value": bi(meta["number"], lang)},
            {"key": "type", "value": bi(meta["type"], lang)},
            {"key": "col_body", "value": bi(meta["issuing_body"], lang)},
            {"key": "col_date", "value": iso_date_text(meta["signing_date"], lang)},
            {"key": "col_effect", "value": bi(meta["effect"], lang)},
            {"key": "col_status", "value": bi(meta["status"], lang)}]
    return {"id": reg["id"], "title": bi(meta["title"], lang), "rows": rows,
            "href": links.rel(page, links.regulation_url(reg["id"])),
            "uncertain": {"count": readings,
                          "href": links.rel(page, links.regulation_url(reg["id"], "sec-uncertain"))}
            if readings else None}


def regulations_cards(ctx: Context, lang: str, page: str) -> dict:
    """The first HOME_CARDS regulations as cards (what the source says, and "unknown" where it says nothing),
    and a link to the list of all of them."""
    shown = list(ctx.regulations.values())[:HOME_CARDS]
    return {"cards": [_card(reg, lang, page) for reg in shown], "total": len(ctx.regulations),
            "all_href": links.rel(page, links.regulations_list_url())}


def regulations_list(ctx: Context, lang: str, page: str) -> dict:
    """Every regulation in one compact row (the list page, regulations/): its id is the row's anchor."""
    rows = []
    for reg in ctx.regulations.values():
        meta = reg["meta"]
        rows.append({"id": reg["id"], "title": bi(meta["title"], lang), "number": bi(meta["number"], lang),
                     "date": iso_date_text(meta["signing_date"], lang), "status": bi(meta["status"], lang),
                     "href": links.rel(page, links.regulation_url(reg["id"]))})
    return {"rows": rows}


def tools(ctx: Context, lang: str, page: str) -> dict:
    items = []
    if ctx.has_checker:
        items.append(("checker/", "tool_checker"))
    if ctx.has_training:
        items.append(("training/", "tool_training"))
    items += [(links.deadlines_url(), "tool_deadlines"), (links.matrix_url(), "tool_matrix"),
              ("glossary/", "tool_glossary"), ("data/index.json", "tool_data")]
    return {"items": [{"key": key, "href": links.rel_shared(page, url, lang) if url.startswith("data/")
                       else links.rel(page, url)} for url, key in items]}


def _is_timed(rule: dict) -> bool:
    return rule["timing"]["kind"] != "none"


def _duty_rows(ctx: Context, reg: dict, lang: str, page: str, timed: bool) -> list[dict]:
    rows = []
    for rule in reg["rules"]["rules"]:
        if _is_timed(rule) != timed:
            continue
        rows.append({
            "timing": wording.timing_text(rule["timing"])[lang],
            "reference_note": ctx.reference_note(reg, rule, lang),
            "actor": ctx.party_name(reg, rule["actor"], lang),
            "towards": ctx.party_name(reg, rule["towards"], lang) if rule.get("towards") else None,
            "action": prose(reg, rule["action"][lang], lang),
            "consequence": prose(reg, rule["consequence"][lang], lang) if rule.get("consequence") else None,
            "counted": wording.counted_text(rule["timing"])[lang],
            "reason": prose(reg, bi(rule["timing"].get("reason"), lang), lang),
            "regulation": {"href": links.rel(page, links.regulation_url(reg["id"])),
                           "text": short_name(reg["meta"], lang)},
            "cites": ctx.cite_links(reg["id"], rule["cites"], page, lang),
            "try_links": ctx.try_links(reg, rule["id"], page, lang),
        })
    return rows


def deadlines(ctx: Context, reg: dict, lang: str, page: str) -> dict:
    return {"rows": _duty_rows(ctx, reg, lang, page, timed=True), "with_try": ctx.has_checker}


def no_deadline_duties(ctx: Context, reg: dict, lang: str, page: str) -> dict:
    return {"rows": _duty_rows(ctx, reg, lang, page, timed=False)}


def deadlines_by_regulation(ctx: Context, lang: str, page: str) -> dict:
    """The deadlines page: each regulation with how many duties it times and leaves untimed, linking to its
    own deadlines page (deadlines/<id>/)."""
    rows = []
    for reg in ctx.regulations.values():
        timed = sum(_is_timed(rule) for rule in reg["rules"]["rules"])
        rows.append({"id": reg["id"], "name": short_name(reg["meta"], lang),
                     "timed": {"count": timed, "href": links.rel(page, links.deadlines_url(reg["id"], "thoi-han"))},
                     "untimed": {"count": len(reg["rules"]["rules"]) - timed,
                                 "href": links.rel(page, links.deadlines_url(reg["id"], "khong-thoi-han"))}})
    return {"rows": rows}


def _tool_page(template: str, tool: str, reg: dict, lang: str, **values) -> str:
    """One regulation's page of a tool (deadlines/<id>/, matrix/<id>/): titled "<tool>: <regulation>"."""
    name = short_name(reg["meta"], lang)
    t = labels(lang)
    return render(template, t=t, front={"title": f"{t(tool)}: {name}", "hide": ["toc"]}, name=name, **values)


def deadlines_page(ctx: Context, reg: dict, lang: str) -> str:
    """deadlines/<id>/: every duty of one regulation, timed then untimed."""
    page = links.deadlines_url(reg["id"])
    return _tool_page("deadlines.md", "tool_deadlines", reg, lang, title=bi(reg["meta"]["title"], lang),
                      regulation_href=links.rel(page, links.regulation_url(reg["id"])),
                      list_href=links.rel(page, links.deadlines_url()),
                      method_href=links.rel(page, "method/"),
                      timed=deadlines(ctx, reg, lang, page), untimed=no_deadline_duties(ctx, reg, lang, page))


def _matrix_view(ctx: Context, reg: dict, lang: str, page: str) -> dict:
    rules = reg["rules"]
    involved: list[str] = []
    for row in rules.get("matrix", []):
        for party in row["presides"] + row["coordinates"]:
            if party not in involved:
                involved.append(party)
    rows = [{"area": row["area"][lang],
             "roles": ["presides" if p in row["presides"] else "coordinates" if p in row["coordinates"] else None
                       for p in involved],
             "cites": ctx.cite_links(reg["id"], row["cites"], page, lang)} for row in rules.get("matrix", [])]
    by_actor: dict[str, list[dict]] = {}
    for rule in rules["rules"]:
        by_actor.setdefault(rule["actor"], []).append(rule)
    return {
        "id": reg["id"], "name": short_name(reg["meta"], lang), "title": bi(reg["meta"]["title"], lang),
        "href": links.rel(page, links.regulation_url(reg["id"])),
        "parties": [ctx.party_name(reg, p, lang) for p in involved],
        "rows": rows,
        "liaison": [{"party": ctx.party_name(reg, item["party"], lang), "office": item["office"][lang],
                     "cites": ctx.cite_links(reg["id"], item["cites"], page, lang)}
                    for item in rules.get("liaison", [])],
        "duties": [{"actor": ctx.party_name(reg, actor, lang), "items": [
            {"action": rule["action"][lang],
             "towards": ctx.party_name(reg, rule["towards"], lang) if rule.get("towards") else None,
             "timing": wording.timing_text(rule["timing"])[lang],
             "cites": ctx.cite_links(reg["id"], rule["cites"], page, lang)} for rule in actor_rules]}
            for actor, actor_rules in by_actor.items()],
    }


def matrix_by_regulation(ctx: Context, lang: str, page: str) -> dict:
    """The matrix page: each regulation with its counts, linking to matrix/<id>/. A row keeps the anchors the
    one-page matrix had (#<id>, #<id>-matrix, #<id>-liaison, #<id>-duties), so a link shared before the split
    still lands on the right regulation."""
    rows = []
    for reg in ctx.regulations.values():
        rules = reg["rules"]
        parties = {p for row in rules.get("matrix", []) for p in row["presides"] + row["coordinates"]}
        rows.append({"id": reg["id"], "name": short_name(reg["meta"], lang),
                     "href": links.rel(page, links.matrix_url(reg["id"])),
                     "areas": len(rules.get("matrix", [])), "parties": len(parties),
                     "duties": len(rules["rules"]), "liaison": len(rules.get("liaison", []))})
    return {"rows": rows}


def matrix_page(ctx: Context, reg: dict, lang: str) -> str:
    """matrix/<id>/: who presides, who coordinates, the focal points and every party's duties."""
    page = links.matrix_url(reg["id"])
    return _tool_page("matrix.md", "tool_matrix", reg, lang, list_href=links.rel(page, links.matrix_url()),
                      regulations=[_matrix_view(ctx, reg, lang, page)])


def glossary(ctx: Context, lang: str, page: str) -> dict:
    first, second = lang, next(other for other in LANGS if other != lang)  # the page's language first
    rows = []
    for term in sorted(ctx.corpus["glossary"], key=lambda term: (fold(term[first]), term[first])):
        note = term.get("note", {}).get(lang) if isinstance(term.get("note"), dict) else None
        rows.append({"first": term[first], "second": term[second], "note": note or term.get(f"note_{lang}") or ""})
    return {"first": first, "second": second, "rows": rows}


def sources(ctx: Context, lang: str, page: str) -> dict:
    """Where each text comes from is on its own page (the "About this document" card); here, how many there are
    and where to find them, so that the method page does not grow with the corpus."""
    return {"count": len(ctx.regulations), "href": links.rel(page, links.regulations_list_url())}


def method_links(ctx: Context, lang: str, page: str) -> dict:
    items = []
    if ctx.has_counting:
        items.append({"href": links.rel(page, "method/counting/"), "key": "counting_title"})
    if ctx.has_format:
        items.append({"href": links.rel(page, "reference/corpus-format/"), "key": "format_title"})
    return {"items": items}


def checker_text(lang: str) -> dict:
    """Every word checker.js shows, in the page's language: read from the page, never written in the script."""
    w = {key: word(key, lang, "site") for key in (
        "ui.loading", "ui.ready", "ui.no_wasm", "ui.failed", "ui.corpus_failed", "ui.fallback_link",
        "ui.fallback_lead", "ui.need_date", "ui.date_hint", "ui.date_read", "ui.megabytes", "ui.share", "ui.slow",
        "ui.scenario", "label.who", "label.towards", "label.no_fixed_date", "label.consequence", "label.warnings",
        "label.notes", "label.cites", "label.counting", "ui.ics_preparing", "ui.ics_none", "ui.ics_failed", "ui.copied",
        "label.obligations", "label.conventions", "ui.internal", "label.regulation", "label.event", "label.date",
        "label.date_means", "label.flags", "label.mode", "ui.added_by_flag", "label.roles", "label.presides",
        "label.coordinates", "label.liaison", "ui.day_number", "ui.provisional", "ui.provisional_agreed",
        "ui.provisional_differs")}
    return {
        "steps": {step: word(f"ui.step.{step}", lang, "site") for step in ("runtime", "packages", "corpus", "ready")},
        "legend": {kind: word(f"legend.{kind}", lang, "site")
                   for kind in ("event", "counted", "weekend", "holiday", "swap", "due")},
        "status": {status: word(f"day.status.{status}", lang, "site")
                   for status in ("event", "reference", "skipped", "moved", "working")},
        "marks": {mark: word(f"day.mark.{mark}", lang, "site") for mark in ("due", "raw_end", "last_working_day")},
        **{key.split(".", 1)[1]: value for key, value in w.items() if key != "ui.megabytes"},
        "megabytes_template": w["ui.megabytes"],  # checker.js formats the numbers in the page's language
    }


def checker_catalog(ctx: Context) -> dict:
    form = catalog(ctx.corpus)
    if not form.get("ok") or not form.get("regulations"):
        raise ViewError("build.no_regulation_for_checker")
    return form


CHECKER_CATALOG_DIR = "checker/catalog"  # site/checker/catalog/<regulation>.json


def write_checker_catalogs(ctx: Context) -> None:
    """One small file per regulation, its events and circumstances (its entry of checker.engine.catalog, both
    languages): the checker page carries only its first regulation's, and checker.js fetches the one chosen,
    so the page does not grow with the number of regulations."""
    folder = ctx.docs_dir / CHECKER_CATALOG_DIR
    folder.mkdir(parents=True, exist_ok=True)
    for entry in checker_catalog(ctx)["regulations"]:
        (folder / f"{entry['id']}.json").write_text(
            json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")


def checker_form(ctx: Context, lang: str, page: str) -> dict:
    """The checker's form, its choices from the engine's own catalogue, and the words its script shows. The
    page holds the list of regulations and the events of the first one only; the others' events are in
    checker/catalog/<id>.json (write_checker_catalogs)."""
    form = checker_catalog(ctx)
    first = form["regulations"][0]
    return {
        "lang": lang,
        "root": links.rel_shared(page, "", lang) or "./",
        "deadlines": links.rel(page, "deadlines/"),
        "site_url": ctx.site_url or "",  # mkdocs.yml site_url: absolute links in .ics files; none when unset
        "script": links.rel_shared(page, "assets/checker/checker.js", lang),
        "first_script": links.rel_shared(page, "assets/checker/first-answer.js", lang),
        "catalog": {**form, "regulations": [first]},
        "text": checker_text(lang),
        "dates": date_patterns(),  # the date box's form and the table's key, filled by first-answer.js with today
        "regulations": [{"id": r["id"], "selected": r is first,
                         "label": (f"{r['number']} · " if r.get("number") and r["number"] != "unknown" else "")
                         + bi(r["title"], lang)} for r in form["regulations"]],
        "events": [{"id": e["id"], "selected": index == 0, "label": e["label"][lang]}
                   for index, e in enumerate(first["events"])],
        "modes": [{"id": mode, "label": word(f"mode.{mode}", lang, "site"), "checked": mode == "standard"}
                  for mode in MODES],
    }


# name in <!-- build:NAME --> -> view; each renders overrides/sitegen/blocks/NAME.html
BLOCKS = {
    "regulations-table": regulations_cards,
    "regulations-list": regulations_list,
    "tools": tools,
    "deadlines-by-regulation": deadlines_by_regulation,
    "matrix-by-regulation": matrix_by_regulation,
    "glossary": glossary,
    "sources": sources,
    "method-links": method_links,
    "checker-form": checker_form,
}


def block(name: str, ctx: Context, lang: str, page: str) -> str:
    return render(f"blocks/{name}.html", t=labels(lang), **BLOCKS[name](ctx, lang, page)).strip("\n")
