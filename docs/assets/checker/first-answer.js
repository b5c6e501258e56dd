// The checker page's first answer, before Python (issue 14): a small classic script placed right after
// the form (overrides/sitegen/blocks/checker-form.html), so it runs while the page is still being parsed,
// before the site's theme script (Material's bundle, a long task on a slow PC) and before checker.js (a
// module script, which only runs once the whole page is parsed).
//
// It looks the scenario up in the build's table (sitegen/quick_table.py: the engine's own sentences for
// every event, circumstance, mode and day of the supported years), fetched from <head> by the page's early
// script (overrides/checker/page.html), and draws what it finds, marked provisional. A lookup only: no
// rule, date or calendar logic. checker.js takes over when it runs and uses the same functions
// (window.checkerFirst) for the scenarios asked before Python is ready; Python's answer replaces this one.
// Every word comes from the page (the catalogue, checker/messages.py); every string is put as text.

// The default input: today on the reader's clock, written as the date box writes a day and as the table's
// key. Reading the clock is input, like typing; the two forms are Python's (checker.formats.DATE_PATTERNS,
// carried by the page in data-dates: pieces that are a literal or [field, fewest digits]), and everything
// computed from the date is Python's too. No order, separator or width of a date is written here.
function todayOnTheReadersClock(patterns) {
  const now = new Date();
  const numbers = { day: now.getDate(), month: now.getMonth() + 1, year: now.getFullYear() };
  const write = (pattern) => (Array.isArray(pattern) ? pattern : [])
    .map((piece) => (typeof piece === "string" ? piece : String(numbers[piece[0]]).padStart(piece[1], "0"))).join("");
  return { typed: write(patterns && patterns.typed), iso: write(patterns && patterns.key) };
}

(function () {
  "use strict";
  const container = document.getElementById("checker");
  const words = document.getElementById("checker-text");
  if (!container || !words || !window.fetch || !window.Map) return;
  const LANG = container.dataset.lang === "en" ? "en" : "vi";
  const ROOT = new URL(container.dataset.root || "../", location.href);
  const TEXT = JSON.parse(words.textContent);
  const DATES = JSON.parse(container.dataset.dates || "null"); // checker.formats.date_patterns
  const tables = new Map(); // regulation id -> promise of its table (or null)

  function table(regulation) {
    const early = window.checkerEarly && window.checkerEarly.quick; // fetched from <head>
    if (!tables.has(regulation) && early && early.regulation === regulation) tables.set(regulation, early.table);
    if (!tables.has(regulation)) {
      const url = new URL(`checker/quick/${encodeURIComponent(regulation)}.${LANG}.json`, ROOT);
      tables.set(regulation, fetch(url).then((response) => (response.ok ? response.json() : null)).catch(() => null));
    }
    return tables.get(regulation);
  }

  // The rows of a scenario ({regulation, event, flags, mode}) on the day `key` (an ISO date), or null
  // when the table cannot say (an unknown event or circumstance, a day it does not hold): then Python does.
  // The circumstances are matched as a set against the table's combinations (each in the event's order).
  function rows(data, scenario, key) {
    if (!data || !data.combos) return null;
    const asked = [...new Set(scenario.flags)].sort().join(",");
    let combo = null;
    for (const name of Object.keys(data.combos)) {
      const bar = name.indexOf("|");
      if (name.slice(0, bar) === scenario.event && name.slice(bar + 1).split(",").filter((f) => f !== "").sort().join(",") === asked) {
        combo = data.combos[name];
        break;
      }
    }
    if (!data.dayIndex) data.dayIndex = new Map(data.days.map((iso, index) => [iso, index]));
    const position = data.dayIndex.get(key);
    if (!combo || position === undefined) return null;
    const out = [];
    for (const [rule, flag] of combo) {
      const runs = data.series[`${rule}|${scenario.mode}`];
      if (!runs) return null;
      let value = 0;
      let seen = 0;
      for (let i = 0; i < runs.length; i += 2) {
        value += runs[i + 1];
        seen += runs[i];
        if (position < seen) break;
      }
      if (!value) return null; // the engine gives no answer for this day: wait for Python
      const [action, who, citation] = data.rules[rule];
      out.push({ rule, flag, sentence: data.s[value], action, who, citation });
    }
    return out;
  }

  function key(scenario, day) {
    return JSON.stringify([scenario.regulation, scenario.event, [...scenario.flags].sort(), scenario.mode, day]);
  }

  // The same helper as checker.js's el(), on purpose: each script must work when the other fails to
  // load (this one draws the first answer without checker.js; checker.js runs without this one).
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function draw(found) {
    const area = document.getElementById("checker-result");
    area.textContent = "";
    area.append(el("p", "checker-provisional", TEXT.provisional));
    area.append(el("h2", null, `${TEXT.obligations} (${found.length})`));
    const list = el("div", "checker-cards");
    for (const row of found) {
      const card = el("article", "checker-card checker-card--provisional");
      card.dataset.rule = row.rule;
      const head = el("header", "checker-card-head");
      head.append(el("h3", null, row.action));
      if (row.flag) head.append(el("p", "checker-tag", TEXT.added_by_flag));
      const due = el("p", "checker-due", row.sentence);
      if (row === found[0]) due.setAttribute("elementtiming", "checker-first-deadline"); // when it is painted (benchmark)
      head.append(due);
      card.append(head);
      const dl = el("dl", "checker-facts");
      if (row.who) dl.append(el("dt", null, TEXT.who), el("dd", null, row.who));
      card.append(dl);
      if (row.citation) card.append(el("p", "checker-citations", `${TEXT.cites}: ${row.citation}`));
      list.append(card);
    }
    area.append(list);
    document.body.dataset.checkerProvisional = "shown";
    if (!performance.getEntriesByName("checker-first-deadline").length) performance.mark("checker-first-deadline");
  }

  const first = { table, rows, key, draw, today: todayOnTheReadersClock(DATES), shown: null, taken: false };
  window.checkerFirst = first;

  // The scenario of the address (a share link), or the form's own choices and today's date. A case this
  // script cannot settle without the catalogue (a regulation but no event) is left to checker.js.
  const params = new URLSearchParams(location.search);
  const form = document.getElementById("checker-form");
  const fromUrl = params.has("regulation") || params.has("date");
  const scenario = {
    regulation: params.has("regulation") ? params.get("regulation") : form.elements.regulation.value,
    event: params.has("event") ? params.get("event") : "",
    flags: params.has("flags") ? params.get("flags").split(",").filter((f) => f !== "") : [],
    mode: params.has("mode") ? params.get("mode") : "standard",
  };
  if (!params.has("event") && scenario.regulation === form.elements.regulation.value) scenario.event = form.elements.event.value;
  const day = fromUrl ? params.get("date") : first.today.iso;
  if (!scenario.regulation || !scenario.event || !day) return;
  table(scenario.regulation).then((data) => {
    if (first.taken) return; // checker.js runs the page now (and may have changed the scenario)
    const found = rows(data, scenario, day);
    if (!found) return;
    draw(found);
    first.shown = { key: key(scenario, day), rows: found };
  });
})();
