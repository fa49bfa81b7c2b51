//! Properties of the eligibility rules over random scenarios, and a fuzz run of the JSON decoder
//! and `assess` over a million generated inputs, none of which may panic.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::rules::contract::{FlexiEmployerAnswers, LinkedContract, Number, OtherContract, PayAnswers, SectorAnswers, WorkerAnswers};
use flexicheck::rules::staffing::WorkerKind;
use flexicheck::rules::payslip::{Family, Partner};
use rust_decimal::Decimal;
use flexicheck::rules::sectors::{Community, Function};
use flexicheck::rules::{assess, assess_json, parse_date, Assessment, Language, Outcome, Quarter, Scenario, Verdict};
use std::str::FromStr;
use chrono::Datelike;
use proptest::prelude::*;
use proptest::sample::select;

/// The number of cases per property: `FLEXICHECK_PROPTEST_CASES` lowers it for mutation testing.
fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

const COMMITTEES: &[&str] = &[
    "302", "118", "118.03", "118.14", "119", "119.01", "124", "132", "139", "140", "140.01", "143", "144", "145", "145.04", "200", "201",
    "202", "202.01", "223", "303.03", "304", "311", "312", "314", "320", "322", "323", "330", "331", "121",
];
const NACE: &[&str] = &["90011", "82300", "85531", "86101", "86220", "88910", "85201", "85410", "93110", "47242", "46190", "12"];
const FUNCTIONS: &[Function] = &[
    Function::General,
    Function::Artistic,
    Function::CareProfession,
    Function::FuneralOccasional,
    Function::DomesticWorker,
    Function::Lifeguard,
    Function::SeaFishingShore,
];

fn date_between(first_year: i32, last_year: i32) -> impl Strategy<Value = String> {
    (first_year..=last_year, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| format!("{y:04}-{m:02}-{d:02}"))
}

fn share() -> impl Strategy<Value = f64> {
    prop_oneof![select(vec![0.0, 0.5, 0.7999, 0.8, 0.9, 1.0]), 0.0f64..=1.0]
}

prop_compose! {
    fn any_scenario()(
        work_date in date_between(2014, 2028),
        committee in proptest::option::of(select(COMMITTEES)),
        nace in proptest::option::of(select(NACE)),
        function in proptest::option::of(select(FUNCTIONS)),
        community in proptest::option::of(select(vec![Community::Flemish, Community::French, Community::GermanSpeaking])),
        via_temp_agency in proptest::option::of(any::<bool>()),
        public_employer in proptest::option::of(any::<bool>()),
        pensioner_since in proptest::option::of(date_between(2010, 2028)),
        t3 in proptest::option::of(share()),
        t4 in proptest::option::of(share()),
        t5 in proptest::option::of(share()),
        foreign in proptest::option::of(any::<bool>()),
        income in proptest::option::of((0u32..40_000, 0u32..100).prop_map(|(e, c)| format!("{e}.{c:02}"))),
        other in proptest::option::of(select(vec![OtherContract::None, OtherContract::BelowFourFifths, OtherContract::FourFifthsOrMore])),
        notice in proptest::option::of(any::<bool>()),
        notice_until in proptest::option::of(date_between(2014, 2028)),
        linked in proptest::option::of(select(vec![LinkedContract::None, LinkedContract::FourFifths, LinkedContract::FullTime])),
        agency_user in proptest::option::of(any::<bool>()),
        pay in proptest::option::of(any_pay()),
        language in proptest::option::of(select(Language::ALL.to_vec())),
    ) -> Scenario {
        Scenario {
            work_date,
            sector: SectorAnswers { joint_committee: committee.map(String::from), nace: nace.map(String::from), function, via_temp_agency, community, public_employer },
            worker: WorkerAnswers { pensioner_since, employment_t3: t3, employment_t4: t4, employment_t5: t5, foreign_employment_t3: foreign, flexi_income_this_year: income },
            flexi_employer: FlexiEmployerAnswers {
                other_contract_this_quarter: other, notice_or_severance: notice, notice_or_severance_until: notice_until,
                linked_company_contract: linked, agency_user_is_own_employer: agency_user,
            },
            pay,
            language,
        }
    }
}

fn amount(max_cents: u32) -> impl Strategy<Value = Number> {
    (0..=max_cents).prop_map(|c| Number(format!("{}.{:02}", c / 100, c % 100)))
}

prop_compose! {
    fn any_pay()(
        wage in (800u32..6000).prop_map(|c| Number(format!("{}.{:02}", c / 100, c % 100))),
        hours in (1u32..=48).prop_map(|half| Number(format!("{}", half as f64 / 2.0))),
        kind in select(vec![WorkerKind::Manual, WorkerKind::WhiteCollar]),
        flexi in proptest::option::of(amount(4000)),
        student in proptest::option::of(amount(4000)),
        withholding in proptest::option::of((0u32..=100).prop_map(|p| Number(format!("0.{p:02}")))),
        extra_days in proptest::option::of((0u32..=60).prop_map(|d| Number(d.to_string()))),
        student_hours in proptest::option::of((0u32..=700).prop_map(|h| Number(h.to_string()))),
        forfait in proptest::option::of(amount(2000)),
        days in proptest::option::of((1u32..=22).prop_map(|d| Number(d.to_string()))),
        main in proptest::option::of(amount(600_000)),
        // A couple with two incomes has a step in its special contribution scale, where a higher wage
        // can lower the net by €5.15 a month (see payslip_properties): left out of the wage property.
        family in proptest::option::of((select(vec![Partner::None, Partner::WithoutIncome]), 0u32..=5).prop_map(|(partner, children)| Family { partner, children })),
    ) -> PayAnswers {
        PayAnswers {
            hourly_wage: Some(wage), hours_per_day: Some(hours), worker_kind: Some(kind), flexi_hourly_wage: flexi,
            student_hourly_wage: student, withholding_rate: withholding, extra_days_used: extra_days, employer_extra_days_used: None,
            student_hours_used: student_hours, employer_contribution_rate: None, extra_hourly_forfait: forfait,
            days_per_month: days, main_monthly_gross: main, family,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(20_000)))]

    /// Every regime: the employer pays at least the worker's gross; the worker nets at most that gross.
    #[test]
    fn costs_bound_pay(scenario in any_scenario(), pay in any_pay()) {
        let scenario = Scenario { pay: Some(pay), ..scenario };
        let assessment = assess(&scenario).unwrap();
        for regime in assessment.comparison.unwrap() {
            if let (Some(gross), Some(cost)) = (regime.gross_per_hour, regime.employer_cost_per_hour) {
                prop_assert!(cost >= gross, "{:?}", regime);
            }
            if let (Some(gross), Some(net)) = (regime.gross_per_hour, regime.worker_net_per_hour) {
                prop_assert!(net <= gross, "{:?}", regime);
            }
            prop_assert_eq!(regime.available, regime.why_not.is_none());
        }
    }

    /// A higher wage never lowers any regime's employer cost or worker net.
    #[test]
    fn a_higher_wage_never_lowers_cost_or_net(scenario in any_scenario(), pay in any_pay(), raise in 1u32..2000) {
        let lower = Scenario { pay: Some(pay.clone()), ..scenario.clone() };
        let mut higher_pay = pay;
        let wage: Decimal = higher_pay.hourly_wage.as_ref().unwrap().0.parse().unwrap();
        higher_pay.hourly_wage = Some(Number((wage + Decimal::new(raise as i64, 2)).to_string()));
        let higher = Scenario { pay: Some(higher_pay), ..scenario };
        let (low, high) = (assess(&lower).unwrap().comparison.unwrap(), assess(&higher).unwrap().comparison.unwrap());
        for (a, b) in low.iter().zip(&high) {
            if let (Some(x), Some(y)) = (a.employer_cost_per_hour, b.employer_cost_per_hour) { prop_assert!(y >= x, "{:?} → {:?}", a.regime, b); }
            if let (Some(x), Some(y)) = (a.worker_net_per_hour, b.worker_net_per_hour) { prop_assert!(y >= x, "{:?} → {:?}", a.regime, b); }
        }
    }

    /// More work in T-3 never turns an eligible (or conditional) verdict into not eligible.
    #[test]
    fn more_work_in_t3_never_hurts(scenario in any_scenario(), extra in 0.0f64..=1.0) {
        let before = assess(&scenario).unwrap();
        let mut more = scenario.clone();
        more.worker.employment_t3 = Some((scenario.worker.employment_t3.unwrap_or(0.0) + extra).min(1.0));
        let after = assess(&more).unwrap();
        if matches!(before.verdict, Verdict::Eligible | Verdict::Conditional) {
            prop_assert_ne!(after.verdict, Verdict::NotEligible, "{:?}\n{:#?}", more, after.reasons);
        }
    }

    /// Every verdict has a reason; a refusal has a reason that was not met; `incomplete` says what is missing.
    #[test]
    fn every_verdict_is_explained(scenario in any_scenario()) {
        let assessment = assess(&scenario).unwrap();
        prop_assert!(!assessment.reasons.is_empty());
        match assessment.verdict {
            Verdict::NotEligible => prop_assert!(assessment.reasons.iter().any(|r| r.outcome == Outcome::NotMet)),
            Verdict::Incomplete => prop_assert!(!assessment.missing.is_empty()),
            Verdict::Eligible | Verdict::Conditional => {
                prop_assert!(assessment.reasons.iter().all(|r| r.outcome != Outcome::NotMet));
                prop_assert!(assessment.missing.is_empty());
            }
        }
        for reason in &assessment.reasons {
            prop_assert!(!reason.source.is_empty() && !reason.explanation.is_empty());
        }
        // An earliest quarter is never before the quarter asked about.
        if let Some(earliest) = assessment.earliest_eligible_quarter {
            prop_assert!(earliest >= assessment.quarter);
        }
    }

    /// The language changes the words, never the answer: the same verdict, rules, outcomes, dates,
    /// quarters and figures in English, Dutch and French, and no empty sentence in any of them.
    #[test]
    fn the_language_changes_only_the_words(scenario in any_scenario()) {
        let in_language = |language| assess(&Scenario { language: Some(language), ..scenario.clone() }).unwrap();
        let english = in_language(Language::En);
        for language in [Language::Nl, Language::Fr] {
            let other = in_language(language);
            prop_assert_eq!(other.verdict, english.verdict);
            prop_assert_eq!(other.earliest_eligible_quarter, english.earliest_eligible_quarter);
            prop_assert_eq!(&other.missing, &english.missing);
            // The same ceiling and sources; only the words and the language version of a link differ.
            let ceiling = |a: &flexicheck::rules::Assessment| a.ceiling.as_ref().map(|c| (c.year, c.amount, c.remaining, c.confidence, c.sources.iter().map(|s| s.id).collect::<Vec<_>>()));
            prop_assert_eq!(ceiling(&other), ceiling(&english));
            prop_assert_eq!(other.reasons.len(), english.reasons.len());
            for (a, b) in other.reasons.iter().zip(&english.reasons) {
                prop_assert_eq!((a.rule, a.outcome, a.valid_from, a.valid_until, a.confidence), (b.rule, b.outcome, b.valid_from, b.valid_until, b.confidence));
                prop_assert_eq!(a.sources.iter().map(|s| s.id).collect::<Vec<_>>(), b.sources.iter().map(|s| s.id).collect::<Vec<_>>());
                prop_assert!(!a.explanation.is_empty());
            }
            prop_assert_eq!(other.earliest_eligible_note.is_some(), english.earliest_eligible_note.is_some());
            for (a, b) in other.comparison.iter().flatten().zip(english.comparison.iter().flatten()) {
                prop_assert_eq!((a.available, a.employer_cost_per_hour, a.worker_net_per_hour, a.employer_cost_per_shift), (b.available, b.employer_cost_per_hour, b.worker_net_per_hour, b.employer_cost_per_shift));
                prop_assert_eq!((a.notes.len(), a.components.len()), (b.notes.len(), b.components.len()));
            }
        }
    }

    /// Every common way to write a committee the table names — "302.00", "PC 302", "CP302",
    /// "PSC 140.01", "SCP 140.01", any case, any spaces — gives the same assessment as its plain number.
    #[test]
    fn every_form_of_a_committee_is_that_committee(
        scenario in any_scenario(),
        pick in any::<prop::sample::Index>(),
        prefix in select(vec!["", "PC", "CP", "pc", "cp", "PSC", "SCP", "psc", "scp", "PK", "JC"]),
        gap in select(vec!["", " ", "  "]),
        zeros in any::<bool>(),
    ) {
        let named = flexicheck::rules::sectors::committees_named();
        let code = named[pick.index(named.len())];
        let with_zeros = if zeros && !code.contains('.') { format!("{code}.00") } else { code.to_string() };
        let written = format!(" {prefix}{gap}{with_zeros} ");
        let plain = Scenario { sector: SectorAnswers { joint_committee: Some(code.into()), ..scenario.sector.clone() }, ..scenario.clone() };
        let form = Scenario { sector: SectorAnswers { joint_committee: Some(written.clone()), ..scenario.sector.clone() }, ..scenario };
        let (plain, form) = (assess(&plain).unwrap(), assess(&form).unwrap());
        prop_assert_eq!(serde_json::to_value(&form).unwrap(), serde_json::to_value(&plain).unwrap(), "{:?}", written);
    }

    /// Every amount, percentage, date and quarter an explanation states is the structured field or
    /// the answer it describes, in each language (a wrong figure in a sentence is a wrong answer).
    #[test]
    fn explanations_state_the_figures_they_describe(scenario in any_scenario()) {
        for language in Language::ALL {
            let scenario = Scenario { language: Some(language), ..scenario.clone() };
            let assessment = assess(&scenario).unwrap();
            if let Err(why) = figures_agree(&scenario, &assessment, language) {
                prop_assert!(false, "{}\n{:?}\n{:#?}", why, scenario, assessment.reasons);
            }
        }
    }

    /// A scenario survives the JSON round trip unchanged (the CLI, the embed API and URL state rely on it).
    #[test]
    fn scenarios_round_trip_through_json(scenario in any_scenario()) {
        let json = serde_json::to_string(&scenario).unwrap();
        prop_assert_eq!(serde_json::from_str::<Scenario>(&json).unwrap(), scenario);
    }
}

/// The quarters a text names, in words as the language writes them ("the 1st quarter of 2025"),
/// or as a code ("2025-Q1", which no explanation should use any more).
fn quarters_in(text: &str, l: Language) -> Vec<Quarter> {
    (2010..=2032).flat_map(|y| (1..=4).filter_map(move |n| Quarter::new(y, n))).filter(|q| text.contains(&words(*q, l)) || text.contains(&q.to_string())).collect()
}

/// A quarter as explanations write it.
fn words(q: Quarter, l: Language) -> String {
    l.the_quarter(q.first_day())
}

/// Checks, rule by rule, that each figure a sentence states is the one the assessment or the
/// scenario holds, computed here independently of the sentence.
fn figures_agree(scenario: &Scenario, a: &Assessment, l: Language) -> Result<(), String> {
    let day = parse_date(&scenario.work_date).unwrap();
    let t = a.quarter;
    if a.reference_quarter != t.minus(3) || t != Quarter::containing(day) {
        return Err(format!("quarters {t} / {} for {day}", a.reference_quarter));
    }
    let has = |text: &str, part: &str| if text.contains(part) { Ok(()) } else { Err(format!("\"{text}\" does not state {part:?}")) };
    let mut allowed = vec![t.plus(1), t, t.minus(1), t.minus(2), t.minus(3), t.minus(4), t.minus(5)];
    allowed.extend(a.earliest_eligible_quarter);
    let w = &scenario.worker;
    let e = &scenario.flexi_employer;
    for r in &a.reasons {
        let text = r.explanation.as_str();
        if quarters_in(text, Language::En).iter().any(|q| text.contains(&q.to_string())) {
            return Err(format!("{}: a quarter written as a code: {text}", r.rule));
        }
        for q in quarters_in(text, l) {
            if !allowed.contains(&q) {
                return Err(format!("{}: {q} is none of the quarters around {t}: {text}", r.rule));
            }
        }
        match r.rule {
            "system_start" | "rules_horizon" => has(text, &l.date(day))?,
            "sector_scope" if matches!(r.outcome, Outcome::Met | Outcome::NotMet) && !text.contains("T-2") => has(text, &l.date(day))?,
            "employment_t3" => {
                let reference = t.minus(3);
                for part in [words(reference, l), l.date(reference.first_day()), l.date(reference.last_day())] {
                    has(text, &part)?;
                }
                match w.employment_t3 {
                    Some(share) => {
                        has(text, &l.percent(share))?;
                        let met = share >= 0.8;
                        if met != (r.outcome == Outcome::Met) {
                            return Err(format!("employment_t3 {share} gave {:?}", r.outcome));
                        }
                    }
                    None if r.outcome != Outcome::Unknown => return Err(format!("employment_t3 unanswered gave {:?}", r.outcome)),
                    None => {}
                }
            }
            "pensioner_t2" if r.outcome == Outcome::Met => {
                let since = parse_date(w.pensioner_since.as_deref().unwrap_or_default()).map_err(|_| "a pensioner without a date".to_string())?;
                has(text, &l.date(since))?;
                has(text, &words(t.minus(2), l))?;
                has(text, &l.date(t.minus(2).last_day()))?;
                if since > t.minus(2).last_day() {
                    return Err(format!("pension from {since} is not before the end of T-2"));
                }
            }
            "pensioner_in_quarter" if r.outcome == Outcome::Met => {
                let since = parse_date(w.pensioner_since.as_deref().unwrap_or_default()).map_err(|_| "a pensioner without a date".to_string())?;
                has(text, &l.date(since))?;
                has(text, &words(t, l))?;
            }
            "work_reduction" if r.outcome == Outcome::NotMet => {
                // Full time in T-4 and 4/5 in T-3 block T and T+1; full time in T-5 and 4/5 in T-4 block T-1 and T.
                let from_t4 = w.employment_t4.is_some_and(|s| s >= 1.0) && w.employment_t3.is_some_and(|s| (0.8..1.0).contains(&s));
                let (part, share, next) = if from_t4 { (t.minus(3), w.employment_t3, t.plus(1)) } else { (t.minus(4), w.employment_t4, t) };
                has(text, &words(part, l))?;
                has(text, &l.percent(share.unwrap_or(0.0)))?;
                has(text, &words(next, l))?;
            }
            "same_employer_four_fifths" | "same_employer_any_contract" if e.other_contract_this_quarter.is_some_and(|o| o != OtherContract::None) => {
                has(text, &words(t, l))?
            }
            "notice_or_severance" => {
                if let (Some(true), Some(until)) = (e.notice_or_severance, e.notice_or_severance_until.as_deref()) {
                    let until = parse_date(until).unwrap();
                    has(text, &l.date(until))?;
                    if (until < day) != (r.outcome == Outcome::Met) {
                        return Err(format!("a notice until {until} gave {:?} on {day}", r.outcome));
                    }
                }
            }
            "tax_ceiling" => {
                let Some(ceiling) = &a.ceiling else { continue };
                has(text, &l.euro(ceiling.amount))?;
                has(text, &ceiling.year.to_string())?;
                if ceiling.year != day.year() {
                    return Err(format!("ceiling of {} for work in {}", ceiling.year, day.year()));
                }
                let income = w.flexi_income_this_year.as_deref().map(|i| Decimal::from_str(i).unwrap());
                let expected = income.map(|i| (ceiling.amount - i).max(Decimal::ZERO));
                if ceiling.remaining != expected {
                    return Err(format!("remaining {:?}, expected {expected:?}", ceiling.remaining));
                }
                if let Some(income) = income {
                    has(text, &l.euro(income))?;
                    if income <= ceiling.amount {
                        has(text, &l.euro(ceiling.amount - income))?;
                    }
                }
            }
            "early_pension_limit" => has(text, &day.year().to_string())?,
            _ => {}
        }
    }
    Ok(())
}

/// A tiny deterministic generator (xorshift64*), so the fuzz run is repeatable without extra crates.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        // Callers never pass an empty list.
        items[self.below(items.len())]
    }
}

/// Values that are absurd or of the wrong type, mixed into otherwise plausible documents.
const JUNK: &[&str] = &[
    "\"\"", "\"x\"", "-1", "1.5", "1e308", "-0", "true", "null", "[]", "{}", "\"12,5\"", "\"\\u0000\"", "\"é\"", "18446744073709551616",
    "\"9999-99-99\"", "\"1899-12-31\"",
];
const DATES: &[&str] = &["\"2015-11-30\"", "\"2015-12-01\"", "\"2017-12-31\"", "\"2018-01-01\"", "\"2023-12-31\"", "\"2024-01-01\"",
    "\"2024-03-31\"", "\"2024-04-01\"", "\"2024-07-01\"", "\"2025-02-28\"", "\"2025-02-29\"", "\"2026-07-01\"", "\"2027-05-05\"", "\"2200-12-31\""];
const SHARES: &[&str] = &["0", "0.5", "0.7999", "0.8", "0.9", "1", "1.0", "0.79999999999"];
const BOOLS: &[&str] = &["true", "false"];
const AMOUNTS: &[&str] = &["\"0\"", "\"12000\"", "\"18000.00\"", "\"18000.01\"", "\"999999999.99\"", "\"1.234\""];

/// The fields of each object and the pool of plausible values for each.
fn fields(object: &str) -> &'static [(&'static str, &'static [&'static str])] {
    match object {
        "sector" => &[
            ("joint_committee", &["\"302\"", "\"118.03\"", "\"PC 200\"", "\"322\"", "\"145.04\"", "\"320\"", "\"124\"", "\"3O2\""]),
            ("nace", &["\"90.011\"", "\"85531\"", "\"88910\"", "\"86220\"", "\"85201\""]),
            ("function", &["\"general\"", "\"artistic\"", "\"care_profession\"", "\"funeral_occasional\"", "\"lifeguard\"", "\"chef\""]),
            ("via_temp_agency", BOOLS),
            ("community", &["\"flemish\"", "\"french\"", "\"german_speaking\"", "\"walloon\""]),
        ],
        "worker" => &[
            ("pensioner_since", DATES),
            ("employment_t3", SHARES),
            ("employment_t4", SHARES),
            ("employment_t5", SHARES),
            ("foreign_employment_t3", BOOLS),
            ("flexi_income_this_year", AMOUNTS),
        ],
        "pay" => &[
            ("hourly_wage", &["\"12.0014\"", "12", "\"0\"", "\"9999.99\""]),
            ("hours_per_day", &["4", "5.5", "6", "8", "\"24\"", "0.25"]),
            ("worker_kind", &["\"manual\"", "\"white_collar\""]),
            ("flexi_hourly_wage", &["\"9.36\"", "\"30\""]),
            ("withholding_rate", &["0.3", "\"0.25\"", "1"]),
            ("extra_days_used", &["49", "50", "0"]),
            ("student_hours_used", &["649", "650", "\"12.5\""]),
            ("extra_hourly_forfait", &["\"10.08\""]),
        ],
        _ => &[
            ("other_contract_this_quarter", &["\"none\"", "\"below_four_fifths\"", "\"four_fifths_or_more\"", "\"some\""]),
            ("notice_or_severance", BOOLS),
            ("notice_or_severance_until", DATES),
            ("linked_company_contract", &["\"none\"", "\"four_fifths\"", "\"full_time\""]),
            ("agency_user_is_own_employer", BOOLS),
        ],
    }
}

/// One value for a field: usually from its pool, sometimes junk.
fn value(rng: &mut Rng, pool: &[&str]) -> String {
    if rng.below(12) == 0 { rng.pick(JUNK) } else { rng.pick(pool) }.to_string()
}

fn object(rng: &mut Rng, name: &str) -> String {
    let mut parts = Vec::new();
    for (i, (key, pool)) in fields(name).iter().enumerate() {
        // The pay object's first three fields are required: keep them, so the rules are reached.
        let required = name == "pay" && i < 3;
        if required || rng.below(2) == 0 {
            parts.push(format!("\"{key}\":{}", value(rng, pool)));
        }
    }
    if rng.below(40) == 0 {
        parts.push("\"unknown\":1".into());
    }
    format!("{{{}}}", parts.join(","))
}

/// One random input: a plausible scenario document, sometimes with bytes cut, flipped or inserted.
fn random_input(rng: &mut Rng) -> String {
    let mut parts = Vec::new();
    if rng.below(30) != 0 {
        parts.push(format!("\"work_date\":{}", value(rng, DATES)));
    }
    for name in ["sector", "worker", "flexi_employer", "pay"] {
        // Pay half the time: its invalid values should not hide the eligibility rules from the fuzzer.
        if rng.below(if name == "pay" { 2 } else { 4 }) != 0 {
            parts.push(format!("\"{name}\":{}", object(rng, name)));
        }
    }
    let text = format!("{{{}}}", parts.join(","));
    if rng.below(6) != 0 {
        return text;
    }
    let mut bytes = text.into_bytes();
    let at = rng.below(bytes.len());
    match rng.below(3) {
        0 => bytes.truncate(at),
        1 => bytes[at] = (rng.next() & 0xff) as u8,
        _ => bytes.insert(at, b"{}[]\",:\n"[rng.below(8)]),
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// A million random documents through the JSON decoder and `assess`: answers or clear errors, no panic.
#[test]
fn a_million_random_scenarios_never_panic() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut accepted, mut refused, mut compared) = (0u32, 0u32, 0u32);
    for _ in 0..1_000_000 {
        match assess_json(&random_input(&mut rng)) {
            Ok(json) => {
                assert!(json.contains("\"verdict\""));
                accepted += 1;
                compared += u32::from(json.contains("\"comparison\""));
            }
            Err(message) => {
                assert!(!message.is_empty() && !message.contains('\n'), "{message:?}");
                refused += 1;
            }
        }
    }
    // The generator must reach the rules, not only the parser.
    assert!(accepted > 150_000, "only {accepted} inputs were accepted ({refused} refused)");
    assert!(compared > 50_000, "only {compared} inputs reached the staffing comparison");
    assert!(refused > 100_000, "only {refused} inputs were refused: the junk does not reach the parser");
}
