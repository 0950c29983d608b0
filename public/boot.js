// Loads the WebAssembly app. An external module rather than Trunk's inline loader, so the
// Content-Security-Policy needs no 'unsafe-inline'. Trunk fills in the hashed file names
// (Trunk.toml pattern_script). <html data-boot> tells tests and styles when the app is running.
const me = document.querySelector("script[data-jejak-boot]");
try {
  const { default: init } = await import(me.dataset.js);
  await init({ module_or_path: me.dataset.wasm });
  document.documentElement.dataset.boot = "ready";
} catch (err) {
  document.documentElement.dataset.boot = "failed";
  throw err;
}
