// Starts the app. Trunk writes this script's tag (Trunk.toml `pattern_script`) with the
// hashed names of the app's wasm-bindgen glue and wasm in its data attributes, so the page
// needs no inline script and the Content-Security-Policy no 'unsafe-inline'.
const tag = document.querySelector('script[data-app-js]');
const app = await import(tag.dataset.appJs);
await app.default({ module_or_path: tag.dataset.appWasm });
