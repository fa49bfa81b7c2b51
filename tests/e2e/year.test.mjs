// "My flexi year" (issue 25) at phone size in each language: three employers' months typed in, the
// month the ceiling is crossed, the chart and its figures as a table, the link that keeps the year;
// nothing leaves the page (guarded: any request outside the origin fails the test); axe on each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, guardedPage, axeViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const CASES = [
  { lang: 'nl', link: 'Mijn flexi-jaar', show: 'Toon mijn jaar', crossed: 'Aan dit tempo wordt het overschreden in oktober.', amounts: ['800', '600,00', '500'], pace: '1.900' },
  { lang: 'fr', link: 'Mon année flexi', show: 'Afficher mon année', crossed: 'À ce rythme, il est dépassé en octobre.', amounts: ['800', '600,00', '500'], pace: '1 900' },
  { lang: 'en', link: 'My flexi year', show: 'Show my year', crossed: 'At this pace it is crossed in October.', amounts: ['800', '600.00', '500'], pace: '1900' },
];

for (const c of CASES) {
  test(`${c.lang}: three employers' months, the crossing month, the chart and the figures, kept in the link`, async () => {
    const { page, context, problems } = await guardedPage(browser, server.url, { viewport: { width: 375, height: 800 }, locale: c.lang === 'en' ? 'en-GB' : `${c.lang}-BE` });
    await page.goto(`${server.url}?lang=${c.lang}`);
    await page.getByRole('link', { name: c.link }).click();
    await page.locator('#fyear').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await page.locator('#fyear').fill('2025');
    for (let e = 1; e <= 3; e++) {
      await page.locator(`#e${e}-name`).fill(['Brasserie A', 'Bar B', 'Hotel C'][e - 1]);
      for (let m = 1; m <= 9; m++) await page.locator(`#e${e}-m${m}`).fill(c.amounts[e - 1]);
    }
    await page.locator('#pace').fill(c.pace);
    await page.locator('#main-pay').fill('3000');
    await page.getByRole('button', { name: c.show }).click();
    await page.getByTestId('year-lines').waitFor();
    assert.match(await page.getByTestId('year-lines').innerText(), new RegExp(c.crossed.replace(/[.?]/g, '\\$&')));
    assert.ok(await page.locator('svg.year-chart rect.bar-expected').count() === 3, 'October to December expected');
    assert.equal(await page.locator('.year-table tbody tr').count(), 12, 'the figures as a table');
    assert.ok(await page.getByTestId('year-tax').count() === 1);
    const url = new URL(page.url());
    assert.equal(url.searchParams.get('e2'), 'Bar B~600;600;600;600;600;600;600;600;600');
    assert.deepEqual(await axeViolations(page), []);
    // The link opens the same year, filled in.
    const again = await context.newPage();
    await again.goto(page.url());
    await again.getByTestId('year-lines').waitFor();
    assert.equal(await again.locator('#e3-name').inputValue(), 'Hotel C');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

const KEEP = [
  { lang: 'nl', remember: 'Onthouden op dit toestel', kept: 'Bewaard op dit toestel, alleen in deze browser.', forget: 'Vergeten', forgotten: /^Vergeten/, download: 'Download als rekenblad (CSV)',
    csv: /^\uFEFFJaar;2026\r\nPensioen;early\r\nVerwacht per maand;700\r\n/, lines: /Grens van het vervroegd pensioen 2026: €\s8\.121\.[\s\S]*overschreden in oktober/ },
  { lang: 'fr', remember: 'Garder sur cet appareil', kept: 'Gardé sur cet appareil, dans ce navigateur seulement.', forget: 'Oublier', forgotten: /^Oublié/, download: 'Télécharger en tableur (CSV)',
    csv: /^\uFEFFAnnée;2026\r\nPension;early\r\nAttendu par mois;700\r\n/, lines: /Limite de la pension anticipée 2026 : 8\s121\s€\.[\s\S]*dépassé en octobre/ },
  { lang: 'en', remember: 'Remember on this device', kept: 'Kept on this device, in this browser only.', forget: 'Forget', forgotten: /^Forgotten/, download: 'Download as a spreadsheet (CSV)',
    csv: /^\uFEFFYear;2026\r\nPension;early\r\nExpected each month;700\r\n/, lines: /Early pension's limit 2026: €8,121\.[\s\S]*crossed in October/ },
  { lang: 'de', remember: 'Auf diesem Gerät speichern', kept: 'Auf diesem Gerät gespeichert, nur in diesem Browser.', forget: 'Löschen', forgotten: /^Gelöscht/, download: 'Als Tabelle herunterladen (CSV)',
    csv: /^\uFEFFJahr;2026\r\nPension;early\r\nPro Monat erwartet;700\r\n/, lines: /Grenze bei vorzeitiger Ruhestandspension 2026: 8\.121\s€\.[\s\S]*im Oktober überschritten/ },
];
// A spreadsheet saved in one language is opened on the page in another.
const OPENED_IN = { nl: 'fr', fr: 'de', en: 'nl', de: 'en' };

for (const k of KEEP) {
  test(`${k.lang}: remembered on this device, forgotten, downloaded as a spreadsheet and opened again in ${OPENED_IN[k.lang]}`, async () => {
    const { page, context, problems } = await guardedPage(browser, server.url, { viewport: { width: 375, height: 800 }, locale: k.lang === 'en' ? 'en-GB' : `${k.lang}-BE` });
    const year = `?page=year&lang=${k.lang}&fyear=2026&fpension=early&pace=700&e1=Bakkerij~900;900;900;900;900;900`;
    await page.goto(server.url + year);
    await page.getByTestId('year-lines').waitFor();
    assert.match(await page.getByTestId('year-lines').innerText(), k.lines);
    // Remember: the page opened without a year shows this one; Forget: it does not.
    await page.getByRole('button', { name: k.remember }).click();
    assert.equal(await page.getByTestId('year-kept').textContent(), k.kept);
    await page.goto(`${server.url}?page=year&lang=${k.lang}`);
    await page.getByTestId('year-lines').waitFor();
    assert.equal(await page.locator('#e1-name').inputValue(), 'Bakkerij');
    await page.getByRole('button', { name: k.forget, exact: true }).click();
    assert.match(await page.getByTestId('year-kept').textContent(), k.forgotten);
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing kept');
    // The spreadsheet, downloaded on the device and opened in a fresh browser.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: k.download }).click()]);
    const csv = await readFile(await download.path());
    assert.match(csv.toString('utf8'), k.csv);
    const other = await browser.newContext({ locale: 'nl-BE' });
    const fresh = await other.newPage();
    await fresh.goto(`${server.url}?page=year&lang=${OPENED_IN[k.lang]}`);
    await fresh.locator('#year-file').setInputFiles({ name: 'year.csv', mimeType: 'text/csv', buffer: csv });
    await fresh.getByTestId('year-lines').waitFor();
    assert.equal(new URL(fresh.url()).search, year.replace(`lang=${k.lang}`, `lang=${OPENED_IN[k.lang]}`));
    await other.close();
    await page.goto(`${server.url}?page=year&lang=${k.lang}`);
    await page.locator('#fyear').waitFor();
    assert.equal(await page.getByTestId('year-lines').count(), 0, 'forgotten: the page opens empty');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}
