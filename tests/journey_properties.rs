//! The URL state: any text in the address bar gives a journey or a clear message, never a panic;
//! every journey survives the trip through its query.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::journey::{decode, encode, Journey, Page};
use proptest::prelude::*;
use proptest::sample::select;

const KEYS: &[&str] = &["date", "pc", "nace", "function", "pension", "since", "t3", "t4", "foreign", "other", "notice", "linked", "income"];

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
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    #[test]
    fn journeys_round_trip_through_the_url(journey in any_journey()) {
        prop_assert_eq!(Journey::from_query(&journey.to_query()).unwrap(), journey);
    }

    #[test]
    fn any_address_bar_text_is_read_or_refused(query in "\\PC{0,200}") {
        let _ = Journey::from_query(&query);
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

    #[test]
    fn encoding_round_trips(text in "\\PC{0,40}") {
        prop_assert_eq!(decode(&encode(&text)).unwrap(), text);
    }
}
