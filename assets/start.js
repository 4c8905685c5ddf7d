// Starts the app. Trunk writes this script's tag (Trunk.toml `pattern_script`) with the
// hashed names of the app's wasm-bindgen glue and wasm in its data attributes, so the page
// needs no inline script and the Content-Security-Policy no 'unsafe-inline'.
const tag = document.querySelector('script[data-app-js]');
const app = await import(tag.dataset.appJs);
await app.default({ module_or_path: tag.dataset.appWasm });
// The app has mounted its own frame: the static one in index.html goes.
document.getElementById('skal')?.remove();

// Offline after the first visit (assets/sw.js), versioned by this build's glue name.
if ('serviceWorker' in navigator) {
  const base = new URL(document.baseURI).pathname.replace(/[^/]*$/, '');
  navigator.serviceWorker
    .register(`${base}sw.js?v=${encodeURIComponent(tag.dataset.appJs.split('/').pop())}`, { scope: base })
    .catch(() => {});
}
