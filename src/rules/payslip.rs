//! An ordinary job's payslip, one month at a time, 2024 to 2026: the personal social contribution,
//! the social and fiscal work bonus, the withholding tax by the key formula (Annex III of the royal
//! decree implementing the income tax code), the special social security contribution and the net.
//! One dated table per legal quantity, each with its sources; the steps follow the key formula's
//! numbered sections (see the comments) as two independent open calculators transcribe them.
//!
//! Scope: full-time monthly pay, individual taxation; the family as partner (none, with an income of
//! their own, without income = barème II) and dependent children. Before 2024 the key-formula
//! parameters are not in the sources: no payslip is computed. After the last published period the
//! last known parameters are used, with low confidence and a warning that says so.

use crate::rules::msg;
use super::dated::{in_force, ymd, Confidence, Dated, Validity};
use super::language::{say, Language};
use super::money::to_cents;
use super::sources::{self, SourceRef};
use super::staffing::WorkerKind;
use rust_decimal_macros::dec;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The worker's partner, as the key formula sees them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Partner {
    /// Single (a single parent when there are children).
    #[default]
    None,
    /// A partner with professional income of their own: barème I.
    WithIncome,
    /// A partner without income (or with a very small one): barème II, the marital quotient.
    WithoutIncome,
}

/// The most dependent children any input may give (the app, `net` and `assess` alike).
pub const MAX_CHILDREN: u32 = 30;

/// The family situation: partner and dependent children.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    #[serde(default)]
    pub partner: Partner,
    #[serde(default)]
    pub children: u32,
}

// ---------------------------------------------------------------------------------------------
// Parameters, one table per legal quantity.
// ---------------------------------------------------------------------------------------------

/// The key formula's yearly amounts (barème I and II).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyFormula {
    /// Lump-sum professional expenses: 30 % of the annual taxable pay, at most this.
    pub expenses_cap: Decimal,
    /// Upper limits of the first three brackets (26.75 %, 42.80 %, 48.15 %; then 53.50 %).
    pub brackets: [Decimal; 3],
    /// The tax on the tax-free sum (subtracted from the tax).
    pub tax_free_sum_tax: Decimal,
    /// Barème II: the marital quotient (30 %) is capped at this.
    pub marital_quotient_cap: Decimal,
    /// Yearly reductions for 1 to 8 dependent children, and for each child beyond 8.
    pub children: [Decimal; 8],
    pub each_child_beyond_8: Decimal,
    /// Yearly reduction for a single parent (no partner, dependent children).
    pub single_parent: Decimal,
}

const BRACKET_RATES: [Decimal; 4] = [dec!(0.2675), dec!(0.4280), dec!(0.4815), dec!(0.5350)];
const EXPENSES_RATE: Decimal = dec!(0.30);
const MARITAL_QUOTIENT_RATE: Decimal = dec!(0.30);

const S_KEY_FORMULA: &str = "Key formula for withholding tax (Annex III): SPF Finances [SPF-KEY]; transcribed with its section numbers by two independent open calculators that agree [WAGECALC] [SALARYSIM]";

pub const KEY_FORMULAS: &[Dated<KeyFormula>] = &[
    Dated {
        value: KeyFormula {
            expenses_cap: dec!(5750),
            brackets: [dec!(15830), dec!(27940), dec!(48350)],
            tax_free_sum_tax: dec!(2830.15),
            marital_quotient_cap: dec!(13060),
            children: [dec!(588), dec!(1572), dec!(4164), dec!(7212), dec!(10512), dec!(13812), dec!(17148), dec!(20808)],
            each_child_beyond_8: dec!(3660),
            single_parent: dec!(588),
        },
        validity: Validity::between(ymd(2024, 1, 1), ymd(2024, 12, 31)),
        source: "Key formula 2024 (Annex III as replaced by the royal decree of 11 Dec 2023): open calculator [SALARYSIM]; SPF Finances [SPF-KEY]",
        confidence: Confidence::High,
    },
    Dated {
        value: KeyFormula {
            expenses_cap: dec!(5930),
            brackets: [dec!(16310), dec!(28790), dec!(49820)],
            tax_free_sum_tax: dec!(2915.75),
            marital_quotient_cap: dec!(13460),
            children: [dec!(612), dec!(1608), dec!(4296), dec!(7428), dec!(10836), dec!(14232), dec!(17676), dec!(21444)],
            each_child_beyond_8: dec!(3780),
            single_parent: dec!(612),
        },
        validity: Validity::between(ymd(2025, 1, 1), ymd(2025, 12, 31)),
        source: "Key formula 2025 (royal decree of 12 Dec 2024, MB 18 Dec 2024): [SPF-KEY]; [WAGECALC] [SALARYSIM]",
        confidence: Confidence::High,
    },
    Dated {
        value: KeyFormula {
            expenses_cap: dec!(6070),
            brackets: [dec!(16710), dec!(29500), dec!(51050)],
            tax_free_sum_tax: dec!(2987.98),
            marital_quotient_cap: dec!(13790),
            children: [dec!(624), dec!(1656), dec!(4404), dec!(7620), dec!(11100), dec!(14592), dec!(18120), dec!(21996)],
            each_child_beyond_8: dec!(3864),
            single_parent: dec!(624),
        },
        validity: Validity::between(ymd(2026, 1, 1), ymd(2026, 12, 31)),
        source: S_KEY_FORMULA,
        confidence: Confidence::High,
    },
];

/// The social work bonus (volet A and B), reducing the personal contribution of low pay. Amounts per
/// month for a full-time worker; S is the monthly gross at 100 %.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum WorkBonus {
    /// Until 31 Mar 2024: one bonus, flat up to `from`, then down by `slope1` to `bend`, then by
    /// `slope2` (from `second_start`) to `to`. Employee and manual-worker amounts.
    Single { from: Decimal, bend: Decimal, to: Decimal, employee: (Decimal, Decimal, Decimal, Decimal), worker: (Decimal, Decimal, Decimal, Decimal) },
    /// From 1 Apr 2024: volet A (higher pay) and volet B (lower pay).
    TwoParts { a: BonusPart, b: BonusPart },
}

/// One part: the full amount up to `from`, then down linearly to zero at `to`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BonusPart {
    pub from: Decimal,
    pub to: Decimal,
    /// (maximum, slope) for an employee and for a manual worker.
    pub employee: (Decimal, Decimal),
    pub worker: (Decimal, Decimal),
}

const fn part(from: Decimal, to: Decimal, employee: (Decimal, Decimal), worker: (Decimal, Decimal)) -> BonusPart {
    BonusPart { from, to, employee, worker }
}

pub const WORK_BONUS: &[Dated<WorkBonus>] = &[
    Dated {
        value: WorkBonus::Single {
            from: dec!(2054.01),
            bend: dec!(2623.00),
            to: dec!(3144.45),
            employee: (dec!(267.42), dec!(0.2579), dec!(252.26), dec!(0.2313)),
            worker: (dec!(288.81), dec!(0.2786), dec!(272.44), dec!(0.2498)),
        },
        validity: Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)),
        source: "Work bonus from 1 Nov 2023: Group S [GROUPS-WB]",
        confidence: Confidence::High,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2723.36), dec!(3207.40), (dec!(118.22), dec!(0.2442)), (dec!(127.68), dec!(0.2638))),
            b: part(dec!(2132.59), dec!(2723.36), (dec!(159.43), dec!(0.2699)), (dec!(172.18), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2024, 4, 1), ymd(2025, 1, 31)),
        source: "Work bonus in two parts from 1 Apr 2024, indexed amounts of 2024: open calculator [SALARYSIM] (the date of the 2024 indexation is not in the sources; the amounts before it were about 2 % lower)",
        confidence: Confidence::Medium,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2777.83), dec!(3271.48), (dec!(120.59), dec!(0.2443)), (dec!(130.24), dec!(0.2638))),
            b: part(dec!(2175.25), dec!(2777.83), (dec!(162.62), dec!(0.2699)), (dec!(175.63), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2025, 2, 1), ymd(2025, 12, 31)),
        source: "Work bonus from 1 Feb 2025: Easypay [EASYPAY-WB]; [WAGECALC] [SALARYSIM]",
        confidence: Confidence::High,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2833.36), dec!(3271.48), (dec!(123.00), dec!(0.2807)), (dec!(132.84), dec!(0.3032))),
            b: part(dec!(2218.73), dec!(2833.36), (dec!(165.87), dec!(0.2699)), (dec!(179.14), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2026, 1, 1), ymd(2026, 2, 28)),
        source: "Work bonus from 1 Jan 2026 (indexed after the December 2025 pivot): open calculator [SALARYSIM]",
        confidence: Confidence::Medium,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2833.36), dec!(3336.98), (dec!(123.00), dec!(0.2442)), (dec!(132.84), dec!(0.2638))),
            b: part(dec!(2218.73), dec!(2833.36), (dec!(165.87), dec!(0.2699)), (dec!(179.14), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2026, 3, 1), ymd(2026, 3, 31)),
        source: "Work bonus from 1 Mar 2026 (part A extended to €3,336.98): open calculator [SALARYSIM]",
        confidence: Confidence::Low,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2880.32), dec!(3336.98), (dec!(125.04), dec!(0.2738)), (dec!(135.04), dec!(0.2957))),
            b: part(dec!(2255.50), dec!(2880.32), (dec!(168.62), dec!(0.2699)), (dec!(182.11), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2026, 4, 1), ymd(2026, 6, 30)),
        source: "Work bonus from 1 Apr 2026 (minimum wage +€35.70): Partena, 2 Apr 2026 [PARTENA-WB-2026]; Securex [SECUREX-WB]; RSZ/ONSS instructions 2026/1; the same figures in an open calculator [SALARYSIM]",
        confidence: Confidence::High,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2937.93), dec!(3336.98), (dec!(127.54), dec!(0.3196)), (dec!(137.74), dec!(0.3452))),
            b: part(dec!(2300.62), dec!(2937.93), (dec!(171.99), dec!(0.2699)), (dec!(185.75), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2026, 7, 1), ymd(2026, 8, 31)),
        source: "Work bonus from 1 Jul 2026: RSZ/ONSS instructions 2026/3 as transcribed by an open calculator [WAGECALC]; the manual-worker amounts are the employee amounts × 1.08, the rule every published pair follows",
        confidence: Confidence::Medium,
    },
    Dated {
        value: WorkBonus::TwoParts {
            a: part(dec!(2937.93), dec!(3403.62), (dec!(127.54), dec!(0.2739)), (dec!(137.74), dec!(0.2958))),
            b: part(dec!(2300.62), dec!(2937.93), (dec!(171.99), dec!(0.2699)), (dec!(185.75), dec!(0.2915))),
        },
        validity: Validity::between(ymd(2026, 9, 1), ymd(2026, 12, 31)),
        source: "Work bonus from 1 Sep 2026 (part A extended to €3,403.62): RSZ/ONSS instructions 2026/3 as transcribed by an open calculator [WAGECALC]; manual-worker amounts × 1.08",
        confidence: Confidence::Medium,
    },
];

/// The fiscal work bonus: a share of each part of the social bonus comes off the withholding.
pub const FISCAL_WORK_BONUS: &[Dated<(Decimal, Decimal)>] = &[
    Dated {
        value: (dec!(0.3314), dec!(0.3314)),
        validity: Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)),
        source: "Fiscal work bonus 33.14 % of the social bonus: [SALARYSIM]; Group S [GROUPS-WB]",
        confidence: Confidence::High,
    },
    Dated {
        value: (dec!(0.3314), dec!(0.5254)),
        validity: Validity::from(ymd(2024, 4, 1)),
        source: "Fiscal work bonus 33.14 % of part A and 52.54 % of part B: royal decree of 11 Mar 2024 (MB 19 Mar 2024) [AR-2024-03-11]",
        confidence: Confidence::High,
    },
];

const PERSONAL_CONTRIBUTION: Decimal = dec!(0.1307);
const MANUAL_BASE: Decimal = dec!(1.08);
pub const S_PERSONAL: &str = "Personal social contribution 13.07 %, on 108 % of the wage for manual workers: Centen voor studenten [CENTEN]; University of Antwerp [UANTWERPEN]; Acerta 2019 [ACERTA-2019]";
pub const S_BBSZ: &str = "Special social security contribution, monthly, by household (single, couple with one income, couple with two incomes): RSZ/ONSS instructions [RSZ-BBSZ]; [WAGECALC] [SALARYSIM]";

/// The special social security contribution per month on the social-security base R, by household
/// (the scales are quarterly amounts divided by three). Each scale: (up to R, fixed amount, rate on
/// the part above the previous limit, minimum); then the maximum.
type Scale = (&'static [(Decimal, Decimal, Decimal, Decimal)], Decimal);

/// A single person (and a household where only the partner's income counts as a second one).
const BBSZ_SINGLE: Scale = (
    &[
        (dec!(1945.38), dec!(0), dec!(0), dec!(0)),
        (dec!(2190.18), dec!(0), dec!(0.0422), dec!(0)),
        (dec!(3737.00), dec!(10.33), dec!(0.0110), dec!(0)),
        (dec!(4100.00), dec!(27.35), dec!(0.0338), dec!(0)),
        (dec!(6038.82), dec!(39.61), dec!(0.0110), dec!(0)),
    ],
    dec!(60.94),
);
/// A couple with one income (the partner has none).
const BBSZ_ONE_INCOME: Scale = (
    &[(dec!(1945.38), dec!(0), dec!(0), dec!(0)), (dec!(2190.18), dec!(0), dec!(0.0590), dec!(0))],
    dec!(60.94),
);
/// A couple with two incomes.
const BBSZ_TWO_INCOMES: Scale = (
    &[
        (dec!(1095.10), dec!(0), dec!(0), dec!(0)),
        (dec!(1945.38), dec!(5.15), dec!(0), dec!(0)),
        (dec!(2190.18), dec!(0), dec!(0.0590), dec!(5.15)),
    ],
    dec!(51.64),
);
/// Above the last limit of the couples' scales: €14.44 plus 1.10 % of the part above €2,190.18, up
/// to the maximum.
const BBSZ_COUPLE_ABOVE: (Decimal, Decimal, Decimal) = (dec!(2190.18), dec!(14.44), dec!(0.0110));

// ---------------------------------------------------------------------------------------------
// The computation.// ---------------------------------------------------------------------------------------------
// The computation.
// ---------------------------------------------------------------------------------------------

/// One line of the payslip.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PayslipComponent {
    /// "social_contribution", "work_bonus", "withholding", "special_social_contribution".
    pub name: &'static str,
    /// Euros per month (a bonus as a positive amount).
    pub amount: Decimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub base: Option<Decimal>,
    pub explanation: String,
    pub source: String,
    pub sources: Vec<SourceRef>,
    pub valid_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    pub confidence: Confidence,
}

/// A month's payslip: amounts in euros per month.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Payslip {
    pub monthly_gross: Decimal,
    pub social_contribution: Decimal,
    pub work_bonus: Decimal,
    pub taxable: Decimal,
    pub withholding: Decimal,
    pub special_social_contribution: Decimal,
    pub net: Decimal,
    /// The part of the work bonus that comes off the withholding (before the floor at zero).
    pub fiscal_work_bonus: Decimal,
    pub components: Vec<PayslipComponent>,
    pub confidence: Confidence,
    /// What the figures assume beyond the sources (the last known parameters reused, say).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// Why no payslip can be computed for a date.
#[derive(Debug, Clone, PartialEq)]
pub struct NoParameters(pub String);

/// Half-up to the cent, as the key formula rounds every intermediate amount (section 3).
fn cent(x: Decimal) -> Decimal {
    to_cents(x)
}

/// The tax on a yearly amount by the brackets (section 8).
fn bracket_tax(k: &KeyFormula, income: Decimal) -> Decimal {
    let mut tax = Decimal::ZERO;
    let mut lower = Decimal::ZERO;
    for (i, rate) in BRACKET_RATES.iter().enumerate() {
        let upper = k.brackets.get(i).copied();
        let top = upper.map_or(income, |u| income.min(u));
        if top > lower {
            tax += (top - lower) * rate;
        }
        match upper {
            Some(u) if income > u => lower = u,
            _ => break,
        }
    }
    cent(tax)
}

/// The yearly reduction for dependent children (section 13).
fn children_reduction(k: &KeyFormula, children: u32) -> Decimal {
    match children {
        0 => Decimal::ZERO,
        1..=8 => k.children[children as usize - 1],
        more => k.children[7] + k.each_child_beyond_8 * Decimal::from(more - 8),
    }
}

/// The parameters in force on `date`, or the last known ones (with a warning) after them.
fn in_force_or_last<T>(table: &'static [Dated<T>], date: NaiveDate) -> Option<(&'static Dated<T>, bool)> {
    in_force(table, date).map(|d| (d, false)).or_else(|| {
        let last = table.last()?;
        (last.validity.until.is_some_and(|u| date > u)).then_some((last, true))
    })
}

/// The social work bonus (A, B) for a monthly gross `s`, before the cap.
fn social_bonus(table: &WorkBonus, kind: WorkerKind, s: Decimal) -> (Decimal, Decimal) {
    let manual = kind == WorkerKind::Manual;
    let linear = |p: &BonusPart| {
        let (max, slope) = if manual { p.worker } else { p.employee };
        if s <= p.from {
            max
        } else if s <= p.to {
            cent((max - slope * (s - p.from)).max(Decimal::ZERO))
        } else {
            Decimal::ZERO
        }
    };
    match table {
        WorkBonus::TwoParts { a, b } => (linear(a), linear(b)),
        WorkBonus::Single { from, bend, to, employee, worker } => {
            let (max, slope1, second_start, slope2) = if manual { *worker } else { *employee };
            let bonus = if s <= *from {
                max
            } else if s <= *bend {
                max - slope1 * (s - from)
            } else if s <= *to {
                second_start - slope2 * (s - from)
            } else {
                Decimal::ZERO
            };
            (cent(bonus.max(Decimal::ZERO)), Decimal::ZERO)
        }
    }
}

/// The special social security contribution for a month, on the social-security base.
pub fn special_contribution(base: Decimal, partner: Partner) -> Decimal {
    let (scale, maximum) = match partner {
        Partner::None => BBSZ_SINGLE,
        Partner::WithoutIncome => BBSZ_ONE_INCOME,
        Partner::WithIncome => BBSZ_TWO_INCOMES,
    };
    let mut lower = Decimal::ZERO;
    for (upper, fixed, rate, minimum) in scale {
        if base <= *upper {
            return cent((fixed + rate * (base - lower).max(Decimal::ZERO)).max(*minimum));
        }
        lower = *upper;
    }
    let amount = match partner {
        Partner::None => return maximum,
        _ => BBSZ_COUPLE_ABOVE.1 + BBSZ_COUPLE_ABOVE.2 * (base - BBSZ_COUPLE_ABOVE.0),
    };
    cent(amount.min(maximum))
}

/// The key formula's monthly tax on a monthly taxable pay, before the fiscal work bonus: annual
/// taxable (section 7), lump-sum expenses (8,1°), the brackets (8), the tax-free sum (11a), family
/// reductions (13–15), one twelfth (16).
fn key_formula_tax(k: &KeyFormula, taxable: Decimal, family: Family) -> Decimal {
    let annual = taxable * Decimal::from(12);
    let expenses = cent(annual * EXPENSES_RATE).min(k.expenses_cap);
    let net_taxable = annual - expenses;
    let base_tax = match family.partner {
        Partner::WithoutIncome => {
            // The marital quotient: 30 % of the income is taxed as the partner's, each part with
            // its own tax-free sum (section 10).
            let quotient = cent(net_taxable * MARITAL_QUOTIENT_RATE).min(k.marital_quotient_cap);
            (bracket_tax(k, net_taxable - quotient) + bracket_tax(k, quotient) - k.tax_free_sum_tax * Decimal::TWO).max(Decimal::ZERO)
        }
        Partner::None | Partner::WithIncome => (bracket_tax(k, net_taxable) - k.tax_free_sum_tax).max(Decimal::ZERO),
    };
    let single_parent = if family.partner == Partner::None && family.children > 0 { k.single_parent } else { Decimal::ZERO };
    let reductions = children_reduction(k, family.children) + single_parent;
    cent((base_tax - reductions).max(Decimal::ZERO) / Decimal::from(12))
}

/// The monthly tax on `taxable` by the key formula in force on `date` (or the last known one).
pub fn monthly_tax(date: NaiveDate, taxable: Decimal, family: Family) -> Option<Decimal> {
    in_force_or_last(KEY_FORMULAS, date).map(|(k, _)| key_formula_tax(&k.value, taxable, family))
}

/// The personal income tax's own tax-free sum by income year, where the law sets it apart from the
/// withholding's (the reform law of 15 July 2026 raised it for income 2026; the withholding key
/// formula of 2026 keeps €11,170, and no amended formula was published: pay-law-2026-h2-2027.md 1.1–1.5).
pub const TAX_FREE_SUM: &[Dated<Decimal>] = &[Dated {
    value: dec!(11550),
    validity: Validity::between(ymd(2026, 1, 1), ymd(2026, 12, 31)),
    source: "€11,550 for income 2026 (€11,180 before the reform): personal income tax reform, law of 15 Jul 2026 (MB 29 Jul 2026), as a tax-policy model's parameters read it [POLICYENGINE-PIT] and as a payroll app citing Practicali gives it [HAVEN-WERKUREN]; the tax administration's own page still showed €11,180 in October 2026",
    confidence: Confidence::Medium,
}];

/// The yearly tax estimate (`monthly_tax` × 12 in effect) with the income year's own tax-free sum where
/// the law set one apart from the withholding's: what the year's tax return will, roughly, charge.
pub fn monthly_tax_for_the_year(date: NaiveDate, taxable: Decimal, family: Family) -> Option<(Decimal, Option<&'static Dated<Decimal>>)> {
    let (k, _) = in_force_or_last(KEY_FORMULAS, date)?;
    match in_force(TAX_FREE_SUM, date) {
        Some(sum) => {
            // The tax on the tax-free sum at the first bracket's rate, as the key formula's own
            // €2,987.98 is €11,170 × 26.75 %.
            let yearly = KeyFormula { tax_free_sum_tax: cent(sum.value * BRACKET_RATES[0]), ..k.value };
            Some((key_formula_tax(&yearly, taxable, family), Some(sum)))
        }
        None => Some((key_formula_tax(&k.value, taxable, family), None)),
    }
}

/// The payslip of one month of full-time ordinary pay.
pub fn payslip(date: NaiveDate, monthly_gross: Decimal, kind: WorkerKind, family: Family, l: Language) -> Result<Payslip, NoParameters> {
    part_time_payslip(date, monthly_gross, kind, family, Decimal::ONE, l)
}

/// The same for part-time work: `fraction` of a full-time job (0.5 for half time). The work bonus is
/// read at the full-time equivalent of the pay and scaled down by the fraction (RSZ's rule).
pub fn part_time_payslip(date: NaiveDate, monthly_gross: Decimal, kind: WorkerKind, family: Family, fraction: Decimal, l: Language) -> Result<Payslip, NoParameters> {
    let fraction = fraction.clamp(Decimal::new(1, 2), Decimal::ONE);
    let year = date.year();
    let (key, key_reused) = in_force_or_last(KEY_FORMULAS, date).ok_or_else(|| {
        NoParameters(say!(l,
            msg::PAYSLIP_THE_KEY_FORMULA_S_PARAMETERS, year))
    })?;
    let (bonus_table, bonus_reused) = in_force_or_last(WORK_BONUS, date).ok_or_else(|| NoParameters(String::from("no work bonus for this date")))?;
    let (fiscal, _) = in_force_or_last(FISCAL_WORK_BONUS, date).ok_or_else(|| NoParameters(String::from("no fiscal work bonus for this date")))?;
    let k = key.value;
    let manual = kind == WorkerKind::Manual;
    let gross = cent(monthly_gross);

    // Social security: 13.07 % of the base (108 % of the wage for a manual worker).
    let ss_base = if manual { cent(gross * MANUAL_BASE) } else { gross };
    let contribution = cent(ss_base * PERSONAL_CONTRIBUTION);
    // The work bonus is at most the contribution: part B is cut first, then part A.
    let (mut a, mut b) = social_bonus(&bonus_table.value, kind, cent(gross / fraction));
    if fraction < Decimal::ONE {
        (a, b) = (cent(a * fraction), cent(b * fraction));
    }
    if a + b > contribution {
        b = (contribution - a).max(Decimal::ZERO);
        a = a.min(contribution);
    }
    let bonus = a + b;
    let taxable = gross - (contribution - bonus);

    let monthly_tax = key_formula_tax(&k, taxable, family);
    let fiscal_bonus = cent(a * fiscal.value.0) + cent(b * fiscal.value.1);
    let withholding = (monthly_tax - fiscal_bonus).max(Decimal::ZERO);

    let special = special_contribution(ss_base, family.partner);
    let net = taxable - withholding - special;

    // The lines, each with its rate, base, period and sources.
    let line = |name: &'static str, amount: Decimal, rate: Option<Decimal>, base: Option<Decimal>, explanation: String, validity: Validity, source: &'static str, confidence: Confidence| {
        PayslipComponent { name, amount, rate, base, explanation, source: sources::words_in(source, l), sources: sources::refs(source, l), valid_from: validity.from, valid_until: validity.until, confidence }
    };
    let always = Validity::from(ymd(2024, 1, 1));
    let (amount_ss, amount_bonus, amount_tax, amount_bbsz) = (l.amount(contribution), l.amount(bonus), l.amount(withholding), l.amount(special));
    let on_base = if manual {
        say!(l, msg::PAYSLIP_13_07_OF_108_OF, amount_ss)
    } else {
        say!(l, msg::PAYSLIP_13_07_OF_THE_GROSS, amount_ss)
    };
    let mut confidence = key.confidence.min(bonus_table.confidence).min(fiscal.confidence);
    let mut warnings = Vec::new();
    if key_reused || bonus_reused {
        confidence = Confidence::Low;
        warnings.push(say!(l,
            msg::PAYSLIP_THE_PARAMETERS_AFTER_2026_ARE));
    }
    let components = vec![
        line("social_contribution", contribution, Some(PERSONAL_CONTRIBUTION), Some(ss_base), on_base, always, S_PERSONAL, Confidence::High),
        line("work_bonus", bonus, None, Some(gross), say!(l,
            msg::PAYSLIP_SOCIAL_WORK_BONUS_FOR_LOW, amount_bonus),
            bonus_table.validity, bonus_table.source, bonus_table.confidence),
        line("withholding", withholding, None, Some(taxable), say!(l,
            msg::PAYSLIP_WITHHOLDING_TAX_BY_THE_KEY, amount_tax),
            key.validity, key.source, key.confidence),
        line("special_social_contribution", special, None, Some(ss_base), say!(l,
            msg::PAYSLIP_SPECIAL_SOCIAL_SECURITY_CONTRIBUTION_AMOUNT, amount_bbsz),
            always, S_BBSZ, Confidence::High),
    ];
    Ok(Payslip { monthly_gross: gross, social_contribution: contribution, work_bonus: bonus, taxable, withholding, special_social_contribution: special, net, fiscal_work_bonus: fiscal_bonus, components, confidence, warnings })
}

// ---------------------------------------------------------------------------------------------
// The public `net` contract (CLI `flexicheck-cli net` and the embed module's `net`).
// ---------------------------------------------------------------------------------------------

/// `{ "date", "monthly_gross", "worker_kind", "family": { "partner", "children" } }`; every field is
/// read as text first so a wrong one is refused by its name.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetRequest {
    pub date: Option<String>,
    pub monthly_gross: Option<super::contract::Number>,
    pub worker_kind: Option<String>,
    #[serde(default)]
    pub family: Option<FamilyRequest>,
    #[serde(default)]
    pub language: Option<Language>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FamilyRequest {
    pub partner: Option<String>,
    pub children: Option<super::contract::Number>,
}

/// A field that is missing or wrong, and why (one line).
#[derive(Debug, Clone, PartialEq)]
pub struct NetError {
    pub field: &'static str,
    pub message: String,
}

impl std::fmt::Display for NetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl NetRequest {
    /// The family as the request gives it (single without children when not given).
    pub fn family(&self) -> Result<Family, NetError> {
        let err = |field: &'static str, message: &str| NetError { field, message: message.to_string() };
        let mut family = Family::default();
        if let Some(f) = &self.family {
            family.partner = match f.partner.as_deref() {
                None | Some("none") => Partner::None,
                Some("with_income") => Partner::WithIncome,
                Some("without_income") => Partner::WithoutIncome,
                Some(_) => return Err(err("family.partner", "\"none\", \"with_income\" or \"without_income\"")),
            };
            if let Some(children) = &f.children {
                family.children = super::contract::parse_decimal(children.0.trim(), 0)
                    .filter(|c| *c <= Decimal::from(MAX_CHILDREN))
                    .and_then(|c| c.to_string().parse().ok())
                    .ok_or_else(|| err("family.children", "a whole number of dependent children from 0 to 30"))?;
            }
        }
        Ok(family)
    }

    /// Checks every field and computes the payslip.
    pub fn payslip(&self) -> Result<Payslip, NetError> {
        let err = |field: &'static str, message: &str| NetError { field, message: message.to_string() };
        let date = self.date.as_deref().ok_or_else(|| err("date", "required, as YYYY-MM-DD"))?;
        let date = super::quarter::parse_date(date).map_err(|e| NetError { field: "date", message: e.0 })?;
        let gross = self.monthly_gross.as_ref().ok_or_else(|| err("monthly_gross", "required: the gross pay of a month in euros"))?;
        let gross = super::contract::parse_decimal(gross.0.trim(), 2)
            .filter(|g| *g <= Decimal::from(100_000))
            .ok_or_else(|| err("monthly_gross", "a monthly amount in euros from 0 to 100,000, with at most two decimals"))?;
        let kind = match self.worker_kind.as_deref() {
            Some("white_collar") => WorkerKind::WhiteCollar,
            Some("manual") => WorkerKind::Manual,
            Some(_) => return Err(err("worker_kind", "\"white_collar\" or \"manual\"")),
            None => return Err(err("worker_kind", "required: \"white_collar\" or \"manual\"")),
        };
        let family = self.family()?;
        let language = self.language.unwrap_or_default();
        payslip(date, gross, kind, family, language).map_err(|NoParameters(message)| NetError { field: "date", message })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn net(date: NaiveDate, gross: i64, kind: WorkerKind, family: Family) -> Payslip {
        payslip(date, Decimal::from(gross), kind, family, Language::En).unwrap()
    }

    #[test]
    fn the_worked_example_of_january_2026() {
        // An employee at €3,000 in January 2026, single: each step as the key formula computes it.
        let p = net(ymd(2026, 1, 15), 3000, WorkerKind::WhiteCollar, Family::default());
        assert_eq!(p.social_contribution, dec!(392.10));
        assert_eq!(p.work_bonus, dec!(76.22));
        assert_eq!(p.taxable, dec!(2684.12));
        assert_eq!(p.withholding, dec!(434.55));
        assert_eq!(p.special_social_contribution, dec!(19.24));
        assert_eq!(p.net, dec!(2230.33));
    }

    #[test]
    fn no_payslip_before_2024_and_a_warning_after_2026() {
        assert!(payslip(ymd(2023, 12, 31), Decimal::from(3000), WorkerKind::Manual, Family::default(), Language::En).is_err());
        let later = net(ymd(2027, 2, 1), 3000, WorkerKind::WhiteCollar, Family::default());
        assert_eq!(later.confidence, Confidence::Low);
        assert!(!later.warnings.is_empty());
    }

    #[test]
    fn each_child_beyond_the_eighth_adds_the_same_reduction() {
        // Section 13: the table stops at eight children; each further child adds a fixed amount.
        for k in KEY_FORMULAS.iter().map(|d| &d.value) {
            assert_eq!(children_reduction(k, 8), k.children[7]);
            assert_eq!(children_reduction(k, 9), k.children[7] + k.each_child_beyond_8);
            assert_eq!(children_reduction(k, 11), k.children[7] + k.each_child_beyond_8 * Decimal::from(3));
        }
    }

    #[test]
    fn the_single_work_bonus_of_early_2024_follows_its_published_formula() {
        // Group S, "Werkbonus op 1 november 2023": ≤ 2,054.01: 267.42; ≤ 2,623.00: 267.42 − 0.2579 (S − 2,054.01);
        // ≤ 3,144.45: 252.26 − 0.2313 (S − 2,054.01); manual workers 288.81 / 0.2786 and 272.44 / 0.2498.
        let table = &in_force(WORK_BONUS, ymd(2024, 2, 15)).unwrap().value;
        let bonus = |kind, s: i64| social_bonus(table, kind, Decimal::from(s)).0;
        let white = WorkerKind::WhiteCollar;
        assert_eq!(bonus(white, 2000), dec!(267.42));
        assert_eq!(bonus(white, 2500), dec!(152.40)); // 267.42 − 0.2579 × 445.99 = 152.399…
        assert_eq!(bonus(white, 2623), dec!(120.68)); // 267.42 − 0.2579 × 568.99 = 120.677…
        assert_eq!(bonus(white, 3000), dec!(33.45)); // 252.26 − 0.2313 × 945.99 = 33.452…
        assert_eq!(bonus(white, 3145), Decimal::ZERO);
        assert_eq!(bonus(WorkerKind::Manual, 2500), dec!(164.56)); // 288.81 − 0.2786 × 445.99 = 164.557…
        assert_eq!(bonus(WorkerKind::Manual, 3000), dec!(36.13)); // 272.44 − 0.2498 × 945.99 = 36.133…
    }

    #[test]
    fn part_time_reads_the_bonus_at_the_full_time_pay_and_scales_it() {
        // Half of €3,000 at half time: the bonus of €3,000 (76.22, the worked example) halved.
        let half = part_time_payslip(ymd(2026, 1, 15), Decimal::from(1500), WorkerKind::WhiteCollar, Family::default(), dec!(0.5), Language::En).unwrap();
        assert_eq!(half.work_bonus, dec!(38.11));
        // A fraction above one is a full time: the bonus at the pay itself, unscaled.
        let over = part_time_payslip(ymd(2026, 1, 15), Decimal::from(3000), WorkerKind::WhiteCollar, Family::default(), dec!(1.2), Language::En).unwrap();
        assert_eq!(over.work_bonus, dec!(76.22));
        // The same tax as the payslip's own, for any family.
        assert_eq!(monthly_tax(ymd(2026, 1, 15), dec!(2684.12), Family::default()), Some(dec!(434.55) + net(ymd(2026, 1, 15), 3000, WorkerKind::WhiteCollar, Family::default()).fiscal_work_bonus));
        assert_eq!(monthly_tax(ymd(2023, 6, 1), dec!(2684.12), Family::default()), None);
    }

    #[test]
    fn the_bonus_never_exceeds_the_contribution() {
        let p = net(ymd(2026, 1, 15), 300, WorkerKind::Manual, Family::default());
        assert!(p.work_bonus <= p.social_contribution);
    }

    #[test]
    fn the_yearly_estimate_uses_the_income_years_own_tax_free_sum() {
        // Income 2026: €11,550 (reform) instead of the key formula's €11,170: €101.65 a year less tax
        // (380 × 26.75 %), about €8.47 a month, for a pay above the tax-free sum.
        let day = ymd(2026, 6, 15);
        let withholding = monthly_tax(day, dec!(2684.12), Family::default()).unwrap();
        let (yearly, sum) = monthly_tax_for_the_year(day, dec!(2684.12), Family::default()).unwrap();
        assert_eq!(sum.map(|s| s.value), Some(dec!(11550)));
        assert!((withholding - yearly - dec!(8.47)).abs() <= dec!(0.01), "{withholding} - {yearly}");
        // 2025: no income-year sum apart from the key formula's.
        let d2025 = ymd(2025, 6, 15);
        assert_eq!(monthly_tax_for_the_year(d2025, dec!(2684.12), Family::default()).unwrap(), (monthly_tax(d2025, dec!(2684.12), Family::default()).unwrap(), None));
    }
}
