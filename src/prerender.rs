//! The start page as static HTML, written at build time by the same code that writes the app's
//! screens (`pages`), so a visitor reads it before the wasm has arrived; the e2e tests check that
//! the app takes it over unchanged.

use crate::journey::{Journey, Page};
use crate::locale::Lang;
use crate::pages::{escape, screen, View};

/// The app's own start page in `lang` (skip link, header, main and footer), in the element the app
/// mounts into, marked `data-prerendered` so the app removes it when it mounts its own.
pub fn start_page(lang: Lang) -> String {
    let journey = Journey { lang: Some(lang.code().to_string()), ..Journey::start() };
    format!(r#"<div class="app" data-prerendered>{}</div>"#, screen(&View::of(&journey, lang)).html)
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

/// What goes before `</body>`: one template per language, and the script that starts loading the
/// visitor's catalog at once (beside the wasm, not after it), loads the whole app (`tools_js` and
/// `tools_wasm`, the tools included) when a tool's page opens, and shows the visitor's start page
/// only when the address asks for the start page (a deep link waits for the app rather than flash
/// the wrong page). The language is chosen as the app chooses it: `lang` in the address, else the
/// browser's language.
pub fn start_templates(tools_js: &str, tools_wasm: &str) -> String {
    let templates: String = Lang::ALL
        .into_iter()
        .map(|l| format!(r#"<template id="start-{}" data-title="{}">{}</template>"#, l.code(), escape(l.texts().start_title), start_page(l)))
        .collect();
    let catalogs: Vec<String> = catalog_files().iter().map(|(l, name, _)| format!("{}: './{name}'", l.code())).collect();
    let tool_pages: Vec<String> = Page::ALL.into_iter().filter(|p| p.is_tool()).map(|p| format!("'{}'", p.slug())).collect();
    let script = SHOW_START
        .replace("CATALOGS", &format!("{{ {} }}", catalogs.join(", ")))
        .replace("TOOL_PAGES", &format!("[{}]", tool_pages.join(", ")))
        .replace("TOOLS_JS", &format!("'{}'", tools_js.replace(['\'', '\\'], "")))
        .replace("TOOLS_WASM", &format!("'{}'", tools_wasm.replace(['\'', '\\'], "")));
    format!("{templates}\n<script>{script}</script>\n")
}

const SHOW_START: &str = r#"(() => {
  const catalogs = CATALOGS;
  const loading = {};
  // The app asks for a language's texts through this: one request per language and page (a failed
  // one may be asked again, when the network is back).
  window.flexicheckCatalog = (code) => loading[code] || (loading[code] = fetch(catalogs[code])
    .then((r) => (r.ok ? r.text() : Promise.reject(new Error('the ' + code + ' texts: HTTP ' + r.status))))
    .catch((e) => { delete loading[code]; throw e; }));
  const q = new URLSearchParams(location.search);
  // The whole app, the tools included: the first download hands a tool's page over to it (a
  // worker's journey never loads it). Started here on a tool's address, beside the first download.
  let tools;
  window.flexicheckTools = () => tools || (tools = import(TOOLS_JS)
    .then((module) => module.default({ module_or_path: TOOLS_WASM }))
    .catch((e) => { tools = undefined; throw e; }));
  if (TOOL_PAGES.includes(q.get('page'))) window.flexicheckTools().catch(() => {});
  const tag = (q.get('lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = ['nl', 'fr', 'de'].includes(tag) ? tag : 'en';
  window.flexicheckCatalog(lang).catch(() => {});
  for (const [key, value] of q) {
    if (!(key === 'page' && value === 'start') && !(key === 'lang' && ['en', 'nl', 'fr', 'de'].includes(value))) return;
  }
  const start = document.getElementById('start-' + lang);
  document.documentElement.lang = lang;
  document.title = start.dataset.title + ' – Flexicheck';
  document.body.prepend(start.content.cloneNode(true));
})();"#;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_language_has_its_start_page_and_the_script_knows_every_language() {
        for l in Lang::ALL {
            let html = start_page(l);
            assert!(html.contains(&escape(l.texts().start_title)));
            assert!(html.contains(&format!("?page=role&amp;lang={}", l.code())));
            assert!(SHOW_START.contains(&format!("'{}'", l.code())));
            assert!(start_templates("./t.js", "./t_bg.wasm").contains(&format!("{}: './catalog-{}-", l.code(), l.code())));
        }
        let templates = start_templates("./t.js", "./t_bg.wasm");
        assert_eq!(templates.matches("<template ").count(), Lang::ALL.len());
        // The whole app is loaded from the names given, on the tools' pages.
        assert!(templates.contains("import('./t.js')") && templates.contains("module_or_path: './t_bg.wasm'"));
        assert!(templates.contains("['team', 'websites', 'year'].includes(q.get('page'))"));
    }
}
