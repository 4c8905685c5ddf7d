// Takes screenshots of the release build (from scripts/test.sh's target/site) at 360 px and
// 1280 px, for a person to look at: `node scripts/screenshots.mjs [out-dir]`.
import { start, newPage } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'target/screenshots';
// [name, query, what shows the page is drawn, what to do before the picture (optional)]
const focus = (selector) => (page) => page.locator(selector).focus();
const openPanel = async (page) => {
  const button = page.locator('.explore__panel-button');
  if (await button.isVisible()) await button.click();
};
const views = [
  ['home', '', 'h1'],
  ['orebro', '?lan=18', 'h1'],
  ['stockholm', '?lan=01', 'h1'],
  ['vasternorrland-en', '?lan=22&lang=en', 'h1'],
  ['not-found', '?lan=99', 'h1'],
  ['glossary', '?sida=ordlista', 'h1'],
  // Maps: Kumla focused on Örebro's map (its tooltip and ring), a municipality's small
  // map, and one of a county the data set lacks.
  ['map-orebro-kumla', '?lan=18', 'h1', focus('a[data-code="1881"]')],
  ['map-kumla', '?kommun=1881', 'h1'],
  ['map-umea', '?kommun=2480', 'h1'],
  ['map-vasterbotten', '?lan=24', 'h1'],
  ['explore', '?sida=utforska', '.explore__count'],
  ['explore-filtered', '?sida=utforska&metod=mim&egen_remiss=ja&visa_avslutade=ja', '.explore__count'],
  ['explore-empty', '?sida=utforska&q=trygghetscirkeln&typ=familjecentral', '.explore__count'],
  ['explore-dropped-en', '?sida=utforska&metod=nonsens&lang=en', '.explore__count'],
  ['explore-panel', '?sida=utforska&metod=mim', '.explore__count', openPanel],
  ['compare-counties', '?sida=jamfor&sort=barn&ordning=fallande', 'table'],
  ['compare-methods', '?sida=jamfor&tabell=metoder', 'table'],
  ['compare-municipalities', '?sida=jamfor&tabell=kommuner&lan=18', 'table'],
  ['compare-units-en', '?sida=jamfor&tabell=enheter&enheter=05-foraldrar-spadbarn-hagadal-linkoping%2C18-gryningen-karlskoga&lang=en', 'table'],
  ['open-data', '?sida=data', '.open-data__file'],
  ['open-data-en', '?sida=data&lang=en', '.open-data__file'],
];
const env = await start();
try {
  for (const width of [360, 1280]) {
    for (const [name, query, ready, act] of views) {
      const page = await newPage(env, width);
      await page.goto(env.url(query));
      await page.locator(ready).first().waitFor();
      // The maps' shapes, when the page has a map.
      await page.waitForFunction(() => !document.querySelector('.map__status--loading'));
      if (act) await act(page);
      await page.screenshot({ path: `${out}/${name}-${width}.png`, fullPage: true });
      await page.screenshot({ path: `${out}/${name}-${width}-top.png` });
      await page.context().close();
    }
  }
} finally {
  await env.stop();
}
console.log(`screenshots in ${out}`);
