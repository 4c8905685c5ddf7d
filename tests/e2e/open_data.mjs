// The open data page (`?sida=data`): reached from the footer, it lists every file the data
// tool writes with its size, format and fields, and each download link, from the sub-path,
// gives the real file with its media type and first bytes; none is fetched before a click.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEnv, newPage, assertAccessible, norm, SUB_PATH } from './harness.mjs';

let env;
before(async () => {
  env = await sharedEnv();
});

/** Every file: its heading on the page, the download's name, media type and first bytes. */
const FILES = [
  ['Kommunerna på kartan (GeoJSON)', 'kommuner.geojson', 'application/geo+json', '{"type":"FeatureCollection","features":[{"type":"Feature"'],
  ['Länen på kartan (GeoJSON)', 'lan.geojson', 'application/geo+json', '{"type":"FeatureCollection","features":[{"type":"Feature"'],
  ['Län sida vid sida (CSV)', 'lan.csv', 'text/csv', 'county_code,county,children_0_5,municipalities,units,'],
  ['Kommuner (CSV)', 'kommuner.csv', 'text/csv', 'county_code,municipality_code,municipality,team_coverage,covering_units,social_services,social_services_methods,family_centres\n'],
  ['Enheter sida vid sida (CSV)', 'enheter.csv', 'text/csv', 'field,01-spadbarnsverksamheten-tittut-stockholm,'],
  ['Metoder per län (CSV)', 'metoder.csv', 'text/csv', 'method_id,method,kind,units,municipalities,'],
  ['Huvudmän och tjänster (HSDS 3.0)', 'hsds.json', 'application/json', '{"total_items":'],
];

/** The request paths under data/open/ a page has made. */
function openDataRequests(page) {
  const seen = [];
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (path.startsWith(`${SUB_PATH}data/open/`)) seen.push(path.slice(SUB_PATH.length));
  });
  return seen;
}

test('the footer leads to the data page, which lists every file with its facts and a working download', async () => {
  const page = await newPage(env, 360);
  const requested = openDataRequests(page);
  await page.goto(env.url());
  await page.locator('h1').first().waitFor();
  // The front page fetches none of the open data.
  await page.waitForLoadState('networkidle');
  assert.deepEqual(requested, []);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Öppna data: ladda ner uppgifterna' }).click();
  await page.getByRole('heading', { level: 1, name: 'Öppna data' }).waitFor();
  assert.equal(new URL(page.url()).search, '?sida=data');
  assert.equal(new URL(page.url()).pathname, SUB_PATH);
  await page.getByRole('heading', { level: 2, name: 'Filerna' }).waitFor();
  await page.waitForLoadState('networkidle');
  // The page reads the manifest only; the files wait for their links.
  assert.deepEqual(requested, ['data/open/manifest.json']);
  assert.match(await page.title(), /Öppna data/);

  const manifest = await (await fetch(env.url('data/open/manifest.json'))).json();
  assert.deepEqual(
    manifest.files.map((f) => f.path),
    FILES.map(([, name]) => `data/open/${name}`),
  );
  const sections = page.locator('section.open-data__file');
  assert.equal(await sections.count(), FILES.length);
  for (const [heading, name, type, start] of FILES) {
    const section = page.getByRole('region', { name: heading });
    const facts = norm(await section.locator('.open-data__facts').innerText());
    const link = section.getByRole('link', { name: new RegExp(`^Ladda ner ${name.replace('.', '\\.')} \\(`) });
    const href = await link.getAttribute('href');
    assert.equal(href, `${SUB_PATH}data/open/${name}`, `link of ${name}`);
    assert.equal(await link.getAttribute('download'), `samspelskartan-${name}`);
    // The real file, from the sub-path, with its media type, first bytes and stated size.
    const response = await page.request.get(new URL(href, page.url()).href);
    assert.equal(response.status(), 200, name);
    assert.equal(response.headers()['content-type'].split(';')[0], type, `media type of ${name}`);
    const body = await response.body();
    assert.ok(body.toString('utf8').startsWith(start), `first bytes of ${name}: ${body.subarray(0, 80)}`);
    const stated = manifest.files.find((f) => f.path === `data/open/${name}`);
    assert.equal(body.length, stated.bytes, `size of ${name}`);
    const format = type === 'text/csv' ? 'CSV, UTF-8, kommatecken' : type === 'application/json' ? 'JSON, HSDS 3.0' : 'GeoJSON (RFC 7946), WGS 84';
    assert.match(facts, new RegExp(`^Format ${format.replace(/[()]/g, '\\$&')} Storlek [\\d,]+\\s(kB|MB|byte) Innehåll`));
    // Its columns or properties, as the file's header or first feature names them.
    const names = (await section.locator('.open-data__fields dt code').allTextContents()).map(norm);
    if (type === 'text/csv') {
      assert.deepEqual(names, body.toString('utf8').split('\n')[0].split(','), `columns of ${name}`);
    } else if (type === 'application/geo+json') {
      const first = JSON.parse(body.toString('utf8')).features[0].properties;
      assert.deepEqual(names, Object.keys(first), `properties of ${name}`);
    }
  }
  // The GeoJSON of the municipalities: all 290, Kumla as its county page says.
  const municipalities = await (await fetch(env.url('data/open/kommuner.geojson'))).json();
  assert.equal(municipalities.features.length, 290);
  const kumla = municipalities.features.find((f) => f.properties.municipality_code === '1881').properties;
  assert.equal(kumla.team_coverage, 'no');
  assert.equal(kumla.social_services, 'offers');
  // A municipality outside the data set is unknown, not "no".
  const malmo = municipalities.features.find((f) => f.properties.municipality_code === '1280').properties;
  assert.equal(malmo.in_data_set, false);
  assert.equal(malmo.team_coverage, null);

  // The sources name each county page with its date and link to its county.
  const sources = page.getByRole('region', { name: 'Källor' });
  assert.match(norm(await sources.innerText()), /Örebro, senast uppdaterad 2021-02-03: data\/counties\/18-orebro\.txt/);
  assert.equal(await sources.getByRole('link', { name: 'Örebro' }).getAttribute('href'), `${SUB_PATH}?lan=18`);
  // The citation names the page's own address under the sub-path.
  const cite = norm(await page.locator('.open-data__cite').innerText());
  assert.match(cite, /^Samspelskartan: Öppna data\. Källor: länssidorna .*Örebro \(senast uppdaterad 2021-02-03\)/);
  assert.ok(cite.includes(`${env.url('?sida=data')} (hämtad `), cite);
  // The HSDS mapping and the licences are written down.
  const hsds = norm(await page.getByRole('region', { name: 'HSDS: vad som står var' }).innerText());
  assert.match(hsds, /eligibility_description/);
  assert.match(hsds, /samspelskartan_/);
  assert.match(norm(await page.getByRole('region', { name: 'Licens' }).innerText()), /MIT-licensen/);

  // A download link, clicked, downloads the file under its own name.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: /^Ladda ner kommuner\.csv/ }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'samspelskartan-kommuner.csv');
  assert.match(norm(await page.locator('h1').innerText()), /^Öppna data$/);

  // Fields open by keyboard; axe-core on the page with a list of columns open.
  const summary = page.getByRole('region', { name: 'Kommuner (CSV)' }).locator('summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  assert.equal(await summary.evaluate((s) => s.parentElement.open), true);
  await assertAccessible(page);
  // Reflows at 320 px without horizontal scrolling.
  await page.setViewportSize({ width: 320, height: 800 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320));
  assert.deepEqual(page.pageErrors, []);
  assert.deepEqual(page.foreignRequests, []);
  await page.context().close();
});

test('in English the page says the same, with the Swedish field names of the data marked', async () => {
  const page = await newPage(env, 1280);
  await page.goto(env.url('?sida=data&lang=en'));
  await page.getByRole('heading', { level: 1, name: 'Open data' }).waitFor();
  await page.getByRole('heading', { level: 2, name: 'The files' }).waitFor();
  assert.equal(await page.locator('section.open-data__file').count(), FILES.length);
  const hsds = page.getByRole('region', { name: 'Principals and services (HSDS 3.0)' });
  assert.match(norm(await hsds.innerText()), /organisations with \d+ services/);
  assert.equal(
    await hsds.getByRole('link', { name: /^Download hsds\.json/ }).getAttribute('href'),
    `${SUB_PATH}data/open/hsds.json`,
  );
  assert.match(norm(await page.locator('.open-data__cite').innerText()), /^Samspelskartan: Open data\. Sources: the county pages/);
  // A unit's name in the units table's columns is the page's Swedish, marked as such.
  const units = page.getByRole('region', { name: 'Units side by side (CSV)' });
  assert.equal(await units.locator('.open-data__fields dd[lang="sv"]').count(), 6);
  assert.equal(await units.locator('.open-data__fields dd:not([lang])').count(), 1);
  assert.deepEqual(page.pageErrors, []);
  await page.context().close();
});
