// The checker's Web Worker: boots Pyodide (the site's own copy), unpacks the checker and its
// dependencies, and answers scenarios with the Python engine. No rule, date or calendar logic
// lives here: scenarios go in as JSON, the engine's results come out as JSON.
//
// Loading is arranged so the checker costs little more than Python itself: the bundles and the
// manifest are fetched while Pyodide boots; the bundles are pre-compiled for Pyodide's Python at
// build time (scripts/bundle_runtime.mjs); the .ics part is unpacked only after the first answer.
// Everything is fetched before "ready", so the checker keeps working if the network goes away.

let root = null;
let pyodide = null;
let ready = false;
let corpusText = null;
let corpusWaiters = [];
let pending = null; // latest scenario not yet answered (older ones are dropped)
let busy = false;
let icsState = "none"; // none | loading | ready | failed
let icsBundle = null;
let lastAnswered = null;
let sitePackages = null; // asked from Python: the folder changes with Pyodide's Python version

const post = (message) => self.postMessage(message);
const progress = (step, state, extra = {}) => post({ type: "progress", step, state, ...extra });

self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "init" && root === null) {
    root = message.root;
    boot().catch((error) => post({ type: "failed", detail: String(error && error.message ? error.message : error) }));
  } else if (message.type === "corpus") {
    corpusText = message.text;
    corpusWaiters.forEach((resolve) => resolve());
    corpusWaiters = [];
  } else if (message.type === "check") {
    pending = { id: message.id, scenario: message.scenario, sent: message.sent };
    pump();
  }
};

function waitForCorpus() {
  return corpusText !== null ? Promise.resolve() : new Promise((resolve) => corpusWaiters.push(resolve));
}

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return new Uint8Array(await response.arrayBuffer());
}

async function boot() {
  const started = performance.now();
  // Start every download now, in parallel with the Python boot below.
  const manifest = fetch(new URL("wheels/manifest.json", root), { cache: "no-cache" }).then((response) => {
    if (!response.ok) throw new Error(`${response.status} wheels/manifest.json`);
    return response.json();
  });
  const bundle = (group) =>
    manifest.then((m) => {
      const entry = m.bundles && m.bundles[group];
      if (!entry) throw new Error(`no ${group} bundle in the manifest`);
      return fetchBytes(new URL(`wheels/${entry.file}?v=${entry.sha256.slice(0, 16)}`, root));
    });
  const coreBundle = bundle("core");
  const icsBundlePromise = bundle("ics");
  // An unhandled rejection here would only repeat the error reported below.
  coreBundle.catch(() => {});
  icsBundlePromise.catch(() => {});

  progress("runtime", "active");
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", root).href);
  pyodide = await loadPyodide({ indexURL: new URL("pyodide/", root).href });
  sitePackages = pyodide.runPython("import site; site.getsitepackages()[0]");
  progress("runtime", "done");

  progress("packages", "active");
  pyodide.unpackArchive(await coreBundle, "zip", { extractDir: sitePackages });
  pyodide.runPython("import checker.browser");
  progress("packages", "done");

  progress("corpus", "active");
  await waitForCorpus();
  pyodide.globals.set("CORPUS_TEXT", corpusText);
  pyodide.runPython(GLUE);
  progress("corpus", "done");

  // Held until the first answer is on screen, then unpacked (see pump()).
  icsBundle = await icsBundlePromise;
  ready = true;
  progress("ready", "done", { ms: Math.round(performance.now() - started) });
  pump();
}

// The only Python the worker runs besides the engine: parse the corpus once, then turn one
// scenario (JSON) into one result (JSON). Any unexpected exception becomes a plain message.
const GLUE = `
import json as _json
from checker import browser as _browser

# One Python string for the whole session: checker.browser keeps the parsed corpus while it is
# given the same string again.
_CORPUS_JSON = CORPUS_TEXT
del CORPUS_TEXT
_browser.events(_CORPUS_JSON)

def checker_run(scenario_json):
    try:
        return _browser.run(_CORPUS_JSON, scenario_json)
    except Exception as error:  # never a traceback for the reader
        return _json.dumps({"ok": False, "errors": [{"field": None, "code": "internal", "message": {
            "vi": "Lỗi nội bộ của công cụ kiểm tra: " + type(error).__name__,
            "en": "Internal error in the checker: " + type(error).__name__}}]}, ensure_ascii=False)

def checker_ics(scenario_json, lang):
    try:
        return _browser.ics(_CORPUS_JSON, scenario_json, lang)
    except Exception:
        return ""
`;

function pump() {
  if (!ready || busy || pending === null) return;
  busy = true;
  const job = pending;
  pending = null;
  try {
    const started = performance.now();
    const text = pyodide.globals.get("checker_run")(JSON.stringify(job.scenario));
    const ms = performance.now() - started;
    post({ type: "result", id: job.id, result: JSON.parse(text), ms, sent: job.sent });
    lastAnswered = job;
  } catch (error) {
    post({ type: "result", id: job.id, result: null, detail: String(error), sent: job.sent });
  } finally {
    busy = false;
  }
  // Let a newer scenario go first; the .ics file is written when nothing else is waiting.
  setTimeout(afterAnswer, 0);
}

function afterAnswer() {
  if (pending !== null) return pump();
  if (icsState === "none") loadIcs();
  if (pending !== null) return pump();
  const job = lastAnswered;
  if (job === null || job.icsDone) return;
  job.icsDone = true;
  let text = "";
  if (icsState === "ready") {
    try {
      text = pyodide.globals.get("checker_ics")(JSON.stringify(job.scenario), job.scenario.lang || "vi");
    } catch (error) {
      text = "";
    }
  }
  post({ type: "ics", id: job.id, text, state: icsState });
}

function loadIcs() {
  icsState = "loading";
  try {
    pyodide.unpackArchive(icsBundle, "zip", { extractDir: sitePackages });
    icsBundle = null;
    pyodide.runPython("import icalendar");
    icsState = "ready";
  } catch (error) {
    icsState = "failed";
  }
}
