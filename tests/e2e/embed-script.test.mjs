// The one-line embed (issue 24): a page of another site (another port, its own strict policy) embeds the
// app with `embed.js`, twice. Each frame appears where its script stands, fits its height as a journey
// goes, never asks the site's sector, takes the site's colour only with enough contrast, is clean for
// axe, and the host page receives nothing but heights.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { ROOT, serveDist, launchBrowser, axeViolations } from './harness.mjs';

let app, host, browser;
before(async () => {
  app = await serveDist();
  const appOrigin = new URL(app.url).origin;
  const dir = mkdtempSync(join(tmpdir(), 'flexicheck-host-'));
  // The host's own policy: no script or frame but Flexicheck's, no inline code, no styles.
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src ${appOrigin}; frame-src ${appOrigin}">
<title>A horeca union</title></head><body><h1>Flexi-jobs in horeca</h1>
<script src="${app.url}embed.js" data-lang="nl" data-mode="check" data-pc="302" data-accent="0b5394" async></script>
<p>Between the two.</p>
<script src="${app.url}embed.js" data-lang="fr" data-accent="ffff00" async></script>
</body></html>`);
  host = await serveDist({ dir });
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await host?.close(); await app?.close(); });

test('two one-line embeds on a strict page of another site: fitted, the sector never asked, the colour checked, only heights sent', async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  const problems = [];
  const warnings = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); if (m.type() === 'warning') warnings.push(m.text()); });
  // Everything the host page receives by postMessage, recorded before any script of the page runs.
  await page.addInitScript(() => {
    window.__received = [];
    addEventListener('message', (e) => window.__received.push({
      origin: e.origin, data: e.data, frame: [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source),
    }));
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation on the host: ${e.violatedDirective}`));
  });
  await page.goto(host.url);
  const frames = page.locator('iframe.flexicheck-frame');
  await frames.nth(1).waitFor();
  assert.equal(await frames.count(), 2);
  // Each where its script stands, with a title in its language.
  assert.deepEqual(await page.evaluate(() => [...document.body.children].map((e) => e.tagName)), ['H1', 'SCRIPT', 'IFRAME', 'P', 'SCRIPT', 'IFRAME']);
  assert.equal(await frames.nth(0).getAttribute('title'), 'Flexicheck: mag ik een flexi-job doen?');
  assert.equal(await frames.nth(0).getAttribute('loading'), 'lazy');
  const nl = page.frameLocator('iframe.flexicheck-frame >> nth=0');
  const nlFrame = page.frames().find((f) => f.url().includes('lang=nl'));
  // Compact: no site header or footer; the language links and the privacy sentence kept.
  await nl.locator('main h1').waitFor();
  assert.equal(await nl.locator('.masthead').count(), 0);
  assert.equal(await nl.locator('.masthead-compact .languages a').count(), 4);
  assert.match(await nl.locator('footer').innerText(), /niets wat je invult verlaat dit toestel/);
  // The frame is as tall as its page.
  const fits = async () => page.waitForFunction(() => {
    const last = window.__received.filter((m) => m.frame === 0).at(-1);
    return last && parseFloat(document.querySelector('iframe').style.height) === Math.ceil(last.data.height);
  });
  await fits();
  const first = parseFloat(await frames.nth(0).evaluate((f) => f.style.height));
  // The site's colour on the buttons, with enough contrast.
  assert.equal(await nl.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  assert.deepEqual(await axeViolations(nlFrame), [], 'axe inside the frame');
  // The journey: role, date, then never the sector.
  await nl.locator('input[type=radio][value=worker]').check();
  await nl.locator('button[type=submit]').click();
  await nl.locator('#answer').waitFor();
  await nl.locator('#answer').fill('15/01/2027');
  await nl.locator('button[type=submit]').click();
  await nlFrame.waitForFunction(() => new URL(location.href).searchParams.get('page') !== 'date');
  assert.equal(new URL(nlFrame.url()).searchParams.get('page'), 'function', 'after the date comes the function, never the sector');
  await fits();
  assert.notEqual(parseFloat(await frames.nth(0).evaluate((f) => f.style.height)), first, 'the frame follows its page');
  // Check your answers: the sector shown as the site's, with nothing to change it.
  await nlFrame.goto(`${app.url}?page=check&lang=nl&role=worker&date=2027-01-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=0&embed=compact&accent=0b5394&pc_fixed=1`);
  const fixed = nl.getByTestId('sector-fixed');
  await fixed.waitFor();
  assert.match(await fixed.innerText(), /302[\s\S]*ingesteld door deze website/);
  assert.equal(await fixed.locator('a').count(), 0);
  assert.deepEqual(await axeViolations(nlFrame), [], 'axe on check your answers');
  // A colour without enough contrast is refused: Flexicheck's own, and a warning for the editor.
  const fr = page.frameLocator('iframe.flexicheck-frame >> nth=1');
  await fr.locator('main h1').waitFor();
  assert.equal(await fr.locator('a.button').first().evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(30, 107, 58)');
  assert.ok(warnings.some((w) => /accent=ffff00 .* below WCAG AA's 4\.5:1/.test(w)), warnings.join('\n'));
  // The host received heights from the app's origin, and nothing else.
  const received = await page.evaluate(() => window.__received);
  assert.ok(received.length >= 3);
  assert.ok(received.some((m) => m.frame === 1), 'the second frame reports its own height');
  for (const m of received) {
    assert.equal(m.origin, new URL(app.url).origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type']);
    assert.equal(typeof m.data.height, 'number');
    assert.equal(m.data.type, 'flexicheck:height');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the module folder is a package: its declaration file type-checks a host\'s example, and its version is the contract\'s', async () => {
  const tsc = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', join(ROOT, 'embed')], { encoding: 'utf8' });
  assert.equal(tsc.status, 0, tsc.stdout + tsc.stderr);
  const pkg = JSON.parse(await (await fetch(`${app.url}package.json`)).text());
  for (const file of pkg.files) assert.equal((await fetch(`${app.url}${file}`)).status, 200, `${file} is in the site`);
  const changelog = readFileSync(join(ROOT, 'embed', 'CHANGELOG.md'), 'utf8');
  assert.match(changelog, new RegExp(`^## ${pkg.version.replace(/\./g, '\\.')} `, 'm'), 'the CHANGELOG names the package version');
  // The module says the same version, as does every Assessment.
  const page = await browser.newPage();
  await page.goto(`${app.url}package.json`);
  const said = await page.evaluate(async () => {
    const m = await import('/flexicheck-embed.js');
    await m.default();
    return [m.version(), JSON.parse(m.assess(JSON.stringify({ work_date: '2026-12-01' }))).contract_version];
  });
  assert.deepEqual(said, [pkg.version, pkg.version]);
  await page.close();
});

test('"For websites": chosen options show in the preview and the snippet; the snippet pasted into a blank host page gives the previewed frame', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  await page.goto(`${app.url}?lang=nl`);
  await page.getByRole('link', { name: 'Voor websites' }).click();
  await page.locator('h1', { hasText: 'Flexicheck op je website' }).waitFor();
  assert.deepEqual(await axeViolations(page), []);
  await page.locator('#w-lang').selectOption('fr');
  await page.locator('#w-mode-check').check();
  await page.locator('#w-sector').fill('302');
  await page.locator('#w-accent').fill('ffff00');
  await page.getByText('Niet gebruikt').waitFor();
  await page.locator('#w-accent').fill('0b5394');
  await page.getByText('Gebruikt: witte tekst').waitFor();
  const snippet = await page.getByTestId('w-script').textContent();
  // The plain iframe is titled in the frame's language, not the page's (every catalog is at hand).
  assert.match(await page.getByTestId('w-iframe').textContent(), /title="Flexicheck : puis-je faire un flexi-job \?"/);
  assert.equal(snippet, `<script src="${app.url}embed.js" data-lang="fr" data-mode="check" data-pc="302" data-accent="0b5394" async></script>`);
  const preview = new URL(await page.getByTestId('w-preview').getAttribute('src'), page.url());
  // The preview is the frame, as it will look.
  const previewFrame = page.frameLocator('#w-preview');
  await previewFrame.locator('main h1').waitFor();
  assert.equal(await previewFrame.locator('button[type=submit]').evaluate((b) => getComputedStyle(b).backgroundColor), 'rgb(11, 83, 148)');
  assert.deepEqual(problems, []);
  // Pasted into a blank page of another site.
  const dir = mkdtempSync(join(tmpdir(), 'flexicheck-blank-'));
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Blank</title></head><body>${snippet}</body></html>`);
  const blank = await serveDist({ dir });
  const hostPage = await context.newPage();
  await hostPage.goto(blank.url);
  await hostPage.locator('iframe').waitFor();
  const embedded = new URL(await hostPage.locator('iframe').getAttribute('src'));
  assert.equal(embedded.search, preview.search);
  assert.equal(embedded.origin + embedded.pathname, app.url);
  await hostPage.frameLocator('iframe').locator('main h1').waitFor();
  await blank.close();
  await context.close();
});
