// Does a Pyodide memory snapshot cut the checker's boot? (issue 14) Measured in Node with the very
// Pyodide package the site ships, on a built site's runtime bundle and corpus.
//
//   node scripts/bench_snapshot.mjs <built site> [runs] [summary.json]
//
// Plain: loadPyodide, unpack runtime-core.zip, import checker.browser, open the corpus, first answer.
// Snapshot: loadPyodide({_makeSnapshot: true}) with the checker imported, makeMemorySnapshot(), then
// loadPyodide({_loadSnapshot}) and the same steps. The snapshot holds the WebAssembly memory only:
// Emscripten's in-memory file system lives in JavaScript and comes back empty, so the bundle must be
// unpacked again before the engine can import what it has not imported yet (holidays.countries, ...).
// Prints one JSON line per measurement, then the medians (also written to summary.json when given).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const site = path.resolve(process.argv[2] || "site");
const runs = Number(process.argv[3] || 3);
const output = process.argv[4];
const indexURL = path.resolve("node_modules/pyodide") + "/";
for (const [file, fix] of [[indexURL + "pyodide.mjs", "run `make node`"],
  [path.join(site, "wheels/runtime-core.zip"), "run `make build`"], [path.join(site, "checker/corpus.json"), "run `make build`"]]) {
  if (!fs.existsSync(file)) {
    console.error(`bench_snapshot: ${file} is missing: ${fix}`);
    process.exit(2);
  }
}
const { loadPyodide } = await import(indexURL + "pyodide.mjs");
const core = new Uint8Array(fs.readFileSync(path.join(site, "wheels/runtime-core.zip")));
const corpus = fs.readFileSync(path.join(site, "checker/corpus.json"), "utf8");
const scenario = JSON.stringify({ regulation: "lao-cai-vks-xa-phuong", event: "opinion-request-received",
  date: "2025-04-25", flags: [], mode: "standard", lang: "vi" });
const now = () => performance.now();

function unpack(py) {
  const sitePackages = py.pyimport("site").getsitepackages().get(0);
  py.unpackArchive(core, "zip", { extractDir: sitePackages });
}

function firstAnswer(py) {
  const browser = py.pyimport("checker.browser");
  browser.open_corpus(corpus);
  const answer = JSON.parse(browser.answer(scenario));
  if (!answer.ok) throw new Error(JSON.stringify(answer.errors));
}

async function plain() {
  const start = now();
  const py = await loadPyodide({ indexURL });
  const booted = now();
  unpack(py);
  firstAnswer(py);
  return { kind: "plain", boot_ms: booted - start, answer_ms: now() - start };
}

async function fromSnapshot(snapshot) {
  const start = now();
  const py = await loadPyodide({ indexURL, _loadSnapshot: snapshot });
  const booted = now();
  unpack(py); // the file system is not in the snapshot
  firstAnswer(py);
  return { kind: "snapshot", boot_ms: booted - start, answer_ms: now() - start };
}

const made = now();
const maker = await loadPyodide({ indexURL, _makeSnapshot: true });
unpack(maker);
maker.pyimport("checker.browser");
const snapshot = maker.makeMemorySnapshot();
const info = { snapshot_bytes: snapshot.byteLength, snapshot_gzip_bytes: zlib.gzipSync(snapshot, { level: 6 }).length,
  make_ms: now() - made };
console.log(JSON.stringify(info));
const samples = { plain: [], snapshot: [] };
for (let i = 0; i < runs; i++) { // interleaved, so that a busy machine weighs on both alike
  for (const result of [await plain(), await fromSnapshot(snapshot)]) {
    console.log(JSON.stringify(result));
    samples[result.kind].push(result);
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = {};
for (const [kind, list] of Object.entries(samples)) {
  summary[kind] = { boot_ms: Math.round(median(list.map((r) => r.boot_ms))), answer_ms: Math.round(median(list.map((r) => r.answer_ms))) };
}
const line = JSON.stringify({ runs, ...info, ...summary });
console.log(line);
if (output) {
  fs.mkdirSync(path.dirname(path.resolve(output)), { recursive: true });
  fs.writeFileSync(output, line + "\n");
}
