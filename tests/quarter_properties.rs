//! Property tests of the quarter arithmetic over many dates.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, NaiveDate};
use flexicheck::rules::{parse_date, Quarter};
use proptest::prelude::*;

/// The number of cases per property: `FLEXICHECK_PROPTEST_CASES` lowers it for mutation testing.
fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// Any day from 1 Jan 1950 to late 2149.
fn any_date() -> impl Strategy<Value = NaiveDate> {
    let start = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap();
    (0u64..73_000).prop_map(move |days| start + Days::new(days))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(20_000)))]

    #[test]
    fn a_date_lies_in_its_quarter(date in any_date()) {
        let quarter = Quarter::containing(date);
        prop_assert!(quarter.first_day() <= date && date <= quarter.last_day());
        prop_assert!(quarter.contains(date));
        prop_assert_eq!(quarter.year(), date.year());
        // Quarters tile the calendar: the day after the last day starts the next quarter.
        prop_assert_eq!(quarter.last_day().succ_opt().unwrap(), quarter.plus(1).first_day());
    }

    #[test]
    fn the_reference_quarter_is_nine_months_earlier(date in any_date()) {
        let quarter = Quarter::containing(date);
        let reference = quarter.reference_quarter();
        prop_assert_eq!(reference.plus(3), quarter);
        prop_assert_eq!(reference, quarter.minus(1).minus(1).minus(1));
        // Its first day is exactly nine calendar months before the first day of T.
        prop_assert_eq!(reference.first_day(), quarter.first_day().checked_sub_months(chrono::Months::new(9)).unwrap());
        prop_assert!(reference.last_day() < quarter.first_day());
    }

    #[test]
    fn quarters_print_and_read_back(date in any_date(), n in 0u32..200) {
        let quarter = Quarter::containing(date);
        prop_assert_eq!(quarter.to_string().parse::<Quarter>().unwrap(), quarter);
        // Within the handled years (dates up to 2150, 200 quarters = 50 years) arithmetic is exact.
        prop_assert_eq!(quarter.plus(n).minus(n), quarter);
    }

    #[test]
    fn dates_print_and_read_back(date in any_date()) {
        prop_assert_eq!(parse_date(&date.format("%Y-%m-%d").to_string()).unwrap(), date);
    }

    #[test]
    fn no_text_makes_the_date_parser_panic(text in ".{0,24}") {
        let _ = parse_date(&text);
        let _ = text.parse::<Quarter>();
    }

    #[test]
    fn date_like_text_never_panics(y in 0u32..10_000, m in 0u32..100, d in 0u32..100) {
        let text = format!("{y:04}-{m:02}-{d:02}");
        let parsed = parse_date(&text);
        prop_assert_eq!(parsed.is_ok(), NaiveDate::from_ymd_opt(y as i32, m, d).is_some() && (1900..=2200).contains(&y));
    }
}
