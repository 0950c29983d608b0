// Jejak's service worker: the app opens and works with no network after the first visit.
//
// This file is a template. At build time scripts/precache.mjs (a Trunk post_build hook) replaces
// the two lines marked "filled in at build time" with the list of files in the build (index.html,
// the hashed wasm/js/css, boot.js, icons, manifest) and a version: a hash of that list, the
// files' contents and this template. A new build therefore gives a new sw.js, which the browser
// installs next to the running one; it waits until the user accepts "a new version is ready —
// reload" (a SKIP_WAITING message from public/boot.js) or every tab of the app is closed.
const VERSION = "dev"; // filled in at build time
const PRECACHE = []; // filled in at build time

const PREFIX = "jejak-";
const CACHE = PREFIX + VERSION;
const abs = (p) => new URL(p, self.registration.scope).href;
const PRECACHED = new Set(PRECACHE.map(abs));
const SHELL = abs("index.html");

self.addEventListener("install", (event) => {
  // `cache: "reload"` skips the HTTP cache, so a new version never stores a stale file.
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE.map((p) => new Request(abs(p), { cache: "reload" })))),
  );
  // No skipWaiting() here: switching versions under a running page could mix old and new code.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) {
        if (key.startsWith(PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

// App routes (/, /journal, /goals/123 …) have no file extension; they all get index.html.
function isAppRoute(url) {
  if (!url.href.startsWith(self.registration.scope)) return false;
  const last = url.pathname.slice(url.pathname.lastIndexOf("/") + 1);
  return !last.includes(".");
}

// Cache first: the cached files belong to this worker's version, so a page never mixes versions.
// The network is only asked when the cache lost an entry (the browser may evict it).
async function cached(key, request) {
  const cache = await caches.open(CACHE);
  return (await cache.match(key)) || fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && isAppRoute(url)) {
    event.respondWith(cached(SHELL, request));
    return;
  }
  url.hash = "";
  if (PRECACHED.has(url.href)) event.respondWith(cached(url.href, request));
  // Everything else (downloads, blob: URLs, files outside the build) goes to the network as usual.
});
