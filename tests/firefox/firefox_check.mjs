// The checker and the search in Firefox (Debian's firefox-esr), driven by puppeteer-core over WebDriver
// BiDi. One Firefox launch runs every check; tests/firefox/test_firefox.py reads the report.
//
// Usage: node firefox_check.mjs <site url> [firefox executable]
// Prints one JSON report on stdout:
//   {"firefox": "firefox/153.8.0", "seconds": n, "checks": {name: {"ok": bool, "error": str, ...}},
//    "requests": [every URL the pages asked for], "outside": [requests that left the site]}
// Exit 0 when the report was written (whatever the checks say), 2 when Firefox could not be started
// (the reason on stderr).
import http from "node:http";
import puppeteer from "puppeteer-core";

const SITE = new URL(process.argv[2] || "http://127.0.0.1:8000/");
const FIREFOX = process.argv[3] || process.env.FIREFOX || "/usr/bin/firefox-esr";
const LOAD_TIMEOUT = Number(process.env.FIREFOX_LOAD_TIMEOUT || 120_000); // Pyodide: ~15 MB, a busy machine
const SHARE = "regulation=lao-cai-vks-xa-phuong&event=opinion-request-received&date=2026-11-20";
const started = Date.now();

// Every request Firefox sends to another host goes through this proxy, which records it and refuses it:
// the pages see no network beyond the site, as offline, and nothing leaves unseen (worker requests too).
const proxied = [];
const proxy = http.createServer((req, res) => {
  proxied.push(req.url);
  res.writeHead(502).end();
});
proxy.on("connect", (req, socket) => {
  proxied.push(`CONNECT ${req.url}`);
  socket.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
});
await new Promise((resolve) => proxy.listen(0, "127.0.0.1", resolve));
const proxyPort = proxy.address().port;

let browser;
try {
  browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    timeout: 90_000,
    // Release builds ignore puppeteer's dummy remote-settings server (and so fetch
    // firefox.settings.services.mozilla.com) unless this is set.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: "1" },
    extraPrefsFirefox: {
      // Everything but the site itself (127.0.0.1, never proxied) goes to the recording proxy.
      "network.proxy.type": 1,
      "network.proxy.http": "127.0.0.1",
      "network.proxy.http_port": proxyPort,
      "network.proxy.ssl": "127.0.0.1",
      "network.proxy.ssl_port": proxyPort,
      "network.proxy.share_proxy_settings": false,
      "network.proxy.no_proxies_on": "",
      "network.proxy.allow_hijacking_localhost": false,
      "intl.accept_languages": "vi-VN, vi",
    },
  });
} catch (error) {
  process.stderr.write(`Firefox could not be started (${FIREFOX}): ${error && error.message}\n`);
  proxy.close();
  process.exit(2);
}

const version = await browser.version();
const requests = [];
const checks = {};

async function newPage() {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.setDefaultTimeout(30_000);
  page.errors = [];
  page.on("request", (request) => requests.push(request.url()));
  page.on("pageerror", (error) => page.errors.push(String(error && error.message || error)));
  return page;
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

async function check(name, body) {
  const t0 = Date.now();
  const page = await newPage();
  const info = {};
  try {
    await body(page, info);
    checks[name] = { ok: true, ms: Date.now() - t0, ...info };
  } catch (error) {
    let where = "";
    try { where = ` [at ${page.url()}]`; } catch {}
    checks[name] = { ok: false, ms: Date.now() - t0, error: `${error && error.message || error}${where}`, ...info };
  } finally {
    await page.close().catch(() => {});
  }
}

// ----------------------------------------------------------------------------------- the checker

// Wait for the answer to the latest scenario (checker.js sets body[data-checker-result] to the id of the
// answer drawn and body[data-checker-request] to the id of the latest scenario sent).
async function waitForAnswer(page, after) {
  await page.waitForFunction(
    (after) => {
      const d = document.body.dataset;
      return d.checkerFailed || (Number(d.checkerResult || 0) > after && d.checkerResult === d.checkerRequest);
    },
    { timeout: LOAD_TIMEOUT, polling: 200 },
    after,
  );
  const failed = await page.evaluate(() => document.body.dataset.checkerFailed);
  if (failed) {
    const status = await page.$eval("#checker-status", (n) => n.innerText).catch(() => "");
    throw new Error(`the checker failed: ${status}`);
  }
  return Number(await page.evaluate(() => document.body.dataset.checkerResult));
}

async function firstDue(page) {
  return page.$eval(".checker-card", (card) => ({
    datetime: card.querySelector("time[datetime]")?.getAttribute("datetime"),
    text: card.querySelector(".checker-due")?.innerText || "",
  }));
}

async function checkerPage(page, info, { prefix, lang, due, changedDue }) {
  await page.goto(`${SITE}${prefix}checker/?${SHARE}`);
  const t0 = Date.now();
  const first = await waitForAnswer(page, 0);
  info.first_answer_ms = Date.now() - t0;
  expect((await page.$eval("html", (n) => n.lang)).startsWith(lang), `the page is not in ${lang}`);
  let answer = await firstDue(page);
  expect(answer.datetime === "2026-11-30", `first due date ${answer.datetime}, expected 2026-11-30`);
  expect(answer.text.includes(due), `"${due}" not in the answer: ${JSON.stringify(answer.text)}`);
  // The form shows the shared scenario.
  expect(await page.$eval("#checker-event", (s) => s.value) === "opinion-request-received", "the event select does not show the shared event");
  // Change the event as a reader does: the answer, and the address, follow.
  await page.select("#checker-event", "opinion-needed-by");
  await waitForAnswer(page, first);
  answer = await firstDue(page);
  expect(answer.datetime === "2026-11-13", `after changing the event: due ${answer.datetime}, expected 2026-11-13`);
  expect(answer.text.includes(changedDue), `"${changedDue}" not in the new answer: ${JSON.stringify(answer.text)}`);
  expect(page.url().includes("event=opinion-needed-by"), `the address did not follow the form: ${page.url()}`);
  expect(page.errors.length === 0, `page errors: ${page.errors.join(" | ")}`);
  // How Python started: "boot", or "snapshot" from the copy of its memory an earlier visit kept.
  info.python = await page.evaluate(() => window.checkerLoad
    .filter((s) => s.step === "runtime" && s.state === "done").map((s) => s.from).join(" "));
}

// The copy of Python's memory is written in the background after the first boot; closing the tab before
// it is written would stop the worker. Its size once written (0 if it never was).
async function keptSnapshot(page) {
  return page.evaluate(async () => {
    for (let i = 0; i < 600; i++) {
      const cache = await caches.open("checker-python-snapshot");
      const keys = await cache.keys();
      const size = keys.length ? (await (await cache.match(keys[0])).arrayBuffer()).byteLength : 0;
      if (size > 1_000_000) return size;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return 0;
  });
}

// The Vietnamese page boots Python and keeps its memory; the English page, opened next in the same
// browser, boots from that copy (tests/browser/test_python_snapshot.py tests the copy in Chromium).
await check("checker_vi", async (page, info) => {
  await checkerPage(page, info, { prefix: "", lang: "vi", due: "30/11/2026", changedDue: "13/11/2026" });
  info.snapshot_bytes = await keptSnapshot(page);
});
await check("checker_en", (page, info) => checkerPage(page, info, {
  prefix: "en/", lang: "en", due: "30 November 2026", changedDue: "13 November 2026" }));

// ----------------------------------------------------------------------------------- the search

async function search(page, url, query) {
  await page.goto(url);
  await page.click(".md-search__input");
  await page.keyboard.type(query); // Material reacts to key events, not to a programmatic value
  // Results show while the query is typed; wait for those of the whole query (a result that matched
  // every word carries all of them in its ?h= highlight parameter).
  await page.waitForFunction(
    (query) => [...document.querySelectorAll(".md-search-result__link")]
      .some((a) => new URL(a.href).searchParams.get("h") === query),
    { timeout: 30_000, polling: 100 },
    query,
  );
  return page.$$eval(".md-search-result__link", (links) => links.map((a) => ({ href: a.href, text: a.innerText })));
}

function foreign(results, prefix) {
  return results.map((r) => r.href)
    .filter((href) => !href.startsWith(`${SITE}${prefix}`) || (prefix === "" && href.startsWith(`${SITE}en/`)));
}

// Mirrors tests/site/test_search.py: the unaccented query finds the accented provision first, the result
// leads to its anchor, and switching to English keeps the reader on the same provision.
await check("search_vi", async (page, info) => {
  const results = await search(page, `${SITE}`, "15 ngay");
  info.results = results.slice(0, 5).map((r) => r.href);
  expect(foreign(results, "").length === 0, `results from the English site: ${foreign(results, "").slice(0, 3)}`);
  const provisions = results.filter((r) => r.href.includes("#") && r.href.includes("?h="));
  expect(provisions.length > 0, "no provision among the results");
  const top = provisions[0];
  expect(top.href.startsWith(`${SITE}regulations/380-qd-tw/`) && top.href.includes("#dieu-5-khoan-2-diem-b"),
    `first provision result ${top.href}, expected regulations/380-qd-tw/#dieu-5-khoan-2-diem-b...`);
  expect(top.text.includes("15 ngày"), `"15 ngày" not in the first provision result: ${JSON.stringify(top.text.slice(0, 200))}`);
  // Following it lands on the provision itself.
  await Promise.all([
    page.waitForNavigation(),
    page.evaluate((href) => [...document.querySelectorAll(".md-search-result__link")].find((a) => a.href === href).click(), top.href),
  ]);
  const fragment = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(fragment.startsWith("dieu-5-khoan-2-diem-b"), `the result led to #${fragment}`);
  expect((await page.$eval(`[id="${fragment}"]`, (n) => n.innerText)).includes("15 ngày"), `"15 ngày" not in #${fragment}`);
  // The language switch keeps the reader on the same provision.
  await page.click(".md-header .md-select button");
  await Promise.all([page.waitForNavigation(), page.click('.md-header a.md-select__link[hreflang="en"]')]);
  expect(page.url() === `${SITE}en/regulations/380-qd-tw/#${fragment}`, `the language switch led to ${page.url()}`);
  expect((await page.$eval(`[id="${fragment}"]`, (n) => n.innerText)).includes("15 days"), `"15 days" not in the English #${fragment}`);
  expect(page.errors.length === 0, `page errors: ${page.errors.join(" | ")}`);
});

await check("search_en", async (page, info) => {
  const results = await search(page, `${SITE}en/regulations/380-qd-tw/`, "coordination");
  info.results = results.slice(0, 5).map((r) => r.href);
  expect(foreign(results, "en/").length === 0, `results outside the English site: ${foreign(results, "en/").slice(0, 3)}`);
  expect(results.some((r) => r.href.includes("/en/regulations/") && r.href.includes("#dieu-")),
    "no English provision (an anchor #dieu-...) among the results");
  expect(page.errors.length === 0, `page errors: ${page.errors.join(" | ")}`);
});

await browser.close();
proxy.close();
const outside = [...new Set([
  ...requests.filter((url) => !url.startsWith(SITE.origin + "/") && !/^(data|blob|about):/.test(url)),
  ...proxied,
])];
process.stdout.write(JSON.stringify({
  firefox: version, seconds: (Date.now() - started) / 1000, site: SITE.href, checks, requests, outside,
}) + "\n");
