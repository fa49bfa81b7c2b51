// Flexicheck on any page in one line (README, "Embedding"):
//   <script src="https://example.org/flexi/embed.js" data-lang="nl" data-mode="compare" data-pc="302" async></script>
// puts the app in an iframe where the script stands, lazily loaded, titled, and as tall as each page
// of it. Options (all optional), the frame's public query keys:
//   data-lang     nl | fr | en | de            the language (else the visitor's browser decides)
//   data-mode     check | compare              start at the first question, or the comparison
//   data-role     worker | employer            who is asking (skips that question)
//   data-pc       302 (or data-nace 56.101)    the site's sector: never asked, shown as set by the site
//   data-accent   0b5394                       the site's colour for buttons and links (refused, with a
//                                              console warning, below WCAG AA contrast with white)
//   data-compact  no                           keep Flexicheck's own header and footer (default: compact)
// The frame posts its height and nothing else: no answer reaches the host page. Several on one page work.
(() => {
  const script = document.currentScript;
  if (!script || !script.src) return;
  const options = script.dataset;
  const query = new URLSearchParams();
  const page = options.role ? 'date' : options.mode === 'compare' ? 'date' : options.mode === 'check' ? 'role' : 'start';
  query.set('page', page);
  if (options.lang) query.set('lang', options.lang);
  if (options.role) query.set('role', options.role);
  if (options.mode === 'compare') query.set('mode', 'compare');
  if (options.compact !== 'no') query.set('embed', 'compact');
  if (options.accent) query.set('accent', options.accent.replace(/^#/, ''));
  if (options.pc || options.nace) {
    query.set(options.pc ? 'pc' : 'nace', options.pc || options.nace);
    query.set('pc_fixed', '1');
  }
  const app = new URL('./', script.src);
  const frame = document.createElement('iframe');
  frame.src = `${app.href}?${query.toString().replace(/\+/g, '%20')}`;
  frame.title = { nl: 'Flexicheck: mag ik een flexi-job doen?', fr: 'Flexicheck : puis-je faire un flexi-job ?', de: 'Flexicheck: Darf ich einen Flexi-Job ausüben?' }[options.lang] ?? 'Flexicheck: may I work a flexi-job?';
  frame.loading = 'lazy';
  frame.className = 'flexicheck-frame';
  // Through the CSSOM: a host page's strict policy allows it (it would refuse a style attribute).
  Object.assign(frame.style, { width: '100%', height: '40rem', border: '0', display: 'block' });
  addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow || event.origin !== app.origin) return;
    const { type, height } = event.data ?? {};
    if (type === 'flexicheck:height' && Number.isFinite(height) && height > 0) frame.style.height = `${Math.ceil(height)}px`;
  });
  script.after(frame);
})();
