// The benchmark's reference: plain static HTML pages with the same facts as the app's first
// views (the front page's county list; a county page with its unit cards, municipalities and
// paragraphs), generated from the site's own data files and styled by the site's own
// stylesheet. What a browser needs to show them is the physical floor the app is compared
// with.
import fs from 'node:fs';
import path from 'node:path';

const esc = (s) => String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const num = (n) => n.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

function page(title, css, body) {
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><meta name="description" content="Statisk jämförelsesida för prestandamätning">
<link rel="stylesheet" href="${css}"></head>
<body><header class="site-header"><div class="site-header__inner"><a class="site-name" href="./">Samspelskartan</a></div></header>
<main id="innehall">${body}</main></body></html>
`;
}

function home(index) {
  const cards = index.counties
    .map(
      (c) => `<li class="county-card"><h2><a href="?lan=${c.code}">${esc(c.name)}</a></h2><dl class="facts">
<div><dt>Barn 0–5 år</dt><dd class="children">${num(c.children_0_5)}</dd></div>
<div><dt>Kommuner</dt><dd>${c.municipalities}</dd></div>
<div><dt>Kommuner med team</dt><dd class="coverage">${c.covered_municipalities}/${c.municipalities}</dd></div>
<div><dt>Späd- och småbarnsteam</dt><dd>${c.units || 'Inga'}</dd></div>
<div><dt>Senast uppdaterad</dt><dd>${esc(c.updated ?? 'Datum saknas')}</dd></div></dl></li>`,
    )
    .join('\n');
  return `<h1>Län i kartläggningen</h1><ul class="county-list">${cards}</ul>`;
}

function county(c) {
  const units = c.units
    .map(
      (u) => `<article class="unit-card"><h3>${esc(u.name)}</h3><dl class="fields">${u.fields
        .map((f) => `<div class="field"><dt>${esc(f.label)}</dt><dd>${esc(f.value)}</dd></div>`)
        .join('')}</dl><p class="source">Källa: ${esc(c.source_file)}, rad ${u.first_line}–${u.last_line}</p></article>`,
    )
    .join('\n');
  const municipalities = c.municipalities
    .map((m) => `<li class="municipality"><details><summary>${esc(m.name)}</summary></details></li>`)
    .join('');
  const paragraphs = c.paragraphs
    .map((p) => `<div class="paragraph"><p>${esc(p.source.text)}</p><p class="source">Källa: rad ${p.source.first_line}</p></div>`)
    .join('\n');
  return `<article class="county"><h1>${esc(c.name)}</h1><p>${num(c.children_0_5)} barn 0–5 år</p>
<section class="units"><h2>Späd- och småbarnsteam</h2>${units}</section>
<section><h2>Allt annat som länssidan säger</h2>${paragraphs}</section></article>
<section><h2>Kommun för kommun</h2><ul class="municipality-list">${municipalities}</ul></section>`;
}

function municipality(c, code) {
  const m = c.municipalities.find((x) => x.code === code);
  const units = c.units.filter((u) => m.covering_units.includes(u.id));
  const answer = units.length
    ? `<p class="answer">Familjer i ${esc(m.name)} kan få samspelsbehandling av ett späd- och småbarnsteam:</p>` +
      units.map((u) => `<article class="unit-summary"><h3>${esc(u.name)}</h3></article>`).join('')
    : `<p class="answer"><strong>Det finns inget späd- och småbarnsteam för familjer i ${esc(m.name)}.</strong></p>`;
  const quotes = m.social_services.evidence
    .map((i) => c.statements[i])
    .map((s) => `<li><blockquote>${esc(s.text)}</blockquote><p class="source-ref">Källa: rad ${s.first_line}</p></li>`)
    .join('');
  const centres = m.family_centres.map((f) => `<li>${f.url ? `<a href="${esc(f.url)}">${esc(f.name)}</a>` : esc(f.name)}</li>`).join('');
  return `<article><h1>${esc(m.name)}</h1><h2>Späd- och småbarnsteam</h2>${answer}
<h2>Socialtjänsten i ${esc(m.name)}</h2><ul class="quotes">${quotes}</ul>
<h2>Familjecentraler</h2><ul>${centres}</ul></article>`;
}

/** Writes `static-home.html`, `static-county-<code>.html` and
 * `static-municipality-<code>.html` into the site folder, from the data files under
 * `dataDir` (the site's own `data/` unless given). */
export function writeStaticPages(siteDir, countyCode, dataDir = path.join(siteDir, 'data'), municipalityCode = undefined) {
  const read = (rel) => JSON.parse(fs.readFileSync(path.join(dataDir, rel), 'utf8'));
  const css = fs.readdirSync(siteDir).find((f) => f.endsWith('.css'));
  const index = read('index.json');
  const c = read(`counties/${countyCode}.json`).county;
  fs.writeFileSync(path.join(siteDir, 'static-home.html'), page('Samspelskartan', css, home(index)));
  fs.writeFileSync(path.join(siteDir, `static-county-${countyCode}.html`), page(c.name, css, county(c)));
  if (municipalityCode) {
    fs.writeFileSync(
      path.join(siteDir, `static-municipality-${municipalityCode}.html`),
      page(municipalityCode, css, municipality(c, municipalityCode)),
    );
  }
}
