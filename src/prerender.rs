//! The start page as static HTML, written at build time by the same code that writes the app's
//! screens (`pages`), so a visitor reads it before the wasm has arrived; the e2e tests check that
//! the app takes it over unchanged.

use crate::journey::Journey;
use crate::locale::Lang;
use crate::pages::{escape, screen, View};

/// The app's own start page in `lang` (skip link, header, main and footer), in the element the app
/// mounts into, marked `data-prerendered` so the app removes it when it mounts its own.
pub fn start_page(lang: Lang) -> String {
    let journey = Journey { lang: Some(lang.code().to_string()), ..Journey::start() };
    format!(r#"<div class="app" data-prerendered>{}</div>"#, screen(&View::of(&journey, lang)).html)
}

/// What goes before `</body>`: one template per language and the script that shows the visitor's
/// one at once, only when the address asks for the start page (a deep link waits for the app
/// rather than flash the wrong page). The language is chosen as the app chooses it: `lang` in
/// the address, else the browser's language.
pub fn start_templates() -> String {
    let templates: String = Lang::ALL
        .into_iter()
        .map(|l| format!(r#"<template id="start-{}" data-title="{}">{}</template>"#, l.code(), escape(l.texts().start_title), start_page(l)))
        .collect();
    format!("{templates}\n<script>{SHOW_START}</script>\n")
}

const SHOW_START: &str = r#"(() => {
  const q = new URLSearchParams(location.search);
  for (const [key, value] of q) {
    if (!(key === 'page' && value === 'start') && !(key === 'lang' && ['en', 'nl', 'fr'].includes(value))) return;
  }
  const tag = (q.get('lang') || navigator.language || 'en').slice(0, 2).toLowerCase();
  const lang = ['nl', 'fr'].includes(tag) ? tag : 'en';
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
        }
        assert_eq!(start_templates().matches("<template ").count(), Lang::ALL.len());
    }
}
