// Make the memory snapshot the browser worker boots from: real Pyodide on Node, the checker wheel
// unpacked as the worker unpacks it, checker.browser imported and warmed, then the whole memory saved.
//
//   node sitegen/pyodide_snapshot.mjs <pyodide folder> <checker wheel> <output file>
//
// Prints one JSON line: {"bytes": N, "build_id": "<the Pyodide build the snapshot only fits>"}.
// Deterministic input: a fixed hash seed (Python's str hashes decide dict layouts in memory) and no
// environment of this machine: sys.executable (and the `_` variable Emscripten derives from it) would
// otherwise be this script's path on the build machine.
import nodeCrypto from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [pyodideDir, wheelPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("usage: node sitegen/pyodide_snapshot.mjs <pyodide folder> <checker wheel> <output file>");
  process.exit(2);
}
// Python seeds its random generators from the OS: give it a fixed stream, so the same inputs give the
// same bytes. The worker reseeds them from the browser's own randomness after every restore.
// (Emscripten reads node:crypto's randomFillSync on Node.)
let counter = 0;
nodeCrypto.randomFillSync = (view) => {
  const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (counter++ * 131 + 7) & 0xff;
  return view;
};
globalThis.crypto.getRandomValues = nodeCrypto.randomFillSync;
const realPerfNow = performance.now.bind(performance);
performance.now = () => 0;
// File times of the unpacked wheel and Python's start-up clock come from the wall clock: fix it too.
const realNow = Date.now;
Date.now = () => 1577836800000; // 2020-01-01, the wheel's own file date
const indexURL = pyodideDir.endsWith("/") ? pyodideDir : pyodideDir + "/";
const { loadPyodide } = await import(pathToFileURL(indexURL + "pyodide.mjs").href);
const pyodide = await loadPyodide({
  indexURL,
  packages: [],
  env: { PYTHONHASHSEED: "0", HOME: "/home/pyodide" },
  _sysExecutable: "python",
  stdout: () => {},
  stderr: (line) => console.error(line),
  _makeSnapshot: true,
});
pyodide.unpackArchive(new Uint8Array(readFileSync(wheelPath)), "wheel");
pyodide.runPython("import gc, checker.browser\nchecker.browser.warm()\ngc.collect()");
zeroFreeMemory(pyodide._module);
const snapshot = pyodide.makeMemorySnapshot();
Date.now = realNow;
performance.now = realPerfNow;
writeFileSync(outPath, snapshot);
// Header (Pyodide's own layout): magic, header length, JSON length, 0, then the 256-bit build id.
const words = new Uint32Array(snapshot.buffer, snapshot.byteOffset, 12);
const buildId = Array.from(words.subarray(4, 12), (w) => w.toString(16).padStart(8, "0")).join("");
process.stdout.write(JSON.stringify({ bytes: snapshot.length, build_id: buildId }) + "\n");

// The snapshot is the whole memory, free parts included, and what was freed (the stdlib modules' source
// read while importing, the warm-up's temporaries) still holds its old bytes: about a tenth of the
// compressed snapshot. Zero it: take every free block malloc has (Pyodide's Python allocates through it)
// by asking for blocks of falling sizes until one would come from beyond the heap's end, clear them, give
// them back; then clear what lies beyond the heap's end. The memory never grows while doing so.
function zeroFreeMemory(M) {
  const heapEnd = () => M._sbrk(0) >>> 0;
  const taken = [];
  for (let size = 1 << 22; size >= 16; size >>= 1) {
    for (;;) {
      const end = heapEnd();
      if (end + size + 65536 > M.HEAP8.length) break; // the request could grow the memory
      const block = M._malloc(size) >>> 0;
      if (!block) break;
      if (heapEnd() > end) {
        M._free(block); // it came from beyond the heap's end: no free block of this size is left
        break;
      }
      M.HEAPU8.fill(0, block, block + size);
      taken.push(block);
    }
  }
  for (const block of taken) M._free(block);
  M._malloc_trim(0);
  M.HEAPU8.fill(0, heapEnd(), M.HEAPU8.length);
}
