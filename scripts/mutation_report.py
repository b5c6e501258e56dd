"""Mutation score per file after `mutmut run` (make mutation), and every surviving mutant.

Reads mutmut's result files (mutants/<file>.meta) for the files in [tool.mutmut] only_mutate, prints
killed/total per file, then each survivor with its one-line change and, when listed, the reason it is
equivalent (mutation-equivalents.md). Exit status 1 when a file scores under --min (default 95) or a
survivor is not listed with a reason.

    .venv/bin/python scripts/mutation_report.py [--min 95] [--diff] [--no-confirm]

A mutant mutmut stopped for running too long ("timeout": its CPU limit is a multiple of the tests' time
measured once, so on a busy machine a mutant that changes nothing can hit it) is not counted as caught on
mutmut's word: its tests are run again against it, with no CPU limit and a generous wall-clock limit. A
failing test makes it killed, passing tests make it a survivor (to be listed like any other), and only a
run that really hangs stays a timeout. The results are kept in mutants/confirmed-timeouts.json.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tomllib
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EQUIVALENTS = ROOT / "mutation-equivalents.md"
# mutmut's exit codes (mutmut/stats.py): 1 and 3 killed, 0 survived, None not run, 5/33 no tests, 36 timeout...
STATUS = {1: "killed", 3: "killed", 0: "survived", None: "not checked", 5: "no tests", 33: "no tests",
          34: "skipped", 35: "suspicious", 36: "timeout", 37: "caught by type check", -24: "timeout",
          24: "timeout", 152: "timeout", 255: "timeout", -11: "segfault", -9: "segfault"}
DETECTED = {"killed", "timeout", "caught by type check"}  # a mutant that hangs is caught, too (once confirmed)
CONFIRM_WALL_SECONDS = 600  # a run of a mutant's tests longer than this is a hang (the whole engine suite: ~1 min)
CONFIRMED = ROOT / "mutants" / "confirmed-timeouts.json"
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


def _confirm_one(name: str, tests: list[str], pytest_args: list[str]) -> str:
    """killed / survived / timeout for one mutant, by running its tests against it with no CPU limit."""
    env = dict(os.environ, MUTANT_UNDER_TEST=name)
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *pytest_args, *tests]
    try:
        result = subprocess.run(command, cwd=ROOT / "mutants", env=env, capture_output=True,
                                timeout=CONFIRM_WALL_SECONDS)
    except subprocess.TimeoutExpired:
        return "timeout"
    return "survived" if result.returncode == 0 else "killed" if result.returncode == 1 else "suspicious"


def confirm_timeouts(names: list[str]) -> dict[str, str]:
    """Run again every mutant mutmut stopped for time (see the module's docstring); cached by name."""
    confirmed = json.loads(CONFIRMED.read_text("utf-8")) if CONFIRMED.exists() else {}
    todo = [name for name in names if name not in confirmed]
    if todo:
        config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mutmut"]
        stats = json.loads((ROOT / "mutants" / "mutmut-stats.json").read_text("utf-8"))["tests_by_mangled_function_name"]
        print(f"Confirming {len(todo)} mutant(s) stopped for time (up to {CONFIRM_WALL_SECONDS} s each)...", flush=True)

        def run(name: str) -> tuple[str, str]:
            function = name.rsplit("__mutmut_", 1)[0]
            tests = sorted(stats.get(function, [])) or config["pytest_add_cli_args_test_selection"]
            return name, _confirm_one(name, tests, config.get("pytest_add_cli_args", []))

        with ThreadPoolExecutor(max_workers=int(os.environ.get("MUTATION_JOBS", "2"))) as pool:
            for name, status in pool.map(run, todo):
                confirmed[name] = status
                CONFIRMED.write_text(json.dumps(confirmed, indent=1, sort_keys=True), "utf-8")
    return {name: confirmed[name] for name in names}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=float, default=95.0, help="lowest acceptable score per file, percent")
    parser.add_argument("--diff", action="store_true", help="print each survivor's full diff")
    parser.add_argument("--no-confirm", action="store_true",
                        help="take mutmut's timeouts as caught without running them again (not for figures)")
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
        if not args.no_confirm:
            statuses.update(confirm_timeouts(sorted(n for n, s in statuses.items() if s == "timeout")))
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
