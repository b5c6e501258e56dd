#!/usr/bin/env python3
"""Every docs chore in one script: build, verify-corpus, verify-links, serve.

    .venv/bin/python scripts/docs.py build [--corpus DIR] [--site-dir DIR]
    .venv/bin/python scripts/docs.py verify-corpus [--corpus DIR]
    .venv/bin/python scripts/docs.py verify-links [--site-dir DIR]
    .venv/bin/python scripts/docs.py serve [--port 8000] [--no-build]

`build` validates the corpus, copies docs/ to a temporary folder, generates the regulation pages and
the corpus-driven tables into it, runs `mkdocs build --strict` into a temporary site, adds the
machine-readable JSON and the checker runtime, checks every internal link and anchor, and only then
replaces site/. A failed build prints what is wrong (file:line for the corpus) and leaves site/ as it
was. The corpus root can also be given with the environment variable REGULATIONS_DIR.

Other generated sections plug in through PAGE_GENERATORS below: scripts/training.py writes the
training pages into the temporary docs folder after the regulation pages, before the navigation.
"""

from __future__ import annotations

import argparse
import errno
import html
import importlib.util
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from datetime import date, timedelta
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # the checker package: citations, corpus loader (also when run as a script)
    sys.path.insert(0, str(ROOT))
DOCS = ROOT / "docs"
CONFIG_FILE = ROOT / "mkdocs.yml"
LANGS = ("vi", "en")
DEFAULT_LANG = "vi"
# The example date put in "try it" links of the deadline table: the question of issue 4
# ("we received the request on 20/11/2026: when must we reply?").
EXAMPLE_DATE = "2026-11-20"

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")  # Material's end-of-life banner hides real messages


class BuildError(Exception):
    """A problem the reader can fix; printed without a traceback."""

    def __init__(self, vi: str, en: str):
        super().__init__(f"{vi} / {en}")


# ---------------------------------------------------------------------------
# Words of the interface (the regulation texts themselves come from the corpus only)

T = {
    "unknown": ("không rõ — văn bản nguồn không ghi", "unknown — not shown in the source"),
    "number": ("Số hiệu", "Number"),
    "type": ("Loại văn bản", "Type"),
    "title": ("Tên văn bản", "Title"),
    "issuing_body": ("Cơ quan ban hành", "Issuing body"),
    "signer": ("Người ký", "Signer"),
    "signing_date": ("Ngày ký", "Signing date"),
    "place": ("Nơi ban hành", "Place of issue"),
    "effect": ("Hiệu lực", "Effect"),
    "status": ("Tình trạng", "Status"),
    "source": ("Nguồn", "Source"),
    "provenance": ("Cách có văn bản", "How the text was obtained"),
    "unknown_notes": ("Nguồn không ghi", "Not shown in the source"),
    "data": ("Dữ liệu máy đọc", "Machine-readable data"),
    "translation": ("Bản tiếng Anh", "English text"),
    "translation_note": ("bản dịch của dự án, không phải bản chính thức",
                         "the project's translation, not an official one"),
    "source_ocr": ("bản quét OCR, đã khôi phục", "OCR scan, restored"),
    "source_clean": ("văn bản sạch", "clean text"),
    "see_also": ("Xem thêm", "See also"),
    "sec_metadata": ("Thông tin văn bản", "About this document"),
    "sec_legal_bases": ("Căn cứ ban hành (văn bản được viện dẫn)", "Legal bases (documents cited)"),
    "legal_bases_note": ("Danh sách tên các văn bản mà văn bản này viện dẫn; trang này không có nội dung "
                         "của các văn bản đó.",
                         "The titles of the documents this text cites; this site does not hold their text."),
    "sec_uncertain": ("Chỗ đọc chưa chắc chắn trong bản quét", "Uncertain readings of the scan"),
    "uncertain_note": ("Bản nguồn là bản quét OCR chất lượng kém. Ở những chỗ dưới đây, chữ trong bản quét "
                       "không đọc được chắc chắn; trang này dùng cách đọc hợp lý nhất và ghi lại chữ gốc của "
                       "bản quét.",
                       "The source is a poor OCR scan. At the places below the scanned characters cannot be read "
                       "with confidence; the text uses the best reading, and the scan's characters are kept here."),
    "uncertain_where": ("Vị trí", "Where"),
    "uncertain_short": ("Đọc chưa chắc chắn", "Uncertain readings"),
    "uncertain_ocr": ("Bản quét ghi", "The scan shows"),
    "uncertain_reading": ("Cách đọc dùng trong văn bản", "Reading used in the text"),
    "uncertain_alternatives": ("Cách đọc khác", "Other readings"),
    "uncertain_note_col": ("Ghi chú", "Note"),
    "uncertain_marker": ("chỗ đọc chưa chắc chắn trong bản quét", "uncertain reading of the Vietnamese scan"),
    "sec_decision": ("Toàn văn Quyết định", "Text of the Decision"),
    "sec_attached": ("Văn bản kèm theo Quyết định", "Document attached to the Decision"),
    "sec_text": ("Toàn văn", "Full text"),
    "contents": ("Mục lục", "Contents"),
    "link_to": ("Liên kết tới", "Link to"),
    "copied": ("Đã sao chép liên kết", "Link copied"),
    "rule": ("Quy tắc", "Rule"),
    "rule_title": ("Quy tắc máy đọc rút từ điều khoản trên", "Machine-readable rule drawn from the provision above"),
    "consequence": ("Hệ quả", "Consequence"),
    "reference_date": ("Ngày mốc", "Reference date"),
    "rule_details": ("Chi tiết quy tắc", "Rule details"),
    "notes": ("Ghi chú", "Notes"),
    "try": ("Thử tính hạn", "Try it"),
    "try_title": ("Mở công cụ tính hạn với tình huống này", "Open the deadline checker with this scenario"),
    "not_official_title": ("Không phải văn bản chính thức", "Not an official publication"),
    "not_official": ("Văn bản trên trang này được chép lại từ tệp nguồn để tra cứu; bản tiếng Anh là bản dịch "
                     "của dự án. Khi cần dùng chính thức, hãy đối chiếu với bản gốc do cơ quan ban hành phát hành.",
                     "The text on this page was copied from the source file for reference; the English text is "
                     "the project's translation. For any official use, compare with the original issued by the "
                     "issuing body."),
    "method_link": ("Cách khôi phục văn bản", "How the text was restored"),
    "col_who": ("Ai → với ai", "Who → towards whom"),
    "col_what": ("Việc phải làm", "What"),
    "col_how_long": ("Thời hạn", "How long"),
    "col_counted": ("Cách tính", "Counted how"),
    "col_cites": ("Căn cứ", "Provision"),
    "col_try": ("Thử", "Try"),
    "col_area": ("Nội dung phối hợp", "Content area"),
    "col_number": ("Số hiệu", "Number"),
    "col_body": ("Cơ quan ban hành", "Issuing body"),
    "col_date": ("Ngày ký", "Date"),
    "col_effect": ("Hiệu lực", "Effect"),
    "col_status": ("Tình trạng", "Status"),
    "presides": ("Chủ trì", "Presides"),
    "coordinates": ("Phối hợp", "Coordinates"),
    "everyone": ("(không ghi bên nhận)", "(no recipient named)"),
    "no_time_limits": ("Không có thời hạn nào.", "No time limit."),
    "matrix_title": ("Chủ trì và phối hợp theo nội dung", "Who presides and who coordinates, by content area"),
    "liaison_title": ("Đầu mối và cơ quan thường trực", "Focal points and liaison offices"),
    "duties_title": ("Nghĩa vụ của từng bên", "Duties of each party"),
    "no_matrix": ("Văn bản này không có bảng chủ trì – phối hợp theo nội dung.",
                  "This document has no presides/coordinates table by content area."),
    "glossary_vi": ("Tiếng Việt", "Vietnamese"),
    "glossary_en": ("Tiếng Anh", "English"),
    "glossary_note": ("Ghi chú", "Note"),
    "uncertain_count": ("chỗ đọc chưa chắc chắn", "uncertain readings"),
    "tool_checker": ("Công cụ tính hạn", "Deadline checker"),
    "tool_checker_text": ("nhập sự kiện và ngày, xem hạn chót, cách đếm từng ngày và điều khoản làm căn cứ.",
                          "enter an event and a date; see the due date, every day counted and the provisions "
                          "it rests on."),
    "tool_training": ("Tài liệu đào tạo", "Training"),
    "tool_training_text": ("tình huống mẫu, tài liệu phát tay và bài tự kiểm tra cho buổi bồi dưỡng.",
                           "worked scenarios, handouts and a self-check for induction sessions."),
    "tool_deadlines": ("Bảng thời hạn", "Deadlines"),
    "tool_deadlines_text": ("mọi thời hạn của mọi văn bản trong một bảng.", "every time limit of every regulation in one table."),
    "tool_matrix": ("Trách nhiệm", "Responsibilities"),
    "tool_matrix_text": ("ai chủ trì, ai phối hợp, ai phải làm gì.", "who presides, who coordinates, who must do what."),
    "tool_glossary": ("Thuật ngữ", "Glossary"),
    "tool_glossary_text": ("bảng đối chiếu thuật ngữ Việt – Anh.", "Vietnamese–English terms."),
    "tool_data": ("Dữ liệu JSON", "JSON data"),
    "tool_data_text": ("toàn bộ văn bản, theo từng điều khoản, và các quy tắc, cho công cụ khác dùng.",
                       "every text by provision, and the rules, for other tools."),
}


def t(key: str, lang: str) -> str:
    return T[key][LANGS.index(lang)]


def bi(value, lang: str) -> str | None:
    """The text of a {vi, en} mapping in `lang`; None for the literal `unknown`."""
    if value is None or value == "unknown":
        return None
    if isinstance(value, dict) and lang in value:
        return value[lang]
    raise BuildError(f"giá trị song ngữ không đúng dạng: {value!r}", f"malformed bilingual value: {value!r}")


MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")


def format_date(iso: str, lang: str) -> str | None:
    if iso == "unknown":
        return None
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day:02d}/{month:02d}/{year}" if lang == "vi" else f"{day} {MONTHS_EN[month - 1]} {year}"


# ---------------------------------------------------------------------------
# Escaping, folding, citations


def esc(text: str) -> str:
    return html.escape(text, quote=True)


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&:])")


def md_inline(text: str) -> str:
    """Plain text made safe inside a Markdown heading: nothing in it can become markup."""
    return _MD_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(m.group(1), "\\" + m.group(1)),
                           text)


def _module(relative: str):
    """A project file that is not in a package (a hook, a script), loaded as a module."""
    path = ROOT / relative
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The search index and the glossary order must fold text the same way ("phoi hop" finds "phối hợp"):
# one function, kept with the search hook that defines what a search matches.
fold = _module("hooks/search_index.py").fold


FRONT_NAMES = {
    # id stem: (vi, en, vi with a number, en with a number)
    "tieu-de": ("phần đầu", "heading", None, None),
    "can-cu": ("phần căn cứ", "preamble", "căn cứ thứ {n}", "legal basis {n}"),
    "ban-hanh": ("câu ban hành", "enacting formula", None, None),
    "noi-nhan": ("nơi nhận", "recipients", "nơi nhận thứ {n}", "recipient {n}"),
    "chu-ky": ("phần ký", "signature block", None, None),
}
_ARTICLE_TREE = re.compile(r"(?:qd-dieu-\d+|chuong-\d+|dieu-\d+(?:-khoan-\d+(?:-diem-[a-z]+)?)?(?:-gach-\d+)?)")


def citation(pid: str, lang: str) -> str:
    """Human citation of a provision id, Vietnamese order ('điểm b khoản 2 Điều 5' / 'Article 5(2)(b)').

    Chapters, articles, clauses, points and dashes are worded by the checker (checker/citation.py), so
    the site, the JSON copies, the training kit and the checker's answers cite alike. The front and back
    matter of a document (heading, legal bases, recipients...) only appear on the site: named here."""
    if _ARTICLE_TREE.fullmatch(pid):
        from checker.citation import human  # ROOT is on sys.path (top of this file)

        return human(pid)[lang]
    vi = lang == "vi"
    decision = pid.startswith("qd-")
    base = pid[3:] if decision else pid
    match = re.fullmatch(r"(tieu-de|can-cu|ban-hanh|noi-nhan|chu-ky)(?:-(\d+))?", base)
    if match:
        names = FRONT_NAMES[match[1]]
        name = names[(2 if match[2] else 0) + (0 if vi else 1)]
        if name is not None:
            name = name.format(n=match[2])
            return name + ((" của Quyết định" if vi else " of the Decision") if decision else "")
    raise BuildError(f"không biết cách trích dẫn mã điều khoản '{pid}'", f"cannot cite provision id '{pid}'")


def capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


# In-text references to the same document ("Điều 3 Quy chế này", "Article 3 of this Regulation").
REF_VI = re.compile(
    r"(?:(?P<point>điểm [a-zđ])(?P<sep1>,? ))?(?:(?P<clause>khoản \d+)(?P<sep2>,? ))?"
    r"(?P<article>Điều (?:\d+|này))(?P<doc>,? (?:của )?(?:Quy chế|Quyết định|Quy định) này)?",
)
REF_EN = re.compile(
    r"(?P<article>Article \d+)(?P<sub>(?:\(\d+\))?(?:\([a-zđ]\))?)(?P<doc> of this (?:Regulation|Decision))"
    r"|(?P<clause2>[Cc]lause \d+) of this Article",
)


def _ref_target(found: re.Match, lang: str, current: str, ids: set[str]) -> str | None:
    """The provision id a same-document reference points at, or None when unsure or absent."""
    here = re.match(r"(?:qd-)?dieu-\d+", current)  # the article the reference is written in
    if lang == "vi":
        if found["article"] == "Điều này":
            if not here or not found["clause"]:
                return None
            articles = [here[0]]
        else:
            if not found["doc"]:
                return None  # "Điều 3" alone may name another document; link only what is certain
            number = found["article"].split()[1]
            # "Quyết định này" is the Decision (qd- ids) where the page has one, else the document itself.
            articles = ([f"qd-dieu-{number}"] if "Quyết định" in found["doc"] else []) + [f"dieu-{number}"]
        suffix = ""
        if found["clause"]:
            suffix += f"-khoan-{found['clause'].split()[1]}"
            if found["point"]:
                letter = found["point"].split()[1]
                suffix += f"-diem-{'dd' if letter == 'đ' else letter}"
    elif found["clause2"]:
        if not here:
            return None
        articles, suffix = [here[0]], f"-khoan-{found['clause2'].split()[1]}"
    else:
        number = found["article"].split()[1]
        articles = ([f"qd-dieu-{number}"] if "Decision" in found["doc"] else []) + [f"dieu-{number}"]
        suffix = "".join(f"-khoan-{n}" for n in re.findall(r"\((\d+)\)", found["sub"]))
        suffix += "".join(f"-diem-{'dd' if x == 'đ' else x}" for x in re.findall(r"\(([a-zđ])\)", found["sub"]))
    return next((article + suffix for article in articles if article + suffix in ids), None)


def link_references(escaped: str, lang: str, current: str, ids: set[str]) -> str:
    """Escaped provision text with same-document references turned into links to their anchors."""
    pattern = REF_VI if lang == "vi" else REF_EN

    def replace(match: re.Match) -> str:
        target = _ref_target(match, lang, current, ids)
        if not target or target == current:
            return match[0]
        return f'<a class="ref" href="#{target}">{match[0]}</a>'

    return pattern.sub(replace, escaped)


def paragraphs_html(text: str, lang: str, current: str, ids: set[str], link_refs: bool = True) -> list[str]:
    """Blank lines separate paragraphs; a single line break inside a paragraph is kept."""
    out = []
    for paragraph in re.split(r"\n\s*\n", text.strip()):
        if not paragraph.strip():
            continue
        lines = [esc(line.strip()) for line in paragraph.splitlines() if line.strip()]
        body = "<br>".join(lines)
        if link_refs:
            body = link_references(body, lang, current, ids)
        out.append(body)
    return out


# ---------------------------------------------------------------------------
# Site URLs (language-independent: the English page of "regulations/x/" is "en/regulations/x/")


def page_url(rel_path: str) -> str:
    """URL (relative to the language root) of a docs file such as 'method/counting.en.md'."""
    path = PurePosixPath(rel_path)
    stem = path.name.split(".")[0]
    parent = "" if str(path.parent) == "." else f"{path.parent}/"
    return parent if stem == "index" else f"{parent}{stem}/"


def rel(from_url: str, to_url: str) -> str:
    """Relative link between two directory URLs of the same language; to_url may carry ?query#fragment."""
    return ("../" * from_url.count("/") + to_url) or "./"


def rel_shared(from_url: str, to_url: str, lang: str) -> str:
    """Relative link to a file that exists once for all languages (data/*.json), at the site root."""
    return ("" if lang == DEFAULT_LANG else "../") + rel(from_url, to_url)


def regulation_url(reg_id: str, pid: str | None = None) -> str:
    return f"regulations/{reg_id}/" + (f"#{pid}" if pid else "")


def short_name(meta: dict, lang: str) -> str:
    """Navigation label: type and number, or type and issuing body when the number is unknown."""
    kind = bi(meta["type"], lang)
    if meta["number"] != "unknown":
        return f"{kind} {meta['number']}"
    return f"{kind} — {bi(meta['issuing_body'], lang)}"


def unknown_html(lang: str) -> str:
    return f'<span class="unknown">{esc(t("unknown", lang))}</span>'


def value_html(value, lang: str) -> str:
    text = bi(value, lang) if not isinstance(value, str) or value == "unknown" else value
    return esc(text) if text else unknown_html(lang)


# ---------------------------------------------------------------------------
# Rules: how a timing reads


FROM_WORDS = {
    "receipt": ("ngày nhận văn bản", "receipt"),
}
UNIT_WORDS = {
    "calendar_days": ("ngày", "days"),
    "working_days": ("ngày làm việc", "working days"),
}


def _unit(unit: str, lang: str) -> str:
    if unit not in UNIT_WORDS:
        raise BuildError(f"đơn vị thời hạn chưa có nhãn: '{unit}' (thêm vào UNIT_WORDS trong scripts/docs.py)",
                         f"no label for the time unit '{unit}' (add it to UNIT_WORDS in scripts/docs.py)")
    return UNIT_WORDS[unit][LANGS.index(lang)]


def timing_text(timing: dict, lang: str) -> str:
    kind = timing["kind"]
    vi = lang == "vi"
    if kind == "within":
        if timing["from"] not in FROM_WORDS:
            raise BuildError(f"mốc tính thời hạn chưa có nhãn: '{timing['from']}' (thêm vào FROM_WORDS trong scripts/docs.py)",
                             f"no label for the start of a period '{timing['from']}' (add it to FROM_WORDS in scripts/docs.py)")
        start = FROM_WORDS[timing["from"]][LANGS.index(lang)]
        unit = _unit(timing["unit"], lang)
        return f"trong {timing['count']} {unit} kể từ {start}" if vi else f"within {timing['count']} {unit} of {start}"
    if kind == "before":
        unit = _unit(timing["unit"], lang)
        return (f"chậm nhất {timing['count']} {unit} trước ngày mốc" if vi
                else f"at least {timing['count']} {unit} before the reference date")
    if kind == "annual_before":
        day, month = timing["day"], timing["month"]
        return (f"hằng năm, trước ngày {day}/{month}" if vi
                else f"every year, before {day} {MONTHS_EN[month - 1]}")
    if kind == "none":
        return "không có thời hạn cố định" if vi else "no fixed time limit"
    if kind == "periodic":
        return bi(timing["period"], lang)
    raise BuildError(f"loại thời hạn chưa có nhãn: '{kind}'", f"no label for the timing kind '{kind}'")


def counted_text(timing: dict, lang: str) -> str:
    """One line on how the period is counted; the full conventions are on the counting page."""
    kind, vi = timing["kind"], lang == "vi"
    unit = timing.get("unit")
    if kind == "within" and unit == "calendar_days":
        return ("Ngày lịch, bắt đầu từ ngày sau ngày nhận; nếu ngày cuối là ngày nghỉ thì hạn là ngày làm việc "
                "tiếp theo (Bộ luật Dân sự 2015, Điều 147, 148). Chế độ chặt chẽ giữ nguyên ngày cuối."
                if vi else
                "Calendar days, from the day after receipt; if the last day is a day off, the period ends on the "
                "next working day (Civil Code 2015, Articles 147, 148). Strict mode keeps the raw last day.")
    if kind == "within" and unit == "working_days":
        return ("Đếm ngày làm việc từ ngày sau ngày nhận; bỏ thứ Bảy, Chủ nhật, ngày lễ và ngày nghỉ bù, tính "
                "các thứ Bảy làm bù (Bộ luật Dân sự 2015, Điều 147)."
                if vi else
                "Working days from the day after receipt; Saturdays, Sundays, public holidays and compensatory "
                "days off are skipped, swapped working Saturdays count (Civil Code 2015, Article 147).")
    if kind == "before":
        return (f"Lùi {timing['count']} {_unit(unit, lang)} trước ngày mốc, không tính ngày mốc."
                if vi else f"Count back {timing['count']} {_unit(unit, lang)} before the reference date, "
                           "that date not counted.")
    if kind == "annual_before":
        day, month = timing["day"], timing["month"]
        latest = date(2001, month, day) - timedelta(days=1)  # a year without 29 February: the rule is yearly
        if vi:
            return (f"“Trước ngày {day}/{month}” nghĩa là chậm nhất ngày {latest.day}/{latest.month}; kèm ngày làm "
                    f"việc cuối cùng không muộn hơn ngày đó.")
        return (f"“Before {day} {MONTHS_EN[month - 1]}” means {latest.day} {MONTHS_EN[latest.month - 1]} at the "
                f"latest; the last working day on or before it is given too.")
    if kind == "periodic":
        return bi(timing["reason"], lang)
    return bi(timing["reason"], lang)


# ---------------------------------------------------------------------------
# Build context


class Context:
    """What generated pages need to know about the corpus and the other pages of the site."""

    def __init__(self, corpus: dict, docs_dir: Path):
        self.corpus = corpus
        self.docs_dir = docs_dir
        self.regulations = corpus["regulations"]

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

    def parties(self, reg: dict) -> dict:
        return {p["id"]: p for p in reg["rules"]["parties"]}

    def party_name(self, reg: dict, party_id: str | None, lang: str) -> str:
        if party_id is None:
            return t("everyone", lang)
        return self.parties(reg)[party_id][lang]

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
        if not meanings:
            return ""
        return (f'<span class="reference-date"><strong>{esc(t("reference_date", lang))}:</strong> '
                f'{esc(" / ".join(dict.fromkeys(meanings)))}</span>')

    def try_link(self, reg: dict, rule_id: str, from_url: str, lang: str) -> str:
        if not self.has_checker:
            return ""
        links = []
        for event, flag in self.events_using(reg, rule_id):
            query = {"regulation": reg["id"], "event": event["id"], "date": EXAMPLE_DATE}
            if flag:
                query["flags"] = flag
            href = rel(from_url, "checker/?" + urlencode(query))
            label = f"{t('try', lang)}: {event['label'][lang]}"
            links.append(f'<a class="try-link" href="{esc(href)}" title="{esc(t("try_title", lang))}">{esc(label)}</a>')
        if not links:
            return ""
        return " ".join(links)


# ---------------------------------------------------------------------------
# Regulation page


def _front_matter(data: dict) -> str:
    # JSON is valid YAML; one line per key keeps the front matter exact for any text.
    return "---\n" + "".join(f"{key}: {json.dumps(value, ensure_ascii=True)}\n" for key, value in data.items()) + "---\n"


def rule_html(ctx: Context, reg: dict, rule: dict, page: str, lang: str) -> str:
    """The rule drawn from a provision, right after it: one line, details folded away."""
    timing = rule["timing"]
    actor = ctx.party_name(reg, rule["actor"], lang)
    towards = f" → {esc(ctx.party_name(reg, rule['towards'], lang))}" if rule.get("towards") else ""
    head = (f'<span class="rule-badge" title="{esc(t("rule_title", lang))}">{esc(t("rule", lang))}</span> '
            f'<strong>{esc(actor)}</strong>{towards}: <span class="rule-timing">{esc(timing_text(timing, lang))}</span>'
            f' {ctx.try_link(reg, rule["id"], page, lang)}')
    parts = [f'<p class="rule-head">{head}</p>']
    note = ctx.reference_note(reg, rule, lang)
    if note:
        parts.append(f'<p class="rule-more">{note}</p>')
    if rule.get("consequence"):
        parts.append(f'<p class="rule-more"><strong>{esc(t("consequence", lang))}:</strong> '
                     f'{esc(rule["consequence"][lang])}</p>')
    details = [f'<p><strong>{esc(t("col_what", lang))}:</strong> {esc(rule["action"][lang])}</p>']
    if timing["kind"] in ("none", "periodic"):
        details.append(f"<p>{esc(bi(timing['reason'], lang))}</p>")
    if rule.get("notes"):
        details.append(f'<p><strong>{esc(t("notes", lang))}:</strong> {esc(rule["notes"][lang])}</p>')
    details.append(f'<p class="rule-id"><code>{esc(rule["id"])}</code></p>')
    parts.append(f'<details><summary>{esc(t("rule_details", lang))}</summary>{"".join(details)}</details>')
    return f'<aside class="rule" id="{esc(rule["id"])}" data-search-exclude="">{"".join(parts)}</aside>'


def regulation_page(ctx: Context, reg: dict, lang: str) -> str:
    meta, provisions = reg["meta"], reg["provisions"]
    ids = {p["id"] for p in provisions}
    page = regulation_url(reg["id"])
    rules_after: dict[str, list[dict]] = {}
    for rule in reg["rules"]["rules"]:
        # A rule is shown after the first provision it cites (its main source).
        rules_after.setdefault(rule["cites"][0], []).append(rule)
    uncertain = reg.get("uncertain_readings", [])
    uncertain_by_provision: dict[str, list[int]] = {}
    for number, reading in enumerate(uncertain, 1):
        uncertain_by_provision.setdefault(reading["provision"], []).append(number)

    search_entries = []
    out: list[str] = []
    title = bi(meta["title"], lang)
    out.append(f"# {md_inline(title)} {{ #reg-title .reg-title }}\n")
    out.append(f'!!! warning "{t("not_official_title", lang)}"\n    {esc(t("not_official", lang))} '
               f'[{t("method_link", lang)}](../method/index.md)\n')

    # In-page contents, first: wide screens have the sidebar, phones have only this one
    toc_items = []
    for provision in provisions:
        if provision["kind"] in ("chuong", "dieu"):
            first_line = provision[lang].strip().splitlines()[0] if provision[lang].strip() else citation(provision["id"], lang)
            label = " ".join(provision[lang].split()) if provision["kind"] == "chuong" else first_line
            toc_items.append(f'<li class="toc-{provision["kind"]}"><a href="#{provision["id"]}">{esc(label)}</a></li>')
    if toc_items:
        out.append(f'<details class="reg-toc"><summary>{esc(t("contents", lang))}</summary>'
                   f'<ul>{"".join(toc_items)}</ul></details>\n')

    # Metadata card
    out.append(f"## {md_inline(t('sec_metadata', lang))} {{ #sec-metadata }}\n")
    rows = []

    def row(key: str, content: str) -> None:
        rows.append(f'<tr><th scope="row">{esc(t(key, lang))}</th>\n<td>{content}</td></tr>')

    row("number", value_html(meta["number"], lang))
    row("type", value_html(meta["type"], lang))
    row("title", value_html(meta["title"], lang))
    row("issuing_body", value_html(meta["issuing_body"], lang))
    row("signer", value_html(meta["signer"], lang))
    date_text = format_date(meta["signing_date"], lang)
    row("signing_date", esc(date_text) if date_text else unknown_html(lang))
    row("place", value_html(meta["place"], lang))
    effect_link = f' (<a href="#{esc(meta["effect_provision"])}">{esc(citation(meta["effect_provision"], lang))}</a>)'
    row("effect", esc(bi(meta["effect"], lang)) + effect_link)
    row("status", esc(bi(meta["status"], lang)))
    source = meta["source"]
    kind = t("source_ocr" if source["kind"] == "ocr" else "source_clean", lang)
    row("source", f'<code>{esc(source["file"])}</code> ({esc(kind)}; sha256 <code>{esc(source["sha256"][:12])}…</code>)')
    row("provenance", esc(bi(meta["provenance"], lang)))
    if meta.get("unknown_notes"):
        row("unknown_notes", esc(bi(meta["unknown_notes"], lang)))
    row("translation", esc(t("translation_note", lang)))
    data_href = rel_shared(page, f"data/{reg['id']}.json", lang)
    row("data", f'<a href="{esc(data_href)}"><code>data/{esc(reg["id"])}.json</code></a>')
    out.append('<table class="meta-card">\n' + "\n".join(rows) + "</table>\n")

    # Legal bases
    out.append(f"## {md_inline(t('sec_legal_bases', lang))} {{ #sec-legal-bases }}\n")
    out.append(f"{esc(t('legal_bases_note', lang))}\n")
    items = []
    for basis in meta["legal_bases"]:
        items.append(f'<li>{esc(basis[lang])} <a class="cite" href="#{esc(basis["provision"])}">'
                     f'({esc(citation(basis["provision"], lang))})</a></li>')
    out.append(f'<ul class="legal-bases">{"".join(items)}</ul>\n')

    # Uncertain readings
    if uncertain:
        out.append(f"## {md_inline(t('sec_uncertain', lang))} {{ #sec-uncertain }}\n")
        out.append(f"{esc(t('uncertain_note', lang))}\n")
        with_alternatives = any(reading.get("alternatives") for reading in uncertain)
        columns = ["uncertain_where", "uncertain_ocr", "uncertain_reading"]
        columns += ["uncertain_alternatives"] if with_alternatives else []
        columns += ["uncertain_note_col"]
        rows = []
        for number, reading in enumerate(uncertain, 1):
            cells = {
                "uncertain_where": f'<a href="#{esc(reading["provision"])}">'
                                   f'{esc(capitalize(citation(reading["provision"], lang)))}</a>',
                # The scan's garbled characters stay out of the search index.
                "uncertain_ocr": f'<code data-search-exclude="">{esc(reading["ocr"])}</code>',
                "uncertain_reading": f'<span lang="vi">{esc(reading["reading"])}</span>',
                "uncertain_alternatives": ", ".join(esc(a) for a in reading.get("alternatives", [])),
                "uncertain_note_col": esc(reading["note"][lang]) if reading.get("note") else "",
            }
            rows.append(f'<tr id="ocr-{number}">' + "\n".join(
                f'<td data-label="{esc(t(key, lang))}">{cells[key]}</td>' for key in columns) + "</tr>")
        head = "".join(f"<th>{esc(t(key, lang))}</th>" for key in columns)
        out.append(f'<table class="cards uncertain"><thead><tr>{head}</tr></thead><tbody>'
                   + "\n".join(rows) + "</tbody></table>\n")

    # Full text
    has_decision = any(p["id"].startswith("qd-") for p in provisions)
    section_open = None
    for provision in provisions:
        pid, kind, text = provision["id"], provision["kind"], provision[lang]
        part = "decision" if pid.startswith("qd-") else "main"
        if part != section_open:
            section_open = part
            key = ("sec_decision" if part == "decision" else "sec_attached") if has_decision else "sec_text"
            anchor = {"sec_decision": "sec-decision", "sec_attached": "sec-attached", "sec_text": "sec-text"}[key]
            out.append(f"## {md_inline(t(key, lang))} {{ #{anchor} data-search-exclude=\"\" }}\n")
        cite = capitalize(citation(pid, lang))
        marks = "".join(
            f' <a class="ocr-mark" href="#ocr-{n}" title="{esc(t("uncertain_marker", lang))}">[?]</a>'
            for n in uncertain_by_provision.get(pid, []))
        if kind in ("chuong", "dieu"):
            lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
            if kind == "chuong":
                heading = md_inline(lines[0]) + "".join(
                    f' <span class="chuong-name">{md_inline(line)}</span>' for line in lines[1:])
                out.append(f'## {heading} {{ #{pid} .prov .prov-chuong data-search-exclude="" }}\n')
                if marks:
                    out.append(f'<p class="ocr-marks" data-search-exclude="">{marks.strip()}</p>\n')
                search_entries.append({"id": pid, "title": " ".join(lines), "text": ""})
            else:
                head, _, rest = text.strip().partition("\n")
                out.append(f'### {md_inline(head.strip())} {{ #{pid} .prov .prov-dieu data-search-exclude="" }}\n')
                lead = paragraphs_html(rest, lang, pid, ids) if rest.strip() else []
                if marks and lead:
                    lead[-1] += marks
                elif marks:
                    lead = [f'<span class="ocr-marks">{marks.strip()}</span>']  # no lead-in text to attach to
                if lead:
                    out.append(f'<div class="prov-lead" data-search-exclude="">'
                               + "".join(f"<p>{p}</p>" for p in lead) + "</div>\n")
                search_entries.append({"id": pid, "title": head.strip(), "text": " ".join(rest.split())})
        else:
            body = paragraphs_html(text, lang, pid, ids) if text.strip() else []
            if body and pid.startswith("qd-dieu-"):
                # The Decision's articles are single paragraphs: set their number in bold, as printed.
                body[0] = re.sub(r"^((?:Điều|Article) \d+\.)", r"<strong>\1</strong>", body[0])
            link = (f' <a class="prov-link" href="#{pid}" title="{esc(t("link_to", lang))} {esc(cite)}" '
                    f'aria-label="{esc(t("link_to", lang))} {esc(cite)}" data-copied="{esc(t("copied", lang))}">¶</a>')
            if body:
                body[-1] += marks + link
            kind_class = "front" if kind == "front" else kind
            out.append(f'<div class="prov prov-{kind_class}" id="{pid}" data-cite="{esc(cite)}" data-search-exclude="">'
                       + "".join(f"<p>{p}</p>" for p in body) + "</div>\n")
            if text.strip():
                search_entries.append({"id": pid, "title": cite, "text": " ".join(text.split())})
        for rule in rules_after.get(pid, []):
            out.append(rule_html(ctx, reg, rule, page, lang) + "\n")

    front = _front_matter({
        # MkDocs and Material put these into <title>, the navigation and <meta content="..."> unescaped.
        "title": esc(short_name(meta, lang)),
        "description": esc(title),
        "provision_search": search_entries,
    })
    return front + "\n" + "\n".join(out)


# ---------------------------------------------------------------------------
# Corpus-driven parts of hand-written pages: <!-- build:NAME --> markers


def _table(head: list[str], rows: list[list[str]], classes: str = "cards") -> str:
    # Line breaks between cells keep words apart in the search index (Material drops the tags).
    head_html = "\n".join(f"<th>{h}</th>" for h in head)
    body = "\n".join(
        "<tr>" + "\n".join(f'<td data-label="{h}">{cell}</td>'
                           for h, cell in zip(head, cells)) + "</tr>"
        for cells in rows)
    return f'<table class="{classes}">\n<thead><tr>{head_html}</tr></thead>\n<tbody>{body}</tbody></table>'


def cite_links(reg_id: str, pids: list[str], from_url: str, lang: str) -> str:
    return ", ".join(f'<a href="{esc(rel(from_url, regulation_url(reg_id, pid)))}">{esc(citation(pid, lang))}</a>'
                     for pid in pids)


def block_regulations_table(ctx: Context, lang: str, page: str) -> str:
    """One card per regulation: what the source says, and "unknown" where it says nothing."""
    cards = []
    for reg in ctx.regulations.values():
        meta = reg["meta"]
        date_text = format_date(meta["signing_date"], lang)
        readings = len(reg.get("uncertain_readings", []))
        rows = [("col_number", value_html(meta["number"], lang)),
                ("type", value_html(meta["type"], lang)),
                ("col_body", value_html(meta["issuing_body"], lang)),
                ("col_date", esc(date_text) if date_text else unknown_html(lang)),
                ("col_effect", esc(bi(meta["effect"], lang))),
                ("col_status", esc(bi(meta["status"], lang)))]
        if readings:
            rows.append(("uncertain_short", f'<a href="{esc(rel(page, regulation_url(reg["id"], "sec-uncertain")))}">'
                                          f'{readings} {esc(t("uncertain_count", lang))}</a>'))
        table = "\n".join(f'<tr><th scope="row">{esc(t(key, lang))}</th>\n<td>{value}</td></tr>' for key, value in rows)
        cards.append(f'<div class="reg-card" id="{esc(reg["id"])}">\n'
                     f'<p class="reg-card-title"><a href="{esc(rel(page, regulation_url(reg["id"])))}">'
                     f'{esc(bi(meta["title"], lang))}</a></p>\n'
                     f'<table class="meta-card">\n{table}</table></div>')
    return "\n".join(cards)


def block_tools(ctx: Context, lang: str, page: str) -> str:
    items = []
    if ctx.has_checker:
        items.append(("checker/", "tool_checker"))
    if ctx.has_training:
        items.append(("training/", "tool_training"))
    items += [("deadlines/", "tool_deadlines"), ("matrix/", "tool_matrix"), ("glossary/", "tool_glossary"),
              ("data/index.json", "tool_data")]
    lis = "".join(f'<li><a href="{esc(rel_shared(page, url, lang) if url.startswith("data/") else rel(page, url))}"><strong>{esc(t(key, lang))}</strong></a>: '
                  f'{esc(t(key + "_text", lang))}</li>' for url, key in items)
    return f'<ul class="tools">{lis}</ul>'


def _deadline_rows(ctx: Context, lang: str, page: str, timed: bool) -> list[list[str]]:
    rows = []
    for reg in ctx.regulations.values():
        for rule in reg["rules"]["rules"]:
            if (rule["timing"]["kind"] != "none") != timed:
                continue
            who = esc(ctx.party_name(reg, rule["actor"], lang))
            if rule.get("towards"):
                who += " → " + esc(ctx.party_name(reg, rule["towards"], lang))
            what = esc(rule["action"][lang])
            if rule.get("consequence"):
                what += f'<br><small><strong>{esc(t("consequence", lang))}:</strong> {esc(rule["consequence"][lang])}</small>'
            source = (f'<a href="{esc(rel(page, regulation_url(reg["id"])))}">{esc(short_name(reg["meta"], lang))}</a>: '
                      + cite_links(reg["id"], rule["cites"], page, lang))
            if timed:
                note = ctx.reference_note(reg, rule, lang)
                rows.append([f'<strong>{esc(timing_text(rule["timing"], lang))}</strong>'
                             + (f"<br><small>{note}</small>" if note else ""), who, what,
                             esc(counted_text(rule["timing"], lang)), source,
                             ctx.try_link(reg, rule["id"], page, lang)])
            else:
                rows.append([who, what, esc(bi(rule["timing"]["reason"], lang)), source])
    return rows


def block_deadlines(ctx: Context, lang: str, page: str) -> str:
    head = [esc(t(k, lang)) for k in ("col_how_long", "col_who", "col_what", "col_counted", "col_cites", "col_try")]
    rows = _deadline_rows(ctx, lang, page, timed=True)
    if not ctx.has_checker:
        head, rows = head[:-1], [r[:-1] for r in rows]
    return _table(head, rows, "cards deadlines") if rows else f"<p>{esc(t('no_time_limits', lang))}</p>"


def block_no_deadline_duties(ctx: Context, lang: str, page: str) -> str:
    head = [esc(t(k, lang)) for k in ("col_who", "col_what", "notes", "col_cites")]
    rows = _deadline_rows(ctx, lang, page, timed=False)
    return _table(head, rows, "cards duties") if rows else ""


def block_matrix(ctx: Context, lang: str, page: str) -> str:
    out = []
    for reg in ctx.regulations.values():
        rules = reg["rules"]
        out.append(f'\n## {md_inline(short_name(reg["meta"], lang))} {{ #{reg["id"]} }}\n')
        out.append(f'<p><a href="{esc(rel(page, regulation_url(reg["id"])))}">{esc(bi(reg["meta"]["title"], lang))}</a></p>\n')
        out.append(f'### {md_inline(t("matrix_title", lang))} {{ #{reg["id"]}-matrix }}\n')
        if rules.get("matrix"):
            involved = []
            for row in rules["matrix"]:
                for party in row["presides"] + row["coordinates"]:
                    if party not in involved:
                        involved.append(party)
            head = [esc(t("col_area", lang))] + [esc(ctx.party_name(reg, p, lang)) for p in involved] + [esc(t("col_cites", lang))]
            rows = []
            for row in rules["matrix"]:
                cells = [esc(row["area"][lang])]
                for party in involved:
                    if party in row["presides"]:
                        cells.append(f'<span class="role role-presides">{esc(t("presides", lang))}</span>')
                    elif party in row["coordinates"]:
                        cells.append(f'<span class="role role-coordinates">{esc(t("coordinates", lang))}</span>')
                    else:
                        cells.append("")
                cells.append(cite_links(reg["id"], row["cites"], page, lang))
                rows.append(cells)
            out.append(_table(head, rows, "cards matrix") + "\n")
        else:
            out.append(f"<p>{esc(t('no_matrix', lang))}</p>\n")
        if rules.get("liaison"):
            out.append(f'### {md_inline(t("liaison_title", lang))} {{ #{reg["id"]}-liaison }}\n')
            items = "".join(
                f'<li><strong>{esc(ctx.party_name(reg, item["party"], lang))}</strong>: {esc(item["office"][lang])} '
                f'({cite_links(reg["id"], item["cites"], page, lang)})</li>' for item in rules["liaison"])
            out.append(f"<ul>{items}</ul>\n")
        out.append(f'### {md_inline(t("duties_title", lang))} {{ #{reg["id"]}-duties }}\n')
        by_actor: dict[str, list[dict]] = {}
        for rule in rules["rules"]:
            by_actor.setdefault(rule["actor"], []).append(rule)
        for actor, actor_rules in by_actor.items():
            items = "".join(
                f'<li>{esc(rule["action"][lang])}'
                + (f' <em>→ {esc(ctx.party_name(reg, rule["towards"], lang))}</em>' if rule.get("towards") else "")
                + f' — <span class="rule-timing">{esc(timing_text(rule["timing"], lang))}</span>'
                f' ({cite_links(reg["id"], rule["cites"], page, lang)})</li>' for rule in actor_rules)
            out.append(f'<details class="duties"><summary>{esc(ctx.party_name(reg, actor, lang))} '
                       f'<span class="count">({len(actor_rules)})</span></summary><ul>{items}</ul></details>\n')
    return "\n".join(out)


def block_glossary(ctx: Context, lang: str, page: str) -> str:
    terms = ctx.corpus["glossary"]
    first, second = ("vi", "en") if lang == "vi" else ("en", "vi")
    rows = []
    for term in sorted(terms, key=lambda term: (fold(term[first]), term[first])):
        note = term.get("note", {}).get(lang) if isinstance(term.get("note"), dict) else None
        note = note or term.get(f"note_{lang}") or ""
        rows.append([f'<span lang="{first}">{esc(term[first])}</span>', f'<span lang="{second}">{esc(term[second])}</span>',
                     esc(note)])
    head = [esc(t("glossary_" + first, lang)), esc(t("glossary_" + second, lang)), esc(t("glossary_note", lang))]
    return _table(head, rows, "cards glossary")


def block_sources(ctx: Context, lang: str, page: str) -> str:
    out = []
    for reg in ctx.regulations.values():
        meta = reg["meta"]
        source = meta["source"]
        kind = t("source_ocr" if source["kind"] == "ocr" else "source_clean", lang)
        readings = len(reg.get("uncertain_readings", []))
        line = (f'<li><a href="{esc(rel(page, regulation_url(reg["id"])))}"><strong>{esc(short_name(meta, lang))}</strong></a>'
                f' — <code>{esc(source["file"])}</code> ({esc(kind)}).<br>{esc(bi(meta["provenance"], lang))}')
        if meta.get("unknown_notes"):
            line += f'<br><em>{esc(t("unknown_notes", lang))}:</em> {esc(bi(meta["unknown_notes"], lang))}'
        if readings:
            line += (f'<br><a href="{esc(rel(page, regulation_url(reg["id"], "sec-uncertain")))}">{readings} '
                     f'{esc(t("uncertain_count", lang))}</a>')
        out.append(line + "</li>")
    return f'<ul class="sources">{"".join(out)}</ul>'


def block_method_links(ctx: Context, lang: str, page: str) -> str:
    items = []
    if ctx.has_counting:
        items.append(("method/counting/", ("Quy ước đếm thời hạn", "Counting conventions")))
    if ctx.has_format:
        items.append(("reference/corpus-format/", ("Định dạng kho văn bản", "Corpus format")))
    if not items:
        return ""
    links = ", ".join(f'<a href="{esc(rel(page, url))}">{esc(label[LANGS.index(lang)])}</a>' for url, label in items)
    return f'<p class="see-also">{esc(t("see_also", lang))}: {links}.</p>'


BLOCKS = {
    "regulations-table": block_regulations_table,
    "tools": block_tools,
    "deadlines": block_deadlines,
    "no-deadline-duties": block_no_deadline_duties,
    "matrix": block_matrix,
    "glossary": block_glossary,
    "sources": block_sources,
    "method-links": block_method_links,
}
MARKER = re.compile(r"^<!-- build:([a-z0-9-]+) -->[ \t]*$", re.M)


def fill_markers(ctx: Context, path: Path, rel_path: str) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!-- build:" not in text:
        return
    lang = "en" if rel_path.endswith(".en.md") else "vi"
    page = page_url(rel_path)

    def replace(match: re.Match) -> str:
        name = match[1]
        if name not in BLOCKS:
            line = text[:match.start()].count("\n") + 1
            raise BuildError(f"docs/{rel_path}:{line}: dấu mốc không rõ '<!-- build:{name} -->' (có: {', '.join(BLOCKS)})",
                             f"docs/{rel_path}:{line}: unknown marker '<!-- build:{name} -->' (known: {', '.join(BLOCKS)})")
        return BLOCKS[name](ctx, lang, page)

    path.write_text(MARKER.sub(replace, text), encoding="utf-8")


# ---------------------------------------------------------------------------
# Machine-readable JSON


def regulation_json(reg: dict) -> dict:
    provisions = []
    for provision in reg["provisions"]:
        provisions.append({
            "id": provision["id"], "kind": provision["kind"], "parent": provision["parent"],
            "vi": provision["vi"], "en": provision["en"],
            "citation": {lang: citation(provision["id"], lang) for lang in LANGS},
            "url": {"vi": regulation_url(reg["id"], provision["id"]),
                    "en": "en/" + regulation_url(reg["id"], provision["id"])},
        })
    return {"version": 1, "id": reg["id"], "meta": reg["meta"], "provisions": provisions,
            "rules": reg["rules"], "uncertain_readings": reg.get("uncertain_readings", [])}


def index_json(corpus: dict) -> dict:
    regulations = []
    for reg in corpus["regulations"].values():
        meta = reg["meta"]
        regulations.append({
            "id": reg["id"], "number": meta["number"], "type": meta["type"], "title": meta["title"],
            "issuing_body": meta["issuing_body"], "signing_date": meta["signing_date"], "status": meta["status"],
            "data": f"data/{reg['id']}.json",
            "url": {"vi": regulation_url(reg["id"]), "en": "en/" + regulation_url(reg["id"])},
            "provisions": len(reg["provisions"]), "rules": len(reg["rules"]["rules"]),
        })
    return {"version": 1, "note": {"vi": "Không phải văn bản chính thức.", "en": "Not an official publication."},
            "urls_relative_to": "the site root", "regulations": regulations, "glossary": corpus["glossary"]}


def write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Corpus


def load_corpus(root: Path) -> dict:
    """The compiled corpus, or BuildError carrying every validator message (file:line: what)."""
    try:
        from checker.corpus import CorpusError, load_corpus as load
    except ImportError as error:
        raise BuildError(f"không nạp được checker.corpus: {error}", f"cannot import checker.corpus: {error}") from None
    shown = os.path.relpath(root) if not os.path.relpath(root).startswith("../..") else str(root)
    try:
        return load(shown)
    except CorpusError as error:
        messages = [str(e) for e in getattr(error, "errors", [error])]
        raise CorpusFailure(messages) from None


class CorpusFailure(Exception):
    def __init__(self, messages: list[str]):
        self.messages = messages
        super().__init__("\n".join(messages))


# ---------------------------------------------------------------------------
# Docs folder, navigation, mkdocs


# (script in scripts/, function(corpus, docs_dir, regulations_root)) run on the temporary docs folder
# when the script exists. Their errors stop the build like corpus errors.
PAGE_GENERATORS = [("training.py", "generate_training_pages")]


def run_page_generators(corpus: dict, docs_dir: Path, corpus_root: Path) -> None:
    for script, function in PAGE_GENERATORS:
        path = ROOT / "scripts" / script
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
            getattr(module, function)(corpus, docs_dir, corpus_root)
        except Exception as error:  # reported as the generator's message, never as a traceback
            if os.environ.get("DOCS_DEBUG"):
                raise
            raise BuildError(f"scripts/{script} ({function}) thất bại: {error}",
                             f"scripts/{script} ({function}) failed: {error}") from None


def prepare_docs(corpus: dict, docs_dir: Path, corpus_root: Path | None = None) -> Context:
    """docs/ copied to docs_dir, with every generated page and the corpus tables filled in."""
    shutil.copytree(DOCS, docs_dir, dirs_exist_ok=True)
    # Tells hooks/corpus_pages.py that this folder is already prepared (mkdocs skips dotfiles).
    (docs_dir / ".generated").write_text("generated by scripts/docs.py\n", encoding="utf-8")
    for reg_id in corpus["regulations"]:
        for lang in LANGS:
            name = f"{reg_id}.md" if lang == DEFAULT_LANG else f"{reg_id}.{lang}.md"
            if (DOCS / "regulations" / name).exists():
                raise BuildError(f"docs/regulations/{name} được sinh khi dựng trang; không được lưu trong docs/",
                                 f"docs/regulations/{name} is generated by the build; it must not be kept in docs/")
    ctx = Context(corpus, docs_dir)
    run_page_generators(corpus, docs_dir, corpus_root or ROOT / "regulations")
    generated = docs_dir / "regulations"
    for reg_id, reg in corpus["regulations"].items():
        generated.mkdir(parents=True, exist_ok=True)
        for lang in LANGS:
            name = f"{reg_id}.md" if lang == DEFAULT_LANG else f"{reg_id}.{lang}.md"
            (generated / name).write_text(regulation_page(ctx, reg, lang), encoding="utf-8")
        write_json(docs_dir / "data" / f"{reg_id}.json", regulation_json(reg))
    write_json(docs_dir / "data" / "index.json", index_json(corpus))
    for path in sorted(docs_dir.rglob("*.md")):
        fill_markers(ctx, path, path.relative_to(docs_dir).as_posix())
    return ctx


NAV_ORDER = [
    # (section title in Vietnamese or None for top level, files or folder/ for "all pages in it")
    (None, ["index.md"]),
    ("Văn bản", ["regulations/"]),
    ("Công cụ", ["checker.md", "deadlines.md", "matrix.md", "glossary.md"]),
    ("Đào tạo", ["training/index.md", "training/scenarios.md", "training/self-check.md", "training/presenter.md",
                 "training/"]),
    ("Phương pháp", ["method/index.md", "method/counting.md", "method/", "reference/"]),
]


def _page_files(docs_dir: Path) -> list[str]:
    """Default-language pages (page.md, not page.en.md), as paths relative to docs_dir."""
    files = []
    for path in docs_dir.rglob("*.md"):
        rel_path = path.relative_to(docs_dir).as_posix()
        if re.search(r"\.(?:%s)\.md$" % "|".join(l for l in LANGS if l != DEFAULT_LANG), rel_path):
            continue
        files.append(rel_path)
    return sorted(files)


def make_nav(docs_dir: Path) -> list:
    remaining = _page_files(docs_dir)
    nav: list = []
    for section, patterns in NAV_ORDER:
        picked = []
        for pattern in patterns:
            if pattern.endswith("/"):
                folder = [f for f in remaining if f.startswith(pattern)]
                # A folder's index.md leads its section.
                folder.sort(key=lambda f: (f != pattern + "index.md", f))
                picked += folder
            elif pattern in remaining:
                picked.append(pattern)
            remaining = [f for f in remaining if f not in picked]
        if not picked:
            continue
        if section is None:
            nav += picked
        else:
            nav.append({section: picked})
    if remaining:
        nav.append({"Khác": remaining})
    return nav


class _LogToStderr(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        print(f"{record.levelname:<8}- {record.getMessage()}", file=sys.stderr)


def run_mkdocs(docs_dir: Path, site_dir: Path, nav: list, verbose: bool) -> None:
    from mkdocs import exceptions
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    logger = logging.getLogger("mkdocs")
    handler = _LogToStderr()
    handler.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.addHandler(handler)
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False
    try:
        config = load_config(config_file=str(CONFIG_FILE), docs_dir=str(docs_dir), site_dir=str(site_dir),
                             strict=True, nav=nav)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
    except (exceptions.MkDocsException, exceptions.ConfigurationError) as error:
        raise BuildError(f"mkdocs dừng: {error}", f"mkdocs stopped: {error}") from None
    finally:
        logger.removeHandler(handler)


EMPTY_SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                 '<!-- Empty on purpose: the site has no fixed address (no site_url), and a sitemap needs '
                 'absolute URLs. -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>\n')


def post_steps(site_dir: Path, with_runtime: bool, corpus: dict | None = None) -> None:
    # static-i18n writes a sitemap of "None/..." URLs when site_url is unset.
    for folder in [site_dir] + [site_dir / lang for lang in LANGS if lang != DEFAULT_LANG]:
        (folder / "sitemap.xml.gz").unlink(missing_ok=True)
        (folder / "sitemap.xml").write_text(EMPTY_SITEMAP, encoding="utf-8")
    runtime = ROOT / "scripts" / "build_runtime.py"
    if with_runtime and runtime.exists():
        spec = importlib.util.spec_from_file_location("build_runtime", runtime)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        try:
            module.build_runtime(site_dir, corpus)  # the corpus of the pages, not regulations/
        except Exception as error:  # any failure of the runtime step stops the build, without traceback
            raise BuildError(f"scripts/build_runtime.py thất bại: {error}",
                             f"scripts/build_runtime.py failed: {error}") from None


def scratch_dir(site_dir: Path) -> Path:
    """Where the new site is built: on the same filesystem as site_dir (so that renaming it in is
    atomic) and, for the project's own site/, inside the ignored build/ folder."""
    if site_dir.parent == ROOT:
        (ROOT / "build").mkdir(exist_ok=True)
        return ROOT / "build"
    return site_dir.parent


STALE_UNMARKED_SECONDS = 6 * 3600  # scratch folders named before they carried their process id


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. PermissionError: it exists, under another user
        return True
    return True


def remove_stale_scratch(site_dir: Path) -> list[Path]:
    """Remove what killed builds left behind: <scratch>/.site-build-*, .site-old-* and $TMP/docs-build-*.

    A folder named with a process id is stale once that process is gone (another build running at the
    same time keeps its own); an older folder without one, once it is STALE_UNMARKED_SECONDS old."""
    name = re.escape(site_dir.name)
    places = [(scratch_dir(site_dir), re.compile(rf"\.{name}-(?:build|old)-(?:(\d+)(?:-|$))?")),
              (Path(tempfile.gettempdir()), re.compile(r"docs-build-(?:(\d+)(?:-|$))?"))]
    removed = []
    for folder, pattern in places:
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            found = pattern.match(entry.name)
            if not found or entry.is_symlink() or not entry.is_dir():
                continue
            if found.group(1):
                if int(found.group(1)) == os.getpid() or _process_alive(int(found.group(1))):
                    continue
            else:
                try:
                    if time.time() - entry.stat().st_mtime < STALE_UNMARKED_SECONDS:
                        continue
                except OSError:
                    continue
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def replace_site(new_site: Path, site_dir: Path) -> None:
    """Swap the finished site in with two renames; the old one is removed only afterwards."""
    old = None
    if site_dir.exists():
        old = scratch_dir(site_dir) / f".{site_dir.name}-old-{os.getpid()}"
        shutil.rmtree(old, ignore_errors=True)
        site_dir.rename(old)
    new_site.rename(site_dir)
    if old:
        shutil.rmtree(old, ignore_errors=True)


def build_site(corpus_root: Path, site_dir: Path, verbose: bool = False, with_runtime: bool = True,
               check_links: bool = True) -> float:
    started = time.monotonic()
    site_dir = site_dir.resolve()
    remove_stale_scratch(site_dir)  # what killed builds left behind (up to tens of MB each)
    corpus = load_corpus(corpus_root)
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    docs_tmp = Path(tempfile.mkdtemp(prefix=f"docs-build-{os.getpid()}-"))
    site_tmp = Path(tempfile.mkdtemp(prefix=f".{site_dir.name}-build-{os.getpid()}-", dir=scratch_dir(site_dir)))
    try:
        prepare_docs(corpus, docs_tmp / "docs", corpus_root)
        nav = make_nav(docs_tmp / "docs")
        run_mkdocs(docs_tmp / "docs", site_tmp, nav, verbose)
        post_steps(site_tmp, with_runtime, corpus)
        if check_links:
            problems = verify_links(site_tmp)
            if problems:
                for problem in problems[:50]:
                    print(problem, file=sys.stderr)
                raise BuildError(f"{len(problems)} liên kết hỏng trong trang đã dựng",
                                 f"{len(problems)} broken links in the built site")
        replace_site(site_tmp, site_dir)
    finally:
        shutil.rmtree(docs_tmp, ignore_errors=True)
        shutil.rmtree(site_tmp, ignore_errors=True)
    return time.monotonic() - started


# ---------------------------------------------------------------------------
# Link check of a built site


class _PageScan(HTMLParser):
    LINK_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "source": "src", "iframe": "src",
                  "audio": "src", "video": "src", "embed": "src", "object": "data"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        attr = self.LINK_ATTRS.get(tag)
        if attr and attrs.get(attr) is not None:
            self.links.append((tag, attrs[attr]))


def scan_site(site_dir: Path) -> dict[str, _PageScan]:
    pages = {}
    for path in sorted(site_dir.rglob("*.html")):
        scan = _PageScan()
        scan.feed(path.read_text(encoding="utf-8", errors="replace"))
        pages[path.relative_to(site_dir).as_posix()] = scan
    return pages


def verify_links(site_dir: Path) -> list[str]:
    """Every link, script, style and image of every HTML page must exist in the site, anchors included."""
    site_dir = Path(site_dir)
    pages = scan_site(site_dir)
    problems = []
    for page, scan in pages.items():
        base = "/" + page
        for tag, url in scan.links:
            parts = urlsplit(url)
            if parts.scheme in ("mailto", "tel", "javascript", "data", "blob"):
                continue
            if parts.scheme or parts.netloc:
                problems.append(f"{page}: <{tag}> points to another host: {url}")
                continue
            if not parts.path and not parts.fragment:
                continue
            target = PurePosixPath(base).parent / unquote(parts.path) if not parts.path.startswith("/") \
                else PurePosixPath(unquote(parts.path))
            if not parts.path:
                target_file = page
            else:
                normal = os.path.normpath(str(target)).lstrip("/")
                if normal.startswith(".."):
                    problems.append(f"{page}: link leaves the site: {url}")
                    continue
                candidate = site_dir / normal
                if candidate.is_dir():
                    if not (candidate / "index.html").exists():
                        problems.append(f"{page}: folder without index.html: {url}")
                        continue
                    target_file = (Path(normal) / "index.html").as_posix() if normal not in ("", ".") else "index.html"
                elif candidate.is_file():
                    target_file = normal
                else:
                    problems.append(f"{page}: missing target: {url}")
                    continue
            if parts.fragment and target_file.endswith(".html"):
                fragment = unquote(parts.fragment)
                if target_file not in pages or fragment not in pages[target_file].ids:
                    problems.append(f"{page}: missing anchor #{fragment} in {target_file} ({url})")
    return problems


# ---------------------------------------------------------------------------
# Command line


def site_handler(site_dir: Path):
    """A static file handler for a built site that answers a missing page with the site's own 404 page,
    as a production web server would (Python's default is a bare English error page)."""
    import functools
    import http.server

    class SiteHandler(http.server.SimpleHTTPRequestHandler):
        def send_error(self, code, message=None, explain=None):
            page = Path(self.directory) / "404.html"
            if code != 404 or self.command != "GET" or not page.is_file():
                return super().send_error(code, message, explain)
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    return functools.partial(SiteHandler, directory=str(site_dir))


def _corpus_root(value: str | None) -> Path:
    return Path(value or os.environ.get("REGULATIONS_DIR") or ROOT / "regulations")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/docs.py", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    build_cmd = sub.add_parser("build", help="validate the corpus and build the site into site/")
    build_cmd.add_argument("--corpus", help="corpus root (default: regulations/ or $REGULATIONS_DIR)")
    build_cmd.add_argument("--site-dir", default=str(ROOT / "site"))
    build_cmd.add_argument("--no-runtime", action="store_true", help="skip the checker runtime (Pyodide, wheels)")
    build_cmd.add_argument("--verbose", action="store_true")
    corpus_cmd = sub.add_parser("verify-corpus", help="validate the corpus only")
    corpus_cmd.add_argument("--corpus")
    links_cmd = sub.add_parser("verify-links", help="check every internal link and anchor of a built site")
    links_cmd.add_argument("--site-dir", default=str(ROOT / "site"))
    serve_cmd = sub.add_parser("serve", help="build, then serve site/ at http://127.0.0.1:PORT")
    serve_cmd.add_argument("--port", type=int, default=8000)
    serve_cmd.add_argument("--no-build", action="store_true")
    serve_cmd.add_argument("--corpus")
    args = parser.parse_args(argv)

    try:
        if args.command == "verify-corpus":
            corpus = load_corpus(_corpus_root(args.corpus))
            count = sum(len(r["provisions"]) for r in corpus["regulations"].values())
            print(f"OK: {len(corpus['regulations'])} văn bản / regulations, {count} điều khoản / provisions")
            return 0
        if args.command == "verify-links":
            site_dir = Path(args.site_dir)
            if not (site_dir / "index.html").exists():
                raise BuildError(f"chưa có trang đã dựng ở {site_dir}", f"no built site in {site_dir}")
            problems = verify_links(site_dir)
            for problem in problems:
                print(problem, file=sys.stderr)
            print(f"{len(scan_site(site_dir))} trang / pages, {len(problems)} lỗi / problems")
            return 1 if problems else 0
        if args.command == "build":
            seconds = build_site(_corpus_root(args.corpus), Path(args.site_dir), args.verbose,
                                 with_runtime=not args.no_runtime)
            print(f"Đã dựng trang / Site built: {args.site_dir} ({seconds:.1f} s)")
            return 0
        if args.command == "serve":
            if not args.no_build:
                build_site(_corpus_root(args.corpus), ROOT / "site")
            import http.server
            handler = site_handler(ROOT / "site")
            try:
                server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
            except OSError as error:
                if error.errno != errno.EADDRINUSE:
                    raise
                raise BuildError(
                    f"cổng {args.port} đang được dùng (có thể một `make serve` khác đang chạy); chọn cổng khác: "
                    f"make serve PORT=8001 (hoặc scripts/docs.py serve --port 8001)",
                    f"port {args.port} is busy (perhaps another `make serve` is running); choose another: "
                    f"make serve PORT=8001 (or scripts/docs.py serve --port 8001)") from None
            with server:
                print(f"http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C để dừng / to stop)", flush=True)
                try:
                    server.serve_forever()
                except KeyboardInterrupt:
                    pass
            return 0
    except CorpusFailure as failure:
        for message in failure.messages:
            print(message, file=sys.stderr)
        print(f"Dừng: kho văn bản có {len(failure.messages)} lỗi; site/ không thay đổi. / "
              f"Stopped: the corpus has {len(failure.messages)} error(s); site/ was not changed.", file=sys.stderr)
        return 1
    except BuildError as error:
        print(f"Lỗi / Error: {error}", file=sys.stderr)
        print("Dừng: site/ không thay đổi. / Stopped: site/ was not changed.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # never a traceback for the reader; DOCS_DEBUG=1 shows it
        if os.environ.get("DOCS_DEBUG"):
            raise
        print(f"Lỗi không lường trước / Unexpected error: {error!r} (DOCS_DEBUG=1 để xem chi tiết / for details)",
              file=sys.stderr)
        print("Dừng: site/ không thay đổi. / Stopped: site/ was not changed.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
