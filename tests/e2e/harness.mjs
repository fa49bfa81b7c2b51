// Shared end-to-end harness: serves dist/ on loopback, drives Debian's Chromium with playwright-core,
// and fails a page on any console error, page error, or request outside its own origin.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const require = createRequire(import.meta.url);
export const ROOT = resolve(import.meta.dirname, '../..');
const DIST = join(ROOT, 'dist');
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon', '.json': 'application/json',
  // As many hosts serve it: a browser shows it as text when opened (the service-worker test needs that).
  '.webmanifest': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves dist/ on 127.0.0.1 (a free port) under `base` (a site's sub-path), gzip-compressed when `gzip`
 * and the browser asks for it. A path with a file extension that dist/ lacks is a 404, so a missing asset
 * shows; other paths under `base` get index.html, as a single-page-app host does; paths outside `base` 404.
 * `dir` (default dist/) can be swapped while serving with `deploy(dir)`: a new version of the site.
 * `onSent(path, bytes)` hears of every file sent (the benchmark counts a visit's bytes with it).
 */
export async function serveDist({ base = '/', gzip = false, dir = DIST, onSent = () => {} } = {}) {
  let DIST = dir;
  const server = createServer(async (req, res) => {
    try {
      const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (!pathname.startsWith(base)) { res.writeHead(404); res.end('outside the site'); return; }
      const path = normalize('/' + pathname.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
      let file = join(DIST, path);
      const found = file.startsWith(DIST) && (await stat(file).catch(() => null))?.isFile();
      if (!found && extname(path)) { res.writeHead(404); res.end('not found'); return; }
      if (!found) file = join(DIST, 'index.html');
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(body);
      onSent(pathname, body.length);
    } catch (e) {
      res.writeHead(500); res.end(String(e));
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  // Closing also drops kept-alive connections: after close() the site is really gone.
  return {
    url: `http://127.0.0.1:${server.address().port}${base}`,
    deploy: (next) => { DIST = next; },
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export function launchBrowser() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/**
 * Opens a page that records every console error, page error, foreign request and failed request (4xx, 5xx or a
 * network error; a request cancelled by a navigation is not a failure) in `problems`.
 * Foreign requests are blocked, so a page that depends on one also fails visibly.
 */
export async function guardedPage(browser, baseUrl, { viewport = { width: 1280, height: 800 }, locale = 'en-GB' } = {}) {
  const context = await browser.newContext({ viewport, locale });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()} (${msg.location().url})`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  // Anything the Content-Security-Policy blocks is a failure, whatever Chromium logs about it.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline code'}`)));
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => {
    const error = r.failure()?.errorText ?? '';
    if (r.url().startsWith(origin) && error !== 'net::ERR_ABORTED') problems.push(`request failed (${error}): ${r.url()}`);
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request outside the origin: ${url}`);
    return route.abort();
  });
  return { page, context, problems };
}

/** Runs axe-core on the page (WCAG 2.2 A/AA and best practice) and returns the violations, one line each. */
export async function axeViolations(page) {
  // Evaluated through DevTools: the page's Content-Security-Policy rightly refuses an injected script tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  // axe no longer checks this, and a repeated id breaks labels, error links and the skip link.
  const duplicateIds = await page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  });
  return [...duplicateIds.map((id) => `duplicate id: #${id}`), ...result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)];
}

// --- Journeys: open a page, answer one question page at a time, reach the result.

// The questions answered by choosing one option.
const CHOICE_PAGES = ['role', 'function', 'pension', 'foreign', 'other-contract', 'notice', 'linked'];

/** Opens the start page in `lang` (the browser set to `browserLang`) and returns helpers that answer one page at a time. */
export async function openJourney(browser, baseUrl, lang, query = '', browserLang = lang) {
  const { page, context, problems } = await guardedPage(browser, baseUrl, { locale: browserLang === 'en' ? 'en-GB' : `${browserLang}-BE` });
  const visited = [];
  const scan = async () => {
    await page.locator('main h1').first().waitFor();
    // The start page written at build shows before the app; the journey goes on in the app.
    await page.waitForFunction(() => !document.querySelector('[data-prerendered]'));
    const slug = new URL(page.url()).searchParams.get('page') ?? 'start';
    assert.deepEqual(await axeViolations(page), [], `axe on page ${slug} (${lang})`);
    visited.push(slug);
  };
  await page.goto(baseUrl + query);
  await scan();
  const onPage = async (slug) => {
    await page.waitForFunction((s) => new URL(location.href).searchParams.get('page') === s, slug, { timeout: 5000 });
    await scan();
  };
  const answer = async (slug, value) => {
    await onPage(slug);
    if (value === undefined) {
      // leave empty
    } else if (CHOICE_PAGES.includes(slug)) {
      // The answer must be one of the page's radio buttons (not typed into a text field).
      await page.locator(`input[type=radio][value="${value}"]`).check({ timeout: 2000 });
    } else {
      await page.locator('#answer').fill(value);
    }
    await page.locator('button[type=submit]').click();
  };
  return { page, context, problems, visited, answer, onPage, scan };
}

export async function finish(j) {
  await j.onPage('check');
  await j.page.locator('main a.button').click();
  await j.onPage('result');
  return j.page.getByTestId('verdict').getAttribute('data-verdict');
}

export async function close(j) {
  assert.deepEqual(j.problems, []);
  await j.context.close();
}

