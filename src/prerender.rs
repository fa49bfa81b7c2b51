//! The start page as static HTML, written at build time from the same texts and the same links as
//! the app's start page, so a visitor reads it before the wasm has arrived. The markup mirrors
//! `ui::App` with `ui::pages::start` (header, main, footer); the e2e tests compare the two.

use crate::journey::{Journey, Page};
use crate::locale::{fill, Lang};
use crate::rules::eligibility::RULES_VERIFIED_UNTIL;

/// `text` safe inside HTML text and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

fn href(lang: Lang, page: Page, mode: Option<&str>) -> String {
    let mut journey = Journey { page, lang: Some(lang.code().to_string()), ..Journey::start() };
    if let Some(mode) = mode {
        journey.answers.set("mode", mode);
    }
    escape(&journey.to_query())
}

/// Skip link, header, the start page's main and the footer in `lang`, each element marked
/// `data-prerendered` so the app removes them when it mounts its own.
pub fn start_page(lang: Lang) -> String {
    let t = lang.texts();
    let e = |s: &str| escape(s);
    let languages: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let current = if l == lang { r#" aria-current="true""# } else { "" };
            format!(
                r#"<li><a href="{}" lang="{code}" hreflang="{code}"{current}>{}</a></li>"#,
                href(l, Page::Start, None),
                e(l.texts().language_name),
                code = l.code()
            )
        })
        .collect();
    let verified = fill(t.verified_until, &[("date", &lang.date(RULES_VERIFIED_UNTIL))]);
    format!(
        concat!(
            r##"<a class="skip-link" href="#main" data-prerendered>{skip}</a>"##,
            r##"<header class="masthead" data-prerendered><div class="masthead-inner"><p class="brand">Flexicheck<span class="tagline">{tagline}</span></p>"##,
            r##"<nav aria-label="Language / Taal / Langue"><ul class="languages">{languages}</ul></nav></div></header>"##,
            r##"<main class="page" id="main" data-prerendered><h1 tabindex="-1">{title}</h1><p class="lead">{intro}</p><p>{for_whom}</p>"##,
            r##"<a class="button button-start" href="{check}">{start}</a><p>{compare_intro}</p>"##,
            r##"<a class="button button-secondary" href="{compare}">{compare_button}</a>"##,
            r##"<p><a class="" href="{changes}">{whats_new}</a></p><p class="hint">{not_advice}</p></main>"##,
            r##"<footer class="footer" data-prerendered><p>{privacy}</p><p>{verified}</p><p><a href="{rules}">{rules_link}</a></p></footer>"##,
        ),
        skip = e(t.skip_link),
        tagline = e(t.brand_tagline),
        languages = languages,
        title = e(t.start_title),
        intro = e(t.start_intro),
        for_whom = e(t.start_for_whom),
        check = href(lang, Page::Role, None),
        start = e(t.start_button),
        compare_intro = e(t.start_compare_intro),
        compare = href(lang, Page::Date, Some("compare")),
        compare_button = e(t.start_compare_button),
        changes = href(lang, Page::Changes, None),
        whats_new = e(t.start_whats_new),
        not_advice = e(t.start_not_advice),
        privacy = e(t.privacy),
        verified = e(&verified),
        rules = href(lang, Page::Rules, None),
        rules_link = e(t.rules_link),
    )
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

    #[test]
    fn text_cannot_break_out_of_the_markup() {
        assert_eq!(escape(r#"<a href="x">&"#), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }
}
