// The checker's Web Worker: boots Pyodide (the site's own copy), unpacks the checker and its
// dependencies, and answers scenarios with the Python engine. No rule, date or calendar logic
// lives here: scenarios go in as JSON, the engine's results come out as JSON.
//
// Loading is arranged so the checker costs little more than Python itself: the bundles, the
// manifest and the corpus are fetched while Pyodide boots; the bundles are pre-compiled for
// Pyodide's Python at build time (scripts/bundle_runtime.mjs); the .ics part is unpacked only after
// the first answer. Everything is fetched before "ready", so the checker keeps working if the
// network goes away.

let root = null;
let pyodide = null;
let ready = false;
let failed = false;
let pending = null; // latest scenario not yet answered (older ones are dropped)
let busy = false;
let icsState = "none"; // none | loading | ready | failed
let icsBundle = null;
let lastAnswered = null;
let sitePackages = null; // asked from Python: the folder changes with Pyodide's Python version
let bytesTotal = 0; // from the manifest: every byte fetched before "ready"
let bytesLoaded = 0;
let bytesReported = 0;

const post = (message) => self.postMessage(message);
const progress = (step, state, extra = {}) => post({ type: "progress", step, state, ...extra });

function bootFailed(detail) {
  if (ready || failed) return;
  failed = true;
  post({ type: "failed", detail: String(detail) });
}

self.onmessage = (event) => {
  const message = event.data || {};
  if (message.type === "init" && root === null) {
    root = message.root;
    boot().catch((error) => bootFailed(error && error.message ? error.message : error));
  } else if (message.type === "check") {
    pending = { id: message.id, scenario: message.scenario, sent: message.sent };
    pump();
  }
};

// Until the checker is ready, every fetch (ours and Pyodide's) goes through here: a file that
// cannot be fetched is reported at once, and the bytes received move the progress bar. The
// response itself is handed on untouched (a copy is read for counting), so the browser still
// caches the compiled WebAssembly under its own address.
const nativeFetch = self.fetch.bind(self);
self.fetch = async (input, init) => {
  const url = String(input && input.url ? input.url : input);
  const name = url.split("?")[0].split("/").pop();
  let response;
  try {
    response = await nativeFetch(input, init);
  } catch (error) {
    bootFailed(`${name}: ${error && error.message ? error.message : error}`);
    throw error;
  }
  if (!response.ok) bootFailed(`${response.status} ${name}`);
  else if (!ready && response.body) countBytes(response.clone().body);
  return response;
};

async function countBytes(body) {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      bytesLoaded += value.byteLength;
      if (bytesTotal && bytesLoaded - bytesReported > bytesTotal / 100) {
        bytesReported = bytesLoaded;
        post({ type: "bytes", loaded: bytesLoaded, total: bytesTotal });
      }
    }
  } catch {
    // The original response reports its own failure to whoever reads it.
  }
}

// Pyodide 314 reports a WebAssembly file it cannot fetch or compile, or a standard library it cannot
// install, only on the console, and then waits forever: the reader would see "Loading" with no end.
const SILENT_FAILURES = [/wasm instantiation failed/i, /installing the standard library/i];
for (const level of ["warn", "error"]) {
  const original = console[level].bind(console);
  console[level] = (...args) => {
    original(...args);
    const text = args.map((arg) => String(arg && arg.message ? arg.message : arg)).join(" ");
    if (!ready && SILENT_FAILURES.some((pattern) => pattern.test(text))) bootFailed(text);
  };
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
  manifest.then((m) => { bytesTotal = Number(m.download_bytes) || 0; }, () => {});
  const corpus = fetch(new URL("checker/corpus.json", root), { cache: "no-cache" }).then((response) => {
    if (!response.ok) throw new Error(`${response.status} checker/corpus.json`);
    return response.text();
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
  corpus.catch(() => {});

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
  pyodide.globals.set("CORPUS_TEXT", await corpus);
  pyodide.runPython(GLUE);
  progress("corpus", "done");

  // Held until the first answer is on screen, then unpacked (see pump()).
  icsBundle = await icsBundlePromise;
  if (failed) return;
  // Everything has arrived by now (a copy being counted may lag a little behind): show a full bar.
  post({ type: "bytes", loaded: bytesTotal, total: bytesTotal });
  ready = true;
  progress("ready", "done", { ms: Math.round(performance.now() - started) });
  pump();
}

// The only Python the worker runs besides the engine: parse the corpus once, then turn one
// scenario (JSON) into one result (JSON). Every date in the result also gets its written forms
// (checker.formats.date_text), so the page only places text. Any unexpected exception becomes a
// plain message.
const GLUE = `
import json as _json
import re as _re
from datetime import date as _date
from checker import browser as _browser
from checker.formats import date_text as _fmt_date

# One Python string for the whole session: checker.browser keeps the parsed corpus while it is
# given the same string again.
_CORPUS_JSON = CORPUS_TEXT
del CORPUS_TEXT
_browser.events(_CORPUS_JSON)
_ISO_DATE = _re.compile(r"\\d{4}-\\d{2}-\\d{2}")

def _written_dates(node):
    # A day of the answer ({"date": ISO, "weekday": ...}) gets date_text ("25/04/2025", "25 April 2025")
    # and date_short ("25/04", "25 Apr") for the calendar strip.
    if isinstance(node, dict):
        iso = node.get("date")
        if isinstance(iso, str) and "weekday" in node and _ISO_DATE.fullmatch(iso):
            day = _date.fromisoformat(iso)
            day_en, month_en = _fmt_date(day, "en").split(" ")[:2]
            node["date_text"] = {"vi": _fmt_date(day, "vi"), "en": _fmt_date(day, "en")}
            node["date_short"] = {"vi": day.strftime("%d/%m"), "en": day_en + " " + month_en[:3]}
        for value in node.values():
            _written_dates(value)
    elif isinstance(node, list):
        for value in node:
            _written_dates(value)

def checker_run(scenario_json):
    try:
        result = _json.loads(_browser.run(_CORPUS_JSON, scenario_json))
        _written_dates(result)
        return _json.dumps(result, ensure_ascii=False)
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
