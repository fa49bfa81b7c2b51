// Screenshots of the release build at phone (375 px) and desktop (1280 px) widths, for a person to
// look at. Usage: node scripts/screenshots.mjs [out-dir]  (build first: trunk build --release)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });

// Each view: a name, a path, and what to do on the page before the picture.
const done = 'role=worker&date=2025-01-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=2500';
const views = [
  ['start', '?lang=en', async () => {}],
  ['role', '?lang=en&page=role', async () => {}],
  ['pension-employer', '?lang=nl&page=pension&role=employer&date=2025-01-15&pc=302', async () => {}],
  ['date-error', '?lang=nl&page=date', async (page) => {
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
  }],
  ['sector-search', '?lang=fr&page=sector&date=2025-01-15', async (page) => {
    await page.locator('#answer').fill('boulangerie');
    await page.locator('.sector-results button').first().waitFor();
  }],
  ['function', '?lang=en&page=function&date=2025-01-15&pc=302', async () => {}],
  ['work-t3', '?lang=en&page=work-t3&date=2025-01-15&pc=302&pension=no', async () => {}],
  ['check', '?lang=en&page=check&' + done, async () => {}],
  ['result-eligible', '?lang=en&page=result&' + done, async (page) => { await page.locator('details.why summary').click(); }],
  ['result-not-eligible', '?lang=nl&page=result&date=2025-01-15&pc=302&pension=no&t3=80&t4=100&foreign=no&other=none&notice=no&linked=none', async () => {}],
  ['result-conditional', '?lang=fr&page=result&role=employer&date=2019-08-01&pc=302&pension=no&t3=100&foreign=yes&other=none&notice=no', async () => {}],
  ['compare', '?lang=en&page=compare&mode=compare&date=2019-06-05&pc=302&wage=12.0014&hours=4&kind=manual', async () => {}],
  ['pay', '?lang=fr&page=pay&mode=compare&date=2025-06-01&pc=302', async () => {}],
  ['pay-error', '?lang=nl&page=pay&mode=compare&date=2025-06-01&pc=302&wage=14,5&hours=6&kind=manual&extradays=1,5', async (page) => {
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
  }],
  ['compare-counters', '?lang=nl&page=compare&mode=compare&date=2019-06-05&pc=302&wage=12,0014&hours=4&kind=manual&tax=30&flexiwage=11&extradays=50&studenthours=400', async () => {}],
  ['rules', '?lang=en&page=rules', async () => {}],
  ['rules-nl', '?lang=nl&page=rules', async () => {}],
  ['changes', '?lang=en&page=changes', async () => {}],
  ['changes-fr', '?lang=fr&page=changes', async () => {}],
  ['result-source-nl', '?lang=nl&page=result&' + done, async (page) => { await page.locator('details.why summary').click(); }],
  ['compare-2026', '?lang=nl&page=compare&mode=compare&date=2026-12-05&pc=302&wage=15,50&hours=6&kind=manual', async () => {}],
  ['compare-2026-fr', '?lang=fr&page=compare&mode=compare&date=2026-12-05&pc=302&wage=15,50&hours=6&kind=manual&main=2500', async () => {}],
  ['check-quarters', '?lang=fr&page=check&' + done.replace('2025-01-15', '2027-04-20'), async () => {}],
  ['bad-link', '?page=nowhere', async () => {}],
  // The questionnaire under real use (issue 16).
  ['sector-words-nl', '?lang=nl&page=sector&role=worker&date=2027-01-15', async (page) => {
    await page.locator('#answer').fill('supermarkt');
    await page.locator('.sector-results button').first().waitFor();
  }],
  ['sector-help-en', '?lang=en&page=sector&role=worker&date=2027-01-15', async (page) => { await page.locator('[data-testid=sector-help] summary').click(); }],
  ['date-impossible-fr', '?lang=fr&page=date&role=worker', async (page) => {
    await page.locator('#answer').fill('31/02/2026');
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
  }],
  ['work-t3-dont-know-nl', '?lang=nl&page=work-t3&role=worker&date=2027-01-15&pc=302&function=general&pension=no', async () => {}],
  ['work-t4-en', '?lang=en&page=work-t4&role=worker&date=2027-01-15&pc=302&function=general&pension=no&t3=80', async () => {}],
  ['other-contract-fr', '?lang=fr&page=other-contract&role=worker&date=2027-01-15&pc=302&function=general&pension=no&t3=100&foreign=no', async () => {}],
  ['linked-fold-en', '?lang=en&page=linked&role=worker&date=2027-01-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no', async (page) => { await page.locator('details.more summary').click(); }],
  ['pay-all-errors-en', '?lang=en&page=pay&mode=compare&date=2026-12-05&pc=302&tax=80%25&main=1%2C234', async (page) => {
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
  }],
  ['result-worker-steps-nl', '?lang=nl&page=result&' + done.replace('2025-01-15', '2027-01-15'), async () => {}],
  ['result-pensioner-fr', '?lang=fr&page=result&role=worker&date=2025-02-10&pc=302&function=general&pension=yes&since=2024-08-15&other=none&notice=no&linked=none', async () => {}],
  ['result-refusal-en', '?lang=en&page=result&role=worker&date=2025-01-15&pc=302&function=general&pension=no&t3=80&t4=100&foreign=no&other=none&notice=no&linked=none', async () => {}],
  ['result-if-en', '?lang=en&page=result&role=employer&date=2027-01-15&pc=302&function=general&pension=no&t3=unknown&foreign=no&other=none&notice=no&linked=unknown&income=unknown', async () => {}],
  // Issue 21: allowed, if someone else decides; an abolished committee; sources in the page's language.
  ['result-public-sector-nl', '?lang=nl&page=result&role=employer&date=2026-10-15&nace=84110&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none', async () => {}],
  ['result-optout-fr', '?lang=fr&page=result&role=worker&date=2026-10-15&pc=144&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none', async (page) => { await page.locator('details.why summary').click(); }],
  ['sector-abolished-nl', '?lang=nl&page=sector&role=worker&date=2026-12-15', async (page) => {
    await page.locator('#answer').fill('308');
    await page.locator('button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
  }],
  ['sector-339-fr', '?lang=fr&page=sector&role=worker&date=2026-12-15', async (page) => {
    await page.locator('#answer').fill('logement social');
    await page.locator('.sector-results button').first().waitFor();
  }],
  ['compare-2026q3-fr', '?lang=fr&page=compare&mode=compare&date=2026-08-15&pc=302&wage=15,50&hours=7,6&kind=manual&days=22', async (page) => { await page.locator('details').evaluateAll((all) => all.forEach((d) => { d.open = true; })); }],
  // Issue 23: a team checked from pasted rows.
  ['team-nl', '?lang=nl&page=team', async (page) => {
    await page.locator('#date').fill('15/10/2026');
    await page.locator('#pc').fill('302');
    await page.locator('#team-rows').fill(['Naam\tPensioen\tWerk in T-3 (%)\tAndere overeenkomst met ons\tOpzeg bij ons\tOvereenkomst in verbonden onderneming\tFunctie\tFlexiloon dit jaar tot nu',
      'An Peeters\tnee\t100\tgeen\tnee\tgeen\talgemeen\t1.000,00', 'Bart De Smet\tnee\t50\tgeen\tnee\tgeen\talgemeen\t', 'Cis\tnee\t1,234\tgeen\tnee\tgeen\talgemeen\t',
      'Dirk\tja\t\tgeen\tnee\tgeen\talgemeen\t', 'Els\tnee\t100\tgeen\tnee\t?\talgemeen\t?'].join('\n'));
    await page.locator('button[type=submit]').click();
    await page.getByTestId('team-counts').waitFor();
  }],
];

// Widths: a phone, a desktop, and 640 px at twice the pixel density, which is how a 1280 px window
// lays out at 200 % zoom (WCAG 1.4.4). Only a few pages at 640, selected by name.
const zoomed = (name) => ['start', 'pay', 'compare', 'result-eligible', 'rules'].includes(name);
const server = await serveDist();
const browser = await launchBrowser();
for (const [width, height, scale] of [[375, 740, 1], [1280, 800, 1], [640, 400, 2]]) {
  for (const [name, path, act] of views) {
    if (width === 640 && !zoomed(name)) continue;
    const page = await browser.newPage({ viewport: { width, height }, deviceScaleFactor: scale });
    await page.goto(server.url + path);
    await page.locator('h1').first().waitFor();
    await act(page);
    const file = join(out, `${name}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
