// Runs before the first paint: a small classic script in <head>, so what it decides is already
// true when the browser first draws the page (boot.js is a module and runs only after parsing).
// - The theme chosen in the app (kept in localStorage by src/state/boot.rs), so a dark-theme user
//   never sees a light page first.
// - The language the app will start in (src/state/boot.rs `initial_lang`, i18n `Lang::from_browser`).
// - Whether to show the first-visit Today, the welcome that index.html holds in both languages
//   (scripts/first-visit-shell.mjs writes it from the app itself): on a slow phone the app's code
//   takes seconds to arrive, and a person opening Jejak for the first time can read what it is
//   meanwhile instead of "Loading". It is shown only at `/` and only where the app would show the
//   welcome too: a device that never ran Jejak (no `jejak:` key at all), or one whose Today last
//   showed the welcome (`jejak:home`, written by src/pages/today.rs). boot.js takes it away in the
//   same frame as the app shows its own Today, and remembers a tap made before that.
(function () {
  var html = document.documentElement;
  var get = function () {
    return null;
  };
  var anyKey = true;
  try {
    var store = window.localStorage;
    get = function (k) {
      return store.getItem(k);
    };
    anyKey = false;
    for (var i = 0; i < store.length; i++) {
      if (String(store.key(i)).indexOf("jejak:") === 0) {
        anyKey = true;
        break;
      }
    }
  } catch (e) {
    // Storage blocked: the system theme and the browser's language, as in the app; and no
    // first-visit page, since nothing says this device has never run Jejak.
  }
  var theme = get("jejak:theme");
  if (theme === "light" || theme === "dark") html.setAttribute("data-theme", theme);
  var lang = get("jejak:lang");
  if (lang !== "id" && lang !== "en") lang = fromBrowser(navigator.languages || [navigator.language]);
  html.setAttribute("lang", lang);
  var home = get("jejak:home");
  if (location.pathname === "/" && (home === "welcome" || (home === null && !anyKey))) {
    html.setAttribute("data-shell", lang);
  }

  // The same rule as Lang::from_browser: Indonesian for id*, English for everything else.
  function fromBrowser(tags) {
    for (var i = 0; i < tags.length; i++) {
      var t = String(tags[i] || "").toLowerCase();
      if (t === "id" || t.indexOf("id-") === 0 || t === "in") return "id";
      if (t === "en" || t.indexOf("en-") === 0) return "en";
    }
    return "en";
  }
})();
