// Shared set-up of the end-to-end tests: serves the release build from its sub-path with
// `python3 -m http.server` (a plain static server with no fallback page), starts Debian's
// Chromium headless through Playwright with no network beyond localhost, and checks pages
// with axe-core.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { CHROMIUM_FLAGS } from '../../scripts/chromium.mjs';

export const SUB_PATH = process.env.SUB_PATH ?? '/samspelskartan/';
const SITE_ROOT = process.env.SITE_ROOT ?? path.resolve('target/site');

async function freePort() {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const { port } = srv.address();
  srv.close();
  await once(srv, 'close');
  return port;
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`static server did not answer at ${url}`);
}

/** Starts the static server (of `root`, by default the release build) and the browser;
 * returns what the tests use. */
export async function start(root = SITE_ROOT, browser = undefined) {
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], {
    stdio: 'ignore',
  });
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}${SUB_PATH}`);
  browser ??= await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    origin,
    url: (query = '') => `${origin}${SUB_PATH}${query}`,
    browser,
    /** A second server of another folder, with the same browser; its `stop` ends the server only. */
    async serve(other) {
      const second = await start(other, browser);
      return { ...second, stop: async () => second.stopServer() };
    },
    stopServer: () => server.kill(),
    async stop() {
      await browser.close();
      server.kill();
    },
  };
}

let shared;
/** The one server and browser of the suite, started on first use (`stopShared` ends them). */
export async function sharedEnv() {
  shared ??= start();
  return shared;
}
export async function stopShared() {
  if (shared) await (await shared).stop();
}

/** Text with its white space collapsed, for matching what a person reads. */
export const norm = (s) => s.replace(/\s+/g, ' ').trim();

/** A new page at a given width that fails the test on any request leaving localhost. */
export async function newPage(env, width = 1280) {
  // Service workers blocked, so that request mocks keep working (offline.mjs tests them).
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, locale: 'sv-SE', serviceWorkers: 'block' });
  const page = await context.newPage();
  const foreign = [];
  page.on('request', (req) => {
    if (!req.url().startsWith(env.origin)) foreign.push(req.url());
  });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // Every Content-Security-Policy violation, as the page reports it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.foreignRequests = foreign;
  page.pageErrors = errors;
  page.cspViolations = () => page.evaluate(() => window.__cspViolations ?? []);
  return page;
}

/** Runs axe-core on the page and fails with the list of violations, if any. */
export async function assertAccessible(page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  assert.deepEqual(summary, [], `axe-core violations on ${page.url()}`);
}
