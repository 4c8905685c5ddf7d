// The explore page: filters against the data files the site serves, free text with method
// aliases, the URL as the whole state (a fresh load, Back and Forward), a nonsense link,
// the phone's filter panel by keyboard alone, and axe-core on each distinct state.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { sharedEnv, newPage, assertAccessible, norm, SUB_PATH } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

/** The county files the site serves, as the page reads them. */
function counties() {
  const dir = path.join(process.env.SITE_ROOT ?? path.resolve('target/site'), SUB_PATH, 'data', 'counties');
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')).county);
}
const units = () => counties().flatMap((c) => c.units.map((u) => ({ ...u, county: c })));
const field = (u, label) => u.fields.find((f) => f.label === label)?.value ?? '';
const active = (u) => (u.status ?? 'active') === 'active';

/** Opens the explore page with a query and waits for its list. */
async function open(page, query = '') {
  await page.goto(env.url(`?sida=utforska${query}`));
  await page.locator('.explore__count').waitFor();
}

/** The cards shown, in order: `{ kind, title, id }`. */
async function cards(page) {
  return page.locator('#erbjudanden > li.offer').evaluateAll((lis) =>
    lis.map((li) => ({
      kind: li.dataset.kind,
      title: li.querySelector('h3').textContent.trim(),
      id: li.querySelector('h3').id,
      text: li.textContent,
    })),
  );
}

/** Presses "show more" until every card of the result is drawn. */
async function showAll(page) {
  const more = page.locator('.explore__more button');
  while (await more.count()) await more.click();
}

/** The number the live region states. */
async function count(page) {
  const text = await page.locator('.explore__count').innerText();
  return Number(text.match(/^(\d+)/)[1]);
}

/** Waits for the URL's query to hold exactly these pairs after `sida`. */
async function waitForQuery(page, query) {
  await page.waitForFunction((q) => location.search === `?sida=utforska${q}`, query);
}

/** A facet's group, opened. */
async function facet(page, name) {
  const group = page.locator('#filterpanel details.facet').filter({ has: page.locator('summary', { hasText: name }) });
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  return group;
}

function clean(page) {
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.foreignRequests, []);
}

test('method MIM shows exactly the units whose records name MIM, and the planned offer on request', async () => {
  const page = await newPage(env);
  await open(page);
  const all = await count(page);
  // A long result is drawn 30 cards at a time; "show more" adds the next and moves focus
  // to the first card it added.
  assert.ok(all > 30, `the seeds give more than 30 offers (${all})`);
  assert.equal((await cards(page)).length, 30);
  assert.equal(norm(await page.locator('.explore__more span').innerText()), `Visar 30 av ${all}.`);
  await page.locator('.explore__more button').click();
  await page.waitForFunction(() => document.activeElement?.closest('#erbjudanden > li:nth-child(31)'));
  await showAll(page);
  assert.equal((await cards(page)).length, all);
  const mim = (await facet(page, 'Metod')).getByRole('checkbox', { name: /^MIM/ });
  await mim.check();
  await waitForQuery(page, '&metod=mim');
  // Every active unit whose fields name MIM, and no other unit.
  const expected = units()
    .filter((u) => active(u) && u.fields.some((f) => /\bMIM\b|Marschak/.test(f.value)))
    .map((u) => u.name)
    .sort();
  assert.ok(expected.length >= 2, 'the seeds have units that name MIM');
  const shown = await cards(page);
  assert.deepEqual(shown.filter((c) => c.kind === 'enhet').map((c) => c.title).sort(), expected);
  // Any other card shown names the method in its own text.
  for (const c of shown) assert.match(c.text, /\bMIM\b/, c.title);
  assert.equal(await count(page), shown.length);
  assert.equal(await mim.isChecked(), true);
  // The statement that plans MIM is hidden until planned and ended offers are shown too.
  const planned = counties()
    .flatMap((c) => c.statements)
    .filter((s) => s.methods.includes('mim') && s.stance === 'planned');
  assert.equal(planned.length, 1);
  await page.getByRole('checkbox', { name: /^Visa även planerade och avslutade/ }).check();
  await waitForQuery(page, '&metod=mim&visa_avslutade=ja');
  const withPlanned = await cards(page);
  assert.equal(withPlanned.length, shown.length + 1);
  const extra = withPlanned.find((c) => !shown.some((s) => s.id === c.id));
  assert.match(norm(extra.text), /Planerad – har inte startat/);
  assert.ok(norm(extra.text).includes(norm(planned[0].text)));
  await assertAccessible(page); // wide screen, filters chosen, chips
  clean(page);
  await page.context().close();
});

test('self-referral and then the age narrow the list as the records say', async () => {
  const page = await newPage(env);
  await open(page);
  const all = await count(page);
  const self = (await facet(page, 'Familjen kan söka själv')).getByRole('checkbox', { name: /^Ja/ });
  const announced = Number((await self.locator('xpath=..').innerText()).match(/\((\d+)\)/)[1]);
  await self.check();
  await waitForQuery(page, '&egen_remiss=ja');
  const expected = units()
    .filter((u) => active(u) && u.parsed.self_referral === true)
    .map((u) => u.name)
    .sort();
  let shown = await cards(page);
  assert.deepEqual(shown.map((c) => c.title).sort(), expected);
  assert.equal(announced, expected.length, 'the facet counted what it gives');
  assert.ok(expected.length < all);
  // 0–1 years: the units whose "Åldrar" begins at pregnancy or birth.
  const age = await facet(page, 'Barnets ålder');
  await age.getByRole('checkbox', { name: /^0–1 år/ }).check();
  await waitForQuery(page, '&alder=0-1&egen_remiss=ja');
  shown = await cards(page);
  const fromBirth = units().filter(
    (u) => active(u) && u.parsed.self_referral === true && /^(0|gravid)/i.test(field(u, 'Åldrar').trim()),
  );
  assert.deepEqual(shown.map((c) => c.title).sort(), fromBirth.map((u) => u.name).sort());
  // 3–6 years instead: the units whose stated ages reach past three.
  await age.getByRole('checkbox', { name: /^0–1 år/ }).uncheck();
  await age.getByRole('checkbox', { name: /^3–6 år/ }).check();
  await waitForQuery(page, '&alder=3-6&egen_remiss=ja');
  shown = await cards(page);
  const older = units().filter((u) => {
    const years = (field(u, 'Åldrar').match(/\d+/g) ?? []).map(Number);
    return active(u) && u.parsed.self_referral === true && Math.max(...years) > 3;
  });
  assert.ok(older.length > 0 && older.length < expected.length, 'the age narrows');
  assert.deepEqual(shown.map((c) => c.title).sort(), older.map((u) => u.name).sort());
  clean(page);
  await page.context().close();
});

test('"trygghetscirkeln" finds the COS-P offers and "vägledande samspel" the ICDP ones', async () => {
  const page = await newPage(env);
  await open(page, '&metod=cos-p');
  const cosp = (await cards(page)).map((c) => c.id).sort();
  assert.ok(cosp.length > 3);
  await open(page, '&metod=icdp');
  const icdp = (await cards(page)).map((c) => c.id).sort();
  assert.ok(icdp.length > 0);
  await open(page);
  const box = page.getByRole('searchbox', { name: 'Sök bland erbjudandena' });
  await box.fill('trygghetscirkeln');
  await waitForQuery(page, '&q=trygghetscirkeln');
  // Relevance is the sort with a text: every COS-P offer first, then any card whose own
  // text holds the word without offering the method (a sentence shared by two
  // municipalities: "I Hallsberg har … Trygghetscirkeln …, medan Kumla har Marte Meo").
  assert.equal(await page.getByLabel('Sortera efter').inputValue(), 'relevans');
  const found = await cards(page);
  assert.deepEqual(found.slice(0, cosp.length).map((c) => c.id).sort(), cosp);
  for (const c of found.slice(0, cosp.length)) assert.match(c.text, /COS-P/, c.title);
  for (const c of found.slice(cosp.length)) assert.match(c.text, /Trygghetscirkeln/i, c.title);
  await box.fill('VAGLEDANDE samspel');
  await waitForQuery(page, '&q=VAGLEDANDE+samspel');
  const vs = await cards(page);
  assert.deepEqual(vs.slice(0, icdp.length).map((c) => c.id).sort(), icdp);
  for (const c of vs.slice(icdp.length)) assert.match(norm(c.text.normalize('NFC')), /v[äa]gledande samspel/i, c.title);
  clean(page);
  await page.context().close();
});

test('a filtered view opened fresh from its URL shows the same cards; Back and Forward step through filters', async () => {
  const page = await newPage(env);
  await open(page);
  const unfiltered = await cards(page);
  await (await facet(page, 'Typ av erbjudande')).getByRole('checkbox', { name: /^Socialtjänst/ }).check();
  await waitForQuery(page, '&typ=socialtjanst');
  const social = await cards(page);
  await (await facet(page, 'Län')).getByRole('checkbox', { name: /^Örebro/ }).check();
  await waitForQuery(page, '&lan=18&typ=socialtjanst');
  const orebro = await cards(page);
  assert.ok(orebro.length > 0 && orebro.length < social.length);
  await page.getByLabel('Sortera efter').selectOption('lan');
  await waitForQuery(page, '&lan=18&typ=socialtjanst&sort=lan');
  // One history entry for a word typed, not one per letter.
  await page.getByRole('searchbox').pressSequentially('marte');
  await waitForQuery(page, '&q=marte&lan=18&typ=socialtjanst&sort=lan');
  const typed = await cards(page);
  assert.ok(typed.length > 0 && typed.length < orebro.length);
  const url = page.url();

  const fresh = await newPage(env);
  await fresh.goto(url);
  await fresh.locator('.explore__count').waitFor();
  assert.deepEqual((await cards(fresh)).map((c) => c.id), typed.map((c) => c.id));
  assert.equal(await fresh.getByRole('searchbox').inputValue(), 'marte');
  assert.equal(await fresh.getByLabel('Sortera efter').inputValue(), 'lan');
  assert.equal(await (await facet(fresh, 'Län')).getByRole('checkbox', { name: /^Örebro/ }).isChecked(), true);
  clean(fresh);
  await fresh.context().close();

  await page.goBack();
  await waitForQuery(page, '&lan=18&typ=socialtjanst&sort=lan');
  assert.equal(await page.getByRole('searchbox').inputValue(), '');
  await page.goBack();
  await waitForQuery(page, '&lan=18&typ=socialtjanst');
  assert.deepEqual((await cards(page)).map((c) => c.id), orebro.map((c) => c.id));
  await page.goBack();
  await waitForQuery(page, '&typ=socialtjanst');
  assert.deepEqual((await cards(page)).map((c) => c.id), social.map((c) => c.id));
  assert.equal(await (await facet(page, 'Län')).getByRole('checkbox', { name: /^Örebro/ }).isChecked(), false);
  await page.goBack();
  await waitForQuery(page, '');
  assert.deepEqual((await cards(page)).map((c) => c.id), unfiltered.map((c) => c.id));
  await page.goForward();
  await waitForQuery(page, '&typ=socialtjanst');
  assert.deepEqual((await cards(page)).map((c) => c.id), social.map((c) => c.id));
  // "Rensa alla filter" clears every filter in one step.
  await page.getByRole('button', { name: 'Rensa alla filter' }).first().click();
  await waitForQuery(page, '');
  assert.equal((await cards(page)).length, unfiltered.length);
  clean(page);
  await page.context().close();
});

test('a nonsense value shows the unfiltered list with a notice naming it; an unknown parameter is refused', async () => {
  const page = await newPage(env);
  await open(page);
  const unfiltered = (await cards(page)).map((c) => c.id);
  await open(page, '&metod=nonsens&alder=7-9&lan=99&typ=enhet&typ=bil');
  // `typ=enhet` stands; the rest is named and left out.
  const notice = page.locator('.explore__dropped');
  // Those of a wrong shape as the link has them, then those the data lacks, by facet.
  assert.deepEqual((await notice.locator('li').allInnerTexts()).map(norm), [
    'Barnets ålder: ”7-9”',
    'Typ av erbjudande: ”bil”',
    'Län: ”99”',
    'Metod: ”nonsens”',
  ]);
  const units = await cards(page);
  assert.ok(units.length > 0 && units.every((c) => c.kind === 'enhet'));
  // Only nonsense: the unfiltered list, with the notice.
  await open(page, '&metod=nonsens');
  assert.match(norm(await page.locator('.explore__dropped').innerText()), /Metod: ”nonsens”/);
  assert.deepEqual((await cards(page)).map((c) => c.id), unfiltered);
  // An unknown parameter is a problem page, as everywhere.
  await page.goto(env.url('?sida=utforska&foo=1'));
  await page.getByRole('heading', { level: 1, name: 'Sidan finns inte' }).waitFor();
  assert.match(norm(await page.locator('main').innerText()), /parametern ”foo”/);
  clean(page);
  await page.context().close();
});

test('an empty result says which filter to loosen, and loosening it brings the cards back', async () => {
  const page = await newPage(env);
  await open(page, '&q=trygghetscirkeln&typ=familjecentral');
  assert.equal(await count(page), 0);
  const empty = page.locator('.explore__empty');
  assert.match(norm(await empty.innerText()), /Inga erbjudanden passar alla valda filter/);
  const loosen = empty.getByRole('button', { name: /^Ta bort filtret Typ av erbjudande \(\d+ erbjudanden?\)$/ });
  const promised = Number((await loosen.innerText()).match(/\((\d+)/)[1]);
  assert.ok(promised > 0);
  await assertAccessible(page); // the empty result
  await loosen.click();
  await waitForQuery(page, '&q=trygghetscirkeln');
  assert.equal(await count(page), promised);
  clean(page);
  await page.context().close();
});

test('on a phone, by keyboard alone: the filter panel opens over the list and closes back to it', async () => {
  const page = await newPage(env, 360);
  await open(page);
  const panel = page.locator('#filterpanel');
  assert.equal(await panel.isVisible(), false);
  await assertAccessible(page); // phone, panel closed
  // From the top of the page to the free text by Tab.
  for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.id)) !== 'fritext'; i++) {
    await page.keyboard.press('Tab');
  }
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'fritext');
  await page.keyboard.type('marte');
  await waitForQuery(page, '&q=marte');
  const found = await count(page);
  await page.keyboard.press('Tab'); // the sort
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'sortering');
  await page.keyboard.press('Tab'); // the filter button
  const button = page.getByRole('button', { name: /^Filter/ });
  assert.equal(await button.evaluate((b) => b === document.activeElement), true);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Filter' });
  await dialog.waitFor();
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  await page.waitForFunction(() => document.activeElement?.id === 'filter-stang');
  // The panel covers the list.
  const box = await dialog.boundingBox();
  assert.ok(box.width >= 350 && box.height >= 700, JSON.stringify(box));
  await assertAccessible(page); // phone, panel open
  // Shift+Tab from its first control wraps to its last, Tab from the last back to the first.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-visa');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-stang');
  // Tab to "Späd- och småbarnsteam" and choose it with Space.
  const team = dialog.getByRole('checkbox', { name: /^Späd- och småbarnsteam/ });
  for (let i = 0; i < 15 && !(await team.evaluate((c) => c === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  await waitForQuery(page, '&q=marte&typ=enhet');
  assert.ok((await count(page)) < found);
  assert.match(await dialog.getByRole('button', { name: /^Visa träffarna/ }).innerText(), new RegExp(`\\(${await count(page)}\\)`));
  // Escape closes it and focus returns to the button.
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await button.evaluate((b) => b === document.activeElement), true);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.match(norm(await button.innerText()), /1 valda/);
  // On to the first card's full record, and open it.
  const first = page.locator('#erbjudanden > li.offer').first();
  const record = first.getByRole('link', { name: 'Teamets alla uppgifter på länets sida' });
  for (let i = 0; i < 15 && !(await record.evaluate((a) => a === document.activeElement)); i++) {
    await page.keyboard.press('Tab');
  }
  const href = await record.getAttribute('href');
  assert.match(href, /\?lan=\d\d#enhet-/);
  await page.keyboard.press('Enter');
  await page.waitForURL((u) => u.href.endsWith(href.replace(SUB_PATH, '')));
  await page.locator('.unit-card').first().waitFor();
  // Reflows at 320 px.
  await page.goBack();
  await page.locator('.explore__count').waitFor();
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  clean(page);
  await page.context().close();
});

test('every card shows its kind by name and icon, its place, and links to its record and source lines', async () => {
  const page = await newPage(env);
  await open(page, '&lang=en');
  await page.getByRole('heading', { level: 1, name: 'Explore every offer' }).waitFor();
  await showAll(page);
  const all = await page.locator('#erbjudanden > li.offer').evaluateAll((lis) =>
    lis.map((li) => ({
      kind: li.querySelector('.offer__kind').textContent.trim(),
      icon: !!li.querySelector('.offer__kind svg[aria-hidden="true"]'),
      place: li.querySelector('.offer__place').textContent,
      links: [...li.querySelectorAll('.offer__links a')].map((a) => a.getAttribute('href')),
    })),
  );
  const kinds = new Set(all.map((c) => c.kind));
  for (const k of ['Infant and toddler team', 'Social services', 'Family centre', 'Prevention example']) {
    assert.ok(kinds.has(k), `${k} in ${[...kinds]}`);
  }
  for (const c of all) {
    assert.ok(c.icon);
    assert.match(c.place, /County: /);
    assert.equal(c.links.length, 2);
    assert.match(c.links[1], new RegExp(`^${SUB_PATH.replace(/\//g, '\\/')}\\?lan=\\d\\d&lang=en#rad-\\d+$`));
  }
  // Gryningen's source link leads to its lines on Örebro's page.
  const gryningen = page.getByRole('article', { name: 'Gryningen, Karlskoga' });
  const source = gryningen.getByRole('link', { name: /^Source: data\/counties\/18-orebro\.txt, lines \d+–\d+$/ });
  await source.click();
  await page.getByRole('heading', { level: 1, name: 'Örebro' }).waitFor();
  const line = new URL(page.url()).hash.slice(1);
  assert.ok(await page.locator(`[id="${line}"]`).count(), `the county page has ${line}`);
  clean(page);
  await page.context().close();
});
