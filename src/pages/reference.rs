//! "Rules and sources" and "What changed": the dated tables as the user reads them.

use super::{back_link, cited, escape, View};
use crate::locale::fill;
use crate::rules::eligibility::RULES;
use crate::rules::sources::{SourceKind, SourceRef, SOURCES};

pub(super) fn rules(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let items: String = RULES
        .iter()
        .map(|rule| {
            let until = rule.validity.until.map(|u| format!(" – {}", lang.date(u))).unwrap_or_default();
            format!(
                r#"<li class="reason"><h3>{}</h3><p>{}</p><p class="meta">{}{}</p><p class="meta">{}</p></li>"#,
                escape(rule.title.get(lang)),
                escape(rule.text.get(lang)),
                escape(&fill(t.in_force, &[("from", &lang.date(rule.validity.from))])),
                escape(&until),
                cited(t, lang, rule.source)
            )
        })
        .collect();
    // The amounts, one heading per legal quantity, each value with its period; the source most
    // values share once, the others beside their value.
    let amounts: String = crate::rules::catalogue::quantities(lang)
        .into_iter()
        .map(|quantity| {
            let common = quantity.common_source;
            let values: String = quantity
                .values
                .into_iter()
                .map(|a| {
                    let period = match a.validity.until {
                        Some(until) => format!("{} – {}", lang.date(a.validity.from), lang.date(until)),
                        None => fill(t.in_force, &[("from", &lang.date(a.validity.from))]),
                    };
                    let source = if a.source != common { format!(r#"<span class="meta">{}</span>"#, cited(t, lang, a.source)) } else { String::new() };
                    format!(r#"<li><strong>{}</strong><span class="meta"> · {}{source}</span></li>"#, escape(&a.value), escape(&period))
                })
                .collect();
            format!(
                r#"<li class="reason"><h3>{}</h3><ul class="amount-values">{values}</ul><p class="meta">{}</p></li>"#,
                escape(quantity.name),
                cited(t, lang, common)
            )
        })
        .collect();
    // Every source once, with its kind and the day it was read.
    let sources: String = SOURCES
        .iter()
        .map(|s| {
            let kind = match s.kind {
                SourceKind::Official => t.kind_official,
                SourceKind::Professional => t.kind_professional,
                SourceKind::Press => t.kind_press,
                SourceKind::ThirdParty => t.kind_third_party,
            };
            format!(
                r#"<li>{} ({})<span class="meta"> · {} · {}</span></li>"#,
                super::source_link(&SourceRef::of(s, lang)),
                escape(s.publisher),
                escape(kind),
                escape(&fill(t.read_on, &[("date", &lang.date(s.read))]))
            )
        })
        .collect();
    // Back returns to the page "Rules and sources" was opened from (a result stays a result).
    let back = view.came_from.cloned().unwrap_or_else(|| view.restart());
    format!(
        concat!(
            r#"{}<h1 tabindex="-1">{}</h1><p>{}</p><h2>{}</h2><ul class="reasons rules-list">{}</ul>"#,
            r#"<h2>{}</h2><ul class="reasons amounts-list">{}</ul><h2>{}</h2><p>{}</p><ul class="sources-list">{}</ul>"#
        ),
        back_link(view, &back),
        escape(t.rules_title),
        escape(t.rules_intro),
        escape(t.rules_heading),
        items,
        escape(t.amounts_title),
        amounts,
        escape(t.sources_title),
        escape(t.sources_intro),
        sources
    )
}

/// "What changed": generated from the dated tables, grouped by quarter, newest first.
pub(super) fn changes(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let groups: String = crate::rules::changes::by_quarter(lang)
        .into_iter()
        .map(|(quarter, list)| {
            let items: String = list
                .into_iter()
                .map(|c| {
                    format!(
                        r#"<li class="reason"><p><strong>{}</strong> · {} <span class="meta">({})</span></p><p class="meta">{}</p></li>"#,
                        escape(&lang.date(c.date)),
                        escape(&c.what),
                        escape(t.confidence_label(c.confidence)),
                        cited(t, lang, c.source)
                    )
                })
                .collect();
            let heading = fill(t.changes_quarter, &[("from", &lang.date(quarter.first_day())), ("to", &lang.date(quarter.last_day()))]);
            format!(r#"<h2>{}</h2><ul class="reasons changes-list">{items}</ul>"#, escape(&heading))
        })
        .collect();
    format!(
        r#"{}<h1 tabindex="-1">{}</h1><p>{}</p>{groups}"#,
        back_link(view, &view.restart()),
        escape(t.changes_title),
        escape(t.changes_intro)
    )
}

#[cfg(test)]
mod tests {
    use crate::journey::{Journey, Page};
    use crate::locale::Lang;
    use crate::pages::{screen, View};
    use crate::rules::sources::SOURCES;

    #[test]
    fn the_rules_page_links_every_source_and_goes_back_where_it_was_opened() {
        let here = Journey::from_query("?page=rules&lang=fr").unwrap();
        let from = Journey::from_query("?page=result&lang=fr&date=2026-12-05").unwrap();
        let mut view = View::of(&here, Lang::Fr);
        view.came_from = Some(&from);
        let h = screen(&view).html;
        assert!(h.contains(r#"<a class="back-link" href="?page=result&amp;lang=fr&amp;date=2026-12-05">"#), "{h}");
        for s in SOURCES {
            assert!(h.contains(&crate::pages::escape(s.url_in(Lang::Fr))), "{}", s.url_in(Lang::Fr));
        }
        let alone = screen(&View::of(&here, Lang::Fr)).html;
        assert!(alone.contains(r#"<a class="back-link" href="?page=start&amp;lang=fr">"#));
    }

    #[test]
    fn what_changed_lists_dated_changes_under_their_quarter() {
        let here = Journey { page: Page::Changes, ..Journey::start() };
        let h = screen(&View::of(&here, Lang::Nl)).html;
        assert!(h.matches(r#"<ul class="reasons changes-list">"#).count() >= 4);
    }

    #[test]
    fn each_amount_names_its_period_and_only_a_source_its_quantity_does_not_share() {
        let here = Journey { page: Page::Rules, ..Journey::start() };
        let h = screen(&View::of(&here, Lang::En)).html;
        let from = h.find(r#"<ul class="reasons amounts-list">"#).unwrap();
        let amounts = &h[from..from + h[from..].find("<h2>").unwrap()];
        let quantities = crate::rules::catalogue::quantities(Lang::En);
        let own: usize = quantities.iter().map(|q| q.values.iter().filter(|v| v.source != q.common_source).count()).sum();
        assert!(own > 0);
        assert_eq!(amounts.matches(r#"<span class="meta"><span class="citation">"#).count(), own);
        assert_eq!(amounts.matches(r#"<p class="meta"><span class="citation">"#).count(), quantities.len());
        assert_eq!(amounts.matches("<h3>").count(), quantities.len());
    }
}
