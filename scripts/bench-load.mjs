// Cold loads of the release build in headless Chromium, from a host that gzips, on Lighthouse's mobile
// profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower): the time from navigation
// start to the first heading of the start page, and to the verdict of a deep-linked result, as seen by the
// page's own clock. Prints every run and the median, against the budgets of 600 ms and 2.5 s.
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';
import { variedTeam } from './varied-team.mjs';

const runs = Number(process.argv[2] ?? 5);
const server = await serveDist({ gzip: true });
const RESULT = '?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=2500';

async function coldLoad(query, selector) {
  const browser = await launchBrowser(); // a new browser each time: nothing cached, nothing compiled
  const page = await browser.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.addInitScript((sel) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel)) { window.__shownAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  await page.goto(server.url + query);
  await page.waitForFunction(() => window.__shownAt !== undefined, null, { timeout: 30000 });
  const t = await page.evaluate(() => window.__shownAt);
  await browser.close();
  return t;
}

for (const [label, query, selector, budget] of [
  ['start page, first heading', '', 'main h1', 600],
  ['deep-linked result, verdict', RESULT, '[data-testid=verdict]', 2500],
]) {
  const times = [];
  for (let i = 0; i < runs; i++) times.push(await coldLoad(query, selector));
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label}: median ${median.toFixed(0)} ms over ${runs} cold loads (budget ${budget} ms${median <= budget ? ', met' : ', MISSED'}); runs ${times.map((t) => t.toFixed(0)).join(' ')}`);
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
