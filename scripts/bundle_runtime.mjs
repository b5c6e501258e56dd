// Turns the checker's wheels into what the browser unpacks: one zip per group ("core" for the
// first answer, "ics" for the calendar file), byte-compiled by the very Python that will run them
// (Pyodide's CPython 3.14, here under Node) so the browser never compiles source at load time.
//
// Two loading costs are cut without changing what the code does, both written down in
// docs/method/browser-checker.md:
//  - holidays/countries/__init__.py and holidays/financial/__init__.py import every one of ~250
//    modules eagerly; the bundle replaces them with a lazy module-level __getattr__ built from
//    holidays.registry, and ships only the country modules the engine imported while the
//    scenarios below ran (and their .mo translations);
//  - holidays/version.py asks importlib.metadata for its own version, which imports the whole
//    email package (~0.2 s in the browser); the bundle writes the same version as a literal.
//
// Usage: node scripts/bundle_runtime.mjs <config.json>
//   config: {"pyodide": dir, "wheels": [{"path", "group"}], "corpus": file, "out": dir}
// Prints a JSON report (kept modules, file counts, sizes) on stdout.
import fs from "node:fs";
import path from "node:path";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { loadPyodide } = await import(path.resolve(config.pyodide, "pyodide.mjs"));
const py = await loadPyodide({ indexURL: path.resolve(config.pyodide) + "/", stdout: () => {}, stderr: (m) => process.stderr.write(m + "\n") });

py.FS.mkdirTree("/bundle/in");
const groups = [...new Set(config.wheels.map((w) => w.group))];
for (const wheel of config.wheels) {
  const name = path.basename(wheel.path);
  py.FS.writeFile(`/bundle/in/${name}`, new Uint8Array(fs.readFileSync(wheel.path)));
}
py.FS.writeFile("/bundle/corpus.json", fs.readFileSync(config.corpus));
py.globals.set("WHEELS", py.toPy(config.wheels.map((w) => [path.basename(w.path), w.group])));
py.globals.set("GROUPS", py.toPy(groups));

const report = py.runPython(String.raw`
import compileall, importlib, json, os, shutil, sys, zipfile

STAGE = "/bundle/stage"
for name, group in WHEELS:
    with zipfile.ZipFile(f"/bundle/in/{name}") as archive:
        archive.extractall(f"{STAGE}/{group}")
for group in GROUPS:
    sys.path.insert(0, f"{STAGE}/{group}")

core = f"{STAGE}/core"
patch_holidays = os.path.isdir(f"{core}/holidays")
if patch_holidays:
    import glob
    from email.parser import Parser
    metadata = Parser().parsestr(open(glob.glob(f"{core}/holidays-*.dist-info/METADATA")[0], encoding="utf-8").read())
    with open(f"{core}/holidays/version.py", "w", encoding="utf-8") as handle:
        handle.write("# Written by scripts/bundle_runtime.mjs: the version from the wheel's metadata, without\n"
                     "# importing importlib.metadata (and the email package) at load time.\n"
                     f"__version__ = {metadata['Version']!r}\n")
    from holidays.registry import COUNTRIES, FINANCIAL
    for package in ("countries", "financial"):
        with open(f"{core}/holidays/{package}/__init__.py", "w", encoding="utf-8") as handle:
            handle.write(
                "# Written by scripts/bundle_runtime.mjs for the browser: the original imports every\n"
                "# module of this package at once; this resolves a name on first use, from the registry.\n"
                "import importlib as _importlib\n"
                f"from holidays.registry import {package.upper()} as _TABLE\n"
                "_MODULE_OF = {name: module for module, names in _TABLE.items() for name in names}\n\n\n"
                "def __getattr__(name):\n"
                "    if name not in _MODULE_OF:\n"
                "        raise AttributeError(name)\n"
                f"    value = getattr(_importlib.import_module('holidays.{package}.' + _MODULE_OF[name]), name)\n"
                "    globals()[name] = value\n"
                "    return value\n"
            )

# Run what the browser runs (on the patched code), so the imports recorded below are the ones
# a reader's scenarios need.
from checker import engine
corpus = json.load(open("/bundle/corpus.json", encoding="utf-8"))
try:
    from checker import browser
except ImportError:
    browser = None
corpus_json = json.dumps(corpus)
years = range(2020, 2036)
scenarios = 0
for regulation_id, regulation in corpus["regulations"].items():
    for event in regulation["rules"].get("events", []):
        flag_sets = [[]] + [[flag["id"]] for flag in event.get("flags", [])]
        for year in years:
            for month_day in ("01-20", "04-25", "09-01", "12-31"):
                for flags in flag_sets:
                    for mode in ("standard", "strict"):
                        for lang in ("vi", "en"):
                            scenario = {"regulation": regulation_id, "event": event["id"],
                                        "date": f"{year}-{month_day}", "flags": flags, "mode": mode, "lang": lang}
                            engine.check(corpus, scenario)
                            scenarios += 1
        if browser is not None and hasattr(browser, "ics"):
            for lang in ("vi", "en"):
                browser.ics(corpus_json, json.dumps({"regulation": regulation_id, "event": event["id"],
                                                     "date": "2025-04-25", "flags": [], "mode": "standard", "lang": lang}), lang)
for bad in ({"regulation": "x"}, {"regulation": next(iter(corpus["regulations"])), "event": "x", "date": "2025-02-30"}):
    engine.check(corpus, bad)

def used(prefix):
    return sorted(name[len(prefix):] for name in sys.modules if name.startswith(prefix) and "." not in name[len(prefix):])

countries, financial = used("holidays.countries."), used("holidays.financial.")

if patch_holidays:
    codes = set()
    for package, table, keep in (("countries", COUNTRIES, countries), ("financial", FINANCIAL, financial)):
        folder = f"{core}/holidays/{package}"
        for file in os.listdir(folder):
            stem = file[:-3] if file.endswith(".py") else file
            if file == "__init__.py" or stem in keep:
                continue
            target = os.path.join(folder, file)
            shutil.rmtree(target) if os.path.isdir(target) else os.remove(target)
        for module in keep:
            codes.update(alias for alias in table[module] if alias.isupper() and len(alias) <= 4)
    locale = f"{core}/holidays/locale"
    for language in os.listdir(locale):
        messages = f"{locale}/{language}/LC_MESSAGES"
        for file in os.listdir(messages):
            if not (file.endswith(".mo") and file[:-3] in codes):
                os.remove(f"{messages}/{file}")
        if not os.listdir(messages):
            shutil.rmtree(f"{locale}/{language}")

result = {"scenarios_traced": scenarios, "countries": countries, "financial": financial, "bundles": {}}
for group in GROUPS:
    root = f"{STAGE}/{group}"
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if d != "__pycache__"]
        for file in files:
            if file.endswith((".pyi",)) or file == "py.typed":
                os.remove(os.path.join(folder, file))
    # Sourceless: x.pyc beside x.py, then x.py removed; tracebacks never reach the reader anyway.
    compileall.compile_dir(root, quiet=1, legacy=True, optimize=0)
    files = 0
    with zipfile.ZipFile(f"/bundle/{group}.zip", "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for folder, dirs, names in os.walk(root):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(names):
                full = os.path.join(folder, name)
                if name.endswith(".py") and os.path.exists(full + "c"):
                    continue
                info = zipfile.ZipInfo(os.path.relpath(full, root), date_time=(2020, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                with open(full, "rb") as handle:
                    archive.writestr(info, handle.read())
                files += 1
    result["bundles"][group] = {"files": files, "size": os.path.getsize(f"/bundle/{group}.zip")}
json.dumps(result)
`);

fs.mkdirSync(config.out, { recursive: true });
for (const group of groups) {
  fs.writeFileSync(path.join(config.out, `${group}.zip`), py.FS.readFile(`/bundle/${group}.zip`));
}
process.stdout.write(report + "\n");
