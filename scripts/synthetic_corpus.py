"""A synthetic corpus of N regulations made from the real ones, for tests and benchmarks only.

    .venv/bin/python scripts/synthetic_corpus.py N [--out DIR]     prints the folder it wrote

Copy k of a real regulation gets the id `<id>-s<k>` (folder, meta id, every mention in its files, so
its citations, scenarios and links follow), its number and title are marked "(S<k>)", and its worked
scenarios' ids are suffixed `-s<k>`. Copies are made in rounds over the real regulations, so copy k of
one regulation refers to copy k of another (a scenario's `confusions`), or to its copy 1 when the last
round is incomplete (N not a multiple of their number). The folder is a new temporary directory unless --out is given: a synthetic corpus is never
written into regulations/ and never published (its meta says so in a comment).
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REGULATIONS = ROOT / "regulations"
MARK = "# SYNTHETIC copy for tests and benchmarks (scripts/synthetic_corpus.py): never published.\n"


def sources(root: Path = REGULATIONS) -> list[Path]:
    return sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))


def _rename(text: str, suffixes: dict[str, str]) -> str:
    # Longest ids first; an id is only replaced where it is a whole token (not part of a longer id).
    for rid in sorted(suffixes, key=len, reverse=True):
        text = re.sub(rf"(?<![\w-]){re.escape(rid)}(?![\w-])", f"{rid}-{suffixes[rid]}", text)
    return text


def _mark_meta(text: str, tag: str) -> str:
    text = re.sub(r'^(number:\s*")([^"]*)(")', rf"\g<1>\g<2> ({tag})\g<3>", text, count=1, flags=re.M)
    # The title's first line in each language.
    text = re.sub(r'^(  (?:vi|en):\s*")(.*)(")$', lambda m: f"{m.group(1)}{m.group(2)} ({tag}){m.group(3)}"
                  if m.start() < text.find("issuing_body") else m.group(0), text, count=2, flags=re.M)
    return MARK + text


def _suffix_scenarios(text: str, suffix: str) -> str:
    return re.sub(r"^(  - id:\s*)(\S+)", rf"\g<1>\g<2>-{suffix}", text, flags=re.M)


def generate(n: int, out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    real = sources()
    ids = [p.name for p in real]
    shutil.copy2(REGULATIONS / "glossary.yml", out / "glossary.yml")
    for i in range(n):
        source = real[i % len(real)]
        k = i // len(real) + 1
        suffix = f"s{k:03d}"
        target = out / f"{source.name}-{suffix}"
        target.mkdir()
        # Another regulation's copy k, or its first copy when the last round is incomplete.
        exists = {rid: (k - 1) * len(ids) + j < n for j, rid in enumerate(ids)}
        suffixes = {rid: suffix if exists[rid] else "s001" for rid in ids}
        for path in sorted(source.iterdir()):
            text = _rename(path.read_text(encoding="utf-8"), suffixes)
            if path.name == "meta.yml":
                text = _mark_meta(text, suffix.upper())
            elif path.name == "scenarios.yml":
                text = _suffix_scenarios(text, suffix)
            (target / path.name).write_text(text, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int)
    parser.add_argument("--out", help="folder to write (default: a new temporary folder)")
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix=f"synthetic-{args.n}-"))
    if out.resolve() == REGULATIONS.resolve() or REGULATIONS.resolve() in out.resolve().parents:
        print("synthetic_corpus: never inside regulations/", file=sys.stderr)
        return 2
    print(generate(args.n, out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
