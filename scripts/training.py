"""Generate the training kit (issue 6) into the temporary docs dir before MkDocs runs.

    generate_training_pages(corpus, docs_dir)

writes docs_dir/training/: an index, the worked scenarios, a self-check, a presenter view, one
printable handout per regulation and one page that prints every handout. Vietnamese pages are
`x.md`, English pages `x.en.md` (mkdocs-static-i18n, suffix structure).

The scenarios are data (regulations/<id>/scenarios.yml: a story, a question, the checker's inputs).
Every answer, every counted or skipped day and every citation on these pages comes from running the
checker (checker.engine.check) here, at build time; the wrong options of the self-check come from
running the same checker on a mistaken reading (calendar days for working days, the other counting
mode, the day of receipt counted, a confusion with another rule). Nothing is typed by hand, so a
change in rules.yml or in the holiday calendar changes the pages. The browser gets plain HTML plus a
small script that only shows and hides what is already there.

Run alone to check the scenarios: `python scripts/training.py [regulations_root]`.
"""

from __future__ import annotations

import copy
import datetime as dt
import html
import re
import sys
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

import yaml

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:  # run as a script, or imported by scripts/docs.py
    sys.path.insert(0, str(REPO))

LANGS = ("vi", "en")
OUT = "training"
ASSETS = "assets/training"
QUESTION_TYPES = ("choose-date", "who-must-act")
MODES = ("standard", "strict")
MAX_DATE_OPTIONS = 4
MAX_PARTY_OPTIONS = 4
SEARCH_BOOST = 0.2  # long training pages rank below the provisions (boost 4, hooks/search_index.py)

__all__ = ["generate_training_pages", "load_scenarios", "work_out", "ScenarioError", "main"]


class ScenarioError(Exception):
    """A mistake in a scenarios.yml file, located by file and line, in both languages."""

    def __init__(self, path: Path | str, line: int, vi: str, en: str):
        self.path, self.line, self.vi, self.en = str(path), line, vi, en
        super().__init__(f"{path}:{line}: {vi} / {en}")


# ---------------------------------------------------------------------------------------------
# Words of the pages, both languages side by side

T: dict[str, dict[str, str]] = {
    "kit": {"vi": "Bộ tài liệu tập huấn", "en": "Training kit"},
    "scenarios": {"vi": "Tình huống mẫu", "en": "Worked scenarios"},
    "self_check": {"vi": "Tự kiểm tra", "en": "Self-check"},
    "presenter": {"vi": "Trình chiếu", "en": "Presenter view"},
    "handout": {"vi": "Tài liệu phát tay", "en": "Handout"},
    "print_all": {"vi": "In cả bộ tài liệu", "en": "Print the whole kit"},
    "story": {"vi": "Tình huống", "en": "Story"},
    "question": {"vi": "Câu hỏi", "en": "Question"},
    "answer": {"vi": "Trả lời của công cụ kiểm tra", "en": "The checker's answer"},
    "right_answer": {"vi": "Đáp án", "en": "Answer"},
    "explanation": {"vi": "Cách tính", "en": "How it is counted"},
    "citations": {"vi": "Căn cứ", "en": "Citations"},
    "open_checker": {"vi": "Mở trong công cụ kiểm tra", "en": "Open in the checker"},
    "inputs": {"vi": "Dữ liệu đầu vào", "en": "Inputs"},
    "event": {"vi": "Sự kiện", "en": "Event"},
    "date": {"vi": "Ngày", "en": "Date"},
    "mode": {"vi": "Cách tính", "en": "Counting mode"},
    "mode_standard": {"vi": "thông thường (lùi sang ngày làm việc tiếp theo)", "en": "standard (moved to the next working day)"},
    "mode_strict": {"vi": "chặt chẽ (giữ nguyên ngày cuối)", "en": "strict (raw last day kept)"},
    "flags": {"vi": "Tình tiết", "en": "Flags"},
    "who": {"vi": "Ai thực hiện", "en": "Who acts"},
    "towards": {"vi": "Đối với", "en": "Towards"},
    "what": {"vi": "Việc phải làm", "en": "What"},
    "due": {"vi": "Hạn", "en": "Due"},
    "time_limit": {"vi": "Thời hạn", "en": "Time limit"},
    "no_fixed_date": {"vi": "Không có thời hạn cố định", "en": "No fixed date"},
    "latest_working_day": {"vi": "Ngày làm việc cuối cùng", "en": "Last working day"},
    "consequence": {"vi": "Hệ quả", "en": "Consequence"},
    "warning": {"vi": "Cảnh báo", "en": "Warning"},
    "notes": {"vi": "Ghi chú", "en": "Note"},
    "counted": {"vi": "Ngày được tính", "en": "Days counted"},
    "skipped": {"vi": "Ngày bỏ qua", "en": "Days skipped"},
    "other_obligations": {"vi": "Các nghĩa vụ khác trong tình huống này", "en": "Other obligations in this case"},
    "legend_event": {"vi": "ngày xảy ra sự kiện", "en": "day of the event"},
    "legend_counted": {"vi": "ngày được tính", "en": "day counted"},
    "legend_weekend": {"vi": "cuối tuần", "en": "weekend"},
    "legend_holiday": {"vi": "ngày lễ, nghỉ bù", "en": "holiday, day off in lieu"},
    "legend_swap": {"vi": "thứ Bảy làm bù", "en": "worked Saturday"},
    "legend_due": {"vi": "hạn cuối", "en": "deadline"},
    "timeline": {"vi": "Dòng thời gian", "en": "Timeline"},
    "choose": {"vi": "Chọn một đáp án:", "en": "Pick an answer:"},
    "show_answer": {"vi": "Xem đáp án và cách tính", "en": "Show the answer and the counting"},
    "reset": {"vi": "Làm lại từ đầu", "en": "Start again"},
    "prev": {"vi": "← Trước", "en": "← Previous"},
    "next": {"vi": "Tiếp →", "en": "Next →"},
    "reveal": {"vi": "Hiện đáp án", "en": "Show answer"},
    "fullscreen": {"vi": "Toàn màn hình", "en": "Full screen"},
    "keys": {"vi": "Phím: → tiếp, ← trước, A đáp án, F toàn màn hình", "en": "Keys: → next, ← previous, A answer, F full screen"},
    "print": {"vi": "In trang này", "en": "Print this page"},
    "covers": {"vi": "Văn bản điều chỉnh", "en": "What it covers"},
    "matrix": {"vi": "Ai chủ trì, ai phối hợp", "en": "Who presides, who coordinates"},
    "area": {"vi": "Lĩnh vực", "en": "Area"},
    "presides": {"vi": "Chủ trì", "en": "Presides"},
    "coordinates": {"vi": "Phối hợp", "en": "Coordinates"},
    "time_limits": {"vi": "Các thời hạn", "en": "Time limits"},
    "no_period_duties": {"vi": "Nghĩa vụ không có thời hạn cố định", "en": "Duties with no fixed period"},
    "liaison": {"vi": "Đầu mối liên hệ", "en": "Liaison offices"},
    "party": {"vi": "Bên", "en": "Party"},
    "office": {"vi": "Đầu mối", "en": "Focal point"},
    "cite": {"vi": "Căn cứ", "en": "Cites"},
    "document": {"vi": "Văn bản", "en": "Document"},
    "status": {"vi": "Hiệu lực", "en": "Status"},
    "dash": {"vi": "(không có)", "en": "(none)"},
    "untimed_note": {
        "vi": "Ngoài ra có {n} nghĩa vụ không có thời hạn cố định (ví dụ \"kịp thời\"): xem",
        "en": "There are also {n} duties with no fixed period (for example \"promptly\"): see",
    },
    "deadlines_page": {"vi": "Bảng thời hạn", "en": "the time limits table"},
    "not_official": {
        "vi": "Tài liệu tập huấn do trang này tạo tự động từ văn bản và công cụ kiểm tra; không phải văn bản chính thức. Bản tiếng Anh là bản dịch không chính thức.",
        "en": "Training material generated by this site from the texts and the checker; not an official publication. The English text is an unofficial translation.",
    },
    "why_prefix": {"vi": "Sai lầm thường gặp: ", "en": "Common mistake: "},
}

# Why a wrong option is wrong: each key is a way a trainee misreads the rule.
MISTAKES = {
    "other-unit-working": {
        "vi": "đếm ngày làm việc trong khi quy định ghi ngày (ngày lịch)",
        "en": "counting working days where the text says days (calendar days)",
    },
    "other-unit-calendar": {
        "vi": "đếm ngày lịch, kể cả thứ Bảy, Chủ nhật và ngày lễ, trong khi quy định ghi ngày làm việc",
        "en": "counting calendar days, weekends and holidays included, where the text says working days",
    },
    "other-mode-strict": {
        "vi": "giữ nguyên ngày cuối của thời hạn dù là ngày nghỉ (chế độ chặt chẽ)",
        "en": "keeping the last day of the period although it is a day off (strict mode)",
    },
    "other-mode-standard": {
        "vi": "lùi ngày cuối sang ngày làm việc tiếp theo (chế độ thông thường), trong khi câu hỏi dùng chế độ chặt chẽ",
        "en": "moving the last day to the next working day (standard mode), where the question uses strict mode",
    },
    "day-of-event-counted": {
        "vi": "tính cả ngày xảy ra sự kiện (ngày nhận, ngày cần) là một ngày của thời hạn",
        "en": "counting the day of the event itself (day of receipt, day needed) as a day of the period",
    },
    "weekends-only": {
        "vi": "chỉ bỏ thứ Bảy, Chủ nhật mà quên ngày lễ, ngày nghỉ bù và thứ Bảy làm bù",
        "en": "skipping weekends only, forgetting holidays, days off in lieu and worked Saturdays",
    },
    "raw-reference": {
        "vi": "lấy đúng ngày ghi trong quy định thay vì ngày trước đó",
        "en": "taking the date written in the text instead of the day before it",
    },
    "latest-not-working": {
        "vi": "lấy ngày cuối cùng theo lịch dù đó là ngày nghỉ",
        "en": "taking the last calendar day although it is a day off",
    },
    "confusion": {
        "vi": "áp dụng thời hạn của một quy định khác: {what}",
        "en": "applying the time limit of another provision: {what}",
    },
    "no-date": {
        "vi": "tưởng rằng có một ngày cố định, trong khi quy định không ấn định thời hạn",
        "en": "assuming a fixed date where the text sets no time limit",
    },
    "other-party": {"vi": "nhầm bên có trách nhiệm", "en": "the wrong party"},
}

WEEKDAYS = {
    "vi": ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WEEKDAYS_SHORT = {
    "vi": ["T2", "T3", "T4", "T5", "T6", "T7", "CN"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def bi(value: Any, lang: str) -> str:
    """The text of a {vi, en} map in one language ('' for None)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("vi") or "")
    return str(value)


def long_date(day: dt.date, lang: str) -> str:
    if lang == "vi":
        return f"{WEEKDAYS['vi'][day.weekday()]}, {day:%d/%m/%Y}"
    return f"{WEEKDAYS['en'][day.weekday()]} {day.day} {MONTHS_EN[day.month - 1]} {day.year}"


def short_date(day: dt.date, lang: str) -> str:
    return f"{day:%d/%m}" if lang == "vi" else f"{day.day} {MONTHS_EN[day.month - 1][:3]}"


# ---------------------------------------------------------------------------------------------
# Citations: how provision ids read, and where they live on the site

def cite_label(pid: str, lang: str) -> str:
    """'điểm b khoản 2 Điều 5' / 'Article 5(2)(b)', worded by the checker itself."""
    from checker.citation import human

    return bi(human(pid), lang)


class Site:
    """Relative links from a generated page, so the site works under any base path.

    A page training/x.md is served at <lang root>training/x/; the Vietnamese root is the site root
    and the English root is en/ (mkdocs-static-i18n)."""

    def __init__(self, lang: str, page: str):
        depth = 1 if page == "index" else 2  # training/ or training/x/
        self.lang_root = "../" * depth
        self.site_root = self.lang_root + ("../" if lang == "en" else "")

    def provision(self, regulation: str, pid: str) -> str:
        return f"{self.lang_root}regulations/{regulation}/#{pid}"

    def checker(self, scenario: dict) -> str:
        query = {
            "regulation": scenario["regulation"],
            "event": scenario["event"],
            "date": scenario["date"],
        }
        if scenario.get("flags"):
            query["flags"] = ",".join(scenario["flags"])
        query["mode"] = scenario.get("mode", "standard")
        return f"{self.lang_root}checker/?{urlencode(query)}"

    def asset(self, name: str) -> str:
        return f"{self.site_root}{ASSETS}/{name}"


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
# Scenarios: load and check

def _item_lines(path: Path) -> list[int]:
    """Line (1-based) where each item of `scenarios:` starts, for error messages."""
    try:
        node = yaml.compose(_read_scenarios(path))
    except (yaml.YAMLError, ScenarioError):
        return []
    if not isinstance(node, yaml.MappingNode):
        return []
    for key, value in node.value:
        if key.value == "scenarios" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _read_scenarios(path: Path) -> str:
    from checker.corpus import CorpusError, read_yaml_text

    try:
        return read_yaml_text(path)
    except CorpusError as error:
        raise ScenarioError(path, error.line, error.message_vi, error.message_en) from None


def _bi_ok(value: Any) -> bool:
    return isinstance(value, dict) and all(isinstance(value.get(k), str) and value[k].strip() for k in LANGS)


def load_scenarios(corpus: dict, regulations_root: Path | None = None) -> list[dict]:
    """Every scenario of every regulation in the corpus, checked against its rules.yml.

    Scenarios come from corpus["regulations"][id]["scenarios"] when the corpus loader carries them,
    else from <regulations_root>/<id>/scenarios.yml."""
    root = Path(regulations_root) if regulations_root else REPO / "regulations"
    found: list[dict] = []
    seen: dict[str, str] = {}
    for rid, reg in corpus["regulations"].items():
        path = root / rid / "scenarios.yml"
        if "scenarios" in reg:
            items, lines = reg["scenarios"], []
        elif path.exists() or path.is_symlink():
            text = _read_scenarios(path)  # a FIFO, a link loop or deep nesting: a message, not a hang or crash
            try:
                data = yaml.safe_load(text) or {}
            except yaml.YAMLError as err:
                line = getattr(getattr(err, "problem_mark", None), "line", -1) + 1
                raise ScenarioError(path, line, f"YAML không hợp lệ: {err}", f"invalid YAML: {err}") from None
            if not isinstance(data, dict) or not isinstance(data.get("scenarios"), list):
                raise ScenarioError(path, 1, "thiếu danh sách `scenarios:`", "missing the `scenarios:` list")
            items, lines = data["scenarios"], _item_lines(path)
        else:
            continue
        for index, item in enumerate(items):
            line = lines[index] if index < len(lines) else 0
            scenario = _check_scenario(item, reg, path, line)
            if scenario["id"] in seen:
                raise ScenarioError(path, line, f"mã tình huống trùng: {scenario['id']} (đã có ở {seen[scenario['id']]})",
                                    f"duplicate scenario id: {scenario['id']} (already in {seen[scenario['id']]})")
            seen[scenario["id"]] = f"{path}:{line}"
            scenario["source"] = (str(path), line)
            found.append(scenario)
    return found


def _check_scenario(item: Any, reg: dict, path: Path, line: int) -> dict:
    def fail(vi: str, en: str) -> None:
        raise ScenarioError(path, line, vi, en)

    if not isinstance(item, dict):
        fail("mỗi tình huống phải là một bảng khóa: giá trị", "each scenario must be a mapping")
    sid = item.get("id")
    if not isinstance(sid, str) or not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", sid):
        fail(f"mã `id` không hợp lệ: {sid!r} (chữ thường, số, gạch nối)", f"invalid `id`: {sid!r} (lowercase, digits, hyphens)")
    known = {"id", "title", "story", "question", "scenario", "self_check"}
    extra = sorted(set(item) - known)
    if extra:
        fail(f"{sid}: khóa không dùng: {', '.join(extra)}", f"{sid}: unknown keys: {', '.join(extra)}")
    for key in ("title", "story", "question"):
        if not _bi_ok(item.get(key)):
            fail(f"{sid}: `{key}` phải có cả vi và en", f"{sid}: `{key}` needs both vi and en")
    inputs = item.get("scenario")
    if not isinstance(inputs, dict):
        fail(f"{sid}: thiếu `scenario` (regulation, event, date, flags, mode)",
             f"{sid}: missing `scenario` (regulation, event, date, flags, mode)")
    inputs = _check_inputs(inputs, reg, fail, sid)
    check = item.get("self_check") or {}
    if not isinstance(check, dict) or check.get("type") not in QUESTION_TYPES:
        fail(f"{sid}: `self_check.type` phải là một trong {', '.join(QUESTION_TYPES)}",
             f"{sid}: `self_check.type` must be one of {', '.join(QUESTION_TYPES)}")
    rules = reg["rules"]
    event = next(e for e in rules.get("events", []) if e["id"] == inputs["event"])
    triggered = list(event.get("rules", []))
    for flag in event.get("flags", []):
        if flag["id"] in inputs["flags"]:
            triggered += flag.get("adds_rules", [])
    rule = check.get("rule")
    if rule is not None and rule not in triggered:
        fail(f"{sid}: `self_check.rule` {rule} không thuộc các quy tắc của sự kiện {inputs['event']}: {', '.join(triggered)}",
             f"{sid}: `self_check.rule` {rule} is not a rule of event {inputs['event']}: {', '.join(triggered)}")
    ask = check.get("ask", "actor")
    if check["type"] == "who-must-act" and ask not in ("actor", "towards"):
        fail(f"{sid}: `self_check.ask` phải là actor hoặc towards", f"{sid}: `self_check.ask` must be actor or towards")
    confusions = []
    for other in check.get("confusions") or []:
        if not isinstance(other, dict):
            fail(f"{sid}: mỗi mục `confusions` là một bộ dữ liệu đầu vào", f"{sid}: each `confusions` item is a set of inputs")
        confusions.append(other)
    return {
        "id": sid,
        "regulation": inputs["regulation"],
        "title": item["title"],
        "story": {k: " ".join(item["story"][k].split()) for k in LANGS},
        "question": item["question"],
        "inputs": inputs,
        "check": {"type": check["type"], "rule": rule, "ask": ask, "confusions": confusions},
    }


def _check_inputs(inputs: dict, reg: dict, fail: Callable[[str, str], None], sid: str) -> dict:
    extra = sorted(set(inputs) - {"regulation", "event", "date", "flags", "mode"})
    if extra:
        fail(f"{sid}: khóa không dùng trong `scenario`: {', '.join(extra)}", f"{sid}: unknown keys in `scenario`: {', '.join(extra)}")
    if inputs.get("regulation") != reg["id"]:
        fail(f"{sid}: `scenario.regulation` phải là {reg['id']} (thư mục của tệp)",
             f"{sid}: `scenario.regulation` must be {reg['id']} (the file's folder)")
    events = {e["id"]: e for e in reg["rules"].get("events", [])}
    event = inputs.get("event")
    if event not in events:
        fail(f"{sid}: sự kiện không có trong rules.yml: {event!r}; có: {', '.join(events)}",
             f"{sid}: event not in rules.yml: {event!r}; known: {', '.join(events)}")
    raw_date = inputs.get("date")
    if isinstance(raw_date, dt.date):
        raw_date = raw_date.isoformat()
    if not isinstance(raw_date, str) or not _date(raw_date) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw_date):
        fail(f"{sid}: `scenario.date` phải là ngày dạng YYYY-MM-DD: {raw_date!r}",
             f"{sid}: `scenario.date` must be a YYYY-MM-DD date: {raw_date!r}")
    flags = inputs.get("flags") or []
    allowed = {f["id"] for f in events[event].get("flags", [])}
    if not isinstance(flags, list) or any(f not in allowed for f in flags):
        fail(f"{sid}: tình tiết không áp dụng cho {event}: {flags!r}; có thể dùng: {sorted(allowed)}",
             f"{sid}: flags that do not apply to {event}: {flags!r}; allowed: {sorted(allowed)}")
    mode = inputs.get("mode", "standard")
    if mode not in MODES:
        fail(f"{sid}: `scenario.mode` phải là standard hoặc strict", f"{sid}: `scenario.mode` must be standard or strict")
    return {"regulation": reg["id"], "event": event, "date": raw_date, "flags": list(flags), "mode": mode}


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
        raise ScenarioError(*where, f"công cụ kiểm tra báo lỗi: {messages}", f"the checker reports: {messages_en}")
    return normalise(result)


def _focus(obligations: list[dict], check: dict, where: tuple[str, int]) -> dict:
    if check.get("rule"):
        for ob in obligations:
            if ob["rule"] == check["rule"]:
                return ob
        raise ScenarioError(*where, f"kết quả không có nghĩa vụ {check['rule']}", f"the result has no obligation {check['rule']}")
    if check["type"] == "choose-date":
        for ob in obligations:
            if ob["due"]:
                return ob
    if not obligations:
        raise ScenarioError(*where, "công cụ kiểm tra không trả về nghĩa vụ nào", "the checker returned no obligation")
    return obligations[0]


def _answer_date(ob: dict) -> dt.date | None:
    """The date a trainee should give: the last working day where the text's date is a day off."""
    return ob.get("latest_working_day") or ob.get("due")


def _with_rule_unit(corpus: dict, regulation: str, rule_id: str, unit: str) -> dict:
    """A copy of the corpus where one rule counts in another unit: the checker's answer to a misreading."""
    changed = copy.deepcopy(corpus)
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
        mistake = "other-unit-working" if other_unit == "working_days" else "other-unit-calendar"
        add(answer_for(_with_rule_unit(corpus, sc["regulation"], ob["rule"], other_unit),
                       {**inputs, "mode": "strict"} if other_unit == "calendar_days" else inputs), MISTAKES[mistake])
        if unit == "calendar_days":
            other_mode = "strict" if inputs["mode"] == "standard" else "standard"
            add(answer_for(corpus, {**inputs, "mode": other_mode}), MISTAKES[f"other-mode-{other_mode}"])
        else:
            add(_weekends_only(event_day, count, direction), MISTAKES["weekends-only"])
        # Counting the event's own day as day one is the period seen from the day before (or after).
        add(answer_for(corpus, {**inputs, "date": _shift(inputs["date"], -direction)}), MISTAKES["day-of-event-counted"])
    if kind == "annual_before" and right:
        if ob.get("due") and ob["due"] != right:
            add(ob["due"], MISTAKES["latest-not-working"])
        add(dt.date(right.year, timing["month"], timing["day"]), MISTAKES["raw-reference"])
    for other in sc["check"]["confusions"]:
        try:
            obs = _checked(corpus, {**inputs, **other}, sc["source"])
        except ScenarioError:
            continue
        dated = next((o for o in obs if _answer_date(o)), None)
        if dated:
            what = {lang: f"{bi(dated['action'], lang)[:90].rstrip()}… ({', '.join(bi(c['label'], lang) for c in dated['citations'])})"
                    for lang in LANGS}
            add(_answer_date(dated), {lang: MISTAKES["confusion"][lang].format(what=what[lang]) for lang in LANGS})
    if right is None and len(options) == 1:
        raise ScenarioError(*sc["source"], "câu hỏi chọn ngày không có đáp án sai nào: thêm `confusions`",
                            "the choose-date question has no wrong option: add `confusions`")
    wrong = [o for o in options if not o["correct"]]
    for o in wrong:
        if right is None:
            o["why"] = {lang: f"{MISTAKES['no-date'][lang]}; {bi(o['why'], lang)}" for lang in LANGS}
    chosen = [options[0]] + wrong[: MAX_DATE_OPTIONS - 1]
    dated = sorted((o for o in chosen if o["date"]), key=lambda o: o["date"])
    return dated + [o for o in chosen if not o["date"]]


def _party_options(reg: dict, ob: dict, ask: str, obligations: list[dict], where: tuple[str, int]) -> list[dict]:
    right = ob.get(ask)
    if not right:
        raise ScenarioError(*where, f"nghĩa vụ {ob['rule']} không có `{ask}`", f"obligation {ob['rule']} has no `{ask}`")
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
    return [{"party": _party(reg, pid), "correct": pid == right["id"], "why": None if pid == right["id"] else MISTAKES["other-party"]}
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
# HTML pieces

def _cites_html(site: Site, regulation: str, citations: list[dict], lang: str) -> str:
    links = [f'<a href="{esc(site.provision(c.get("regulation") or regulation, c["provision"]))}">{esc(bi(c["label"], lang))}</a>'
             for c in citations]
    return '<span class="tr-cites">' + "; ".join(links) + "</span>"


def _rule_cites(site: Site, regulation: str, pids: list[str], lang: str) -> str:
    return _cites_html(site, regulation, [{"provision": p, "label": {k: cite_label(p, k) for k in LANGS}} for p in pids], lang)


def answer_text(item: dict, lang: str) -> str:
    """The answer of the focus obligation in words (used by the pages and the tests)."""
    ob = item["focus"]
    if item["check"]["type"] == "who-must-act":
        return bi(ob[item["check"]["ask"]], lang)
    day = _answer_date(ob)
    if day is None:
        return f"{T['no_fixed_date'][lang]}. {bi(ob.get('no_date'), lang)}"
    return long_date(day, lang)


def _due_html(ob: dict, lang: str) -> str:
    if ob.get("due") is None:
        return f'{esc(T["no_fixed_date"][lang])}. {esc(bi(ob.get("no_date"), lang))}'
    text = f'<span class="tr-answer-date">{esc(long_date(ob["due"], lang))}</span>'
    lwd = ob.get("latest_working_day")
    if lwd and lwd != ob["due"]:
        text += f'<br>{esc(T["latest_working_day"][lang])}: <span class="tr-answer-date">{esc(long_date(lwd, lang))}</span>'
    return text


SHORT_TAGS = {
    "weekend": {"vi": "cuối tuần", "en": "weekend"},
    "swap_workday": {"vi": "làm bù", "en": "worked Sat."},
    "swap_day_off": {"vi": "nghỉ bù", "en": "day off in lieu"},
}


def _day_tag(day: dict, lang: str) -> str:
    """A few words for a timeline cell: the holiday's name, or what kind of day it is."""
    if day.get("kind") == "holiday":
        reason = bi(day.get("reason"), lang)
        return reason.split(": ", 1)[-1]
    return bi(SHORT_TAGS.get(day.get("kind")), lang)


def timeline_html(ob: dict, lang: str, event_day: dt.date) -> str:
    """The counting as a strip of days: what the checker counted and skipped, and why."""
    days = {d["date"]: d for d in ob.get("days", [])}
    if not days and not ob.get("due"):
        return ""
    marks = [d for d in days] + [event_day] + [x for x in (ob.get("due"), ob.get("latest_working_day"), ob.get("reference")) if x]
    first, last = min(marks), max(marks)
    if (last - first).days > 62:  # a long calendar strip tells nothing; keep both ends
        shown = sorted(set(marks))
    else:
        shown = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    items = []
    previous = None
    for day in shown:
        if previous and (day - previous).days > 1:
            items.append('<li class="tr-day tr-day--gap" aria-hidden="true">…</li>')
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
            tag = T["legend_event"][lang]
        n = f'<span class="tr-day__n">{info["n"]}</span>' if info.get("n") else ""
        why = bi(info.get("reason"), lang) or tag
        title = f"{long_date(day, lang)}" + (f": {why}" if why else "")
        items.append(
            f'<li class="{" ".join(classes)}" title="{esc(title)}">{n}'
            f'<span class="tr-day__dow">{esc(WEEKDAYS_SHORT[lang][day.weekday()])}</span>'
            f'<span class="tr-day__date">{esc(short_date(day, lang))}</span>'
            + (f'<span class="tr-day__tag">{esc(tag)}</span>' if tag else "")
            + "</li>"
        )
    legend = "".join(
        f'<li><span class="tr-day--{k}"></span>{esc(T["legend_" + k][lang])}</li>'
        for k in ("counted", "weekend", "holiday", "swap", "due")
    )
    return (f'<ol class="tr-timeline" aria-label="{esc(T["timeline"][lang])}">{"".join(items)}</ol>'
            f'<ul class="tr-legend">{legend}</ul>')


def counting_html(ob: dict, lang: str) -> str:
    """The counting in words: method, days counted, days skipped with the reason."""
    parts = []
    if ob.get("method"):
        parts.append(f"<p>{esc(bi(ob['method'], lang))}</p>")
    counted = [d for d in ob.get("days", []) if d.get("status") == "counted"]
    skipped = [d for d in ob.get("days", []) if d.get("status") == "skipped"]
    if counted:
        text = ", ".join(
            short_date(d["date"], lang) + (f" ({_day_tag(d, lang)})" if _day_tag(d, lang) else "") for d in counted
        )
        parts.append(f"<li><strong>{esc(T['counted'][lang])} ({len(counted)}):</strong> {esc(text)}</li>")
    if skipped:
        text = ", ".join(f"{short_date(d['date'], lang)} ({bi(d.get('reason'), lang) or _day_tag(d, lang)})" for d in skipped)
        parts.append(f"<li><strong>{esc(T['skipped'][lang])} ({len(skipped)}):</strong> {esc(text)}</li>")
    html_ = "".join(p for p in parts if p.startswith("<p>"))
    items = "".join(p for p in parts if p.startswith("<li>"))
    if items:
        html_ += f'<ul class="tr-counting">{items}</ul>'
    return html_


def obligation_html(site: Site, item: dict, ob: dict, lang: str, timeline: bool = True) -> str:
    rows = [
        f"<p><strong>{esc(T['who'][lang])}:</strong> {esc(bi(ob.get('actor'), lang))}"
        + (f" → {esc(bi(ob['towards'], lang))}" if ob.get("towards") else "") + "</p>",
        f"<p><strong>{esc(T['what'][lang])}:</strong> {esc(bi(ob.get('action'), lang))}</p>",
        f"<p><strong>{esc(T['due'][lang])}:</strong> {_due_html(ob, lang)}</p>",
    ]
    if timeline:
        rows.append(timeline_html(ob, lang, dt.date.fromisoformat(item["inputs"]["date"])))
    rows.append(counting_html(ob, lang))
    if ob.get("consequence"):
        rows.append(f"<p><strong>{esc(T['consequence'][lang])}:</strong> {esc(bi(ob['consequence'], lang))}</p>")
    if ob.get("notes"):
        rows.append(f"<p><strong>{esc(T['notes'][lang])}:</strong> {esc(bi(ob['notes'], lang))}</p>")
    for warning in ob.get("warnings", []):
        rows.append(f'<p class="tr-warning"><strong>{esc(T["warning"][lang])}:</strong> {esc(bi(warning, lang))}</p>')
    rows.append(f"<p><strong>{esc(T['citations'][lang])}:</strong> {_cites_html(site, item['regulation'], ob['citations'], lang)}</p>")
    return "".join(r for r in rows if r)


def inputs_html(item: dict, lang: str) -> str:
    inputs = item["inputs"]
    flags = ", ".join(bi(f["label"], lang) for f in item["event"].get("flags", []) if f["id"] in inputs["flags"])
    parts = [
        f"{esc(T['event'][lang])}: {esc(bi(item['event']['label'], lang))}",
        f"{esc(T['date'][lang])}: {esc(long_date(dt.date.fromisoformat(inputs['date']), lang))}",
        f"{esc(T['mode'][lang])}: {esc(T['mode_' + inputs['mode']][lang])}",
    ]
    if flags:
        parts.append(f"{esc(T['flags'][lang])}: {esc(flags)}")
    return f'<p class="tr-meta">{" · ".join(parts)}</p>'


def checker_button(site: Site, item: dict, lang: str) -> str:
    return (f'<a class="tr-button tr-button--primary tr-noprint" data-tr-open-checker '
            f'href="{esc(site.checker(item["inputs"]))}">{esc(T["open_checker"][lang])}</a>')


def option_label(option: dict, lang: str) -> str:
    if "party" in option:
        return bi(option["party"], lang)
    if option["date"] is None:
        return f"{T['no_fixed_date'][lang]}. {bi(option.get('label'), lang)}"
    return long_date(option["date"], lang)


# ---------------------------------------------------------------------------------------------
# Pages

def _page(lang: str, page: str, title: str, body: str, hide: tuple[str, ...] = (), searchable: bool = True,
          search_boost: float | None = None) -> str:
    site = Site(lang, page)
    # MkDocs and Material put the title into <title> and the navigation unescaped: escape it here.
    front = ["---", f"title: {yaml.safe_dump(esc(title), allow_unicode=True, width=10_000).strip().removesuffix('...').strip()}"]
    if hide:
        front.append("hide:")
        front += [f"  - {h}" for h in hide]
    # The kit repeats the regulations' words at length. Material ranks without length normalisation, so
    # without this its pages would bury the provisions a reader searches for: pages that only repeat the
    # others (presenter, self-check, print) are left out of the search, the rest ranks below the texts.
    if not searchable:
        front += ["search:", "  exclude: true"]
    elif search_boost is not None:
        front += ["search:", f"  boost: {search_boost}"]
    front.append("---")
    return (
        "\n".join(front)
        + "\n\n<!-- Generated by scripts/training.py from regulations/*/scenarios.yml and the checker: do not edit. -->\n\n"
        + f'<link rel="stylesheet" href="{esc(site.asset("training.css"))}">\n\n'
        + f"# {_md_inline(title)}\n\n"
        + body.strip()
        + f'\n\n<script src="{esc(site.asset("training.js"))}"></script>\n'
    )


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>&:])")


def _md_inline(text: str) -> str:
    """Plain text made safe inside a Markdown heading (as scripts/docs.py md_inline): no markup, no HTML."""
    return _MD_SPECIAL.sub(lambda m: {"<": "&lt;", ">": "&gt;", "&": "&amp;"}.get(m.group(1), "\\" + m.group(1)), text)


def _html_block(inner: str, cls: str = "tr-kit", extra: str = "") -> str:
    """One raw HTML block for Markdown: no blank line inside, so nothing is re-read as Markdown."""
    inner = re.sub(r"\n\s*\n", "\n", inner.strip())
    return f'<div class="{cls}"{extra}>\n{inner}\n</div>\n'


def _short_name(reg: dict, lang: str) -> str:
    """Type and number, or type and issuing body when the number is unknown (as the site's navigation)."""
    meta = reg.get("meta", {})
    kind = bi(meta.get("type"), lang)
    if meta.get("number") not in (None, "unknown"):
        return f"{kind} {meta['number']}"
    return f"{kind} — {bi(meta.get('issuing_body'), lang)}"


def index_page(lang: str, items: list[dict], corpus: dict, regulations: list[str]) -> str:
    n, nreg = len(items), len(regulations)
    events = sum(len(corpus["regulations"][r]["rules"].get("events", [])) for r in regulations)
    covered = len({(i["regulation"], i["inputs"]["event"]) for i in items})
    suffix = ".en.md" if lang == "en" else ".md"
    if lang == "vi":
        body = f"""
Bộ tài liệu này giúp người hướng dẫn tổ chức buổi tập huấn nhập môn cho cán bộ mới về {nreg} quy chế phối hợp
trên trang: {n} tình huống mẫu bao quát {covered}/{events} sự kiện của công cụ kiểm tra thời hạn, một bài tự kiểm tra,
một chế độ trình chiếu và tài liệu phát tay in được trên khổ A4.

Mọi đáp án, mọi ngày được tính hay bỏ qua và mọi căn cứ trong bộ tài liệu đều do công cụ kiểm tra tính ra khi
xây dựng trang, từ văn bản và lịch ngày nghỉ; không có đáp án nào được gõ tay. Khi quy tắc hay lịch thay đổi,
đáp án thay đổi theo.

## Cách dùng trong một buổi tập huấn {{ #how-to-use }}

1. **Trước buổi học**: in tài liệu phát tay của từng quy chế (trang "{T['handout'][lang]}", nút "{T['print'][lang]}",
   khổ A4) và phát cho học viên; hoặc [in cả bộ tài liệu]({'print' + suffix}) thành một tệp.
2. **Trên lớp**: mở [chế độ trình chiếu]({'presenter' + suffix}), bấm "Toàn màn hình" (phím F). Đọc tình huống,
   để học viên tự tính, rồi bấm → (hoặc A) để hiện đáp án, dòng thời gian và căn cứ; bấm → lần nữa để sang tình
   huống tiếp theo, ← để quay lại.
3. **Thảo luận**: với mỗi tình huống, nút "{T['open_checker'][lang]}" trên trang [tình huống mẫu]({'scenarios' + suffix})
   mở công cụ kiểm tra với đúng dữ liệu đó, để đổi ngày hoặc tình tiết và xem kết quả thay đổi.
4. **Cuối buổi**: học viên làm [bài tự kiểm tra]({'self-check' + suffix}) trên máy của mình: chọn một đáp án, trang
   hiện đáp án đúng, cách tính và căn cứ. Không cần tài khoản, không gửi gì đi, không lưu gì ngoài trình duyệt.

## Các phần của bộ tài liệu {{ #contents }}
"""
    else:
        body = f"""
This kit helps a trainer run an induction session for newly appointed cadres on the {nreg} coordination
regulations of this site: {n} worked scenarios covering {covered} of the {events} events of the deadline checker, a
self-check, a presenter view and handouts that print on A4.

Every answer, every day counted or skipped and every citation in the kit is computed by the checker when the
site is built, from the texts and the calendar of days off; no answer is typed by hand. When a rule or the
calendar changes, the answers change with it.

## How to use it in a session {{ #how-to-use }}

1. **Before the session**: print the handout of each regulation (page "{T['handout'][lang]}", button
   "{T['print'][lang]}", A4) and hand it out; or [print the whole kit]({'print' + suffix}) as one file.
2. **In the room**: open the [presenter view]({'presenter' + suffix}) and press "Full screen" (key F). Read the
   story, let the trainees work it out, then press → (or A) to show the answer, the timeline and the citation;
   press → again for the next scenario, ← to go back.
3. **Discussion**: on the [worked scenarios]({'scenarios' + suffix}) page, the "{T['open_checker'][lang]}" button
   of each scenario opens the checker with the same inputs, to change the date or a flag and see the result change.
4. **At the end**: trainees take the [self-check]({'self-check' + suffix}) on their own device: they pick an
   answer and the page shows the right one, the counting and the citation. No account, nothing sent anywhere,
   nothing stored beyond the browser.

## What the kit contains {{ #contents }}
"""
    rows = [f"- [{T['scenarios'][lang]}]({'scenarios' + suffix})",
            f"- [{T['self_check'][lang]}]({'self-check' + suffix})",
            f"- [{T['presenter'][lang]}]({'presenter' + suffix})"]
    rows += [f"- [{T['handout'][lang]}: {_md_inline(_short_name(corpus['regulations'][rid], lang))}]({'handout-' + rid + suffix})"
             for rid in regulations]
    rows.append(f"- [{T['print_all'][lang]}]({'print' + suffix})")
    body += "\n".join(rows) + "\n\n"
    # The scenarios at a glance: the checker's answers, so a trainer sees the whole session on one screen.
    head = (T["scenarios"][lang], T["question"][lang], T["right_answer"][lang])
    table = [f'<table class="tr-table"><thead><tr>{"".join(f"<th>{esc(h)}</th>" for h in head)}</tr></thead><tbody>']
    for item in items:
        table.append(
            f'<tr><td><a href="scenarios/#{esc(item["id"])}">{esc(bi(item["title"], lang))}</a></td>'
            f'<td>{esc(bi(item["question"], lang))}</td><td>{esc(answer_text(item, lang))}</td></tr>'
        )
    table.append("</tbody></table>")
    body += f"## {T['scenarios'][lang]} {{ #scenarios }}\n\n" + _html_block("".join(table))
    body += f"\n<p class=\"tr-source-note\">{esc(T['not_official'][lang])}</p>\n"
    return _page(lang, "index", T["kit"][lang], body)


def scenarios_page(lang: str, items: list[dict]) -> str:
    site = Site(lang, "scenarios")
    toc = "".join(f'<li><a href="#{esc(i["id"])}">{esc(bi(i["title"], lang))}</a></li>' for i in items)
    out = [_html_block(f"<ol>{toc}</ol>")]
    for item in items:
        ob = item["focus"]
        others = [o for o in item["obligations"] if o is not ob]
        other_html = ""
        if others:
            lis = "".join(
                f"<li>{esc(bi(o.get('actor'), lang))}{(' → ' + esc(bi(o['towards'], lang))) if o.get('towards') else ''}: "
                f"{esc(bi(o.get('action'), lang))} <em>({_due_text(o, lang)})</em> {_cites_html(site, item['regulation'], o['citations'], lang)}</li>"
                for o in others
            )
            other_html = f"<details><summary>{esc(T['other_obligations'][lang])} ({len(others)})</summary><ul>{lis}</ul></details>"
        out.append(_html_block(
            f'<section class="tr-scenario" id="{esc(item["id"])}" data-tr-scenario="{esc(item["id"])}">'
            f'<h2>{esc(bi(item["title"], lang))}</h2>'
            f"{inputs_html(item, lang)}"
            f"<p><strong>{esc(T['story'][lang])}.</strong> {esc(bi(item['story'], lang))}</p>"
            f"<p><strong>{esc(T['question'][lang])}:</strong> {esc(bi(item['question'], lang))}</p>"
            f'<div class="tr-answer-box" data-tr-answer-box><p><strong>{esc(T["answer"][lang])}:</strong> '
            f'<span data-tr-answer>{esc(answer_text(item, lang))}</span></p>'
            f"{obligation_html(site, item, ob, lang)}</div>"
            f"{other_html}"
            f'<p class="tr-actions">{checker_button(site, item, lang)}</p>'
            "</section>"
        ))
    return _page(lang, "scenarios", T["scenarios"][lang], "\n".join(out), search_boost=SEARCH_BOOST)


def _due_text(ob: dict, lang: str) -> str:
    if ob.get("due") is None:
        return esc(T["no_fixed_date"][lang])
    return esc(f"{T['due'][lang]}: {long_date(_answer_date(ob), lang)}")


def self_check_page(lang: str, items: list[dict]) -> str:
    site = Site(lang, "self-check")
    intro = {
        "vi": "Mỗi câu hỏi lấy từ một tình huống mẫu. Chọn một đáp án: trang sẽ cho biết đúng hay sai, hiện đáp án đúng, "
              "cách tính và căn cứ. Đáp án đã được công cụ kiểm tra tính sẵn khi xây dựng trang; không có gì được gửi đi hay lưu lại.",
        "en": "Each question comes from a worked scenario. Pick an answer: the page tells you whether it is right, shows the right "
              "answer, the counting and the citation. The answers were computed by the checker when the site was built; nothing is "
              "sent or kept.",
    }[lang]
    blocks = [f'<p>{esc(intro)}</p><p class="tr-actions tr-noprint"><span class="tr-score" data-tr-score aria-live="polite"></span> '
              f'<button type="button" class="tr-button" data-tr-reset>{esc(T["reset"][lang])}</button></p>']
    for number, item in enumerate(items, 1):
        options = []
        for k, option in enumerate(item["options"]):
            why = ""
            if option.get("why"):
                why = f'<span class="tr-option__why" data-tr-why hidden>{esc(T["why_prefix"][lang] + bi(option["why"], lang))}</span>'
            options.append(
                f'<button type="button" class="tr-option" data-tr-option data-correct="{"true" if option["correct"] else "false"}" '
                f'data-value="{esc(option["date"].isoformat() if option.get("date") else (option.get("party") or {}).get("id", "none"))}">'
                f'{chr(65 + k)}. {esc(option_label(option, lang))}{why}</button>'
            )
        ob = item["focus"]
        blocks.append(
            f'<section class="tr-question" id="q-{esc(item["id"])}" data-tr-question="{esc(item["id"])}">'
            f'<h2>{number}. {esc(bi(item["title"], lang))}</h2>'
            f"<p>{esc(bi(item['story'], lang))}</p>"
            f"<p><strong>{esc(bi(item['question'], lang))}</strong></p>"
            f'<p class="tr-meta">{esc(T["choose"][lang])}</p>'
            f'<div class="tr-options" role="group">{"".join(options)}</div>'
            f'<p class="tr-verdict" data-tr-verdict hidden aria-live="polite"></p>'
            f'<details class="tr-reveal" data-tr-reveal><summary>{esc(T["show_answer"][lang])}</summary>'
            f'<p><strong>{esc(T["right_answer"][lang])}:</strong> <span data-tr-right>{esc(answer_text(item, lang))}</span></p>'
            f"{obligation_html(site, item, ob, lang)}"
            f'<p class="tr-actions">{checker_button(site, item, lang)}</p></details>'
            "</section>"
        )
    return _page(lang, "self-check", T["self_check"][lang], _html_block("".join(blocks), "tr-kit", " data-tr-quiz"), hide=("toc",),
                 searchable=False)


def presenter_page(lang: str, items: list[dict]) -> str:
    site = Site(lang, "presenter")
    toolbar = (
        '<div class="tr-toolbar tr-noprint">'
        f'<button type="button" class="tr-button" data-tr-prev>{esc(T["prev"][lang])}</button>'
        f'<span data-tr-counter>1 / {len(items)}</span>'
        f'<button type="button" class="tr-button tr-button--primary" data-tr-next>{esc(T["next"][lang])}</button>'
        f'<button type="button" class="tr-button" data-tr-answer>{esc(T["reveal"][lang])}</button>'
        f'<button type="button" class="tr-button" data-tr-full>{esc(T["fullscreen"][lang])}</button>'
        f'<span class="tr-hint">{esc(T["keys"][lang])}</span></div>'
    )
    slides = []
    for number, item in enumerate(items, 1):
        ob = item["focus"]
        slides.append(
            f'<section class="tr-slide" id="{esc(item["id"])}" data-tr-slide>'
            f'<p class="tr-meta">{number}/{len(items)} · {esc(_short_name(item["reg"], lang))}</p>'
            f'<h2>{esc(bi(item["title"], lang))}</h2>'
            f'<p class="tr-slide__story">{esc(bi(item["story"], lang))}</p>'
            f'<p class="tr-slide__question">{esc(bi(item["question"], lang))}</p>'
            f'<div class="tr-slide__answer">'
            f'<p><strong>{esc(T["right_answer"][lang])}:</strong> <span class="tr-answer-date">{esc(answer_text(item, lang))}</span></p>'
            f"{timeline_html(ob, lang, dt.date.fromisoformat(item['inputs']['date']))}"
            f"<p><strong>{esc(T['who'][lang])}:</strong> {esc(bi(ob.get('actor'), lang))}"
            + (f" → {esc(bi(ob['towards'], lang))}" if ob.get("towards") else "") + "</p>"
            + (f"<p><strong>{esc(T['consequence'][lang])}:</strong> {esc(bi(ob['consequence'], lang))}</p>" if ob.get("consequence") else "")
            + f"<p><strong>{esc(T['citations'][lang])}:</strong> {_cites_html(site, item['regulation'], ob['citations'], lang)}</p>"
            f"</div></section>"
        )
    return _page(lang, "presenter", T["presenter"][lang],
                 _html_block(toolbar + "".join(slides), "tr-kit tr-presenter", " data-tr-presenter"),
                 hide=("navigation", "toc"), searchable=False)


def _timing_text(timing: dict, lang: str) -> str:
    kind = timing.get("kind")
    if kind == "within":
        unit = {"calendar_days": {"vi": "ngày", "en": "days"}, "working_days": {"vi": "ngày làm việc", "en": "working days"}}[timing["unit"]][lang]
        frm = {"vi": "kể từ khi nhận được văn bản", "en": "from receipt of the written request"}[lang] if timing.get("from") == "receipt" else timing.get("from", "")
        return f"Trong {timing['count']:02d} {unit} {frm}" if lang == "vi" else f"Within {timing['count']} {unit} {frm}"
    if kind == "before":
        unit = {"calendar_days": {"vi": "ngày", "en": "days"}, "working_days": {"vi": "ngày làm việc", "en": "working days"}}[timing["unit"]][lang]
        return f"Trước {timing['count']:02d} {unit}" if lang == "vi" else f"{timing['count']} {unit} before"
    if kind == "annual_before":
        return (f"Hằng năm, trước ngày {timing['day']:02d}/{timing['month']:02d}" if lang == "vi"
                else f"Every year, before {timing['day']} {MONTHS_EN[timing['month'] - 1]}")
    if kind == "periodic":
        return f"{bi(timing.get('period'), lang)} ({T['no_fixed_date'][lang].lower()})"
    return f"{T['no_fixed_date'][lang]}. {bi(timing.get('reason'), lang)}"


def _scope_html(reg: dict, site: Site, lang: str) -> str:
    """Article 1 (scope) in the text's own words, with its children."""
    provisions = reg.get("provisions", [])
    first = next((p for p in provisions if p.get("kind") == "dieu"), None)
    if not first:
        return ""
    inside = [p for p in provisions if p["id"] == first["id"] or p["id"].startswith(first["id"] + "-")]
    paras = "".join(f"<p>{esc(para.strip()).replace(chr(10), '<br>')}</p>"
                    for p in inside for para in re.split(r"\n\s*\n", p[lang]) if para.strip())
    return (f'<blockquote class="tr-scope">{paras}<p class="tr-meta">'
            f'{_rule_cites(site, reg["id"], [first["id"]], lang)}</p></blockquote>')


def handout_html(reg: dict, lang: str, site: Site, heading: str = "h2") -> str:
    """What the regulation covers, who presides and coordinates, every time limit, the liaison offices."""
    rules = reg["rules"]
    meta = reg.get("meta", {})
    parties = {p["id"]: p for p in rules.get("parties", [])}

    def name(pid: str | None) -> str:
        return esc(parties[pid][lang] if pid in parties else pid)

    def names(ids: list[str]) -> str:
        return "<br>".join(name(i) for i in ids) or esc(T["dash"][lang])

    def table(cls: str, widths: tuple[int, ...], cols: tuple[str, ...], rows: list[str]) -> str:
        colgroup = "".join(f'<col style="width:{w}%">' for w in widths)
        head = "".join(f"<th>{esc(c)}</th>" for c in cols)
        return (f'<table class="tr-table {cls}"><colgroup>{colgroup}</colgroup><thead><tr>{head}</tr></thead>'
                f'<tbody>{"".join(rows)}</tbody></table>')

    h = heading
    number = f" ({esc(meta['number'])})" if meta.get("number") not in (None, "unknown") else ""
    out = [
        f"<{h}>{esc(T['covers'][lang])}</{h}>",
        f"<p><strong>{esc(T['document'][lang])}:</strong> {esc(bi(meta.get('title'), lang))}{number}"
        + (f", {esc(bi(meta.get('issuing_body'), lang))}" if meta.get("issuing_body") else "") + "</p>",
        f"<p><strong>{esc(T['status'][lang])}:</strong> {esc(bi(meta.get('effect'), lang))}</p>",
        _scope_html(reg, site, lang),
    ]
    def cites(pids: list[str]) -> str:
        return f'<span class="tr-cite-inline">({_rule_cites(site, reg["id"], pids, lang)})</span>'

    rows = [f"<tr><td>{esc(bi(m['area'], lang))} {cites(m['cites'])}</td><td>{names(m.get('presides', []))}</td>"
            f"<td>{names(m.get('coordinates', []))}</td></tr>"
            for m in rules.get("matrix", [])]
    if rows:
        out.append(f"<{h}>{esc(T['matrix'][lang])}</{h}>")
        out.append(table("tr-matrix", (56, 22, 22), (T["area"][lang], T["presides"][lang], T["coordinates"][lang]), rows))
    rows = []
    for r in rules.get("rules", []):
        if r["timing"]["kind"] == "none":
            continue  # not a time limit: listed on the deadlines page
        who = name(r["actor"]) + (f" → {name(r['towards'])}" if r.get("towards") else "")
        what = f"{esc(bi(r['action'], lang))} {cites(r['cites'])}"
        if r.get("consequence"):
            what += f"<br><em>{esc(T['consequence'][lang])}: {esc(bi(r['consequence'], lang))}</em>"
        rows.append(f"<tr><td><strong>{esc(_timing_text(r['timing'], lang))}</strong></td><td>{who}</td><td>{what}</td></tr>")
    if rows:
        out.append(f"<{h}>{esc(T['time_limits'][lang])}</{h}>")
        out.append(table("tr-limits", (18, 24, 58), (T["time_limit"][lang], T["who"][lang], T["what"][lang]), rows))
    untimed = sum(1 for r in rules.get("rules", []) if r["timing"]["kind"] == "none")
    if untimed:
        out.append(f'<p class="tr-meta">{esc(T["untimed_note"][lang].format(n=untimed))} '
                   f'<a href="{esc(site.lang_root)}deadlines/#khong-thoi-han">{esc(T["deadlines_page"][lang])}</a>.</p>')
    rows = [f"<tr><td>{name(x['party'])}</td><td>{esc(bi(x['office'], lang))} {cites(x['cites'])}</td></tr>"
            for x in rules.get("liaison", [])]
    if rows:
        out.append(f"<{h}>{esc(T['liaison'][lang])}</{h}>")
        out.append(table("tr-liaison", (30, 70), (T["party"][lang], T["office"][lang]), rows))
    out.append(f'<p class="tr-source-note">{esc(T["not_official"][lang])}</p>')
    return "".join(out)


def handout_page(lang: str, reg: dict) -> str:
    page = f"handout-{reg['id']}"
    site = Site(lang, page)
    button = f'<p class="tr-actions tr-noprint"><button type="button" class="tr-button" data-tr-print>{esc(T["print"][lang])}</button></p>'
    body = _html_block(button + handout_html(reg, lang, site), "tr-kit tr-handout")
    return _page(lang, page, f"{T['handout'][lang]}: {_short_name(reg, lang)}", body, hide=("toc",),
                 search_boost=SEARCH_BOOST)


def print_page(lang: str, corpus: dict, regulations: list[str], items: list[dict]) -> str:
    """The whole kit on one page for a single PDF: every handout, then every worked scenario."""
    site = Site(lang, "print")
    intro = {"vi": "Trang này gộp mọi tài liệu phát tay và mọi tình huống mẫu để in thành một tệp (nút In của trình duyệt, khổ A4).",
             "en": "This page gathers every handout and every worked scenario to print as one file (the browser's Print, A4)."}[lang]
    parts = [f'<p class="tr-noprint">{esc(intro)}</p><p class="tr-actions tr-noprint">'
             f'<button type="button" class="tr-button" data-tr-print>{esc(T["print"][lang])}</button></p>']
    for number, rid in enumerate(regulations):
        reg = corpus["regulations"][rid]
        cls = ' class="tr-page-break"' if number else ""
        parts.append(f'<section{cls} id="{esc(rid)}"><h2>{esc(T["handout"][lang])}: {esc(_short_name(reg, lang))}</h2>'
                     f"{handout_html(reg, lang, site, heading='h3')}</section>")
    scenarios = []
    for item in items:
        ob = item["focus"]
        scenarios.append(
            f'<div class="tr-print-scenario" id="{esc(item["id"])}"><h3>{esc(bi(item["title"], lang))}</h3>'
            f"{inputs_html(item, lang)}<p>{esc(bi(item['story'], lang))}</p>"
            f"<p><strong>{esc(T['question'][lang])}:</strong> {esc(bi(item['question'], lang))}</p>"
            f'<div class="tr-answer-box"><p><strong>{esc(T["answer"][lang])}:</strong> {esc(answer_text(item, lang))}</p>'
            f"{obligation_html(site, item, ob, lang)}</div></div>"
        )
    parts.append(f'<section class="tr-page-break" id="scenarios"><h2>{esc(T["scenarios"][lang])}</h2>{"".join(scenarios)}</section>')
    return _page(lang, "print", T["print_all"][lang], _html_block("".join(parts), "tr-kit tr-handout"), hide=("navigation", "toc"),
                 searchable=False)


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
        suffix = ".en.md" if lang == "en" else ".md"
        pages = {
            "index": index_page(lang, items, corpus, regulations),
            "scenarios": scenarios_page(lang, items),
            "self-check": self_check_page(lang, items),
            "presenter": presenter_page(lang, items),
            "print": print_page(lang, corpus, regulations, items),
        }
        for rid in regulations:
            pages[f"handout-{rid}"] = handout_page(lang, corpus["regulations"][rid])
        for name, text in pages.items():
            (out / f"{name}{suffix}").write_text(text, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Check the scenarios and print each computed answer: `python scripts/training.py [regulations]`."""
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
