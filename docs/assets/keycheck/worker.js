// The key checker's module worker: boots the site's own Pyodide from the build's memory snapshot (or,
// when the snapshot is missing, corrupt, for another Pyodide or too big for the device, with a plain
// boot that installs the checker wheel), each file checked against its sha256 in the manifest first,
// and answers "diagnose" messages. It talks to nothing but its page and the site's origin, logs nothing,
// and keeps no key between messages.
//
// Messages in:  {type: "init", runtime: URL, checker: URL}   folders, absolute, same origin
//               {type: "diagnose", id, text, provider, lang}   lang: the page's language tag ("zh-Hant-TW")
//               {type: "lookup_error", id, text, lang}   a pasted error message (same privacy rules as a key)
// Messages out: {type: "progress", step}   step: "runtime" | "python" | "checker"
//               {type: "ready", boot, memory}   boot: "snapshot" | "plain"; memory: wasm bytes
//               {type: "result", id, result}   result: diagnose(...).to_dict()
//               {type: "lookup_result", id, result}   result: checker.errorlookup.lookup(...).to_dict()
//               {type: "failed", reason}       reason: "runtime" | "checker" | "integrity" | "internal"
export {}; // a classic worker rejects this line: module workers only

// The Python side lives in the wheel (checker/browser.py): the snapshot the build makes has it imported
// already, and a plain boot imports the same module, so both paths run the same code.
const SNAPSHOT_MAGIC = 1886286592; // Pyodide's snapshot header starts with it
const WASM_DATA_XOR = "xor-wasm-data"; // sitegen/wasmdata.py ENCODING
const ZERO_RUNS = "zero-runs"; // sitegen/zeroruns.py LAYOUT: the file leaves out the snapshot's long zero runs
// A snapshot is restored into one block of memory its own size: skip it on a device that reports less
// than eight times that (navigator.deviceMemory, in GiB, where the browser tells it).
const MEMORY_SHARE = 8;

let check = null; // the Python function, once booted
let lookupError = null; // likewise, for pasted error messages
let booting = null;

function sameOrigin(url) {
  const parsed = new URL(url);
  if (parsed.origin !== self.location.origin) throw new Error("cross-origin asset URL");
  return parsed;
}

function toHex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function fetchManifest(checkerURL) {
  const manifest = await (await fetchOk(new URL("manifest.json", checkerURL))).json();
  if (typeof manifest.wheel !== "string" || !/^[\w.-]+\.whl$/.test(manifest.wheel)) {
    throw stageError("checker", "bad manifest");
  }
  return manifest;
}

async function fetchVerified(url, sha256) {
  const bytes = await (await fetchOk(url)).arrayBuffer();
  await verify(bytes, sha256);
  return new Uint8Array(bytes);
}

async function verify(bytes, sha256) {
  const digest = toHex(await crypto.subtle.digest("SHA-256", bytes));
  if (digest !== String(sha256).toLowerCase()) throw stageError("integrity", "digest mismatch");
}

async function fetchWheel(manifest, checkerURL) {
  return fetchVerified(new URL(manifest.wheel, checkerURL), manifest.sha256);
}

// The manifest's snapshot entry when this worker can boot from it, else a rejection saying why a plain
// boot must do instead. Decided before any download: the snapshot's size and layout are in the entry.
function usableSnapshot(manifest, version) {
  const entry = manifest.snapshot;
  if (!entry || typeof entry.file !== "string" || !/^snapshot-[0-9a-f]+\.bin$/.test(entry.file)) {
    throw new Error("no snapshot");
  }
  if (entry.pyodide !== version) throw new Error("snapshot of another Pyodide");
  if (!Number.isSafeInteger(entry.bytes) || entry.bytes < 48) throw new Error("bad snapshot size");
  const deviceBytes = (self.navigator.deviceMemory || 0) * 2 ** 30;
  if (deviceBytes && entry.bytes * MEMORY_SHARE > deviceBytes) throw new Error("snapshot too big");
  const encoding = entry.encoding ?? "";
  if (encoding !== "" && encoding !== WASM_DATA_XOR) throw new Error("unknown snapshot encoding");
  if (encoding && !(Number.isSafeInteger(entry.xor_bytes) && entry.xor_bytes >= 0)) {
    throw new Error("bad snapshot encoding");
  }
  const layout = entry.layout ?? "";
  if (layout !== "" && layout !== ZERO_RUNS) throw new Error("unknown snapshot layout");
  return { ...entry, stored: layout ? storedBytes(entry.extents, entry.bytes) : entry.bytes };
}

// How many bytes a file of the zero-runs layout holds: the sum of its extents, which must be [offset, length]
// pairs in order, apart, and inside the snapshot (as sitegen/zeroruns.py check_extents requires).
function storedBytes(extents, size) {
  if (!Array.isArray(extents)) throw new Error("bad snapshot layout");
  let end = 0;
  let stored = 0;
  for (const extent of extents) {
    const [offset, length] = Array.isArray(extent) ? extent : [];
    if (!Number.isSafeInteger(offset) || !Number.isSafeInteger(length) || offset < end || length <= 0) {
      throw new Error("bad snapshot layout");
    }
    end = offset + length;
    stored += length;
  }
  if (end > size) throw new Error("bad snapshot layout");
  return stored;
}

// Read the stored file (its listed size), check its sha256, then put the snapshot together in target
// (zero-filled, the snapshot's size: a file without a layout is the whole snapshot) and check its header.
async function fillSnapshot(url, entry, target) {
  const file = new Uint8Array(await (await fetchImmutable(url)).arrayBuffer()); // read off this thread
  if (file.length !== entry.stored) throw stageError("integrity", "not the listed size");
  await verify(file, entry.sha256);
  let at = 0;
  for (const [offset, length] of entry.layout ? entry.extents : [[0, file.length]]) {
    target.set(file.subarray(at, at + length), offset);
    at += length;
  }
  if (new DataView(target.buffer).getUint32(0, true) !== SNAPSHOT_MAGIC) throw new Error("not a snapshot");
  if (entry.encoding && headerLength(target) + entry.xor_bytes > target.length) {
    throw new Error("bad snapshot encoding");
  }
}

// XOR length bytes of snapshot, from start, with memory's first bytes: 4 at a time where both line up.
function xorInto(snapshot, start, memory, length) {
  let i = 0;
  if ((snapshot.byteOffset + start) % 4 === 0 && memory.byteOffset % 4 === 0) {
    const words = length >>> 2;
    const into = new Uint32Array(snapshot.buffer, snapshot.byteOffset + start, words);
    const from = new Uint32Array(memory.buffer, memory.byteOffset, words);
    for (let w = 0; w < words; w++) into[w] ^= from[w];
    i = words * 4;
  }
  for (; i < length; i++) snapshot[start + i] ^= memory[i];
}

function headerLength(snapshot) {
  return new DataView(snapshot.buffer, snapshot.byteOffset).getUint32(4, true);
}

// Pyodide waits for the snapshot before it instantiates its wasm; given at once a buffer of the snapshot's
// size (empty until the download fills it), it goes ahead. This wraps Pyodide's module factory so that, once
// the wasm is instantiated and before anything runs, the instance waits for the download.
// The build may also store the snapshot's memory XORed with the runtime's initial memory, the wasm's data
// segments (sitegen/wasmdata.py), which the reader has in the wasm anyway: the fresh instance's memory holds
// exactly that data, so the snapshot is XORed back with it here (Pyodide restores the buffer later).
function restoringFactory(factory, snapshot, downloaded, entry) {
  return async (settings) => {
    const { default: createModule } = await factory;
    const instantiate = settings.instantiateWasm;
    if (typeof instantiate !== "function") throw new Error("cannot reach the fresh memory");
    settings.instantiateWasm = (imports, done) =>
      instantiate(imports, (instance, module) => {
        // A failed download never calls done: boot() stops waiting for this module and boots plainly.
        downloaded.then(() => {
          if (entry.encoding === WASM_DATA_XOR) {
            const memory = new Uint8Array((imports.env?.memory ?? instance.exports.memory).buffer);
            xorInto(snapshot, headerLength(snapshot), memory, Math.min(entry.xor_bytes, memory.length));
          }
          done(instance, module);
        }, () => {});
      });
    return createModule(settings);
  };
}

// Pyodide takes no compiled module: it downloads its wasm itself when loadPyodide starts, and compiles it
// only once its own JavaScript has loaded and run. The worker compiles the wasm at once instead (`compiled`,
// from wasmURL), and answers Pyodide's two calls with it, each stand-in for one call only: its download gets
// an empty response (the wasm is on its way already), its WebAssembly.instantiateStreaming the compiled
// module. Returns the function that puts both originals back (once the boot is over, or has failed); should
// the compilation have failed, Pyodide downloads and compiles the wasm itself, as usual.
function handOverCompiled(wasmURL, compiled) {
  const { fetch } = self;
  const { instantiateStreaming } = WebAssembly;
  const putBack = () => {
    self.fetch = fetch;
    WebAssembly.instantiateStreaming = instantiateStreaming;
  };
  self.fetch = (input, init) => {
    if (String(input?.url ?? input) !== wasmURL) return fetch(input, init);
    self.fetch = fetch;
    return Promise.resolve(new Response(null, { headers: { "Content-Type": "application/wasm" } }));
  };
  WebAssembly.instantiateStreaming = async (source, imports) => {
    WebAssembly.instantiateStreaming = instantiateStreaming;
    let module;
    try {
      module = await compiled;
    } catch {
      return instantiateStreaming(fetch(wasmURL), imports);
    }
    return { module, instance: await WebAssembly.instantiate(module, imports) };
  };
  return putBack;
}

// Emscripten wraps each JavaScript function it puts in the wasm table in a tiny wasm module of its own, which
// it compiles synchronously: Pyodide's start compiles about 260 of them, from some 30 distinct byte strings
// (one per signature), for 15-20 ms. While a boot runs, the same small bytes are compiled once and the module
// reused: a Module is immutable, and each wrapper still gets its own Instance. Returns the function that puts
// the constructor back.
const SMALL_MODULE_BYTES = 256;
function shareSmallModules() {
  const { Module } = WebAssembly;
  const modules = new Map();
  WebAssembly.Module = new Proxy(Module, {
    construct(target, args) {
      const [bytes] = args;
      if (!(bytes instanceof Uint8Array) || bytes.length > SMALL_MODULE_BYTES) return new target(...args);
      const key = bytes.join();
      let module = modules.get(key);
      if (!module) modules.set(key, (module = new target(bytes)));
      return module;
    },
  });
  return () => {
    WebAssembly.Module = Module;
  };
}

// A file whose URL changes with its content (the runtime's wasm, the snapshot): read straight from the site's
// offline copy where the browser keeps one (sooner than through the service worker, which would serve the
// same bytes from the same cache), else fetched. The snapshot's sha256 is checked either way.
async function fetchImmutable(url) {
  try {
    const kept = await self.caches?.match(String(url));
    if (kept?.ok) return kept;
  } catch {
    // no cache storage here (an insecure context, a browser setting): fetch
  }
  return fetchOk(url);
}

async function fetchOk(url) {
  const response = await fetch(url, { credentials: "same-origin", cache: "default" });
  if (!response.ok) throw stageError("checker", `HTTP ${response.status}`);
  return response;
}

function stageError(reason, detail) {
  const error = new Error(detail);
  error.reason = reason;
  return error;
}

async function boot(runtime, checker) {
  const runtimeURL = sameOrigin(runtime);
  const checkerURL = sameOrigin(checker);
  post({ type: "progress", step: "runtime" });
  const manifest = fetchManifest(checkerURL);
  manifest.catch(() => {}); // handled below; avoids an "unhandled rejection" report meanwhile
  // The snapshot boot compiles the wasm while Pyodide's JavaScript and the snapshot load: start at once (a
  // plain boot, the rare fallback, compiles its own).
  const wasmURL = new URL("pyodide.asm.wasm", runtimeURL).href;
  const compiled = fetchImmutable(wasmURL).then((response) => WebAssembly.compileStreaming(response));
  const factory = import(new URL("pyodide.asm.mjs", runtimeURL).href); // Pyodide's module factory (both boots)
  factory.catch(() => {});
  let noWasm = false; // the runtime's wasm could not be downloaded or compiled: a plain boot would fail alike
  compiled.catch(() => (noWasm = true));
  let loadPyodide, version;
  try {
    ({ loadPyodide, version } = await import(new URL("pyodide.mjs", runtimeURL).href));
  } catch (error) {
    throw stageError("runtime", String(error && error.message));
  }
  const options = { indexURL: runtimeURL.href, packages: [], stdout: () => {}, stderr: () => {} };
  post({ type: "progress", step: "python" });
  let pyodide = null;
  let bootedFrom = "snapshot";
  try {
    const entry = usableSnapshot(await manifest, version);
    // The snapshot holds every module the checker imports: mount the build's empty archive in place of
    // the standard library, which only a plain boot needs.
    const noStdlib = /^empty-stdlib\.zip$/.test(entry.stdlib) ? { stdLibURL: new URL(entry.stdlib, checkerURL).href } : {};
    const snapshot = new Uint8Array(entry.bytes);
    const downloaded = fillSnapshot(new URL(entry.file, checkerURL), entry, snapshot);
    const createPyodideModule = restoringFactory(factory, snapshot, downloaded, entry);
    const putBack = handOverCompiled(wasmURL, compiled);
    const unshare = shareSmallModules();
    try {
      const booted = loadPyodide({ ...options, ...noStdlib, createPyodideModule, _loadSnapshot: snapshot });
      booted.catch(() => {});
      // A failed download or compilation ends the wait at once (a plain boot then tries, and says why it fails).
      pyodide = await Promise.race([booted, downloaded.then(() => booted), compiled.then(() => booted)]);
    } finally {
      putBack();
      unshare();
    }
    // Every restore shares the snapshot's random state: reseed from this browser's own randomness.
    pyodide.runPython("import random\nrandom.seed()");
  } catch {
    pyodide = null; // no snapshot, a broken one, or one Pyodide refused: boot as if there were none
  }
  if (noWasm) throw stageError("runtime", "the runtime's wasm could not be loaded");
  if (!pyodide) {
    bootedFrom = "plain";
    const wheel = manifest.then((m) => fetchWheel(m, checkerURL));
    wheel.catch(() => {});
    const unshare = shareSmallModules();
    try {
      pyodide = await loadPyodide(options);
    } catch (error) {
      throw stageError("runtime", String(error && error.message));
    } finally {
      unshare();
    }
    post({ type: "progress", step: "checker" });
    pyodide.unpackArchive(await wheel, "wheel");
  }
  const api = pyodide.pyimport("checker.browser");
  check = api.check;
  lookupError = api.lookup_error;
  return { boot: bootedFrom, memory: pyodide._module.HEAP8.byteLength };
}

function post(message) {
  self.postMessage(message);
}

// Pyodide reports some start-up failures (a wasm download that fails, say) only as a rejected
// promise nobody awaits: while booting, treat any such rejection as a failed runtime.
self.addEventListener("unhandledrejection", (event) => {
  if (check) return;
  event.preventDefault();
  post({ type: "failed", reason: "runtime" });
});

// The page's language tag; checker.browser maps it to a language of the checker (any other: English).
const language = (message) => (typeof message.lang === "string" ? message.lang : "");

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    booting ??= boot(message.runtime, message.checker).then(
      (info) => post({ type: "ready", ...info }),
      (error) => post({ type: "failed", reason: error.reason || "internal" }),
    );
  } else if (message.type === "diagnose" && check) {
    const text = String(message.text ?? "");
    const provider = typeof message.provider === "string" ? message.provider : "";
    let result;
    try {
      result = JSON.parse(check(text, provider, language(message)));
    } catch {
      result = { internal_error: "worker" };
    }
    post({ type: "result", id: message.id, result });
  } else if (message.type === "lookup_error" && lookupError) {
    let result;
    try {
      result = JSON.parse(lookupError(String(message.text ?? ""), language(message)));
    } catch {
      result = { internal_error: "worker" };
    }
    post({ type: "lookup_result", id: message.id, result });
  }
});
