// The performance benchmark (`scripts/bench.sh` runs it on a fresh release build):
// serves the site from a sub-path with gzip, as a CDN would, and prints for each first view
//   - the bytes the browser transferred, per file and in total;
//   - the time from navigation to the first meaningful content and to the app having
//     mounted, median and spread of ten cold loads, unthrottled and under the mobile
//     conditions Lighthouse simulates (1.6 Mbit/s down, 150 ms round trip, CPU slowed 4×),
//     next to a static HTML page with the same facts, and the ratio;
//   - Lighthouse 12.2.3 (mobile preset): the four category scores, LCP and TBT;
// and the size of every file of the build, raw and gzipped.
// `node scripts/bench/measure.mjs <site-root> [--runs N] [--no-lighthouse] [--data DIR]
// [--only front]` (`--data`: where the static twins' facts are read, by default the site's
// own data/; `--only`: the views whose name starts so, e.g. for the floor of the stack).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { writeStaticPages } from './static-pages.mjs';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

const SUB = '/samspelskartan/';
const args = process.argv.slice(2);
const root = path.resolve(args[0] && !args[0].startsWith('--') ? args[0] : 'target/bench-site');
const RUNS = Number(args[args.indexOf('--runs') + 1]) || 10;
const LIGHTHOUSE = !args.includes('--no-lighthouse');
const DATA = args.includes('--data') ? path.resolve(args[args.indexOf('--data') + 1]) : undefined;
const ONLY = args.includes('--only') ? args[args.indexOf('--only') + 1] : '';
const site = path.join(root, SUB);

/** The first views: the app's query, the static twin, and what counts as content. */
const VIEWS = [
  { name: 'front page', query: '', twin: 'static-home.html', content: '.county-card' },
  { name: 'county page (Örebro)', query: '?lan=18', twin: 'static-county-18.html', content: '.unit-card' },
  { name: 'municipality page (Kumla)', query: '?kommun=1881', twin: 'static-municipality-1881.html', content: '.answer' },
  // The staff pages (their own module, loaded on demand, and every county's file): reported,
  // with no static twin.
  { name: 'explore page', query: '?sida=utforska', twin: null, content: '#erbjudanden .offer' },
  { name: 'comparison page', query: '?sida=jamfor', twin: null, content: 'table.compare-table tbody th' },
];

/** The mobile conditions of Lighthouse's simulated throttling. */
const MOBILE = { latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8, cpu: 4 };

// Records when the content and the app's frame first appear, from navigation start.
const OBSERVER = (selector) => `
  window.__bench = {};
  new MutationObserver(() => {
    const b = window.__bench;
    if (b.content === undefined && document.querySelector(${JSON.stringify(selector)})) b.content = performance.now();
    // The app's own frame (the static one in index.html has no language switch).
    if (b.mounted === undefined && document.querySelector('.site-header, .lang-switch') && !document.getElementById('skal')) b.mounted = performance.now();
  }).observe(document, { childList: true, subtree: true });`;

/** A phone-sized page in a fresh context with no cache, under the mobile conditions when
 *  `mobile` is set; its CDP session too. */
async function coldPage(browser, mobile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (mobile) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, ...MOBILE });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: MOBILE.cpu });
  }
  return { context, page, cdp };
}

async function load(browser, url, selector, mobile) {
  const { context, page, cdp } = await coldPage(browser, mobile);
  const urls = new Map();
  const bytes = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => bytes.push([urls.get(e.requestId), e.encodedDataLength]));
  await page.addInitScript(OBSERVER(selector));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__bench.content !== undefined && window.__bench.mounted !== undefined, null, {
    timeout: 60_000,
    polling: 50,
  });
  await page.waitForLoadState('networkidle');
  const times = await page.evaluate(() => window.__bench);
  await context.close();
  return { ...times, bytes };
}

/** The maps whose drawing is timed: the largest county map with a county page (Stockholm,
 *  26 municipalities) and the largest of all (Västra Götaland, 49, small on a municipality's
 *  page). */
const MAPS = [
  { name: 'Stockholms län (county page)', query: '?lan=01', geo: 'geo/01.json', regions: 26 },
  { name: 'Västra Götalands län (small, Göteborg)', query: '?kommun=1480', geo: 'geo/14.json', regions: 49 },
];

// The map's own drawing time: its shapes are held back until the rest of the page has been
// drawn (1.5 s; 4 s under the mobile conditions), then timed from their arrival (the file's
// responseEnd) to its regions being in the page: decoding, naming and drawing the map.
const MAP_OBSERVER = (geo, regions) => `
  window.__map = {};
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name.endsWith(${JSON.stringify(geo)})) window.__map.arrived = e.responseEnd;
  }).observe({ type: 'resource', buffered: true });
  new MutationObserver(() => {
    const m = window.__map;
    if (m.drawn === undefined && document.querySelectorAll('.map__area').length >= ${regions}) m.drawn = performance.now();
  }).observe(document, { childList: true, subtree: true });`;

async function mapRender(browser, url, map, mobile) {
  const { context, page } = await coldPage(browser, mobile);
  const hold = mobile ? 4000 : 1500;
  await page.route(`**/data/${map.geo}`, (route) => setTimeout(() => route.continue(), hold));
  await page.addInitScript(MAP_OBSERVER(map.geo, map.regions));
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__map.drawn !== undefined && window.__map.arrived !== undefined, null, {
    timeout: 60_000,
    polling: 50,
  });
  const m = await page.evaluate(() => window.__map);
  await context.close();
  return m.drawn - m.arrived;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const spread = (xs) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;

function printBytes(name, bytes, origin) {
  console.log(`\n## Transferred for the ${name} (gzip, as requested by the browser)`);
  let total = 0;
  for (const [url, n] of bytes) {
    total += n;
    console.log(`  ${String(n).padStart(8)} B  ${url.replace(origin, '')}`);
  }
  console.log(`  ${String(total).padStart(8)} B  total (${kb(total)})`);
  return total;
}

async function lighthouse(url) {
  const bin = path.resolve('scripts/bench/node_modules/.bin/lighthouse');
  // Asynchronously: the server answering Lighthouse's requests runs in this process.
  const { stdout: out } = await promisify(execFile)(
    bin,
    [
      url,
      '--output=json',
      '--quiet',
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${CHROMIUM_FLAGS.join(' ')}`,
    ],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 << 20 },
  );
  const r = JSON.parse(out);
  const score = (c) => Math.round(r.categories[c].score * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: r.audits['largest-contentful-paint'].numericValue,
    tbt: r.audits['total-blocking-time'].numericValue,
    fcp: r.audits['first-contentful-paint'].numericValue,
    failing: Object.values(r.audits)
      .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode) && a.details?.type !== 'opportunity')
      .map((a) => a.id),
  };
}

function printFiles() {
  console.log('\n## Every file of the build (raw and gzip -9 bytes)');
  const rows = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith('static-')) {
        const raw = fs.readFileSync(p);
        rows.push([path.relative(site, p), raw.length, zlib.gzipSync(raw, { level: 9 }).length]);
      }
    }
  };
  walk(site);
  rows.sort((a, b) => a[0].localeCompare(b[0]));
  const w = Math.max(...rows.map((r) => r[0].length));
  for (const [name, raw, gz] of rows) console.log(`  ${name.padEnd(w)}  ${String(raw).padStart(8)}  ${String(gz).padStart(8)}`);
}

writeStaticPages(site, '18', DATA, '1881');
const server = await serve(root);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const summary = [];
try {
  for (const view of VIEWS.filter((v) => v.name.startsWith(ONLY))) {
    const appUrl = `${origin}${SUB}${view.query}`;
    const twinUrl = view.twin && `${origin}${SUB}${view.twin}`;
    const first = await load(browser, appUrl, view.content, false);
    const total = printBytes(view.name, first.bytes, origin);
    if (twinUrl) {
      const twinBytes = (await load(browser, twinUrl, view.content, false)).bytes.reduce((s, [, n]) => s + n, 0);
      console.log(`  static twin: ${twinBytes} B`);
    }
    const row = { view: view.name, bytes: total };
    for (const [label, mobile] of [['unthrottled', false], ['mobile', true]]) {
      const app = [];
      const twin = [];
      for (let i = 0; i < RUNS; i++) {
        app.push(await load(browser, appUrl, view.content, mobile));
        if (twinUrl) twin.push(await load(browser, twinUrl, view.content, mobile));
      }
      const content = app.map((r) => r.content);
      const mounted = app.map((r) => r.mounted);
      const still = twin.map((r) => r.content);
      row[label] = { content: median(content), mounted: median(mounted), twin: twinUrl ? median(still) : null };
      console.log(
        `\n## ${view.name}, ${label}, ${RUNS} cold loads: median (min–max)\n` +
          `  content: ${ms(median(content))} (${spread(content)})\n` +
          `  app mounted: ${ms(median(mounted))} (${spread(mounted)})` +
          (twinUrl
            ? `\n  static HTML with the same facts: ${ms(median(still))} (${spread(still)})\n` +
              `  ratio app / static: ${(median(content) / median(still)).toFixed(2)}×`
            : ''),
      );
    }
    if (LIGHTHOUSE) {
      const lh = await lighthouse(appUrl);
      row.lighthouse = lh;
      console.log(
        `\n## Lighthouse 12.2.3, mobile, ${view.name}\n` +
          `  performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}\n` +
          `  FCP ${ms(lh.fcp)}, LCP ${ms(lh.lcp)}, TBT ${ms(lh.tbt)}` +
          (lh.failing.length ? `\n  audits not passed: ${lh.failing.join(', ')}` : ''),
      );
    }
    summary.push(row);
  }
  if (!ONLY || ONLY === 'map') {
    console.log('\n## Drawing the largest maps: from their shapes\' arrival to their regions in the page');
    for (const map of MAPS) {
      for (const [label, mobile] of [['unthrottled', false], ['mobile', true]]) {
        const times = [];
        for (let i = 0; i < RUNS; i++) times.push(await mapRender(browser, `${origin}${SUB}${map.query}`, map, mobile));
        console.log(`  ${map.name}, ${map.regions} regions, ${label}: ${ms(median(times))} (${spread(times)}), median of ${RUNS}`);
      }
    }
  }
  printFiles();
  console.log('\n## Summary (mobile: content median, ratio to static; bytes)');
  for (const r of summary) {
    const m = r.mobile;
    const lh = r.lighthouse ? `; Lighthouse ${r.lighthouse.performance}/${r.lighthouse.accessibility}/${r.lighthouse.bestPractices}/${r.lighthouse.seo}` : '';
    const vs = m.twin ? ` (static ${ms(m.twin)}, ×${(m.content / m.twin).toFixed(2)})` : '';
    console.log(`  ${r.view}: ${ms(m.content)}${vs}; ${kb(r.bytes)} gzip${lh}`);
  }
} finally {
  await browser.close();
  server.close();
}
