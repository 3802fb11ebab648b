/**
 * The worker thread of the sandbox, as source text: the pool starts it with `eval: true`, so
 * the same worker runs from the compiled CLI and from the TypeScript sources under vitest.
 *
 * It loads Pyodide from the package's own files (no network: the standard library is in the
 * package's python_stdlib.zip, mounted in Pyodide's in-memory file system), with an empty
 * object as the `js` module and the `pyodide_js` module unregistered, so Python holds no handle
 * on JavaScript; then it removes the worker's network globals (fetch, WebSocket, XMLHttpRequest,
 * EventSource) and answers one program per message. Memory: the interpreter's WebAssembly heap
 * never shrinks, so after a program that grew it past `memoryMb` the worker reports a
 * MemoryError and asks to be replaced.
 */
export const WORKER_SOURCE = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { pyodideUrl, indexURL, driver, outputChars, memoryMb } = workerData;
(async () => {
  const { loadPyodide } = await import(pyodideUrl);
  const py = await loadPyodide({ indexURL, jsglobals: Object.create(null), env: { PYTHONHASHSEED: '0' }, stdout: () => {}, stderr: () => {} });
  py.unregisterJsModule('pyodide_js');
  py.runPython(driver);
  py.runPython("import sys as _s\nfor _m in ('js', 'pyodide_js'): _s.modules.pop(_m, None)\ndel _s, _m");
  const run = py.globals.get('_run');
  for (const name of ['fetch', 'WebSocket', 'XMLHttpRequest', 'EventSource']) {
    try { delete globalThis[name]; } catch {}
  }
  const heapMb = () => py._module.HEAP8.buffer.byteLength / (1024 * 1024);
  parentPort.on('message', (m) => {
    let answer;
    try {
      answer = JSON.parse(run(m.code, outputChars));
    } catch (err) {
      answer = { stdout: '', result: null, error: 'SandboxError: ' + (err && err.message ? err.message.split('\n').slice(-2).join(' ') : String(err)) };
    }
    const over = heapMb() > memoryMb;
    if (over) answer = { stdout: answer.stdout, result: null, error: 'MemoryError: the program used more than ' + memoryMb + ' MB' };
    parentPort.postMessage({ id: m.id, answer, replace: over });
  });
  parentPort.postMessage({ ready: true, heapMb: heapMb() });
})().catch((err) => {
  parentPort.postMessage({ failed: String(err && err.stack ? err.stack : err) });
});
`;
