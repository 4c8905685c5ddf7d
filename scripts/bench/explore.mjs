// The explore page's speed benchmark (`scripts/bench-explore.sh` builds the sites and runs
// it): for each site (the seed data set, and a copy with the data set 20× the pages) it
// loads `?sida=utforska` in headless Chromium at 1280 px and measures, in the page, the
// time from the input event to the card list's DOM being updated:
//   - a keystroke in the free text: letters of a few words typed one by one, and the text
//     cleared again, counting each keystroke that changes the list;
//   - a click on a facet: the options of "Typ av erbjudande" and "Barnets ålder" chosen
//     and unchosen in turn.
// The start is `performance.now()` in an `input` (keystroke) or `click` (facet) listener
// on the window in the capture phase, registered before the app's own; the end is the
// last change a MutationObserver on the list sees before the page is quiet for 150 ms.
// Median and p95 of each, unthrottled and with the CPU slowed 4×
// (`Emulation.setCPUThrottlingRate`).
// `node scripts/bench/explore.mjs <seed-root> <scaled-root> [--runs N] [--scale seed|20x] [--unthrottled]`
import path from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { CHROMIUM_FLAGS } from '../chromium.mjs';

const SUB = '/samspelskartan/';
const args = process.argv.slice(2);
const flag = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const positional = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const RUNS = Number(flag('--runs')) || 30;
const ONLY = flag('--scale');
const UNTHROTTLED_ONLY = args.includes('--unthrottled');
const SITES = [
  { name: 'seed', root: path.resolve(positional[0] ?? 'target/bench-explore/seed'), target: 16 },
  { name: '20x', root: path.resolve(positional[1] ?? 'target/bench-explore/scaled'), target: 50 },
].filter((s) => !ONLY || s.name === ONLY);
const WORDS = ['trygghetscirkeln', 'marte meo', 'kumla', 'mim', 'vägledande samspel', 'familjecentral', 'bup', 'norra'];

// Runs before the app: the listeners that take the start time come first.
const PROBE = () => {
  const t = { mode: 'input', start: 0, last: 0, changes: 0 };
  window.__explore = t;
  const mark = (mode) => () => {
    if (t.mode === mode) {
      t.start = performance.now();
      t.last = 0;
      t.changes = 0;
    }
  };
  window.addEventListener('input', mark('input'), true);
  window.addEventListener('click', mark('click'), true);
  const watch = () => {
    const list = document.getElementById('erbjudanden');
    if (!list) return false;
    new MutationObserver(() => {
      t.last = performance.now();
      t.changes++;
    }).observe(list, { childList: true, subtree: true, characterData: true });
    return true;
  };
  const wait = new MutationObserver(() => watch() && wait.disconnect());
  wait.observe(document, { childList: true, subtree: true });
};

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until the list has changed and then been quiet for 100 ms; null if it did not
 * change. The app updates the DOM in the task of the event and its microtasks, so once the
 * page answers an evaluation 300 ms after the event with no change seen, none is coming.
 */
async function settle(page) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const t = await page.evaluate(() => ({ ...window.__explore, now: performance.now() }));
    if (t.last > 0 && t.now - t.last >= 100) return t.last - t.start;
    if (t.last === 0 && t.start > 0 && t.now - t.start >= 300) return null;
    await sleep(10);
  }
  throw new Error('the page did not settle within a minute');
}

const setMode = (page, mode) => page.evaluate((m) => (window.__explore.mode = m), mode);

async function keystrokes(page) {
  await setMode(page, 'input');
  const box = page.locator('#fritext');
  await box.click();
  const times = [];
  let unchanged = 0;
  for (let w = 0; times.length < RUNS; w++) {
    const word = WORDS[w % WORDS.length];
    for (const ch of word) {
      await page.keyboard.type(ch);
      const ms = await settle(page);
      if (ms === null) unchanged++;
      else times.push(ms);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const ms = await settle(page);
    if (ms === null) unchanged++;
    else times.push(ms);
    if (w > 20 * WORDS.length) throw new Error('keystrokes do not change the list');
  }
  return { times, unchanged };
}

async function clicks(page) {
  await setMode(page, 'click');
  const boxes = page.locator('#filterpanel details.facet[open] input[type=checkbox]');
  const n = await boxes.count();
  if (n === 0) throw new Error('no facet option in sight');
  const times = [];
  let unchanged = 0;
  for (let i = 0; times.length < RUNS; i++) {
    const box = boxes.nth(Math.floor(i / 2) % n);
    await box.click();
    const ms = await settle(page);
    if (ms === null) unchanged++;
    else times.push(ms);
    if (i > 40 * RUNS) throw new Error('facet clicks do not change the list');
  }
  return { times, unchanged };
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const fmt = (x) => `${x.toFixed(1).padStart(6)} ms`;

async function measure(browser, origin, throttle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const cdp = await context.newCDPSession(page);
  await page.addInitScript(PROBE);
  const t0 = Date.now();
  await page.goto(`${origin}${SUB}?sida=utforska`);
  await page.locator('#erbjudanden .offer').first().waitFor({ timeout: 180_000 });
  const loaded = Date.now() - t0;
  const cards = await page.locator('#erbjudanden .offer').count();
  await sleep(300);
  if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  const key = await keystrokes(page);
  const click = await clicks(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await context.close();
  if (errors.length) throw new Error(`errors in the page: ${errors.join('; ')}`);
  return { loaded, cards, key, click };
}

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const summary = [];
try {
  for (const site of SITES) {
    const server = await serve(site.root);
    const origin = `http://127.0.0.1:${server.address().port}`;
    try {
      for (const [label, throttle] of [
        ['unthrottled', 1],
        ['CPU 4× slower', 4],
      ].filter(([, rate]) => !UNTHROTTLED_ONLY || rate === 1)) {
        const r = await measure(browser, origin, throttle);
        console.log(
          `\n## ${site.name} data set, ${label} (first view: ${r.cards} cards drawn, ${r.loaded} ms to the first card)`,
        );
        for (const [what, m] of [
          ['keystroke', r.key],
          ['facet click', r.click],
        ]) {
          const med = percentile(m.times, 50);
          const p95 = percentile(m.times, 95);
          const verdict = throttle === 1 ? (p95 <= site.target ? `  within ${site.target} ms` : `  OVER ${site.target} ms`) : '';
          console.log(
            `  ${what.padEnd(12)} median ${fmt(med)}  p95 ${fmt(p95)}  max ${fmt(Math.max(...m.times))}` +
              `  (${m.times.length} runs; ${m.unchanged} left the list as it was)${verdict}`,
          );
          summary.push({ site: site.name, label, what, med, p95, target: throttle === 1 ? site.target : null });
        }
      }
    } finally {
      server.close();
    }
  }
} finally {
  await browser.close();
}
console.log('\n## Summary: input event to the list updated (median / p95)');
for (const s of summary) {
  const goal = s.target ? ` (target ${s.target} ms: ${s.med <= s.target ? 'met' : 'missed'} by the median, ${s.p95 <= s.target ? 'met' : 'missed'} by p95)` : '';
  console.log(`  ${s.site.padEnd(4)} ${s.label.padEnd(14)} ${s.what.padEnd(12)} ${fmt(s.med)} / ${fmt(s.p95)}${goal}`);
}
