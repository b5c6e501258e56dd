"""Command line: python -m checker --regulation R --event E --date YYYY-MM-DD [options].

This is the I/O adapter around the pure engine: it loads the corpus (checker.corpus.load_corpus from the
repository's regulations/, or a compiled corpus JSON with --corpus), prints a readable table, the exact
check() dict with --json, or writes an .ics file. Every failure prints one clear message in the chosen
language and exits with status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from pathlib import Path

from .engine import catalog, check
from .messages import text

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "regulations"
EXIT_USAGE = 2
WIDTH = 100


class UsageError(Exception):
    """A message (vi/en) for the user; raised instead of argparse's own exit."""

    def __init__(self, message: dict):
        super().__init__(message["en"])
        self.message = message


# argparse's own wording for an option given without its value, e.g. "--date" at the end of the line.
_NO_VALUE = re.compile(r"argument (--[a-z-]+): expected one argument")


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # argparse would print English usage and exit; we want our message, exit 2
        no_value = _NO_VALUE.search(message)
        if no_value:
            raise UsageError(text("cli.missing_value", name=no_value.group(1)))
        raise UsageError(text("cli.bad_args", detail=message))


def _help(key: str) -> str:
    h = text(key)
    return f"{h['vi']} / {h['en']}"


def _parser() -> _Parser:
    parser = _Parser(prog="python -m checker", description=_help("cli.description"))
    parser.add_argument("--regulation", help=_help("cli.help.regulation"))
    parser.add_argument("--event", help=_help("cli.help.event"))
    parser.add_argument("--date", help=_help("cli.help.date"))
    parser.add_argument("--complex", action="store_true", help=_help("cli.help.complex"))
    parser.add_argument("--flag", action="append", default=[], help=_help("cli.help.flag"))
    parser.add_argument("--strict", action="store_true", help=_help("cli.help.strict"))
    # Checked by us rather than with choices=, so that a wrong value gets a bilingual message.
    parser.add_argument("--lang", default="vi", help=_help("cli.help.lang"))
    parser.add_argument("--json", action="store_true", help=_help("cli.help.json"))
    parser.add_argument("--ics", metavar="FILE", help=_help("cli.help.ics"))
    parser.add_argument("--site-url", metavar="URL", help=_help("cli.help.site_url"))
    parser.add_argument("--list", action="store_true", help=_help("cli.help.list"))
    parser.add_argument("--corpus", metavar="DIR|FILE.json", help=_help("cli.help.corpus"))
    return parser


def _lang_from(argv: list[str]) -> str:
    """The display language, read before parsing so that parse errors are already in it."""
    for i, arg in enumerate(argv):
        value = None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in ("vi", "en"):
            return value
    return "vi"


def load(corpus_arg: str | None) -> dict:
    path = Path(corpus_arg) if corpus_arg else DEFAULT_CORPUS
    try:
        if path.is_file():
            return json.loads(path.read_text(encoding="utf-8"))
        from .corpus import CorpusError, load_corpus  # build-time dependency (PyYAML, pydantic)
    except (OSError, ValueError, ImportError) as exc:
        raise UsageError(text("cli.corpus_error", detail=f"{path}: {exc}")) from None
    try:
        return load_corpus(path)
    except CorpusError as exc:
        raise UsageError(text("cli.corpus_error", detail=str(exc))) from None


# ---------------------------------------------------------------------------
# Readable output


def _wrap(line: str, indent: str = "") -> str:
    return textwrap.fill(line, WIDTH, initial_indent=indent, subsequent_indent=indent + "  ")


def _label(key: str, lang: str) -> str:
    return text(key)[lang]


def _number(regulation: dict, lang: str) -> str:
    # A source without a number (Lào Cai) says so, rather than leaving the reader to wonder.
    return f" ({regulation['number'] or _label('cli.number_unknown', lang)})"


def render_table(result: dict, lang: str) -> str:
    out = []
    scenario = result["scenario"]
    regulation = result["regulation"]
    reg = f"{regulation['id']}{_number(regulation, lang)}"
    out.append(_wrap(f"{_label('cli.regulation', lang)}: {reg} - {regulation['title'][lang]}"))
    event = result["event"]
    out.append(_wrap(f"{_label('cli.event', lang)}: {event['id']} - {event['label'][lang]}"))
    out.append(_wrap(f"{_label('cli.date_means', lang)}: {event['date_means'][lang]}"))
    out.append(f"{_label('cli.date', lang)}: {scenario['date']} ({event['day']['weekday'][lang]})")
    if event["flags"]:
        out.append(f"{_label('cli.flags', lang)}: " + ", ".join(f"{f['id']} ({f['label'][lang]})" for f in event["flags"]))
    out.append(_wrap(f"{_label('cli.mode', lang)}: {result['mode']} - {result['mode_label'][lang]}"))

    out.append("")
    out.append(_label("cli.obligations", lang))
    for number, o in enumerate(result["obligations"], 1):
        out.append("")
        towards = f" -> {o['towards']['name'][lang]}" if o["towards"] else ""
        out.append(_wrap(f"{number}. {o['actor']['name'][lang]}{towards}"))
        out.append(_wrap(f"{_label('cli.action', lang)}: {o['action'][lang]}", "   "))
        out.append(_wrap(o["due"]["summary"][lang], "   "))
        if o["due"]["date"]:
            out.append(_wrap(f"{_label('cli.counting', lang)}: {o['counting']['explanation'][lang]}", "   "))
        for day in o["counting"]["days"]:
            n = f"{day['n']:>2}" if day["n"] else "  "
            status = _label(f"day.status.{day['status']}", lang)
            marks = "".join(f" <- {_label('day.mark.' + m, lang)}" for m in day["marks"])
            reason = f" - {day['reason'][lang]}" if day["reason"] else ""
            out.append(f"      {day['date']} {day['weekday'][lang]:<9} {n} {status}{reason}{marks}")
        if o["consequence"]:
            out.append(_wrap(f"{_label('cli.consequence', lang)}: {o['consequence'][lang]}", "   "))
        if o["notes"]:
            out.append(_wrap(f"{_label('cli.notes', lang)}: {o['notes'][lang]}", "   "))
        urls = ", ".join(c["url"][lang] for c in o["citations"])
        out.append(_wrap(f"{_label('cli.citations', lang)}: {o['citation'][lang]} ({urls})", "   "))

    if result["responsibilities"]:
        out.append("")
        out.append(_label("cli.responsibilities", lang))
        for row in result["responsibilities"]:
            presides = ", ".join(p["name"][lang] for p in row["presides"]) or _label("cli.nobody", lang)
            coordinates = ", ".join(p["name"][lang] for p in row["coordinates"]) or _label("cli.nobody", lang)
            cites = "; ".join(c["human"][lang] for c in row["citations"])
            out.append(_wrap(f"- {row['area'][lang]}", ""))
            out.append(_wrap(f"{_label('cli.presides', lang)}: {presides}", "   "))
            out.append(_wrap(f"{_label('cli.coordinates', lang)}: {coordinates}", "   "))
            out.append(_wrap(f"{_label('cli.citations', lang)}: {cites}", "   "))
    if result["liaison"]:
        out.append("")
        out.append(_label("cli.liaison", lang))
        for item in result["liaison"]:
            cites = "; ".join(c["human"][lang] for c in item["citations"])
            out.append(_wrap(f"- {item['office'][lang]} ({cites})"))
    if result["warnings"]:
        out.append("")
        out.append(_label("cli.warnings", lang))
        for w in result["warnings"]:
            out.append(_wrap(f"- {w['message'][lang]}"))
    out.append("")
    out.append(_label("cli.conventions", lang))
    for c in result["conventions"]:
        out.append(_wrap(f"- {c['text'][lang]} [{c['source'][lang]}]"))
    return "\n".join(out) + "\n"


def render_list(listing: dict, lang: str) -> str:
    out = [_label("cli.list.regulations", lang), ""]
    for regulation in listing["regulations"]:
        out.append(_wrap(f"{regulation['id']}{_number(regulation, lang)}: {regulation['title'][lang]}"))
        for event in regulation["events"]:
            out.append(_wrap(f"--event {event['id']}: {event['label'][lang]}", "    "))
            out.append(_wrap(f"{event['date_means'][lang]}", "        "))
            for flag in event["flags"]:
                out.append(_wrap(text("cli.list.flag", flag=flag["id"], label=flag["label"])[lang], "        "))
        out.append("")
    return "\n".join(out)


# ---------------------------------------------------------------------------


def run(argv: list[str], stdout, stderr) -> int:
    lang = _lang_from(argv)
    try:
        args, unknown = _parser().parse_known_args(argv)
        if unknown:
            raise UsageError(text("cli.unknown_args", names=" ".join(unknown)))
        if args.lang not in ("vi", "en"):
            raise UsageError(text("error.bad_lang", value=args.lang))
        corpus = load(args.corpus)
        if args.list:
            stdout.write(render_list(catalog(corpus), lang))
            return 0
        missing = [f"--{name}" for name in ("regulation", "event", "date") if getattr(args, name) is None]
        if missing:
            raise UsageError(text("cli.missing_args", names=", ".join(missing)))
        flags = (["complex"] if args.complex else []) + args.flag
        scenario = {"regulation": args.regulation, "event": args.event, "date": args.date, "flags": flags,
                    "mode": "strict" if args.strict else "standard", "lang": lang}
        result = check(corpus, scenario)
        if not result["ok"]:
            if args.json:
                stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
            for error in result["errors"]:
                stderr.write(f"{_label('cli.error', lang)} [{error['field']}]: {error['message'][lang]}\n")
            return EXIT_USAGE
        if args.ics:
            from .ics import dated_events, to_ics

            try:
                Path(args.ics).write_bytes(to_ics(result, lang, args.site_url))
            except OSError as exc:
                raise UsageError(text("cli.ics_error", path=args.ics, detail=exc.strerror or str(exc))) from None
            stderr.write(text("cli.ics_written", path=args.ics, count=len(dated_events(result)))[lang] + "\n")
        if args.json:
            stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            stdout.write(render_table(result, lang))
        return 0
    except UsageError as error:
        stderr.write(f"{_label('cli.error', lang)}: {error.message[lang]}\n")
        return EXIT_USAGE
    except Exception as exc:  # the promise is a message, never a traceback
        stderr.write(f"{_label('cli.error', lang)}: {text('error.internal', detail=repr(exc))[lang]}\n")
        return EXIT_USAGE


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        # Vietnamese text on a console whose encoding cannot show it must not crash the program.
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
    return run(sys.argv[1:] if argv is None else argv, sys.stdout, sys.stderr)
