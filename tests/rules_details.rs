//! Details a reader sees that no verdict depends on: the sentences, notes and edges of each rule.
//! Mutation testing found these could change unnoticed; each test pins one to the rule it states.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::rules::committees::{exists, looks_like_committee, read_committee, CommitteeError};
use flexicheck::rules::contract::{Number, Scenario};
use flexicheck::rules::language::Language;
use flexicheck::rules::quarter::{parse_date, Quarter};
use flexicheck::rules::staffing::Regime;
use flexicheck::rules::{assess, Assessment, Outcome, Verdict};

fn assess_json(json: &str) -> Assessment {
    let scenario: Scenario = serde_json::from_str(json).unwrap();
    assess(&scenario).unwrap()
}

fn reason<'a>(a: &'a Assessment, rule: &str) -> &'a str {
    a.reasons.iter().find(|r| r.rule == rule).map(|r| r.explanation.as_str()).unwrap_or_else(|| panic!("no {rule} in {:#?}", a.reasons))
}

fn regime(a: &Assessment, regime: Regime) -> &flexicheck::rules::staffing::RegimeCost {
    a.comparison.as_ref().unwrap().iter().find(|r| r.regime == regime).unwrap()
}

fn notes(a: &Assessment, r: Regime) -> String {
    regime(a, r).notes.join(" | ")
}

#[test]
fn the_sector_sentence_names_what_is_missing() {
    let nace = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "200"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&nace, "sector_scope").contains("NACE code decides"));
    let community = assess_json(r#"{"work_date": "2025-01-15", "sector": {"nace": "88910"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&community, "sector_scope").contains("Community"), "{}", reason(&community, "sector_scope"));
    let sub = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "118"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&sub, "sector_scope").contains("sub-committee"));
    // The sector is named as the language writes a joint committee, or by its NACE code.
    let closed = assess_json(r#"{"work_date": "2025-01-15", "language": "fr", "sector": {"joint_committee": "124"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&closed, "sector_scope").starts_with("CP 124 "), "{}", reason(&closed, "sector_scope"));
    let by_nace = assess_json(r#"{"work_date": "2025-01-15", "sector": {"nace": "12345"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&by_nace, "sector_scope").starts_with("NACE 12345 "));
    let both = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "124", "nace": "41201"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&both, "sector_scope").starts_with("PC 124, NACE 41201 "));
}

#[test]
fn a_refusal_lists_nothing_missing_and_an_incomplete_answer_does() {
    let refused = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "124"}}"#);
    assert_eq!((refused.verdict, refused.missing.len()), (Verdict::NotEligible, 0));
    let open = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}}"#);
    assert_eq!((open.verdict, open.missing.clone()), (Verdict::Incomplete, vec!["worker.employment_t3"]));
}

#[test]
fn only_a_pensioner_since_2018_is_told_neither_route_applies() {
    let worker = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.5}}"#);
    assert!(worker.reasons.iter().all(|r| r.rule != "pensioner_t2"));
    let early = assess_json(r#"{"work_date": "2017-06-01", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.5, "pensioner_since": "2010-01-01"}}"#);
    assert!(early.reasons.iter().all(|r| r.rule != "pensioner_t2"));
    let late = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.5, "pensioner_since": "2024-12-01"}}"#);
    assert!(reason(&late, "pensioner_t2").starts_with("Neither route applies"));
}

#[test]
fn the_drop_rule_says_what_it_assumed() {
    let t4_missing = assess_json(r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.9}}"#);
    assert!(reason(&t4_missing, "work_reduction").contains("not given"));
    for json in [
        r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}}"#,
        r#"{"work_date": "2025-01-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.9, "employment_t4": 0.9}}"#,
    ] {
        assert!(reason(&assess_json(json), "work_reduction").starts_with("No drop"), "{json}");
    }
    // Full time in T-5 and 4/5 in T-4 blocked T-1 and T: the earliest quarter is T+1.
    let blocked = assess_json(r#"{"work_date": "2025-05-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.8, "employment_t4": 0.8, "employment_t5": 1.0}}"#);
    assert_eq!(blocked.verdict, Verdict::NotEligible);
    assert_eq!(blocked.earliest_eligible_quarter, Some("2025-Q3".parse::<Quarter>().unwrap()));
    let from_t4 = assess_json(r#"{"work_date": "2025-05-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 0.8, "employment_t4": 1.0}}"#);
    assert_eq!(from_t4.earliest_eligible_quarter, Some("2025-Q4".parse::<Quarter>().unwrap()));
}

#[test]
fn the_same_employer_sentence_follows_the_rule_of_its_year() {
    let any = assess_json(r#"{"work_date": "2024-08-10", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}, "flexi_employer": {"other_contract_this_quarter": "below_four_fifths"}}"#);
    assert!(reason(&any, "same_employer_any_contract").contains("since 2024 any other contract"));
    let four_fifths = assess_json(r#"{"work_date": "2023-08-10", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}, "flexi_employer": {"other_contract_this_quarter": "four_fifths_or_more"}}"#);
    assert!(reason(&four_fifths, "same_employer_four_fifths").starts_with("A contract of at least 4/5"));
}

#[test]
fn a_flexi_income_equal_to_the_ceiling_leaves_nothing_and_is_not_above_it() {
    let at = assess_json(r#"{"work_date": "2025-06-01", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0, "flexi_income_this_year": "18000"}}"#);
    assert!(reason(&at, "tax_ceiling").starts_with("€0 of the €18,000"), "{}", reason(&at, "tax_ceiling"));
    let above = assess_json(r#"{"work_date": "2025-06-01", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0, "flexi_income_this_year": "18000.01"}}"#);
    assert!(reason(&above, "tax_ceiling").contains("is above the €18,000"));
    assert_eq!(above.reasons.iter().find(|r| r.rule == "tax_ceiling").unwrap().outcome, Outcome::Warning);
}

#[test]
fn a_notice_ending_on_the_first_day_of_a_quarter_still_touches_it() {
    let a = assess_json(r#"{"work_date": "2025-09-15", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}, "flexi_employer": {"notice_or_severance": true, "notice_or_severance_until": "2025-10-01"}}"#);
    assert_eq!(a.earliest_eligible_quarter, Some("2026-Q1".parse::<Quarter>().unwrap()));
}

#[test]
fn an_earliest_quarter_resting_on_a_weak_source_says_so() {
    // A NACE code only groupS lists for public care (low) opened on 1 Jan 2023.
    let a = assess_json(r#"{"work_date": "2022-11-15", "sector": {"nace": "86220"}, "worker": {"employment_t3": 1.0}}"#);
    assert_eq!(a.earliest_eligible_quarter, Some("2023-Q1".parse::<Quarter>().unwrap()));
    assert!(a.earliest_eligible_note.unwrap().contains("single or unconfirmed source"));
    let strong = assess_json(r#"{"work_date": "2017-11-15", "sector": {"joint_committee": "201"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(!strong.earliest_eligible_note.unwrap().contains("single or unconfirmed source"));
}

#[test]
fn the_earliest_quarter_states_only_the_assumptions_it_made() {
    // Refused for the agency placement, then for a notice running with another user: only the first
    // assumes the direct contract ends.
    let agency = |answer: &str, notice: bool| {
        let a = assess_json(&format!(r#"{{"work_date": "2025-01-15", "sector": {{"joint_committee": "302", "via_temp_agency": true}}, "worker": {{"employment_t3": 1.0}}, "flexi_employer": {{"agency_user_is_own_employer": {answer}, "notice_or_severance": {notice}, "notice_or_severance_until": "2025-03-10"}}}}"#));
        a.earliest_eligible_note.unwrap().contains("the direct contract with the agency's user has ended")
    };
    assert!(agency("true", false));
    assert!(!agency("false", true));
}

#[test]
fn a_closed_sector_names_the_day_the_sources_open_it() {
    let before = assess_json(r#"{"work_date": "2017-11-15", "sector": {"joint_committee": "201"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&before, "sector_scope").contains("It opens on 1 January 2018"), "{}", reason(&before, "sector_scope"));
    // PC 200 in 2023: from 2024 some of it opens by NACE code, all of it from July 2026. Without the
    // code no single date is true for the whole sector, so none is named.
    let undecided = assess_json(r#"{"work_date": "2023-11-15", "sector": {"joint_committee": "200"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(!reason(&undecided, "sector_scope").contains("It opens on"), "{}", reason(&undecided, "sector_scope"));
    // A driving school (PC 200, NACE 85.531) opens on 1 January 2024.
    let school = assess_json(r#"{"work_date": "2023-11-15", "sector": {"joint_committee": "200", "nace": "85531"}, "worker": {"employment_t3": 1.0}}"#);
    assert!(reason(&school, "sector_scope").contains("It opens on 1 January 2024"), "{}", reason(&school, "sector_scope"));
}

#[test]
fn the_ordinary_row_of_a_horeca_shift_on_5_december_2026() {
    // Regression figures of the comparison (also asserted in the e2e tests): each part is tested
    // against the published payslip cases; here the job's own payslip at 4, 8 and 31 days a month.
    let ordinary = |pay: &str| {
        let a = assess_json(&format!(r#"{{"work_date": "2026-12-05", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 1.0}}, "pay": {{"hourly_wage": "15.50", "hours_per_day": 6, "worker_kind": "manual"{pay}}}}}"#));
        let r = regime(&a, Regime::Ordinary);
        (r.worker_net_per_hour.map(|d| d.round_dp(4).to_string()), r.worker_net_per_hour_after_tax.map(|d| d.round_dp(4).to_string()))
    };
    assert_eq!(ordinary(""), (Some("14.8313".into()), None));
    // After the yearly tax: €10.7610 with income 2026's tax-free sum of €11,550 (the reform), where the
    // key formula's €11,170 gave €10.4081. The main pay alone pays no tax here (barème II, two
    // children), so the higher sum, taken twice with the marital quotient, lowers only the tax on
    // both pays together: 2 × 380 × 26.75 % = €203.30 a year over 8 × 6 × 12 hours, €0.353 an hour.
    assert_eq!(ordinary(r#", "days_per_month": 8, "main_monthly_gross": "3000", "family": {"partner": "without_income", "children": 2}"#), (Some("14.8310".into()), Some("10.7610".into())));
    // The payslip's lines per hour add up: gross − contribution + bonus − withholding − special = net,
    // and the withholding's base is the taxable pay (gross − contribution + bonus).
    let a = assess_json(r#"{"work_date": "2026-12-05", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}, "pay": {"hourly_wage": "15.50", "hours_per_day": 6, "worker_kind": "manual", "days_per_month": 20}}"#);
    let r = regime(&a, Regime::Ordinary);
    let line = |name: &str| r.components.iter().find(|c| c.name == name).unwrap_or_else(|| panic!("no {name}")).clone();
    let d = |s: &str| s.parse::<rust_decimal::Decimal>().unwrap();
    assert!(line("work_bonus").amount_per_hour < rust_decimal::Decimal::ZERO);
    let worker_side: rust_decimal::Decimal = r.components.iter().filter(|c| c.side == flexicheck::rules::staffing::Side::Worker).map(|c| c.amount_per_hour).sum();
    assert!((d("15.50") - worker_side - r.worker_net_per_hour.unwrap()).abs() <= d("0.0005"), "{worker_side}");
    let taxable = d("15.50") - line("worker_contribution").amount_per_hour + line("work_bonus").amount_per_hour.abs();
    assert!((line("withholding").base_per_hour - taxable).abs() <= d("0.0005"));
    // 31 days of 6 hours is more than a full time: the payslip of a full time, not scaled.
    assert_eq!(ordinary(r#", "days_per_month": 31"#), (Some("11.9719".into()), None));
}

#[test]
fn the_extra_counts_days_and_hours_as_the_rules_do() {
    let pay = |extra: &str| format!(r#"{{"work_date": "2019-06-05", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 1.0}}, "pay": {{"hourly_wage": "12.0014", "worker_kind": "manual", {extra}}}}}"#);
    let day11 = assess_json(&pay(r#""hours_per_day": 4, "extra_days_used": 10"#));
    assert!(notes(&day11, Regime::Extra).contains("day 11 of 50"), "{}", notes(&day11, Regime::Extra));
    let used_up = assess_json(&pay(r#""hours_per_day": 4, "extra_days_used": 50"#));
    assert!(regime(&used_up, Regime::Extra).why_not.as_deref().unwrap().contains("from day 51"));
    let employer = assess_json(&pay(r#""hours_per_day": 4, "employer_extra_days_used": 200"#));
    assert!(regime(&employer, Regime::Extra).why_not.as_deref().unwrap().contains("its 200 days"));
    let whole_days = assess_json(&pay(r#""hours_per_day": 5.5, "extra_days_used": "9.0""#));
    assert!(notes(&whole_days, Regime::Extra).contains("day 10 of 50"), "a whole number written with a decimal");
    // Under 6 hours each started hour counts; from 6 hours the day forfaits, the rights one €111.14.
    let four = assess_json(&pay(r#""hours_per_day": 4"#));
    let contribution = |a: &Assessment, name: &str| regime(a, Regime::Extra).components.iter().find(|c| c.name == name).unwrap().clone();
    assert!(contribution(&four, "employer_contribution").explanation.contains("each started hour"));
    let six = assess_json(&pay(r#""hours_per_day": 6"#));
    assert!(contribution(&six, "employer_contribution").explanation.contains("day forfait from 6 hours"));
    let rights_per_hour = "111.14".parse::<rust_decimal::Decimal>().unwrap() * "1.08".parse::<rust_decimal::Decimal>().unwrap() / rust_decimal::Decimal::from(6);
    assert_eq!(contribution(&six, "holiday_contribution").base_per_hour, rights_per_hour.round_dp(4));
    assert_eq!(contribution(&six, "wage").explanation, "The barema wage of the function.");
    // Only a manual worker's base is 108 % of the forfait.
    assert!(contribution(&six, "employer_contribution").explanation.contains("108 % of"));
    let white_collar = assess_json(&pay(r#""hours_per_day": 4"#).replace("manual", "white_collar"));
    assert!(!contribution(&white_collar, "employer_contribution").explanation.contains("108 %"));
}

#[test]
fn the_ordinary_employee_uses_the_payslip_from_2024_and_the_all_in_rate_only_where_sourced() {
    let ordinary = |date: &str, pc: &str, kind: &str, extra: &str| {
        let a = assess_json(&format!(r#"{{"work_date": "{date}", "sector": {{"joint_committee": "{pc}"}}, "worker": {{"employment_t3": 1.0}}, "pay": {{"hourly_wage": "12.0014", "hours_per_day": 4, "worker_kind": "{kind}"{extra}}}}}"#));
        regime(&a, Regime::Ordinary).clone()
    };
    let employer_rate = |r: &flexicheck::rules::staffing::RegimeCost| r.components.iter().find(|c| c.name == "employer_contribution").unwrap().clone();
    // 2019 horeca manual worker: Acerta's all-in 27.89 %; not for a white-collar worker or outside horeca.
    let acerta = ordinary("2019-06-05", "302", "manual", "");
    assert_eq!(employer_rate(&acerta).rate.unwrap().to_string(), "0.2789");
    assert!(employer_rate(&acerta).explanation.contains("all-in rate"));
    assert_ne!(employer_rate(&ordinary("2019-06-05", "302", "white_collar", "")).rate.unwrap().to_string(), "0.2789");
    assert_ne!(employer_rate(&ordinary("2019-06-05", "201", "manual", "")).rate.unwrap().to_string(), "0.2789");
    // A rate the employer gives replaces it, and the sentence says so.
    let given = ordinary("2019-06-05", "302", "manual", r#", "employer_contribution_rate": 0.25"#);
    assert!(!employer_rate(&given).explanation.contains("all-in rate"));
    // Before 2024 without a withholding rate: no net, and the note asks for the rate.
    let old = ordinary("2023-06-05", "302", "manual", "");
    assert!(old.worker_net_per_hour.is_none());
    assert!(old.notes.join(" ").contains("give a withholding rate to see the net"));
    assert!(old.notes.join(" ").contains("social work bonus for low wages are not included"));
    // From 2024 the job's own payslip, which includes the work bonus; a given rate does not.
    let now = ordinary("2025-06-05", "302", "manual", "");
    assert!(now.worker_net_per_hour.is_some());
    assert!(!now.notes.join(" ").contains("social work bonus"));
    assert!(ordinary("2025-06-05", "302", "manual", r#", "withholding_rate": 0.2"#).notes.join(" ").contains("social work bonus for low wages are not included"));
}

#[test]
fn the_student_quota_notes_count_the_hours_left() {
    let pay = |used: &str, hours: u32| format!(r#"{{"work_date": "2025-06-05", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 1.0}}, "pay": {{"hourly_wage": "15", "hours_per_day": {hours}, "worker_kind": "manual", "student_hours_used": "{used}"}}}}"#);
    let some_left = assess_json(&pay("640", 4));
    assert!(notes(&some_left, Regime::Student).contains("10 of the 650 hours"));
    assert!(!notes(&some_left, Regime::Student).contains("goes past"));
    assert!(notes(&assess_json(&pay("640", 12)), Regime::Student).contains("goes past the quota"));
    let exactly = assess_json(&pay("646", 4));
    assert!(!notes(&exactly, Regime::Student).contains("goes past"), "4 hours left, a 4-hour shift fits");
    let used_up = assess_json(&pay("650", 4));
    assert!(regime(&used_up, Regime::Student).why_not.as_deref().unwrap().contains("from hour 651"));
}

#[test]
fn the_flexi_notes_follow_the_wage_rules() {
    let flexi = |date: &str, pc: &str, flexi_wage: &str, extra: &str| {
        assess_json(&format!(r#"{{"work_date": "{date}", "sector": {{"joint_committee": "{pc}"}}, "worker": {{"employment_t3": 1.0{extra}}}, "pay": {{"hourly_wage": "14.91", "hours_per_day": 4, "worker_kind": "manual", "flexi_hourly_wage": "{flexi_wage}"}}}}"#))
    };
    assert!(notes(&flexi("2019-06-05", "302", "9", ""), Regime::Flexi).contains("below the minimum flexi wage"));
    assert!(!notes(&flexi("2019-06-05", "302", "9.36", ""), Regime::Flexi).contains("below the minimum"), "the minimum itself is fine");
    assert!(notes(&flexi("2024-06-05", "201", "14", ""), Regime::Flexi).contains("at least the barema"));
    assert!(!notes(&flexi("2024-06-05", "201", "14.91", ""), Regime::Flexi).contains("at least the barema"), "the barema itself is fine");
    assert!(!notes(&flexi("2024-06-05", "302", "12", ""), Regime::Flexi).contains("at least the barema"), "horeca has a minimum flexi wage instead");
    // The care sector's own minimum was for PC 330 in 2023 only.
    let horeca_2023 = assess_json(r#"{"work_date": "2023-06-05", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}, "pay": {"hourly_wage": "14", "hours_per_day": 4, "worker_kind": "manual"}}"#);
    assert_eq!(regime(&horeca_2023, Regime::Flexi).components[0].base_per_hour.to_string(), "10.97");
    // The ceiling note is for non-pensioners in the years a ceiling exists.
    assert!(notes(&flexi("2025-06-05", "302", "13", ""), Regime::Flexi).contains("within the yearly tax-free ceiling"));
    assert!(!notes(&flexi("2025-06-05", "302", "13", r#", "pensioner_since": "2020-01-01""#), Regime::Flexi).contains("tax-free ceiling"));
    assert!(!notes(&flexi("2019-06-05", "302", "13", ""), Regime::Flexi).contains("tax-free ceiling"));
}

#[test]
fn the_sector_table_names_each_committee_once() {
    let named = flexicheck::rules::sectors::committees_named();
    for code in ["302", "200", "118.03", "330"] {
        assert!(named.contains(&code), "{code} missing");
    }
    let mut unique = named.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), named.len());
}

#[test]
fn committee_numbers_are_read_or_refused_for_the_right_reason() {
    assert_eq!(read_committee("999.01"), Err(CommitteeError::Unknown("999.01".into())), "an unknown committee's sub-committee");
    assert_eq!(read_committee("3\u{7}0x").unwrap_err().to_string(), "\"30x\" is not a joint committee number: write three digits, with a two-digit sub-committee if any, for example 302 or 118.03");
    assert!(looks_like_committee("999") && looks_like_committee("PC 302") && looks_like_committee("302.05"));
    assert!(!looks_like_committee("56.101") && !looks_like_committee("90011") && !looks_like_committee("restaurant"));
    assert!(exists("302") && exists("140.01") && !exists("999") && !exists("302.00"));
}

#[test]
fn numbers_and_dates_are_read_strictly() {
    let bad_number: Result<Number, _> = serde_json::from_str("true");
    assert!(bad_number.unwrap_err().to_string().contains("a number or a decimal string"));
    // A sign is not a digit, even where Rust's parser would take it.
    assert_eq!(parse_date("+025-01-01").unwrap_err().to_string(), "\"+025-01-01\" is not a date: write it as YYYY-MM-DD, for example 2025-03-15");
    assert!("2025-Q+".parse::<Quarter>().is_err() && "+025-Q1".parse::<Quarter>().is_err());
    // Messages keep one short line whatever was pasted.
    let long = format!("{}\n", "9".repeat(50));
    let message = parse_date(&long).unwrap_err().to_string();
    assert_eq!(message, format!("\"{}…\" is not a date: write it as YYYY-MM-DD, for example 2025-03-15", "9".repeat(40)));
    let exactly_40 = "8".repeat(40);
    assert!(!parse_date(&exactly_40).unwrap_err().to_string().contains('…'));
    // A NACE code's message quotes at most 30 characters of what was typed, without control characters.
    let nace = flexicheck::rules::sectors::normalise_nace(&format!("ab\u{7}{}", "c".repeat(40))).unwrap_err();
    assert_eq!(nace, format!("\"ab{}\" is not a NACE code: write it with up to five digits, for example 90.011 or 85531", "c".repeat(28)));
    let q: Quarter = "2025-Q3".parse().unwrap();
    assert_eq!((q.number(), q.contains(parse_date("2025-08-01").unwrap()), q.contains(parse_date("2025-10-01").unwrap())), (3, true, false));
}

#[test]
fn an_empty_part_of_a_scenario_is_left_out_of_its_json() {
    let scenario: Scenario = serde_json::from_str(r#"{"work_date": "2025-01-15"}"#).unwrap();
    assert_eq!(serde_json::to_string(&scenario).unwrap(), r#"{"work_date":"2025-01-15"}"#);
}

#[test]
fn amounts_and_abbreviations_read_as_each_language_writes_them() {
    assert_eq!(Language::En.euros("100"), "€100");
    assert_eq!(Language::En.euros("1000"), "€1,000");
    assert_eq!(Language::Nl.amount("12.5".parse().unwrap()), "€\u{a0}12,50");
    assert_eq!(Language::En.amount("12.0014".parse().unwrap()), "€12.0014");
    assert_eq!(Language::En.amount("12.01".parse().unwrap()), "€12.01");
    assert_eq!((Language::En.pc(), Language::Nl.pc(), Language::Fr.pc()), ("PC", "PC", "CP"));
    let mentions: Vec<_> = flexicheck::rules::formalities::framework_mentions(Language::Nl).collect();
    assert_eq!(mentions.len(), 5);
    assert!(mentions.iter().all(|m| !m.is_empty()));
}

#[test]
fn every_open_regime_has_a_figure_or_names_the_missing_amount_2019_to_2026() {
    for year in 2019..=2026 {
        for month in [1, 4, 7, 10] {
            let date = format!("{year}-{month:02}-15");
            let a = assess_json(&format!(r#"{{"work_date": "{date}", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 1.0}}, "pay": {{"hourly_wage": "15.50", "hours_per_day": 6, "worker_kind": "manual"}}}}"#));
            for r in a.comparison.as_ref().unwrap() {
                if !r.available {
                    continue;
                }
                let figures = r.employer_cost_per_hour.is_some() && r.worker_net_per_hour.is_some();
                let said = r.notes.iter().any(|n| n.contains("not in the sources") || n.contains("give a withholding rate"));
                assert!(figures || said, "{date} {:?}: no figure and no reason: {:?}", r.regime, r.notes);
                // From 2024 to today, with only wage, hours and kind given, every row has all figures.
                if year >= 2024 {
                    assert!(figures && r.employer_cost_per_shift.is_some() && r.worker_net_per_shift.is_some(), "{date} {:?}", r.regime);
                }
            }
        }
    }
}

#[test]
fn a_refusal_takes_the_flexi_job_out_of_the_comparison_and_links_follow_the_language() {
    let pay = r#""pay": {"hourly_wage": "12", "hours_per_day": 4, "worker_kind": "manual"}"#;
    let refused = assess_json(&format!(r#"{{"work_date": "2025-01-15", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 0.5}}, {pay}}}"#));
    let why_not = regime(&refused, Regime::Flexi).why_not.clone().unwrap();
    assert!(why_not.starts_with("Not allowed for this worker"));
    // The refusal quotes the rules that failed, and only those.
    for r in &refused.reasons {
        assert_eq!(why_not.contains(&r.explanation), r.outcome == Outcome::NotMet, "{}: {}", r.rule, r.explanation);
    }
    let allowed = assess_json(&format!(r#"{{"work_date": "2025-01-15", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": 1.0}}, {pay}}}"#));
    assert!(regime(&allowed, Regime::Flexi).available);
    // The RSZ instructions exist in Dutch and French: a French reader gets the French page.
    let french = assess_json(r#"{"work_date": "2025-01-15", "language": "fr", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0}}"#);
    let rsz = french.reasons.iter().flat_map(|r| &r.sources).find(|s| s.id == "S1").unwrap();
    assert!(rsz.url.contains("/dmfa/fr/"), "{}", rsz.url);
}

#[test]
fn an_exact_committee_number_comes_first_in_the_finder() {
    let found = flexicheck::rules::directory::search("145", Language::En, 5);
    assert_eq!(found.first().and_then(|e| e.joint_committee), Some("145"));
    assert!(found.iter().any(|e| e.joint_committee == Some("145.04")));
}

/// The ordinary row's structural-reduction line: when it is there, its sign, and what it says.
#[test]
fn the_structural_reduction_line_says_what_it_deducts() {
    let ordinary = |date: &str, days: &str, extra: &str| {
        let a = assess_json(&format!(
            r#"{{"work_date": "{date}", "sector": {{"joint_committee": "302"}}, "pay": {{"hourly_wage": "15.50", "hours_per_day": "7.6", "worker_kind": "manual", "days_per_month": "{days}"{extra}}}}}"#
        ));
        let row = regime(&a, Regime::Ordinary).clone();
        let line = row.components.iter().find(|c| c.name == "structural_reduction").cloned();
        (line, row.notes.join(" | "))
    };
    // Full time in May 2025: a negative employer line of the quarter's amount.
    let (line, _) = ordinary("2025-05-15", "22", "");
    let line = line.expect("a structural reduction line");
    assert_eq!(line.amount_per_hour.to_string(), "-0.9983");
    assert!(line.explanation.contains("€500.76 a quarter"), "{}", line.explanation);
    // 15 days (69 % of a full time): Securex's multiplier 1.18 + (µ − 0.55) × 0.28.
    let (line, _) = ordinary("2025-05-15", "15", "");
    assert!(line.unwrap().explanation.contains("€422.90 a quarter (€500.76 at full time"));
    // One shift a week: below 27.5 %, the line says there is none.
    let (line, _) = ordinary("2025-05-15", "4", "");
    let line = line.unwrap();
    assert!(line.amount_per_hour.is_zero() && line.explanation.contains("below the 27.5 %"), "{}", line.explanation);
    // From its first sourced day, not before 2024, not with a rate the user gives, and a note where
    // the parameters are missing.
    assert!(ordinary("2024-01-01", "22", "").0.is_some());
    assert!(ordinary("2023-12-31", "22", "").0.is_none());
    assert!(ordinary("2025-05-15", "22", r#", "employer_contribution_rate": "0.25""#).0.is_none());
    let (line, notes) = ordinary("2024-08-01", "22", "");
    assert!(line.is_none() && notes.contains("not in the sources"), "{notes}");
}
