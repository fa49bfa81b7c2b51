// Renders style/icon.svg into the PNG icons the web app manifest names (run again after changing the SVG).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, launchBrowser } from '../tests/e2e/harness.mjs';

const svg = readFileSync(join(ROOT, 'style', 'icon.svg'), 'utf8');
const browser = await launchBrowser();
for (const size of [192, 512]) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  await page.setContent(`<style>*{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
  await page.screenshot({ path: join(ROOT, 'style', `icon-${size}.png`), omitBackground: true });
  await page.close();
}
await browser.close();
