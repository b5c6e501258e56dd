// Runs the site's search worker as the page does (assets/site/search-worker.js, which loads Material's
// own worker assets/javascripts/workers/search.*.min.js, lunr included) on a language's built index,
// in Node, and answers a list of queries with the results in the order the page shows them.
//
// Usage: node scripts/search_run.mjs <site dir> <lang prefix: "" or "en/"> < queries.json
//   queries.json: ["query", ...]
// Prints {"index_bytes": n, "start_bytes": n, "setup_ms": n, "idf": name, "results": [{"query", "ms", "cpu_ms", "loaded_bytes",
// "shown": [location, ...], "indexed_terms": {field: n} or null}]}: `indexed_terms` counts the terms of each field
// of the index lunr built for that query (null when the worker reused the last one; with SEARCH_TERMS=1,
// `terms` lists them); `index_bytes` is the language's whole index (search_index.json and every
// shard), `start_bytes` what a page loads before its first query (search_index.json and the worker
// scripts), `loaded_bytes` what the worker fetched for that query (term table pieces and shards:
// sitegen/search_shards.py); `cpu_ms` the processor time of the query (user + system of this process:
// on a busy machine the wall-clock `ms` mostly measures the other processes); the queries run one after
// another in one worker, as a reader types them.
// where `shown` follows Material's rendering (templates/search renderSearchResultItem): the pages in the
// worker's order; in each, the page itself when it matched, then its sections with the page's best
// score; after all pages, the sections folded under "more on this page". A regulation page's own entry
// is only the heading of its provisions there, so it is left out when some of its provisions matched.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

const [siteDir, prefix = ""] = process.argv.slice(2);
const workers = join(siteDir, "assets", "javascripts", "workers");
const workerFile = readdirSync(workers).find((f) => /^search\..*\.min\.js$/.test(f));
const indexText = readFileSync(join(siteDir, prefix, "search", "search_index.json"), "utf-8");
const queries = JSON.parse(readFileSync(0, "utf-8"));

// The worker's scope: its address (as overrides/main.html builds it), messages in and out, and
// importScripts reading the site's files.
const ORIGIN = "http://site.invalid/";
let listener = null;
let answer = null;
const material = `${ORIGIN}assets/javascripts/workers/${workerFile}`;
let fetchedBytes = 0;
let scriptBytes = 0;
function siteFile(url) {
  if (!url.startsWith(ORIGIN)) throw new Error(`request outside the site: ${url}`);
  return join(siteDir, decodeURIComponent(url.slice(ORIGIN.length).split(/[?#]/)[0]));
}
const context = {
  console, performance,
  URL,
  // The worker's requests for the index shards, answered from the built site as a server would.
  fetch: async (url) => {
    const path = siteFile(String(url));
    if (!existsSync(path)) return { ok: false, status: 404, json: async () => { throw new Error("404"); } };
    const text = readFileSync(path, "utf-8");
    fetchedBytes += Buffer.byteLength(text);
    return { ok: true, status: 200, json: async () => JSON.parse(text) };
  },
  location: { href: `${ORIGIN}assets/site/search-worker.js` },
  addEventListener: (type, fn) => { if (type === "message") listener = fn; },
  postMessage: (message) => { answer = message; },
  importScripts: (...urls) => {
    for (const relative of urls) {
      const url = new URL(relative, context.location.href).href;  // relative to the worker, as in a browser
      if (!url.startsWith(ORIGIN)) throw new Error(`importScripts outside the site: ${url}`);
      const text = readFileSync(siteFile(url), "utf-8");
      scriptBytes += Buffer.byteLength(text);
      vm.runInContext(text, context);
    }
  },
};
context.self = context;
vm.createContext(context);
// A site built before the site's worker existed (for a before/after comparison): Material's alone.
const siteWorker = join(siteDir, "assets", "site", "search-worker.js");
if (existsSync(siteWorker)) {
  scriptBytes += readFileSync(siteWorker).length;
  vm.runInContext(readFileSync(siteWorker, "utf-8"), context);
}
else context.importScripts(material);

// The terms of each field of the index lunr built for the last query (the site's worker builds one per
// query on the entries it chose), counted; listed with SEARCH_TERMS=1.
let indexed = null;
if (context.lunr && context.lunr.Builder) {
  const build = context.lunr.Builder.prototype.build;
  context.lunr.Builder.prototype.build = function () {
    const fields = {};
    for (const [term, posting] of Object.entries(this.invertedIndex)) {
      for (const field of Object.keys(posting)) {
        if (field !== "_index" && Object.keys(posting[field]).length) (fields[field] ||= []).push(term);
      }
    }
    indexed = fields;
    return build.call(this);
  };
}

async function send(message) {
  answer = null;
  await listener({ data: message });
  return answer;
}

const { config, docs } = JSON.parse(indexText);
const shardSizes = config.shards ? config.shards.sizes : [];  // before the worker takes them out of the config
let start = performance.now();
const ready = await send({ type: 0, data: { config, docs, options: { suggest: false } } });
if (!ready || ready.type !== 1) throw new Error("the worker did not get ready");
const setupMs = performance.now() - start;

function shown(items) {
  const visible = [];
  const collapsed = [];
  for (const group of items) {
    const threshold = group[0].score;
    const docs = [...group];
    const parent = docs.findIndex((doc) => !doc.location.includes("#"));
    const [article] = docs.splice(parent, 1);
    const regulationHeader = /^regulations\/[^/]+\/$/.test(article.location) && docs.length > 0;
    if (article.score > 0 && !regulationHeader) visible.push(article.location);
    let index = docs.findIndex((doc) => doc.score < threshold);
    if (index === -1) index = docs.length;
    for (const doc of docs.slice(0, index)) visible.push(doc.location);
    for (const doc of docs.slice(index)) collapsed.push(doc.location);
  }
  // The "more on this page" sections are folded away: a reader opens them after reading the rest.
  return [...visible, ...collapsed];
}

const results = [];
for (const query of queries) {
  start = performance.now();
  const cpu = process.cpuUsage();
  const before = fetchedBytes;
  indexed = null;
  const message = await send({ type: 2, data: query });
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  const result = { query, ms, cpu_ms: (used.user + used.system) / 1000, loaded_bytes: fetchedBytes - before,
    shown: shown(message.data.items),
    indexed_terms: indexed && Object.fromEntries(Object.entries(indexed).map(([field, terms]) => [field, terms.length])) };
  if (process.env.SEARCH_TERMS && indexed) result.terms = indexed;
  if (process.env.SEARCH_SCORES) {
    result.scores = message.data.items.flat().sort((a, b) => b.score - a.score).slice(0, 12)
      .map((item) => [item.location, Math.round(item.score * 10) / 10, Object.keys(item.terms).filter((t) => item.terms[t])]);
  }
  results.push(result);
}
// The whole index: search_index.json and, when it is split, every shard it lists.
let indexBytes = Buffer.byteLength(indexText);
for (const size of shardSizes) indexBytes += size;
const startBytes = Buffer.byteLength(indexText) + scriptBytes;
// Which idf lunr uses: the site worker's (whole-index frequencies, with shards) or lunr's own.
const idf = context.lunr && context.lunr.idf ? context.lunr.idf.name || "lunr" : null;
console.log(JSON.stringify({ index_bytes: indexBytes, start_bytes: startBytes, setup_ms: setupMs, idf, results }));
