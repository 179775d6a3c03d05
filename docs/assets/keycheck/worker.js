// The key checker's module worker: boots the site's own Pyodide, installs the checker wheel after
// checking its sha256, and answers "diagnose" messages. It talks to nothing but its page and the
// site's origin, logs nothing, and keeps no key between messages.
//
// Messages in:  {type: "init", runtime: URL, checker: URL}   folders, absolute, same origin
//               {type: "diagnose", id, text, provider}
//               {type: "lookup_error", id, text}   a pasted error message (same privacy rules as a key)
// Messages out: {type: "progress", step}   step: "runtime" | "python" | "checker"
//               {type: "ready"}
//               {type: "result", id, result}   result: diagnose(...).to_dict()
//               {type: "lookup_result", id, result}   result: checker.errorlookup.lookup(...).to_dict()
//               {type: "failed", reason}       reason: "runtime" | "checker" | "integrity" | "internal"
export {}; // a classic worker rejects this line: module workers only

// Python glue, run once: the key arrives as an argument, the answer leaves as JSON text (no proxies).
const GLUE = `
import json
from checker import diagnose
from checker.errorlookup import lookup

def keybase_check(text, provider):
    try:
        return json.dumps(diagnose(text, provider or None).to_dict())
    except Exception as exc:  # never let the key reach a traceback
        return json.dumps({"internal_error": type(exc).__name__})

def keybase_lookup(text):
    try:
        return json.dumps(lookup(text).to_dict())
    except Exception as exc:  # a pasted error may hold a key: no traceback
        return json.dumps({"internal_error": type(exc).__name__})
`;

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

async function fetchWheel(checkerURL) {
  const manifestURL = new URL("manifest.json", checkerURL);
  const manifest = await (await fetchOk(manifestURL)).json();
  if (typeof manifest.wheel !== "string" || !/^[\w.-]+\.whl$/.test(manifest.wheel)) {
    throw stageError("checker", "bad manifest");
  }
  const bytes = await (await fetchOk(new URL(manifest.wheel, checkerURL))).arrayBuffer();
  const digest = toHex(await crypto.subtle.digest("SHA-256", bytes));
  if (digest !== String(manifest.sha256).toLowerCase()) throw stageError("integrity", "wheel digest mismatch");
  return new Uint8Array(bytes);
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
  // The wheel downloads while Pyodide starts.
  const wheel = fetchWheel(checkerURL);
  wheel.catch(() => {}); // handled below; avoids an "unhandled rejection" report meanwhile
  let pyodide;
  try {
    const { loadPyodide } = await import(new URL("pyodide.mjs", runtimeURL).href);
    post({ type: "progress", step: "python" });
    pyodide = await loadPyodide({
      indexURL: runtimeURL.href,
      packages: [], // no package but the project's wheel, which is unpacked below
      stdout: () => {},
      stderr: () => {},
    });
  } catch (error) {
    throw stageError("runtime", String(error && error.message));
  }
  post({ type: "progress", step: "checker" });
  pyodide.unpackArchive(await wheel, "wheel");
  pyodide.runPython(GLUE);
  check = pyodide.globals.get("keybase_check");
  lookupError = pyodide.globals.get("keybase_lookup");
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

self.addEventListener("message", (event) => {
  const message = event.data || {};
  if (message.type === "init") {
    booting ??= boot(message.runtime, message.checker).then(
      () => post({ type: "ready" }),
      (error) => post({ type: "failed", reason: error.reason || "internal" }),
    );
  } else if (message.type === "diagnose" && check) {
    const text = String(message.text ?? "");
    const provider = typeof message.provider === "string" ? message.provider : "";
    let result;
    try {
      result = JSON.parse(check(text, provider));
    } catch {
      result = { internal_error: "worker" };
    }
    post({ type: "result", id: message.id, result });
  } else if (message.type === "lookup_error" && lookupError) {
    let result;
    try {
      result = JSON.parse(lookupError(String(message.text ?? "")));
    } catch {
      result = { internal_error: "worker" };
    }
    post({ type: "lookup_result", id: message.id, result });
  }
});
