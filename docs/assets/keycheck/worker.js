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
  const digest = toHex(await crypto.subtle.digest("SHA-256", bytes));
  if (digest !== String(sha256).toLowerCase()) throw stageError("integrity", "digest mismatch");
  return new Uint8Array(bytes);
}

async function fetchWheel(manifest, checkerURL) {
  return fetchVerified(new URL(manifest.wheel, checkerURL), manifest.sha256);
}

// The snapshot's bytes, or a rejection saying why a plain boot must do instead.
async function fetchSnapshot(manifest, checkerURL, version) {
  const entry = manifest.snapshot;
  if (!entry || typeof entry.file !== "string" || !/^snapshot-[0-9a-f]+\.bin$/.test(entry.file)) {
    throw new Error("no snapshot");
  }
  if (entry.pyodide !== version) throw new Error("snapshot of another Pyodide");
  const deviceBytes = (self.navigator.deviceMemory || 0) * 2 ** 30;
  if (deviceBytes && entry.bytes * MEMORY_SHARE > deviceBytes) throw new Error("snapshot too big");
  const encoding = entry.encoding ?? "";
  if (encoding !== "" && encoding !== WASM_DATA_XOR) throw new Error("unknown snapshot encoding");
  const bytes = await fetchVerified(new URL(entry.file, checkerURL), entry.sha256);
  const magic = bytes.byteLength >= 48 ? new DataView(bytes.buffer).getUint32(0, true) : 0;
  if (magic !== SNAPSHOT_MAGIC) throw new Error("not a snapshot");
  if (encoding && !(entry.xor_bytes >= 0 && headerLength(bytes) + entry.xor_bytes <= bytes.length)) {
    throw new Error("bad snapshot encoding");
  }
  return bytes;
}

function headerLength(snapshot) {
  return new DataView(snapshot.buffer, snapshot.byteOffset).getUint32(4, true);
}

// The build stores the snapshot's memory XORed with the runtime's initial memory, the wasm's data segments
// (sitegen/wasmdata.py), which the reader has in the wasm anyway. Pyodide restores a snapshot into a
// freshly instantiated module, whose memory holds exactly that initial data: this wraps Pyodide's module
// factory so that, once the wasm is instantiated and before anything runs, the snapshot is XORed back
// with that memory (Pyodide restores the very bytes it was given, later).
function decodingFactory(runtimeURL, snapshot, length) {
  const factory = import(new URL("pyodide.asm.mjs", runtimeURL).href); // loads while the snapshot downloads
  factory.catch(() => {});
  return async (settings) => {
    const { default: createModule } = await factory;
    const instantiate = settings.instantiateWasm;
    if (typeof instantiate !== "function") throw new Error("cannot reach the fresh memory");
    settings.instantiateWasm = (imports, done) =>
      instantiate(imports, (instance, module) => {
        const memory = new Uint8Array((imports.env?.memory ?? instance.exports.memory).buffer);
        const bytes = snapshot.bytes;
        const start = headerLength(bytes);
        for (let i = 0; i < length && i < memory.length; i++) bytes[start + i] ^= memory[i];
        done(instance, module);
      });
    return createModule(settings);
  };
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
  let loadPyodide, version;
  try {
    ({ loadPyodide, version } = await import(new URL("pyodide.mjs", runtimeURL).href));
  } catch (error) {
    throw stageError("runtime", String(error && error.message));
  }
  // The snapshot downloads while Pyodide fetches and compiles its wasm.
  const held = {}; // the snapshot's bytes once fetched, for the decoding factory
  const snapshot = manifest
    .then((m) => fetchSnapshot(m, checkerURL, version))
    .then((bytes) => (held.bytes = bytes));
  snapshot.catch(() => {});
  const options = { indexURL: runtimeURL.href, packages: [], stdout: () => {}, stderr: () => {} };
  // The snapshot holds every module the checker imports: mount the build's empty archive in place of
  // the standard library, which only a plain boot needs (the manifest is a small file, fetched already).
  const noStdlib = await manifest.then(
    (m) => {
      const name = m.snapshot?.stdlib;
      return /^empty-stdlib\.zip$/.test(name) ? { stdLibURL: new URL(name, checkerURL).href } : {};
    },
    () => ({}),
  );
  post({ type: "progress", step: "python" });
  let pyodide = null;
  let bootedFrom = "snapshot";
  try {
    // Pyodide starts fetching its wasm at once and waits for the snapshot only before it instantiates it.
    const entry = (await manifest).snapshot;
    const decoding =
      entry?.encoding === WASM_DATA_XOR ? { createPyodideModule: decodingFactory(runtimeURL, held, entry.xor_bytes) } : {};
    pyodide = await loadPyodide({ ...options, ...noStdlib, ...decoding, _loadSnapshot: snapshot });
    // Every restore shares the snapshot's random state: reseed from this browser's own randomness.
    pyodide.runPython("import random\nrandom.seed()");
  } catch {
    pyodide = null; // no snapshot, a broken one, or one Pyodide refused: boot as if there were none
  }
  if (!pyodide) {
    bootedFrom = "plain";
    const wheel = manifest.then((m) => fetchWheel(m, checkerURL));
    wheel.catch(() => {});
    try {
      pyodide = await loadPyodide(options);
    } catch (error) {
      throw stageError("runtime", String(error && error.message));
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
