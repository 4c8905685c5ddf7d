// What a person must see and be able to do in the release build, served from a sub-path.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEnv, newPage, assertAccessible, SUB_PATH, norm } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

const COUNTIES = [
  ['Stockholm', '177 367'],
  ['Östergötland', '32 339'],
  ['Jönköping', '26 055'],
  ['Örebro', '20 920'],
  ['Västernorrland', '15 718'],
];


test('front page lists the five counties with their children 0–5', async () => {
  const page = await newPage(env);
  await page.goto(env.url());
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  const cards = page.locator('.county-card');
  assert.equal(await cards.count(), 5);
  for (const [i, [name, children]] of COUNTIES.entries()) {
    const card = cards.nth(i);
    assert.equal(norm(await card.getByRole('heading').innerText()), name);
    assert.equal(norm(await card.locator('.children').innerText()), children);
  }
  // Coverage as in the 2018 mapping: Stockholm and Östergötland full, Örebro 3 of 12,
  // Jönköping and Västernorrland none.
  const coverage = [];
  for (let i = 0; i < 5; i++) coverage.push(norm(await cards.nth(i).locator('.coverage').innerText()));
  assert.deepEqual(coverage, ['26/26', '13/13', '0/13', '3/12', '0/7']);
  // Örebro has one team, Jönköping none; both show their "Senast uppdaterad" date.
  assert.match(norm(await cards.nth(3).innerText()), /Späd- och småbarnsteam 1/);
  assert.match(norm(await cards.nth(3).innerText()), /2021-02-03/);
  assert.match(norm(await cards.nth(2).innerText()), /Späd- och småbarnsteam Inga/);
  await assertAccessible(page);
  // No third-party requests, no cookies, nothing stored: a visit leaves no trace.
  assert.deepEqual(page.foreignRequests, []);
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(await page.context().cookies(), []);
  assert.equal(await page.evaluate(() => localStorage.length + sessionStorage.length), 0);
});

test("open Örebro, see Gryningen's card with its Remissväg, reload the deep link", async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  await page.getByRole('link', { name: 'Örebro', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  assert.equal(new URL(page.url()).pathname, SUB_PATH);
  assert.equal(new URL(page.url()).search, '?lan=18');

  const checkCard = async () => {
    const card = page.getByRole('article', { name: 'Gryningen, Karlskoga' });
    await card.waitFor();
    const text = norm(await card.innerText());
    assert.match(text, /Remissväg/);
    assert.match(
      text,
      /Familjerna kan söka själva eller remitteras direkt till Gryningen från t ex MBHV, vuxenpsykiatri, socialtjänst, förskola osv/,
    );
    assert.match(text, /Ni kan kontakta teamet själva/);
    assert.match(text, /Upptagningsområde .*Karlskoga, Degerfors, Laxå kommuner\./);
    const link = card.getByRole('link', { name: 'https://www.regionorebrolan.se/gryningen' });
    assert.equal(await link.getAttribute('href'), 'https://www.regionorebrolan.se/gryningen');
    // The methods it uses, each explained in plain words on demand.
    const methods = card.locator('.unit-methods');
    assert.match(norm(await methods.locator('summary').innerText()), /Metoder teamet använder, förklarade \(8\)/);
    await methods.locator('summary').click();
    assert.match(norm(await methods.innerText()), /MIM \(Marschak Interaction Method\): Bedömning av samspelet/);
  };
  await checkCard();
  assert.match(
    norm(await page.locator('.coverage-line').innerText()),
    /3 av 12 kommuner har ett späd- och småbarnsteam/,
  );
  await assertAccessible(page);

  // A reload of the deep link on a plain static server shows the same page.
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  await checkCard();

  // Back returns to the front page, forward to Örebro again.
  await page.goBack();
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  assert.deepEqual(page.foreignRequests, []);
});

test('every paragraph of the county page is shown with its source lines', async () => {
  const page = await newPage(env);
  await page.goto(env.url('?lan=22'));
  await page.getByRole('heading', { level: 1, name: 'Västernorrland' }).waitFor();
  const text = norm(await page.locator('main').innerText());
  assert.match(text, /Inga späd- och småbarnsverksamheter\/team\./);
  assert.match(text, /Örnsköldsvik kan erbjuda Marte Meo/);
  assert.match(text, /Sollefteå, Timrå och Ånge rapporterar att de inte kan erbjuda samspelsbehandling\./);
  assert.match(text, /Källa: data\/counties\/22-vasternorrland\.txt, rad 17/);
  assert.match(text, /Senast uppdaterad 2018-10-13 av Paul Svensson/);
  await assertAccessible(page);
});

test('switch language: the choice is in the URL and survives a reload', async () => {
  const page = await newPage(env);
  await page.goto(env.url('?lan=18'));
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await page.getByRole('heading', { level: 2, name: 'Infant and toddler teams' }).waitFor();
  assert.equal(new URL(page.url()).search, '?lan=18&lang=en');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en');
  await page.reload();
  await page.getByRole('heading', { level: 2, name: 'Infant and toddler teams' }).waitFor();
  assert.match(norm(await page.locator('main').innerText()), /You can contact the team yourselves/);
  await assertAccessible(page);
  await page.getByRole('link', { name: 'Läs sidan på svenska' }).click();
  await page.getByRole('heading', { level: 2, name: 'Späd- och småbarnsteam' }).waitFor();
  assert.equal(new URL(page.url()).search, '?lan=18');
});

test('a broken data file shows the error, and the retry recovers', async () => {
  const page = await newPage(env);
  let broken = true;
  await page.route('**/data/index.json', async (route) => {
    if (broken) {
      await route.fulfill({ status: 200, contentType: 'application/json', body: '{"schema_version": 1, "counties": [' });
    } else {
      await route.continue();
    }
  });
  await page.goto(env.url());
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(norm(await alert.innerText()), /Uppgifterna kunde inte hämtas/);
  assert.match(norm(await alert.innerText()), /Datafilen är trasig: line 1, column \d+/);
  await assertAccessible(page);
  broken = false;
  await page.getByRole('button', { name: 'Försök igen' }).click();
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  assert.equal(await page.locator('.county-card').count(), 5);
});

test('a failed download names the HTTP status', async () => {
  const page = await newPage(env);
  await page.route('**/data/index.json', (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(env.url('?lan=18'));
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(norm(await alert.innerText()), /felkod 503/);
});

test('unknown routes and parameters get a not-found page with a way home', async () => {
  const page = await newPage(env);
  for (const [query, message] of [
    ['?lan=99', /Det finns inget län med kod 99\./],
    ['?sida=okand', /Parametern ”sida” kan inte ha värdet ”okand”/],
    ['?fel=1', /parametern ”fel”, som appen inte känner till/],
    ['?lan=18&kommun=1881', /Adressen väljer två sidor på en gång: ”lan” och ”kommun”/],
    ['?kommun=9999', /Det finns ingen kommun med kod 9999\./],
    ['?lan=Örebro', /Parametern ”lan” kan inte ha värdet ”Örebro”/],
  ]) {
    await page.goto(env.url(query));
    await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
    assert.match(norm(await page.locator('main').innerText()), message);
    await assertAccessible(page);
  }
  await page.getByRole('link', { name: 'Till startsidan' }).click();
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  assert.equal(new URL(page.url()).pathname, SUB_PATH);
});

test('keyboard alone reaches a county from the front page', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  await page.getByRole('heading', { level: 2, name: 'Län i kartläggningen' }).waitFor();
  // Past the search, the map's 21 counties, its legend and its table.
  for (let i = 0; i < 100; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.textContent?.trim());
    if (focused === 'Örebro') break;
  }
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
});

test('the skip link moves focus to the content and keeps the page', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?lan=05'));
  await page.getByRole('heading', { level: 1, name: 'Östergötland' }).waitFor();
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Hoppa till innehållet');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');
  assert.equal(new URL(page.url()).search, '?lan=05');
  assert.equal(await page.title(), 'Östergötland – Samspelskartan');
});

test("the county page lists its municipalities, each leading to its own page", async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?lan=18'));
  await page.getByRole('heading', { level: 2, name: 'Kommun för kommun', exact: true }).waitFor();
  const laxa = page.locator('li.municipality[data-code="1860"]');
  assert.match(norm(await laxa.innerText()), /Laxå Team finns Socialtjänsten erbjuder samspelsbehandling Familjecentraler: 1/);
  // Not reported is never shown as "no".
  const askersund = page.locator('li.municipality[data-code="1882"]');
  assert.match(norm(await askersund.innerText()), /Askersund Inget team Kommunen har inte uppgett något/);
  const hallefors = page.locator('li.municipality[data-code="1863"]');
  assert.match(norm(await hallefors.innerText()), /Socialtjänsten kan inte erbjuda samspelsbehandling/);
  await laxa.getByRole('link', { name: 'Laxå' }).click();
  await page.getByRole('heading', { level: 1, name: 'Laxå' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1860');
  const main = norm(await page.locator('main').innerText());
  assert.match(main, /Gryningen, Karlskoga/);
  assert.match(main, /I Laxå erbjuds också Marte Meo i anslutning till familjecentralen\./);
  assert.match(main, /Källa: data\/counties\/18-orebro\.txt, rad 37/);
  assert.equal(await page.getByRole('link', { name: 'Killevippen' }).count(), 1);
  // What child health care and BUP say for the whole county is shown for it too.
  assert.match(main, /Barnhälsovård \(BHV\) och barnpsykiatri \(BUP\) i länet/);
  assert.match(main, /Flera BHV-psykologer är utbildade i WWW/);
});
