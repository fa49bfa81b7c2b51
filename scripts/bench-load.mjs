// Cold loads of the release build in headless Chromium: time from navigation start to the first
// rendered question (the first <h1>), as seen by the page's own clock. Prints every run and the median.
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';

const runs = Number(process.argv[2] ?? 9);
const server = await serveDist();
const times = [];
for (let i = 0; i < runs; i++) {
  const browser = await launchBrowser(); // a new browser each time: nothing cached, nothing compiled
  const page = await browser.newPage();
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('h1')) { window.__firstQuestionAt = performance.now(); observer.disconnect(); }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(server.url);
  await page.waitForFunction(() => window.__firstQuestionAt !== undefined, null, { timeout: 10000 });
  times.push(await page.evaluate(() => window.__firstQuestionAt));
  await browser.close();
}
await server.close();
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`runs (ms): ${times.map((t) => t.toFixed(0)).join(' ')}`);
console.log(`median navigation → first question: ${median.toFixed(0)} ms over ${runs} cold loads`);
