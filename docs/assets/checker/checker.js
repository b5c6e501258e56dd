// The checker page, main thread: reads the form, keeps the URL in step, sends scenarios to the
// Web Worker (worker.js) that runs the Python engine, and draws what the engine returns.
// There is no rule, date or calendar logic here. Every string that comes from the URL, the form
// or the engine is put on the page as text (textContent), never as HTML.

const container = document.getElementById("checker");
const LANG = container.dataset.lang === "en" ? "en" : "vi";
const ROOT = new URL(container.dataset.root || "../", location.href);
const SITE_URL = container.dataset.siteUrl || ""; // mkdocs.yml site_url ("" when unset: no link in .ics)
const DEADLINES = new URL(container.dataset.deadlines || "../deadlines/", location.href).href;
const FIELDS = ["regulation", "event", "date", "flags", "mode"];
const SLOW_LOAD_MS = 45_000;

// Every word this script shows comes with the page, in its language, from the one catalogue
// (checker/messages.py), written by the site build next to the form (sitegen.views.checker_text).
const TEXT = JSON.parse(document.getElementById("checker-text").textContent);
const NUMBER = new Intl.NumberFormat(LANG === "vi" ? "vi-VN" : "en-GB", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
TEXT.megabytes = (loaded, total) => TEXT.megabytes_template.replace("{loaded}", NUMBER.format(loaded)).replace("{total}", NUMBER.format(total));

const $ = (id) => document.getElementById(id);
const form = $("checker-form");
const controls = {
  regulation: $("checker-regulation"),
  event: $("checker-event"),
  date: $("checker-date"),
  flags: $("checker-flags"),
  mode: form.querySelectorAll("input[name=mode]"),
};
const statusLine = $("checker-status");
const steps = $("checker-steps");
const resultArea = $("checker-result");
const generalError = $("checker-general-error");

let catalog = null; // checker.engine.catalog as inlined in the page at build time: the page's regulation only
const loaded = new Map(); // regulation id -> its catalogue entry (events, flags), once it is here
const loading = new Map(); // regulation id -> promise of its entry, fetched from checker/catalog/<id>.json
let worker = null;
let runtimeReady = false;
let requestId = 0;
let shownId = 0;
let icsUrl = null;
let readId = 0; // the latest typed date sent to Python to be read (checker.browser.read_date)
const sentDates = new Map(); // request id -> the date box's text it was sent with
let typed = false; // the reader has typed in the date box (until then Python may rewrite what the URL gave)
let understood = { text: null, iso: null }; // the date box's text and the ISO date Python read it as
const state = { regulation: "", event: "", date: "", flags: [], mode: "standard" };
let stepsDone = 0;
let downloaded = 0; // share of the runtime's bytes received (0..1), from the worker
const first = window.checkerFirst || null; // first-answer.js: the table lookup before Python (may be missing)
const today = first ? first.today : { typed: "", iso: "" }; // the default date, as typed and as the table's key
let provisional = null; // the first answer shown from the table: its scenario and its rows
window.checkerTimings = []; // per answer: sent, rendered (main-thread clock), time spent in Python
window.checkerLoad = []; // loading steps as the main thread saw them (read by scripts/bench_checker.py)

// ---------------------------------------------------------------- small DOM helpers (text only)
// el() is written in first-answer.js too, on purpose: each script must work when the other fails to load
// (this one runs the page without the first answer; first-answer.js draws its answer before this one runs).
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

// The engine gives most human strings as {vi, en}; pick the page's language.
function pick(value) {
  if (value === null || value === undefined) return "";
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (typeof value === "object") return value[LANG] ?? value.vi ?? value.en ?? "";
  return "";
}

function linkTo(href, text) {
  const a = el("a", null, text);
  a.href = href;
  return a;
}

function fallbackLink() {
  const p = el("p", "checker-fallback");
  p.append(`${TEXT.fallback_lead} `, linkTo(DEADLINES, TEXT.fallback_link), ".");
  return p;
}

function fail(message, detail) {
  container.classList.add("checker--failed");
  document.body.dataset.checkerFailed = "1";
  document.dispatchEvent(new Event("checker-settled"));
  statusLine.textContent = "";
  statusLine.append(el("strong", null, message));
  if (detail) statusLine.append(" ", el("span", "checker-detail", `(${detail})`));
  steps.hidden = true;
  const old = container.querySelector(".checker-status-box .checker-fallback");
  if (old) old.remove();
  statusLine.after(fallbackLink());
}

// ---------------------------------------------------------------- progress
function setStep(step, stepState) {
  const item = steps.querySelector(`[data-step="${step}"]`);
  if (!item) return;
  item.dataset.state = stepState;
  const order = ["runtime", "packages", "corpus", "ready"];
  stepsDone = order.filter((s) => steps.querySelector(`[data-step="${s}"]`)?.dataset.state === "done").length;
  drawProgress();
}

// Most of the waiting is the download (about 14 MB, Pyodide itself for the most part), so the bar
// follows the bytes received and the steps take the last stretch.
function drawProgress() {
  const bar = $("checker-progress");
  if (!bar) return;
  bar.max = 100;
  bar.value = Math.round(80 * downloaded + 5 * stepsDone);
}

function showBytes(loaded, total) {
  downloaded = total ? Math.min(1, loaded / total) : 0;
  drawProgress();
  let note = $("checker-bytes");
  if (!note) {
    note = el("span", "checker-bytes");
    note.id = "checker-bytes";
    steps.querySelector('[data-step="runtime"]')?.append(" ", note);
  }
  note.textContent = `(${TEXT.megabytes(loaded / 1e6, total / 1e6)})`;
}

// ---------------------------------------------------------------- URL <-> state
function readUrl() {
  const params = new URLSearchParams(location.search);
  for (const name of ["regulation", "event", "date", "mode"]) {
    if (params.has(name)) state[name] = params.get(name);
  }
  if (params.has("flags")) state.flags = params.get("flags").split(",").filter((f) => f !== "");
  return params.has("regulation") || params.has("date");
}

function writeUrl() {
  const params = new URLSearchParams();
  params.set("regulation", state.regulation);
  params.set("event", state.event);
  params.set("date", understood.text === state.date && understood.iso ? understood.iso : state.date);
  if (state.flags.length) params.set("flags", state.flags.join(","));
  params.set("mode", state.mode);
  history.replaceState(null, "", `${location.pathname}?${params.toString()}${location.hash}`);
  keepScenarioOnLanguageSwitch();
  const share = $("checker-share-url");
  if (share) share.value = location.href;
}

// The language switch must carry the scenario: the other language's checker gets the same query.
function keepScenarioOnLanguageSwitch() {
  for (const link of document.querySelectorAll("a[hreflang]")) {
    const target = new URL(link.getAttribute("href"), location.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.href;
  }
}

// ---------------------------------------------------------------- form
// The regulations are the options of the page's own list; the events and circumstances of each come with
// the page for its first regulation and from checker/catalog/<id>.json for the others, when one is chosen
// (so the page does not grow with the number of regulations).
function regulationIds() {
  return [...controls.regulation.options].map((option) => option.value);
}

function findRegulation(id) {
  return loaded.get(id) || null;
}

function loadRegulation(id) {
  if (loaded.has(id)) return Promise.resolve(loaded.get(id));
  if (!regulationIds().includes(id)) return Promise.resolve(null); // not in the list: Python says why
  if (!loading.has(id)) {
    const early = window.checkerEarly && window.checkerEarly.catalog; // a share link's, fetched from <head>
    const fetched = early && early.regulation === id ? early.entry
      : fetch(new URL(`checker/catalog/${encodeURIComponent(id)}.json`, ROOT)).then((response) => (response.ok ? response.json() : null));
    loading.set(id, fetched.catch(() => null).then((entry) => {
      loading.delete(id);
      if (entry && entry.id === id) loaded.set(id, entry);
      else {
        generalError.textContent = ""; // not fetched (offline before the site was kept, say): chosen again, it is retried
        generalError.append(el("span", null, `${TEXT.corpus_failed} (${id})`));
        generalError.hidden = false;
      }
      return loaded.get(id) || null;
    }));
  }
  return loading.get(id);
}

function eventsOf(regulation) {
  return (regulation && regulation.events) || [];
}

function findEvent(regulation, id) {
  return eventsOf(regulation).find((e) => e.id === id) || null;
}

function fillEvents() {
  controls.event.textContent = "";
  for (const event of eventsOf(findRegulation(state.regulation))) {
    const option = el("option", null, pick(event.label));
    option.value = event.id;
    controls.event.append(option);
  }
}

function fillFlags() {
  const box = controls.flags;
  const list = box.querySelector(".checker-flag-list");
  list.textContent = "";
  const event = findEvent(findRegulation(state.regulation), state.event);
  const flags = (event && event.flags) || [];
  for (const flag of flags) {
    const label = el("label", "checker-flag");
    const input = el("input");
    input.type = "checkbox";
    input.name = "flag";
    input.value = flag.id;
    input.checked = state.flags.includes(flag.id);
    label.append(input, " ", pick(flag.label));
    list.append(label);
  }
  // Flags from the URL that this event does not have stay visible (as text), ticked, so the reader
  // can untick them; the engine's message next to the box says why they do not apply.
  for (const unknown of state.flags.filter((id) => !flags.some((f) => f.id === id))) {
    const label = el("label", "checker-flag checker-flag--unknown");
    const input = el("input");
    input.type = "checkbox";
    input.name = "flag";
    input.value = unknown;
    input.checked = true;
    label.append(input, " ", unknown);
    list.append(label);
  }
  box.hidden = flags.length === 0 && !state.flags.length;
}

function describeEvent() {
  const target = $("checker-event-means");
  const event = findEvent(findRegulation(state.regulation), state.event);
  target.textContent = event ? pick(event.date_means) : "";
}

// Show the state in the controls. Values the controls cannot hold (unknown ids, an impossible
// date from the URL) stay in `state` and go to the engine, which explains what is wrong.
function showState() {
  controls.regulation.value = state.regulation;
  if (controls.regulation.value !== state.regulation) controls.regulation.selectedIndex = -1;
  fillEvents();
  controls.event.value = state.event;
  if (controls.event.value !== state.event) controls.event.selectedIndex = -1;
  fillFlags();
  describeEvent();
  controls.date.value = state.date;
  for (const radio of controls.mode) radio.checked = radio.value === state.mode;
}

// While the reader types, Python reads the date and the words next to the box say how; the
// answer itself is recomputed when the box is left (change) or Enter is pressed.
function onDateInput() {
  typed = true;
  state.date = controls.date.value;
  askRead();
}

function askRead() {
  if (!runtimeReady || !worker) return;
  readId += 1;
  worker.postMessage({ type: "read", id: readId, text: state.date });
}

// Python's reading of the date box: the spelled-out date next to it (or the hint while it cannot be
// read; the reason shows under the box once the answer is asked for). A date that came from the URL
// or the clock is written back in the box the way the form writes dates (day/month/year).
function onRead(message) {
  if (message.id !== readId || message.text !== state.date) return;
  const result = message.result;
  const echo = $("checker-date-echo");
  const ok = Boolean(result && result.ok === true);
  if (ok) {
    understood = { text: state.date, iso: result.date };
    if (!typed && result.input && controls.date.value === state.date) {
      controls.date.value = result.input;
      state.date = result.input;
      understood = { text: result.input, iso: result.date };
    }
    writeUrl();
  }
  if (echo) {
    echo.textContent = ok ? `${TEXT.date_read}: ${pick(result.text)}` : TEXT.date_hint;
    echo.classList.toggle("checker-date-echo--read", ok);
  }
  document.body.dataset.checkerRead = String(message.id); // tests wait for the reading of what they typed
}

function onFormChange(event) {
  const target = event.target;
  if (target === controls.regulation) {
    // Its events may have to be fetched first: the list is emptied meanwhile, so that nothing of the
    // previous regulation can be chosen for this one.
    const id = target.value;
    state.regulation = id;
    state.flags = [];
    if (!loaded.has(id)) {
      controls.event.textContent = "";
      controls.flags.hidden = true;
      $("checker-event-means").textContent = "";
    }
    loadRegulation(id).then((regulation) => {
      if (state.regulation !== id) return; // another regulation was chosen meanwhile
      const firstEvent = eventsOf(regulation)[0];
      if (!findEvent(regulation, state.event)) state.event = firstEvent ? firstEvent.id : "";
      showState();
      writeUrl();
      request();
    });
    return;
  } else if (target === controls.event) {
    state.event = target.value;
    state.flags = [];
  } else if (target === controls.date) {
    state.date = target.value;
    typed = true;
  } else if (target.name === "flag") {
    state.flags = [...controls.flags.querySelectorAll("input[name=flag]:checked")].map((i) => i.value);
  } else if (target.name === "mode") {
    state.mode = target.value;
  } else {
    return;
  }
  if (target !== controls.date && target.name !== "flag") showState();
  writeUrl();
  request();
}

// ---------------------------------------------------------------- worker
function startWorker() {
  if (typeof WebAssembly !== "object" || typeof Worker !== "function") {
    fail(TEXT.no_wasm);
    return;
  }
  const early = window.checkerEarly; // started by the page itself, before this module ran
  try {
    worker = early ? early.worker : new Worker(new URL("worker.js", import.meta.url), { type: "module" });
  } catch (error) {
    fail(TEXT.failed, String(error.message || error));
    return;
  }
  worker.onerror = (event) => {
    event.preventDefault?.();
    if (!runtimeReady) fail(TEXT.failed, event.message || "worker");
  };
  worker.onmessage = (event) => onWorkerMessage(event.data || {});
  if (early) {
    for (const message of early.messages.splice(0)) onWorkerMessage(message);
  } else {
    worker.postMessage({ type: "init", root: ROOT.href, siteUrl: SITE_URL });
  }
  // A runtime that never finishes loading (a proxy holding back the .wasm file, say) must not
  // leave the reader waiting without a way out.
  setTimeout(() => {
    if (!runtimeReady && !container.classList.contains("checker--failed")) {
      statusLine.append(" ", el("span", "checker-detail", TEXT.slow));
      if (!container.querySelector(".checker-status-box .checker-fallback:not(.checker-fallback--static)")) statusLine.after(fallbackLink());
    }
  }, SLOW_LOAD_MS);
}

function onWorkerMessage(message) {
  if (message.type === "bytes") {
    window.checkerLoad.push({ step: "download", loaded: message.loaded, total: message.total, at: performance.now() });
    if (!runtimeReady) showBytes(message.loaded, message.total);
  } else if (message.type === "progress") {
    // `from`: "boot", or "snapshot" when Python's memory came from the copy kept after an earlier visit.
    window.checkerLoad.push({ step: message.step, state: message.state, from: message.from,
      snapshotMs: message.snapshotMs, at: performance.now() });
    setStep(message.step, message.state);
    if (message.step === "ready") {
      runtimeReady = true;
      steps.hidden = true;
      statusLine.textContent = TEXT.ready;
      container.classList.add("checker--ready");
      document.body.dataset.checkerReady = "1";
      performance.mark("checker-ready");
      document.dispatchEvent(new Event("checker-settled")); // the site's service worker may start its precache
      request();
    }
  } else if (message.type === "failed") {
    fail(TEXT.failed, message.detail);
  } else if (message.type === "result") {
    if (message.id !== requestId) return; // an older scenario; a newer answer is coming
    const rendered = performance.now();
    window.checkerTimings.push({ id: message.id, sent: message.sent, rendered, workerMs: message.ms, total: rendered - message.sent });
    shownId = message.id;
    const answer = message.result;
    if (answer && answer.ok && answer.scenario && sentDates.get(message.id) === state.date) {
      understood = { text: state.date, iso: answer.scenario.date }; // the URL carries the ISO date
      writeUrl();
    }
    sentDates.clear();
    render(message.result);
    confirmProvisional(message.result);
    markFirstDeadline(message.result);
    document.body.dataset.checkerResult = String(message.id);
    if (!performance.getEntriesByName("checker-first-result").length) performance.mark("checker-first-result");
    window.dispatchEvent(new CustomEvent("checker:result", { detail: { id: message.id, ms: rendered - message.sent } }));
  } else if (message.type === "read") {
    onRead(message);
  } else if (message.type === "ics-loaded") {
    window.checkerIcsLoad = { state: message.state, reason: message.reason, ms: message.ms }; // read by scripts/bench_checker.py
  } else if (message.type === "ics") {
    if (message.id !== shownId) return;
    setIcs(message.text, message.state);
    document.body.dataset.checkerIcs = String(message.id); // the worker is idle again
  }
}

function scenario() {
  // An empty box is a date not given (null), which the engine names as missing.
  return { regulation: state.regulation, event: state.event, date: state.date === "" ? null : state.date, flags: [...state.flags], mode: state.mode, lang: LANG };
}

function request() {
  if (!catalog) return;
  if (!runtimeReady) {
    statusLine.dataset.waiting = "1";
    showProvisional();
    return;
  }
  if (state.date === "" && !new URLSearchParams(location.search).has("date") && requestId === 0) {
    resultArea.textContent = "";
    resultArea.append(el("p", "checker-hint", TEXT.need_date));
    return;
  }
  requestId += 1;
  document.body.dataset.checkerRequest = String(requestId); // tests wait for the answer to the latest one
  resultArea.setAttribute("aria-busy", "true");
  sentDates.set(requestId, state.date);
  askRead();
  worker.postMessage({ type: "check", id: requestId, scenario: scenario(), sent: performance.now() });
}

// ---------------------------------------------------------------- the first answer, before Python
// The site build ran the engine for every event, flag combination, mode and day of the supported
// years (sitegen/quick_table.py). While Python boots, the page looks the scenario up there by exact
// keys (the ISO date the URL carries, or today's date) and shows the engine's sentences, marked as
// provisional; the engine's own answer replaces them and the page says whether both agree. The lookup
// and the drawing are first-answer.js's (window.checkerFirst), which shows the page's first scenario
// before this module runs.
function quickKey() {
  // Only a date already in the table's form: the ISO date of a share link, or today's date.
  if (state.date === today.typed) return today.iso;
  return state.date;
}

function scenarioKey() {
  return first.key(state, quickKey());
}

async function showProvisional() {
  if (!first) return;
  const key = scenarioKey();
  if (first.shown) {
    provisional = first.shown; // drawn by first-answer.js before this module ran
    first.shown = null;
  }
  if (provisional && provisional.key === key) return; // already on screen
  if (provisional) {
    // The form changed: the answer on screen is no longer the scenario asked.
    provisional = null;
    resultArea.textContent = "";
    delete document.body.dataset.checkerProvisional;
  }
  const table = await first.table(state.regulation);
  if (runtimeReady || key !== scenarioKey() || provisional) return; // Python answered first, or the form changed
  const rows = first.rows(table, state, quickKey());
  if (!rows) return;
  provisional = { key, rows };
  clearErrors();
  first.draw(rows);
}

// Once Python has answered the same scenario: do the engine's sentences match the table's?
function confirmProvisional(result) {
  if (!provisional) return;
  const shown = provisional;
  provisional = null;
  const asked = result && result.scenario;
  if (!result || result.ok !== true || !asked) return;
  // The same scenario? (Python may meanwhile have written the date back in the box in another form.)
  const same = JSON.stringify([asked.regulation, asked.event, [...(asked.flags || [])].sort(), asked.mode, asked.date]);
  if (shown.key !== same) return;
  const engine = (result.obligations || []).map((o) => [o.rule, pick((o.due || {}).summary)]);
  const table = shown.rows.map((row) => [row.rule, row.sentence]);
  const agree = JSON.stringify(engine) === JSON.stringify(table);
  const note = el("p", `checker-provisional-check checker-provisional-check--${agree ? "agreed" : "differed"}`,
    agree ? TEXT.provisional_agreed : TEXT.provisional_differs);
  note.id = "checker-provisional-check";
  note.setAttribute("role", "status");
  $("checker-provisional-check")?.remove();
  statusLine.after(note); // next to the status, so the answer itself reads the same from a share link
  document.body.dataset.checkerProvisional = agree ? "agreed" : "differed";
}

function markFirstDeadline(result) {
  if (!result || result.ok !== true || performance.getEntriesByName("checker-first-deadline").length) return;
  performance.mark("checker-first-deadline");
}

// ---------------------------------------------------------------- results
function clearErrors() {
  for (const field of FIELDS) {
    const box = $(`checker-${field}-error`);
    if (box) {
      box.textContent = "";
      box.hidden = true;
    }
    const control = field === "mode" ? $("checker-mode") : controls[field];
    if (control && control.removeAttribute) control.removeAttribute("aria-invalid");
  }
  generalError.textContent = "";
  generalError.hidden = true;
}

function showErrors(errors) {
  for (const error of errors) {
    const field = FIELDS.includes(error.field) ? error.field : null;
    const box = field ? $(`checker-${field}-error`) : generalError;
    const message = pick(error.message) || error.code || "?";
    box.append(el("span", null, message));
    box.hidden = false;
    const control = field === "mode" ? $("checker-mode") : field ? controls[field] : null;
    if (control && control.setAttribute) control.setAttribute("aria-invalid", "true");
  }
}

function render(result) {
  resultArea.removeAttribute("aria-busy");
  resultArea.textContent = "";
  clearErrors();
  setIcs(null);
  $("checker-actions").hidden = true;
  if (!result) {
    generalError.append(el("span", null, TEXT.internal));
    generalError.hidden = false;
    return;
  }
  if (result.ok === false) {
    showErrors(result.errors || []);
    return;
  }
  resultArea.append(renderSummary(result));
  for (const warning of result.warnings || []) resultArea.append(el("p", "checker-warning", pick(warning.message ?? warning)));
  const obligations = result.obligations || [];
  resultArea.append(el("h2", null, `${TEXT.obligations} (${obligations.length})`));
  const list = el("div", "checker-cards");
  for (const obligation of obligations) list.append(renderObligation(obligation));
  resultArea.append(list);
  const roles = renderResponsibilities(result);
  if (roles) resultArea.append(roles);
  const conventions = result.conventions || [];
  if (conventions.length) {
    const box = el("section", "checker-conventions");
    box.append(el("h2", null, TEXT.conventions));
    for (const convention of conventions) box.append(renderConvention(convention));
    resultArea.append(box);
  }
  const printed = el("p", "checker-print-link");
  printed.append(el("strong", null, `${TEXT.share}: `), el("span", null, location.href));
  resultArea.append(printed);
  $("checker-actions").hidden = false;
}

function renderSummary(result) {
  const box = el("div", "checker-summary");
  box.append(el("h2", null, TEXT.scenario));
  const dl = el("dl");
  const row = (term, value) => {
    if (!value) return;
    dl.append(el("dt", null, term), el("dd", null, value));
  };
  const regulation = result.regulation || {};
  const event = result.event || {};
  row(TEXT.regulation, [regulation.number, pick(regulation.title)].filter(Boolean).join(" · "));
  row(TEXT.event, pick(event.label));
  if (event.day) row(TEXT.date, dayText(event.day));
  row(TEXT.date_means, pick(event.date_means));
  const flags = (event.flags || []).map((flag) => pick(flag.label)).join("; ");
  row(TEXT.flags, flags);
  row(TEXT.mode, pick(result.mode_label));
  box.append(dl);
  return box;
}

function dayText(day) {
  const name = pick(day.weekday);
  const reason = pick(day.reason);
  // Weekday and written date come from Python (the engine and the worker's glue).
  return `${name ? name + ", " : ""}${pick(day.date_text) || day.date || ""}${reason ? ` (${reason})` : ""}`;
}

function party(value) {
  if (!value) return "";
  if (typeof value === "string") return value;
  return pick(value.name) || value.id || "";
}

function renderObligation(obligation) {
  const card = el("article", "checker-card");
  card.dataset.rule = obligation.rule || "";
  const due = obligation.due || {};
  const head = el("header", "checker-card-head");
  head.append(el("h3", null, pick(obligation.action)));
  if (obligation.added_by_flag) head.append(el("p", "checker-tag", TEXT.added_by_flag));
  const dueBox = el("p", "checker-due");
  if (due.date) {
    // The sentence (weekday, date, last working day) is the engine's, in the page's language.
    dueBox.classList.add("checker-due--dated");
    const time = el("time", "checker-due-date", pick(due.summary));
    time.setAttribute("datetime", due.date);
    dueBox.append(time);
  } else {
    dueBox.append(el("span", "checker-due-label", TEXT.no_fixed_date));
    const reason = pick(due.reason);
    if (reason) dueBox.append(el("span", "checker-due-reason", ` ${reason}`));
  }
  dueBox.title = pick(due.summary);
  head.append(dueBox);
  card.append(head);

  const dl = el("dl", "checker-facts");
  const row = (term, value, className) => {
    if (!value) return;
    dl.append(el("dt", null, term), el("dd", className || null, value));
  };
  row(TEXT.who, party(obligation.actor));
  row(TEXT.towards, party(obligation.towards));
  row(TEXT.consequence, pick(obligation.consequence), "checker-consequence");
  row(TEXT.notes, pick(obligation.notes));
  card.append(dl);

  const warnings = obligation.warnings || [];
  if (warnings.length) {
    const box = el("ul", "checker-card-warnings");
    box.setAttribute("aria-label", TEXT.warnings);
    for (const warning of warnings) box.append(el("li", "checker-warning", pick(warning.message ?? warning)));
    card.append(box);
  }

  if (obligation.counting) card.append(renderCounting(obligation.counting));
  card.append(renderCitations(obligation.citations || []));
  return card;
}

function renderCitations(citations, label = TEXT.cites) {
  const box = el("p", "checker-citations");
  if (!citations.length) return box;
  box.append(el("span", "checker-citations-label", `${label}: `));
  citations.forEach((citation, index) => {
    if (index) box.append("; ");
    box.append(renderCitation(citation));
  });
  return box;
}

// A citation links to the provision's anchor on the regulation page of this language. The engine
// gives site-absolute paths (checker.citation owns the page layout); they are resolved against the
// site root so a site served from a sub-folder still works.
function citationHref(citation) {
  return new URL(pick(citation.url).replace(/^\//, ""), ROOT).href;
}

function renderCitation(citation) {
  const a = linkTo(citationHref(citation), pick(citation.human) || citation.provision || "?");
  a.className = "checker-citation";
  a.dataset.provision = citation.provision || "";
  return a;
}

function renderResponsibilities(result) {
  const items = result.responsibilities || [];
  const liaison = result.liaison || [];
  if (!items.length && !liaison.length) return null;
  const box = el("section", "checker-roles");
  if (items.length) {
    box.append(el("h2", null, TEXT.roles));
    const list = el("ul", "checker-role-list");
    for (const item of items) {
      const li = el("li");
      li.append(el("strong", null, pick(item.area)));
      const presides = (item.presides || []).map(party).join("; ");
      const coordinates = (item.coordinates || []).map(party).join("; ");
      if (presides) li.append(el("div", null, `${TEXT.presides}: ${presides}`));
      if (coordinates) li.append(el("div", null, `${TEXT.coordinates}: ${coordinates}`));
      li.append(renderCitations(item.citations || []));
      list.append(li);
    }
    box.append(list);
  }
  if (liaison.length) {
    box.append(el("h2", null, TEXT.liaison));
    const list = el("ul", "checker-role-list");
    for (const item of liaison) {
      const li = el("li");
      li.append(el("strong", null, party(item.party)));
      li.append(el("div", null, pick(item.office)));
      li.append(renderCitations(item.citations || []));
      list.append(li);
    }
    box.append(list);
  }
  return box;
}

function renderConvention(convention) {
  const p = el("p", "checker-convention", pick(convention.text));
  const source = pick(convention.source);
  if (source) p.append(el("span", "checker-convention-source", ` (${source})`));
  return p;
}

// The calendar strip: one cell per day from the event to the due date, as the engine listed them
// (status: event, reference, counted, skipped, moved, working; kind: working, weekend, holiday,
// swap_workday, swap_day_off; marks: due, raw_end, last_working_day).
function renderCounting(counting) {
  const box = el("div", "checker-counting");
  box.append(el("h4", "checker-counting-title", `${TEXT.counting}: ${pick(counting.label)}`));
  const explanation = pick(counting.explanation);
  if (explanation) box.append(el("p", "checker-method", explanation));
  const days = counting.days || [];
  if (days.length) {
    const strip = el("ol", "checker-strip");
    strip.setAttribute("aria-label", TEXT.counting);
    for (const day of days) strip.append(renderDay(day));
    box.append(strip);
    box.append(renderLegend());
  }
  return box;
}

function dayClasses(day) {
  const classes = ["checker-day", `checker-day--status-${day.status || "none"}`];
  if (day.status === "event" || day.status === "reference") classes.push("checker-day--event");
  else if (day.status === "counted" || day.status === "moved") classes.push("checker-day--counted");
  if (day.kind === "weekend") classes.push("checker-day--weekend");
  if (day.kind === "holiday" || day.kind === "swap_day_off") classes.push("checker-day--holiday");
  if (day.kind === "swap_workday") classes.push("checker-day--swap");
  if ((day.marks || []).includes("due")) classes.push("checker-day--due");
  return classes.join(" ");
}

function renderDay(day) {
  const cell = el("li", dayClasses(day));
  cell.dataset.date = day.date || "";
  cell.dataset.status = day.status || "";
  cell.dataset.kind = day.kind || "";
  cell.append(el("span", "checker-day-weekday", pick(day.weekday)));
  cell.append(el("span", "checker-day-date", pick(day.date_short) || day.date || ""));
  const status = TEXT.status[day.status];
  if (day.n) cell.append(el("span", "checker-day-count", `${TEXT.day_number} ${day.n}`));
  else if (status) cell.append(el("span", "checker-day-status", status));
  for (const mark of day.marks || []) cell.append(el("span", `checker-day-mark checker-day-mark--${mark}`, TEXT.marks[mark] || mark));
  const reason = pick(day.reason);
  if (reason) cell.append(el("span", "checker-day-reason", reason));
  cell.title = [dayText(day), status].filter(Boolean).join(" · ");
  return cell;
}

function renderLegend() {
  const legend = el("ul", "checker-legend");
  for (const [kind, label] of Object.entries(TEXT.legend)) {
    const item = el("li", `checker-day--${kind}`);
    item.append(el("span", "checker-legend-swatch"), label);
    legend.append(item);
  }
  return legend;
}

// ---------------------------------------------------------------- actions
function setIcs(text, icsState) {
  const link = $("checker-ics");
  const note = $("checker-ics-note");
  if (icsUrl) URL.revokeObjectURL(icsUrl);
  icsUrl = null;
  link.removeAttribute("href");
  link.setAttribute("aria-disabled", "true");
  if (text === null) {
    note.textContent = TEXT.ics_preparing;
    return;
  }
  if (!text || !/BEGIN:VEVENT/.test(text)) {
    note.textContent = icsState === "failed" ? TEXT.ics_failed : TEXT.ics_none;
    return;
  }
  icsUrl = URL.createObjectURL(new Blob([text], { type: "text/calendar;charset=utf-8" }));
  link.href = icsUrl;
  link.download = `${[state.regulation, state.event, understood.iso || state.date].join("_").replace(/[^A-Za-z0-9_-]/g, "-")}.ics`;
  link.removeAttribute("aria-disabled");
  note.textContent = "";
}

function setUpActions() {
  $("checker-print").addEventListener("click", () => window.print());
  $("checker-copy").addEventListener("click", async () => {
    const share = $("checker-share-url");
    share.value = location.href;
    try {
      await navigator.clipboard.writeText(location.href);
    } catch {
      share.select();
      document.execCommand?.("copy");
    }
    $("checker-copy-note").textContent = TEXT.copied;
  });
  $("checker-ics").addEventListener("click", (event) => {
    if ($("checker-ics").getAttribute("href")) return;
    event.preventDefault();
    if (worker && runtimeReady) worker.postMessage({ type: "ics" }); // load the .ics writer now
  });
}

// ---------------------------------------------------------------- start
async function start() {
  if (first) first.taken = true; // from now on this module draws the provisional answers
  statusLine.textContent = TEXT.loading;
  for (const item of steps.querySelectorAll("[data-step]")) {
    item.querySelector(".checker-step-label").textContent = TEXT.steps[item.dataset.step];
  }
  steps.hidden = false;
  startWorker(); // Python starts booting before anything else happens
  setUpActions();
  const fromUrl = readUrl();
  if (state.regulation && first) first.table(state.regulation); // the first answer's table, fetched while the page settles
  try {
    catalog = JSON.parse($("checker-catalog").textContent);
  } catch (error) {
    fail(TEXT.corpus_failed, String(error.message || error));
    return;
  }
  for (const regulation of catalog.regulations || []) loaded.set(regulation.id, regulation);
  if (!fromUrl) {
    // The form is usable before this script runs (its lists are in the page): start from what the
    // reader may already have chosen there.
    state.regulation = controls.regulation.value;
    state.event = controls.event.value;
    state.date = controls.date.value;
    state.mode = [...controls.mode].find((radio) => radio.checked)?.value || "standard";
  }
  if (!state.regulation) state.regulation = regulationIds()[0] || "";
  if (!loaded.has(state.regulation)) {
    // A share link to another regulation than the page's first: its events are fetched (from <head>).
    controls.event.textContent = "";
    await loadRegulation(state.regulation);
  }
  if (!fromUrl && !findEvent(findRegulation(state.regulation), state.event)) state.event = "";
  if (!state.event) {
    const firstEvent = eventsOf(findRegulation(state.regulation))[0];
    if (firstEvent) state.event = firstEvent.id;
  }
  if (!fromUrl && !state.date) state.date = today.typed;
  showState();
  form.addEventListener("change", onFormChange);
  controls.date.addEventListener("input", onDateInput);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    request();
  });
  writeUrl();
  form.classList.add("checker-form--live");
  request();
}

start();
