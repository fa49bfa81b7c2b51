//! The screens are HTML text written from whatever a link or a form holds: no answer can add markup
//! or an attribute, every screen has one main and one heading, and every line of an error summary
//! links to an input that is on the page.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::journey::{Journey, Page, KEYS};
use flexicheck::locale::Lang;
use flexicheck::pages::{screen, sector_regions, sector_typed, submit, View};
use proptest::prelude::*;
use proptest::sample::select;

/// The number of cases per property: `FLEXICHECK_PROPTEST_CASES` lowers it for mutation testing.
fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// What a hostile link or a careless paste could hold, among ordinary answers.
fn any_value() -> impl Strategy<Value = String> {
    prop_oneof![
        "[ -~éà€]{1,30}",
        select(vec!["2026-12-05", "15/01/2027", "302", "118.03", "56101", "80", "4/5", "1.234,56", "yes", "no", "employer", "compare", "unknown", "manual", "none"]).prop_map(String::from),
        "[ -~]{0,10}".prop_map(|s| format!("{s}\"><i-x onclick=\"y\">&amp;{s}")),
    ]
}

prop_compose! {
    fn any_journey()(
        page in select(Page::ALL.to_vec()),
        values in proptest::collection::vec(proptest::option::of(any_value()), KEYS.len()),
        returning in any::<bool>(),
    ) -> Journey {
        let mut journey = Journey::start();
        journey.page = page;
        journey.returning = returning;
        for (key, value) in KEYS.iter().zip(values) {
            if let Some(v) = value {
                journey.answers.set(key, &v);
            }
        }
        journey
    }
}

/// The elements the screens are made of; anything else would have come from an answer.
const TAGS: &[&str] = &[
    "a", "button", "caption", "code", "dd", "details", "div", "dl", "dt", "fieldset", "footer", "form", "h1", "h2", "h3", "header", "iframe", "input", "label", "legend",
    "li", "main", "nav", "ol", "option", "p", "pre", "rect", "section", "select", "span", "strong", "summary", "svg", "table", "tbody", "td", "text", "textarea", "th",
    "thead", "tr", "ul",
];

fn check_markup(html: &str) -> Result<(), TestCaseError> {
    prop_assert!(!html.contains("<i-x") && !html.contains(" onclick=\""), "an answer became markup");
    for tag in html.split('<').skip(1) {
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        prop_assert!(TAGS.contains(&name.as_str()), "unexpected <{name}");
    }
    prop_assert_eq!(html.matches("<main").count(), 1);
    prop_assert_eq!(html.matches("<h1").count(), 1);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(2_000)))]

    #[test]
    fn any_journey_renders_as_markup_of_its_own_in_every_language(journey in any_journey()) {
        for lang in Lang::ALL {
            let shown = screen(&View::of(&journey, lang));
            check_markup(&shown.html)?;
            prop_assert!(shown.title.ends_with(" – Flexicheck"));
        }
    }

    #[test]
    fn continue_moves_on_or_each_problem_links_to_an_input_on_the_page(
        journey in any_journey(),
        typed in proptest::collection::vec((select(KEYS.to_vec()), any_value()), 0..6),
        query in any_value(),
        lang in select(Lang::ALL.to_vec()),
    ) {
        let mut journey = journey;
        if !journey.page.is_question() {
            journey.page = Page::Pay;
        }
        let mut answers = journey.answers.clone();
        for (key, value) in &typed {
            answers.set(key, value);
        }
        match submit(&journey, lang, &mut answers, &query) {
            Ok(next) => prop_assert_ne!(next.page, journey.page),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                let mut view = View::of(&journey, lang);
                view.typed = Some(&answers);
                view.problems = &problems;
                view.sector_query = &query;
                let shown = screen(&view);
                check_markup(&shown.html)?;
                prop_assert!(shown.title.starts_with(lang.texts().error_prefix));
                for problem in &problems {
                    let link = format!("<a href=\"#{}\">", problem.input);
                    let target = format!("id=\"{}\"", problem.input);
                    prop_assert!(shown.html.contains(&link), "no summary link to {}", problem.input);
                    prop_assert!(shown.html.contains(&target), "the summary links to #{}, which is not on {:?}", problem.input, journey.page);
                }
            }
        }
    }

    #[test]
    fn the_sector_finder_follows_any_typing(text in any_value(), lang in select(Lang::ALL.to_vec())) {
        let mut answers = flexicheck::journey::Answers::default();
        sector_typed(&mut answers, &text, lang);
        let regions = sector_regions(lang, &text, &answers);
        prop_assert!(regions.results.matches("<li>").count() <= 8);
        prop_assert!(!regions.results.contains("<i-x") && !regions.chosen.contains("<i-x"));
    }
}
