self.onmessage = async (event) => {
  const root = event.data.root;
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", root).href);
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", root).href });
  self.postMessage({ result: String(pyodide.runPython("1+1")) });
};
