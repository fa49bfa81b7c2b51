// The release build as a real host serves it: under a sub-path (/tools/flexi/), gzip-compressed, with
// 404s for anything missing. The start page, a journey to a result and the embed module must work there
// with no failed request (the guarded page counts every 4xx and network error).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launchBrowser, guardedPage, ROOT } from './harness.mjs';

const BASE = '/tools/flexi/';
let server, browser;
before(async () => { server = await serveDist({ base: BASE, gzip: true }); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

test('under a sub-path: every asset loads from the sub-path, compressed, and the icon is there', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  const requested = [];
  page.on('response', (r) => requested.push({ url: r.url(), encoding: r.headers()['content-encoding'] }));
  await page.goto(`${server.url}?lang=fr`);
  await page.locator('main h1').waitFor();
  assert.match(await page.locator('main h1').textContent(), /flexi-job/);
  // The start page written at build shows first; the app replaces it once its wasm and texts are in.
  await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
  const assets = requested.filter((r) => /\.(js|wasm|txt|svg)$/.test(r.url));
  // The script, the wasm and the visitor's catalog of texts (the stylesheet is in the page).
  for (const kind of ['.js', '.wasm', '.txt']) assert.ok(assets.some((r) => r.url.endsWith(kind)), `no ${kind} loaded`);
  for (const r of assets) {
    assert.ok(new URL(r.url).pathname.startsWith(BASE), `${r.url} is outside ${BASE}`);
  }
  assert.ok(assets.some((r) => r.url.endsWith('.wasm') && r.encoding === 'gzip'), 'the wasm came compressed');
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  const iconResponse = await page.request.get(new URL(icon, page.url()).href);
  assert.equal(iconResponse.status(), 200, `icon ${icon}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the page carries a strict Content-Security-Policy and the browser enforces it', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(policy.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'none'"]);
  assert.deepEqual(directives['connect-src'], ["'self'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.deepEqual(directives['require-trusted-types-for'], ["'script'"]);
  assert.deepEqual(directives['trusted-types'], ['flexicheck', 'flexicheck-worker']);
  // Trusted Types are enforced: a plain string never reaches innerHTML.
  const sinkRefused = await page.evaluate(() => {
    try { document.createElement('div').innerHTML = '<b>x</b>'; return false; } catch (e) { return e instanceof TypeError; }
  });
  assert.equal(sinkRefused, true, 'innerHTML with a string is refused');
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'none'"]);
  const scripts = directives['script-src'];
  assert.ok(scripts.includes("'wasm-unsafe-eval'"), policy);
  assert.ok(scripts.every((s) => s === "'self'" || s === "'wasm-unsafe-eval'" || s.startsWith("'sha256-")), policy);
  assert.equal(await page.locator('meta[name=referrer]').getAttribute('content'), 'no-referrer');
  // Injected code is refused (DevTools' own evaluate bypasses the policy, so inject a script element).
  // (Trusted Types already refuse the script's text; the policy's script-src refuses it if set.)
  const inlineRan = await page.evaluate(async () => {
    const s = document.createElement('script');
    try { s.textContent = 'window.__injected = true'; } catch { return false; }
    document.head.append(s);
    await new Promise((ok) => setTimeout(ok, 100));
    return window.__injected === true;
  });
  assert.equal(inlineRan, false);
  // That refusal is the only violation (the harness turns each into a console error).
  assert.ok(problems.length >= 1 && problems.every((p) => /CSP violation|Content Security Policy|requires 'Trusted(HTML|Script)'/.test(p)), problems.join('\n'));
  await context.close();
});

/**
 * Answers a pensioner's questions from the date page to the result (horeca, pension since August 2024) and
 * returns the verdict; `onEachPage` runs on every question page before it is answered.
 */
async function pensionerJourney(page, onEachPage = async () => {}) {
  const answer = async (slug, value, choice = false) => {
    await page.waitForFunction((s) => new URL(location.href).searchParams.get('page') === s, slug, { timeout: 5000 });
    await onEachPage();
    if (choice) await page.locator(`input[type=radio][value="${value}"]`).check({ timeout: 2000 });
    else await page.locator('#answer').fill(value);
    await page.locator('button[type=submit]').click();
  };
  await answer('date', '2025-02-10');
  await answer('sector', '302');
  await answer('function', 'general', true);
  await answer('pension', 'yes', true);
  await answer('pension-since', '2024-08-15');
  await answer('other-contract', 'none', true);
  await answer('notice', 'no', true);
  await answer('linked', 'none', true);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('page') === 'check');
  await page.locator('main a.button').click();
  await page.waitForFunction(() => new URL(location.href).searchParams.get('page') === 'result');
  return page.getByTestId('verdict').getAttribute('data-verdict');
}

test('under a sub-path: a journey to a result, in Dutch', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { locale: 'nl-BE' });
  await page.goto(`${server.url}?lang=nl&page=date`);
  const underBase = async () => assert.ok(new URL(page.url()).pathname === BASE, `the address stays under ${BASE}: ${page.url()}`);
  assert.equal(await pensionerJourney(page, underBase), 'Eligible');
  // The deep link of this result, opened fresh under the sub-path, shows the same verdict.
  const deepLink = page.url();
  const fresh = await guardedPage(browser, server.url, { locale: 'nl-BE' });
  await fresh.page.goto(deepLink);
  assert.equal(await fresh.page.getByTestId('verdict').getAttribute('data-verdict'), 'Eligible');
  assert.deepEqual([...problems, ...fresh.problems], []);
  await fresh.context.close();
  await context.close();
});

test('under a sub-path: the embed module loads from it and answers', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  const host = new URL('/host.html', server.url).href;
  await page.route(host, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><html lang="en"><title>A host site</title><body></body></html>',
  }));
  await page.goto(host);
  const answer = await page.evaluate(async (moduleUrl) => {
    const flexicheck = await import(moduleUrl);
    await flexicheck.default();
    return JSON.parse(flexicheck.net('{"date": "2026-01-15", "monthly_gross": "3000", "worker_kind": "white_collar"}'));
  }, `${server.url}flexicheck-embed.js`);
  assert.equal(answer.monthly_gross, '3000');
  assert.ok(Number(answer.net) > 0 && Number(answer.net) < 3000, `net ${answer.net}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('installable: a manifest with a relative start and icons of 192 and 512 pixels', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.goto(server.url);
  await page.locator('main h1').waitFor();
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  const manifestUrl = new URL(href, page.url()).href;
  const manifest = await (await page.request.get(manifestUrl)).json();
  assert.equal(manifest.name, 'Flexicheck');
  assert.equal(new URL(manifest.start_url, manifestUrl).href, server.url);
  for (const size of ['192x192', '512x512']) {
    const icon = manifest.icons.find((i) => i.sizes === size);
    assert.ok(icon, `no ${size} icon`);
    const response = await page.request.get(new URL(icon.src, manifestUrl).href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'image/png');
  }
  assert.deepEqual(problems, []);
  await context.close();
});

/** Resolves once the service worker has installed (precached) and controls the page. */
const serviceWorkerInControl = (page) => page.evaluate(async () => {
  await navigator.serviceWorker.ready;
  if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok));
});

test('offline after one visit: the network off, a journey in another language still reaches a result', async () => {
  // A server of its own, so that "the network off" can mean the server is gone.
  const own = await serveDist({ base: BASE, gzip: true });
  const { page, context, problems } = await guardedPage(browser, own.url, { locale: 'fr-BE' });
  await page.goto(`${own.url}?lang=en`);
  await page.locator('main h1').waitFor();
  await serviceWorkerInControl(page);
  await own.close();
  await context.setOffline(true);
  const offline = await page.goto(`${own.url}?lang=fr&page=date`);
  assert.ok(offline.fromServiceWorker(), 'the page came from the service worker');
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await pensionerJourney(page), 'Eligible');
  // The rules page, with every source, also opens offline.
  assert.ok((await page.goto(`${own.url}?lang=nl&page=rules`)).fromServiceWorker());
  await page.locator('main h1').waitFor();
  assert.match(await page.locator('main h1').textContent(), /regels/i);
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 22: another address in the app's folder (the manifest, with a query) opened once must never
// become the offline copy of the app; and a catalog's hashed name is read from the cache.
test('opening the manifest once cannot replace the offline app', async () => {
  const own = await serveDist({ base: BASE, gzip: true });
  const { page, context, problems } = await guardedPage(browser, own.url);
  try {
    await page.goto(`${own.url}?lang=en`);
    await page.locator('main h1').waitFor();
    await serviceWorkerInControl(page);
    const manifest = await page.goto(`${own.url}manifest.webmanifest?x=1`);
    assert.equal(manifest.status(), 200);
    assert.match(await page.locator('body').innerText(), /"name"/, 'the manifest is shown as text');
  } finally {
    await own.close();
  }
  await context.setOffline(true);
  const offline = await page.goto(`${own.url}?lang=en&page=rules`);
  assert.ok(offline.fromServiceWorker(), 'the page came from the service worker');
  await page.locator('main h1').waitFor({ timeout: 5000 });
  assert.match(await page.locator('main h1').textContent(), /rules/i, 'the app, not the manifest');
  const sw = await (await fetch(new URL('sw.js', server.url))).text();
  const hashed = new RegExp(sw.match(/const HASHED = \/(.*)\/;/)[1]);
  for (const file of (await readdir(join(ROOT, 'dist'))).filter((f) => /^catalog-|^flexicheck-[0-9a-f]+_bg\.wasm$/.test(f))) {
    assert.ok(hashed.test(`/${file}`), `the worker treats ${file} as hashed`);
  }
  // Chromium asks the site's root for /favicon.ico while it shows the JSON: not the app's request.
  assert.deepEqual(problems.filter((p) => !p.endsWith('/favicon.ico)')), []);
  await context.close();
});

test('a new version is picked up on the next visit, and then works offline', async () => {
  // Version 2 of the site: dist/ with its English texts changed under a new name (as a build renames
  // every file that changed), the page naming it (its script's hash in the policy follows), and a
  // service worker written for it by the same build script.
  const v2 = await mkdtemp(join(tmpdir(), 'flexicheck-v2-'));
  await cp(join(ROOT, 'dist'), v2, { recursive: true });
  const catalog = (await readdir(v2)).find((f) => /^catalog-en-.*\.txt$/.test(f));
  const renamed = 'catalog-en-00000000000000a2.txt';
  const body = (await readFile(join(v2, catalog), 'utf8')).replace('Rules and sources', 'Rules and sources, version 2');
  assert.ok(body.includes('version 2'));
  await writeFile(join(v2, renamed), body);
  await rm(join(v2, catalog));
  const sha = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
  let page2 = await readFile(join(v2, 'index.html'), 'utf8');
  const script = [...page2.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(([, s]) => s).find((s) => s.includes(catalog));
  page2 = page2.replace(script, script.replaceAll(catalog, renamed)).replace(sha(script), sha(script.replaceAll(catalog, renamed)));
  assert.ok(page2.includes(renamed) && !page2.includes(catalog));
  await writeFile(join(v2, 'index.html'), page2);
  execFileSync('node', [join(ROOT, 'scripts', 'offline.mjs')], { env: { ...process.env, TRUNK_STAGING_DIR: v2 } });

  const own = await serveDist({ base: BASE, gzip: true });
  const { page, context, problems } = await guardedPage(browser, own.url);
  // Version 2 names its rules page differently.
  const version = () => page.evaluate(() => (/version 2/.test(document.querySelector('main h1').textContent) ? '2' : ''));
  const caches = () => page.evaluate(() => caches.keys());
  await page.goto(`${own.url}?lang=en`);
  await page.locator('main h1').waitFor();
  await serviceWorkerInControl(page);
  const first = await caches();
  assert.equal(await version(), '');
  // The next visit, after a deploy.
  own.deploy(v2);
  await page.goto(`${own.url}?lang=en&page=rules`);
  await page.locator('main h1').waitFor();
  assert.equal(await version(), '2', 'the new version shows on the next visit');
  // Meanwhile the browser finds the new service worker, which caches version 2 and drops version 1.
  for (let i = 0; i < 100; i += 1) {
    const now = await caches();
    if (now.length === 1 && !first.includes(now[0])) break;
    await page.waitForTimeout(100);
  }
  const now = await caches();
  assert.ok(now.length === 1 && !first.includes(now[0]), `caches ${first} → ${now}`);
  // And it is the new version that works offline.
  await own.close();
  await context.setOffline(true);
  assert.ok((await page.goto(`${own.url}?lang=en&page=rules`)).fromServiceWorker());
  await page.locator('main h1').waitFor();
  assert.equal(await version(), '2');
  assert.deepEqual(problems, []);
  await context.close();
  await rm(v2, { recursive: true });
});

/** The page's header, main and footer as markup, without Leptos's comment markers or the static marker. */
const shownMarkup = (page) => page.evaluate(() => ['header', 'main', 'footer']
  .map((tag) => document.querySelector(tag)?.outerHTML ?? '')
  .join('\n').replace(/<!--.*?-->/g, '').replace(/ data-prerendered(="")?/g, ''));

for (const [lang, query, locale] of [['en', '', 'en-GB'], ['nl', '', 'nl-BE'], ['fr', '?lang=fr', 'nl-BE'], ['de', '', 'de-BE']]) {
  test(`${lang}: the start page shows before the wasm, and the app takes it over unchanged`, async () => {
    // Without the wasm: only the static start page.
    const context = await browser.newContext({ locale, viewport: { width: 375, height: 800 }, serviceWorkers: 'block' });
    const bare = await context.newPage();
    await bare.route('**/*.wasm', (route) => route.abort());
    await bare.goto(server.url + query);
    await bare.locator('main h1').waitFor({ timeout: 3000 });
    assert.equal(await bare.locator('html').getAttribute('lang'), lang);
    const prerendered = await shownMarkup(bare);
    await context.close();
    // With the wasm: the app's own start page, the static one gone, and the same markup.
    const { page, context: appContext, problems } = await guardedPage(browser, server.url, { locale, viewport: { width: 375, height: 800 } });
    await page.goto(server.url + query);
    await page.waitForFunction(() => document.querySelectorAll('[data-prerendered]').length === 0 && document.querySelector('main h1'));
    assert.equal(await page.locator('main').count(), 1);
    assert.equal(await shownMarkup(page), prerendered);
    assert.deepEqual(problems, []);
    await appContext.close();
  });
}

test('a deep link never flashes the start page while the wasm loads', async () => {
  // No service worker either: it would fetch the wasm past the block once installed.
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  for (const query of ['?page=date&lang=en', '?page=start&lang=en&date=2026-12-05', '?lang=xx']) {
    await page.goto(server.url + query);
    await page.waitForLoadState('load');
    assert.equal(await page.locator('main h1').count(), 0, `${query} showed a page before the app`);
    assert.equal(await page.locator('main').count(), 1, `${query}: the loading page`);
  }
  await context.close();
});

test('a deep link shows the loading page in its language, then the page; without the app, what to do', async () => {
  const result = '?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=2500';
  // The wasm never comes: the header and the loading line, then the message (a wasm that fails, as a
  // browser without WebAssembly or a connection lost half-way).
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 375, height: 700 }, serviceWorkers: 'block' });
  const bare = await context.newPage();
  const errors = [];
  bare.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await bare.route('**/*.wasm', (route) => route.abort());
  await bare.goto(server.url + result);
  assert.equal(await bare.locator('html').getAttribute('lang'), 'nl');
  assert.match(await bare.locator('.masthead .tagline').textContent(), /Flexi-jobcheck voor België/);
  // Its language links keep the link's answers.
  const french = new URL(await bare.locator('.languages a[lang=fr]').getAttribute('href'), server.url);
  assert.equal(french.searchParams.get('lang'), 'fr');
  assert.equal(french.searchParams.get('income'), '2500');
  assert.equal(french.searchParams.get('page'), 'result');
  const failed = bare.getByTestId('load-failed');
  await failed.waitFor({ timeout: 10000 });
  assert.match(await failed.textContent(), /Flexicheck kon niet laden\. Controleer je verbinding/);
  assert.equal(await failed.getAttribute('role'), 'alert');
  assert.equal(await bare.getByTestId('loading').count(), 0);
  assert.ok(errors.some((e) => e.includes('Flexicheck:')), 'the console says why');
  // In a website's compact frame: no header.
  await bare.goto(server.url + '?page=date&lang=fr&embed=compact');
  await bare.getByTestId('load-failed').waitFor({ timeout: 10000 });
  assert.equal(await bare.locator('header').count(), 0);
  assert.match(await bare.getByTestId('load-failed').textContent(), /Flexicheck n'a pas pu se charger/);
  await context.close();
  // With the app: the loading page gives way to the result, nothing of it left.
  const { page, context: appContext, problems } = await guardedPage(browser, server.url, { viewport: { width: 375, height: 700 } });
  await page.goto(server.url + result.replace('lang=nl', 'lang=de'));
  await page.getByTestId('verdict').waitFor();
  assert.equal(await page.locator('[data-loading-page], [data-loading], [data-load-failed]').count(), 0);
  assert.equal(await page.locator('main').count(), 1);
  assert.equal(await page.locator('header').count(), 1);
  assert.deepEqual(problems, []);
  await appContext.close();
});

// A worker's journey never downloads the tools (team, year, websites): their code is the whole app,
// loaded when a tool's page opens, then kept by the service worker for offline use.
test('the tools load only when one opens, by a link or a deep link, and then work offline', async () => {
  const own = await serveDist({ base: BASE, gzip: true });
  const { page, context, problems } = await guardedPage(browser, own.url, { locale: 'nl-BE' });
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const tools = () => fetched.filter((path) => path.includes('flexicheck-tools-'));
  try {
    await page.goto(own.url);
    await page.locator('main h1').waitFor();
    await serviceWorkerInControl(page);
    assert.deepEqual(tools(), [], 'the start page loads no tool');
    // The employer's link on the start page: the page loads anew, and the whole app shows the team page.
    await page.getByRole('link', { name: 'Een team nakijken' }).click();
    await page.locator('#team-rows').waitFor();
    assert.match(await page.locator('main h1').textContent(), /team/i);
    assert.equal(tools().filter((path) => path.endsWith('.wasm')).length, 1, 'the tools came once');
    // Back to the start page, then on to a question: the whole app serves it too.
    await page.goBack();
    await page.locator('main h1').waitFor();
    await page.getByRole('link', { name: 'Nu beginnen' }).click();
    await page.locator('main h1').waitFor();
    assert.match(new URL(page.url()).search, /page=role/);
  } finally {
    await own.close();
  }
  // Offline, a tool opened before opens again, in another language, from the service worker.
  await context.setOffline(true);
  assert.ok((await page.goto(`${own.url}?page=year&lang=fr`)).fromServiceWorker());
  await page.locator('#year-file').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a deep link to a tool loads the whole app only, not the first download as well', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { locale: 'de-BE' });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(new URL(r.url()).pathname.split('/').pop()); });
  await page.goto(`${server.url}?page=year&lang=de`);
  await page.locator('#year-file').waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'de');
  assert.deepEqual(wasm.map((name) => name.replace(/-[0-9a-f]+_bg/, '_bg')), ['flexicheck-tools_bg.wasm']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('offline, a tool never opened says it needs the network once, and the start page still opens', async () => {
  const own = await serveDist({ base: BASE, gzip: true });
  const { page, context } = await guardedPage(browser, own.url);
  try {
    await page.goto(`${own.url}?lang=fr`);
    await page.locator('main h1').waitFor();
    await serviceWorkerInControl(page);
  } finally {
    await own.close();
  }
  await context.setOffline(true);
  assert.ok((await page.goto(`${own.url}?page=team&lang=fr`)).fromServiceWorker());
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
  assert.equal(await alert.textContent(), 'Cet outil se télécharge à sa première ouverture, et la connexion manque. Connectez-vous à internet et rechargez la page.');
  await page.getByRole('link', { name: 'Retour au début' }).click();
  await page.locator('main h1').waitFor();
  assert.match(await page.locator('main h1').textContent(), /flexi-job/);
  await context.close();
});
