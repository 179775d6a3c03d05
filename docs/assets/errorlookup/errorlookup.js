// "Paste your error": the pasted text goes only to the key checker's worker (same worker, same rules),
// which runs checker.errorlookup.lookup on it; the matching catalog entries are shown with their fix
// and a link to their page. Output is built with DOM nodes and textContent only. A key spotted in the
// text is shown masked, as the worker returns it. The text is never stored, logged or put in the URL,
// and it is cleared, and the worker stopped, by the Clear button or when the page is hidden for long or left.

import { client, forgetWhenHidden, Reasons } from "../keycheck/client.js";
import { say, useWords } from "../keycheck/verdict.js";

const DEBOUNCE_MS = 250;
const CLEAR_AFTER_HIDDEN_MS = 120_000; // a root's data-clear-after (ms) overrides it
const MAX_SHOWN = 3;

const FAILURE_WORDS = {
  [Reasons.noWasm]: "This browser cannot run WebAssembly, which the lookup needs.",
  [Reasons.noModuleWorker]: "This browser cannot start the background worker the lookup runs in.",
  [Reasons.insecure]: "The lookup needs a secure (https) page to verify its own files.",
  [Reasons.timeout]: "Loading the checker took too long.",
};
// English; a page in another language carries these tables translated (sitegen/flowchart_embed.py).
const LOOKUP_WORDS = {
  failureDefault: "The checker could not be loaded from this site.",
  failureHint: " The error pages linked above work without it. Try again, or check your connection.",
  keyInText: "Key in the text: ",
  none: "No entry of the error catalog matches this text. Check that it holds the error message itself, or follow the questions below.",
  match: "Match",
  firstStep: "{confidence}. First step: {fix} ",
  why: "Why: {reasons}.",
  reasonSeparator: "; ",
};
const CONFIDENCE_WORDS = { high: "Strong match", medium: "Likely match", low: "Possible match" };
const RETRY_WORDS = { yes: "Retrying helps.", no: "Retrying does not help.", depends: "Retrying may help." };

const lookups = new Map(); // root -> {wipe, abort}

function element(tag, attributes = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A page not in English carries each entry's heading and first fix in its language: {ref: [heading, fix]}. */
function readAnswers(block) {
  try {
    const data = JSON.parse(block?.textContent ?? "null");
    return data && typeof data === "object" ? data : {};
  } catch {
    return {};
  }
}

function renderResult(result, box, siteRoot, answers = {}) {
  box.replaceChildren();
  const matches = Array.isArray(result?.matches) ? result.matches : [];
  const keys = Array.isArray(result?.keys) ? result.keys : [];
  box.dataset.match = matches.length ? String(matches[0].ref) : "";
  box.dataset.count = String(matches.length);
  for (const key of keys) {
    const words = `${String(key.note)} (${String(key.masked)})`;
    box.append(element("p", { class: "errorlookup__key" }, [element("strong", {}, [LOOKUP_WORDS.keyInText]), words]));
  }
  if (!matches.length) {
    box.append(
      element("p", { class: "errorlookup__none" }, [LOOKUP_WORDS.none]),
    );
    return;
  }
  for (const match of matches.slice(0, MAX_SHOWN)) {
    const own = Object.hasOwn(answers, String(match.ref)) ? answers[String(match.ref)] : null;
    const [heading, fix] = Array.isArray(own) ? own.map(String) : [null, String(match.fix)];
    const link = element("a", { href: new URL(String(match.url), siteRoot).href }, [
      heading ?? `${String(match.provider_name)} ${String(match.status)}: ${String(match.title)}`,
    ]);
    box.append(
      element("div", { class: "errorlookup__match", "data-ref": String(match.ref) }, [
        element("p", { class: "errorlookup__title" }, [element("strong", {}, [link])]),
        element("p", { class: "errorlookup__fix" }, [
          say(LOOKUP_WORDS.firstStep, {
            confidence: CONFIDENCE_WORDS[match.confidence] ?? LOOKUP_WORDS.match,
            fix,
          }),
          RETRY_WORDS[match.retry] ?? "",
        ]),
        element("p", { class: "errorlookup__why" }, [
          say(LOOKUP_WORDS.why, { reasons: (match.why ?? []).map(String).join(LOOKUP_WORDS.reasonSeparator) }),
        ]),
      ]),
    );
  }
}

function mount(root) {
  if (lookups.has(root)) return;
  const $ = (selector) => root.querySelector(selector);
  const form = $(".errorlookup__form");
  const text = $(".errorlookup__text");
  const result = $(".errorlookup__result");
  const progress = $(".errorlookup__progress");
  const failure = $(".errorlookup__error");
  const failureText = $(".errorlookup__error-text");
  if (!form || !text || !result) return;
  // Material's instant navigation parses the next page with scripting off, so its <noscript> arrives
  // as live elements (the note and the stylesheet that hides this form): drop them.
  root.querySelectorAll("noscript").forEach((element) => element.remove());
  const absolute = (value) => new URL(value, document.baseURI).href;
  const paths = { runtime: absolute(root.dataset.runtime), checker: absolute(root.dataset.checker) };
  const siteRoot = absolute(root.dataset.siteRoot || "./");
  // A page in another language carries the lookup's words; the reasons come in the page's language.
  const tables = { failures: FAILURE_WORDS, confidence: CONFIDENCE_WORDS, retry: RETRY_WORDS, lookup: LOOKUP_WORDS };
  useWords($("script.errorlookup__words"), tables);
  const lang = document.documentElement.lang;
  const answers = readAnswers($("script.errorlookup__answers"));
  const controller = new AbortController();
  const on = (target, type, listener) => target.addEventListener(type, listener, { signal: controller.signal });
  let timer = 0;
  let asked = 0; // the latest request wins

  async function run() {
    clearTimeout(timer);
    const mine = ++asked;
    if (!text.value.trim()) {
      result.replaceChildren();
      delete result.dataset.match;
      return;
    }
    const answer = await client.lookupError(text.value, lang);
    if (answer && mine === asked) renderResult(answer, result, siteRoot, answers);
  }
  const schedule = (delay) => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  const start = () => client.start(paths);

  function showState() {
    root.dataset.errorLookupState = client.state;
    progress.hidden = client.state !== "loading";
    failure.hidden = client.state !== "error";
    if (client.state === "error") failureText.textContent = (FAILURE_WORDS[client.reason] ?? LOOKUP_WORDS.failureDefault) + LOOKUP_WORDS.failureHint;
    if (client.state === "ready" && text.value) schedule(0);
  }

  function wipe() {
    clearTimeout(timer);
    asked++;
    text.value = "";
    result.replaceChildren();
    delete result.dataset.match;
  }

  on(text, "focus", start);
  on(text, "paste", start);
  on(text, "input", (event) => {
    start();
    schedule(event.inputType === "insertFromPaste" ? 0 : DEBOUNCE_MS);
  });
  on($(".errorlookup__clear"), "click", () => {
    // As the key checker's Clear does: terminating the worker is the only sure way to drop the text
    // from its memory, so empty the lookups, end the worker, and boot a fresh one if one was running.
    wipeAll();
    const wasRunning = client.state !== "idle";
    client.stop();
    if (wasRunning) start();
    text.focus();
  });
  on($(".errorlookup__retry"), "click", () => {
    client.stop();
    start();
    text.focus();
  });
  on(client, "state", showState);
  lookups.set(root, { wipe, abort: () => controller.abort() });
  showState();
  // The form is usable before this script runs: intent shown before the mount still counts.
  if (document.activeElement === text || text.value) start();
}

function mountAll() {
  for (const [root, lookup] of lookups) {
    if (!root.isConnected) {
      lookup.abort();
      lookups.delete(root);
    }
  }
  document.querySelectorAll("[data-error-lookup]").forEach(mount);
}

function wipeAll() {
  for (const lookup of lookups.values()) lookup.wipe();
}

// Hidden for long, or left: the pasted text goes, and the worker is stopped, as the key checker does.
forgetWhenHidden(wipeAll, "[data-error-lookup]", CLEAR_AFTER_HIDDEN_MS);

if (window.document$ && typeof window.document$.subscribe === "function") window.document$.subscribe(mountAll);
else if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll, { once: true });
else mountAll();
