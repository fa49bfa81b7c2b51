//! Property tests of the reader for what people type: every Belgian, browser and English way of
//! writing an amount reads back to that amount; the forms that could mean two numbers are refused
//! with their reason; nothing typed makes it panic.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Datelike, Days, NaiveDate};
use flexicheck::typed::{read_date, read_number, read_percent, show_date, NumberProblem};
use proptest::prelude::*;
use rust_decimal::Decimal;

fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

/// `whole` with `mark` between groups of three digits: 1234567 → "1.234.567".
fn grouped(whole: u64, mark: &str) -> String {
    let digits = whole.to_string();
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(mark);
        }
        out.push(d);
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(5_000)))]

    /// An amount in cents, written every way a Belgian form field receives it.
    #[test]
    fn every_way_of_writing_an_amount_reads_back(cents in 0u64..100_000_000_000) {
        let (whole, fraction) = (cents / 100, cents % 100);
        let value = Decimal::new(cents as i64, 2);
        for text in [
            format!("{whole},{fraction:02}"),
            format!("{whole}.{fraction:02}"),
            format!("{},{fraction:02}", grouped(whole, ".")),
            format!("{},{fraction:02}", grouped(whole, " ")),
            format!("{},{fraction:02}", grouped(whole, "\u{202f}")),
            format!("{}.{fraction:02}", grouped(whole, ",")),
            format!("€ {},{fraction:02}", grouped(whole, ".")),
            format!("{},{fraction:02} €", grouped(whole, " ")),
        ] {
            prop_assert_eq!(read_number(&text, 2), Ok(value), "{}", text);
        }
    }

    /// Whole amounts: a point before three digits groups thousands ("12.000" is twelve thousand).
    #[test]
    fn points_between_groups_of_three_are_thousands(whole in 1_000u64..1_000_000_000_000) {
        prop_assert_eq!(read_number(&grouped(whole, "."), 2), Ok(Decimal::from(whole)));
        prop_assert_eq!(read_number(&grouped(whole, " "), 0), Ok(Decimal::from(whole)));
    }

    /// "1,234": a decimal comma to a Belgian reader, a thousands comma to an English one. Refused.
    #[test]
    fn a_lone_comma_before_three_digits_is_refused(whole in 1u64..1000, fraction in 0u64..1000) {
        prop_assert_eq!(read_number(&format!("{whole},{fraction:03}"), 4), Err(NumberProblem::Ambiguous));
    }

    /// Groups that are not threes cannot be thousands, and two decimal marks cannot be one number.
    #[test]
    fn broken_groups_are_refused(head in 1u64..1000, group in 0u64..100, tail in 0u64..100) {
        prop_assert_eq!(read_number(&format!("{head}.{group:02}.{tail:02}"), 4), Err(NumberProblem::Grouping));
        prop_assert_eq!(read_number(&format!("{head} {group:02},{tail:02}"), 4), Err(NumberProblem::Grouping));
        prop_assert_eq!(read_number(&format!("{head},{tail:02},{group:02}"), 4), Err(NumberProblem::Grouping));
    }

    /// More decimals than the question takes are refused, never rounded away.
    #[test]
    fn extra_decimals_are_refused(whole in 0u64..10_000, fraction in 1u64..10) {
        prop_assert_eq!(read_number(&format!("{whole},{fraction}"), 0), Err(NumberProblem::TooManyDecimals));
    }

    /// Percents with or without the sign, and the fractions contracts use.
    #[test]
    fn percents_read_back(percent in 0u64..=10_000, bottom in 1u32..=10, top in 0u32..=10) {
        let value = Decimal::new(percent as i64, 2);
        let text = value.to_string().replace('.', ",");
        for typed in [text.clone(), format!("{text}%"), format!("{text} %")] {
            prop_assert_eq!(read_percent(&typed).map(|d| d.normalize()), Ok(value.normalize()), "{}", typed);
        }
        let fraction = read_percent(&format!("{top}/{bottom}")).unwrap();
        prop_assert_eq!(fraction, (Decimal::from(top * 100) / Decimal::from(bottom)).round_dp(2).normalize());
    }

    /// Every day reads back from dd/mm/yyyy, d/m/yyyy, dd-mm-yyyy, dd.mm.yyyy and ISO.
    #[test]
    fn dates_read_back(days in 0u64..60_000) {
        let date = NaiveDate::from_ymd_opt(1950, 1, 1).unwrap() + Days::new(days);
        for text in [
            show_date(date),
            format!("{}/{}/{}", date.day(), date.month(), date.year()),
            format!("{:02}-{:02}-{}", date.day(), date.month(), date.year()),
            format!("{:02}.{:02}.{}", date.day(), date.month(), date.year()),
            date.format("%Y-%m-%d").to_string(),
        ] {
            prop_assert_eq!(read_date(&text), Some(date), "{}", text);
        }
    }

    /// A day past the end of its month is no date (31/02 is not 3 March).
    #[test]
    fn impossible_days_are_refused(year in 1950i32..2100, month in 1u32..=12, extra in 1u32..5) {
        let last = NaiveDate::from_ymd_opt(year, month, 1).unwrap().checked_add_months(chrono::Months::new(1)).unwrap().pred_opt().unwrap().day();
        let day = last + extra;
        prop_assert_eq!(read_date(&format!("{day:02}/{month:02}/{year}")), None);
    }

    /// Anything typed or pasted gets an answer, never a panic.
    #[test]
    fn anything_typed_is_read_or_refused(text in "[0-9 .,/%€\\-a-z\u{a0}\u{202f}]{0,24}") {
        let _ = read_number(&text, 4);
        let _ = read_percent(&text);
        let _ = read_date(&text);
    }
}

#[test]
fn the_issue_s_examples() {
    let amount = |t: &str| read_number(t, 2).map(|d| d.to_string());
    assert_eq!(amount("1.234,56").as_deref(), Ok("1234.56"));
    assert_eq!(amount("1 234,56").as_deref(), Ok("1234.56"));
    assert_eq!(amount("€ 1234").as_deref(), Ok("1234"));
    assert_eq!(amount("12.000").as_deref(), Ok("12000"));
    let percent = |t: &str| read_percent(t).map(|d| d.to_string());
    assert_eq!(percent("80%").as_deref(), Ok("80"));
    assert_eq!(percent("80 %").as_deref(), Ok("80"));
    assert_eq!(percent("4/5").as_deref(), Ok("80"));
}

mod sector_finder {
    use flexicheck::rules::directory::{search, MAX_QUERY_CHARS};
    use flexicheck::rules::Language;
    use proptest::prelude::*;

    #[test]
    fn many_short_words_neither_overflow_nor_take_long() {
        // Issue 22: "zi " × 90 overflowed a u8 score (a panic in a debug build).
        for language in Language::ALL {
            let _ = search(&"zi ".repeat(90), language, 8);
            let _ = search(&"a ".repeat(30_000), language, 8);
        }
        // What is typed past the cap changes nothing: the finder reads the first characters only.
        let long = format!("bakker {}", "x".repeat(60_000));
        assert_eq!(search(&long, Language::Nl, 8), search(&long[..MAX_QUERY_CHARS], Language::Nl, 8));
        assert_eq!(search(&format!("bakker {}", " ".repeat(60_000)), Language::Nl, 8)[0].joint_committee, Some("118.03"));
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
        /// Anything typed, however long, gives at most `limit` sectors and never panics.
        #[test]
        fn anything_typed_is_searched_safely(text in "[a-z0-9 .éè]{0,3000}", limit in 0usize..12) {
            prop_assert!(search(&text, Language::Fr, limit).len() <= limit);
        }
    }
}
