// Launches Pyodide (the npm package the site ships) under Node to build the browser's bundles, so
// they are byte-compiled by the very Python that will run them. All the work is Python, in
// sitegen/runtime_bundle.py (how and why the bundles are trimmed is explained there): this file only
// copies the inputs into Pyodide's file system, imports that module, and copies the zips out.
//
// Usage: node sitegen/bundle_runtime.mjs <config.json>
//   config: {"pyodide": dir, "wheels": [{"path", "group"}], "corpus": file, "out": dir}
// Prints a JSON report (kept modules, file counts, sizes) on stdout.
import fs from "node:fs";
import path from "node:path";

const config = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const { loadPyodide } = await import(path.resolve(config.pyodide, "pyodide.mjs"));
const py = await loadPyodide({ indexURL: path.resolve(config.pyodide) + "/", stdout: () => {}, stderr: (m) => process.stderr.write(m + "\n") });

const WORK = "/bundle";
const TOOLS = `${WORK}/tools`; // holds runtime_bundle.py, imported by its module name
py.FS.mkdirTree(`${WORK}/in`);
py.FS.mkdirTree(TOOLS);
const wheels = config.wheels.map((wheel) => {
  const inside = `${WORK}/in/${path.basename(wheel.path)}`;
  py.FS.writeFile(inside, new Uint8Array(fs.readFileSync(wheel.path)));
  return [inside, wheel.group];
});
py.FS.writeFile(`${WORK}/corpus.json`, fs.readFileSync(config.corpus));
py.FS.writeFile(`${TOOLS}/runtime_bundle.py`, fs.readFileSync(new URL("runtime_bundle.py", import.meta.url)));
py.pyimport("sys").path.insert(0, TOOLS);

const report = JSON.parse(py.pyimport("runtime_bundle").make_bundles(
  JSON.stringify({ wheels, corpus: `${WORK}/corpus.json`, work: WORK })));

fs.mkdirSync(config.out, { recursive: true });
for (const [group, bundle] of Object.entries(report.bundles)) {
  fs.writeFileSync(path.join(config.out, `${group}.zip`), py.FS.readFile(bundle.path));
}
process.stdout.write(JSON.stringify(report) + "\n");
