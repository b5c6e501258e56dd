"""Mutation score per file after `mutmut run` (make mutation), and every surviving mutant.

Reads mutmut's result files (mutants/<file>.meta) for the files in [tool.mutmut] only_mutate, prints
killed/total per file, then each survivor with its one-line change and, when listed, the reason it is
equivalent (mutation-equivalents.md). Exit status 1 when a file scores under --min (default 95) or a
survivor is not listed with a reason.

    .venv/bin/python scripts/mutation_report.py [--min 95] [--diff]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tomllib
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "mutation-equivalents.md"
# mutmut's exit codes (mutmut/stats.py): 1 and 3 killed, 0 survived, None not run, 5/33 no tests, 36 timeout...
STATUS = {1: "killed", 3: "killed", 0: "survived", None: "not checked", 5: "no tests", 33: "no tests",
          34: "skipped", 35: "suspicious", 36: "timeout", 37: "caught by type check", -24: "timeout",
          24: "timeout", 152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault"}
DETECTED = {"killed", "timeout", "caught by type check"}  # a mutant that hangs is caught, too
LISTED = re.compile(r"^\|\s*`?(checker\.[\w.ǁ]+__mutmut_\d+)`?\s*\|(.*)$", re.M)


def files_to_mutate() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
    return config["only_mutate"]


def listed_equivalents() -> dict[str, str]:
    if not EQUIVALENTS.exists():
        return {}
    rows = LISTED.findall(EQUIVALENTS.read_text("utf-8"))
    return {name: rest.strip().strip("|").split(" | ")[-1].strip() for name, rest in rows}  # the last column


def change_of(name: str, path: str) -> str:
    """The mutant's changed lines, from mutmut's own diff."""
    try:
        from mutmut.mutation.diff_apply import get_diff_for_mutant
        diff = get_diff_for_mutant(name, path=path)
    except Exception as exc:  # the report must still print the scores
        return f"(no diff: {exc!r})"
    lines = [line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")]
    return "  ".join(" ".join(line.split()) for line in lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=95.0, help="lowest acceptable score per file, percent")
    parser.add_argument("--diff", action="store_true", help="print each survivor's full diff")
    args = parser.parse_args(argv)

    equivalents = listed_equivalents()
    failed = False
    survivors: list[tuple[str, str]] = []
    print(f"{'file':24} {'killed':>7} {'total':>6} {'score':>7}   other")
    for path in files_to_mutate():
        meta = ROOT / "mutants" / f"{path}.meta"
        if not meta.exists():
            print(f"{path:24} no results: run `make mutation` first")
            failed = True
            continue
        codes = json.loads(meta.read_text(encoding="utf-8"))["exit_code_by_key"]
        statuses = {name: STATUS.get(code, "suspicious") for name, code in codes.items()}
        counts = Counter(statuses.values())
        detected = sum(counts[s] for s in DETECTED)
        total = len(statuses)
        score = 100.0 * detected / total if total else 100.0
        other = ", ".join(f"{n} {s}" for s, n in sorted(counts.items()) if s != "killed")
        print(f"{path:24} {detected:>7} {total:>6} {score:>6.1f}%   {other}")
        failed |= score < args.min or counts["not checked"] > 0
        survivors += [(name, path) for name, status in sorted(statuses.items())
                      if status not in DETECTED and status != "not checked"]

    unlisted = 0
    if survivors:
        print(f"\nSurvivors ({len(survivors)}); reasons from {EQUIVALENTS.name}:")
    for name, path in survivors:
        reason = equivalents.get(name)
        unlisted += reason is None
        print(f"  {name}\n      change: {change_of(name, path)}\n      reason: {reason or 'NOT LISTED'}")
        if args.diff:
            from mutmut.mutation.diff_apply import get_diff_for_mutant
            print("\n".join("      " + line for line in get_diff_for_mutant(name, path=path).splitlines()))
    stale = sorted(set(equivalents) - {name for name, _ in survivors})
    if stale:
        print(f"\nListed in {EQUIVALENTS.name} but no longer surviving (remove or renumber): " + ", ".join(stale))
    if unlisted:
        print(f"\n{unlisted} survivor(s) not listed in {EQUIVALENTS.name}: kill them with a test, or list them "
              f"with the reason they cannot be killed.")
    return 1 if failed or unlisted else 0


if __name__ == "__main__":
    sys.exit(main())
