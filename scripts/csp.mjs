// Run by scripts/post-build.sh: writes the Content-Security-Policy into the staged index.html, with a hash
// of every inline script there (the loader, the service worker's registration, the start page's
// script) and of the inlined stylesheet, so no script or style applies that the build did not produce.
// A meta policy cannot carry frame-ancestors: the README gives the matching response headers.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.env.TRUNK_STAGING_DIR ?? 'dist', 'index.html');
const html = readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) process.exit(0);

const sha256 = (body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`;
const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => sha256(body));
if (hashes.length === 0) throw new Error(`no inline script in ${file}: the loader is missing`);
// The stylesheet is inlined (index.html): allowed by its hash, like the scripts.
const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map(([, body]) => sha256(body));

// Nothing by default; each kind of resource the app loads allowed from its own origin only. No form
// submits (the app reads its forms itself), and the one HTML sink takes only the screens' own
// policy's output (Trusted Types), the worker's address only the worker policy's.
const POLICY = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${styles.join(' ')}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  // The preview of "For websites" frames the app itself.
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types flexicheck flexicheck-worker',
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${POLICY}" />\n    <meta name="referrer" content="no-referrer" />`;
const out = html.replace(/(<meta charset="utf-8" \/>)/, `$1\n    ${meta}`);
if (out === html) throw new Error(`no <meta charset="utf-8" /> in ${file} to place the policy after`);
writeFileSync(file, out);
