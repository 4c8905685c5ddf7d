// The maps: Sweden's counties on the front page, Örebro's municipalities on its page and
// small on Kumla's; what a sighted, a keyboard, a touch and a screen-reader user gets from
// them, the SVG download, and "Använd min position" with a mocked geolocation. axe-core
// once per distinct state (the front page map, a county map with a tooltip open, the
// small map).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { sharedEnv, newPage, assertAccessible, norm } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

/** Opens a page and waits until its map's shapes are drawn. */
async function openMap(page, query) {
  await page.goto(env.url(query));
  await page.locator('.map__regions a').first().waitFor();
}

/** The map's region links in document (= focus) order: [code, accessible name, fill]. */
const regions = (page) =>
  page.$$eval('.map__regions a', (as) =>
    as.map((a) => [a.dataset.code, a.getAttribute('aria-label'), a.querySelector('.map__area').getAttribute('fill')]),
  );

const NOT_IN_DATA = /— finns inte i datamängden$/;

test('the front page map of Sweden: 21 named counties, 5 by access and 16 hatched as not in the data set', async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '');
  const map = page.getByRole('group', { name: 'Tillgång till späd- och småbarnsteam, län för län' });
  assert.equal(await map.count(), 1);
  const rows = await regions(page);
  assert.equal(rows.length, 21);
  // Every county is a link with a name saying its status.
  assert.equal(await map.getByRole('link').count(), 21);
  const missing = rows.filter(([, name]) => NOT_IN_DATA.test(name));
  const known = rows.filter(([, name]) => !NOT_IN_DATA.test(name));
  assert.equal(missing.length, 16);
  assert.deepEqual(known.map(([, name]) => name).sort(), [
    'Jönköpings län — ingen kommun har ett späd- och småbarnsteam',
    'Stockholms län — alla 26 kommuner har ett späd- och småbarnsteam',
    'Västernorrlands län — ingen kommun har ett späd- och småbarnsteam',
    'Örebro län — 3 av 12 kommuner har ett späd- och småbarnsteam',
    'Östergötlands län — alla 13 kommuner har ett späd- och småbarnsteam',
  ]);
  // "Not in the data set" is hatched, never a colour of access.
  assert.ok(missing.every(([, , fill]) => fill === 'url(#sverige-saknas)'));
  assert.ok(known.every(([, , fill]) => fill !== 'url(#sverige-saknas)'));
  // Focus order north to south: Norrbotten first, Skåne last.
  assert.equal(rows[0][0], '25');
  assert.equal(rows[20][0], '12');
  // The legend counts, and the national headline of 2018 as context.
  const legend = (await page.locator('.map-legend__entry').allInnerTexts()).map(norm);
  assert.deepEqual(legend, [
    'Alla kommuner i länet har team (2)',
    'Vissa kommuner i länet har team (1)',
    'Ingen kommun i länet har team (2)',
    'Finns inte i datamängden (16)',
  ]);
  assert.match(norm(await page.locator('.map-section').innerText()), /6 av Sveriges 21 län.*5 län.*10 län/);
  // The table beside the map: the same 21 counties, visible to everyone.
  const table = page.getByRole('table', { name: /samma uppgifter som på kartan/ });
  assert.ok(await table.isVisible());
  assert.equal(await table.locator('tbody tr').count(), 21);
  assert.match(norm(await table.locator('tbody tr', { hasText: 'Örebro län' }).innerText()), /3 av 12 kommuner/);
  await assertAccessible(page); // the map of Sweden
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(await page.cspViolations(), []);
  await page.context().close();
});

test('the legend highlights its counties on hover and keeps them when pressed', async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '');
  const entry = page.getByRole('button', { name: /Finns inte i datamängden/ });
  const highlighted = page.locator('.map__region.is-highlighted');
  assert.equal(await highlighted.count(), 0);
  await entry.hover();
  assert.equal(await highlighted.count(), 16);
  await page.mouse.move(0, 0);
  assert.equal(await highlighted.count(), 0);
  // Focus highlights too; pressing keeps the highlight after focus moves on.
  await entry.focus();
  assert.equal(await highlighted.count(), 16);
  await page.keyboard.press('Enter');
  assert.equal(await entry.getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await highlighted.count(), 16);
  const full = page.getByRole('button', { name: /Alla kommuner i länet har team/ });
  await full.hover();
  assert.deepEqual(
    (await highlighted.evaluateAll((gs) => gs.map((g) => g.querySelector('a').dataset.code))).sort(),
    ['01', '05'],
  );
  await page.context().close();
});

test("Örebro's map colours Gryningen's three municipalities alike and the other nine otherwise", async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '?lan=18');
  const rows = await regions(page);
  assert.equal(rows.length, 12);
  const fill = Object.fromEntries(rows.map(([code, , f]) => [code, f]));
  const gryningen = ['1883', '1862', '1860']; // Karlskoga, Degerfors, Laxå
  assert.equal(new Set(gryningen.map((c) => fill[c])).size, 1);
  const others = rows.filter(([code]) => !gryningen.includes(code));
  assert.equal(others.length, 9);
  assert.ok(others.every(([, , f]) => f !== fill['1883']));
  // The social services' stance is a second signal, a pattern with its own legend.
  assert.match(rows.find(([c]) => c === '1881')[1], /^Kumla — inget specialiserat team; socialtjänsten erbjuder Marte Meo och PYC$/);
  assert.ok((await page.locator('.map__mark').count()) >= 10);
  assert.match(norm(await page.locator('.map-legends').innerText()), /Socialtjänsten \(mönster\)/);
  // Gryningen is pinned at Karlskoga and listed.
  assert.equal(await page.locator('.map__pin').count(), 1);
  assert.match(norm(await page.locator('.map-pins').innerText()), /^1 Gryningen, Karlskoga — i Karlskoga$/);
  // Names where they fit.
  assert.ok((await page.locator('.map__name', { hasText: 'Kumla' }).count()) === 1);
  await page.context().close();
});

test('keyboard alone reaches Kumla on Örebro’s map, north to south, sees its tooltip and opens its page', async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '?lan=18');
  await page.evaluate(() => {
    window.__samePage = true;
  });
  const order = (await regions(page)).map(([code]) => code);
  // Ljusnarsberg is the northernmost, Askersund and Laxå the southernmost.
  assert.equal(order[0], '1864');
  assert.deepEqual(order.slice(-2).sort(), ['1860', '1882']);
  await page.locator('#karta-rubrik').scrollIntoViewIfNeeded();
  await page.locator('body').focus();
  const visited = [];
  for (let i = 0; i < 200; i += 1) {
    await page.keyboard.press('Tab');
    const code = await page.evaluate(() => document.activeElement?.closest?.('.map__regions a')?.dataset.code ?? null);
    if (code) visited.push(code);
    if (code === '1881') break;
  }
  assert.deepEqual(visited, order.slice(0, order.indexOf('1881') + 1));
  // The tooltip shows on focus and says what Enter does; Escape closes it.
  const tip = page.getByRole('tooltip');
  assert.match(norm(await tip.innerText()), /^Kumla Inget specialiserat team Socialtjänsten erbjuder Marte Meo och PYC Klicka eller tryck Enter för att öppna sidan om Kumla\.$/);
  // The focused region is ringed.
  assert.ok((await page.locator('.map__ring').count()) >= 1);
  await assertAccessible(page); // a county map with a tooltip open
  await page.keyboard.press('Escape');
  assert.equal(await tip.count(), 0);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1881');
  assert.equal(await page.evaluate(() => window.__samePage), true, 'opened without reloading the page');
  await page.context().close();
});

test('a click on a region opens its page inside the app; the tooltip shows on hover', async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '');
  await page.evaluate(() => {
    window.__samePage = true;
  });
  const orebro = page.locator('.map__regions a[data-code="18"]');
  await orebro.hover();
  assert.match(norm(await page.getByRole('tooltip').innerText()), /^Örebro län 3 av 12 kommuner .* Klicka eller tryck Enter för att öppna sidan om Örebro län\.$/);
  await orebro.click();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  assert.equal(new URL(page.url()).search, '?lan=18');
  assert.equal(await page.evaluate(() => window.__samePage), true, 'opened without reloading the page');
  // And on the county's map, a click on Kumla.
  await page.locator('.map__regions a[data-code="1881"]').waitFor();
  await page.locator('.map__regions a[data-code="1881"]').click();
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(await page.evaluate(() => window.__samePage), true);
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

test('on touch, a tap shows the tooltip with its link, and the link opens the page', async () => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true, serviceWorkers: 'block' });
  const page = await context.newPage();
  await openMap(page, '?lan=18');
  await page.locator('.map__regions a[data-code="1881"]').tap();
  const open = page.getByRole('link', { name: 'Öppna sidan om Kumla' });
  await open.waitFor();
  assert.equal(new URL(page.url()).search, '?lan=18', 'the first tap stays on the page');
  await open.tap();
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  await context.close();
});

test('the SVG download is a valid SVG with its title, legend and source line', async () => {
  const page = await newPage(env, 1280);
  await openMap(page, '?lan=18');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Ladda ner kartan (SVG)' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'samspelskartan-lan-18.svg');
  const text = await readFile(await download.path(), 'utf8');
  const parsed = await page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.localName,
      title: doc.querySelector('title')?.textContent ?? null,
      paths: doc.querySelectorAll('path').length,
      text: doc.documentElement.textContent.replace(/\s+/g, ' '),
    };
  }, text);
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.match(parsed.title, /^Örebro län: tillgång till späd- och småbarnsteam, kommun för kommun/);
  assert.ok(parsed.paths >= 12);
  assert.match(parsed.text, /Inget späd- och småbarnsteam \(9\)/);
  assert.match(parsed.text, /Gryningen, Karlskoga/);
  assert.match(parsed.text, /Källa/);
  await page.context().close();
});

test("Kumla's page has Örebro's map, small, with Kumla ringed, reflowing at 320 px", async () => {
  const page = await newPage(env, 360);
  await openMap(page, '?kommun=1881');
  assert.equal(norm(await page.locator('#karta-rubrik').innerText()), 'Kumla på kartan');
  const kumla = page.locator('.map__regions a[data-code="1881"]');
  assert.match(await kumla.getAttribute('aria-label'), /^Kumla \(markerad\) — inget specialiserat team/);
  assert.equal((await regions(page)).length, 12);
  // The table is folded away under the small map, and opens.
  await page.getByText('Kartan som tabell').click();
  assert.equal(await page.locator('.map-table tbody tr').count(), 12);
  await assertAccessible(page); // the small map
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  await page.context().close();
});

test('a municipality of a county the data set lacks: its county map, uncoloured, it marked', async () => {
  const page = await newPage(env, 360);
  await openMap(page, '?kommun=2480');
  const rows = await regions(page);
  assert.equal(rows.length, 15);
  assert.ok(rows.every(([, name]) => NOT_IN_DATA.test(name)));
  assert.match(rows.find(([c]) => c === '2480')[1], /^Umeå \(markerad\)/);
  await page.context().close();
});

test('"Använd min position" at a point in Kumla opens Kumla; nothing is sent anywhere', async () => {
  const page = await newPage(env, 360);
  await page.context().grantPermissions(['geolocation'], { origin: env.origin });
  await page.context().setGeolocation({ latitude: 59.1277, longitude: 15.1434 });
  const lookups = [];
  page.on('request', (r) => {
    if (r.url().includes('lookup.json')) lookups.push(r.url());
  });
  await page.goto(env.url());
  const button = page.getByRole('button', { name: 'Använd min position' });
  await button.waitFor();
  assert.match(norm(await page.locator('.use-position').innerText()), /skickas ingenstans/);
  assert.equal(lookups.length, 0, 'the lookup file is fetched only when asked');
  await button.click();
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1881');
  assert.equal(norm(await page.locator('.position-note').innerText()), 'Vi öppnade Kumla utifrån din position.');
  assert.equal(lookups.length, 1);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('a denied position says so and puts focus back in the search', async () => {
  const page = await newPage(env, 360);
  await page.addInitScript(() => {
    navigator.geolocation.getCurrentPosition = (_ok, fail) =>
      setTimeout(() => fail({ code: 1, PERMISSION_DENIED: 1, message: 'User denied Geolocation' }), 10);
  });
  await page.goto(env.url());
  await page.getByRole('button', { name: 'Använd min position' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'position' });
  await alert.waitFor();
  assert.match(norm(await alert.innerText()), /^Webbläsaren fick inte använda din position\. Skriv din kommun i sökfältet i stället\.$/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'var-bor-du');
  assert.equal(new URL(page.url()).search, '');
  await page.context().close();
});
