//! The start page, and a deep link's loading page, as static HTML written at build time by the same
//! code that writes the app's screens (`pages`), so a visitor reads it before the wasm has arrived;
//! the e2e tests check that the app takes the start page over unchanged.

use crate::journey::{Journey, Page};
use crate::locale::Lang;
use crate::pages::{escape, header, screen, View};
use crate::rules::msg;

/// The app's own start page in `lang` (skip link, header, main and footer), in the element the app
/// mounts into, marked `data-prerendered` so the app removes it when it mounts its own.
pub fn start_page(lang: Lang) -> String {
    let journey = Journey { lang: Some(lang.code().to_string()), ..Journey::start() };
    format!(r#"<div class="app" data-prerendered>{}</div>"#, screen(&View::of(&journey, lang)).html)
}

/// What a deep link shows while the app loads (a blank page for seconds on a slow phone otherwise):
/// the app's header (its language links get the link's own answers from the page's script) and a
/// line saying the app is loading, which the page's loader turns into what to do when the app cannot
/// come. It is no page of the app, so nothing wrong flashes; the app removes it when it mounts.
pub fn loading_page(lang: Lang) -> String {
    let journey = Journey { lang: Some(lang.code().to_string()), ..Journey::start() };
    format!(
        r#"<div class="app" data-prerendered data-loading-page>{}<main id="main" class="page"><p class="loading" data-loading data-testid="loading">{}</p><p role="alert" data-load-failed data-testid="load-failed" hidden>{}</p></main></div>"#,
        header(&View::of(&journey, lang)),
        escape(msg::LOADING_THE_APP.get(lang)),
        escape(msg::LOADING_FAILED.get(lang))
    )
}

/// Each language's compact catalog as the site serves it: `catalog-nl-<hash>.txt` (the content's
/// hash in the name, so a browser and the service worker may keep it for good) and its text.
pub fn catalog_files() -> Vec<(Lang, String, &'static str)> {
    Lang::ALL
        .into_iter()
        .filter_map(|l| {
            let text = crate::rules::msg::compiled_in(l.code())?;
            Some((l, format!("catalog-{}-{}.txt", l.code(), crate::rules::ftl::fingerprint([text])), text))
        })
        .collect()
}

/// A build of the web app as the site serves it: its script and its wasm.
#[derive(Debug, Clone, Copy)]
pub struct Build<'a> {
    pub js: &'a str,
    pub wasm: &'a str,
}

/// What goes before `</head>`: the script that starts the build the address needs at once: the whole
/// app (`tools`) on a tool's page, else the first download (`app`), which has every other screen;
/// and that fetches a language's catalog when asked (the start page's script asks for the visitor's).
pub fn loader(app: Build, tools: Build) -> String {
    let catalogs: Vec<String> = catalog_files().iter().map(|(l, name, _)| format!("{}: './{name}'", l.code())).collect();
    let tool_pages: Vec<String> = Page::ALL.into_iter().filter(|p| p.is_tool()).map(|p| format!("'{}'", p.slug())).collect();
    let quoted = |name: &str| format!("'{}'", name.replace(['\'', '\\'], ""));
    let script = LOADER
        .replace("CATALOGS", &format!("{{ {} }}", catalogs.join(", ")))
        .replace("TOOL_PAGES", &format!("[{}]", tool_pages.join(", ")))
        .replace("APP_JS", &quoted(app.js))
        .replace("APP_WASM", &quoted(app.wasm))
        .replace("TOOLS_JS", &quoted(tools.js))
        .replace("TOOLS_WASM", &quoted(tools.wasm));
    format!("<script>{script}</script>\n")
}

const LOADER: &str = r#"(() => {
  const catalogs = CATALOGS;
  const loading = {};
  // The app asks for a language's texts through this: one request per language and page (a failed
  // one may be asked again, when the network is back).
  window.flexicheckCatalog = (code) => loading[code] || (loading[code] = fetch(catalogs[code])
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error('the ' + code + ' texts: HTTP ' + r.status))))
    .catch((e) => { delete loading[code]; throw e; }));
  const q = new URLSearchParams(location.search);
  // A worker's journey never loads the tools (team, year, websites): they come with the whole app.
  const builds = { app: [APP_JS, APP_WASM], tools: [TOOLS_JS, TOOLS_WASM] };
  const first = TOOL_PAGES.includes(q.get('page')) ? 'tools' : 'app';
  const [js, wasm] = builds[first];
  for (const [rel, href] of [['modulepreload', js], ['preload', wasm]]) {
    const link = document.createElement('link');
    Object.assign(link, { rel, href, crossOrigin: 'anonymous' });
    if (rel === 'preload') Object.assign(link, { as: 'fetch', type: 'application/wasm' });
    document.head.append(link);
  }
  const started = {};
  const start = (name) => started[name] || (started[name] = import(builds[name][0])
    .then((module) => module.default({ module_or_path: builds[name][1] }))
    .catch((e) => { delete started[name]; throw e; }));
  // The first download hands a tool's page over to the whole app through this (a link followed
  // within the app loads the page anew instead).
  window.flexicheckTools = () => start('tools');
  // Once the page is parsed (the start page may be on it); when the tools cannot come (offline
  // before a tool was ever opened), the first download says so.
  addEventListener('DOMContentLoaded', () => start(first)
    .catch(() => (first === 'tools' ? start('app') : Promise.reject(new Error('the app could not load'))))
    .then(() => dispatchEvent(new Event('flexicheck-started')), (e) => {
      console.error('Flexicheck:', e);
      // A deep link's loading page says what to do instead.
      document.querySelectorAll('[data-loading]').forEach((line) => line.remove());
      document.querySelectorAll('[data-load-failed]').forEach((alert) => { alert.hidden = false; });
    }));
})();"#;

/// The page as Trunk wrote it, without Trunk's own loader of `app` (its module script and its two
/// preloads): the loader takes its place, so a tool's page does not fetch the first download too.
/// An error names what was not found (a Trunk that writes its loader otherwise must not pass).
pub fn without_trunk_loader(html: &str, app: Build) -> Result<String, String> {
    let mut out = html.to_string();
    let script_start = out.find(&format!("<script type=\"module\">\nimport init from '{}';", app.js)).ok_or("no Trunk loader script for the app")?;
    let script_end = out[script_start..].find("</script>").ok_or("Trunk's loader script is not closed")? + script_start + "</script>".len();
    out.replace_range(script_start..script_end, "");
    for (rel, href) in [("modulepreload", app.js), ("preload", app.wasm)] {
        let start = out.find(&format!("<link rel=\"{rel}\" href=\"{href}\"")).ok_or(format!("no Trunk {rel} of {href}"))?;
        let end = out[start..].find('>').ok_or("a Trunk preload is not closed")? + start + 1;
        out.replace_range(start..end, "");
    }
    Ok(out)
}

/// What goes before `</body>`: the start page and the loading page in each language, and the script
/// that starts fetching the visitor's catalog (beside the wasm, not after it) and shows the visitor's
/// start page when the address asks for it, else the loading page (never the wrong page of the app).
/// The language is chosen as the app chooses it: `lang` in the address, else the browser's language.
pub fn start_templates() -> String {
    let templates: String = Lang::ALL
        .into_iter()
        .map(|l| {
            format!(
                r#"<template id="start-{code}" data-title="{}">{}</template><template id="loading-{code}">{}</template>"#,
                escape(l.texts().start_title),
                start_page(l),
                loading_page(l),
                code = l.code()
            )
        })
        .collect();
    format!("{templates}\n<script>{SHOW_START}</script>\n")
}

const SHOW_START: &str = r#"(() => {
  const q = new URLSearchParams(location.search);
  const tag = (q.get('lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = ['nl', 'fr', 'de'].includes(tag) ? tag : 'en';
  // The visitor's texts, once the page itself has come (earlier, they would slow the start page).
  window.flexicheckCatalog(lang).catch(() => {});
  const onStart = [...q].every(([key, value]) => (key === 'page' && value === 'start') || (key === 'lang' && ['en', 'nl', 'fr', 'de'].includes(value)));
  const template = document.getElementById((onStart ? 'start-' : 'loading-') + lang);
  const shown = template.content.cloneNode(true);
  if (!onStart) {
    // A website's compact frame has no header; elsewhere its language links keep the link's answers.
    if (q.get('embed') === 'compact') shown.querySelector('.masthead').remove();
    shown.querySelectorAll('.languages a[lang]').forEach((a) => {
      const other = new URLSearchParams(q);
      other.set('lang', a.lang);
      a.setAttribute('href', '?' + other);
    });
  }
  document.documentElement.lang = lang;
  if (onStart) document.title = template.dataset.title + ' – Flexicheck';
  document.body.prepend(shown);
})();"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_start_page_and_the_script_knows_every_language() {
        let (app, tools) = (Build { js: "./a.js", wasm: "./a_bg.wasm" }, Build { js: "./t.js", wasm: "./t_bg.wasm" });
        for l in Lang::ALL {
            let html = start_page(l);
            assert!(html.contains(&escape(l.texts().start_title)));
            assert!(html.contains(&format!("?page=role&amp;lang={}", l.code())));
            assert!(SHOW_START.contains(&format!("'{}'", l.code())));
            assert!(loader(app, tools).contains(&format!("{}: './catalog-{}-", l.code(), l.code())));
        }
        assert_eq!(start_templates().matches("<template id=\"start-").count(), Lang::ALL.len());
        assert_eq!(start_templates().matches("<template id=\"loading-").count(), Lang::ALL.len());
        // Each build from the names given; the whole app on the tools' pages.
        let loader = loader(app, tools);
        assert!(loader.contains("app: ['./a.js', './a_bg.wasm'], tools: ['./t.js', './t_bg.wasm']"));
        assert!(loader.contains("['team', 'websites', 'year'].includes(q.get('page'))"));
    }

    #[test]
    fn a_deep_link_shows_the_loading_page_in_its_language_and_never_the_start_page() {
        for l in Lang::ALL {
            let page = loading_page(l);
            assert!(page.contains(&escape(msg::LOADING_THE_APP.get(l))) && page.contains(&escape(msg::LOADING_FAILED.get(l))));
            // Removed by the app like the start page; no heading of a page it is not.
            assert!(page.starts_with(r#"<div class="app" data-prerendered data-loading-page>"#));
            assert!(!page.contains("<h1"));
            assert!(start_templates().contains(&format!(r#"<template id="loading-{}">{page}</template>"#, l.code())));
        }
        // The start page only for an address that asks for nothing else.
        assert!(SHOW_START.contains("(onStart ? 'start-' : 'loading-') + lang"));
        assert!(LOADER.contains("[data-load-failed]"));
    }

    #[test]
    fn trunks_loader_of_the_app_gives_way_and_nothing_else_goes() {
        let app = Build { js: "./flexicheck-1a2b.js", wasm: "./flexicheck-1a2b_bg.wasm" };
        let trunk = "<head><style>a{}</style>\n<script type=\"module\">\nimport init from './flexicheck-1a2b.js';\nconst wasm = await init({ module_or_path: './flexicheck-1a2b_bg.wasm' });\n</script>\n<script type=\"module\">sw()</script><link rel=\"modulepreload\" href=\"./flexicheck-1a2b.js\" crossorigin=\"anonymous\" integrity=\"sha384-x\"><link rel=\"preload\" href=\"./flexicheck-1a2b_bg.wasm\" crossorigin=\"anonymous\" as=\"fetch\" type=\"application/wasm\"></head>";
        assert_eq!(without_trunk_loader(trunk, app).unwrap(), "<head><style>a{}</style>\n\n<script type=\"module\">sw()</script></head>");
        // Another Trunk's markup is refused, not passed on with two loaders.
        assert!(without_trunk_loader("<head><script type=\"module\">import init from './other.js';</script></head>", app).is_err());
    }
}
