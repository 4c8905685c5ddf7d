// Takes screenshots of the release build (from scripts/test.sh's target/site) at 360 px and
// 1280 px, for a person to look at: `node scripts/screenshots.mjs [out-dir]`.
import { start, newPage } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'target/screenshots';
const views = [
  ['home', ''],
  ['orebro', '?lan=18'],
  ['stockholm', '?lan=01'],
  ['vasternorrland-en', '?lan=22&lang=en'],
  ['not-found', '?lan=99'],
  ['open-data', '?sida=data'],
  ['open-data-en', '?sida=data&lang=en'],
  ['compare-counties', '?sida=jamfor&sort=barn&ordning=fallande'],
  ['compare-methods', '?sida=jamfor&tabell=metoder'],
  ['compare-municipalities', '?sida=jamfor&tabell=kommuner&lan=18'],
  ['compare-units-en', '?sida=jamfor&tabell=enheter&enheter=05-foraldrar-spadbarn-hagadal-linkoping%2C18-gryningen-karlskoga&lang=en'],
  // Maps: Kumla focused on Örebro's map (its tooltip and ring), a municipality's small
  // map, and one of a county the data set lacks.
  ['map-orebro-kumla', '?lan=18', 'a[data-code="1881"]'],
  ['map-kumla', '?kommun=1881'],
  ['map-umea', '?kommun=2480'],
];
const env = await start();
try {
  for (const width of [360, 1280]) {
    for (const [name, query, focus] of views) {
      const page = await newPage(env, width);
      await page.goto(env.url(query));
      await page.locator('h1').first().waitFor();
      await page.waitForLoadState('networkidle');
      // The maps' shapes, when the page has a map.
      await page.waitForFunction(() => !document.querySelector('.map__status--loading'));
      if (focus) await page.locator(focus).focus();
      await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
      await page.screenshot({ path: `${out}/${name}-${width}-top.png` });
      await page.context().close();
    }
  }
} finally {
  await env.stop();
}
console.log(`screenshots in ${out}`);
