// Offline after the first visit: the service worker keeps the app shell and what the person
// has opened; a county never opened says it needs a connection; a new deployment's data
// shows on the next visit. Runs on a copy of the site, with service workers allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sharedEnv, norm, SUB_PATH } from './harness.mjs';

let site;
let copy;
before(async () => {
  const env = await sharedEnv();
  copy = fs.mkdtempSync(path.join(os.tmpdir(), 'samspelskartan-offline-'));
  fs.cpSync(process.env.SITE_ROOT ?? 'target/site', copy, { recursive: true });
  site = await env.serve(copy);
});
after(async () => {
  await site?.stop();
  if (copy) fs.rmSync(copy, { recursive: true, force: true });
});

test('a county visited once opens offline from its deep link; one never opened says it needs a connection', async () => {
  const context = await site.browser.newContext({ viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url('?lan=18'));
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  // The worker installs (precaching the shell) and takes control; a second visit goes
  // through it, which keeps the county's file as it is fetched.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.reload();
  await page.getByRole('article', { name: 'Gryningen, Karlskoga' }).waitFor();

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  await page.getByRole('article', { name: 'Gryningen, Karlskoga' }).waitFor();
  // The front page works offline too (the shell and the index were precached).
  await page.goto(site.url());
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  // A county never opened on this device says it needs a connection, with a retry.
  await page.goto(site.url('?lan=06'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(norm(await alert.innerText()), /behöver en anslutning/);
  await context.setOffline(false);
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Jönköping' }).waitFor();
  // Only the site's own files are cached: the cache holds nothing from elsewhere.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys()) urls.push(request.url);
    }
    return urls;
  });
  assert.ok(cached.length > 0);
  assert.ok(cached.every((u) => u.startsWith(site.origin + SUB_PATH)), cached.join('\n'));
  await context.close();
});

test('a changed data set shows on the next visit', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url());
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  // Deploy a changed data index: Örebro's children 0–5 changes.
  const file = path.join(copy, SUB_PATH, 'data/index.json');
  const index = JSON.parse(fs.readFileSync(file, 'utf8'));
  index.counties.find((c) => c.code === '18').children_0_5 = 20921;
  fs.writeFileSync(file, JSON.stringify(index));
  await page.reload();
  const orebro = page.locator('.county-card').filter({ hasText: 'Örebro' });
  await orebro.waitFor();
  assert.equal(norm(await orebro.locator('.children').innerText()), '20 921');
  await context.close();
});

test('online, a changed page is fetched anew, not served from the cache', async () => {
  const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(site.url());
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const file = path.join(copy, SUB_PATH, 'index.html');
  const html = fs.readFileSync(file, 'utf8');
  fs.writeFileSync(file, html.replace('<title>Samspelskartan</title>', '<title>Samspelskartan</title><meta name="deploy" content="2">'));
  await page.reload();
  assert.equal(await page.locator('meta[name="deploy"]').getAttribute('content'), '2');
  fs.writeFileSync(file, html);
  await context.close();
});
