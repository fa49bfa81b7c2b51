// Deutsch, the fourth language (issue 26): the journeys a German speaker makes, in the release build,
// with an axe-core scan, each only ever loading the visitor's own catalog; the language switch between
// all four; offline in German after one visit in Dutch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, guardedPage, axeViolations, openJourney, finish, close } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (query, browserLang = 'de') => openJourney(browser, server.url, 'de', query, browserLang);

/** The catalogs a page fetched, by language code. */
function catalogsOf(page) {
  const codes = [];
  page.on('request', (r) => { const m = /catalog-([a-z]{2})-[0-9a-f]+\.txt$/.exec(r.url()); if (m) codes.push(m[1]); });
  return codes;
}

test('de: an eligible horeca worker, found as "Gaststätte", with German dates, quarters and amounts', async () => {
  const j = await open('?lang=de');
  assert.equal(await j.page.locator('html').getAttribute('lang'), 'de');
  assert.equal((await j.page.locator('h1').textContent()).trim(), 'Darf ich oder darf diese Person einen Flexi-Job ausüben?');
  await j.page.locator('.button-start').click();
  await j.answer('role', 'worker');
  await j.answer('date', '15.01.2025');
  await j.onPage('sector');
  await j.page.locator('#answer').fill('Gaststätte');
  const first = j.page.locator('.sector-results button').first();
  assert.match(await first.textContent(), /Gaststättengewerbe/);
  await first.click();
  await j.page.locator('button[type=submit]').click();
  await j.answer('function', 'general');
  await j.answer('pension', 'no');
  await j.answer('work-t3', '100');
  await j.answer('foreign', 'no');
  await j.answer('other-contract', 'none');
  await j.answer('notice', 'no');
  await j.answer('linked', 'none');
  await j.answer('income', '2.500');
  assert.equal(await finish(j), 'Eligible');
  assert.match(await j.page.getByTestId('quarters').textContent(), /1\. Quartal 2025 \(Januar bis März\).*2\. Quartal 2024 \(April bis Juni\)/);
  assert.ok((await j.page.getByTestId('ceiling').textContent()).includes('15.500\u00a0€'));
  assert.match(await j.page.getByTestId('steps').textContent(), /Rahmenvereinbarung/);
  // The joint committee is a "PK" (paritätische Kommission) in German.
  assert.match(await j.page.locator('main').textContent(), /PK 302/);
  await close(j);
});

test("de: the browser's de-BE opens German, and the page loads only the German catalog", async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { locale: 'de-BE' });
  const catalogs = catalogsOf(page);
  await page.goto(server.url + '?page=date');
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.match(await page.locator('main h1').textContent(), /Wann/);
  assert.deepEqual(catalogs, ['de']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('de: the comparison writes every figure the German way', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { viewport: { width: 375, height: 800 }, locale: 'de-BE' });
  await page.goto(server.url + '?page=compare&lang=de&mode=compare&date=2026-12-05&pc=302&wage=15.50&hours=6&kind=manual');
  await page.locator('main h1').waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Beschäftigungsformen im Vergleich');
  const table = await page.locator('main table').first().textContent();
  // The same figures as the other languages' comparison of that day, written "13,04 €".
  for (const figure of ['13,04\u00a0€', '16,69\u00a0€', '21,87\u00a0€', '22,51\u00a0€']) assert.ok(table.includes(figure), figure);
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0, 'no sideways scrolling at 375 px');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('de: the rules page, What changed, a tampered link and the staleness line', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { locale: 'de-BE' });
  await context.clock.setFixedTime(new Date('2027-03-15T10:00:00'));
  await page.goto(server.url + '?page=rules&lang=de');
  await page.locator('main h1').waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Regeln und Quellen');
  // A source with a German version is linked in German.
  assert.ok(await page.locator('a[href="https://www.socialsecurity.be/site_de/employer/infos/flexi-jobs.htm"]').count() > 0);
  assert.match(await page.getByTestId('stale').textContent(), /zuletzt am .* geprüft, vor mehr als drei Monaten/);
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(server.url + '?page=changes&lang=de');
  await page.locator('main h1').waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Was sich geändert hat');
  assert.deepEqual(await axeViolations(page), []);
  await page.goto(server.url + '?page=nowhere&lang=de');
  await page.locator('main h1').waitFor();
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Dieser Link funktioniert nicht');
  assert.match(await page.locator('main').textContent(), /der Link nennt eine Seite „nowhere“, die es nicht gibt/);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switch goes through all four languages and keeps the date typed but not sent', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { locale: 'nl-BE' });
  const catalogs = catalogsOf(page);
  await page.goto(server.url + '?page=date&lang=nl');
  await page.locator('main h1').waitFor();
  await page.locator('#answer').fill('15/01/2027');
  for (const [code, name, heading] of [['de', 'Deutsch', /Wann/], ['fr', 'Français', /Quand/], ['en', 'English', /When/], ['nl', 'Nederlands', /Wanneer/]]) {
    await page.locator(`.languages a[lang=${code}]`).click();
    await page.waitForFunction((c) => document.documentElement.lang === c, code);
    assert.equal((await page.locator(`.languages a[lang=${code}]`).textContent()).trim(), name);
    assert.match(await page.locator('main h1').textContent(), heading);
    assert.equal(await page.locator('#answer').inputValue(), '15/01/2027', `kept in ${code}`);
  }
  // Each language's texts were fetched once, when first shown.
  assert.deepEqual(catalogs, ['nl', 'de', 'fr', 'en']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline in German after one visit in Dutch', async () => {
  const own = await serveDist({ base: '/flexi/', gzip: true });
  const { page, context, problems } = await guardedPage(browser, own.url, { locale: 'nl-BE' });
  await page.goto(`${own.url}?lang=nl`);
  await page.locator('main h1').waitFor();
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
  });
  await own.close();
  await context.setOffline(true);
  const offline = await page.goto(`${own.url}?page=result&lang=de&role=worker&date=2026-12-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=1000`);
  assert.ok(offline.fromServiceWorker(), 'the page came from the service worker');
  await page.locator('main h1').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.equal(await page.getByTestId('verdict').getAttribute('data-verdict'), 'Eligible');
  assert.match(await page.getByTestId('verdict').textContent(), /Flexi-Arbeit ist erlaubt/);
  assert.deepEqual(problems, []);
  await context.close();
});
