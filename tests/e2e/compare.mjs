// The comparison tables for staff (`?sida=jamfor`): the county table's figures and
// footnotes, sorting by button and keyboard with `aria-sort` and the URL, the chart, the
// methods matrix's disclosures, the municipalities table (filter, links, its CSV byte for byte
// the data tool's `export municipalities`, the Excel variant), units side by side (Hagadal
// and Gryningen field by field), English number formats, no sideways page scroll at 360 px,
// and axe-core on each table.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedEnv, newPage, assertAccessible, norm } from './harness.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

let env;
before(async () => {
  env = await sharedEnv();
});

/** The comparison table of the page. */
const table = (page) => page.locator('table.compare-table');

/** Waits for the table, then returns the text of a row's cell under a column's label. */
async function cell(page, rowName, columnLabel) {
  const t = table(page);
  await t.waitFor();
  const heads = await t
    .locator('thead tr > *')
    .evaluateAll((els) => els.map((e) => (e.querySelector('button span') ?? e).textContent.trim()));
  const col = heads.indexOf(columnLabel);
  assert.ok(col >= 0, `no column "${columnLabel}" in ${JSON.stringify(heads)}`);
  const row = t.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) });
  return norm(await row.locator(':scope > *').nth(col).innerText());
}

/** The row headers in the order shown. */
const rowNames = async (page) => (await table(page).locator('tbody th[scope="row"]').allInnerTexts()).map(norm);

/** Waits until the table's first row is `name` (the table is drawn after its data arrives). */
async function firstRow(page, name) {
  await page.waitForFunction(
    (want) => document.querySelector('table.compare-table tbody th[scope="row"]')?.textContent.trim() === want,
    name,
  );
}

/** The page does not scroll sideways (the tables scroll in their own region). */
async function assertNoPageScroll(page) {
  const [scroll, width] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  assert.ok(scroll <= width, `the page scrolls sideways: ${scroll} > ${width}`);
}

test('the county table: Stockholm 177 367 children, Örebro 3 of 12, footnotes, BUP’s 4126 as stated', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor'));
  await page.getByRole('heading', { level: 1, name: 'Jämför län och kommuner' }).waitFor();
  assert.equal(await cell(page, 'Stockholm', 'Barn 0–5 år'), '177 367');
  assert.equal(await cell(page, 'Örebro', 'Kommuner med team'), '3 av 12');
  assert.equal(await cell(page, 'Örebro', 'Kommuner med team enligt sidans text'), '3 av 12');
  assert.equal(await cell(page, 'Östergötland', 'Tillgång till team'), 'hela länet');
  assert.equal(await cell(page, 'Jönköping', 'Specialiserade enheter i drift'), '0');
  // A derived figure with its footnote, which says how it is computed.
  assert.match(await cell(page, 'Örebro', 'Andel kommuner med team (%)'), /^25 % Fotnot \d+$/);
  const share = page.getByRole('row', { name: /^Örebro/ }).getByRole('link', { name: /^Fotnot/ }).first();
  const noteId = (await share.getAttribute('href')).split('#')[1];
  assert.match(await share.getAttribute('href'), /\?sida=jamfor#not-18-andel-med-team$/);
  assert.equal(
    norm(await page.locator(`#${noteId}`).innerText()),
    'Örebro, Andel kommuner med team (%): 3 kommuner med ett team / 12 kommuner × 100 = 25 %. Källa: 18-orebro.txt rader 13, 3.',
  );
  assert.match(
    norm(await page.locator('#not-05-familjecentraler-per-1000').innerText()),
    /23 familjecentraler \/ 32 339 barn 0–5 år × 1 000 = 0,71\./,
  );
  // Staff and cases as each unit states them; BUP Stockholm's total with its caveat.
  const cases = await cell(page, 'Stockholm', 'Ärenden per år, som varje enhet anger dem');
  assert.match(cases, /BUP, Stockholm: “?BUP local öppenvård: totalt 4126”? \(oklart vad som räknas\)/);
  assert.match(cases, /Siffran gäller hela BUP:s lokala öppenvård i Stockholms län, inte späd- och småbarnsteamen\./);
  assert.match(await cell(page, 'Örebro', 'Personal, som varje enhet anger den'), /Gryningen, Karlskoga: “?Sex heltidstjänster;.*\(tjänster\)/);
  await assertAccessible(page); // the county table with its footnotes and chart
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('sorting by children puts Stockholm first, sets aria-sort and the URL, by mouse and keyboard', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor'));
  await table(page).waitFor();
  // First by name, so that Stockholm is not first to begin with.
  await page.getByRole('button', { name: 'Län', exact: true }).click();
  await page.waitForURL(/sort=lan/);
  assert.deepEqual(await rowNames(page), ['Jönköping', 'Stockholm', 'Västernorrland', 'Örebro', 'Östergötland']);
  const children = page.getByRole('button', { name: 'Barn 0–5 år', exact: true });
  const head = page.locator('thead th').filter({ has: children });
  assert.equal(await head.getAttribute('aria-sort'), null);
  await children.click();
  await page.waitForURL(/sort=barn&ordning=fallande/);
  assert.deepEqual(await rowNames(page), ['Stockholm', 'Östergötland', 'Jönköping', 'Örebro', 'Västernorrland']);
  assert.equal(await head.getAttribute('aria-sort'), 'descending');
  assert.equal(await page.locator('thead th[aria-sort]').count(), 1);
  // Again by keyboard: the other direction; focus stays on the button.
  await children.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.search === '?sida=jamfor&sort=barn');
  assert.equal((await rowNames(page))[0], 'Västernorrland');
  assert.equal(await head.getAttribute('aria-sort'), 'ascending');
  assert.equal(await page.evaluate(() => document.activeElement.closest('th')?.getAttribute('aria-sort')), 'ascending');
  // Back undoes the sort; a reload of the URL shows the same order.
  await page.goBack();
  await page.waitForURL(/ordning=fallande/);
  await firstRow(page, 'Stockholm');
  await page.reload();
  // The reloaded page draws its table once every county file is in.
  await firstRow(page, 'Stockholm');
  assert.equal(await head.getAttribute('aria-sort'), 'descending');
  await page.context().close();
});

test('the chart: an accessible SVG of a per-1,000 figure by county, switchable in the URL', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor'));
  const chart = page.getByRole('img', { name: /per län$/ });
  await chart.waitFor();
  assert.equal(await chart.locator('title').textContent(), 'Familjecentraler per 1 000 barn 0–5 år, per län');
  assert.match(await chart.locator('desc').textContent(), /Stockholm 0,12; Östergötland 0,71; Jönköping 0,81; Örebro 0,81; Västernorrland 0,19\./);
  assert.equal(await chart.locator('rect').count(), 5);
  // The table beside it gives the same values and how they are computed.
  const beside = page.getByRole('table', { name: 'Familjecentraler per 1 000 barn 0–5 år, per län' });
  assert.match(norm(await beside.innerText()), /Örebro 0,81 17 familjecentraler \/ 20 920 barn 0–5 år × 1 000 = 0,81\./);
  const units = page.getByRole('button', { name: 'Specialiserade enheter per 10 000 barn 0–5 år' });
  assert.equal(await units.getAttribute('aria-pressed'), 'false');
  await units.click();
  await page.waitForURL(/diagram=enheter-per-10000/);
  assert.equal(await units.getAttribute('aria-pressed'), 'true');
  const other = page.getByRole('img', { name: /^Specialiserade enheter per 10 000 barn 0–5 år, per län$/ });
  assert.match(await other.locator('desc').textContent(), /Stockholm 0,17; Östergötland 0,62; Jönköping 0,00/);
  await page.context().close();
});

test('English number formats', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor&lang=en'));
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await cell(page, 'Stockholm', 'Children 0–5'), '177,367');
  assert.equal(await cell(page, 'Örebro', 'Municipalities with a team'), '3 of 12');
  assert.match(await cell(page, 'Östergötland', 'Family centres per 1,000 children 0–5'), /^0\.71 Footnote \d+$/);
  assert.match(await cell(page, 'Örebro', 'Share of municipalities with a team (%)'), /^25% Footnote/);
  assert.match(await cell(page, 'Stockholm', 'Cases per year, as each unit states them'), /unclear what is counted.*The figure counts all of BUP's local outpatient care/);
  // Swedish words of the data keep their language.
  assert.equal(await page.getByRole('rowheader', { name: 'Örebro' }).getByRole('link').getAttribute('lang'), 'sv');
  await page.context().close();
});

test('the methods matrix: a count opens the units and municipalities behind it', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor&tabell=metoder'));
  await table(page).waitFor();
  assert.equal(await cell(page, 'MIM (Marschak Interaction Method)', 'Örebro: enheter'), '1 visa vilka');
  assert.equal(await cell(page, 'MIM (Marschak Interaction Method)', 'Jönköping: enheter'), '0');
  const cos = page.getByRole('row', { name: /^COS-P/ });
  const cells = cos.locator(':scope > td');
  const heads = await table(page).locator('thead tr > *').allInnerTexts();
  const jkp = heads.findIndex((h) => h.startsWith('Jönköping: kommuner')) - 1;
  const disclosure = cells.nth(jkp).locator('details');
  await disclosure.locator('summary').click();
  assert.deepEqual((await disclosure.getByRole('link').allInnerTexts()).map(norm), ['Aneby', 'Eksjö', 'Jönköping', 'Nässjö', 'Värnamo']);
  assert.match(await disclosure.getByRole('link', { name: 'Eksjö' }).getAttribute('href'), /\?kommun=0686$/);
  await assertAccessible(page); // the matrix with a list open
  await page.getByRole('button', { name: 'Örebro: kommuner', exact: true }).click();
  await page.waitForURL(/tabell=metoder&sort=kommuner-18&ordning=fallande/);
  assert.equal((await rowNames(page))[0], 'Marte Meo');
  await page.context().close();
});

test('the municipalities table: its CSV is the data tool’s export byte for byte; the Excel variant', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor&tabell=kommuner'));
  await table(page).waitFor();
  assert.equal(await table(page).locator('tbody tr').count(), 71);
  const exported = promisify(execFile)('cargo', ['run', '-q', '-p', 'ingest', '--', 'export', 'municipalities'], {
    cwd: ROOT,
    encoding: 'buffer',
    maxBuffer: 1 << 24,
  });
  const save = async (name) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name, exact: true }).click()]);
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const plain = await save('Ladda ner CSV');
  assert.match(plain.name, /^samspelskartan-kommuner-\d{4}-\d{2}-\d{2}\.csv$/);
  const { stdout } = await exported;
  assert.ok(stdout.length > 1000, 'the data tool wrote the export');
  assert.ok(plain.bytes.equals(stdout), 'the download is the data tool’s export byte for byte');
  const excel = await save('Ladda ner CSV för Excel');
  assert.match(excel.name, /^samspelskartan-kommuner-\d{4}-\d{2}-\d{2}-excel\.csv$/);
  assert.deepEqual([...excel.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'starts with the byte-order mark');
  const lines = excel.bytes.subarray(3).toString('utf8').split('\n');
  assert.equal(lines[0], 'county_code;municipality_code;municipality;team_coverage;covering_units;social_services;social_services_methods;family_centres');
  assert.equal(lines.length, plain.bytes.toString('utf8').split('\n').length);
  // The citation names the view's URL and the county pages with their dates.
  const cite = norm(await page.locator('.cite-text').innerText());
  assert.match(cite, /^Samspelskartan: Kommuner\. Källor: länssidorna Stockholm \(senast uppdaterad 2018-10-13\), .*Örebro \(senast uppdaterad 2021-02-03\)/);
  assert.ok(cite.includes(`${env.url('?sida=jamfor&tabell=kommuner')} (hämtad `), cite);
  await page.context().close();
});

test('the municipalities of one county, each linking to its page; on a 360 px phone', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?sida=jamfor&tabell=kommuner'));
  await table(page).waitFor();
  await page.getByRole('link', { name: 'Örebro', exact: true }).first().click();
  await page.waitForURL(/tabell=kommuner&lan=18$/);
  assert.equal(await page.getByRole('link', { name: 'Örebro', exact: true }).first().getAttribute('aria-current'), 'true');
  assert.equal(await table(page).locator('tbody tr').count(), 12);
  assert.equal(norm(await page.locator('.table-count').innerText()), 'Visar 12 kommuner.');
  assert.equal(await cell(page, 'Kumla', 'Har ett team'), 'Inget team');
  assert.equal(await cell(page, 'Karlskoga', 'Team som tar emot familjer därifrån'), 'Gryningen, Karlskoga');
  assert.equal(await cell(page, 'Kumla', 'Socialtjänsten'), 'Socialtjänsten erbjuder samspelsbehandling');
  await page.getByRole('button', { name: 'Familjecentraler', exact: true }).click();
  await page.waitForURL(/lan=18&sort=familjecentraler&ordning=fallande$/);
  await assertNoPageScroll(page);
  // The table scrolls in its own named, focusable region.
  const region = page.getByRole('region', { name: 'Kommuner' });
  assert.equal(await region.getAttribute('tabindex'), '0');
  assert.ok(await region.evaluate((r) => r.scrollWidth > r.clientWidth), 'the table is wider than the phone');
  await assertAccessible(page); // the municipalities table, filtered and sorted, at 360 px
  await page.getByRole('rowheader', { name: 'Kumla' }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Kumla' }).waitFor();
  assert.equal(new URL(page.url()).search, '?kommun=1881');
  await page.context().close();
});

test('units side by side: Hagadal and Gryningen field by field, the pick in the URL', async () => {
  const page = await newPage(env, 360);
  await page.goto(env.url('?sida=jamfor&tabell=enheter'));
  await page.getByText('Välj minst två enheter för att se dem sida vid sida.').waitFor();
  await page.getByRole('checkbox', { name: 'Föräldrar-spädbarn Hagadal, Linköping' }).check();
  await page.waitForURL(/enheter=05-foraldrar-spadbarn-hagadal-linkoping$/);
  await page.getByRole('checkbox', { name: 'Gryningen, Karlskoga' }).check();
  await page.waitForURL(/enheter=05-foraldrar-spadbarn-hagadal-linkoping%2C18-gryningen-karlskoga$/);
  assert.equal(await page.getByRole('checkbox', { name: 'Gryningen, Karlskoga' }).evaluate((e) => e === document.activeElement), true);
  const t = table(page);
  await t.waitFor();
  const heads = (await t.locator('thead th a').allInnerTexts()).map(norm);
  assert.deepEqual(heads, ['Föräldrar-spädbarn Hagadal, Linköping', 'Gryningen, Karlskoga']);
  const row = async (label) =>
    (await t.locator('tbody tr').filter({ has: page.getByRole('rowheader', { name: label, exact: true }) }).locator('td').allInnerTexts()).map(norm);
  assert.deepEqual(await row('Åldrar'), ['Graviditet. 0 – ca ett år', 'Gravida och barn 0–6 år']);
  assert.deepEqual(await row('DC:0–3R/DC:0–5'), ['Nej', 'Ja, DC:0–3R']);
  assert.deepEqual(await row('Upptagningsområde'), ['Linköpings kommun samt övriga kommuner i regionen.', 'Karlskoga, Degerfors, Laxå kommuner.']);
  assert.match((await row('Personal'))[1], /^Sex heltidstjänster;/);
  assert.deepEqual(await row('Kan familjen söka själv?'), ['ja', 'ja']);
  assert.deepEqual(await row('Vad ärendesiffran räknar'), ['remisser', 'ärenden']);
  assert.deepEqual(await row('Telefon'), ['010-1034745', 'uppgift saknas']);
  // Sorting the units by a row reorders the columns; aria-sort on the row's header.
  await page.getByRole('button', { name: 'Län', exact: true }).click();
  await page.waitForURL(/sort=lan$/);
  assert.deepEqual((await t.locator('thead th a').allInnerTexts()).map(norm), ['Gryningen, Karlskoga', 'Föräldrar-spädbarn Hagadal, Linköping']);
  assert.equal(await page.getByRole('rowheader', { name: 'Län', exact: true }).getAttribute('aria-sort'), 'ascending');
  await assertNoPageScroll(page);
  await assertAccessible(page); // units side by side, sorted, at 360 px
  // The units CSV names the units in the order shown.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Ladda ner CSV', exact: true }).click()]);
  const text = (await readFile(await download.path())).toString('utf8');
  assert.equal(text.split('\n')[0], 'field,18-gryningen-karlskoga,05-foraldrar-spadbarn-hagadal-linkoping');
  assert.match(download.suggestedFilename(), /^samspelskartan-enheter-\d{4}-\d{2}-\d{2}\.csv$/);
  await page.context().close();
});

test('every table on a 360 px phone: no sideways page scroll; a bad URL is named', async () => {
  const page = await newPage(env, 360);
  for (const q of ['?sida=jamfor', '?sida=jamfor&tabell=metoder']) {
    await page.goto(env.url(q));
    await table(page).waitFor();
    await assertNoPageScroll(page);
  }
  await page.goto(env.url('?sida=jamfor&tabell=enheter&enheter=18-nowhere'));
  await page.getByText('Parametern ”enheter” kan inte ha värdet ”18-nowhere”.').waitFor();
  await page.goto(env.url('?sida=jamfor&sort=kakor'));
  await page.getByText('Parametern ”sort” kan inte ha värdet ”kakor”.').waitFor();
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});

test('printed: the whole table with its column labels, without the buttons and tabs', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=jamfor&tabell=kommuner&lan=18'));
  await table(page).waitFor();
  await page.emulateMedia({ media: 'print' });
  // The sort buttons print as the columns' labels; the tools around the table do not print.
  assert.ok(await page.locator('thead th').filter({ hasText: 'Kommunkod' }).isVisible(), 'column labels print');
  assert.equal(await page.locator('thead .sort-button__arrow').first().isVisible(), false);
  for (const hidden of ['.tabs', '.filter', '.downloads']) {
    assert.equal(await page.locator(hidden).first().isVisible(), false, `${hidden} is not printed`);
  }
  // No scrolling region on paper: every column is laid out.
  assert.equal(await page.locator('.table-scroll').evaluate((e) => getComputedStyle(e).overflowX), 'visible');
  assert.equal(await table(page).locator('tbody tr').count(), 12);
  await page.context().close();
});
