// One checker worker per page, shared by every widget on it: start on intent (or earlier, see
// startEarly), ask for verdicts, terminate to drop every trace of the keys it saw. Emits "state"
// events: idle | loading | ready | error.

const WORKER_URL = new URL("./worker.js", import.meta.url);
const BOOT_TIMEOUT_MS = 120_000; // a stalled download must end in the error state, not a spinner forever

// Why a start can fail, for the widget's wording.
export const Reasons = Object.freeze({
  noWasm: "no-wasm",
  noModuleWorker: "no-module-worker",
  insecure: "insecure",
  runtime: "runtime",
  checker: "checker",
  integrity: "integrity",
  timeout: "timeout",
  internal: "internal",
});

// On a checker-first page (its widget carries data-start), the worker does not wait for intent where it
// costs the page nothing: at once for a returning reader whose browser keeps the site's offline copy (the
// service worker's cache, made after a first use: nothing to download, and never there on a first visit),
// and, with data-start="idle", also once the page has loaded and its own start-up is over (the main thread
// quiet for a while), so it is ready before the reader pastes, without competing with the page's first work.
const QUIET_MS = 1_000; // this long without other work after load: the page has settled
const LONGEST_WAIT_MS = 5_000; // start by then, from load, even on a page that never goes quiet
// Chromium grants idle periods of up to 50 ms back to back when nothing else is due; a shorter period or a
// longer gap between two of them means a frame or a task ran.
const FULL_IDLE_PERIOD_MS = 45;
const BACK_TO_BACK_MS = 70;
const OFFLINE_CACHE_PREFIX = "keybase-offline-";

// Material's search worker waits on this page (assets/javascripts/workers/search-gate.js) so that its index
// build does not compete with the checker's start; this lets it go once the checker is ready or has failed,
// or as soon as the reader turns to search.
const SEARCH_GATE_CHANNEL = "keybase-search-gate";
function releaseSearch() {
  if (typeof BroadcastChannel !== "function") return;
  const channel = new BroadcastChannel(SEARCH_GATE_CHANNEL);
  channel.postMessage("release");
  channel.close();
}
document.addEventListener("focusin", (event) => {
  if (event.target instanceof Element && event.target.matches("[data-md-component=search-query]")) releaseSearch();
});

/**
 * Start the checker before intent, as the widget's data-start asks ("returning" or "idle"), while the page
 * is visible. Not at all when the reader asked to save data (the runtime is several megabytes) or once
 * signal aborts (the widget left the page). Intent shown meanwhile starts the checker as usual.
 */
export function startEarly(mode, start, signal) {
  if (navigator.connection?.saveData) return;
  let started = false;
  const run = () => {
    if (signal.aborted || started) return;
    if (document.visibilityState === "hidden") {
      document.addEventListener("visibilitychange", run, { once: true, signal });
      return;
    }
    started = true;
    start();
  };
  globalThis.caches
    ?.keys()
    .then((names) => names.some((name) => name.startsWith(OFFLINE_CACHE_PREFIX)) && run())
    .catch(() => {});
  if (mode !== "idle") return;
  const afterLoad = () => {
    if (typeof requestIdleCallback !== "function") return void setTimeout(run, QUIET_MS);
    const giveUpAt = performance.now() + LONGEST_WAIT_MS;
    let quietSince = performance.now();
    let last = quietSince;
    const watch = (deadline) => {
      if (signal.aborted) return;
      const now = performance.now();
      if (deadline.timeRemaining() < FULL_IDLE_PERIOD_MS || now - last > BACK_TO_BACK_MS) quietSince = now;
      last = now;
      if (now - quietSince >= QUIET_MS || now >= giveUpAt) run();
      else requestIdleCallback(watch, { timeout: Math.max(1, giveUpAt - now) });
    };
    requestIdleCallback(watch, { timeout: LONGEST_WAIT_MS });
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true, signal });
}

// Once the checker has run here, the site's service worker keeps a copy of it (and of the pages with
// widgets) for offline use. Registered only now: a page never downloads the runtime before intent (or,
// on a checker-first page, before idle), and by now every file it precaches is in the HTTP cache already.
function keepForOffline() {
  if (!("serviceWorker" in navigator)) return;
  navigator.serviceWorker.register(new URL("../../sw.js", import.meta.url)).catch(() => {});
}

function unsupported() {
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") return Reasons.noWasm;
  if (typeof Worker !== "function") return Reasons.noModuleWorker;
  if (!globalThis.isSecureContext || !globalThis.crypto?.subtle) return Reasons.insecure;
  return null;
}

class CheckerClient extends EventTarget {
  state = "idle";
  step = ""; // while loading: runtime | python | checker
  reason = ""; // while in error: one of Reasons
  boot = ""; // once ready: "snapshot" or "plain" (the fallback)
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  #timer = 0;

  /** Boot the worker if it is not running or booting. paths: {runtime, checker} absolute URLs. */
  start(paths) {
    if (this.state === "loading" || this.state === "ready") return;
    const reason = unsupported();
    if (reason) return this.#fail(reason);
    let askedForModule = false;
    const options = {
      name: "keycheck",
      get type() {
        askedForModule = true; // browsers without module workers never read this option
        return "module";
      },
    };
    let worker;
    try {
      worker = new Worker(WORKER_URL, options);
    } catch {
      return this.#fail(Reasons.noModuleWorker);
    }
    if (!askedForModule) {
      worker.terminate();
      return this.#fail(Reasons.noModuleWorker);
    }
    this.#worker = worker;
    worker.addEventListener("message", (event) => this.#receive(worker, event.data));
    // The worker script itself failed to load or parse.
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      if (worker === this.#worker) this.#fail(Reasons.runtime);
    });
    this.#timer = setTimeout(() => this.#fail(Reasons.timeout), BOOT_TIMEOUT_MS);
    this.#set("loading", "runtime");
    worker.postMessage({ type: "init", runtime: paths.runtime, checker: paths.checker });
  }

  /** The verdict for text, or null when the checker is not ready or was stopped meanwhile. lang: the page's
   * language tag (document.documentElement.lang); the checker answers in it where it has the words. */
  diagnose(text, provider, lang = "") {
    if (this.state !== "ready") return Promise.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ type: "diagnose", id, text, provider, lang });
    });
  }

  /** The error catalog entries matching a pasted error, or null when not ready or stopped meanwhile. */
  lookupError(text, lang = "") {
    if (this.state !== "ready") return Promise.resolve(null);
    const id = this.#nextId++;
    return new Promise((resolve) => {
      this.#pending.set(id, resolve);
      this.#worker.postMessage({ type: "lookup_error", id, text, lang });
    });
  }

  /** Terminate the worker: its memory, and any key in it, is gone. Back to idle. */
  stop() {
    this.#drop();
    if (this.state !== "idle") this.#set("idle");
  }

  #receive(worker, message) {
    if (worker !== this.#worker || !message) return;
    if (message.type === "progress") this.#set("loading", message.step);
    else if (message.type === "ready") {
      clearTimeout(this.#timer);
      // How the worker started and its wasm memory, on <html> for tests and the benchmark to read.
      this.boot = message.boot === "snapshot" ? "snapshot" : "plain";
      document.documentElement.dataset.checkerBoot = this.boot;
      document.documentElement.dataset.checkerMemory = String(Number(message.memory) || 0);
      keepForOffline();
      releaseSearch();
      this.#set("ready");
    } else if (message.type === "failed") this.#fail(message.reason);
    else if (message.type === "result" || message.type === "lookup_result") {
      const resolve = this.#pending.get(message.id);
      this.#pending.delete(message.id);
      resolve?.(message.result);
    }
  }

  #fail(reason) {
    this.#drop();
    this.reason = Object.values(Reasons).includes(reason) ? reason : Reasons.internal;
    releaseSearch();
    this.#set("error");
  }

  #drop() {
    clearTimeout(this.#timer);
    this.#worker?.terminate();
    this.#worker = null;
    for (const resolve of this.#pending.values()) resolve(null);
    this.#pending.clear();
  }

  #set(state, step = "") {
    this.state = state;
    this.step = step;
    if (state !== "error") this.reason = "";
    this.dispatchEvent(new Event("state"));
  }
}

export const client = new CheckerClient();

/**
 * Hidden for long (another tab, a locked screen) or left: run wipe (clear the widgets' inputs), then stop
 * the worker, which drops every key it saw. Each widget script calls this for its own widgets. The wait
 * is the first root's data-clear-after (ms) when set, else defaultMs.
 */
export function forgetWhenHidden(wipe, rootSelector, defaultMs) {
  const forget = () => {
    wipe();
    client.stop();
  };
  const clearAfterMs = () => {
    const custom = Number(document.querySelector(rootSelector)?.dataset.clearAfter);
    return Number.isFinite(custom) && custom > 0 ? custom : defaultMs;
  };
  let hiddenAt = 0;
  let hiddenTimer = 0;
  document.addEventListener("visibilitychange", () => {
    clearTimeout(hiddenTimer);
    if (document.visibilityState === "hidden") {
      hiddenAt = Date.now();
      hiddenTimer = setTimeout(forget, clearAfterMs());
    } else if (hiddenAt && Date.now() - hiddenAt >= clearAfterMs()) {
      forget(); // timers are throttled in hidden tabs: check on return too
    }
  });
  // Leaving the page (or entering the back/forward cache) never keeps a key in an input or the worker.
  window.addEventListener("pagehide", forget);
}
