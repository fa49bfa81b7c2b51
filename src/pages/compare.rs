//! The comparison: flexi, extra, student and ordinary employee side by side, per hour and per shift.

use super::{back_link, cited_words, escape, formality_items, link, money, rules_as_of, View};
use crate::locale::fill;
use crate::rules::dated::Confidence;
use crate::rules::staffing::{Regime, RegimeCost};
use rust_decimal::Decimal;

pub(super) fn compare(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let answers = view.answers();
    let back = back_link(view, &view.to_page(answers.previous(crate::journey::Page::Compare)));
    // A link without the sector (or another answer) gets no figures: the engine would compare
    // without knowing whether flexi-jobs or extras are open there.
    let gap = answers.first_gap();
    let Some(costs) = answers.assessment_in(lang).and_then(|a| a.comparison).filter(|_| gap.is_none()) else {
        return format!(
            r#"{back}<h1 tabindex="-1">{}</h1>{}"#,
            escape(t.missing_answers),
            link(&view.to_page(gap.unwrap_or_else(|| answers.first_unanswered())), "button", t.continue_)
        );
    };
    let name = |regime: Regime| escape(t.regimes[regime as usize]);
    let cell = |value: Option<Decimal>, cost: &RegimeCost| match (cost.available, value) {
        (false, _) => escape(t.not_available),
        (true, Some(v)) => escape(&money(lang, v)),
        (true, None) => escape(t.figure_unknown),
    };
    let rows: String = costs
        .iter()
        .map(|c| {
            let why_not = c.why_not.as_deref().map(|w| format!(r#" <span class="why-not">{}</span>"#, escape(w))).unwrap_or_default();
            // A figure resting on a single, derived or reused amount says so where it is read.
            let uncertain = if c.available && c.confidence == Confidence::Low {
                format!(r#" <span class="why-not" data-testid="low-confidence">{}</span>"#, escape(t.confidence_label(c.confidence)))
            } else {
                String::new()
            };
            let after_tax = c
                .worker_net_per_hour_after_tax
                .map(|v| format!(r#"<span class="after-tax" data-testid="net-after-tax">{}</span>"#, escape(&fill(t.after_tax, &[("amount", &money(lang, v))]))))
                .unwrap_or_default();
            format!(
                concat!(
                    r#"<tr role="row" class="{}" data-regime="{:?}"><th role="rowheader" scope="row">{}{}{}</th>"#,
                    r#"<td role="cell" data-label="{}" data-testid="gross-hour">{}</td><td role="cell" data-label="{}" data-testid="cost-hour">{}</td>"#,
                    r#"<td role="cell" data-label="{}" data-testid="net-hour">{}{}</td><td role="cell" data-label="{}">{}</td><td role="cell" data-label="{}">{}</td></tr>"#
                ),
                if c.available { "" } else { "unavailable" },
                c.regime,
                name(c.regime),
                why_not,
                uncertain,
                escape(t.col_gross_hour),
                cell(c.gross_per_hour, c),
                escape(t.col_cost_hour),
                cell(c.employer_cost_per_hour, c),
                escape(t.col_net_hour),
                cell(c.worker_net_per_hour, c),
                after_tax,
                escape(t.col_cost_shift),
                cell(c.employer_cost_per_shift, c),
                escape(t.col_net_shift),
                cell(c.worker_net_per_shift, c)
            )
        })
        .collect();
    // The bar chart: employer cost and worker net per hour, scaled to the highest cost.
    let highest = costs.iter().filter_map(|c| c.employer_cost_per_hour).max().unwrap_or(Decimal::ONE);
    let scale = |v: Decimal| (v * Decimal::from(330) / highest).round().to_string().parse::<u32>().unwrap_or(0);
    // Each regime: its name, then a bar for the cost and one for the net.
    let bars: String = costs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let y = i as u32 * 72;
            let bar = |value: Option<Decimal>, dy: u32, class: &str| {
                value.filter(|_| c.available).map_or(String::new(), |v| {
                    format!(
                        r#"<rect class="{class}" x="0" y="{}" width="{}" height="18"></rect><text class="bar-value" x="{}" y="{}">{}</text>"#,
                        y + dy,
                        scale(v).max(1),
                        6 + scale(v),
                        y + dy + 14,
                        escape(&money(lang, v))
                    )
                })
            };
            let unavailable = if !c.available || c.employer_cost_per_hour.is_none() {
                format!(r#"<text class="bar-value" x="0" y="{}">{}</text>"#, y + 34, escape(if c.available { t.figure_unknown } else { t.not_available }))
            } else {
                String::new()
            };
            format!(
                r#"<text class="bar-label" x="0" y="{}">{}</text>{}{}{unavailable}"#,
                y + 14,
                name(c.regime),
                bar(c.employer_cost_per_hour, 20, "bar-cost"),
                bar(c.worker_net_per_hour, 40, "bar-net")
            )
        })
        .collect();
    let details: String = costs
        .iter()
        .map(|c| {
            let lines: String = c
                .components
                .iter()
                .map(|k| {
                    format!(
                        r#"<li><span>{}</span> <strong>{}</strong><span class="meta">{}</span></li>"#,
                        escape(&k.explanation),
                        escape(&money(lang, k.amount_per_hour)),
                        cited_words(t, &k.source, &k.sources)
                    )
                })
                .collect();
            let notes: String = c.notes.iter().map(|n| format!("<li>{}</li>", escape(n))).collect();
            format!(
                r#"<details class="why"><summary>{} – {}</summary><ul class="components">{lines}</ul><ul class="notes">{notes}</ul></details>"#,
                name(c.regime),
                escape(t.components_summary)
            )
        })
        .collect();
    // What the employer has to do for each option that is open on that date.
    let formalities: String = answers
        .work_date()
        .map(|day| {
            costs
                .iter()
                .filter(|c| c.available)
                .map(|c| format!(r#"<h3>{}</h3><ul class="formalities" data-regime="{:?}">{}</ul>"#, name(c.regime), c.regime, formality_items(t, lang, c.regime, day, false)))
                .collect()
        })
        .unwrap_or_default();
    let headers: String = [t.col_regime, t.col_gross_hour, t.col_cost_hour, t.col_net_hour, t.col_cost_shift, t.col_net_shift]
        .iter()
        .map(|h| format!(r#"<th role="columnheader" scope="col">{}</th>"#, escape(h)))
        .collect();
    format!(
        concat!(
            r#"{back}<h1 tabindex="-1">{title}</h1><p>{intro} <span data-testid="rules-as-of">{as_of}</span></p>"#,
            r#"<div class="table-wrap"><table role="table" class="comparison"><caption class="visually-hidden">{title}</caption>"#,
            r#"<thead role="rowgroup"><tr role="row">{headers}</tr></thead><tbody role="rowgroup">{rows}</tbody></table></div>"#,
            r#"<h2 id="chart-title">{chart}</h2><p class="legend"><span class="swatch swatch-cost"></span> {cost} <span class="swatch swatch-net"></span> {net}</p>"#,
            r#"<svg class="chart" viewBox="0 0 440 290" role="img" aria-labelledby="chart-title">{bars}</svg>"#,
            r#"<p class="notice">{caveat}</p>{details}<h2>{steps}</h2>{formalities}<p class="restart">{restart}</p>"#
        ),
        back = back,
        title = escape(t.compare_title),
        intro = escape(t.compare_intro),
        as_of = escape(&rules_as_of(t, lang, answers)),
        headers = headers,
        rows = rows,
        chart = escape(t.chart_title),
        cost = escape(t.chart_cost),
        net = escape(t.chart_net),
        bars = bars,
        caveat = escape(t.compare_caveat),
        details = details,
        steps = escape(t.compare_steps_title),
        formalities = formalities,
        restart = link(&view.restart(), "", t.start_again)
    )
}

#[cfg(test)]
mod tests {
    use crate::journey::Journey;
    use crate::locale::Lang;
    use crate::pages::{screen, View};

    #[test]
    fn four_rows_a_chart_and_each_open_option_with_its_formalities() {
        let here = Journey::from_query("?page=compare&lang=en&mode=compare&date=2026-12-05&pc=302&wage=15.50&hours=6&kind=manual").unwrap();
        let h = screen(&View::of(&here, Lang::En)).html;
        assert_eq!(h.matches(r#"<tr role="row" class=""#).count(), 4, "{h}");
        assert!(h.contains(r#"<rect class="bar-cost""#));
        assert!(h.contains(r#"<ul class="formalities" data-regime="Flexi">"#));
    }

    /// The rows as (regime, gross, cost, net) cells, in table order.
    fn cells(h: &str) -> Vec<(String, String, String, String)> {
        let cell = |row: &str, id: &str| {
            let start = row.find(&format!(r#"data-testid="{id}">"#)).unwrap() + id.len() + 15;
            row[start..].split('<').next().unwrap().to_string()
        };
        h.split(r#"<tr role="row" class=""#)
            .skip(1)
            .map(|row| {
                let regime = row.split("data-regime=\"").nth(1).unwrap().split('"').next().unwrap().to_string();
                (regime, cell(row, "gross-hour"), cell(row, "cost-hour"), cell(row, "net-hour"))
            })
            .collect()
    }

    #[test]
    fn the_comparison_of_5_december_2026_in_each_language_writes_each_figure_its_way() {
        // The same figures as the e2e journey: a horeca shift, €15.50, 6 hours, a manual worker.
        let expected = [("Flexi", "13.04", "16.69", "13.04"), ("Extra", "15.50", "21.87", "9.39"), ("Student", "15.50", "16.34", "15.08"), ("Ordinary", "15.50", "22.51", "14.83")];
        for lang in Lang::ALL {
            let euro = |x: &str| match lang {
                Lang::En => format!("€{x}"),
                Lang::Nl => format!("€\u{a0}{}", x.replace('.', ",")),
                Lang::Fr | Lang::De => format!("{}\u{a0}€", x.replace('.', ",")),
            };
            let here = Journey::from_query(&format!("?page=compare&lang={}&mode=compare&date=2026-12-05&pc=302&wage=15.50&hours=6&kind=manual", lang.code())).unwrap();
            let h = screen(&View::of(&here, lang)).html;
            let rows = cells(&h);
            assert_eq!(rows.len(), 4);
            for ((regime, gross, cost, net), (r, g, c, n)) in rows.iter().zip(expected) {
                assert_eq!((regime.as_str(), gross, cost, net), (r, &euro(g), &euro(c), &euro(n)));
            }
            assert!(h.contains(&crate::pages::escape(&crate::locale::fill(lang.texts().rules_as_of, &[("date", &lang.date(chrono::NaiveDate::from_ymd_opt(2026, 12, 5).unwrap()))]))));
        }
    }

    #[test]
    fn the_chart_scales_each_bar_to_the_highest_cost_and_uncertain_rows_say_so() {
        let here = Journey::from_query("?page=compare&lang=en&mode=compare&date=2026-12-05&pc=302&wage=15.50&hours=6&kind=manual").unwrap();
        let h = screen(&View::of(&here, Lang::En)).html;
        let widths: Vec<u32> = h
            .split(r#"<rect class="bar-cost" x="0" y=""#)
            .skip(1)
            .map(|r| r.split("width=\"").nth(1).unwrap().split('"').next().unwrap().parse().unwrap())
            .collect();
        // Costs 16.69, 21.87, 16.34 and 22.51 an hour: the highest is the full 330.
        assert_eq!(widths.len(), 4);
        assert_eq!(widths[3], 330);
        assert!((319..=322).contains(&widths[1]) && (243..=246).contains(&widths[0]) && (238..=241).contains(&widths[2]), "{widths:?}");
        // The flexi and extra figures rest on low-confidence amounts in December 2026; the others do not.
        let marked: Vec<String> = cells(&h).into_iter().map(|r| r.0).zip(h.split(r#"<tr role="row" class=""#).skip(1)).filter(|(_, row)| row.contains("low-confidence")).map(|(r, _)| r).collect();
        assert_eq!(marked, ["Flexi", "Extra"]);
    }

    #[test]
    fn an_option_closed_on_that_date_says_so_in_the_table_and_the_chart() {
        // Extras are horeca's: not open to a funeral service (PC 320).
        let here = Journey::from_query("?page=compare&lang=en&mode=compare&date=2026-12-05&pc=320&wage=15.50&hours=6&kind=manual").unwrap();
        let h = screen(&View::of(&here, Lang::En)).html;
        let not_available = crate::pages::escape(Lang::En.texts().not_available);
        assert!(h.contains(r#"<tr role="row" class="unavailable" data-regime="Extra">"#));
        assert!(h.contains(&format!(r#"<text class="bar-value" x="0" y="106">{not_available}</text>"#)));
        assert!(!h.contains(r#"<text class="bar-value" x="0" y="178">"#), "the student row is open");
        assert_eq!(h.matches(r#"<rect class="bar-cost""#).count(), 3);
    }

    #[test]
    fn an_open_option_whose_figures_the_sources_lack_says_so_in_the_table_and_the_chart() {
        // The extra's flat-rate bases of mid-2021 are not in the sources.
        let here = Journey::from_query("?page=compare&lang=en&mode=compare&date=2021-06-15&pc=302&wage=15.50&hours=6&kind=manual").unwrap();
        let h = screen(&View::of(&here, Lang::En)).html;
        let unknown = crate::pages::escape(Lang::En.texts().figure_unknown);
        let extra = cells(&h).into_iter().find(|r| r.0 == "Extra").unwrap();
        assert_eq!((extra.1.as_str(), extra.2.as_str()), (unknown.as_str(), unknown.as_str()));
        assert!(h.contains(&format!(r#"<text class="bar-value" x="0" y="106">{unknown}</text>"#)), "{h}");
    }

    #[test]
    fn a_link_without_the_sector_gets_no_figures_but_the_sector_question() {
        let here = Journey::from_query("?page=compare&lang=en&mode=compare&date=2026-12-05&wage=15.50&hours=6&kind=manual").unwrap();
        let h = screen(&View::of(&here, Lang::En)).html;
        assert!(!h.contains("<table"));
        assert!(h.contains(r#"<a class="button" href="?page=sector&amp;lang=en&amp;mode=compare&amp;date=2026-12-05&amp;wage=15.50&amp;hours=6&amp;kind=manual">"#), "{h}");
    }
}
