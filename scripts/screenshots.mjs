// Screenshots of the release build at phone (375 px) and desktop (1280 px) widths, for a person to
// look at. Usage: node scripts/screenshots.mjs [out-dir]  (build first: trunk build --release)
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serveDist, launchBrowser } from '../tests/e2e/harness.mjs';

const out = process.argv[2] ?? 'screenshots';
await mkdir(out, { recursive: true });

// Each view: a name, a path, and what to do on the page before the picture.
const views = [
  ['start', '', async () => {}],
  ['quarters', '', async (page) => {
    await page.getByLabel('When is the flexi work?').fill('2025-01-15');
    await page.getByTestId('quarter').waitFor();
  }],
];

const server = await serveDist();
const browser = await launchBrowser();
for (const [width, height] of [[375, 740], [1280, 800]]) {
  for (const [name, path, act] of views) {
    const page = await browser.newPage({ viewport: { width, height } });
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
