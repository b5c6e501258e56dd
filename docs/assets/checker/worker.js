// The checker's Web Worker: boots Pyodide (the site's own copy), unpacks the checker and its
// dependencies, and answers scenarios with the Python engine. No rule, date or calendar logic
// lives here: scenarios go in as JSON, the engine's results come out as JSON; a date typed in the
// form goes in as the text typed and comes back read by Python (checker.browser.read_date).
//
// Loading is arranged so the checker costs little more than Python itself: the bundles, the
// manifest and the corpus are fetched while Pyodide boots; the bundles are pre-compiled for
// Pyodide's Python at build time (sitegen/runtime_bundle.py). The .ics part (1.3 MB) is not needed for an
// answer: it is fetched once the checker is ready, so that on a slow link it does not share the bandwidth
// with Python's own files, and unpacked when the reader asks for it or after two idle seconds. Everything
// else is fetched before "ready", so the checker keeps answering if the network goes away (and the service
// worker, sw.js, keeps it all for the next visit). The worker holds no Python: it calls the named functions of checker.browser
// with JSON strings and posts back what they return.
//
// A revisit skips most of Python's boot: after the first boot the worker copies Python's memory, with
// the checker imported and before the corpus is opened (Pyodide's memory snapshot), into the browser's
// Cache Storage, under an address made of the Pyodide version and the sha256 of the core bundle it was
// made from (wheels/manifest.json). The next visit loads that copy instead of booting, so a snapshot is
// only ever used with the very runtime and wheels it was made from; a new build changes the address and
// the old copy is deleted. Emscripten's file system is not in the snapshot, so the core bundle is
// unpacked again. If the copy cannot be read or loaded, it is deleted and Python boots the usual way.

let root = null;
let siteUrl = null;
let pyodide = null;
let ready = false;
let failed = false;
let pending = null; // latest scenario not yet answered (older ones are dropped)
let pendingRead = null; // latest typed date not yet read (checker.browser.read_date), answered first
let busy = false;
let icsState = "none"; // none | loading | ready | failed
let icsBundle = null;
let lastAnswered = null;
let checkerBrowser = null; // the Python module checker.browser
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
    siteUrl = message.siteUrl || null; // mkdocs.yml site_url, for absolute links in .ics files
    boot().catch((error) => bootFailed(error && error.message ? error.message : error));
  } else if (message.type === "check") {
    pending = { id: message.id, scenario: message.scenario, sent: message.sent };
    pump();
  } else if (message.type === "read") {
    pendingRead = { id: message.id, text: String(message.text ?? "") };
    pump();
  } else if (message.type === "ics") {
    icsNow();
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
  // An unhandled rejection here would only repeat the error reported below.
  coreBundle.catch(() => {});
  corpus.catch(() => {});

  const snapshotKey = manifest.then((m) => new URL(`checker/python-snapshot/${m.pyodide}/${m.bundles.core.sha256}`, root).href);
  snapshotKey.catch(() => {});
  const stored = snapshotKey.then(storedSnapshot, () => null);

  progress("runtime", "active");
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", root).href);
  const indexURL = new URL("pyodide/", root).href;
  const snapshot = await stored;
  let bootedFrom = "boot";
  if (snapshot) {
    try {
      pyodide = await loadPyodide({ indexURL, _loadSnapshot: snapshot });
      startChecker(await coreBundle);
      bootedFrom = "snapshot";
    } catch (error) {
      pyodide = null;
      await forgetSnapshots(); // before the new copy is written, or the deletion could remove it
    }
  }
  let snapshotMs; // the time the first visit spends copying Python's memory (reported for the benchmark)
  if (bootedFrom === "boot") {
    const keep = "caches" in self;
    pyodide = await loadPyodide({ indexURL, _makeSnapshot: keep });
    progress("runtime", "done", { from: bootedFrom });
    progress("packages", "active");
    startChecker(await coreBundle);
    if (keep) {
      try {
        const key = await snapshotKey;
        const copyStarted = performance.now();
        const bytes = pyodide.makeMemorySnapshot();
        snapshotMs = Math.round(performance.now() - copyStarted);
        keepSnapshot(key, bytes);
      } catch {
        // No snapshot this time (the manifest had no core bundle: reported below); the next visit boots again.
      }
    }
  } else {
    progress("runtime", "done", { from: bootedFrom });
    progress("packages", "active");
  }
  progress("packages", "done", { snapshotMs });

  progress("corpus", "active");
  checkerBrowser.open_corpus(await corpus);
  progress("corpus", "done");

  if (failed) return;
  // Everything has arrived by now (a copy being counted may lag a little behind): show a full bar.
  post({ type: "bytes", loaded: bytesTotal, total: bytesTotal });
  ready = true;
  // Unpacked when the reader asks for a calendar file or the worker is idle (see afterAnswer()).
  icsBundle = bundle("ics");
  icsBundle.catch(() => {}); // reported as the calendar file's failure (loadIcs)
  progress("ready", "done", { ms: Math.round(performance.now() - started) });
  pump();
}

// Unpacks the core bundle (the checker and what it needs) and imports the checker. After a snapshot
// the module is already in memory, but the files it has not imported yet (holidays' countries) are not.
function startChecker(core) {
  const sitePaths = pyodide.pyimport("site").getsitepackages();
  sitePackages = sitePaths.get(0);
  sitePaths.destroy();
  pyodide.unpackArchive(core, "zip", { extractDir: sitePackages });
  checkerBrowser = pyodide.pyimport("checker.browser");
}

const SNAPSHOT_CACHE = "checker-python-snapshot";

async function storedSnapshot(key) {
  try {
    const response = await (await caches.open(SNAPSHOT_CACHE)).match(key);
    return response ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null; // no Cache Storage (a private window, an old browser): Python boots the usual way
  }
}

// Made right after the import, before the corpus is opened: the corpus changes with every regulation
// added, the core bundle only with the code, and the snapshot's address names the core bundle.
async function keepSnapshot(key, bytes) {
  try {
    const cache = await caches.open(SNAPSHOT_CACHE);
    for (const old of await cache.keys()) if (old.url !== key) await cache.delete(old);
    await cache.put(key, new Response(bytes, { headers: { "content-type": "application/octet-stream" } }));
  } catch {
    // Storage refused (quota, private window): the next visit boots the usual way.
  }
}

async function forgetSnapshots() {
  try {
    await caches.delete(SNAPSHOT_CACHE);
  } catch {
    // nothing stored to forget
  }
}

// A typed date is read before any scenario: it is quick, and the reader is looking at the box.
function readDate() {
  const job = pendingRead;
  pendingRead = null;
  let result = null;
  try {
    result = JSON.parse(checkerBrowser.read_date(job.text));
  } catch (error) {
    result = null;
  }
  post({ type: "read", id: job.id, text: job.text, result });
}

function pump() {
  if (!ready || busy) return;
  if (pendingRead !== null) {
    busy = true;
    try {
      readDate();
    } finally {
      busy = false;
    }
  }
  if (pending === null) return;
  busy = true;
  const job = pending;
  pending = null;
  try {
    const started = performance.now();
    const text = checkerBrowser.answer(JSON.stringify(job.scenario));
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

// icalendar takes about 0.6 s to unpack and import: it is loaded only when the reader asks for the
// .ics file (the page sends "ics") or after ICS_IDLE_MS with no new scenario, never in the way of
// an answer. Until then the page shows "preparing" next to the calendar link.
const ICS_IDLE_MS = 2000;
let icsTimer = null;

function afterAnswer() {
  if (pending !== null) return pump();
  if (icsState === "none") {
    clearTimeout(icsTimer);
    icsTimer = setTimeout(() => {
      icsTimer = null;
      if (pending !== null || pendingRead !== null) return;
      loadIcs("idle");
      afterAnswer();
    }, ICS_IDLE_MS);
    return;
  }
  if (icsState === "loading") return; // loadIcs() comes back here once the bundle is in
  const job = lastAnswered;
  if (job === null || job.icsDone) return;
  job.icsDone = true;
  let text = "";
  if (icsState === "ready") {
    try {
      text = checkerBrowser.answer_ics(JSON.stringify(job.scenario), job.scenario.lang || "vi", siteUrl);
    } catch (error) {
      text = "";
    }
  }
  post({ type: "ics", id: job.id, text, state: icsState });
}

// The reader clicked the calendar link before it was ready.
function icsNow() {
  if (!ready || icsState !== "none") return;
  clearTimeout(icsTimer);
  icsTimer = null;
  loadIcs("asked");
  afterAnswer();
}

function loadIcs(reason) {
  icsState = "loading";
  const started = performance.now();
  icsBundle.then((bytes) => {
    pyodide.unpackArchive(bytes, "zip", { extractDir: sitePackages });
    checkerBrowser.load_ics_writer();
    icsState = "ready";
  }).catch(() => {
    icsState = "failed";
  }).then(() => {
    icsBundle = null;
    post({ type: "ics-loaded", state: icsState, reason, ms: performance.now() - started });
    afterAnswer();
  });
}
