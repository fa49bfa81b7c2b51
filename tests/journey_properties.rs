//! The URL state: any text in the address bar gives a journey or a clear message, never a panic;
//! every journey survives the trip through its query.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::journey::{decode, encode, language_of, Journey, Page, KEYS};
use flexicheck::rules::Language;
use proptest::prelude::*;
use proptest::sample::select;

/// The number of cases per property: `FLEXICHECK_PROPTEST_CASES` lowers it for mutation testing.
fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}


prop_compose! {
    fn any_journey()(
        page in select(Page::ALL.to_vec()),
        lang in proptest::option::of(select(vec!["en", "nl", "fr"])),
        values in proptest::collection::vec(proptest::option::of("[ -~éà€]{1,30}"), KEYS.len()),
    ) -> Journey {
        let mut journey = Journey::start();
        journey.page = page;
        journey.lang = lang.map(String::from);
        journey.returning = page == Page::Date;
        for (key, value) in KEYS.iter().zip(values) {
            if let Some(v) = value {
                journey.answers.set(key, &v);
            }
        }
        journey
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(20_000)))]

    #[test]
    fn journeys_round_trip_through_the_url(journey in any_journey()) {
        // A real journey's link is a few hundred characters; one over the limit (2,000) is refused
        // with its reason, never cut.
        let query = journey.to_query();
        // The limit counts the query without its leading "?".
        if query.trim_start_matches('?').len() <= flexicheck::journey::MAX_QUERY {
            prop_assert_eq!(Journey::from_query(&query).unwrap(), journey);
        } else {
            prop_assert_eq!(Journey::from_query(&query), Err(flexicheck::journey::QueryError::TooLong));
        }
    }

    #[test]
    fn any_address_bar_text_is_read_or_refused(query in "\\PC{0,200}") {
        if let Err(refusal) = Journey::from_query(&query) {
            // The refusal says why in each language, in one sentence that quotes at most 20 characters.
            for language in [Language::En, Language::Nl, Language::Fr] {
                let message = refusal.message(language);
                prop_assert!(message.ends_with('.') && message.chars().count() < 140, "{}", message);
            }
        }
        let _ = language_of(&query);
    }

    #[test]
    fn query_like_text_is_read_or_refused(parts in proptest::collection::vec(("[a-z%0-9]{0,8}", "[a-zA-Z0-9%+.\\-]{0,12}"), 0..12)) {
        let query = parts.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&");
        if let Ok(journey) = Journey::from_query(&query) {
            // What was read, the app can ask about and write back.
            let _ = journey.answers.questions();
            let _ = journey.answers.assessment();
            prop_assert!(Journey::from_query(&journey.to_query()).is_ok());
        }
    }

    /// The pay page: whatever is typed, either one input is named as wrong or the comparison is
    /// computed — never a panic, never a silent gap.
    #[test]
    fn typed_pay_is_refused_by_name_or_compared(
        wage in "[0-9.,a ]{0,8}", hours in "[0-9.,-]{0,4}", kind in select(vec!["manual", "white_collar", "clerk", ""]),
        optional in proptest::collection::vec("[0-9.,]{0,7}", 5),
    ) {
        let mut journey = Journey::from_query("?page=pay&mode=compare&date=2025-06-01&pc=302").unwrap();
        journey.answers.set("wage", &wage);
        journey.answers.set("hours", &hours);
        journey.answers.set("kind", kind);
        for (key, value) in ["tax", "flexiwage", "studentwage", "extradays", "studenthours"].iter().zip(&optional) {
            journey.answers.set(key, value);
        }
        let comparison = journey.answers.assessment().and_then(|a| a.comparison);
        match journey.answers.pay_problems().first().cloned() {
            Some((key, _)) => {
                prop_assert!(KEYS.contains(&key));
                prop_assert!(comparison.is_none());
            }
            None => prop_assert_eq!(comparison.map(|c| c.len()), Some(4)),
        }
    }

    #[test]
    fn encoding_round_trips(text in "\\PC{0,40}") {
        prop_assert_eq!(decode(&encode(&text)).unwrap(), text);
    }
}

/// Issue 22: what browsers leave as it is stays as it is (a crafted 1,855-character link no longer
/// grows into one the app refuses), and a link never carries a value the app would refuse.
#[test]
fn links_stay_as_short_as_they_came_and_carry_only_what_a_link_may() {
    assert_eq!(encode("!*(),:;@$/"), "!*(),:;@$/");
    assert_eq!(encode("a&b=c+d #e"), "a%26b%3Dc%2Bd%20%23e");
    let crafted = format!("?page=sector&lang=en&nace={}", "(:)".repeat(30));
    let journey = Journey::from_query(&crafted).unwrap();
    assert!(journey.to_query().len() <= crafted.len() + 16, "{}", journey.to_query());
    let mut answers = flexicheck::journey::Answers::default();
    answers.set("wage", &"9".repeat(101));
    answers.set("hours", "\u{202E}8");
    answers.set("days", "22");
    let kept = answers.linkable();
    assert_eq!((kept.get("wage"), kept.get("hours"), kept.get("days").map(String::as_str)), (None, None, Some("22")));
    // A bidirectional override anywhere in a link is a damaged link.
    for c in ['\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}'] {
        assert!(Journey::from_query(&format!("?page=date&date={}", encode(&format!("2026-01-01{c}")))).is_err());
    }
}
