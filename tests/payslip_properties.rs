//! Properties of the ordinary payslip (the key formula, the work bonus, the special contribution).
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::rules::dated::ymd;
use flexicheck::rules::payslip::{payslip, Family, Partner, Payslip};
use flexicheck::rules::staffing::WorkerKind;
use flexicheck::rules::Language;
use proptest::prelude::*;
use proptest::sample::select;
use rust_decimal::Decimal;

/// The number of cases per property: `FLEXICHECK_PROPTEST_CASES` lowers it for mutation testing.
fn cases(default: u32) -> u32 {
    std::env::var("FLEXICHECK_PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(default)
}

fn slip(day: (i32, u32, u32), cents: i64, kind: WorkerKind, family: Family) -> Payslip {
    payslip(ymd(day.0, day.1, day.2), Decimal::new(cents, 2), kind, family, Language::En).unwrap()
}

fn any_day() -> impl Strategy<Value = (i32, u32, u32)> {
    (2024i32..=2027, 1u32..=12, 1u32..=28)
}

fn any_family() -> impl Strategy<Value = Family> {
    (select(vec![Partner::None, Partner::WithIncome, Partner::WithoutIncome]), 0u32..=10).prop_map(|(partner, children)| Family { partner, children })
}

fn any_kind() -> impl Strategy<Value = WorkerKind> {
    select(vec![WorkerKind::Manual, WorkerKind::WhiteCollar])
}

/// What a scan of every cent from €0 to €12,000 (2024 to 2026, both kinds, every partner) found:
/// the net moves with the gross, give or take up to 4 cents where several amounts are each rounded
/// to the cent (the work bonus's phase-out, its end in early 2024), except at one step of the
/// official scale: the special social security contribution of a couple with two incomes starts at
/// €5.15 a month above a base of €1,095.10 (€1,013.99 gross for a manual worker).
const ROUNDING: Decimal = Decimal::from_parts(4, 0, 0, false, 2);
const TWO_INCOMES_STEP: (i64, i64) = (109_510, 109_511);

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases(20_000)))]

    /// Around the edges too: gross pay near each work-bonus limit and scale step of 2024–2026.
    #[test]
    fn a_cent_more_gross_never_lowers_the_net_near_the_edges(day in any_day(), edge in select(vec![101_398i64, 109_510, 194_538, 205_401, 213_259, 217_525, 219_018, 221_873, 225_550, 230_062, 262_300, 272_336, 277_783, 283_336, 288_032, 293_793, 314_445, 320_740, 327_148, 333_698, 340_362, 373_700, 410_000, 603_882]), offset in -300i64..300, kind in any_kind(), family in any_family()) {
        let cents = edge + offset;
        let (low, high) = (slip(day, cents, kind, family), slip(day, cents + 1, kind, family));
        let step = high.special_social_contribution - low.special_social_contribution >= Decimal::from(5);
        prop_assert!(step || high.net >= low.net - ROUNDING, "{} → {}: net {} → {}", low.monthly_gross, high.monthly_gross, low.net, high.net);
    }

    #[test]
    fn withholding_is_never_negative_and_net_never_exceeds_gross(day in any_day(), cents in 0i64..3_000_000, kind in any_kind(), family in any_family()) {
        let p = slip(day, cents, kind, family);
        prop_assert!(p.withholding >= Decimal::ZERO);
        prop_assert!(p.special_social_contribution >= Decimal::ZERO);
        prop_assert!(p.work_bonus <= p.social_contribution);
        prop_assert!(p.net <= p.monthly_gross, "{:?}", p);
        prop_assert_eq!(p.net, p.taxable - p.withholding - p.special_social_contribution);
    }

    #[test]
    fn a_cent_more_gross_never_lowers_the_net(day in any_day(), cents in 100_000i64..2_000_000, kind in any_kind(), family in any_family()) {
        let (low, high) = (slip(day, cents, kind, family), slip(day, cents + 1, kind, family));
        let step = high.special_social_contribution - low.special_social_contribution >= Decimal::from(5);
        if !step {
            prop_assert!(high.net >= low.net - ROUNDING, "{} → {}: net {} → {}", low.monthly_gross, high.monthly_gross, low.net, high.net);
        }
    }

    #[test]
    fn another_child_never_raises_the_withholding(day in any_day(), cents in 0i64..2_000_000, kind in any_kind(), family in any_family()) {
        let more = Family { children: family.children + 1, ..family };
        prop_assert!(slip(day, cents, kind, more).withholding <= slip(day, cents, kind, family).withholding);
    }
}

#[test]
fn the_two_incomes_step_is_where_the_scale_puts_it() {
    let family = Family { partner: Partner::WithIncome, children: 0 };
    let (below, above) = (slip((2026, 1, 15), TWO_INCOMES_STEP.0, WorkerKind::WhiteCollar, family), slip((2026, 1, 15), TWO_INCOMES_STEP.1, WorkerKind::WhiteCollar, family));
    assert!(above.net < below.net - Decimal::from(5), "the only place the net falls by more than rounding");
    assert_eq!((below.special_social_contribution, above.special_social_contribution), (Decimal::ZERO, Decimal::new(515, 2)));
}
