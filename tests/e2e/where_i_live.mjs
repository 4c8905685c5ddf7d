// "Where I live": from the front page's search to everything that exists for a family's
// municipality, by keyboard and by touch, in Swedish and English, with axe-core on each
// distinct page state.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEnv, newPage, assertAccessible, norm } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

/** Types into "Var bor du?" and waits for the suggestions. */
async function search(page, text) {
  const box = page.getByRole('combobox', { name: /Var bor du|Where do you live/ });
  await box.fill(text);
  await page.getByRole('listbox').waitFor();
  return box;
}

test('typing "kumla" and Enter opens Kumla, which says first that no team covers it', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  const box = await search(page, 'kumla');
  // The combobox pattern: expanded, a listbox of options, a polite count.
  assert.equal(await box.getAttribute('aria-expanded'), 'true');
  assert.equal(await box.getAttribute('aria-controls'), 'forslag');
  const options = page.getByRole('option');
  assert.ok((await options.count()) >= 1);
  assert.match(norm(await options.first().innerText()), /^Kumla kommun i Örebro län$/);
  assert.match(await page.getByRole('status').filter({ hasText: 'förslag' }).innerText(), /\d+ förslag/);
  await assertAccessible(page); // the search with suggestions open
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1881');
  const answer = page.locator('.answer').first();
  assert.equal(norm(await answer.innerText()), 'Det finns inget späd- och småbarnsteam för familjer i Kumla.');
  const main = norm(await page.locator('main').innerText());
  assert.match(main, /Gryningen, Karlskoga — tar emot familjer från/);
  assert.match(main, /Socialtjänsten i Kumla Socialtjänsten erbjuder samspelsbehandling/);
  assert.match(main, /Marte Meo: Korta vardagsstunder/);
  assert.match(main, /PYC \(Parenting Young Children\)/);
  assert.equal(await page.getByRole('link', { name: 'Familjens Hus' }).count(), 1);
  assert.match(main, /Länssidan uppdaterades senast 2021-02-03\./);
  assert.match(main, /kontrollera med verksamheten innan ni åker dit/);
  await assertAccessible(page); // a municipality without a team
  // Reflows at 320 px without horizontal scrolling (WCAG 1.4.10).
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.foreignRequests, []);
});

test('"karlskoga" shows Gryningen and that families can contact it themselves', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  const box = await search(page, 'karlskoga');
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Karlskoga' }).waitFor();
  const team = page.getByRole('article', { name: 'Gryningen, Karlskoga' });
  const text = norm(await team.innerText());
  assert.match(text, /Ni kan kontakta teamet själva/);
  assert.match(text, /Familjerna kan söka själva eller remitteras direkt till Gryningen/);
  assert.equal(
    await team.getByRole('link', { name: 'https://www.regionorebrolan.se/gryningen' }).getAttribute('href'),
    'https://www.regionorebrolan.se/gryningen',
  );
  // The link to its full card keeps the query string before the fragment.
  const card = team.getByRole('link', { name: 'Teamets alla uppgifter på länets sida' });
  assert.match(await card.getAttribute('href'), /\?lan=18#enhet-18-gryningen-karlskoga$/);
  await assertAccessible(page); // a municipality with a team
  await card.click();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  assert.equal(new URL(page.url()).hash, '#enhet-18-gryningen-karlskoga');
});

test('places, folded spellings and municipalities outside the data set', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  let box = await search(page, 'saltsjobaden');
  assert.match(norm(await page.getByRole('option').first().innerText()), /^Saltsjöbaden i Nacka kommun, Stockholms län$/);
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Nacka' }).waitFor();

  await page.goto(env.url());
  box = await search(page, 'ornskoldsvik');
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Örnsköldsvik' }).waitFor();

  await page.goto(env.url());
  box = await search(page, 'malmo');
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Malmö' }).waitFor();
  const main = norm(await page.locator('main').innerText());
  assert.match(main, /Kommun i Skåne län/);
  assert.match(main, /Datamängden har ingen sida för Skåne län ännu/);
  assert.match(main, /inget är påhittat/);
  assert.match(main, /i 6 av Sveriges 21 län/);
  await assertAccessible(page); // a municipality outside the data set

  // No match says so and offers the counties.
  await page.goto(env.url());
  box = page.getByRole('combobox', { name: 'Var bor du?' });
  await box.fill('xyzzy');
  await box.press('Enter');
  const none = page.locator('.no-match');
  await none.waitFor();
  assert.match(norm(await none.innerText()), /Vi hittar ingen kommun, ort eller län som heter ”xyzzy”/);
  assert.equal(await none.getByRole('link').count(), 21);

  // Browsing instead of searching: each county folds open to its municipalities' links,
  // drawn when first opened (all 290 links at once held back the first content).
  await page.goto(env.url());
  const browse = page.locator('.browse');
  await browse.getByText('Örebro län', { exact: true }).first().waitFor();
  assert.equal(await browse.locator('details[open]').count(), 0);
  assert.equal(await browse.getByRole('link', { name: 'Kumla' }).count(), 0);
  await browse.locator('summary', { hasText: 'Örebro län' }).click();
  const orebro = browse.locator('details[open]');
  // In Swedish alphabetical order.
  assert.deepEqual(
    (await orebro.locator('.inline-list a').allInnerTexts()).map(norm),
    ['Askersund', 'Degerfors', 'Hallsberg', 'Hällefors', 'Karlskoga', 'Kumla', 'Laxå', 'Lekeberg', 'Lindesberg', 'Ljusnarsberg', 'Nora', 'Örebro'],
  );
  await orebro.getByRole('link', { name: 'Kumla' }).click();
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
});

test('a county without a page in the data set gets an honest page', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?lan=24'));
  await page.getByRole('heading', { level: 1, name: 'Västerbottens län' }).waitFor();
  const main = norm(await page.locator('main').innerText());
  assert.match(main, /Den nationella katalogens sida för Västerbottens län finns inte i datamängden ännu\./);
  assert.match(main, /Kartläggningen 2018 fann/);
  assert.equal(await page.locator('main .inline-list').getByRole('link', { name: 'Umeå' }).count(), 1);
  // Its map: every municipality named and linked, none coloured by access (nothing is known).
  const regions = page.locator('.map__svg a');
  await page.locator('.map__area').first().waitFor();
  assert.equal(await regions.count(), 15);
  assert.equal(await page.locator('.map__region.map-fill--plain').count(), 15);
  await assertAccessible(page); // an honest county page, with its map
  assert.match(await page.locator('.map__svg a[data-code="2480"]').getAttribute('aria-label'), /^Umeå — finns inte i datamängden$/);
  await page.locator('.map__svg a[data-code="2480"]').click();
  await page.getByRole('heading', { level: 1, name: 'Umeå' }).waitFor();
  assert.match(norm(await page.locator('main').innerText()), /Datamängden har ingen sida för Västerbottens län ännu/);
});

test('the whole journey by keyboard alone, and a term explained by keyboard and by tap', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url());
  await page.getByRole('combobox').waitFor();
  // Tab from the top of the page to the search field.
  for (let i = 0; i < 10 && !(await page.evaluate(() => document.activeElement?.id === 'var-bor-du')); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'var-bor-du');
  await page.keyboard.type('kuml');
  await page.getByRole('listbox').waitFor();
  const box = page.getByRole('combobox');
  assert.equal(await box.getAttribute('aria-activedescendant'), null);
  await page.keyboard.press('ArrowDown');
  assert.equal(await box.getAttribute('aria-activedescendant'), 'forslag-0');
  assert.equal(await page.locator('#forslag-0').getAttribute('aria-selected'), 'true');
  await page.keyboard.press('Escape');
  assert.equal(await box.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'innehall');

  // COS-P, written "Trygghetscirkeln" in Kumla's social services, opens by keyboard…
  const term = page.getByRole('button', { name: 'Trygghetscirkeln' }).first();
  for (let i = 0; i < 40 && !(await term.evaluate((el) => el === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  await page.keyboard.press('Enter');
  assert.equal(await term.getAttribute('aria-expanded'), 'true');
  const tip = page.locator(`#${await term.getAttribute('aria-controls')}`);
  assert.match(norm(await tip.innerText()), /^COS-P – Trygghetscirkeln \(Circle of Security Parenting\): Föräldraprogram/);
  await assertAccessible(page); // an explanation open
  await page.keyboard.press('Escape');
  assert.equal(await term.getAttribute('aria-expanded'), 'false');
  assert.ok(await tip.isHidden());

  // …and by tap.
  const touch = await env.browser.newContext({ viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true });
  const phone = await touch.newPage();
  await phone.goto(env.url('?kommun=1881'));
  const tapTerm = phone.getByRole('button', { name: 'Trygghetscirkeln' }).first();
  await tapTerm.tap();
  assert.equal(await tapTerm.getAttribute('aria-expanded'), 'true');
  assert.ok(await phone.locator(`#${await tapTerm.getAttribute('aria-controls')}`).isVisible());
  await touch.close();
});

test('the glossary page, each term linkable', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?sida=ordlista#term-bup'));
  await page.getByRole('heading', { level: 1, name: 'Ordlista' }).waitFor();
  const bup = page.locator('#term-bup');
  await bup.waitFor();
  assert.match(norm(await bup.innerText()), /^BUP – barn- och ungdomspsykiatri/);
  assert.match(norm(await page.locator('#term-cos-p').innerText()), /Föräldraprogram/);
  await assertAccessible(page);
});

test('the same in English', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?lang=en'));
  const box = await search(page, 'kumla');
  assert.match(norm(await page.getByRole('option').first().innerText()), /^Kumla municipality in Örebro län$/);
  await assertAccessible(page);
  await box.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1881&lang=en');
  assert.equal(norm(await page.locator('.answer').first().innerText()), 'There is no infant and toddler team for families in Kumla.');
  assert.match(norm(await page.locator('main').innerText()), /Social services in Kumla/);
  await assertAccessible(page);
  await page.goto(env.url('?sida=ordlista&lang=en'));
  await page.getByRole('heading', { level: 1, name: 'Glossary' }).waitFor();
  await page.locator('#term-bup').waitFor();
  assert.match(norm(await page.locator('#term-bup').innerText()), /child and adolescent psychiatry/);
  await assertAccessible(page);
});

test('printing a municipality page gives a clean sheet', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?kommun=1883'));
  await page.getByRole('heading', { level: 1, name: 'Karlskoga' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.site-header').evaluate((e) => getComputedStyle(e).display), 'none');
  const link = page.getByRole('link', { name: 'https://www.regionorebrolan.se/gryningen' });
  assert.match(await link.evaluate((e) => getComputedStyle(e, '::after').content), /regionorebrolan/);
  assert.match(norm(await page.locator('.honesty').innerText()), /2021-02-03/);
});
