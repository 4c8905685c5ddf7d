// A small static file server for the benchmark: serves a folder as a CDN would, compressing
// every text, JSON and wasm response with gzip (level 9, compressed once and kept), with the
// right content types (application/wasm for streaming compilation). No fallback page: an
// unknown path is a 404, as on a plain static host.
// `node scripts/bench/server.mjs <root> [port]` prints the port it listens on.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.geojson': 'application/geo+json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.wasm', '.svg', '.txt', '.csv', '.geojson', '.webmanifest']);

/** Starts the server on `port` (0: any free port); resolves to the http.Server. */
export function serve(root, port = 0) {
  const gz = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end();
      return;
    }
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    fs.readFile(file, (err, body) => {
      if (err) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const ext = path.extname(file);
      const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
      const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
      if (COMPRESSIBLE.has(ext) && accepts) {
        if (!gz.has(file)) gz.set(file, zlib.gzipSync(body, { level: 9 }));
        body = gz.get(file);
        headers['content-encoding'] = 'gzip';
        headers['vary'] = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve(path.resolve(process.argv[2] ?? '.'), Number(process.argv[3] ?? 0));
  console.log(server.address().port);
}
