// The embed API (flexicheck-embed.js) in Chromium, loaded by a page of another site as its README says:
// for every scenario of the test vectors it must answer exactly what the native CLI answers, and bad
// input must throw the CLI's message. The app's own pages must never load it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, serveDist, launchBrowser, guardedPage } from './harness.mjs';

let server, browser, cli;
before(async () => {
  execFileSync('cargo', ['build', '--locked', '--quiet', '--bin', 'flexicheck-cli'], { cwd: ROOT, stdio: 'inherit' });
  cli = join(ROOT, 'target', 'debug', 'flexicheck-cli');
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.close(); });

/** What `flexicheck-cli assess` (or `net`) says for one input: { ok: answer } or { error: message }. */
function native(input, command = 'assess') {
  const run = spawnSync(cli, [command], { input, encoding: 'utf8' });
  if (run.status === 0) return { ok: JSON.parse(run.stdout) };
  assert.equal(run.status, 2, `CLI exit code for ${input}: ${run.stderr}`);
  return { error: run.stderr.trim().replace(/^flexicheck-cli: /, '') };
}

/** Opens a blank page of a host site on the same server and runs the inputs through the embed API. */
async function embedded(inputs, command = 'assess') {
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.route(`${server.url}host.html`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><html lang="en"><title>A host site</title><body></body></html>',
  }));
  await page.goto(`${server.url}host.html`);
  const answers = await page.evaluate(async ([texts, command]) => {
    const flexicheck = await import('/flexicheck-embed.js');
    await flexicheck.default();
    return texts.map((text) => {
      try {
        return { ok: JSON.parse(flexicheck[command](text)) };
      } catch (e) {
        return { error: e instanceof Error ? e.message : `not an Error: ${e}` };
      }
    });
  }, [inputs, command]);
  assert.deepEqual(problems, []);
  await context.close();
  return answers;
}

const VECTORS = join(ROOT, 'tests', 'vectors');
const allVectors = readdirSync(VECTORS).filter((f) => f.endsWith('.json'))
  .flatMap((f) => JSON.parse(readFileSync(join(VECTORS, f), 'utf8')).map((v) => ({ file: f, ...v })));
const vectorScenarios = allVectors.filter((v) => v.scenario).map((v) => ({ name: `${v.file}: ${v.name}`, input: JSON.stringify(v.scenario) }));
const payslipRequests = allVectors.filter((v) => v.input).map((v) => ({ name: `${v.file}: ${v.name}`, input: JSON.stringify(v.input) }));

test('the embed API gives every payslip vector exactly the CLI net', async () => {
  assert.ok(payslipRequests.length >= 40, `only ${payslipRequests.length} payslip vectors`);
  const bad = ['{}', '{"date": "2026-01-15", "monthly_gross": "3000", "worker_kind": "boss"}'];
  const inputs = [...payslipRequests.map((r) => r.input), ...bad];
  const answers = await embedded(inputs, 'net');
  inputs.forEach((input, i) => assert.deepEqual(answers[i], native(input, 'net'), input));
  assert.ok(answers.slice(-bad.length).every((a) => a.error), 'bad requests throw');
});

test('the embed API answers every test vector exactly as the CLI does', async () => {
  assert.ok(vectorScenarios.length > 250, `only ${vectorScenarios.length} vectors found`);
  // The same scenarios asked in Dutch, French and German too: the texts come from the same engine.
  const cases = vectorScenarios.flatMap(({ name, input }) => ['en', 'nl', 'fr', 'de'].map((language) => {
    const scenario = JSON.parse(input);
    if (language !== 'en') scenario.language = language;
    return { name: `${name} (${language})`, input: JSON.stringify(scenario) };
  }));
  const answers = await embedded(cases.map((c) => c.input));
  let assessed = 0;
  cases.forEach((c, i) => {
    assert.deepEqual(answers[i], native(c.input), c.name);
    if (answers[i].ok) assessed += 1;
  });
  assert.ok(assessed > 600, `only ${assessed} of ${cases.length} scenarios were assessed`);
});

test('bad input throws an Error with the CLI message, never a crash', async () => {
  const inputs = ['', 'not json', '[]', '{}', '{"work_date": "2025-02-30"}', '{"work_date": "2025-02-10", "worker": {"employment_t3": 2}}',
    '{"work_date": "2025-02-10", "language": "it"}', '{"work_date": "2025-02-10", "sector": {"joint_committee": "302"}, "pay": {"hourly_wage": "-1"}}'];
  const answers = await embedded(inputs);
  inputs.forEach((input, i) => {
    const expected = native(input);
    assert.ok(expected.error, `the CLI refuses ${input}`);
    assert.deepEqual(answers[i], expected, input);
    assert.ok(answers[i].error.length > 10, `a message for ${input}`);
  });
  // After all that the module still answers.
  const [again] = await embedded(['{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.8}}']);
  assert.equal(again.ok.verdict, 'eligible');
  assert.equal(again.ok.reference_quarter, '2024-Q2');
});

// Issue 23: the embed module checks a team as the CLI does.
test('the embed API checks a team as the CLI team does', async () => {
  const csv = 'Name;Pension;Work in T-3 (%);Work abroad in T-3;Other contract with us;Notice with us;Contract in a linked company;Function\nAnn;no;100;no;none;no;none;general\nBen;no;1,234;no;none;no;none;general\n';
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.route(`${server.url}host.html`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>A host site</title><body></body></html>' }));
  await page.goto(`${server.url}host.html`);
  const table = await page.evaluate(async (text) => {
    const flexicheck = await import('/flexicheck-embed.js');
    await flexicheck.default();
    return flexicheck.team(text, '2026-10-15', '302', 'en');
  }, csv);
  const run = spawnSync(cli, ['team', '--date', '2026-10-15', '--pc', '302', '--lang', 'en'], { input: csv, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.equal(table, run.stdout);
  assert.match(table.split('\r\n')[1], /^Ann;.*;allowed;/);
  assert.deepEqual(problems, []);
  await context.close();
});

// Issue 22: anything but a string is refused with a TypeError that says what to pass, never a trap.
test('a non-string argument throws a TypeError naming the JSON text, and the module still answers', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.route(`${server.url}host.html`, (route) => route.fulfill({
    contentType: 'text/html', body: '<!doctype html><html lang="en"><title>A host site</title><body></body></html>',
  }));
  await page.goto(`${server.url}host.html`);
  const results = await page.evaluate(async () => {
    const flexicheck = await import('/flexicheck-embed.js');
    await flexicheck.default();
    const out = [];
    for (const value of [{ work_date: '2026-01-15' }, 42, true, undefined, null, ['{}']]) {
      for (const f of ['assess', 'net']) {
        try { flexicheck[f](value); out.push(`${f}: no error`); } catch (e) { out.push(`${f}: ${e.constructor.name}: ${e.message}`); }
      }
    }
    out.push(JSON.parse(flexicheck.assess('{"work_date": "2026-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1}}')).verdict);
    return out;
  });
  const verdict = results.pop();
  for (const r of results) assert.match(r, /^(assess|net): TypeError: (assess|net)\(\): the argument is the JSON text/, r);
  assert.equal(verdict, 'eligible');
  assert.deepEqual(problems, []);
  await context.close();
});

test("the app's own pages never load the embed API", async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${server.url}?lang=en&mode=compare&pc=302`);
  await page.locator('main h1').first().waitFor();
  assert.ok(requested.some((p) => p.endsWith('_bg.wasm')), `the app's wasm was requested: ${requested}`);
  assert.deepEqual(requested.filter((p) => p.includes('flexicheck-embed')), []);
  assert.deepEqual(problems, []);
  await context.close();
});

test('in an iframe the app tells the host page its height, and only that', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url, { viewport: { width: 800, height: 600 } });
  await page.route(`${server.url}host-frame.html`, (route) => route.fulfill({
    contentType: 'text/html',
    // The host page names its own icon: else Chromium asks this server for /favicon.ico (a 404 that
    // is the host's, not the app's, and that Playwright sees only as a console line).
    body: `<!doctype html><html lang="en"><title>A host site</title><link rel="icon" href="data:,"><body>
      <iframe id="flexicheck" src="/?lang=fr" title="Flexicheck" style="width: 375px; height: 150px; border: 0"></iframe>
      <script>
        window.messages = [];
        const frame = document.getElementById('flexicheck');
        addEventListener('message', (e) => {
          if (e.source !== frame.contentWindow || e.data?.type !== 'flexicheck:height') return;
          window.messages.push(e.data);
          frame.style.height = e.data.height + 'px';
        });
      </script></body></html>`,
  }));
  await page.goto(`${server.url}host-frame.html`);
  const frame = page.frameLocator('#flexicheck');
  // The frame grows to its content: nothing is cut off, no scrolling inside the frame.
  const fits = () => page.waitForFunction(() => {
    const f = document.getElementById('flexicheck');
    const inner = f.contentDocument?.documentElement;
    return window.messages.length > 0 && inner && Math.abs(inner.scrollHeight - f.clientHeight) <= 1;
  }, null, { timeout: 5000 });
  const frameHeight = () => page.evaluate(() => document.getElementById('flexicheck').clientHeight);
  await frame.locator('main h1').waitFor();
  await fits();
  const start = await frameHeight();
  assert.ok(start > 400, `start page in a 375 px frame: ${start} px`);
  // A longer page (a result with its reasons unfolded) grows the frame; a short one shrinks it again.
  await page.evaluate(() => { document.getElementById('flexicheck').src = '/?page=result&lang=fr&date=2025-01-15&pc=302&function=general&pension=no&t3=50'; });
  await frame.getByTestId('verdict').waitFor();
  await fits();
  const result = await frameHeight();
  assert.ok(result > start + 200, `result ${result} px, start ${start} px`);
  await frame.locator('main a.button, .restart a').last().click();
  await frame.locator('.button-start').waitFor();
  await fits();
  assert.ok((await frameHeight()) < result - 200, 'the frame shrinks back');
  // Only the height crosses the frame's edge.
  const keys = await page.evaluate(() => [...new Set(window.messages.map((m) => Object.keys(m).join(',')))]);
  assert.deepEqual(keys, ['type,height']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a top-level app posts no height message', async () => {
  const { page, context, problems } = await guardedPage(browser, server.url);
  await page.addInitScript(() => {
    window.heightMessages = 0;
    addEventListener('message', (e) => { if (e.data?.type === 'flexicheck:height') window.heightMessages += 1; });
  });
  await page.goto(`${server.url}?lang=en`);
  await page.locator('main h1').waitFor();
  await page.locator('.button-start').click();
  await page.locator('main h1').waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.heightMessages), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
