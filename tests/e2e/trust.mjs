// Trustworthy in production: every route under the strict Content-Security-Policy with no
// violation, no request to another site, no cookies or storage, only web, phone and mail
// links; random addresses never break the app; each data file failing gets its own message
// and a retry while the rest of the app keeps working.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEnv, newPage, norm } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

/** Every kind of page, in both languages where the language changes what is drawn. */
const ROUTES = [
  '',
  '?lang=en',
  '?lan=18',
  '?lan=01&lang=en',
  '?lan=24',
  '?kommun=1881',
  '?kommun=1883&lang=en',
  '?kommun=1280',
  '?sida=ordlista',
  '?sida=utforska',
  '?sida=utforska&metod=mim&lang=en',
  '?sida=jamfor',
  '?sida=jamfor&tabell=kommuner&lan=18',
  '?sida=data',
  '?lan=99',
  '?sida=okand',
];

test('every route: no CSP violation, no foreign request, no cookie or storage, only safe links', async () => {
  const page = await newPage(env, 360);
  for (const route of ROUTES) {
    await page.goto(env.url(route));
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await page.cspViolations(), [], `CSP violations on ${route}`);
    const schemes = await page.evaluate(() =>
      [...document.querySelectorAll('a[href]')].map((a) => new URL(a.getAttribute('href'), document.baseURI).protocol),
    );
    assert.deepEqual(
      [...new Set(schemes)].filter((s) => !['http:', 'https:', 'tel:', 'mailto:'].includes(s)),
      [],
      `link schemes on ${route}`,
    );
  }
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(await page.context().cookies(), []);
  const stored = await page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    databases: (await indexedDB.databases()).length,
  }));
  assert.deepEqual(stored, { local: 0, session: 0, databases: 0 });
});

/** A small seeded generator, so a failing address can be found again. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

test('150 random addresses never break the app', async () => {
  const next = random(20261126);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const keys = ['lan', 'kommun', 'sida', 'lang', 'q', 'metod', 'typ', 'tabell', 'sort', 'ordning', 'enheter', 'x', 'å', '', '%', '&', '=='];
  const values = ['18', '1881', '24', '99', '0000', 'en', 'sv', 'fr', 'utforska', 'jamfor', 'ordlista', 'data', 'mim', 'lan', 'kommuner', '<script>', '"\'', '%ZZ', 'ö'.repeat(40), '', '-1', '1e9'];
  const page = await newPage(env, 1280);
  await page.goto(env.url());
  await page.locator('h1').first().waitFor();
  for (let i = 0; i < 150; i++) {
    const pairs = Array.from({ length: Math.floor(next() * 4) }, () => `${encodeURIComponent(pick(keys))}=${encodeURIComponent(pick(values))}`);
    const query = pairs.length ? `?${pairs.join('&')}` : '';
    // In-app navigation, as a link would do it: the app's router reads the new address.
    await page.evaluate((q) => {
      history.pushState(null, '', `${document.baseURI.replace(/[?#].*$/, '')}${q}`);
      window.dispatchEvent(new Event('samspelskartan-navigated'));
    }, query);
    await page.locator('main h1').first().waitFor({ timeout: 10_000 });
    assert.deepEqual(page.pageErrors, [], `after ${query}`);
  }
  // The app still works: a real page after all of them.
  await page.goto(env.url('?kommun=1881'));
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.deepEqual(page.pageErrors, []);
});

test('a data set of another schema version, or missing a county, says so; the rest keeps working', async () => {
  const page = await newPage(env, 1280);
  await page.route('**/data/index.json', async (route) => {
    const response = await route.fetch();
    const index = await response.json();
    index.schema_version = 99;
    await route.fulfill({ response, json: index });
  });
  await page.goto(env.url());
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(norm(await alert.innerText()), /Datafilen har version 99, men appen läser version \d+\./);
  await page.unroute('**/data/index.json');
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();

  // Örebro's file is missing: its page says which, with a retry, while the header, the
  // footer and every other page keep working.
  let missing = true;
  await page.route('**/data/counties/18.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  await page.goto(env.url('?lan=18'));
  const countyAlert = page.getByRole('alert');
  await countyAlert.waitFor();
  assert.match(norm(await countyAlert.innerText()), /Länets uppgifter \(län 18\) kunde inte hämtas/);
  assert.match(norm(await countyAlert.innerText()), /felkod 404/);
  await page.getByRole('link', { name: 'Samspelskartan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  await page.goBack();
  await countyAlert.waitFor();
  missing = false;
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();

  // The lexicon truncated: the explanations say so with a retry; the page itself stands.
  await page.route('**/data/lexicon.json', (route) => route.fulfill({ status: 200, body: '{"schema_version": 3, "meth' }));
  await page.goto(env.url('?kommun=1881'));
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  const lexiconAlert = page.getByRole('alert').first();
  await lexiconAlert.waitFor();
  assert.match(norm(await lexiconAlert.innerText()), /Förklaringarna av metoder och förkortningar kunde inte hämtas/);
  assert.match(norm(await lexiconAlert.innerText()), /Datafilen är trasig: line 1, column \d+/);
  assert.match(norm(await page.locator('.answer').first().innerText()), /Det finns inget späd- och småbarnsteam för familjer i Kumla/);
  assert.deepEqual(page.pageErrors, []);
});

test('a map file missing or broken says which, with a retry, while the page around it works', async () => {
  const page = await newPage(env, 1280);
  // Örebro's map file is missing: the map says so; the county's cards and list stand.
  let missing = true;
  await page.route('**/data/geo/18.json', (route) =>
    missing ? route.fulfill({ status: 404, body: 'not found' }) : route.continue(),
  );
  await page.goto(env.url('?lan=18'));
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  const mapAlert = page.getByRole('alert').filter({ hasText: 'Kartfilen' });
  await mapAlert.waitFor();
  assert.match(norm(await mapAlert.innerText()), /Kartfilen data\/geo\/18\.json kunde inte hämtas/);
  assert.match(norm(await mapAlert.innerText()), /felkod 404/);
  assert.ok(await page.locator('.unit-card').count(), 'the unit cards are drawn');
  missing = false;
  await mapAlert.getByRole('button', { name: 'Försök igen' }).click();
  await page.locator('svg a[data-code="1881"]').first().waitFor();
  assert.equal(await mapAlert.count(), 0);

  // Sweden's map file broken: the front page's map says so; the counties are listed.
  await page.route('**/data/geo/sweden.json', (route) => route.fulfill({ status: 200, body: '{"schema_version": 1, "coun' }));
  await page.goto(env.url());
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  const broken = page.getByRole('alert').filter({ hasText: 'Kartfilen' });
  await broken.waitFor();
  assert.match(norm(await broken.innerText()), /Kartfilen data\/geo\/sweden\.json kunde inte hämtas/);
  assert.match(norm(await broken.innerText()), /Datafilen är trasig: line 1, column \d+/);
  assert.ok(await page.locator('.county-card').count() >= 5, 'the county cards are drawn');
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});
