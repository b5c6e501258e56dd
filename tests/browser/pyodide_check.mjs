// Runs checker scenarios under Pyodide in Node (the npm `pyodide` package the site ships), so a
// breakage that only shows under Pyodide (Python 3.14, WebAssembly, no system time zones...) fails
// the tests. Driven by tests/browser/test_pyodide_engine.py.
//
// Usage: node pyodide_check.mjs <config.json>
//   config: {"pyodide": dir, "format": "wheel" | "zip", "archives": [paths], "corpus": file,
//            "scenarios": [scenario, ...], "ics": [scenario, ...]}
// Prints {"python": version, "results": [...], "ics": [...]} as JSON on stdout.
import fs from "node:fs";
import path from "node:path";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { loadPyodide } = await import(path.resolve(config.pyodide, "pyodide.mjs"));
const pyodide = await loadPyodide({ indexURL: path.resolve(config.pyodide) + "/", stdout: () => {}, stderr: (m) => process.stderr.write(m + "\n") });
const sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
for (const archive of config.archives) {
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(archive)), config.format, { extractDir: sitePackages });
}
pyodide.globals.set("CORPUS_JSON", fs.readFileSync(config.corpus, "utf8"));
pyodide.globals.set("SCENARIOS_JSON", JSON.stringify(config.scenarios));
pyodide.globals.set("ICS_JSON", JSON.stringify(config.ics || []));
const output = pyodide.runPython(`
import json, sys
from checker import browser
scenarios = json.loads(SCENARIOS_JSON)
results = [json.loads(browser.run(CORPUS_JSON, json.dumps(s))) for s in scenarios]
ics = [browser.ics(CORPUS_JSON, json.dumps(s), s.get("lang", "vi")) for s in json.loads(ICS_JSON)]
json.dumps({"python": sys.version.split()[0], "platform": sys.platform, "results": results, "ics": ics}, ensure_ascii=False)
`);
process.stdout.write(output + "\n");
