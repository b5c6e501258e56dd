"""Command line: python -m checker --regulation R --event E --date YYYY-MM-DD [options].

This is the I/O adapter around the pure engine: it loads the corpus (checker.corpus.load_corpus from the
repository's regulations/, or a compiled corpus JSON with --corpus), prints a readable table, the exact
check() dict with --json, or writes an .ics file. Every failure prints one clear message, never a traceback.

Exit status: 0 done (also when --ics has no dated deadline to write: it says so and writes no file);
2 wrong input (usage, unknown regulation or event, bad date, unreadable corpus, calendar file not
writable); 1 the output cannot be written (standard output closed, disk full); 141 the reader of the
output went away (a closed pipe, e.g. `| head`), quietly, as a program stopped by SIGPIPE.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import textwrap
from datetime import date
from pathlib import Path

from .engine import catalog, check
from .formats import date_text
from .languages import LANGS
from .messages import both, one_line, text

DEFAULT_CORPUS = Path(__file__).resolve().parents[1] / "regulations"
EXIT_USAGE = 2
EXIT_OUTPUT = 1
EXIT_BROKEN_PIPE = 141  # 128 + SIGPIPE, as the shell reports a program stopped by a closed pipe
WIDTH = 100
SHOWN_MAX = 60  # characters of a value the user typed that a message repeats
BOTH = "both"  # messages in both languages: no valid --lang yet


def _shown(value: str) -> str:
    """A value the user typed, as a message repeats it: short, without control characters."""
    value = "".join(c if c.isprintable() else "?" for c in value)
    return value if len(value) <= SHOWN_MAX else value[:SHOWN_MAX] + f"… ({len(value)})"


class OutputError(Exception):
    """Standard output or error could not be written (closed, disk full, closed pipe)."""

    def __init__(self, error: OSError | None):
        super().__init__(str(error))
        self.error = error


class _Stream:
    """A text stream whose write failures become OutputError, so they are not taken for a checker bug."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, data: str) -> None:
        if self.stream is None:
            raise OutputError(None)
        try:
            self.stream.write(data)
        except (OSError, ValueError) as error:  # ValueError: a closed file object
            raise OutputError(error if isinstance(error, OSError) else None) from None

    def flush(self) -> None:
        if self.stream is None:
            return
        try:
            self.stream.flush()
        except (OSError, ValueError) as error:
            raise OutputError(error if isinstance(error, OSError) else None) from None


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
        raise UsageError(text("cli.bad_args", detail=_shown(message)))


def _help(key: str) -> str:
    return both(key)


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
    """The display language, read before parsing so that parse errors are already in it.

    The last --lang wins, as in argparse; a value other than vi or en gives messages in both languages."""
    value = "vi"
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
    return value if value in LANGS else BOTH


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
    return _say(text(key), lang)


def _heading(key: str, lang: str) -> str:
    """A section of the printed answer: the shared label, in capitals as a terminal has no bold."""
    return _label(key, lang).upper()


def _day(iso: str, lang: str) -> str:
    return date_text(date.fromisoformat(iso), lang)


def _say(message: dict, lang: str) -> str:
    return one_line(message) if lang == BOTH else message[lang]


def _number(regulation: dict, lang: str) -> str:
    # A source without a number (Lào Cai) says so, rather than leaving the reader to wonder.
    return f" ({regulation['number'] or _label('cli.number_unknown', lang)})"


def render_table(result: dict, lang: str) -> str:
    out = []
    scenario = result["scenario"]
    regulation = result["regulation"]
    reg = f"{regulation['id']}{_number(regulation, lang)}"
    out.append(_wrap(f"{_label('label.regulation', lang)}: {reg} - {regulation['title'][lang]}"))
    event = result["event"]
    out.append(_wrap(f"{_label('label.event', lang)}: {event['id']} - {event['label'][lang]}"))
    out.append(_wrap(f"{_label('label.date_means', lang)}: {event['date_means'][lang]}"))
    out.append(f"{_label('label.date', lang)}: {event['day']['weekday'][lang]}, {_day(scenario['date'], lang)}")
    if event["flags"]:
        out.append(f"{_label('label.flags', lang)}: " + ", ".join(f"{f['id']} ({f['label'][lang]})" for f in event["flags"]))
    out.append(_wrap(f"{_label('label.mode', lang)}: {result['mode']} - {result['mode_label'][lang]}"))

    out.append("")
    out.append(_heading("label.obligations", lang))
    for number, o in enumerate(result["obligations"], 1):
        out.append("")
        towards = f" -> {o['towards']['name'][lang]}" if o["towards"] else ""
        out.append(_wrap(f"{number}. {o['actor']['name'][lang]}{towards}"))
        out.append(_wrap(f"{_label('label.what', lang)}: {o['action'][lang]}", "   "))
        out.append(_wrap(o["due"]["summary"][lang], "   "))
        if o["due"]["date"]:
            out.append(_wrap(f"{_label('label.counting', lang)}: {o['counting']['explanation'][lang]}", "   "))
        for day in o["counting"]["days"]:
            n = f"{day['n']:>2}" if day["n"] else "  "
            status = _label(f"day.status.{day['status']}", lang)
            marks = "".join(f" <- {_label('day.mark.' + m, lang)}" for m in day["marks"])
            reason = f" - {day['reason'][lang]}" if day["reason"] else ""
            out.append(f"      {_day(day['date'], lang):<17} {day['weekday'][lang]:<9} {n} {status}{reason}{marks}")
        if o["consequence"]:
            out.append(_wrap(f"{_label('label.consequence', lang)}: {o['consequence'][lang]}", "   "))
        if o["notes"]:
            out.append(_wrap(f"{_label('label.notes', lang)}: {o['notes'][lang]}", "   "))
        urls = ", ".join(c["url"][lang] for c in o["citations"])
        out.append(_wrap(f"{_label('label.cites', lang)}: {o['citation'][lang]} ({urls})", "   "))

    if result["responsibilities"]:
        out.append("")
        out.append(_heading("label.roles", lang))
        for row in result["responsibilities"]:
            presides = ", ".join(p["name"][lang] for p in row["presides"]) or _label("cli.nobody", lang)
            coordinates = ", ".join(p["name"][lang] for p in row["coordinates"]) or _label("cli.nobody", lang)
            cites = "; ".join(c["human"][lang] for c in row["citations"])
            out.append(_wrap(f"- {row['area'][lang]}", ""))
            out.append(_wrap(f"{_label('label.presides', lang)}: {presides}", "   "))
            out.append(_wrap(f"{_label('label.coordinates', lang)}: {coordinates}", "   "))
            out.append(_wrap(f"{_label('label.cites', lang)}: {cites}", "   "))
    if result["liaison"]:
        out.append("")
        out.append(_heading("label.liaison", lang))
        for item in result["liaison"]:
            cites = "; ".join(c["human"][lang] for c in item["citations"])
            out.append(_wrap(f"- {item['office'][lang]} ({cites})"))
    if result["warnings"]:
        out.append("")
        out.append(_heading("label.warnings", lang))
        for w in result["warnings"]:
            out.append(_wrap(f"- {w['message'][lang]}"))
    out.append("")
    out.append(_heading("label.conventions", lang))
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
    stdout, stderr = _Stream(stdout), _Stream(stderr)
    try:
        args, unknown = _parser().parse_known_args(argv)
        if unknown:
            raise UsageError(text("cli.unknown_args", names=_shown(" ".join(unknown))))
        if args.lang not in LANGS:
            raise UsageError(text("error.bad_lang", value=_shown(args.lang)))
        lang = args.lang  # the last --lang, as _lang_from read it
        if args.ics is not None and not args.ics.strip():
            raise UsageError(text("cli.ics_empty"))
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
            long_values = [v for v in (args.regulation, args.event, args.date) if v and len(v) > SHOWN_MAX]
            for error in result["errors"]:
                message = error["message"][lang]
                for value in long_values:  # a 100 KB --date is not repeated in full
                    message = message.replace(value, _shown(value))
                stderr.write(f"{_label('cli.error', lang)} [{error['field']}]: {message}\n")
            return EXIT_USAGE
        if args.ics:
            from .ics import dated_events, to_ics

            if not dated_events(result):
                # An empty calendar would look like a file with the deadlines in it: say so, write nothing.
                stderr.write(text("cli.ics_nothing", path=_shown(args.ics))[lang] + "\n")
            else:
                try:
                    Path(args.ics).write_bytes(to_ics(result, lang, args.site_url))
                except OSError as exc:
                    raise UsageError(text("cli.ics_error", path=_shown(args.ics), detail=exc.strerror or str(exc))) from None
                stderr.write(text("cli.ics_written", path=args.ics, count=len(dated_events(result)))[lang] + "\n")
        if args.json:
            stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        else:
            stdout.write(render_table(result, lang))
        return 0
    except UsageError as error:
        stderr.write(f"{_label('cli.error', lang)}: {_say(error.message, lang)}\n")
        return EXIT_USAGE
    except OutputError:
        raise
    except Exception as exc:  # the promise is a message, never a traceback
        stderr.write(f"{_label('cli.error', lang)}: {_say(text('error.internal', detail=repr(exc)), lang)}\n")
        return EXIT_USAGE


def _quiet_stdout() -> None:
    """Point standard output at /dev/null, so that Python's final flush of what is left finds no error."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    for stream in (sys.stdout, sys.stderr):
        # Vietnamese text on a console whose encoding cannot show it must not crash the program.
        if hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(errors="replace")
            except (ValueError, OSError):
                pass
    # A closed stderr (2>&-) is None in Python: messages are lost, but the exit status stays the same.
    stderr = sys.stderr if sys.stderr is not None else open(os.devnull, "w", encoding="utf-8")
    try:
        status = run(argv, sys.stdout, stderr)
        _Stream(sys.stdout).flush()  # a full disk shows only here, when the buffer is written
        return status
    except OutputError as failure:
        _quiet_stdout()
        if isinstance(failure.error, BrokenPipeError):
            return EXIT_BROKEN_PIPE  # the reader (e.g. `head`) has what it wanted: nothing to say
        lang = _lang_from(argv)
        reason = (failure.error.strerror or str(failure.error)) if failure.error else None
        message = text("cli.output_error", detail=reason or text("cli.stdout_closed"))
        try:
            stderr.write(f"{_label('cli.error', lang)}: {_say(message, lang)}\n")
            stderr.flush()
        except (OSError, ValueError):
            pass
        return EXIT_OUTPUT
