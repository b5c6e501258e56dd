// Runs checker scenarios under Pyodide in Node (the npm `pyodide` package the site ships), so a
// breakage that only shows under Pyodide (Python 3.14, WebAssembly, no system time zones...) fails
// the tests. It calls checker.browser as the site's Web Worker does (open_corpus, answer, answer_ics).
// Driven by tests/browser/test_pyodide_engine.py.
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
const sitePackages = pyodide.pyimport("site").getsitepackages().get(0);
for (const archive of config.archives) {
  pyodide.unpackArchive(new Uint8Array(fs.readFileSync(archive)), config.format, { extractDir: sitePackages });
}
const browser = pyodide.pyimport("checker.browser");
browser.open_corpus(fs.readFileSync(config.corpus, "utf8"));
const sys = pyodide.pyimport("sys");
const output = {
  python: sys.version.split(" ")[0],
  platform: sys.platform,
  results: config.scenarios.map((scenario) => JSON.parse(browser.answer(JSON.stringify(scenario)))),
  ics: (config.ics || []).map((scenario) => browser.answer_ics(JSON.stringify(scenario), scenario.lang || "vi")),
};
process.stdout.write(JSON.stringify(output) + "\n");
