// The site's service worker, written by the build (sitegen/offline.py): after one visit to a page with
// the key checker or the error lookup, those pages and everything they need (the Pyodide runtime, the
// snapshot, the wheel) come from this cache when the network is gone.
//
// It only ever stores the files listed below, fetched by itself with GET: never a request a page makes,
// so nothing a reader types can reach it (the key never leaves the page in any request anyway). A new build writes a new VERSION: the new cache is filled, the old deleted.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__; // paths relative to this script's folder (the site root)
const IMMUTABLE = __IMMUTABLE__; // path prefixes of files that never change at the same URL
// Listed files only a plain boot reads (the standard library, the wheel): a boot from the snapshot never
// fetches them, so they are copied from the HTTP cache when a plain boot left them there, never downloaded.
const OPTIONAL = new Set(__OPTIONAL__);

const CACHE_PREFIX = "keybase-offline-";
const CACHE = CACHE_PREFIX + VERSION;
const SCOPE = new URL("./", self.location.href);
const LISTED = new Set(PRECACHE.map((path) => new URL(path, SCOPE).href));

self.addEventListener("install", (event) => {
  const url = (path) => new URL(path, SCOPE).href;
  const fromHttpCache = (cache, path) =>
    fetch(url(path), { cache: "only-if-cached", mode: "same-origin" })
      .then((response) => (response.ok ? cache.put(url(path), response) : undefined))
      .catch(() => {});
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) =>
        Promise.all([
          cache.addAll(PRECACHE.filter((path) => !OPTIONAL.has(path)).map(url)),
          ...PRECACHE.filter((path) => OPTIONAL.has(path)).map((path) => fromHttpCache(cache, path)),
        ]),
      )
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(CACHE_PREFIX) && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  url.hash = "";
  // A listed page may be asked for as folder/ or folder/index.html; nothing with a query is listed.
  const key = url.search ? "" : url.href;
  if (!LISTED.has(key)) return;
  // Files whose URL changes with their content (the runtime, the snapshot): the cache first. Pages and
  // the rest: the network first, so a new build shows at once, and the cache when the network fails.
  const immutable = IMMUTABLE.some((prefix) => key.startsWith(new URL(prefix, SCOPE).href));
  const cached = () => caches.match(key, { cacheName: CACHE });
  event.respondWith(
    immutable
      ? cached().then((hit) => hit || fetch(request))
      : fetch(request).catch(() => cached().then((hit) => hit || Response.error())),
  );
});
