// Mount every key checker on the page (the HTML comes from sitegen/widgets.py) and wire it to the
// shared worker client. Loaded only by pages that embed the checker.

import { client, forgetWhenHidden, Reasons, startEarly } from "./client.js";
import { clearVerdict, findingLinks, renderVerdict, useWords } from "./verdict.js";

const DEBOUNCE_MS = 150;
const CLEAR_AFTER_HIDDEN_MS = 120_000; // a root's data-clear-after (ms) overrides it

const STEP_WORDS = {
  runtime: "Downloading the Python runtime (about 6 MB, once)…",
  python: "Starting Python…",
  checker: "Loading the checker…",
};
const STEP_VALUES = { runtime: 1, python: 2, checker: 3 };

const FAILURE_WORDS = {
  [Reasons.noWasm]: "This browser cannot run WebAssembly, which the checker needs.",
  [Reasons.noModuleWorker]: "This browser cannot start the background worker the checker runs in.",
  [Reasons.insecure]: "The checker needs a secure (https) page to verify its own files.",
  [Reasons.runtime]: "The Python runtime could not be loaded from this site.",
  [Reasons.checker]: "The checker's code could not be loaded from this site.",
  [Reasons.integrity]: "The checker's code did not match its published checksum, so it was not run.",
  [Reasons.timeout]: "Loading the checker took too long.",
  [Reasons.internal]: "The checker stopped unexpectedly.",
};
const WIDGET_WORDS = {
  failureHint: " The rest of this page works without it. Check your connection, then try again.",
  show: "Show",
  hide: "Hide",
  showLabel: "Show API key",
  hideLabel: "Hide API key",
};

const widgets = new Map(); // root element -> {wipe, abort}

function mount(root) {
  if (widgets.has(root)) return;
  const $ = (selector) => root.querySelector(selector);
  const form = $(".keycheck__form");
  const input = $(".keycheck__input");
  const toggle = $(".keycheck__toggle");
  const select = $(".keycheck__provider");
  const progress = $(".keycheck__progress");
  const bar = $(".keycheck__bar");
  const step = $(".keycheck__step");
  const failure = $(".keycheck__error");
  const failureText = $(".keycheck__error-text");
  const result = $(".keycheck__result");
  if (!form || !input || !toggle || !select || !result) return;
  // Material's instant navigation parses the next page with scripting off, so its <noscript> arrives
  // as live elements (the note and the stylesheet that hides this form): drop them.
  root.querySelectorAll("noscript").forEach((element) => element.remove());

  const absolute = (value) => (value ? new URL(value, document.baseURI).href : null);
  const paths = { runtime: absolute(root.dataset.runtime), checker: absolute(root.dataset.checker) };
  const linkFor = findingLinks($("script.keycheck__links"), document.baseURI);
  // A page in another language carries the widget's words; the checker answers in the page's language.
  useWords($("script.keycheck__words"), { steps: STEP_WORDS, failures: FAILURE_WORDS, widget: WIDGET_WORDS });
  const lang = document.documentElement.lang;
  const names = new Map(Array.from(select.options, (option) => [option.value, option.textContent]));
  const controller = new AbortController();
  const on = (target, type, listener) => target.addEventListener(type, listener, { signal: controller.signal });

  let timer = 0;
  let asked = 0; // the latest request wins; older answers are dropped

  // aria-busy marks a verdict on its way: screen readers wait for it, tests wait for it to go.
  const settled = () => result.removeAttribute("aria-busy");

  async function check() {
    clearTimeout(timer);
    const mine = ++asked;
    const text = input.value;
    const chosen = select.value;
    if (!text) {
      clearVerdict(result);
      return settled();
    }
    const verdict = await client.diagnose(text, chosen, lang);
    if (verdict && mine === asked) {
      renderVerdict(result, verdict, names, linkFor, chosen);
      settled();
    }
  }
  const schedule = (delay) => {
    clearTimeout(timer);
    result.setAttribute("aria-busy", "true");
    timer = setTimeout(check, delay);
  };
  const start = () => client.start(paths);

  function setVisible(visible) {
    input.type = visible ? "text" : "password";
    toggle.textContent = visible ? WIDGET_WORDS.hide : WIDGET_WORDS.show;
    toggle.setAttribute("aria-label", visible ? WIDGET_WORDS.hideLabel : WIDGET_WORDS.showLabel);
  }

  function wipe() {
    clearTimeout(timer);
    asked++;
    input.value = "";
    setVisible(false);
    clearVerdict(result);
    settled();
  }

  function showState() {
    root.dataset.keycheckState = client.state;
    progress.hidden = client.state !== "loading";
    if (client.state === "loading") {
      bar.value = STEP_VALUES[client.step] ?? 0;
      step.textContent = STEP_WORDS[client.step] ?? STEP_WORDS.runtime;
    }
    failure.hidden = client.state !== "error";
    if (client.state === "error") settled();
    if (client.state === "error") failureText.textContent = (FAILURE_WORDS[client.reason] ?? "") + WIDGET_WORDS.failureHint;
    if (client.state === "ready" && input.value) schedule(0);
  }

  on(input, "focus", start);
  on(input, "paste", start);
  on(input, "input", (event) => {
    start();
    schedule(event.inputType === "insertFromPaste" ? 0 : DEBOUNCE_MS);
  });
  on(select, "change", () => schedule(0));
  on(toggle, "click", () => setVisible(input.type === "password"));
  on($(".keycheck__clear"), "click", () => {
    // Terminating the worker is the only sure way to drop the key from its memory; boot a fresh one.
    wipeAll();
    const wasRunning = client.state !== "idle";
    client.stop();
    if (wasRunning) start();
    input.focus();
  });
  on($(".keycheck__retry"), "click", () => {
    client.stop();
    start();
    input.focus();
  });
  on(client, "state", showState);

  widgets.set(root, { wipe, abort: () => controller.abort() });
  showState();
  // The form is usable before this script runs: intent shown before the mount still counts
  // (a verdict follows once the worker is ready, as showState schedules one for a non-empty input).
  if (document.activeElement === input || input.value) start();
  // A checker-first page (the build marks it, from the page's tag) starts without waiting for intent.
  else if (root.dataset.start) startEarly(root.dataset.start, start, controller.signal);
}

function wipeAll() {
  for (const widget of widgets.values()) widget.wipe();
}

// Material's instant navigation swaps the page body without reloading this module: mount the new
// widgets, forget the ones that left, and stop the worker when nothing on the page uses it.
function mountAll() {
  for (const [root, widget] of widgets) {
    if (!root.isConnected) {
      widget.abort();
      widgets.delete(root);
    }
  }
  document.querySelectorAll("[data-keycheck]").forEach(mount);
  // Every widget that shares the worker (this one, the error lookup) names the runtime it loads.
  if (!document.querySelector("[data-runtime][data-checker]")) client.stop();
}

// Hidden for long (another tab, a locked screen) or left: drop the key from the inputs and the worker.
forgetWhenHidden(wipeAll, "[data-keycheck]", CLEAR_AFTER_HIDDEN_MS);

if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
else mountAll();
