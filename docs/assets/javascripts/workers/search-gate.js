// Material's search worker, held back on a page that hosts the checker.
//
// Material starts its search worker on every page load, and the worker builds the lunr index of the whole
// edition at once: most of a second of CPU, on the same cores that compile the checker's runtime. On a page
// with the checker (the template points Material here instead, see docs/overrides/main.html), this script
// keeps Material's messages until one of these, then loads Material's own worker and hands them over:
//   - the checker is ready or has failed (docs/assets/keycheck/client.js says so on RELEASE_CHANNEL);
//   - the reader turns to search (the search box got focus: client.js again);
//   - Material sends a second message (a query: Material already wants an answer);
//   - HOLD_MS have passed since Material's first message (the reader never used the checker).
// It lives next to Material's worker because that worker loads its language files by a path relative to
// its own address. Material's file name (it carries a content hash) comes in this script's query string.

const RELEASE_CHANNEL = "keybase-search-gate";
const HOLD_MS = 10_000;
const MATERIAL_WORKER = /^search\.[0-9a-f]+\.min\.js$/;

const materialWorker = new URL(self.location.href).searchParams.get("worker") ?? "";
// Without BroadcastChannel (browsers before 2022) nothing could release the index: it is built at once.
const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(RELEASE_CHANNEL) : null;
const held = [];
let timer = 0;
let released = false;

function release() {
  if (released) return;
  released = true;
  clearTimeout(timer);
  channel?.close();
  removeEventListener("message", hold);
  if (!MATERIAL_WORKER.test(materialWorker)) throw new Error(`search gate: not Material's worker: ${materialWorker}`);
  importScripts(materialWorker); // adds Material's own "message" listener
  for (const data of held.splice(0)) dispatchEvent(new MessageEvent("message", { data }));
}

function hold(event) {
  held.push(event.data);
  if (held.length === 1) timer = setTimeout(release, HOLD_MS);
  else release();
}

if (channel) {
  addEventListener("message", hold);
  channel.addEventListener("message", release);
} else {
  release();
}
