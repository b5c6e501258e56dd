"""Command line of the importer. Every failure is `file:line: Vietnamese / English`, never a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

from checker.messages import both

from .folder import export_text, import_file
from .readers import ImportFailure


def _say(key: str, **params) -> str:
    return both(key, **params)


def _option(args: list[str], name: str, default=None):
    if name in args:
        index = args.index(name)
        if index + 1 >= len(args):
            raise ValueError(name)
        value = args[index + 1]
        del args[index:index + 2]
        return value
    return default


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        force = "--force" in args
        if force:
            args.remove("--force")
        command = args.pop(0) if args else ""
        if command == "import":
            reg_id = _option(args, "--id")
            out = Path(_option(args, "--out", "regulations"))
            kind = _option(args, "--kind", "clean")
            if len(args) != 1 or not reg_id or kind not in ("clean", "ocr"):
                raise ValueError(command)
            folder, imp, rules = import_file(Path(args[0]), reg_id, out, kind, force)
            print((folder / "import-report.md").read_text(encoding="utf-8"))
            print(_say("import.done", blocks=len(imp.blocks), rules=len(rules["rules"]), folder=folder,
                       report=folder / "import-report.md"))
            return 0
        if command == "export":
            target = _option(args, "--out")
            if len(args) != 1:
                raise ValueError(command)
            content, count = export_text(Path(args[0]))
            if target:
                Path(target).write_text(content, encoding="utf-8")
                print(_say("import.exported", blocks=count, file=target))
            else:
                sys.stdout.write(content)
            return 0
        raise ValueError(command)
    except ValueError:
        print(_say("import.error.usage"), file=sys.stderr)
        return 2
    except ImportFailure as failure:
        print(f"{failure.path}:{failure.line}: {_say(failure.key, **failure.params)}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"{getattr(exc, 'filename', '') or '-'}:0: {_say('import.error.unreadable', reason=exc.strerror or exc)}",
              file=sys.stderr)
        return 1
