//! Staffing a peak: what an hour and a shift cost the employer and bring the worker, as a flexi-job,
//! an occasional horeca worker ("extra"), a student, or an ordinary employee
//! (`../shared/reference/staffing-costs.md`). The method is the one that reproduces Acerta's table of
//! 5 June 2019 figure for figure (staffing-costs.md §7.2).
//!
//! Rounding rule: full precision inside; per-hour amounts are given to 4 decimals (as sector wage
//! scales are), per-shift amounts to the cent, both rounded half away from zero.

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
            en: "The {what} for {day} is not in the sources this tool relies on.",
            nl: "Het gegeven '{what}' voor {day} staat niet in de bronnen waarop deze tool steunt.",
            fr: "Le paramètre « {what} » pour le {day} ne figure pas dans les sources de cet outil.")
    })
}

const FLEXI_HOLIDAY_PAY_NAME: Tr = Tr { en: "flexi holiday pay", nl: "flexivakantiegeld", fr: "pécule de vacances flexi" };
const FLEXI_CONTRIBUTION_NAME: Tr = Tr { en: "flexi employer contribution", nl: "bijzondere werkgeversbijdrage flexi", fr: "cotisation patronale spéciale flexi" };
const HOLIDAY_CONTRIBUTION_NAME: Tr = Tr { en: "holiday contribution", nl: "vakantiebijdrage", fr: "cotisation vacances" };
const WORKER_CONTRIBUTION_NAME: Tr = Tr { en: "worker contribution", nl: "werknemersbijdrage", fr: "cotisation personnelle" };

fn barema_wage(l: Language) -> String {
    Tr { en: "The barema wage of the function.", nl: "Het baremaloon van de functie.", fr: "Le salaire barémique de la fonction." }.get(l).to_string()
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
            en: "Flexi-jobs exist from 1 December 2015.",
            nl: "Flexi-jobs bestaan sinds 1 december 2015.",
            fr: "Les flexi-jobs existent depuis le 1er décembre 2015."));
    }
    if let Some(why) = &context.flexi_refusal {
        return b.unavailable(say!(l, en: "Not allowed for this worker: {why}", nl: "Niet toegelaten voor deze werknemer: {why}", fr: "Pas permis pour ce travailleur : {why}"));
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
        (Some(_), _) => say!(l, en: "The flexi wage you gave.", nl: "Het flexiloon dat je gaf.", fr: "Le salaire flexi que vous avez indiqué."),
        (None, Some(_)) => say!(l,
            en: "The minimum flexi wage on {day}: {wage}.",
            nl: "Het minimale flexiloon op {day}: {wage}.",
            fr: "Le salaire flexi minimum le {day} : {wage}."),
        (None, None) => say!(l,
            en: "At least the barema of the function (the hourly wage you gave).",
            nl: "Minstens het barema van de functie (het uurloon dat je gaf).",
            fr: "Au moins le barème de la fonction (le salaire horaire que vous avez indiqué)."),
    };
    b.add("wage", Side::Employer, basic, None, &wage_param, wage_explanation);
    if let Some(m) = minimum {
        if basic < m.value {
            let least = l.amount(m.value);
            b.notes.push(say!(l,
                en: "{wage} is below the minimum flexi wage of {least} on {day}.",
                nl: "{wage} is minder dan het minimale flexiloon van {least} op {day}.",
                fr: "{wage} est inférieur au salaire flexi minimum de {least} le {day}."));
        }
    } else if barema_rule && basic < pay.hourly_wage {
        b.notes.push(say!(l,
            en: "From 2024, outside horeca, the flexi wage must be at least the barema of the function ({barema}).",
            nl: "Vanaf 2024 moet het flexiloon buiten de horeca minstens het barema van de functie zijn ({barema}).",
            fr: "À partir de 2024, hors horeca, le salaire flexi doit être au moins le barème de la fonction ({barema})."));
    }
    if let Some(cap) = in_force(FLEXI_MAXIMUM_FACTOR, date) {
        let reference = minimum.map_or(pay.hourly_wage, |m| m.value);
        let maximum = reference * cap.value;
        if basic > maximum {
            let (reference, maximum) = (l.amount(reference), l.amount(hour(maximum)));
            b.notes.push(say!(l,
                en: "{wage} is above the maximum flexi wage of 150 % of {reference} ({maximum}), unless a sector agreement sets another cap.",
                nl: "{wage} is meer dan het maximale flexiloon van 150 % van {reference} ({maximum}), tenzij een sectorakkoord een ander plafond vastlegt.",
                fr: "{wage} dépasse le salaire flexi maximum de 150 % de {reference} ({maximum}), sauf si un accord sectoriel fixe un autre plafond."));
        }
        if is_horeca(context) {
            b.notes.push(say!(l,
                en: "A fixed horeca maximum of €21 an hour, indexed, is reported to replace the 150 % rule; the sources disagree whether it includes the flexi holiday pay (two versions of the same federation page say both), and its start date and legal text were not found. Not applied here.",
                nl: "Een vast, geïndexeerd horecamaximum van € 21 per uur zou de regel van 150 % vervangen; de bronnen spreken elkaar tegen over de vraag of het flexivakantiegeld erin zit (twee versies van dezelfde federatiepagina zeggen beide), en de begindatum en de wettekst werden niet gevonden. Hier niet toegepast.",
                fr: "Un maximum horeca fixe de 21 € de l'heure, indexé, remplacerait la règle des 150 % ; les sources divergent sur l'inclusion du pécule de vacances flexi (deux versions de la même page de fédération disent l'un et l'autre), et sa date de début et son texte légal n'ont pas été trouvés. Non appliqué ici."));
        }
    }
    let rate = l.rate(holiday_rate.value);
    let holiday = b.add("holiday_pay", Side::Employer, basic, Some(holiday_rate.value), holiday_rate, say!(l,
        en: "Flexi holiday pay: {rate} of the flexi wage, paid with it.",
        nl: "Flexivakantiegeld: {rate} van het flexiloon, samen ermee betaald.",
        fr: "Pécule de vacances flexi : {rate} du salaire flexi, payé avec lui."));
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
                en: "Special employer contribution: {rate} of the flexi wage and holiday pay.",
                nl: "Bijzondere werkgeversbijdrage: {rate} van het flexiloon en het vakantiegeld.",
                fr: "Cotisation patronale spéciale : {rate} du salaire flexi et du pécule de vacances.")
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
                        en: "Above the yearly tax-free ceiling flexi pay is taxable: the worker's withholding rate on the part of this shift above it.",
                        nl: "Boven het jaarlijkse belastingvrije plafond is flexiloon belastbaar: de voorheffingsvoet van de werknemer op het deel van deze shift erboven.",
                        fr: "Au-delà du plafond annuel exonéré, le salaire flexi est imposable : le taux de précompte du travailleur sur la partie de ce service au-delà."),
                );
                Some(gross - tax)
            }
            None => {
                b.notes.push(say!(l,
                    en: "This shift goes over the yearly tax-free ceiling: the part above it is taxable. Give a withholding rate to see the net.",
                    nl: "Deze shift gaat over het jaarlijkse belastingvrije plafond: het deel erboven is belastbaar. Geef een voorheffingsvoet om het netto te zien.",
                    fr: "Ce service dépasse le plafond annuel exonéré : la partie au-delà est imposable. Indiquez un taux de précompte pour voir le net."));
                None
            }
        }
    } else {
        if !context.pensioner && context.flexi_ceiling.is_some() {
            b.notes.push(say!(l,
                en: "No social contributions and no tax for the worker, within the yearly tax-free ceiling.",
                nl: "Geen sociale bijdragen en geen belasting voor de werknemer, binnen het jaarlijkse belastingvrije plafond.",
                fr: "Ni cotisations sociales ni impôt pour le travailleur, dans les limites du plafond annuel exonéré."));
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
            en: "Only for horeca employers (PC 302), or an agency placing the worker with one.",
            nl: "Alleen voor horecawerkgevers (PC 302), of een uitzendkantoor dat de werknemer bij een van hen tewerkstelt.",
            fr: "Uniquement pour les employeurs de l'horeca (CP 302), ou une agence d'intérim qui y place le travailleur."));
    }
    b.notes.push(say!(l,
        en: "At most 2 consecutive days with the same employer: a third day makes the whole period ordinary employment.",
        nl: "Hoogstens 2 opeenvolgende dagen bij dezelfde werkgever: een derde dag maakt van de hele periode een gewone tewerkstelling.",
        fr: "Au maximum 2 jours consécutifs chez le même employeur : un troisième jour fait de toute la période une occupation ordinaire."));
    let quota_name = Tr { en: "extra's day quota", nl: "dagcontingent van de extra", fr: "contingent de jours de l'extra" };
    if let Ok(limit) = param(EXTRA_WORKER_DAYS, date, quota_name, l) {
        if let Some(used) = pay.extra_days_used {
            let (days, next) = (limit.value, limit.value + 1);
            if used >= limit.value {
                return b.unavailable(say!(l,
                    en: "The worker has used the {days} days a year at the extra's rates: from day {next} the ordinary rules apply.",
                    nl: "De werknemer heeft de {days} dagen per jaar aan de tarieven voor extra's opgebruikt: vanaf dag {next} gelden de gewone regels.",
                    fr: "Le travailleur a épuisé les {days} jours par an aux taux des extras : à partir du jour {next}, les règles ordinaires s'appliquent."));
            }
            let today = used + 1;
            b.notes.push(say!(l,
                en: "This is the worker's day {today} of {days} this year (check Horeca@work).",
                nl: "Dit is dag {today} van {days} dit jaar voor de werknemer (kijk Horeca@work na).",
                fr: "C'est le jour {today} sur {days} cette année pour le travailleur (vérifiez Horeca@work)."));
        }
    }
    let employer_quota = Tr { en: "employer's day quota", nl: "dagcontingent van de werkgever", fr: "contingent de jours de l'employeur" };
    if let (Ok(limit), Some(used)) = (param(EXTRA_EMPLOYER_DAYS, date, employer_quota, l), pay.employer_extra_days_used) {
        if used >= limit.value {
            let days = limit.value;
            return b.unavailable(say!(l,
                en: "The employer has used its {days} days a year for extras.",
                nl: "De werkgever heeft zijn {days} dagen per jaar voor extra's opgebruikt.",
                fr: "L'employeur a épuisé ses {days} jours par an pour des extras."));
        }
    }
    let table = in_force(EXTRA_FORFAITS, date);
    let (ss_forfait, forfait_param): (Decimal, Dated<Decimal>) = match (pay.extra_hourly_forfait, table) {
        (Some(f), _) => (f, given(f, date, "The hourly forfait you gave")),
        (None, Some(p)) => (p.value.0, Dated { value: p.value.0, validity: p.validity, source: p.source, confidence: p.confidence }),
        (None, None) => {
            let day = l.date(date);
            return b.unknown_figures(say!(l,
                en: "The extra's flat-rate bases for {day} are not in the sources (only 2018-Q4 to 2020-Q1 and 2022-Q4 are); the official page still shows €10.08 an hour from 1 October 2022, but that amount follows the indexation of the minimum wage. Give the current hourly forfait to compute.",
                nl: "De forfaitaire grondslagen van de extra voor {day} staan niet in de bronnen (alleen 2018-Q4 tot 2020-Q1 en 2022-Q4); de officiële pagina toont nog € 10,08 per uur vanaf 1 oktober 2022, maar dat bedrag volgt de indexering van het minimumloon. Geef het huidige uurforfait om te rekenen.",
                fr: "Les bases forfaitaires de l'extra pour le {day} ne figurent pas dans les sources (seulement 2018-Q4 à 2020-Q1 et 2022-Q4) ; la page officielle indique encore 10,08 € de l'heure à partir du 1er octobre 2022, mais ce montant suit l'indexation du salaire minimum. Indiquez le forfait horaire actuel pour calculer."))
        }
    };
    b.confidence = b.confidence.min(forfait_param.confidence);
    if pay.extra_hourly_forfait.is_none() && forfait_param.source == S_FORFAIT_LATEST {
        b.notes.push(say!(l,
            en: "No flat-rate base is published after 1 October 2022: the official page \"Working as an occasional worker in horeca\" (socialsecurity.be) still shows €10.08 an hour as current. The base follows the minimum wage's indexation, so the real one is probably higher: give it if you know it.",
            nl: "Na 1 oktober 2022 is geen forfaitaire grondslag gepubliceerd: de officiële pagina \"Gelegenheidswerknemer in de horeca\" (socialsecurity.be) toont nog € 10,08 per uur als geldend. De grondslag volgt de indexering van het minimumloon, dus de echte is wellicht hoger: geef hem als je hem kent.",
            fr: "Aucune base forfaitaire n'est publiée après le 1er octobre 2022 : la page officielle « Travailleur occasionnel dans l'horeca » (socialsecurity.be) indique encore 10,08 € de l'heure comme actuelle. La base suit l'indexation du salaire minimum, la vraie est donc sans doute plus élevée : indiquez-la si vous la connaissez."));
    }
    let (base, source) = (l.amount(ss_forfait), sources::words_in(forfait_param.source, l));
    b.notes.push(say!(l,
        en: "Flat-rate base {base} an hour: {source}.",
        nl: "Forfaitaire grondslag {base} per uur: {source}.",
        fr: "Base forfaitaire de {base} de l'heure : {source}."));
    // The "rights" base (for holiday contributions) is a different, higher forfait: only from the table.
    let rights = table.map(|p| (p.value.1, p.value.2, p));
    let (employer_rate, holiday_rate, withholding_rate, worker_rate) = match (
        param(EXTRA_EMPLOYER_CONTRIBUTION, date, Tr { en: "employer rate on the extra's forfait", nl: "werkgeversbijdrage op het forfait van de extra", fr: "taux patronal sur le forfait de l'extra" }, l),
        param(MANUAL_HOLIDAY_CONTRIBUTION, date, HOLIDAY_CONTRIBUTION_NAME, l),
        param(EXTRA_WITHHOLDING, date, Tr { en: "extra's withholding", nl: "bedrijfsvoorheffing van de extra", fr: "précompte de l'extra" }, l),
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
            let of = if uplift > Decimal::ONE { Tr { en: "108 % of ", nl: "108 % van ", fr: "108 % de " }.get(l) } else { "" };
            let counted = if hours < six {
                Tr { en: ", each started hour", nl: ", per begonnen uur", fr: ", par heure entamée" }
            } else {
                Tr { en: ", day forfait from 6 hours", nl: ", dagforfait vanaf 6 uur", fr: ", forfait journalier dès 6 heures" }
            }
            .get(l);
            say!(l,
                en: "Employer contributions on the flat-rate base ({of}{base} an hour{counted}), not on the wage; the rate is Acerta's and the sources disagree on it.",
                nl: "Werkgeversbijdragen op de forfaitaire grondslag ({of}{base} per uur{counted}), niet op het loon; de voet is die van Acerta en de bronnen verschillen erover.",
                fr: "Cotisations patronales sur la base forfaitaire ({of}{base} de l'heure{counted}), pas sur le salaire ; le taux est celui d'Acerta et les sources divergent à son sujet.")
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
                        en: "Holiday contributions on the 'rights' flat-rate base (108 % of {hourly} an hour, {daily} a day), as Acerta computed them; no RSZ text confirming that base was found.",
                        nl: "Vakantiebijdragen op de forfaitaire grondslag voor 'rechten' (108 % van {hourly} per uur, {daily} per dag), zoals Acerta ze berekende; geen RSZ-tekst die die grondslag bevestigt werd gevonden.",
                        fr: "Cotisations vacances sur la base forfaitaire « droits » (108 % de {hourly} de l'heure, {daily} par jour), comme Acerta les a calculées ; aucun texte de l'ONSS confirmant cette base n'a été trouvé.")
                },
            )
        }
        (WorkerKind::Manual, None) => {
            b.notes.push(say!(l,
                en: "Holiday contributions (on the extra's 'rights' flat-rate base) are not included: that base is not known for this date.",
                nl: "Vakantiebijdragen (op de forfaitaire grondslag voor 'rechten' van de extra) zijn niet inbegrepen: die grondslag is voor deze datum niet gekend.",
                fr: "Les cotisations vacances (sur la base forfaitaire « droits » de l'extra) ne sont pas comprises : cette base n'est pas connue pour cette date."));
            Decimal::ZERO
        }
        (WorkerKind::WhiteCollar, _) => {
            b.notes.push(say!(l,
                en: "White-collar extras: holiday pay is the employer's own cost and is not included.",
                nl: "Extra's met een bediendecontract: het vakantiegeld is een eigen kost van de werkgever en is niet inbegrepen.",
                fr: "Extras employés : le pécule de vacances est une charge propre de l'employeur et n'est pas compris."));
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
                en: "Worker contributions {rate} on the flat-rate base.",
                nl: "Werknemersbijdragen {rate} op de forfaitaire grondslag.",
                fr: "Cotisations personnelles de {rate} sur la base forfaitaire.")
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
                en: "Flat {rate} withholding during the first 50 days (a final separate tax of 33 % plus municipal surcharge).",
                nl: "Vaste bedrijfsvoorheffing van {rate} tijdens de eerste 50 dagen (een bevrijdende afzonderlijke belasting van 33 % plus gemeentebelasting).",
                fr: "Précompte forfaitaire de {rate} pendant les 50 premiers jours (un impôt distinct libératoire de 33 % plus la taxe communale).")
        },
    );
    b.notes.push(say!(l,
        en: "End-of-year premium only from 44 days with the same employer: not included.",
        nl: "Eindejaarspremie pas vanaf 44 dagen bij dezelfde werkgever: niet inbegrepen.",
        fr: "Prime de fin d'année seulement à partir de 44 jours chez le même employeur : non comprise."));
    b.finish(w, w + employer_contribution + holiday, Some(taxable - withholding))
}

/// Student within the yearly quota: solidarity contributions 5.42 % and 2.71 %, no withholding.
fn student(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Student, pay.hours_per_day, context.language);
    let date = context.date;
    let l = context.language;
    let quota_name = Tr { en: "student hour quota", nl: "urencontingent van de student", fr: "contingent d'heures de l'étudiant" };
    let quota = match param(STUDENT_QUOTA_HOURS, date, quota_name, l) {
        Ok(q) => q,
        Err(why) => return b.unknown_figures(why),
    };
    let (hours, year, next) = (quota.value, date.year(), quota.value + 1);
    if let Some(used) = pay.student_hours_used {
        let limit = Decimal::from(quota.value);
        if used >= limit {
            return b.unavailable(say!(l,
                en: "The student has used the {hours} hours of {year}: from hour {next} the ordinary contributions and withholding apply (see the ordinary employee).",
                nl: "De student heeft de {hours} uren van {year} opgebruikt: vanaf uur {next} gelden de gewone bijdragen en voorheffing (zie de gewone werknemer).",
                fr: "L'étudiant a épuisé les {hours} heures de {year} : à partir de l'heure {next}, les cotisations et le précompte ordinaires s'appliquent (voir le travailleur ordinaire)."));
        }
        let left = l.decimal(&(limit - used).normalize().to_string());
        b.notes.push(say!(l,
            en: "{left} of the {hours} hours at solidarity rates are left this year (check Student@work).",
            nl: "Van de {hours} uren aan solidariteitstarieven blijven er dit jaar {left} over (kijk Student@work na).",
            fr: "Il reste cette année {left} des {hours} heures aux taux de solidarité (vérifiez Student@work)."));
        if limit - used < pay.hours_per_day {
            b.notes.push(say!(l,
                en: "This shift goes past the quota: the hours beyond it fall under ordinary rules.",
                nl: "Deze shift gaat over het contingent: de uren erboven vallen onder de gewone regels.",
                fr: "Ce service dépasse le contingent : les heures au-delà relèvent des règles ordinaires."));
        }
    } else {
        b.notes.push(say!(l,
            en: "Within the quota of {hours} hours in {year} (check Student@work).",
            nl: "Binnen het contingent van {hours} uren in {year} (kijk Student@work na).",
            fr: "Dans le contingent de {hours} heures en {year} (vérifiez Student@work)."));
    }
    let contributions_name = Tr { en: "student solidarity contributions", nl: "solidariteitsbijdragen van de student", fr: "cotisations de solidarité de l'étudiant" };
    let contributions = match param(STUDENT_CONTRIBUTIONS, date, contributions_name, l) {
        Ok(c) => c,
        Err(why) => return b.unknown_figures(why),
    };
    let s = pay.student_hourly_wage.unwrap_or(pay.hourly_wage);
    if is_horeca(context) {
        b.notes.push(say!(l,
            en: "In horeca a student may be paid the barema two categories lower than the function (not students of a hotel school).",
            nl: "In de horeca mag een student het barema van twee categorieën lager dan de functie krijgen (niet voor studenten van een hotelschool).",
            fr: "Dans l'horeca, un étudiant peut être payé au barème de deux catégories en dessous de la fonction (pas les étudiants d'une école hôtelière)."));
    }
    let wage_param = Dated { value: s, validity: quota.validity, source: "The student wage you gave, or the barema", confidence: Confidence::High };
    b.add("wage", Side::Employer, s, None, &wage_param, say!(l,
        en: "The student's hourly wage; no holiday pay under the student regime.",
        nl: "Het uurloon van de student; geen vakantiegeld in het studentenstelsel.",
        fr: "Le salaire horaire de l'étudiant ; pas de pécule de vacances sous le régime étudiant."));
    let (employer_rate, student_rate) = (l.rate(contributions.value.0), l.rate(contributions.value.1));
    let employer = b.add("employer_contribution", Side::Employer, s, Some(contributions.value.0), contributions, say!(l,
        en: "Employer solidarity contribution {employer_rate}.",
        nl: "Solidariteitsbijdrage van de werkgever: {employer_rate}.",
        fr: "Cotisation de solidarité patronale : {employer_rate}."));
    let worker = b.add("worker_contribution", Side::Worker, s, Some(contributions.value.1), contributions, say!(l,
        en: "Student solidarity contribution {student_rate}; no withholding within the quota.",
        nl: "Solidariteitsbijdrage van de student: {student_rate}; geen voorheffing binnen het contingent.",
        fr: "Cotisation de solidarité de l'étudiant : {student_rate} ; pas de précompte dans le contingent."));
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
    let rate_name = Tr { en: "employer contribution rate", nl: "werkgeversbijdragevoet", fr: "taux de cotisation patronale" };
    // A horeca manual worker's sourced all-in rate, where there is one, before the facial rate.
    let all_in = (is_horeca(context) && manual).then(|| in_force(PC302_MANUAL_ALL_IN, date)).flatten();
    let employer_param = match (pay.employer_contribution_rate, param(ORDINARY_EMPLOYER_CONTRIBUTION, date, rate_name, l)) {
        (Some(rate), _) => given(rate, date, "The employer contribution rate you gave"),
        (None, _) if all_in.is_some() => *all_in.unwrap_or(&PC302_MANUAL_ALL_IN[0]),
        (None, Ok(p)) => *p,
        (None, Err(why)) => {
            return b.unknown_figures(say!(l,
                en: "{why} Give the employer contribution rate to compute.",
                nl: "{why} Geef de werkgeversbijdragevoet om te rekenen.",
                fr: "{why} Indiquez le taux de cotisation patronale pour calculer."))
        }
    };
    let worker_rate = match param(WORKER_CONTRIBUTION, date, WORKER_CONTRIBUTION_NAME, l) {
        Ok(p) => p,
        Err(why) => return b.unknown_figures(why),
    };
    let wage_param = Dated { value: w, validity: Validity::from(ymd(2015, 1, 1)), source: "The barema wage you gave", confidence: Confidence::High };
    b.add("wage", Side::Employer, w, None, &wage_param, barema_wage(l));
    let of_108 = if manual { Tr { en: " of 108 % of the wage", nl: " van 108 % van het loon", fr: " de 108 % du salaire" }.get(l) } else { "" };
    let employer = b.add(
        "employer_contribution",
        Side::Employer,
        uplift * w,
        Some(employer_param.value),
        &employer_param,
        {
            let rate = l.rate(employer_param.value);
            let facial = if all_in.is_some() && pay.employer_contribution_rate.is_none() {
                Tr {
                    en: " Acerta's all-in rate for a horeca manual worker in 2019 (base rate, sector funds and small contributions together).",
                    nl: " De totale voet van Acerta voor een arbeider in de horeca in 2019 (basisvoet, sectorfondsen en kleine bijdragen samen).",
                    fr: " Le taux global d'Acerta pour un ouvrier de l'horeca en 2019 (taux de base, fonds sectoriels et petites cotisations ensemble).",
                }
                .get(l)
            } else if pay.employer_contribution_rate.is_none() {
                Tr {
                    en: " The facial rate: sector funds and small contributions come on top (Acerta's all-in rate for a horeca manual worker in 2019 was 27.89 %); the structural reduction is its own line, target-group reductions are not deducted.",
                    nl: " De faciale voet: sectorfondsen en kleine bijdragen komen erbovenop (de totale voet van Acerta voor een arbeider in de horeca in 2019 was 27,89 %); de structurele vermindering is een eigen lijn, doelgroepverminderingen zijn niet afgetrokken.",
                    fr: " Le taux facial : fonds sectoriels et petites cotisations s'y ajoutent (le taux global d'Acerta pour un ouvrier de l'horeca en 2019 était de 27,89 %) ; la réduction structurelle est une ligne à part, les réductions groupes cibles ne sont pas déduites.",
                }
                .get(l)
            } else {
                ""
            };
            say!(l,
                en: "Employer contributions {rate}{of_108}.{facial}",
                nl: "Werkgeversbijdragen {rate}{of_108}.{facial}",
                fr: "Cotisations patronales de {rate}{of_108}.{facial}")
        },
    );
    let holiday = if manual {
        match param(MANUAL_HOLIDAY_CONTRIBUTION, date, HOLIDAY_CONTRIBUTION_NAME, l) {
            Ok(p) => {
                let rate = l.rate(p.value);
                b.add("holiday_contribution", Side::Employer, uplift * w, Some(p.value), p, say!(l,
                    en: "Holiday contributions {rate} of 108 % of the wage, to the holiday fund.",
                    nl: "Vakantiebijdragen {rate} van 108 % van het loon, aan het vakantiefonds.",
                    fr: "Cotisations vacances de {rate} de 108 % du salaire, à la caisse de vacances."))
            }
            Err(why) => return b.unknown_figures(why),
        }
    } else {
        match param(WHITE_COLLAR_HOLIDAY_PAY, date, Tr { en: "white-collar holiday pay", nl: "vakantiegeld van bedienden", fr: "pécule de vacances des employés" }, l) {
            Ok(p) => {
                let rate = l.rate(p.value);
                b.add("holiday_pay", Side::Employer, w, Some(p.value), p, say!(l,
                    en: "Holiday pay accrued: {rate} of the wage.",
                    nl: "Opgebouwd vakantiegeld: {rate} van het loon.",
                    fr: "Pécule de vacances constitué : {rate} du salaire."))
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
                en: "Horeca's sector pension (second pillar): {rate} of the gross pay, collected with the RSZ contributions. One source gives 1 %.",
                nl: "Sectorpensioen van de horeca (tweede pijler): {rate} van het brutoloon, geïnd met de RSZ-bijdragen. Eén bron geeft 1 %.",
                fr: "Pension sectorielle de l'horeca (deuxième pilier) : {rate} du salaire brut, perçue avec les cotisations ONSS. Une source indique 1 %."))
        }
        None => Decimal::ZERO,
    };
    let reduction = structural_reduction(&mut b, pay, context, all_in.is_some(), employer);
    let rate = l.rate(worker_rate.value);
    let worker_contribution = b.add("worker_contribution", Side::Worker, uplift * w, Some(worker_rate.value), worker_rate, say!(l,
        en: "Worker contributions {rate}{of_108}.",
        nl: "Werknemersbijdragen {rate}{of_108}.",
        fr: "Cotisations personnelles de {rate}{of_108}."));
    let taxable = w - worker_contribution;
    if date < ymd(2024, 1, 1) || pay.withholding_rate.is_some() {
        b.notes.push(say!(l,
            en: "The end-of-year premium (in horeca: 12 % prepaid to the sector fund) and the social work bonus for low wages are not included.",
            nl: "De eindejaarspremie (in de horeca: 12 % vooraf betaald aan het sectorfonds) en de sociale werkbonus voor lage lonen zijn niet inbegrepen.",
            fr: "La prime de fin d'année (dans l'horeca : 12 % payés d'avance au fonds sectoriel) et le bonus social à l'emploi pour les bas salaires ne sont pas compris."));
    } else {
        b.notes.push(say!(l,
            en: "The end-of-year premium (in horeca: 12 % prepaid to the sector fund) is not included.",
            nl: "De eindejaarspremie (in de horeca: 12 % vooraf betaald aan het sectorfonds) is niet inbegrepen.",
            fr: "La prime de fin d'année (dans l'horeca : 12 % payés d'avance au fonds sectoriel) n'est pas comprise."));
    }
    let net = match pay.withholding_rate {
        Some(rate) => {
            let param = given(rate, date, "The withholding rate you gave (an average, as Acerta's 30 %)");
            let given_rate = l.rate(rate);
            Some(taxable - b.add("withholding", Side::Worker, taxable, Some(rate), &param, say!(l,
                en: "Withholding tax at the rate you gave, {given_rate}.",
                nl: "Bedrijfsvoorheffing aan de voet die je gaf, {given_rate}.",
                fr: "Précompte professionnel au taux que vous avez indiqué, {given_rate}.")))
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
                en: "Withholding tax depends on the whole monthly pay and the family situation, and this tool does not have the official key-formula parameters for every year: give a withholding rate to see the net.",
                nl: "De bedrijfsvoorheffing hangt af van het hele maandloon en de gezinstoestand, en deze tool heeft de officiële parameters van de sleutelformule niet voor elk jaar: geef een voorheffingsvoet om het netto te zien.",
                fr: "Le précompte professionnel dépend de toute la rémunération mensuelle et de la situation familiale, et cet outil n'a pas les paramètres officiels de la formule-clé pour chaque année : indiquez un taux de précompte pour voir le net."));
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
            en: "The structural reduction of employer contributions is not deducted: its parameters for this quarter are not in the sources (only those of January to June 2024, April to June 2025 and July to September 2026 are; from July 2025 to June 2026 the sources give only part of them, and none is published yet after September 2026).",
            nl: "De structurele vermindering van de werkgeversbijdragen is niet afgetrokken: de parameters voor dit kwartaal staan niet in de bronnen (alleen die van januari tot juni 2024, april tot juni 2025 en juli tot september 2026; van juli 2025 tot juni 2026 geven de bronnen er maar een deel van, en na september 2026 is er nog geen gepubliceerd).",
            fr: "La réduction structurelle des cotisations patronales n'est pas déduite : ses paramètres pour ce trimestre ne figurent pas dans les sources (seulement ceux de janvier à juin 2024, d'avril à juin 2025 et de juillet à septembre 2026 ; de juillet 2025 à juin 2026, les sources n'en donnent qu'une partie, et aucun n'est encore publié après septembre 2026)."));
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
            en: "Structural reduction: none, since this job is {share} of a full time, below the 27.5 % the reduction needs.",
            nl: "Structurele vermindering: geen, want deze job is {share} van een voltijdse, onder de 27,5 % die de vermindering vraagt.",
            fr: "Réduction structurelle : aucune, car cet emploi représente {share} d'un temps plein, sous les 27,5 % requis.")
    } else {
        say!(l,
            en: "Structural reduction of employer contributions: {amount} a quarter ({quarter} at full time, for {share} of a full time).",
            nl: "Structurele vermindering van de werkgeversbijdragen: {amount} per kwartaal ({quarter} voltijds, voor {share} van een voltijdse).",
            fr: "Réduction structurelle des cotisations patronales : {amount} par trimestre ({quarter} à temps plein, pour {share} d'un temps plein).")
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
        Tr { en: " (one shift a week unless you give the days)", nl: " (één shift per week tenzij je de dagen opgeeft)", fr: " (un service par semaine sauf si vous indiquez les jours)" }.get(l)
    } else {
        ""
    };
    b.notes.push(say!(l,
        en: "The net is this job's own payslip: {days_text} days a month{defaulted}, {gross_text} gross a month, {share} of a full time of 38 hours a week; withholding by the key formula for a single person without children unless you give the family.",
        nl: "Het netto is de eigen loonfiche van deze job: {days_text} dagen per maand{defaulted}, {gross_text} bruto per maand, {share} van een voltijdse week van 38 uur; voorheffing volgens de sleutelformule voor een alleenstaande zonder kinderen tenzij je het gezin opgeeft.",
        fr: "Le net est la fiche de paie de ce seul emploi : {days_text} jours par mois{defaulted}, {gross_text} brut par mois, {share} d'un temps plein de 38 heures par semaine ; précompte selon la formule-clé pour une personne isolée sans enfant sauf si vous indiquez la famille."));
    if let Some(main) = pay.main_monthly_gross {
        // Each job has its own contributions and work bonus; the tax is on both pays together.
        let main_slip = super::payslip::payslip(context.date, main, pay.worker_kind, pay.family, l).map_err(|e| e.0)?;
        let tax = |taxable| super::payslip::monthly_tax_for_the_year(context.date, taxable, pay.family).map(|(t, _)| t).unwrap_or_default();
        let extra_tax = (tax(main_slip.taxable + slip.taxable) - tax(main_slip.taxable) - slip.fiscal_work_bonus).max(Decimal::ZERO);
        let after = (slip.taxable - extra_tax - slip.special_social_contribution) / hours;
        b.after_tax = Some(after);
        let (main_text, after_text) = (l.amount(main), l.amount(cents(after)));
        b.notes.push(say!(l,
            en: "After the yearly tax, beside a main pay of {main_text} a month: about {after_text} an hour. An estimate: the tax on both pays together minus the tax on the main pay alone. A flexi-jobber by definition has a main job or a pension, so this is the figure to set beside tax-free flexi pay.",
            nl: "Na de jaarlijkse belasting, naast een hoofdloon van {main_text} per maand: ongeveer {after_text} per uur. Een schatting: de belasting op beide lonen samen min de belasting op het hoofdloon alleen. Een flexi-jobber heeft per definitie een hoofdjob of een pensioen, dus dit is het bedrag om naast belastingvrij flexiloon te leggen.",
            fr: "Après l'impôt annuel, à côté d'un salaire principal de {main_text} par mois : environ {after_text} de l'heure. Une estimation : l'impôt sur les deux salaires ensemble moins l'impôt sur le salaire principal seul. Un flexi-jobiste a par définition un emploi principal ou une pension : c'est le chiffre à mettre à côté du salaire flexi exonéré."));
        if let Some(Some(sum)) = super::payslip::monthly_tax_for_the_year(context.date, main, pay.family).map(|(_, s)| s) {
            let amount = l.euro(sum.value);
            let cited = sources::words_in(sum.source, l);
            b.notes.push(say!(l,
                en: "The yearly estimate uses the income year's tax-free sum of {amount} (medium confidence: {cited}); the monthly withholding above still uses the key formula's.",
                nl: "De jaarlijkse schatting gebruikt de belastingvrije som van het inkomstenjaar, {amount} (gemiddelde zekerheid: {cited}); de maandelijkse voorheffing hierboven gebruikt nog die van de sleutelformule.",
                fr: "L'estimation annuelle utilise la quotité exemptée de l'année de revenus, {amount} (certitude moyenne : {cited}) ; le précompte mensuel ci-dessus utilise encore celle de la formule-clé."));
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
