// Cold loads of the release build in headless Chromium, from a host that gzips, on Lighthouse's mobile
// profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower): the time from navigation
// start to the first heading of the start page, and to the verdict of a deep-linked result, as seen by the
// page's own clock; the bytes (as sent, compressed) the browser fetched by then, and by the time the service
// worker holds the offline copy; a language switch. Prints every run and the median against the budgets.
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';
import { variedTeam } from './varied-team.mjs';

const runs = Number(process.argv[2] ?? 5);
// Every file the host sends, by path, as sent (gzip): a visit's bytes are the distinct files it fetched.
let sent = new Map();
const server = await serveDist({ gzip: true, onSent: (path, bytes) => sent.set(path, bytes) });
const sentBytes = () => [...sent.values()].reduce((a, b) => a + b, 0);
const RESULT = '?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=2500';

/** A fresh browser (nothing cached, nothing compiled) on the mobile profile; `bytes()` is what it fetched so far. */
async function mobilePage() {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // What the page itself received (compressed), by the time it shows something; the host's count adds
  // what the service worker fetched for the offline copy.
  let received = 0;
  cdp.on('Network.loadingFinished', (e) => { received += e.encodedDataLength; });
  sent = new Map();
  return { browser, page, cdp, bytes: () => received, allBytes: sentBytes };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function coldLoad(query, selector) {
  const { browser, page, bytes, allBytes: everything } = await mobilePage();
  await page.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) { window.__shownAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 30000 });
  const t = await page.evaluate(() => window.__shownAt);
  const shownBytes = bytes();
  // Then the offline copy: the service worker installed, every file of its precache fetched.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(async () => {
    const keys = await caches.keys();
    return keys.length > 0 && (await (await caches.open(keys[0])).keys()).length >= 8;
  }, null, { timeout: 60000, polling: 250 });
  await page.waitForTimeout(500);
  const allBytes = everything();
  await browser.close();
  return { t, shownBytes, allBytes };
}

for (const [label, query, selector, budget] of [
  ['start page, first heading', '', 'main h1', 500],
  ['deep-linked result, verdict', RESULT, '[data-testid=verdict]', 1300],
  // An employer's first visit straight to a tool: the first download and the whole app (no budget).
  ['deep-linked team page, its form', '?page=team&lang=nl', '#team-rows', null],
]) {
  const loads = [];
  for (let i = 0; i < runs; i++) loads.push(await coldLoad(query, selector));
  const times = loads.map((l) => l.t);
  const m = median(times);
  const against = budget === null ? 'no budget' : `budget ${budget} ms${m <= budget ? ', met' : ', MISSED'}`;
  console.log(`${label}: median ${m.toFixed(0)} ms over ${runs} cold loads (${against}); runs ${[...times].sort((a, b) => a - b).map((t) => t.toFixed(0)).join(' ')}`);
  console.log(`  received by then: ${(median(loads.map((l) => l.shownBytes)) / 1000).toFixed(1)} KB; the visit, offline copy included: ${(median(loads.map((l) => l.allBytes)) / 1000).toFixed(1)} KB (gzip as the host sends it, each file once)`);
}

// A language switch on a loaded page (its service worker installed): from the click on "Deutsch" to the
// German heading on screen, on the same profile.
{
  const times = [];
  for (let run = 0; run < runs; run++) {
    const { browser, page } = await mobilePage();
    await page.goto(server.url + '?page=date&lang=nl');
    await page.locator('main h1').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      window.__switchedAt = undefined;
      new MutationObserver((_, observer) => {
        if (document.documentElement.lang === 'de' && /Wann/.test(document.querySelector('main h1')?.textContent ?? '')) { window.__switchedAt = performance.now(); observer.disconnect(); }
      }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
      document.querySelector('.languages a[lang=de]').addEventListener('click', () => { window.__clickedAt = performance.now(); }, { capture: true });
    });
    await page.locator('.languages a[lang=de]').click();
    await page.waitForFunction(() => window.__switchedAt !== undefined, null, { timeout: 10000 });
    times.push(await page.evaluate(() => window.__switchedAt - window.__clickedAt));
    await browser.close();
  }
  const m = median(times);
  console.log(`language switch nl → de, click to German heading: median ${m.toFixed(0)} ms over ${runs} (budget 300 ms${m <= 300 ? ', met' : ', MISSED'}); runs ${[...times].sort((a, b) => a - b).map((t) => t.toFixed(0)).join(' ')}`);
}

// "Check a team" with 10,000 workers, no two alike, on the same mobile CPU (4× slower): from Continue
// to the counts (read, every worker checked, the first hundred rows written out).
{
  const team = variedTeam(10000);
  const times = [];
  for (let run = 0; run < Math.min(runs, 3); run++) {
    const browser = await launchBrowser();
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(server.url + '?page=team&lang=en');
    await page.locator('#team-rows').waitFor();
    await page.locator('#date').fill('15/10/2026');
    await page.locator('#pc').fill('302');
    // As a secretariat gives it: a file, read on the device before Continue.
    await page.locator('#team-file').setInputFiles({ name: 'team.csv', mimeType: 'text/csv', buffer: Buffer.from(team) });
    await page.getByTestId('team-kept').filter({ hasText: '10,001' }).waitFor();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const start = Date.now();
    await page.locator('button[type=submit]').click();
    await page.getByTestId('team-counts').waitFor({ timeout: 120000 });
    times.push(Date.now() - start);
    await browser.close();
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`team of 10,000 workers, Continue to counts (CPU ×4): median ${median} ms over ${times.length} runs (budget 1000 ms${median <= 1000 ? ', met' : ', MISSED'}); runs ${times.join(' ')}`);
}
await server.close();
