self.onmessage = async (event) => {
  const root = event.data.root;
  const { loadPyodide } = await import(new URL("pyodide/pyodide.mjs", root).href);
  const pyodide = await loadPyodide({ indexURL: new URL("pyodide/", root).href });
  // One call into the interpreter, with no Python source in JavaScript (tests/browser/test_no_python_in_javascript.py).
  self.postMessage({ result: String(pyodide.pyimport("builtins").len([1, 2])) });
};
