//! Staffing a peak: what an hour and a shift cost the employer and bring the worker, as a flexi-job,
//! an occasional horeca worker ("extra"), a student, or an ordinary employee
//! (`../shared/reference/staffing-costs.md`). The method is the one that reproduces Acerta's table of
//! 5 June 2019 figure for figure (staffing-costs.md §7.2).
//!
//! Rounding rule: full precision inside; per-hour amounts are given to 4 decimals (as sector wage
//! scales are), per-shift amounts to the cent, both rounded half away from zero.

use crate::rules::msg;
use super::dated::{in_force, ymd, Confidence, Dated, Validity};
use super::language::{say, Language, Tr};
use super::sectors::SYSTEM_START;
use super::sources::{self, SourceRef};
use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
// Amounts written as a reader writes them (`dec!(2054.01)`), so a payroll expert reads the figures in a diff.
use rust_decimal_macros::dec;
use serde::{Deserialize, Serialize};

/// A decimal known at compile time: `dec!(0.2789)` is 0.2789.
pub const fn dec(mantissa: i64, scale: u32) -> Decimal {
    let abs = mantissa.unsigned_abs();
    Decimal::from_parts(abs as u32, (abs >> 32) as u32, 0, mantissa < 0, scale)
}

const fn dated<T>(value: T, from: NaiveDate, until: Option<NaiveDate>, source: &'static str, confidence: Confidence) -> Dated<T> {
    Dated { value, validity: Validity { from, until }, source, confidence }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkerKind {
    /// Arbeider / ouvrier: social contributions on 108 % of the wage.
    Manual,
    /// Bediende / employé.
    WhiteCollar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    Flexi,
    Extra,
    Student,
    Ordinary,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Employer,
    Worker,
}

/// One line behind a figure: per hour worked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Component {
    /// "wage", "holiday_pay", "employer_contribution", "holiday_contribution", "worker_contribution", "withholding".
    pub name: &'static str,
    /// Who pays it (employer) or whose pay it reduces (worker).
    pub side: Side,
    /// The amount the rate applies to, per hour.
    pub base_per_hour: Decimal,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate: Option<Decimal>,
    pub amount_per_hour: Decimal,
    pub explanation: String,
    /// Where the figure comes from, in words, and as links.
    pub source: String,
    pub sources: Vec<SourceRef>,
    pub valid_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    pub confidence: Confidence,
}

/// One way of staffing the hours.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RegimeCost {
    pub regime: Regime,
    pub available: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why_not: Option<String>,
    /// Gross hourly wage this regime pays (for flexi: wage plus flexi holiday pay).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gross_per_hour: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_cost_per_hour: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_net_per_hour: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub employer_cost_per_shift: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_net_per_shift: Option<Decimal>,
    pub components: Vec<Component>,
    /// What the figures leave out or assume, and what remains of a quota.
    pub notes: Vec<String>,
    pub confidence: Confidence,
    /// The ordinary employee beside a main job: this job's net per hour after the yearly tax on both
    /// pays together (an estimate); only when the main monthly pay is given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub worker_net_per_hour_after_tax: Option<Decimal>,
}

/// The pay answers, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct PayFacts {
    pub hourly_wage: Decimal,
    pub hours_per_day: Decimal,
    pub worker_kind: WorkerKind,
    pub flexi_hourly_wage: Option<Decimal>,
    pub student_hourly_wage: Option<Decimal>,
    pub withholding_rate: Option<Decimal>,
    pub extra_days_used: Option<u32>,
    pub employer_extra_days_used: Option<u32>,
    pub student_hours_used: Option<Decimal>,
    pub employer_contribution_rate: Option<Decimal>,
    pub extra_hourly_forfait: Option<Decimal>,
    pub days_per_month: Option<Decimal>,
    pub main_monthly_gross: Option<Decimal>,
    pub family: super::payslip::Family,
}

/// What the comparison needs to know beyond the pay.
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    pub date: NaiveDate,
    /// The sector's joint committee (for an agency worker: the user's).
    pub joint_committee: Option<String>,
    /// Whether the flexi-job rules said "not eligible", and why.
    pub flexi_refusal: Option<String>,
    pub pensioner: bool,
    /// Flexi pay so far this year, and the year's tax-free ceiling if any.
    pub flexi_income_this_year: Option<Decimal>,
    pub flexi_ceiling: Option<Decimal>,
    /// The language of the notes and explanations.
    pub language: Language,
}

// ---------------------------------------------------------------------------------------------
// Parameters (staffing-costs.md and flexi-rules.md), one table per legal quantity.
// ---------------------------------------------------------------------------------------------

const S_FLEXI_WAGE: &str = "Minimum flexi wage: uwpayroll wage history [S50]; RSZ/ONSS [S15]; Securex [S29]; Attentia [S44]; horecaismijnpassie [S52]";

/// P6: minimum basic flexi wage per hour (excl. flexi holiday pay); all flexi sectors until 2023, horeca only from 2024.
pub const MINIMUM_FLEXI_WAGE: &[Dated<Decimal>] = &[
    dated(dec!(8.82), ymd(2015, 12, 1), Some(ymd(2016, 5, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(9.00), ymd(2016, 6, 1), Some(ymd(2017, 5, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(9.18), ymd(2017, 6, 1), Some(ymd(2018, 8, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(9.36), ymd(2018, 9, 1), Some(ymd(2020, 2, 29)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(9.55), ymd(2020, 3, 1), Some(ymd(2021, 8, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(9.74), ymd(2021, 9, 1), Some(ymd(2021, 12, 31)), S_FLEXI_WAGE, Confidence::Medium),
    dated(dec!(9.93), ymd(2022, 1, 1), Some(ymd(2022, 2, 28)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(10.13), ymd(2022, 3, 1), Some(ymd(2022, 4, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(10.33), ymd(2022, 5, 1), Some(ymd(2022, 7, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(10.54), ymd(2022, 8, 1), Some(ymd(2022, 10, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(10.75), ymd(2022, 11, 1), Some(ymd(2022, 11, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(10.97), ymd(2022, 12, 1), Some(ymd(2023, 10, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(11.19), ymd(2023, 11, 1), Some(ymd(2024, 4, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(11.41), ymd(2024, 5, 1), Some(ymd(2025, 1, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec!(11.64), ymd(2025, 2, 1), Some(ymd(2026, 2, 28)), "Minimum flexi wage from 1 Feb 2025 to 28 Feb 2026: horecaismijnpassie [S52][S23]", Confidence::High),
    // Update A2: the pivot index crossed in Dec 2025; benefits are indexed three months later.
    dated(dec!(11.87), ymd(2026, 3, 1), Some(ymd(2026, 8, 31)), "€11.87 (€12.78 with flexi holiday pay) from 1 Mar 2026: a flexi-pay app's compliance notes and a restaurant payroll app's parameters citing RSZ/ONSS flexi instructions 2026/2 (third-party compilations; no official page found); the date fits the pivot index crossed in December 2025 with benefits indexed three months later [U-TRENDS-PIVOT] [S83]", Confidence::Medium),
    // Update A3: the next step is derived (8.82 × 1.02^16) and its date conflicts (1 Sep or 1 Oct 2026).
    dated(dec!(12.11), ymd(2026, 9, 1), None, "€12.11 (€13.04 with flexi holiday pay), derived from the 2% index step: 1 Sep 2026 per a restaurant payroll app citing RSZ/ONSS intermediate instructions, 1 Oct 2026 per the Planning Bureau's March 2026 projection [U-BX1]; the step itself is not confirmed: without it the minimum stays €11.87", Confidence::Low),
];

/// P7: the care sector's own minimum flexi wage in 2023 (PC 330 and public care institutions).
pub const MINIMUM_FLEXI_WAGE_CARE: &[Dated<Decimal>] = &[
    dated(dec!(14.29), ymd(2023, 1, 1), Some(ymd(2023, 10, 31)), "Care minimum flexi wage: Attentia [S43]; Partena [S33]; Securex [S29]", Confidence::High),
    dated(dec!(14.57), ymd(2023, 11, 1), Some(ymd(2023, 12, 31)), "Care minimum flexi wage from 1 Nov 2023: RSZ/ONSS [S15]", Confidence::High),
];

/// The national minimum monthly wage (GGMMI/RMMMG) at 18, full time: the floor of every wage scale,
/// and of the flexi wage outside horeca where a sector has no scale (pay-law-2026-h2-2027.md §8).
pub const MINIMUM_MONTHLY_WAGE: &[Dated<Decimal>] = &[
    dated(dec!(2154.11), ymd(2026, 1, 1), Some(ymd(2026, 3, 31)), "€2,154.11 from 1 Jan 2026 (+2 % after the December 2025 pivot index): CESSoC [S83]; Securex [SECUREX-RMMMG]; [SALARYSIM]", Confidence::High),
    dated(dec!(2189.81), ymd(2026, 4, 1), Some(ymd(2026, 6, 30)), "€2,189.81 from 1 Apr 2026 (+€35.70, collective agreement 43/18 of 24 Mar 2026): Acerta [ACERTA-GGMMI-2026]; NAR/CNT [CNT-RMMMG]", Confidence::High),
    dated(dec!(2233.61), ymd(2026, 7, 1), None, "€2,233.61 from 1 Jul 2026 (2,189.81 × 1.02, the mid-2026 index step): NAR/CNT amounts of the collective agreements on 1 July 2026 [CNT-CCT-AMOUNTS], as transcribed by three independent calculators [WAGECALC]; no 2027 step is announced, only indexation at an unknown date", Confidence::Medium),
];

/// P5: flexi holiday pay, paid with each wage.
pub const FLEXI_HOLIDAY_PAY: &[Dated<Decimal>] =
    &[dated(dec!(0.0767), SYSTEM_START, None, "7.67 % flexi holiday pay: uwpayroll [S50]; SD Worx [S56]; Securex [S29]", Confidence::High)];

/// P2: the employer's special contribution on flexi wage plus flexi holiday pay.
pub const FLEXI_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[
    dated(dec!(0.25), SYSTEM_START, Some(ymd(2023, 12, 31)), "25 % special employer contribution: socialsecurity.be [S3]; Acerta [S41]; Acerta 2019 [ACERTA-2019]", Confidence::High),
    dated(dec!(0.28), ymd(2024, 1, 1), None, "28 % from 1 Jan 2024: FOD Financiën circular 2026/C/4 [S12]; Securex [S28]", Confidence::High),
];

/// P9: from 2024 the flexi wage may not exceed 150 % of the minimum basic wage of the function.
pub const FLEXI_MAXIMUM_FACTOR: &[Dated<Decimal>] = &[dated(
    dec!(1.50),
    ymd(2024, 1, 1),
    None,
    "150 % maximum: SD Worx [S56]; horecaestmapassion [S53]; horecaismijnpassie [S52] (horeca: 150 % of the minimum flexi wage, per FOD WASO as reported by the horeca press)",
    Confidence::High,
)];

const S_ORDINARY: &str = "Worker social contribution 13.07 % (of 108 % for manual workers): Centen voor studenten [CENTEN]; University of Antwerp [UANTWERPEN]; Acerta 2019 [ACERTA-2019]";
/// Worker's personal social-security contribution, ordinary regime.
pub const WORKER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(dec!(0.1307), ymd(2015, 1, 1), None, S_ORDINARY, Confidence::High)];

/// Manual workers' contributions are computed on 108 % of the wage.
pub const MANUAL_UPLIFT: Decimal = dec!(1.08);

/// Employer "facial" rate, private sector category 1 (basic 19.88 % + wage moderation): 25 % from 2018.
pub const ORDINARY_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(
    dec!(0.25),
    ymd(2018, 1, 1),
    None,
    "Employer rate 25 % (19.88 % + 5.12 % wage moderation) since the tax shift: Partena [PARTENA-TAXSHIFT]; Securex [SECUREX-TAXSHIFT]; RSZ instructions 2017/4 [RSZ-INT-2017-4] and 2023 [RSZ-INT-2023]; VBO [VBO-2019]",
    Confidence::High,
)];

/// The all-in employer rate of a horeca (PC 302) manual worker, where a source gives one: Acerta's
/// 2019 table (its split into the base rate, sector funds and small contributions is not documented).
pub const PC302_MANUAL_ALL_IN: &[Dated<Decimal>] = &[dated(
    dec!(0.2789),
    ymd(2019, 1, 1),
    Some(ymd(2019, 12, 31)),
    "All-in employer rate for a horeca manual worker in 2019: Acerta, 5 June 2019 [ACERTA-2019]",
    Confidence::Medium,
)];

const S_HOLIDAY: &str = "Holiday contributions for manual workers, on 108 % of the wage: Easypay [EASYPAY-VAK]; Besox [BESOX-VAK]; Securex [SECUREX-VAK-2018]; Sociaal Kantoor [SOCIAALKANTOOR-VAK]";
/// Employer holiday contributions for manual workers (quarterly + annual), on 108 % of the wage.
pub const MANUAL_HOLIDAY_CONTRIBUTION: &[Dated<Decimal>] = &[
    dated(dec!(0.1610), ymd(2015, 4, 1), Some(ymd(2015, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec!(0.1592), ymd(2016, 1, 1), Some(ymd(2016, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec!(0.1588), ymd(2017, 1, 1), Some(ymd(2017, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec!(0.1584), ymd(2018, 1, 1), None, S_HOLIDAY, Confidence::High),
];

/// PC 302's sector pension (second pillar), paid by the employer on the gross monthly pay of its
/// ordinary workers, collected with the RSZ contributions, from 1 January 2013 (CLA of 28 June 2012,
/// KB of 17 July 2013). Extras, students and agency workers are not affiliated. One federation page
/// gives 1.1 %, a sector blog 1 %: the higher one, medium confidence.
pub const PC302_SECTOR_PENSION: &[Dated<Decimal>] = &[dated(
    dec!(0.011),
    ymd(2013, 1, 1),
    None,
    "Sector pension CLA of 28 June 2012 (KB 17 Jul 2013): Horeca Wallonie [HW-PENSION] gives 1.1 % of the gross monthly pay; Horeca est ma passion [HEMP-PENSION] gives 1 %",
    Confidence::Medium,
)];

/// The structural reduction of employer contributions, category 1 (private sector), per quarter and
/// worker: R = α × (S0 − S) + γ × (S2 − S), each term only if positive, S the quarterly wage at full
/// time (F = 0 and δ = 0 for category 1 since 2018: Securex). Only the quarters whose parameters the
/// sources give: between July 2024 and March 2025 an indexation step is likely but its figures were
/// not found, and after June 2025 the sources conflict (a reform of the low-wage part); there
/// nothing is deducted and a note says why.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StructuralReduction {
    pub alpha: Decimal,
    pub s0: Decimal,
    pub gamma: Decimal,
    pub s2: Decimal,
}


pub const STRUCTURAL_REDUCTION: &[Dated<StructuralReduction>] = &[
    dated(StructuralReduction { alpha: dec!(0.14), s0: dec!(10797.67), gamma: dec!(0.4), s2: dec!(6502.69) }, ymd(2024, 1, 1), Some(ymd(2024, 3, 31)),
        "RSZ structural reduction, category 1, from 1 Jan 2024: Forum for the Future [FFF-STRUCT-2024]; Securex [SECUREX-STRUCT-R] [SECUREX-STRUCT-PS]", Confidence::High),
    dated(StructuralReduction { alpha: dec!(0.14), s0: dec!(10797.67), gamma: dec!(0.4), s2: dec!(6807.18) }, ymd(2024, 4, 1), Some(ymd(2024, 6, 30)),
        "RSZ structural reduction, category 1, from 1 Apr 2024 (KB 3 Mar 2024, BS 18 Mar 2024): Partena [PARTENA-STRUCT-2024]; Groep S [GROUPS-STRUCT-2024]; Securex [SECUREX-STRUCT-R] [SECUREX-STRUCT-PS]", Confidence::High),
    dated(StructuralReduction { alpha: dec!(0.14), s0: dec!(11233.89), gamma: dec!(0.4), s2: dec!(7082.19) }, ymd(2025, 4, 1), Some(ymd(2025, 6, 30)),
        "RSZ structural reduction, category 1, from 1 Apr 2025: RSZ instructions [RSZ-INT-2025]; Securex [SECUREX-STRUCT-R] [SECUREX-STRUCT-PS]", Confidence::High),
    // 2025-Q3 to 2026-Q2: the sources give only parts (γ 0.15 then 0.16, S0 11,458.57) or conflict,
    // at low confidence: nothing deducted there (pay-law-2026-h2-2027.md §7).
    dated(StructuralReduction { alpha: dec!(0.14), s0: dec!(11687.74), gamma: dec!(0.16), s2: dec!(9738.14) }, ymd(2026, 7, 1), Some(ymd(2026, 9, 30)),
        "RSZ structural reduction, category 1, from 1 Jul 2026: RSZ/ONSS instructions 2026/3 [RSZ-STRUCT-2026], read through an independent transcription (4 Oct 2026); consistent with the April 2025 parameters indexed twice by 2 % (11,233.89 × 1.02² = 11,687.74; 9,360.00 × 1.02² = 9,738.14)", Confidence::Medium),
];

impl StructuralReduction {
    /// R for a quarterly full-time wage S, to the cent.
    pub fn theoretical(&self, quarter_wage: Decimal) -> Decimal {
        cents((self.alpha * (self.s0 - quarter_wage)).max(Decimal::ZERO) + (self.gamma * (self.s2 - quarter_wage)).max(Decimal::ZERO))
    }
}

/// The part-time multiplier β of the real reduction Ps = R × µ × β, from the share µ of a full time
/// the worker works for this employer in the quarter (Securex [SECUREX-STRUCT-PS]): below 27.5 % no
/// reduction at all.
pub fn structural_multiplier(mu: Decimal) -> Decimal {
    let mu = mu.min(Decimal::ONE);
    if mu >= dec!(0.8) {
        Decimal::ONE / mu
    } else if mu >= dec!(0.55) {
        dec!(1.18) + (mu - dec!(0.55)) * dec!(0.28)
    } else if mu >= dec!(0.275) {
        dec!(1.18)
    } else {
        Decimal::ZERO
    }
}

/// White-collar holiday pay (single + double + extra double) accrued per hour worked.
pub const WHITE_COLLAR_HOLIDAY_PAY: &[Dated<Decimal>] = &[dated(
    dec!(0.1534),
    ymd(2015, 1, 1),
    None,
    "White-collar departure holiday pay 15.34 % (7.67 % + 6.80 % + 0.87 %), used as the yearly accrual: Securex [SECUREX-VERTREK]",
    Confidence::Medium,
)];

const S_FORFAIT_2019: &str = "Extra forfaits 8.22 €/h (49.32 €/day): RSZ instructions 2019/1 [RSZ-AI-2019-1-FR] and 2020/1 [RSZ-AI-2020-1-NL]; rights forfait 14.62 €/h (111.14 €/day): Vlaanderen.be [VL], Horecawebzine [HWZ]";
const S_FORFAIT_2022: &str = "Extra forfaits 10.08 €/h (60.48 €/day) and rights forfaits 17.94 €/h (136.33 €/day) from 1 Oct 2022: socialsecurity.be citizen page [SS-CIT]; Guidea [GUIDEA-EXTRA-WN]";

/// The extra's forfaits: (hourly social-security forfait, hourly "rights" forfait, daily rights forfait).
/// Only periods the dossier dates are listed; for others the figure is unknown (staffing-costs.md §11.1).
pub const EXTRA_FORFAITS: &[Dated<(Decimal, Decimal, Decimal)>] = &[
    dated((dec!(8.22), dec!(14.62), dec!(111.14)), ymd(2018, 10, 1), Some(ymd(2020, 3, 31)), S_FORFAIT_2019, Confidence::High),
    dated((dec!(10.08), dec!(17.94), dec!(136.33)), ymd(2022, 10, 1), Some(ymd(2022, 12, 31)), S_FORFAIT_2022, Confidence::High),
    // No later amount is published: the official citizen page still shows these as current.
    dated((dec!(10.08), dec!(17.94), dec!(136.33)), ymd(2023, 1, 1), None, S_FORFAIT_LATEST, Confidence::Low),
];

/// The forfaits the official page still shows as current, reused after 2022 (low confidence).
pub const S_FORFAIT_LATEST: &str = "The latest amounts the official page still shows as current: €10.08 an hour (€60.48 a day) and rights €17.94 an hour (€136.33 a day) from 1 Oct 2022, socialsecurity.be citizen page [SS-CIT]; no later amount is published, though the forfait follows the minimum wage's indexation";

/// Employer contribution rate on the extra's forfait: Acerta's 2019 figure; another page says 28.29 %.
pub const EXTRA_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(
    dec!(0.2277),
    ymd(2018, 1, 1),
    None,
    "22.77 % on the forfait as used by Acerta in 2019 [ACERTA-2019]; sidejobs quotes 28.29 % [SIDEJOBS], Securex 'the ordinary contributions' [SECUREX-EXTRA-NL]: the sources disagree",
    Confidence::Low,
)];

/// The extra's flat withholding tax for the first 50 days.
pub const EXTRA_WITHHOLDING: &[Dated<Decimal>] =
    &[dated(dec!(0.3331), ymd(2013, 10, 1), None, "33.31 % flat withholding: Securex [SECUREX-BV-EXTRA]; Horeca Vlaanderen 2019 [HV-GEL-2019]; Guidea [GUIDEA-EXTRA-WN]", Confidence::High)];

/// Days per calendar year at the extra's forfait: per worker, per employer.
pub const EXTRA_WORKER_DAYS: &[Dated<u32>] =
    &[dated(50, ymd(2013, 10, 1), None, "50 days per worker per year: RSZ instructions 2020/1 [RSZ-AI-2020-1-NL]; socialsecurity.be [SS-CIT]; Acerta 2019 [ACERTA-2019]; Guidea [GUIDEA-EXTRA-WN]", Confidence::High)];
pub const EXTRA_EMPLOYER_DAYS: &[Dated<u32>] = &[
    dated(100, ymd(2013, 10, 1), Some(ymd(2015, 6, 30)), "100 days per employer per year: Belgian Restaurants Association [BRA-2013]", Confidence::High),
    dated(200, ymd(2015, 7, 1), None, "200 days per employer per year: Horeca Vlaanderen [HV-HORECAPLAN]; RSZ instructions 2020/1 [RSZ-AI-2020-1-NL]; Guidea [GUIDEA-EXTRA]; Acerta 2019 [ACERTA-2019]", Confidence::High),
];

/// The student quota with solidarity contributions, in hours per calendar year.
pub const STUDENT_QUOTA_HOURS: &[Dated<u32>] = &[
    dated(475, ymd(2017, 1, 1), Some(ymd(2022, 12, 31)), "475 hours a year: Nieuwsblad 2017 [NIEUWSBLAD-2017]; socialsecurity.be [SS-STU]; BBTK [BBTK-2025]; Acerta 2019 [ACERTA-2019]", Confidence::High),
    dated(600, ymd(2023, 1, 1), Some(ymd(2024, 12, 31)), "600 hours a year (temporary): BBTK [BBTK-2025]; Prato [PRATO-STU]; Student@work [SAW-CERT]", Confidence::High),
    dated(650, ymd(2025, 1, 1), Some(ymd(2025, 12, 31)), "650 hours a year (law of 11 Mar 2025, retroactive to 1 Jan 2025): BBTK [BBTK-2025]; Securex [SECUREX-650]", Confidence::High),
    dated(650, ymd(2026, 1, 1), None, "650 hours a year; no change for 2026 found: BBTK [BBTK-2025]", Confidence::Medium),
];

/// Solidarity contributions on student pay: (employer, student).
pub const STUDENT_CONTRIBUTIONS: &[Dated<(Decimal, Decimal)>] = &[dated(
    (dec!(0.0542), dec!(0.0271)),
    ymd(2017, 1, 1),
    None,
    "5.42 % employer, 2.71 % student: socialsecurity.be [SS-STU]; Securex [SECUREX-650]; Acerta 2019 [ACERTA-2019]. Securex adds 0.01 % asbestos fund",
    Confidence::High,
)];

// ---------------------------------------------------------------------------------------------

fn hour(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
}

fn cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}


/// Builds a regime's figures from its components, per hour.
struct Builder {
    regime: Regime,
    language: Language,
    /// The ordinary job's net per hour after the yearly tax beside a main pay (an estimate).
    after_tax: Option<Decimal>,
    hours: Decimal,
    components: Vec<Component>,
    notes: Vec<String>,
    confidence: Confidence,
}

impl Builder {
    fn new(regime: Regime, hours: Decimal, language: Language) -> Builder {
        Builder { regime, language, after_tax: None, hours, components: Vec::new(), notes: Vec::new(), confidence: Confidence::High }
    }

    #[allow(clippy::too_many_arguments)]
    fn add<T>(&mut self, name: &'static str, side: Side, base: Decimal, rate: Option<Decimal>, param: &Dated<T>, explanation: String) -> Decimal {
        let amount = rate.map_or(base, |r| base * r);
        self.confidence = self.confidence.min(param.confidence);
        self.components.push(Component {
            name,
            side,
            base_per_hour: hour(base),
            rate,
            amount_per_hour: hour(amount),
            explanation,
            source: sources::words_in(param.source, self.language),
            sources: sources::refs(param.source, self.language),
            valid_from: param.validity.from,
            valid_until: param.validity.until,
            confidence: param.confidence,
        });
        amount
    }

    fn finish(self, gross: Decimal, employer_cost: Decimal, worker_net: Option<Decimal>) -> RegimeCost {
        RegimeCost {
            regime: self.regime,
            available: true,
            why_not: None,
            gross_per_hour: Some(hour(gross)),
            employer_cost_per_hour: Some(hour(employer_cost)),
            worker_net_per_hour: worker_net.map(hour),
            employer_cost_per_shift: Some(cents(employer_cost * self.hours)),
            worker_net_per_shift: worker_net.map(|n| cents(n * self.hours)),
            components: self.components,
            notes: self.notes,
            confidence: self.confidence,
            worker_net_per_hour_after_tax: None,
        }
    }

    /// No figures: not available (with why), or available with a figure the sources lack (a note).
    fn without_figures(self, available: bool, why_not: Option<String>) -> RegimeCost {
        RegimeCost {
            regime: self.regime,
            available,
            why_not,
            gross_per_hour: None,
            employer_cost_per_hour: None,
            worker_net_per_hour: None,
            employer_cost_per_shift: None,
            worker_net_per_shift: None,
            components: self.components,
            notes: self.notes,
            confidence: self.confidence,
            worker_net_per_hour_after_tax: None,
        }
    }

    fn unavailable(self, why: String) -> RegimeCost {
        self.without_figures(false, Some(why))
    }

    /// Available, but a figure the sources do not give for this date is missing.
    fn unknown_figures(mut self, why: String) -> RegimeCost {
        self.notes.insert(0, why);
        self.without_figures(true, None)
    }
}

/// A value the user gave instead of a sourced one: medium confidence, applied from the date asked about.
fn given(value: Decimal, date: NaiveDate, source: &'static str) -> Dated<Decimal> {
    Dated { value, validity: Validity::from(date), source, confidence: Confidence::Medium }
}

/// A parameter in force on the date, or a sentence saying it is not known for that date.
fn param<T>(table: &'static [Dated<T>], date: NaiveDate, what: Tr, l: Language) -> Result<&'static Dated<T>, String> {
    in_force(table, date).ok_or_else(|| {
        let (what, day) = (what.get(l), l.date(date));
        say!(l,
            msg::STAFFING_THE_WHAT_FOR_DAY_IS, what, day)
    })
}

const FLEXI_HOLIDAY_PAY_NAME: Tr = msg::STAFFING_FLEXI_HOLIDAY_PAY_NAME;
const FLEXI_CONTRIBUTION_NAME: Tr = msg::STAFFING_FLEXI_CONTRIBUTION_NAME;
const HOLIDAY_CONTRIBUTION_NAME: Tr = msg::STAFFING_HOLIDAY_CONTRIBUTION_NAME;
const WORKER_CONTRIBUTION_NAME: Tr = msg::STAFFING_WORKER_CONTRIBUTION_NAME;

fn barema_wage(l: Language) -> String {
    msg::STAFFING_THE_BAREMA_WAGE_OF_THE.get(l).to_string()
}

/// All four regimes, side by side.
pub fn compare(pay: &PayFacts, context: &Context) -> Vec<RegimeCost> {
    vec![flexi(pay, context), extra(pay, context), student(pay, context), ordinary(pay, context)]
}

fn is_horeca(context: &Context) -> bool {
    context.joint_committee.as_deref() == Some("302")
}

/// Flexi-job: wage + 7.67 % flexi holiday pay; the employer adds 25 % (28 % from 2024); no worker
/// contributions, no withholding within the yearly tax-free ceiling (flexi-rules.md P2–P9).
fn flexi(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Flexi, pay.hours_per_day, context.language);
    let date = context.date;
    let l = context.language;
    if date < SYSTEM_START {
        return b.unavailable(say!(l,
            msg::STAFFING_FLEXI_JOBS_EXIST_FROM_1));
    }
    if let Some(why) = &context.flexi_refusal {
        return b.unavailable(say!(l, msg::STAFFING_NOT_ALLOWED_FOR_THIS_WORKER, why));
    }
    let (holiday_rate, employer_rate) = match (param(FLEXI_HOLIDAY_PAY, date, FLEXI_HOLIDAY_PAY_NAME, l), param(FLEXI_EMPLOYER_CONTRIBUTION, date, FLEXI_CONTRIBUTION_NAME, l)) {
        (Ok(h), Ok(e)) => (h, e),
        (Err(why), _) | (_, Err(why)) => return b.unknown_figures(why),
    };
    // The legal minimum: the flexi minimum (all flexi sectors until 2023, horeca only from 2024;
    // care had its own in 2023); elsewhere from 2024 at least the barema of the function (P8).
    let care_2023 = matches!(context.joint_committee.as_deref(), Some("330")) && date.year() == 2023;
    let minimum: Option<&'static Dated<Decimal>> = if care_2023 {
        in_force(MINIMUM_FLEXI_WAGE_CARE, date)
    } else if date.year() <= 2023 || is_horeca(context) {
        in_force(MINIMUM_FLEXI_WAGE, date)
    } else {
        None
    };
    let barema_rule = date.year() >= 2024 && !is_horeca(context);
    let basic = match (pay.flexi_hourly_wage, minimum) {
        (Some(chosen), _) => chosen,
        (None, Some(m)) => m.value,
        (None, None) => pay.hourly_wage,
    };
    let wage_param: Dated<Decimal> = match minimum {
        Some(m) => *m,
        None => Dated {
            value: pay.hourly_wage,
            validity: Validity::from(ymd(2024, 1, 1)),
            source: "Outside horeca from 2024: at least the barema of the function (GGMMI if none): Attentia [S44]; Securex [S22]; SD Worx [S56]",
            confidence: Confidence::High,
        },
    };
    let day = l.date(date);
    let (wage, barema) = (l.amount(basic), l.amount(pay.hourly_wage));
    let wage_explanation = match (pay.flexi_hourly_wage, minimum) {
        (Some(_), _) => say!(l, msg::STAFFING_THE_FLEXI_WAGE_YOU_GAVE),
        (None, Some(_)) => say!(l,
            msg::STAFFING_THE_MINIMUM_FLEXI_WAGE_ON, day, wage),
        (None, None) => say!(l,
            msg::STAFFING_AT_LEAST_THE_BAREMA_OF),
    };
    b.add("wage", Side::Employer, basic, None, &wage_param, wage_explanation);
    if let Some(m) = minimum {
        if basic < m.value {
            let least = l.amount(m.value);
            b.notes.push(say!(l,
                msg::STAFFING_WAGE_IS_BELOW_THE_MINIMUM, wage, least, day));
        }
    } else if barema_rule && basic < pay.hourly_wage {
        b.notes.push(say!(l,
            msg::STAFFING_FROM_2024_OUTSIDE_HORECA_THE, barema));
    }
    if let Some(cap) = in_force(FLEXI_MAXIMUM_FACTOR, date) {
        let reference = minimum.map_or(pay.hourly_wage, |m| m.value);
        let maximum = reference * cap.value;
        if basic > maximum {
            let (reference, maximum) = (l.amount(reference), l.amount(hour(maximum)));
            b.notes.push(say!(l,
                msg::STAFFING_WAGE_IS_ABOVE_THE_MAXIMUM, wage, reference, maximum));
        }
        if is_horeca(context) {
            b.notes.push(say!(l,
                msg::STAFFING_A_FIXED_HORECA_MAXIMUM_OF));
        }
    }
    let rate = l.rate(holiday_rate.value);
    let holiday = b.add("holiday_pay", Side::Employer, basic, Some(holiday_rate.value), holiday_rate, say!(l,
        msg::STAFFING_FLEXI_HOLIDAY_PAY_RATE_OF, rate));
    let gross = basic + holiday;
    let contribution = b.add(
        "employer_contribution",
        Side::Employer,
        gross,
        Some(employer_rate.value),
        employer_rate,
        {
            let rate = l.rate(employer_rate.value);
            say!(l,
                msg::STAFFING_SPECIAL_EMPLOYER_CONTRIBUTION_RATE_OF, rate)
        },
    );
    // The worker keeps everything within the tax-free ceiling (pensioners: no ceiling).
    let over_ceiling = !context.pensioner
        && matches!((context.flexi_income_this_year, context.flexi_ceiling), (Some(income), Some(ceiling)) if income + gross * pay.hours_per_day > ceiling);
    let net = if over_ceiling {
        match pay.withholding_rate {
            Some(rate) => {
                // Only the part of the shift above the ceiling is taxable (P4), spread over its hours.
                let shift = gross * pay.hours_per_day;
                let (income, ceiling) = (context.flexi_income_this_year.unwrap_or_default(), context.flexi_ceiling.unwrap_or_default());
                let above_per_hour = (income + shift - ceiling).max(Decimal::ZERO).min(shift) / pay.hours_per_day;
                let param = Dated {
                    value: rate,
                    validity: Validity::from(ymd(2024, 1, 1)),
                    source: "FOD Financiën [S5]: withholding on the part above the ceiling",
                    confidence: Confidence::High,
                };
                let tax = b.add(
                    "withholding",
                    Side::Worker,
                    above_per_hour,
                    Some(rate),
                    &param,
                    say!(l,
                        msg::STAFFING_ABOVE_THE_YEARLY_TAX_FREE),
                );
                Some(gross - tax)
            }
            None => {
                b.notes.push(say!(l,
                    msg::STAFFING_THIS_SHIFT_GOES_OVER_THE));
                None
            }
        }
    } else {
        if !context.pensioner && context.flexi_ceiling.is_some() {
            b.notes.push(say!(l,
                msg::STAFFING_NO_SOCIAL_CONTRIBUTIONS_AND_NO));
        }
        Some(gross)
    };
    b.finish(gross, gross + contribution, net)
}

/// Occasional horeca worker: contributions on a flat-rate base instead of the wage, 33.31 % flat
/// withholding, 50 days a year per worker and 200 per employer (staffing-costs.md §2, Acerta §7.2).
fn extra(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Extra, pay.hours_per_day, context.language);
    let date = context.date;
    let l = context.language;
    if !is_horeca(context) {
        return b.unavailable(say!(l,
            msg::STAFFING_ONLY_FOR_HORECA_EMPLOYERS_PC));
    }
    b.notes.push(say!(l,
        msg::STAFFING_AT_MOST_2_CONSECUTIVE_DAYS));
    let quota_name = msg::STAFFING_EXTRA_S_DAY_QUOTA;
    if let Ok(limit) = param(EXTRA_WORKER_DAYS, date, quota_name, l) {
        if let Some(used) = pay.extra_days_used {
            let (days, next) = (limit.value, limit.value + 1);
            if used >= limit.value {
                return b.unavailable(say!(l,
                    msg::STAFFING_THE_WORKER_HAS_USED_THE, days, next));
            }
            let today = used + 1;
            b.notes.push(say!(l,
                msg::STAFFING_THIS_IS_THE_WORKER_S, today, days));
        }
    }
    let employer_quota = msg::STAFFING_EMPLOYER_S_DAY_QUOTA;
    if let (Ok(limit), Some(used)) = (param(EXTRA_EMPLOYER_DAYS, date, employer_quota, l), pay.employer_extra_days_used) {
        if used >= limit.value {
            let days = limit.value;
            return b.unavailable(say!(l,
                msg::STAFFING_THE_EMPLOYER_HAS_USED_ITS, days));
        }
    }
    let table = in_force(EXTRA_FORFAITS, date);
    let (ss_forfait, forfait_param): (Decimal, Dated<Decimal>) = match (pay.extra_hourly_forfait, table) {
        (Some(f), _) => (f, given(f, date, "The hourly forfait you gave")),
        (None, Some(p)) => (p.value.0, Dated { value: p.value.0, validity: p.validity, source: p.source, confidence: p.confidence }),
        (None, None) => {
            let day = l.date(date);
            return b.unknown_figures(say!(l,
                msg::STAFFING_THE_EXTRA_S_FLAT_RATE, day))
        }
    };
    b.confidence = b.confidence.min(forfait_param.confidence);
    if pay.extra_hourly_forfait.is_none() && forfait_param.source == S_FORFAIT_LATEST {
        b.notes.push(say!(l,
            msg::STAFFING_NO_FLAT_RATE_BASE_IS));
    }
    let (base, source) = (l.amount(ss_forfait), sources::words_in(forfait_param.source, l));
    b.notes.push(say!(l,
        msg::STAFFING_FLAT_RATE_BASE_BASE_AN, base, source));
    // The "rights" base (for holiday contributions) is a different, higher forfait: only from the table.
    let rights = table.map(|p| (p.value.1, p.value.2, p));
    let (employer_rate, holiday_rate, withholding_rate, worker_rate) = match (
        param(EXTRA_EMPLOYER_CONTRIBUTION, date, msg::STAFFING_EMPLOYER_RATE_ON_THE_EXTRA, l),
        param(MANUAL_HOLIDAY_CONTRIBUTION, date, HOLIDAY_CONTRIBUTION_NAME, l),
        param(EXTRA_WITHHOLDING, date, msg::STAFFING_EXTRA_S_WITHHOLDING, l),
        param(WORKER_CONTRIBUTION, date, WORKER_CONTRIBUTION_NAME, l),
    ) {
        (Ok(a), Ok(b2), Ok(c), Ok(d)) => (a, b2, c, d),
        (Err(why), ..) | (_, Err(why), ..) | (_, _, Err(why), _) | (.., Err(why)) => return b.unknown_figures(why),
    };
    let uplift = if pay.worker_kind == WorkerKind::Manual { MANUAL_UPLIFT } else { Decimal::ONE };
    let hours = pay.hours_per_day;
    let six = Decimal::from(6);
    // Under 6 hours: the hourly forfait for each started hour; from 6 hours: the day forfait (6 × hourly).
    let counted_hours = if hours < six { hours.ceil() } else { six };
    let ss_base_day = uplift * counted_hours * ss_forfait;
    let w = pay.hourly_wage;
    let wage_param = Dated { value: w, validity: Validity::from(ymd(2013, 10, 1)), source: "At least the PC 302 barema of the function: Liantis [LIANTIS-EXTRA-FR]", confidence: Confidence::High };
    b.add("wage", Side::Employer, w, None, &wage_param, barema_wage(l));
    let employer_contribution = b.add(
        "employer_contribution",
        Side::Employer,
        ss_base_day / hours,
        Some(employer_rate.value),
        employer_rate,
        {
            let base = l.amount(ss_forfait);
            let of = if uplift > Decimal::ONE { msg::STAFFING_108_OF.get(l) } else { "" };
            let counted = if hours < six {
                msg::STAFFING_EACH_STARTED_HOUR
            } else {
                msg::STAFFING_DAY_FORFAIT_FROM_6_HOURS
            }
            .get(l);
            say!(l,
                msg::STAFFING_EMPLOYER_CONTRIBUTIONS_ON_THE_FLAT, of, base, counted)
        },
    );
    let holiday = match (pay.worker_kind, rights) {
        (WorkerKind::Manual, Some((rights_hourly, rights_daily, rights_param))) => {
            // Under 6 hours the hourly rights forfait per started hour, from 6 hours the daily one.
            let rights_base_day = uplift * if hours < six { hours.ceil() * rights_hourly } else { rights_daily };
            b.confidence = b.confidence.min(rights_param.confidence);
            b.add(
                "holiday_contribution",
                Side::Employer,
                rights_base_day / hours,
                Some(holiday_rate.value),
                holiday_rate,
                {
                    let (hourly, daily) = (l.amount(rights_hourly), l.amount(rights_daily));
                    say!(l,
                        msg::STAFFING_HOLIDAY_CONTRIBUTIONS_ON_THE_RIGHTS, hourly, daily)
                },
            )
        }
        (WorkerKind::Manual, None) => {
            b.notes.push(say!(l,
                msg::STAFFING_HOLIDAY_CONTRIBUTIONS_ON_THE_EXTRA));
            Decimal::ZERO
        }
        (WorkerKind::WhiteCollar, _) => {
            b.notes.push(say!(l,
                msg::STAFFING_WHITE_COLLAR_EXTRAS_HOLIDAY_PAY));
            Decimal::ZERO
        }
    };
    let worker_contribution = b.add(
        "worker_contribution",
        Side::Worker,
        ss_base_day / hours,
        Some(worker_rate.value),
        worker_rate,
        {
            let rate = l.rate(worker_rate.value);
            say!(l,
                msg::STAFFING_WORKER_CONTRIBUTIONS_RATE_ON_THE, rate)
        },
    );
    let taxable = w - worker_contribution;
    let withholding = b.add(
        "withholding",
        Side::Worker,
        taxable,
        Some(withholding_rate.value),
        withholding_rate,
        {
            let rate = l.rate(withholding_rate.value);
            say!(l,
                msg::STAFFING_FLAT_RATE_WITHHOLDING_DURING_THE, rate)
        },
    );
    b.notes.push(say!(l,
        msg::STAFFING_END_OF_YEAR_PREMIUM_ONLY));
    b.finish(w, w + employer_contribution + holiday, Some(taxable - withholding))
}

/// Student within the yearly quota: solidarity contributions 5.42 % and 2.71 %, no withholding.
fn student(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Student, pay.hours_per_day, context.language);
    let date = context.date;
    let l = context.language;
    let quota_name = msg::STAFFING_STUDENT_HOUR_QUOTA;
    let quota = match param(STUDENT_QUOTA_HOURS, date, quota_name, l) {
        Ok(q) => q,
        Err(why) => return b.unknown_figures(why),
    };
    let (hours, year, next) = (quota.value, date.year(), quota.value + 1);
    if let Some(used) = pay.student_hours_used {
        let limit = Decimal::from(quota.value);
        if used >= limit {
            return b.unavailable(say!(l,
                msg::STAFFING_THE_STUDENT_HAS_USED_THE, hours, year, next));
        }
        let left = l.decimal(&(limit - used).normalize().to_string());
        b.notes.push(say!(l,
            msg::STAFFING_LEFT_OF_THE_HOURS_HOURS, left, hours));
        if limit - used < pay.hours_per_day {
            b.notes.push(say!(l,
                msg::STAFFING_THIS_SHIFT_GOES_PAST_THE));
        }
    } else {
        b.notes.push(say!(l,
            msg::STAFFING_WITHIN_THE_QUOTA_OF_HOURS, hours, year));
    }
    let contributions_name = msg::STAFFING_STUDENT_SOLIDARITY_CONTRIBUTIONS;
    let contributions = match param(STUDENT_CONTRIBUTIONS, date, contributions_name, l) {
        Ok(c) => c,
        Err(why) => return b.unknown_figures(why),
    };
    let s = pay.student_hourly_wage.unwrap_or(pay.hourly_wage);
    if is_horeca(context) {
        b.notes.push(say!(l,
            msg::STAFFING_IN_HORECA_A_STUDENT_MAY));
    }
    let wage_param = Dated { value: s, validity: quota.validity, source: "The student wage you gave, or the barema", confidence: Confidence::High };
    b.add("wage", Side::Employer, s, None, &wage_param, say!(l,
        msg::STAFFING_THE_STUDENT_S_HOURLY_WAGE));
    let (employer_rate, student_rate) = (l.rate(contributions.value.0), l.rate(contributions.value.1));
    let employer = b.add("employer_contribution", Side::Employer, s, Some(contributions.value.0), contributions, say!(l,
        msg::STAFFING_EMPLOYER_SOLIDARITY_CONTRIBUTION_EMPLOYER_RATE, employer_rate));
    let worker = b.add("worker_contribution", Side::Worker, s, Some(contributions.value.1), contributions, say!(l,
        msg::STAFFING_STUDENT_SOLIDARITY_CONTRIBUTION_STUDENT_RATE, student_rate));
    b.finish(s, s + employer, Some(s - worker))
}

/// Ordinary employee: employer contributions and holiday costs on top of the wage; the worker pays
/// 13.07 % and withholding tax (staffing-costs.md §5, Acerta §7.2).
fn ordinary(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Ordinary, pay.hours_per_day, context.language);
    let date = context.date;
    let l = context.language;
    let w = pay.hourly_wage;
    let manual = pay.worker_kind == WorkerKind::Manual;
    let uplift = if manual { MANUAL_UPLIFT } else { Decimal::ONE };
    let rate_name = msg::STAFFING_EMPLOYER_CONTRIBUTION_RATE;
    // A horeca manual worker's sourced all-in rate, where there is one, before the facial rate.
    let all_in = (is_horeca(context) && manual).then(|| in_force(PC302_MANUAL_ALL_IN, date)).flatten();
    let employer_param = match (pay.employer_contribution_rate, param(ORDINARY_EMPLOYER_CONTRIBUTION, date, rate_name, l)) {
        (Some(rate), _) => given(rate, date, "The employer contribution rate you gave"),
        (None, _) if all_in.is_some() => *all_in.unwrap_or(&PC302_MANUAL_ALL_IN[0]),
        (None, Ok(p)) => *p,
        (None, Err(why)) => {
            return b.unknown_figures(say!(l,
                msg::STAFFING_WHY_GIVE_THE_EMPLOYER_CONTRIBUTION, why))
        }
    };
    let worker_rate = match param(WORKER_CONTRIBUTION, date, WORKER_CONTRIBUTION_NAME, l) {
        Ok(p) => p,
        Err(why) => return b.unknown_figures(why),
    };
    let wage_param = Dated { value: w, validity: Validity::from(ymd(2015, 1, 1)), source: "The barema wage you gave", confidence: Confidence::High };
    b.add("wage", Side::Employer, w, None, &wage_param, barema_wage(l));
    let of_108 = if manual { msg::STAFFING_OF_108_OF_THE_WAGE.get(l) } else { "" };
    let employer = b.add(
        "employer_contribution",
        Side::Employer,
        uplift * w,
        Some(employer_param.value),
        &employer_param,
        {
            let rate = l.rate(employer_param.value);
            let facial = if all_in.is_some() && pay.employer_contribution_rate.is_none() {
                msg::STAFFING_ACERTA_S_ALL_IN_RATE
                .get(l)
            } else if pay.employer_contribution_rate.is_none() {
                msg::STAFFING_THE_FACIAL_RATE_SECTOR_FUNDS
                .get(l)
            } else {
                ""
            };
            say!(l,
                msg::STAFFING_EMPLOYER_CONTRIBUTIONS_RATE_OF_108, rate, of_108, facial)
        },
    );
    let holiday = if manual {
        match param(MANUAL_HOLIDAY_CONTRIBUTION, date, HOLIDAY_CONTRIBUTION_NAME, l) {
            Ok(p) => {
                let rate = l.rate(p.value);
                b.add("holiday_contribution", Side::Employer, uplift * w, Some(p.value), p, say!(l,
                    msg::STAFFING_HOLIDAY_CONTRIBUTIONS_RATE_OF_108, rate))
            }
            Err(why) => return b.unknown_figures(why),
        }
    } else {
        match param(WHITE_COLLAR_HOLIDAY_PAY, date, msg::STAFFING_WHITE_COLLAR_HOLIDAY_PAY, l) {
            Ok(p) => {
                let rate = l.rate(p.value);
                b.add("holiday_pay", Side::Employer, w, Some(p.value), p, say!(l,
                    msg::STAFFING_HOLIDAY_PAY_ACCRUED_RATE_OF, rate))
            }
            Err(why) => return b.unknown_figures(why),
        }
    };
    // Horeca's sector pension, on top of the facial rate (Acerta's 2019 all-in rate already
    // counts the sector funds).
    let pension = match (is_horeca(context) && all_in.is_none()).then(|| in_force(PC302_SECTOR_PENSION, date)).flatten() {
        Some(p) => {
            let rate = l.rate(p.value);
            b.add("sector_pension", Side::Employer, w, Some(p.value), p, say!(l,
                msg::STAFFING_HORECA_S_SECTOR_PENSION_SECOND, rate))
        }
        None => Decimal::ZERO,
    };
    let reduction = structural_reduction(&mut b, pay, context, all_in.is_some(), employer);
    let rate = l.rate(worker_rate.value);
    let worker_contribution = b.add("worker_contribution", Side::Worker, uplift * w, Some(worker_rate.value), worker_rate, say!(l,
        msg::STAFFING_WORKER_CONTRIBUTIONS_RATE_OF_108, rate, of_108));
    let taxable = w - worker_contribution;
    if date < ymd(2024, 1, 1) || pay.withholding_rate.is_some() {
        b.notes.push(say!(l,
            msg::STAFFING_THE_END_OF_YEAR_PREMIUM));
    } else {
        b.notes.push(say!(l,
            msg::STAFFING_THE_END_OF_YEAR_PREMIUM_2));
    }
    let net = match pay.withholding_rate {
        Some(rate) => {
            let param = given(rate, date, "The withholding rate you gave (an average, as Acerta's 30 %)");
            let given_rate = l.rate(rate);
            Some(taxable - b.add("withholding", Side::Worker, taxable, Some(rate), &param, say!(l,
                msg::STAFFING_WITHHOLDING_TAX_AT_THE_RATE, given_rate)))
        }
        None if date >= ymd(2024, 1, 1) => match ordinary_payslip(&mut b, pay, context) {
            Ok(net) => Some(net),
            Err(why) => {
                b.notes.push(why);
                None
            }
        },
        None => {
            b.notes.push(say!(l,
                msg::STAFFING_WITHHOLDING_TAX_DEPENDS_ON_THE));
            None
        }
    };
    let after_tax = b.after_tax.take();
    RegimeCost { worker_net_per_hour_after_tax: after_tax.map(hour), ..b.finish(w, w + employer + holiday + pension - reduction, net) }
}

/// The structural reduction per hour, shown as its own (negative) employer line, for the quarters
/// whose parameters are sourced; otherwise a note says why none is deducted. Not with an all-in rate
/// (Acerta's 2019 figures leave it out) nor with a rate the user gave.
fn structural_reduction(b: &mut Builder, pay: &PayFacts, context: &Context, all_in: bool, contributions_per_hour: Decimal) -> Decimal {
    let l = context.language;
    if all_in || pay.employer_contribution_rate.is_some() || context.date < ymd(2024, 1, 1) {
        return Decimal::ZERO;
    }
    let Some(p) = in_force(STRUCTURAL_REDUCTION, context.date) else {
        b.notes.push(say!(l,
            msg::STAFFING_THE_STRUCTURAL_REDUCTION_OF_EMPLOYER));
        return Decimal::ZERO;
    };
    let r = p.value;
    // µ: this job's share of a full time; S: its quarterly wage at full time (at 100 %, also for
    // manual workers).
    let (_, month_hours, mu) = month_of(pay);
    let quarter_wage = cents(pay.hourly_wage * full_time_month_hours() * Decimal::from(3));
    let theoretical = r.theoretical(quarter_wage);
    let real = cents(theoretical * mu * structural_multiplier(mu)).min(theoretical);
    // A reduction of contributions can at most cancel them.
    let per_hour = (real / (Decimal::from(3) * month_hours)).min(contributions_per_hour);
    let (share, quarter, amount) = (l.rate(hour(mu).round_dp(3)), l.amount(cents(theoretical)), l.amount(real));
    let explanation = if real.is_zero() && !theoretical.is_zero() {
        say!(l,
            msg::STAFFING_STRUCTURAL_REDUCTION_NONE_SINCE_THIS, share)
    } else {
        say!(l,
            msg::STAFFING_STRUCTURAL_REDUCTION_OF_EMPLOYER_CONTRIBUTIONS, amount, quarter, share)
    };
    b.add("structural_reduction", Side::Employer, if per_hour.is_zero() { Decimal::ZERO } else { -per_hour }, None, p, explanation);
    hour(per_hour)
}

/// The ordinary job's month: its days (one shift a week unless told), its hours, and its share of a
/// full time (at most one).
fn month_of(pay: &PayFacts) -> (Decimal, Decimal, Decimal) {
    let days = pay.days_per_month.unwrap_or(Decimal::from(DEFAULT_DAYS_PER_MONTH));
    let hours = pay.hours_per_day * days;
    (days, hours, (hours / full_time_month_hours()).min(Decimal::ONE))
}

/// Days a month the ordinary employee works these shifts unless told: one shift a week.
pub const DEFAULT_DAYS_PER_MONTH: u32 = 4;
/// A full-time month: 38 hours a week × 52 weeks ÷ 12. 38 hours is the horeca week (FOD WASO's
/// minimum wages for PC 302, https://minimumlonen.be/document.html?jcId=ceaa4cb322cc4933bdb1b933335760ee&date=22/11/2020).
fn full_time_month_hours() -> Decimal {
    Decimal::from(38 * 52) / Decimal::from(12)
}

/// The ordinary employee's net per hour from a real payslip of this job (the key formula, the work
/// bonus, the special contribution), and the after-tax reading beside a main pay when one is given.
fn ordinary_payslip(b: &mut Builder, pay: &PayFacts, context: &Context) -> Result<Decimal, String> {
    let l = context.language;
    let (days, hours, fraction) = month_of(pay);
    let monthly = cents(pay.hourly_wage * hours);
    let slip = super::payslip::part_time_payslip(context.date, monthly, pay.worker_kind, pay.family, fraction, l).map_err(|e| e.0)?;
    b.confidence = b.confidence.min(slip.confidence);
    for line in slip.components.iter().filter(|c| c.name != "social_contribution") {
        // The work bonus gives back part of the contribution: a negative amount on the worker's side.
        let sign = if line.name == "work_bonus" { -Decimal::ONE } else { Decimal::ONE };
        b.components.push(Component {
            name: line.name,
            side: Side::Worker,
            base_per_hour: hour(line.base.unwrap_or_default() / hours),
            rate: line.rate,
            amount_per_hour: hour(sign * line.amount / hours),
            explanation: line.explanation.clone(),
            source: line.source.clone(),
            sources: line.sources.clone(),
            valid_from: line.valid_from,
            valid_until: line.valid_until,
            confidence: line.confidence,
        });
    }
    b.notes.extend(slip.warnings.iter().cloned());
    let (days_text, gross_text, share) = (l.decimal(&days.normalize().to_string()), l.amount(monthly), l.rate(hour(fraction).round_dp(2)));
    let defaulted = if pay.days_per_month.is_none() {
        msg::STAFFING_ONE_SHIFT_A_WEEK_UNLESS.get(l)
    } else {
        ""
    };
    b.notes.push(say!(l,
        msg::STAFFING_THE_NET_IS_THIS_JOB, days_text, defaulted, gross_text, share));
    if let Some(main) = pay.main_monthly_gross {
        // Each job has its own contributions and work bonus; the tax is on both pays together.
        let main_slip = super::payslip::payslip(context.date, main, pay.worker_kind, pay.family, l).map_err(|e| e.0)?;
        let tax = |taxable| super::payslip::monthly_tax_for_the_year(context.date, taxable, pay.family).map(|(t, _)| t).unwrap_or_default();
        let extra_tax = (tax(main_slip.taxable + slip.taxable) - tax(main_slip.taxable) - slip.fiscal_work_bonus).max(Decimal::ZERO);
        let after = (slip.taxable - extra_tax - slip.special_social_contribution) / hours;
        b.after_tax = Some(after);
        let (main_text, after_text) = (l.amount(main), l.amount(cents(after)));
        b.notes.push(say!(l,
            msg::STAFFING_AFTER_THE_YEARLY_TAX_BESIDE, main_text, after_text));
        if let Some(Some(sum)) = super::payslip::monthly_tax_for_the_year(context.date, main, pay.family).map(|(_, s)| s) {
            let amount = l.euro(sum.value);
            let cited = sources::words_in(sum.source, l);
            b.notes.push(say!(l,
                msg::STAFFING_THE_YEARLY_ESTIMATE_USES_THE, amount, cited));
        }
    }
    // The month's pay is rounded to the cent; per hour the net is never above the wage.
    Ok((slip.net / hours).min(pay.hourly_wage))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_structural_reduction_follows_its_published_illustrations() {
        // ordinary-pay.md §5, 2025-04 parameters, full time: a monthly 2,500, 3,000 and 3,500.
        let april_2025 = in_force(STRUCTURAL_REDUCTION, ymd(2025, 5, 15)).unwrap().value;
        for (monthly, quarterly) in [(2500, "522.74"), (3000, "312.74"), (3500, "102.74")] {
            assert_eq!(april_2025.theoretical(Decimal::from(monthly * 3)).to_string(), quarterly, "{monthly}");
        }
        // Below S2 the low-wage term adds: 0.14 × (11,233.89 − 6,000) + 0.40 × (7,082.19 − 6,000).
        assert_eq!(april_2025.theoretical(Decimal::from(6000)).to_string(), "1165.62");
        assert!(in_force(STRUCTURAL_REDUCTION, ymd(2024, 8, 1)).is_none(), "no sourced parameters from July 2024 to March 2025");
        assert!(in_force(STRUCTURAL_REDUCTION, ymd(2025, 7, 1)).is_none(), "the sources conflict after June 2025");
        assert_eq!(in_force(STRUCTURAL_REDUCTION, ymd(2026, 8, 15)).unwrap().value.s2, dec!(9738.14), "2026-Q3 (RSZ 2026/3)");
        assert!(in_force(STRUCTURAL_REDUCTION, ymd(2026, 10, 1)).is_none(), "2026-Q4 is not published");
        // Securex's part-time multiplier at each edge.
        for (mu, beta) in [("1", "1"), ("0.8", "1.25"), ("0.7", "1.222"), ("0.55", "1.18"), ("0.275", "1.18"), ("0.2749", "0")] {
            assert_eq!(structural_multiplier(mu.parse().unwrap()).normalize().to_string(), beta, "µ {mu}");
        }
    }

    #[test]
    fn tables_are_sorted_and_do_not_overlap() {
        fn check<T>(name: &str, table: &[Dated<T>]) {
            for pair in table.windows(2) {
                let until = pair[0].validity.until.unwrap_or_else(|| panic!("{name}: an open period before another"));
                assert!(until < pair[1].validity.from, "{name}: periods overlap");
                assert!(!pair[0].source.is_empty());
            }
        }
        check("minimum flexi wage", MINIMUM_FLEXI_WAGE);
        check("care minimum", MINIMUM_FLEXI_WAGE_CARE);
        check("flexi contribution", FLEXI_EMPLOYER_CONTRIBUTION);
        check("holiday contribution", MANUAL_HOLIDAY_CONTRIBUTION);
        check("forfaits", EXTRA_FORFAITS);
        check("employer days", EXTRA_EMPLOYER_DAYS);
        check("student quota", STUDENT_QUOTA_HOURS);
    }

    #[test]
    fn published_flexi_totals_are_reproduced() {
        // flexi-rules.md P6: basic × 1.0767 rounded to the cent gives each published total.
        let totals = ["9.50", "9.69", "9.88", "10.08", "10.28", "10.49", "10.69", "10.91", "11.12", "11.35", "11.57", "11.81", "12.05", "12.29", "12.53", "12.78", "13.04"];
        for (row, total) in MINIMUM_FLEXI_WAGE.iter().zip(totals) {
            assert_eq!(cents(row.value * dec!(1.0767)).to_string(), total, "{}", row.value);
        }
    }
}
