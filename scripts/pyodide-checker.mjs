// Run Python code against the checker inside real Pyodide on Node (the runtime the site ships).
//
//   node scripts/pyodide-checker.mjs <checker wheel>  < request.json  > result
//
// request.json: {"code": "<Python source>", "data": "<any string>"}. The wheel is unpacked into
// Pyodide exactly as the browser worker does; `data` is bound to the Python global DATA and the
// value of the code's last expression (a string) is written to stdout. Keys travel only through
// stdin and stdout, never through the command line.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pyodideDir = join(root, "node_modules", "pyodide");
const { loadPyodide } = await import(join(pyodideDir, "pyodide.mjs"));

const wheel = process.argv[2];
if (!wheel) {
  console.error("usage: node scripts/pyodide-checker.mjs <checker wheel> < request.json");
  process.exit(2);
}
const request = JSON.parse(readFileSync(0, "utf8"));

const pyodide = await loadPyodide({ indexURL: pyodideDir + "/", stdout: () => {}, stderr: (s) => console.error(s) });
pyodide.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
pyodide.globals.set("DATA", request.data ?? "");
const result = await pyodide.runPythonAsync(request.code);
process.stdout.write(String(result));
