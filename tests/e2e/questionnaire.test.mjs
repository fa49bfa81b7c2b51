// The questionnaire under real use (issue 16): the sector finder with everyday words and NACE codes,
// browser back that keeps answers, error summaries that move focus, the numbers Belgians type,
// results written for the person asking, plain words; in each language, with an axe scan of every
// page visited and no console error or failed request.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openJourney, finish, close } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const open = (lang, query = '') => openJourney(browser, server.url, lang, query);
const param = (page, key) => new URL(page.url()).searchParams.get(key);

const HORECA = { en: 'Hotels, restaurants and cafés (horeca)', nl: 'Horeca: hotels, restaurants en cafés', fr: 'Horeca : hôtels, restaurants et cafés' };
const FOUND = { en: (n) => `${n} sectors found`, nl: (n) => `${n} sectoren gevonden`, fr: (n) => `${n} secteurs trouvés` };

for (const lang of ['en', 'nl', 'fr']) {
  test(`${lang}: the sector finder knows everyday words and NACE codes`, async () => {
    const j = await open(lang, `?lang=${lang}&page=sector&role=worker&date=2027-01-15`);
    const search = j.page.locator('#answer');
    const first = j.page.locator('.sector-results button').first();
    for (const word of ['brasserie', 'brasseries', 'frituur', 'eetcafé', 'taverne', 'snackbar', 'traiteur', 'bar', '56101', '56.101']) {
      await search.fill(word);
      assert.match(await first.textContent(), new RegExp(`^${HORECA[lang].replace(/[()]/g, '\\$&')}`), word);
    }
    await search.fill('supermarkt');
    assert.equal((await j.page.getByTestId('sector-count').textContent()).trim(), FOUND[lang](3), 'the count is announced');
    assert.equal(await j.page.getByTestId('sector-count').getAttribute('role'), 'status');
    for (const [word, committee] of [['schoonmaak', '121'], ['ziekenhuis', '330']]) {
      await search.fill(word);
      assert.match(await first.textContent(), new RegExp(`${committee}$`), word);
    }
    await j.scan();
    // "restaurant" and Continue, without tapping the suggestion: the only sector found is taken.
    await search.fill('restaurant');
    await j.page.locator('button[type=submit]').click();
    await j.onPage('function');
    assert.equal(param(j.page, 'pc'), '302');
    await close(j);
  });

  test(`${lang}: "I don't know the sector" says where to find it and offers the common ones`, async () => {
    const j = await open(lang, `?lang=${lang}&page=sector&role=worker&date=2027-01-15`);
    const help = j.page.getByTestId('sector-help');
    await help.locator('summary').click();
    assert.match(await help.textContent(), { en: /payslip/, nl: /loonstrook/, fr: /fiche de paie/ }[lang]);
    await help.locator('button', { hasText: HORECA[lang] }).click();
    await j.scan();
    await j.page.locator('button[type=submit]').click();
    await j.onPage('function');
    await close(j);
  });

  test(`${lang}: browser back keeps every answer, the pay form's too`, async () => {
    const j = await open(lang, `?lang=${lang}&page=role`);
    await j.answer('role', 'worker');
    await j.answer('date', '15/01/2027');
    await j.answer('sector', '302');
    await j.onPage('function');
    await j.page.goBack();
    await j.onPage('sector');
    assert.equal(param(j.page, 'pc'), '302', 'the sector stays');
    await j.page.goBack();
    await j.onPage('date');
    assert.equal(await j.page.locator('#answer').inputValue(), '15/01/2027', 'the date stays, as the form writes it');
    await j.page.locator('button[type=submit]').click();
    await j.onPage('sector');
    await j.page.locator('button[type=submit]').click();
    await j.onPage('function');
    // The comparison: back from the table shows the pay form as it was sent.
    const c = await open(lang, `?lang=${lang}&page=pay&mode=compare&date=2026-12-05&pc=302`);
    await c.page.locator('#answer').fill('15,50');
    await c.page.locator('#hours').fill('6');
    await c.page.locator('input[name=kind][value=manual]').check();
    await c.page.locator('#main-pay').fill('2.500');
    await c.page.locator('button[type=submit]').click();
    await c.onPage('compare');
    const before = await c.page.locator('table.comparison').textContent();
    await c.page.goBack();
    await c.onPage('pay');
    assert.deepEqual(
      [await c.page.locator('#answer').inputValue(), await c.page.locator('#hours').inputValue(), await c.page.locator('#main-pay').inputValue()],
      ['15,50', '6', '2.500'],
    );
    assert.ok(await c.page.locator('input[name=kind][value=manual]').isChecked());
    await c.page.locator('button[type=submit]').click();
    await c.onPage('compare');
    assert.equal(await c.page.locator('table.comparison').textContent(), before, 'continuing again drops nothing');
    await close(c);
    await close(j);
  });

  test(`${lang}: an error-summary link focuses its field and keeps what was typed`, async () => {
    const j = await open(lang, `?lang=${lang}&page=pay&mode=compare&date=2026-12-05&pc=302`);
    await j.page.locator('#answer').fill('abc');
    await j.page.locator('#tax').fill('80%');
    await j.page.locator('#main-pay').fill('1,234');
    await j.page.locator('button[type=submit]').click();
    const links = j.page.locator('#error-summary a');
    await links.first().waitFor();
    // Every problem at once, each naming its field.
    assert.deepEqual(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))), ['#answer', '#hours', '#kind-0', '#main-pay']);
    assert.match(await links.nth(3).textContent(), { en: /^The worker's main monthly gross pay: .*three digits/, nl: /drie cijfers/, fr: /trois chiffres/ }[lang]);
    await j.scan();
    const url = j.page.url();
    await links.nth(1).click();
    assert.equal(await j.page.evaluate(() => document.activeElement.id), 'hours');
    assert.equal(j.page.url(), url, 'nothing reloads');
    assert.equal(await j.page.locator('#tax').inputValue(), '80%', 'what was typed stays');
    await close(j);
  });

  test(`${lang}: "80 %", "4/5" and "1.234,56" are read as Belgians mean them; 31/02 is no date`, async () => {
    const j = await open(lang, `?lang=${lang}&page=date&role=worker`);
    await j.answer('date', '31/02/2026');
    const real = { en: 'Enter a real date, for example 15/01/2027', nl: 'Vul een echte datum in, bijvoorbeeld 15/01/2027', fr: 'Indiquez une date réelle, par exemple 15/01/2027' }[lang];
    assert.equal((await j.page.locator('#error-summary a').textContent()).trim(), real);
    await j.page.locator('#answer').fill('15/01/2027');
    await j.page.locator('button[type=submit]').click();
    await j.answer('sector', '302');
    await j.answer('function', 'general');
    await j.answer('pension', 'no');
    await j.answer('work-t3', '4/5');
    await j.onPage('work-t4');
    // The T-4 question is a whole question of its own, with its own period.
    assert.match(await j.page.locator('h1').textContent(), { en: /^Between 1 January 2026 and 31 March 2026, how much did you work/, nl: /^Hoeveel werkte je tussen 1 januari 2026 en 31 maart 2026/, fr: /^Entre le 1er janvier 2026 et le 31 mars 2026, combien avez-vous travaillé/ }[lang]);
    await j.answer('work-t4', '80 %');
    await j.answer('foreign', 'no');
    await j.onPage('other-contract');
    assert.match(await j.page.locator('h1').textContent(), { en: /In the first quarter of 2027 \(January to March\)/, nl: /in het 1e kwartaal van 2027 \(januari tot maart\)/, fr: /Au 1er trimestre 2027 \(janvier à mars\)/ }[lang]);
    await j.answer('other-contract', 'none');
    await j.answer('notice', 'no');
    await j.onPage('linked');
    const more = j.page.locator('details.more');
    assert.match(await more.locator('summary').textContent(), { en: /More about this/, nl: /Meer hierover/, fr: /En savoir plus/ }[lang]);
    assert.doesNotMatch(await j.page.locator('#hint').textContent(), /1:20/, 'the article is in the fold');
    await j.answer('linked', 'none');
    await j.answer('income', '1.234,56');
    await j.onPage('check');
    const rows = await j.page.locator('.summary-row dd:not(.summary-action)').allTextContents();
    assert.ok(rows.includes({ en: '€1,234.56', nl: '€\u00a01.234,56', fr: '1\u202f234,56\u00a0€' }[lang]), rows.join(' | '));
    assert.equal(rows.filter((r) => r === '80\u00a0%').length, 2, '4/5 and 80 % are both 80 %');
    // Twelve Change links, twelve different names for a screen reader.
    const names = await j.page.locator('.summary-action a').allTextContents();
    assert.equal(new Set(names).size, names.length, names.join(' | '));
    assert.equal(param(j.page, 'date'), '2027-01-15', 'links keep the ISO date');
    assert.equal(await finish(j), 'Eligible');
    await close(j);
  });

  test(`${lang}: a pensioner's result has no ceiling step; a refusal offers the alternatives`, async () => {
    const j = await open(lang, `?page=result&lang=${lang}&role=worker&date=2025-02-10&pc=302&function=general&pension=yes&since=2024-08-15&other=none&notice=no&linked=none`);
    assert.equal(await j.page.getByTestId('verdict').getAttribute('data-verdict'), 'Eligible');
    const step = await j.page.getByTestId('step-mycareer').textContent();
    assert.match(step, /Dimona/);
    assert.doesNotMatch(step, /Follow your flexi income|Volg je flexi-inkomen|Suivez vos revenus flexi/, 'no ceiling to follow');
    assert.match(await j.page.locator('main').textContent(), { en: /Print or save this result/, nl: /afdrukken of bewaren/, fr: /Imprimer ou enregistrer/ }[lang]);
    const r = await open(lang, `?page=result&lang=${lang}&role=worker&date=2025-01-15&pc=302&function=general&pension=no&t3=80&t4=100&foreign=no&other=none&notice=no&linked=none`);
    assert.equal(await r.page.getByTestId('verdict').getAttribute('data-verdict'), 'NotEligible');
    assert.equal(await r.page.getByTestId('steps').count(), 0, 'no next step after a refusal');
    // What would change the answer: the rule that decided, by name.
    assert.deepEqual(await r.page.getByTestId('deciding-rules').locator('li').allTextContents(),
      [{ en: 'Drop from full time to 4/5', nl: 'Daling van voltijds naar 4/5', fr: "Passage d'un temps plein à 4/5" }[lang]]);
    assert.match(await r.page.getByTestId('earliest-day').textContent(), { en: /from 1 July 2025/, nl: /vanaf 1 juli 2025/, fr: /à partir du 1er juillet 2025/ }[lang]);
    if (lang === 'fr') assert.ok((await r.page.locator('.tag').allTextContents()).includes('Condition non remplie'));
    await r.page.locator('main a', { hasText: { en: 'Compare the other ways', nl: 'Vergelijk de andere manieren', fr: 'Comparer les autres façons' }[lang] }).click();
    await r.onPage('pay');
    assert.deepEqual(['mode', 'date', 'pc', 'lang'].map((k) => param(r.page, k)), ['compare', '2025-01-15', '302', lang], 'the answers carried over');
    await close(r);
    await close(j);
  });

  test(`${lang}: Back returns where the user came from; a language switch keeps what was typed`, async () => {
    const result = `?page=result&lang=${lang}&role=worker&date=2025-02-10&pc=302&function=general&pension=yes&since=2024-08-15&other=none&notice=no&linked=none`;
    const j = await open(lang, result);
    await j.page.locator('footer a[href*="page=rules"]').click();
    await j.onPage('rules');
    await j.page.locator('.back-link').click();
    await j.onPage('result');
    // Back on a page opened with Change goes back to "Check your answers".
    await j.page.goto(server.url + result.replace('page=result', 'page=check'));
    await j.onPage('check');
    await j.page.locator('.summary-action a').nth(1).click();
    await j.onPage('date');
    await j.page.locator('.back-link').click();
    await j.onPage('check');
    // A value typed but not sent survives a language switch.
    await j.page.locator('.summary-action a').nth(1).click();
    await j.onPage('date');
    await j.page.locator('#answer').fill('03/03/2025');
    const other = lang === 'fr' ? 'nl' : 'fr';
    await j.page.locator(`nav a[lang=${other}]`).click();
    await j.page.waitForFunction((l) => document.documentElement.lang === l, other);
    assert.equal(await j.page.locator('#answer').inputValue(), '03/03/2025');
    await close(j);
  });
}

for (const lang of ['en', 'nl', 'fr']) {
  test(`${lang}: "I don't know" is an answer; the result states the conditions it rests on`, async () => {
    const j = await open(lang, `?lang=${lang}&page=work-t3&role=employer&date=2027-01-15&pc=302&function=general&pension=no`);
    assert.match(await j.page.locator('.find-out').textContent(), /mycareer\.be/, 'how to find out');
    await j.page.getByTestId('dont-know').click();
    await j.answer('foreign', 'no');
    await j.answer('other-contract', 'none');
    await j.answer('notice', 'no');
    await j.answer('linked', 'unknown');
    await j.onPage('income');
    await j.page.getByTestId('dont-know').click();
    await j.onPage('check');
    const unknown = { en: "I don't know", nl: 'Ik weet het niet', fr: 'Je ne sais pas' }[lang];
    assert.equal((await j.page.locator('.summary-row dd:not(.summary-action)').allTextContents()).filter((r) => r === unknown).length, 3, 'T-3, linked company, flexi pay so far');
    assert.equal(await finish(j), 'Incomplete', 'the rules themselves do not guess');
    const verdict = j.page.getByTestId('verdict');
    assert.equal(await verdict.getAttribute('data-assumed'), 'true');
    assert.match(await verdict.locator('h1').textContent(), { en: /^Allowed, if/, nl: /^Mag, als/, fr: /^Permis, si/ }[lang]);
    const conditions = await j.page.getByTestId('conditions').locator('li').allTextContents();
    assert.equal(conditions.length, 2, conditions.join(' | '));
    assert.match(conditions[0], { en: /between 1 April 2026 and 30 June 2026 was at least 4\/5/, nl: /tussen 1 april 2026 en 30 juni 2026 was minstens 4\/5/, fr: /entre le 1er avril 2026 et le 30 juin 2026 atteignait au moins 4\/5/ }[lang]);
    assert.equal(await j.page.getByTestId('steps').count(), 1, 'the steps, on those conditions');
    // In 2025 a contract in a linked company still decides: the condition says so.
    const linked = await open(lang, `?page=result&lang=${lang}&role=worker&date=2025-01-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=unknown`);
    assert.equal(await linked.page.getByTestId('verdict').getAttribute('data-assumed'), 'true');
    assert.match(await linked.page.getByTestId('conditions').textContent(), { en: /linked to the flexi employer/, nl: /met de flexi-werkgever verbonden/, fr: /liée au flexi-employeur/ }[lang]);
    await close(linked);
    await close(j);
  });
}

// A result link that leaves a question out (shared, edited, bookmarked) gives no "allowed": the
// engine would read the missing answer as "no other contract". The button leads to that question.
test('a result link with a question unanswered asks for it instead of allowing', async () => {
  const j = await open('fr', '?page=result&lang=fr&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=100&foreign=no&notice=no&linked=none');
  assert.equal(await j.page.getByTestId('verdict').getAttribute('data-verdict'), 'Incomplete');
  assert.equal(await j.page.getByTestId('steps').count(), 0);
  await j.page.locator('main a.button').click();
  await j.answer('other-contract', 'none');
  await j.onPage('notice');
  await close(j);
});

// The three users of the issue, walked as they would: screens counted from the start page to the answer.
test('three journeys: how many screens each takes', async () => {
  const screens = {};
  // A 4/5 office clerk (NL) who wants flexi work in a restaurant next quarter.
  const clerk = await open('nl', '?lang=nl');
  await clerk.page.locator('.button-start').click();
  await clerk.answer('role', 'worker');
  await clerk.answer('date', '15/01/2027');
  await clerk.onPage('sector');
  await clerk.page.locator('#answer').fill('restaurant');
  await clerk.page.locator('button[type=submit]').click();
  await clerk.answer('function', 'general');
  await clerk.answer('pension', 'no');
  await clerk.answer('work-t3', '4/5');
  await clerk.answer('work-t4', '4/5');
  await clerk.answer('foreign', 'no');
  await clerk.answer('other-contract', 'none');
  await clerk.answer('notice', 'no');
  await clerk.answer('linked', 'none');
  await clerk.answer('income', undefined);
  assert.equal(await finish(clerk), 'Eligible');
  screens.clerk = clerk.visited.length;
  // A retired man of 66 (FR) who wants to help at a bakery's events.
  const retired = await open('fr', '?lang=fr');
  await retired.page.locator('.button-start').click();
  await retired.answer('role', 'worker');
  await retired.answer('date', '15/01/2027');
  await retired.onPage('sector');
  await retired.page.locator('#answer').fill('boulangerie');
  await retired.page.locator('button[type=submit]').click();
  await retired.answer('function', 'general');
  await retired.answer('pension', 'yes');
  await retired.answer('pension-since', '01/10/2025');
  await retired.answer('other-contract', 'none');
  await retired.answer('notice', 'no');
  await retired.answer('linked', 'none');
  assert.equal(await finish(retired), 'Eligible');
  screens.retired = retired.visited.length;
  // A brasserie owner (EN) comparing staffing options.
  const owner = await open('en', '?lang=en');
  await owner.page.locator('.button-secondary[href*="mode=compare"]').click();
  await owner.answer('date', '05/12/2026');
  await owner.onPage('sector');
  await owner.page.locator('#answer').fill('brasserie');
  await owner.page.locator('button[type=submit]').click();
  await owner.onPage('pay');
  await owner.page.locator('#answer').fill('15,50');
  await owner.page.locator('#hours').fill('6');
  await owner.page.locator('input[name=kind][value=manual]').check();
  await owner.page.locator('button[type=submit]').click();
  await owner.onPage('compare');
  screens.owner = owner.visited.length;
  console.log(`screens: ${JSON.stringify(screens)}`);
  assert.deepEqual(screens, { clerk: 15, retired: 12, owner: 5 });
  for (const j of [clerk, retired, owner]) await close(j);
});
