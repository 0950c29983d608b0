// Loads the WebAssembly app. An external module rather than Trunk's inline loader, so the
// Content-Security-Policy needs no 'unsafe-inline'. Trunk fills in the hashed file names
// (Trunk.toml pattern_script). <html data-boot> tells tests and styles when the app is running.
// Until then index.html shows "Loading Jejak…"; if the app cannot start (a browser without the
// WebAssembly features it needs, an interrupted download) it says so and offers a reload,
// instead of leaving a blank page.
const me = document.querySelector("script[data-jejak-boot]");
// (The theme and language are applied before the first paint by first-paint.js.)
const splash = document.getElementById("boot-splash");
const failed = document.getElementById("boot-failed");
const firstVisit = firstVisitPage();
try {
  // The loader of the lazily loaded screens' chunks (split-….js) and the wasm-bindgen glue
  // (jejak-….js) need each other, but naming each other would tie their content-hashed names
  // together (scripts/split.mjs): they meet here instead, the loader first, as the glue reads it
  // when it is evaluated.
  const jejak = (globalThis.jejak = {});
  jejak.split = await import(me.dataset.split);
  jejak.glue = await import(me.dataset.js);
  await jejak.glue.default({ module_or_path: me.dataset.wasm });
  splash?.remove();
  failed?.remove();
  document.documentElement.dataset.boot = "ready";
} catch (err) {
  firstVisit.release(false);
  splash?.remove();
  if (failed) {
    failed.hidden = false;
    failed.querySelector("button")?.addEventListener("click", () => location.reload());
  }
  document.documentElement.dataset.boot = "failed";
  throw err;
}
/**
 * The first-visit Today that index.html shows before the app runs (first-paint.js says when). It
 * looks like the app's own first Today but cannot act yet: a tap on one of its buttons or links is
 * remembered and carried out on the same place in the app once the app has taken over. The app
 * says it has (src/browser.rs `first_screen_shown`) with a `jejak-first-screen` event, sent while
 * its Today is being put on the page, so the two are swapped within one frame.
 */
function firstVisitPage() {
  const html = document.documentElement;
  const pages = [...document.querySelectorAll(".first-visit")];
  let pending = null;
  const release = (replay) => {
    for (const p of pages) p.remove();
    delete html.dataset.shell;
    if (replay && pending) {
      // The app's nodes are the body's elements that index.html did not bring, in the same order
      // as the first-visit page's.
      let el = { children: [...document.body.children].filter((e) => !e.matches("noscript, script, .boot-screen")) };
      for (const i of pending) el = el?.children[i];
      if (el instanceof HTMLElement) el.click();
    }
    pending = null;
  };
  if (!html.dataset.shell) {
    release(false);
    return { release() {} };
  }
  for (const page of pages) {
    page.addEventListener(
      "click",
      (ev) => {
        const target = ev.target instanceof Element ? ev.target.closest("a, button") : null;
        if (!target || !page.contains(target)) return;
        ev.preventDefault();
        const path = [];
        for (let el = target; el !== page; el = el.parentElement) path.unshift([...el.parentElement.children].indexOf(el));
        pending = path;
        target.setAttribute("aria-busy", "true");
      },
      true,
    );
  }
  window.addEventListener("jejak-first-screen", () => release(true), { once: true });
  return { release };
}

// The service worker precaches every screen's chunk: it starts once the first screen has been
// painted and the page has loaded, so those downloads never compete with the first screen's.
afterFirstScreen().then(() => registerServiceWorker(new URL(".", me.src)));

function afterFirstScreen() {
  return new Promise((resolve) => {
    const idle = () =>
      requestAnimationFrame(() =>
        "requestIdleCallback" in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200),
      );
    if (document.readyState === "complete") idle();
    else window.addEventListener("load", idle, { once: true });
  });
}

// The service worker (sw.js, next to this file) keeps the app working offline. When a new build
// has been installed and waits while this page runs the old one, <html data-update="ready"> is set
// and a `jejak-update-ready` event goes to window; the app shows "a new version is ready" (see
// src/ui/update.rs) and answers with a `jejak-apply-update` event when the user accepts, which
// activates the new worker and reloads once it controls the page. Nothing switches otherwise.
function registerServiceWorker(base) {
  if (!("serviceWorker" in navigator) || !/^https?:$/.test(location.protocol)) return;
  const sw = navigator.serviceWorker;
  let hadController = Boolean(sw.controller);
  let applying = false;

  const announce = () => {
    document.documentElement.dataset.update = "ready";
    window.dispatchEvent(new CustomEvent("jejak-update-ready"));
  };
  const watch = (worker) => {
    if (!worker) return;
    worker.addEventListener("statechange", () => {
      // Installed while an older worker controls this page: it waits for the user.
      if (worker.state === "installed" && sw.controller) announce();
    });
  };

  sw.addEventListener("controllerchange", () => {
    if (applying) {
      applying = false;
      location.reload();
    } else if (hadController) {
      // Another tab applied the update; this page still runs the old code.
      announce();
    }
    hadController = true;
  });

  sw.register(new URL("sw.js", base), { scope: base.pathname })
    .then((reg) => {
      if (reg.waiting && sw.controller) announce();
      watch(reg.installing);
      reg.addEventListener("updatefound", () => watch(reg.installing));
      window.addEventListener("jejak-apply-update", () => {
        if (reg.waiting) {
          applying = true;
          reg.waiting.postMessage({ type: "SKIP_WAITING" });
        } else {
          location.reload();
        }
      });
      // Browsers look for a new sw.js when a page is navigated to; a single-page app rarely is,
      // so also look when the user comes back to it. Offline this just fails quietly.
      document.addEventListener("visibilitychange", () => {
        if (document.visibilityState === "visible") reg.update().catch(() => {});
      });
    })
    .catch((err) => console.warn("Jejak: service worker not registered; offline use unavailable.", err));
}
