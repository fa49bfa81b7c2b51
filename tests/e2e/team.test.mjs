// "Check a team" (issue 23) in the release build: a team pasted from a spreadsheet and one read from a
// Windows-1252 CSV file, every worker's answer in a table with counts, a filter, each row's full
// result, the table to download; a bad cell is its row's problem; axe on every state.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openJourney, close } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const PASTED = [
  ['Naam', 'Functie', 'Pensioen', 'Werk in T-3 (%)', 'Werk in buitenland in T-3', 'Andere overeenkomst met ons', 'Opzeg bij ons', 'Overeenkomst in verbonden onderneming', 'Flexiloon dit jaar tot nu'],
  ['An', 'algemeen', 'nee', '100', 'nee', 'geen', 'nee', 'geen', '1.000,00'],
  ['Bart', 'algemeen', 'nee', '50', 'nee', 'geen', 'nee', 'geen', ''],
  ['Cis', 'algemeen', 'nee', '1,234', 'nee', 'geen', 'nee', 'geen', ''],
  ['Dirk', 'algemeen', 'nee', '', 'nee', 'geen', 'nee', 'geen', ''],
].map((row) => row.join('\t')).join('\n');

test('nl: a team pasted from a spreadsheet gets every worker\'s answer, a filter and each full result', async () => {
  const j = await openJourney(browser, server.url, 'nl', '?lang=nl');
  await j.page.getByRole('link', { name: 'Een team nakijken' }).click();
  await j.onPage('team');
  await j.page.locator('#date').fill('15/10/2026');
  await j.page.locator('#pc').fill('302');
  await j.page.locator('#team-rows').fill(PASTED);
  await j.page.getByRole('button', { name: 'Team nakijken' }).click();
  await j.page.getByTestId('team-counts').waitFor();
  assert.equal(await j.page.getByTestId('team-counts').textContent(), '1 mag werken, 1 mag niet, 1 heeft een antwoord nodig, 1 rij is onleesbaar');
  assert.match(new URL(j.page.url()).search, /page=team&lang=nl&date=2026-10-15&pc=302$/, 'the date and sector in the address, never the team');
  const verdicts = await j.page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.verdict));
  assert.deepEqual(verdicts, ['allowed', 'not-allowed', 'unreadable', 'missing']);
  assert.match(await j.page.locator('tbody tr').nth(2).innerText(), /Rij 4, Werk in T-3 \(%\): "1,234"/);
  assert.match(await j.page.locator('tbody tr').nth(0).innerText(), /€\u00a017\.440/);
  await j.scan();
  // The filter shows only the workers who may not; the counts stay the team's.
  await j.page.locator('label', { hasText: 'mag niet' }).click();
  await j.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 1);
  assert.deepEqual(await j.page.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.verdict)), ['not-allowed']);
  assert.ok(await j.page.locator('#filter-not-allowed').evaluate((e) => e.checked && document.activeElement === e), 'the filter keeps its focus');
  assert.equal(await j.page.getByTestId('team-counts').textContent(), '1 mag werken, 1 mag niet, 1 heeft een antwoord nodig, 1 rij is onleesbaar');
  // The table to download, made on the device: the whole team's columns and answers, as text.
  const [download] = await Promise.all([j.page.waitForEvent('download'), j.page.getByTestId('team-download').click()]);
  assert.equal(download.suggestedFilename(), 'flexicheck-team-2026-10-15.csv');
  const csv = (await readFile(await download.path())).toString('utf8');
  assert.match(csv.split('\r\n')[0], /^\uFEFFNaam\t.*\tFlexi-werk\tWaarom\tMag vanaf\tBelastingvrije ruimte over\tGoed om te weten$/);
  assert.match(csv, /\nBart\t.*\tmag niet\t/);
  assert.match(csv, /\nAn\t.*\tmag\t/, 'every worker, not only those shown');
  // Bart's full result, from his row.
  await j.page.locator('tbody tr', { hasText: 'Bart' }).getByRole('link').click();
  await j.onPage('result');
  assert.equal(await j.page.getByTestId('verdict').getAttribute('data-verdict'), 'NotEligible');
  await close(j);
});

test('fr: a CSV file saved by Excel on Windows (Windows-1252, semicolons) is read on the device', async () => {
  const j = await openJourney(browser, server.url, 'fr', '?page=team&lang=fr');
  const header = 'Nom;Pension;Pension depuis;Autre contrat avec nous;Préavis chez nous;Contrat dans une entreprise liée;Fonction\r\n';
  const row = 'Hélène;oui;01/07/2024;aucun;non;aucun;général\r\n';
  const bytes = Buffer.from([...header, ...row].map((c) => ({ 'é': 0xe9, 'è': 0xe8 })[c] ?? c.charCodeAt(0)));
  await j.page.locator('#team-file').setInputFiles({ name: 'equipe.csv', mimeType: 'text/csv', buffer: bytes });
  await j.page.waitForFunction(() => document.querySelector('#team-rows').value.includes('Hélène'));
  await j.page.locator('#date').fill('2026-10-15');
  await j.page.locator('#pc').fill('CP 302');
  await j.page.getByRole('button', { name: "Vérifier l'équipe" }).click();
  await j.page.getByTestId('team-counts').waitFor();
  assert.equal(await j.page.getByTestId('team-counts').textContent(), '1 peut travailler');
  assert.match(await j.page.locator('tbody tr').first().innerText(), /Hélène[\s\S]*permis[\s\S]*pas de plafond \(pension\)/);
  await j.scan();
  await close(j);
});

test('en: a wrong date or sector is named before the team is read; the template reads back', async () => {
  const j = await openJourney(browser, server.url, 'en', '?page=team&lang=en');
  await j.page.locator('#date').fill('31/02/2027');
  await j.page.locator('#pc').fill('999');
  await j.page.locator('#team-rows').fill('Name\tWork in T-3 (%)\nZoe\t100');
  await j.page.getByRole('button', { name: 'Check the team' }).click();
  await j.page.locator('#error-summary').waitFor();
  assert.equal(await j.page.locator('#error-summary li').count(), 2);
  assert.equal(await j.page.locator('#team-rows').inputValue(), 'Name\tWork in T-3 (%)\nZoe\t100', 'the rows are kept');
  await j.scan();
  const href = await j.page.getByTestId('team-template').getAttribute('href');
  const template = decodeURIComponent(href.slice(href.indexOf(',') + 1));
  assert.match(template, /^\uFEFFName or reference;Function;Pension;/);
  assert.match(template, /# Work in T-3 \(%\): share of a full time/);
  await close(j);
});

test('en: a file larger than 20 MB is refused with a message, never read', async () => {
  const j = await openJourney(browser, server.url, 'en', '?page=team&lang=en');
  await j.page.locator('#team-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: Buffer.alloc(20_000_001, 'a') });
  await j.page.locator('#error-summary').waitFor();
  assert.match(await j.page.locator('#error-summary').innerText(), /larger than 20 MB/);
  assert.equal(await j.page.locator('#team-rows').inputValue(), '');
  await j.scan();
  await close(j);
});

test('en: a team of 250 is counted at once and written out a hundred rows at a time', async () => {
  const j = await openJourney(browser, server.url, 'en', '?page=team&lang=en');
  const rows = ['Name\tWork in T-3 (%)\tPension\tOther contract with us\tNotice with us\tContract in a linked company\tFunction\tWork abroad in T-3'];
  for (let i = 0; i < 250; i++) rows.push(`w${i}\t${i % 5 === 0 ? '50' : '100'}\tno\tnone\tno\tnone\tgeneral\tno`);
  await j.page.locator('#team-rows').evaluate((area, text) => { area.value = text; }, rows.join('\n'));
  await j.page.locator('#date').fill('15/10/2026');
  await j.page.locator('#pc').fill('302');
  await j.page.getByRole('button', { name: 'Check the team' }).click();
  await j.page.getByTestId('team-counts').waitFor();
  assert.equal(await j.page.getByTestId('team-counts').textContent(), '200 may work, 50 may not');
  assert.equal(await j.page.locator('tbody tr').count(), 100);
  assert.equal(await j.page.getByTestId('team-shown').textContent(), 'Showing 100 of 250.');
  await j.page.getByRole('button', { name: 'Show 100 more' }).click();
  await j.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 200);
  await j.page.getByRole('button', { name: 'Show 50 more' }).click();
  await j.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 250);
  assert.equal(await j.page.getByTestId('team-shown').count(), 0, 'everyone shown: no more to show');
  // The filter writes out the 50 who may not, from the first.
  await j.page.locator('label', { hasText: 'not allowed' }).click();
  await j.page.waitForFunction(() => document.querySelectorAll('tbody tr').length === 50);
  assert.deepEqual([...new Set(await j.page.locator('tbody tr').evaluateAll((r) => r.map((x) => x.dataset.verdict)))], ['not-allowed']);
  await j.scan();
  await close(j);
});

test('en: a file of 3,000 workers is kept aside, not shown in the rows box, and checked again for another date', async () => {
  const j = await openJourney(browser, server.url, 'en', '?page=team&lang=en');
  const rows = ['Name;Work in T-3 (%);Pension;Other contract with us;Notice with us;Contract in a linked company;Function;Work abroad in T-3;Flexi pay so far this year'];
  for (let i = 0; i < 3000; i++) rows.push(`worker number ${i};${i % 4 === 0 ? '50' : '100'};no;none;no;none;general;no;${i},00`);
  await j.page.locator('#team-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\r\n')) });
  await j.page.getByTestId('team-kept').filter({ hasText: 'A table of 3,001 lines is ready' }).waitFor();
  assert.equal(await j.page.locator('#team-rows').inputValue(), '', 'too long for the box');
  await j.page.locator('#date').fill('15/10/2026');
  await j.page.locator('#pc').fill('302');
  await j.page.getByRole('button', { name: 'Check the team' }).click();
  await j.page.getByTestId('team-counts').waitFor();
  assert.equal(await j.page.getByTestId('team-counts').textContent(), '2,250 may work, 750 may not');
  assert.match(await j.page.getByTestId('team-kept').textContent(), /3,001 lines/);
  await j.scan();
  // Another date, the box still empty: the same team, checked again.
  await j.page.locator('#date').fill('15/01/2015');
  await j.page.getByRole('button', { name: 'Check the team' }).click();
  await j.page.waitForFunction(() => document.querySelector('[data-testid=team-counts]')?.textContent === '3,000 may not');
  await close(j);
});
