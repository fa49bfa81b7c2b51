// End-to-end: the release build in Chromium — type a date, read the quarters, scan for accessibility.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, guardedPage, axeViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

for (const [date, quarter, reference] of [['2019-08-01', '2019-Q3', '2018-Q4'], ['2025-01-15', '2025-Q1', '2024-Q2']]) {
  test(`a work date of ${date} is in ${quarter}, reference quarter ${reference}`, async () => {
    const { page, context, problems } = await guardedPage(browser, server.url);
    await page.goto(server.url);
    await page.getByLabel('When is the flexi work?').fill(date);
    await assert.doesNotReject(page.getByTestId('quarter').getByText(quarter, { exact: true }).waitFor({ timeout: 5000 }));
    assert.equal(await page.getByTestId('reference-quarter').textContent(), reference);
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the empty page passes an accessibility scan at phone size', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { viewport: { width: 375, height: 740 } });
  await page.goto(server.url);
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(problems, []);
  await context.close();
});
