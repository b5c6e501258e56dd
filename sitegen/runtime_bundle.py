"""Turn the checker's wheels into what the browser unpacks: one zip per group ("core" for the first
answer, "ics" for the calendar file), byte-compiled by the very Python that will run them.

This module runs under Pyodide's CPython 3.14 in Node: sitegen/bundle_runtime.mjs only launches
Pyodide, copies the files in, imports this module and calls make_bundles(). Byte-compiling there
means the browser never compiles source at load time.

Two loading costs are cut without changing what the code does (docs/method/browser-checker.md):
 - holidays/countries/__init__.py and holidays/financial/__init__.py import every one of ~250
   modules eagerly; the bundle replaces them with a lazy module-level __getattr__ built from
   holidays.registry, and ships only the country modules the checker imported while the warm-up
   scenarios ran (and their .mo translations);
 - holidays/version.py asks importlib.metadata for its own version, which imports the whole email
   package (~0.2 s in the browser); the bundle writes the same version as a literal.

The checker itself is imported only inside the functions below, after stage_wheels() has put the
staged wheels on sys.path: the warm-up must run the code being bundled, not some other copy.
"""

from __future__ import annotations

import compileall
import glob
import json
import os
import shutil
import sys
import zipfile
from email.parser import Parser

HOLIDAYS_PACKAGES = ("countries", "financial")
# Days of each supported year the warm-up asks about: each starts a count that runs into a long
# holiday (Tết in the years it falls in late January, 30/4-1/5, 2/9, New Year).
WARM_UP_DAYS = ("01-20", "04-25", "09-01", "12-31")
# Fixed timestamps, so the same wheels give byte-identical zips.
ZIP_DATE_TIME = (2020, 1, 1, 0, 0, 0)
FIXED_MTIME = 1577836800  # 2020-01-01 00:00:00 UTC, the same instant


def stage_wheels(wheels: list[tuple[str, str]], stage: str) -> dict[str, str]:
    """Unpack each (wheel path, group) into stage/<group>; put every group on sys.path."""
    folders = {}
    for wheel, group in wheels:
        folders[group] = f"{stage}/{group}"
        with zipfile.ZipFile(wheel) as archive:
            archive.extractall(folders[group])
    for folder in folders.values():
        sys.path.insert(0, folder)
    return folders


def fixed_version_source(version: str) -> str:
    return ("# Written by sitegen/runtime_bundle.py: the version from the wheel's metadata, without\n"
            "# importing importlib.metadata (and the email package) at load time.\n"
            f"__version__ = {version!r}\n")


def lazy_package_source(package: str) -> str:
    """holidays/<package>/__init__.py that imports a module only when one of its names is first used."""
    return ("# Written by sitegen/runtime_bundle.py for the browser: the original imports every\n"
            "# module of this package at once; this resolves a name on first use, from the registry.\n"
            "import importlib as _importlib\n"
            f"from holidays.registry import {package.upper()} as _TABLE\n"
            "_MODULE_OF = {name: module for module, names in _TABLE.items() for name in names}\n\n\n"
            "def __getattr__(name):\n"
            "    if name not in _MODULE_OF:\n"
            "        raise AttributeError(name)\n"
            f"    value = getattr(_importlib.import_module('holidays.{package}.' + _MODULE_OF[name]), name)\n"
            "    globals()[name] = value\n"
            "    return value\n")


def patch_holidays(site: str) -> bool:
    """Write the fixed version and the lazy package imports into the staged holidays (False: none staged)."""
    if not os.path.isdir(f"{site}/holidays"):
        return False
    [metadata_path] = glob.glob(f"{site}/holidays-*.dist-info/METADATA")
    with open(metadata_path, encoding="utf-8") as handle:
        version = Parser().parsestr(handle.read())["Version"]
    with open(f"{site}/holidays/version.py", "w", encoding="utf-8") as handle:
        handle.write(fixed_version_source(version))
    for package in HOLIDAYS_PACKAGES:
        with open(f"{site}/holidays/{package}/__init__.py", "w", encoding="utf-8") as handle:
            handle.write(lazy_package_source(package))
    return True


def warm_up_scenarios(corpus: dict):
    """Every event of every regulation, on a few days of every year the calendar supports, with and
    without each of its flags, in both counting modes and both languages."""
    from checker.calendar import FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR
    from checker.engine import MODES
    from checker.languages import LANGS

    for regulation_id, regulation in corpus["regulations"].items():
        for event in regulation["rules"].get("events", []):
            flag_sets = [[]] + [[flag["id"]] for flag in event.get("flags", [])]
            for year in range(FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR + 1):
                for month_day in WARM_UP_DAYS:
                    for flags in flag_sets:
                        for mode in MODES:
                            for lang in LANGS:
                                yield {"regulation": regulation_id, "event": event["id"],
                                       "date": f"{year}-{month_day}", "flags": flags, "mode": mode, "lang": lang}


def warm_up(corpus_json: str) -> int:
    """Run what the browser runs, so that the modules imported are the ones a reader's scenarios
    need; returns how many scenarios were answered."""
    from checker import browser, engine
    from checker.languages import LANGS

    corpus = json.loads(corpus_json)
    scenarios = 0
    for scenario in warm_up_scenarios(corpus):
        engine.check(corpus, scenario)
        scenarios += 1
    browser.open_corpus(corpus_json)
    for regulation_id, regulation in corpus["regulations"].items():
        for event in regulation["rules"].get("events", []):
            for lang in LANGS:
                scenario = json.dumps({"regulation": regulation_id, "event": event["id"], "date": "2025-04-25",
                                       "flags": [], "mode": "standard", "lang": lang})
                browser.answer(scenario)
                browser.answer_ics(scenario, lang)
    for bad in ({"regulation": "x"}, {"regulation": next(iter(corpus["regulations"])), "event": "x", "date": "2025-02-30"}):
        browser.answer(json.dumps(bad))
    return scenarios


def modules_used(prefix: str) -> list[str]:
    """Names of the modules directly under the package `prefix` that have been imported."""
    return sorted(name[len(prefix):] for name in sys.modules if name.startswith(prefix) and "." not in name[len(prefix):])


def trim_holidays(site: str, keep: dict[str, list[str]]) -> None:
    """Remove the holidays modules not in keep[package], and the translations of the countries removed."""
    from holidays.registry import COUNTRIES, FINANCIAL

    tables = {"countries": COUNTRIES, "financial": FINANCIAL}
    codes = set()
    for package in HOLIDAYS_PACKAGES:
        folder = f"{site}/holidays/{package}"
        for file in os.listdir(folder):
            stem = file[:-3] if file.endswith(".py") else file
            if file == "__init__.py" or stem in keep[package]:
                continue
            target = os.path.join(folder, file)
            shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
        for module in keep[package]:
            codes.update(alias for alias in tables[package][module] if alias.isupper() and len(alias) <= 4)
    locale = f"{site}/holidays/locale"
    for language in os.listdir(locale):
        messages = f"{locale}/{language}/LC_MESSAGES"
        for file in os.listdir(messages):
            if not (file.endswith(".mo") and file[:-3] in codes):
                os.remove(f"{messages}/{file}")
        if not os.listdir(messages):
            shutil.rmtree(f"{locale}/{language}")


def write_zip(root: str, target: str) -> int:
    """Byte-compile root and zip it sourceless (x.pyc beside x.py, x.py left out: tracebacks never
    reach the reader anyway); type stubs are dropped. Returns the number of files zipped."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for file in files:
            if file.endswith(".pyi") or file == "py.typed":
                os.remove(os.path.join(folder, file))
    # A .pyc records its source's modification time, which unpacking the wheel set to now: a fixed
    # time makes the same wheels give the same zip, so its address (?v=sha256) and the reader's
    # cache survive a rebuild. Nothing checks that time at load: no source is shipped beside it.
    for folder, _, files in os.walk(root):
        for file in files:
            if file.endswith(".py"):
                os.utime(os.path.join(folder, file), (FIXED_MTIME, FIXED_MTIME))
    compileall.compile_dir(root, quiet=1, legacy=True, optimize=0)
    files = 0
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                full = os.path.join(folder, name)
                if name.endswith(".py") and os.path.exists(full + "c"):
                    continue
                info = zipfile.ZipInfo(os.path.relpath(full, root), date_time=ZIP_DATE_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(full, "rb") as handle:
                    archive.writestr(info, handle.read())
                files += 1
    return files


def make_bundles(config_json: str) -> str:
    """config: {"wheels": [[path, group], ...], "corpus": path, "work": folder}. Writes
    <work>/<group>.zip and returns a JSON report: scenarios traced, holidays modules kept, and for each
    group its zip's path, file count and size."""
    config = json.loads(config_json)
    work = config["work"]
    folders = stage_wheels(config["wheels"], f"{work}/stage")
    core = folders["core"]
    holidays_patched = patch_holidays(core)
    with open(config["corpus"], encoding="utf-8") as handle:
        corpus_json = handle.read()
    scenarios = warm_up(corpus_json)
    keep = {package: modules_used(f"holidays.{package}.") for package in HOLIDAYS_PACKAGES}
    if holidays_patched:
        trim_holidays(core, keep)
    report = {"scenarios_traced": scenarios, "countries": keep["countries"], "financial": keep["financial"],
              "bundles": {}}
    for group, folder in folders.items():
        target = f"{work}/{group}.zip"
        files = write_zip(folder, target)
        report["bundles"][group] = {"path": target, "files": files, "size": os.path.getsize(target)}
    return json.dumps(report)
