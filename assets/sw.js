// Samspelskartan's service worker: the site keeps working offline after the first visit.
// - At install it caches the app shell: the page, its start script, the app's glue, wasm and
//   stylesheet (names read from the page itself), the data index and the Sweden map.
// - Pages and data are fetched network-first, so a new deployment shows on the next visit;
//   what the person has opened (a county's file, its map, the staff tools) is kept as it is
//   fetched and shown from the cache when the network is gone. Open-data downloads are
//   never cached. Nothing leaves the site, and nothing about the family is stored: only the
//   site's own public files.
// - Caches are versioned by the build (the `v` parameter the page registers this script
//   with); an activated version removes the caches of every other.
const VERSION = new URL(self.location).searchParams.get('v') || 'dev';
const CACHE = `samspelskartan-${VERSION}`;
const SCOPE = new URL(self.registration.scope);

const at = (path) => new URL(path, SCOPE).href;

/** The app shell's files, read from the page as this build wrote it. */
async function shellFiles() {
  const page = await fetch(SCOPE.href, { cache: 'no-cache' });
  const html = await page.text();
  const files = new Set([SCOPE.href, at('start.js'), at('data/index.json'), at('data/geo/sweden.json'), at('data/preload.js')]);
  for (const m of html.matchAll(/(?:href|src|data-app-js|data-app-wasm)="([^"]+)"/g)) {
    const url = new URL(m[1], SCOPE);
    if (url.origin === SCOPE.origin && /\.(js|wasm|css|svg)$/.test(url.pathname)) files.add(url.href);
  }
  return [...files];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(await shellFiles());
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('samspelskartan-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

/** Network first, revalidating with the server (not the browser's HTTP cache, which may
 * hold a stale copy for a while), so a new deployment shows on the next visit; a good
 * answer is kept, and the cache answers when the network cannot. */
async function networkFirst(request, key) {
  const cache = await caches.open(CACHE);
  try {
    // By URL: a navigation request cannot be copied with other options.
    const response = await fetch(request.url, { cache: 'no-cache' });
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return;
  // Open-data downloads go to the network only.
  if (url.pathname.startsWith(SCOPE.pathname + 'data/open/')) return;
  if (request.mode === 'navigate') {
    // Every view is the one page with another query string: the page is cached once.
    event.respondWith(networkFirst(request, SCOPE.href));
    return;
  }
  event.respondWith(networkFirst(request, url.href));
});
