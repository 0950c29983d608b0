// Jejak's service worker: the app opens and works with no network after the first visit.
//
// This file is a template. At build time scripts/precache.mjs (a Trunk post_build hook) replaces
// the two lines marked "filled in at build time" with the list of files in the build (index.html,
// the hashed wasm/js/css, every screen's chunk, boot.js, icons, manifest) and a version: a hash
// of that list, the files' contents and this template. A new build therefore gives a new sw.js, which the browser
// installs next to the running one; it waits until the user accepts "a new version is ready —
// reload" (a SKIP_WAITING message from public/boot.js) or every tab of the app is closed.
const VERSION = "dev"; // filled in at build time
const PRECACHE = []; // filled in at build time

const PREFIX = "jejak-";
const CACHE = PREFIX + VERSION;
const abs = (p) => new URL(p, self.registration.scope).href;
const PRECACHED = new Set(PRECACHE.map(abs));
const SHELL = abs("index.html");
// Content-hashed files (jejak-…_bg.wasm, chunks, the loader, css, boot-….js): a name always
// means the same bytes, so any version's copy will do and nothing needs fetching twice.
const HASHED = /-[0-9a-f]{16}(_bg)?\.(wasm|js|css)$/;

// Fills this version's cache. A hashed file that an earlier version already holds is copied from
// there: an update that changed one screen downloads that screen's chunks and little else.
async function precache() {
  const cache = await caches.open(CACHE);
  await Promise.all(
    PRECACHE.map(async (p) => {
      const url = abs(p);
      const hashed = HASHED.test(url);
      const kept = hashed && (await caches.match(url));
      if (kept) return cache.put(url, kept);
      // `cache: "reload"` skips the HTTP cache for the files whose names do not change, so a new
      // version never stores a stale copy; a hashed file may come from the HTTP cache.
      const response = await fetch(new Request(url, { cache: hashed ? "default" : "reload" }));
      if (!response.ok) throw new Error(`${p}: HTTP ${response.status}`);
      await cache.put(url, response);
    }),
  );
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache());
  // No skipWaiting() here: switching versions under a running page could mix old and new code.
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // Keep the version before this one: a tab still running it (another tab accepted the
      // update) may yet open a screen whose chunk only that version's cache holds.
      // CacheStorage lists caches in the order they were made.
      const ours = (await caches.keys()).filter((key) => key.startsWith(PREFIX) && key !== CACHE);
      for (const key of ours.slice(0, -1)) await caches.delete(key);
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

// Cache first: the cached files belong to this worker's version (or, for hashed files, to a
// version whose bytes are the same), so a page never mixes versions. The network is only asked
// when the cache lost an entry (the browser may evict it).
async function cached(key, request) {
  const hit = HASHED.test(key) ? await caches.match(key) : await (await caches.open(CACHE)).match(key);
  return hit || fetch(request);
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
  if (PRECACHED.has(url.href) || HASHED.test(url.href)) event.respondWith(cached(url.href, request));
  // Everything else (downloads, blob: URLs, files outside the build) goes to the network as usual.
});
