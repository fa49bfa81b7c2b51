// "My flexi year" (issue 25) at phone size in each language: three employers' months typed in, the
// month the ceiling is crossed, the chart and its figures as a table, the link that keeps the year;
// nothing leaves the page (guarded: any request outside the origin fails the test); axe on each state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
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
