//! Staffing a peak: what an hour and a shift cost the employer and bring the worker, as a flexi-job,
//! an occasional horeca worker ("extra"), a student, or an ordinary employee
//! (`../shared/reference/staffing-costs.md`). The method is the one that reproduces Acerta's table of
//! 5 June 2019 figure for figure (staffing-costs.md §7.2).
//!
//! Rounding rule: full precision inside; per-hour amounts are given to 4 decimals (as sector wage
//! scales are), per-shift amounts to the cent, both rounded half away from zero.

use super::dated::{in_force, ymd, Confidence, Dated, Validity};
use super::eligibility::long_date;
use super::sectors::SYSTEM_START;
use chrono::{Datelike, NaiveDate};
use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

/// A decimal known at compile time: `dec(2789, 4)` is 0.2789.
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
    pub source: &'static str,
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
}

// ---------------------------------------------------------------------------------------------
// Parameters (staffing-costs.md and flexi-rules.md), one table per legal quantity.
// ---------------------------------------------------------------------------------------------

const S_FLEXI_WAGE: &str = "Minimum flexi wage: uwpayroll wage history [S50]; RSZ/ONSS [S15]; Securex [S29]; Attentia [S44]; horecaismijnpassie [S52] (flexi-rules.md P6)";

/// P6: minimum basic flexi wage per hour (excl. flexi holiday pay); all flexi sectors until 2023, horeca only from 2024.
pub const MINIMUM_FLEXI_WAGE: &[Dated<Decimal>] = &[
    dated(dec(882, 2), ymd(2015, 12, 1), Some(ymd(2016, 5, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(900, 2), ymd(2016, 6, 1), Some(ymd(2017, 5, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(918, 2), ymd(2017, 6, 1), Some(ymd(2018, 8, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(936, 2), ymd(2018, 9, 1), Some(ymd(2020, 2, 29)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(955, 2), ymd(2020, 3, 1), Some(ymd(2021, 8, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(974, 2), ymd(2021, 9, 1), Some(ymd(2021, 12, 31)), S_FLEXI_WAGE, Confidence::Medium),
    dated(dec(993, 2), ymd(2022, 1, 1), Some(ymd(2022, 2, 28)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1013, 2), ymd(2022, 3, 1), Some(ymd(2022, 4, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1033, 2), ymd(2022, 5, 1), Some(ymd(2022, 7, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1054, 2), ymd(2022, 8, 1), Some(ymd(2022, 10, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1075, 2), ymd(2022, 11, 1), Some(ymd(2022, 11, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1097, 2), ymd(2022, 12, 1), Some(ymd(2023, 10, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1119, 2), ymd(2023, 11, 1), Some(ymd(2024, 4, 30)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1141, 2), ymd(2024, 5, 1), Some(ymd(2025, 1, 31)), S_FLEXI_WAGE, Confidence::High),
    dated(dec(1164, 2), ymd(2025, 2, 1), Some(ymd(2025, 8, 31)), S_FLEXI_WAGE, Confidence::High),
    // No later indexation was found; Securex expected one around September 2025 (flexi-rules.md Q4).
    dated(dec(1164, 2), ymd(2025, 9, 1), None, "Minimum flexi wage from 1 Feb 2025 [S52][S87]; no later indexation found though one was expected from about Sept 2025 (flexi-rules.md open question 4)", Confidence::Medium),
];

/// P7: the care sector's own minimum flexi wage in 2023 (PC 330 and public care institutions).
pub const MINIMUM_FLEXI_WAGE_CARE: &[Dated<Decimal>] = &[
    dated(dec(1429, 2), ymd(2023, 1, 1), Some(ymd(2023, 10, 31)), "Care minimum flexi wage: Attentia [S43]; Partena [S33]; Securex [S29] (flexi-rules.md P7)", Confidence::High),
    dated(dec(1457, 2), ymd(2023, 11, 1), Some(ymd(2023, 12, 31)), "Care minimum flexi wage from 1 Nov 2023: RSZ/ONSS [S15] (flexi-rules.md P7)", Confidence::High),
];

/// P5: flexi holiday pay, paid with each wage.
pub const FLEXI_HOLIDAY_PAY: &[Dated<Decimal>] =
    &[dated(dec(767, 4), SYSTEM_START, None, "7.67 % flexi holiday pay: uwpayroll [S50]; SD Worx [S56]; Securex (flexi-rules.md P5)", Confidence::High)];

/// P2: the employer's special contribution on flexi wage plus flexi holiday pay.
pub const FLEXI_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[
    dated(dec(25, 2), SYSTEM_START, Some(ymd(2023, 12, 31)), "25 % special employer contribution: socialsecurity.be [S3]; Acerta [S41]; Acerta 2019 (seed 003)", Confidence::High),
    dated(dec(28, 2), ymd(2024, 1, 1), None, "28 % from 1 Jan 2024: FOD Financiën circular 2026/C/4 [S12]; Securex [S28]; Amplo (seed 000)", Confidence::High),
];

/// P9: from 2024 the flexi wage may not exceed 150 % of the minimum basic wage of the function.
pub const FLEXI_MAXIMUM_FACTOR: &[Dated<Decimal>] = &[dated(
    dec(150, 2),
    ymd(2024, 1, 1),
    None,
    "150 % maximum: SD Worx [S56]; horecaestmapassion [S53]; horecaismijnpassie [S52] (horeca: 150 % of the minimum flexi wage, per FOD WASO as reported by the horeca press)",
    Confidence::High,
)];

const S_ORDINARY: &str = "Worker social contribution 13.07 % (of 108 % for manual workers): staffing-costs.md §1; Acerta 2019 (seed 003)";
/// Worker's personal social-security contribution, ordinary regime.
pub const WORKER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(dec(1307, 4), ymd(2015, 1, 1), None, S_ORDINARY, Confidence::High)];

/// Manual workers' contributions are computed on 108 % of the wage.
pub const MANUAL_UPLIFT: Decimal = dec(108, 2);

/// Employer "facial" rate, private sector category 1 (basic 19.88 % + wage moderation): 25 % from 2018.
pub const ORDINARY_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(
    dec(25, 2),
    ymd(2018, 1, 1),
    None,
    "Employer rate 25 % (19.88 % + 5.12 % wage moderation) since the tax shift: Partena, Securex, RSZ instructions 2017-4 and 2023, VBO (staffing-costs.md §1)",
    Confidence::High,
)];

const S_HOLIDAY: &str = "Holiday contributions for manual workers, on 108 % of the wage: Easypay, Besox, Securex, Sociaal Kantoor (staffing-costs.md §1)";
/// Employer holiday contributions for manual workers (quarterly + annual), on 108 % of the wage.
pub const MANUAL_HOLIDAY_CONTRIBUTION: &[Dated<Decimal>] = &[
    dated(dec(1610, 4), ymd(2015, 4, 1), Some(ymd(2015, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec(1592, 4), ymd(2016, 1, 1), Some(ymd(2016, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec(1588, 4), ymd(2017, 1, 1), Some(ymd(2017, 12, 31)), S_HOLIDAY, Confidence::High),
    dated(dec(1584, 4), ymd(2018, 1, 1), None, S_HOLIDAY, Confidence::High),
];

/// White-collar holiday pay (single + double + extra double) accrued per hour worked.
pub const WHITE_COLLAR_HOLIDAY_PAY: &[Dated<Decimal>] = &[dated(
    dec(1534, 4),
    ymd(2015, 1, 1),
    None,
    "White-collar departure holiday pay 15.34 % (7.67 % + 6.80 % + 0.87 %), used as the yearly accrual: Securex (staffing-costs.md §1)",
    Confidence::Medium,
)];

const S_FORFAIT_2019: &str = "Extra forfaits 8.22 €/h (49.32 €/day): RSZ instructions 2019-1 and 2020-1; rights forfait 14.62 €/h (111.14 €/day): VL, HWZ (staffing-costs.md §2.1)";
const S_FORFAIT_2022: &str = "Extra forfaits 10.08 €/h (60.48 €/day) and rights forfaits 17.94 €/h (136.33 €/day) from 1 Oct 2022: socialsecurity.be citizen page (staffing-costs.md §2.1); seed 004";

/// The extra's forfaits: (hourly social-security forfait, hourly "rights" forfait, daily rights forfait).
/// Only periods the dossier dates are listed; for others the figure is unknown (staffing-costs.md §11.1).
pub const EXTRA_FORFAITS: &[Dated<(Decimal, Decimal, Decimal)>] = &[
    dated((dec(822, 2), dec(1462, 2), dec(11114, 2)), ymd(2018, 10, 1), Some(ymd(2020, 3, 31)), S_FORFAIT_2019, Confidence::High),
    dated((dec(1008, 2), dec(1794, 2), dec(13633, 2)), ymd(2022, 10, 1), Some(ymd(2022, 12, 31)), S_FORFAIT_2022, Confidence::High),
];

/// Employer contribution rate on the extra's forfait: Acerta's 2019 figure; another page says 28.29 %.
pub const EXTRA_EMPLOYER_CONTRIBUTION: &[Dated<Decimal>] = &[dated(
    dec(2277, 4),
    ymd(2018, 1, 1),
    None,
    "22.77 % on the forfait as used by Acerta (2019, seed 003); sidejobs quotes 28.29 %, Securex 'the ordinary contributions' (staffing-costs.md §2.1, §7.4, open question 2)",
    Confidence::Low,
)];

/// The extra's flat withholding tax for the first 50 days.
pub const EXTRA_WITHHOLDING: &[Dated<Decimal>] =
    &[dated(dec(3331, 4), ymd(2013, 10, 1), None, "33.31 % flat withholding: Securex, Knack 2013, Horeca Vlaanderen 2019 (staffing-costs.md §2.1); seed 004", Confidence::High)];

/// Days per calendar year at the extra's forfait: per worker, per employer.
pub const EXTRA_WORKER_DAYS: &[Dated<u32>] =
    &[dated(50, ymd(2013, 10, 1), None, "50 days per worker per year: RSZ instructions 2020-1, socialsecurity.be (staffing-costs.md §2.1); seeds 003, 004", Confidence::High)];
pub const EXTRA_EMPLOYER_DAYS: &[Dated<u32>] = &[
    dated(100, ymd(2013, 10, 1), Some(ymd(2015, 6, 30)), "100 days per employer per year (staffing-costs.md §2.1)", Confidence::High),
    dated(200, ymd(2015, 7, 1), None, "200 days per employer per year: Horeca Vlaanderen, RSZ instructions 2020-1, Guidea (staffing-costs.md §2.1); seeds 003, 004", Confidence::High),
];

/// The student quota with solidarity contributions, in hours per calendar year.
pub const STUDENT_QUOTA_HOURS: &[Dated<u32>] = &[
    dated(475, ymd(2017, 1, 1), Some(ymd(2022, 12, 31)), "475 hours a year: Nieuwsblad 2017, socialsecurity.be, BBTK 2025 (staffing-costs.md §3.1); seed 003", Confidence::High),
    dated(600, ymd(2023, 1, 1), Some(ymd(2024, 12, 31)), "600 hours a year (temporary): BBTK 2025, Prato, Student@work (staffing-costs.md §3.1)", Confidence::High),
    dated(650, ymd(2025, 1, 1), Some(ymd(2025, 12, 31)), "650 hours a year (law of 11 Mar 2025, retroactive to 1 Jan 2025): BBTK, Securex (staffing-costs.md §3.1)", Confidence::High),
    dated(650, ymd(2026, 1, 1), None, "650 hours a year; no change for 2026 found (staffing-costs.md §3.1, open question 8)", Confidence::Medium),
];

/// Solidarity contributions on student pay: (employer, student).
pub const STUDENT_CONTRIBUTIONS: &[Dated<(Decimal, Decimal)>] = &[dated(
    (dec(542, 4), dec(271, 4)),
    ymd(2017, 1, 1),
    None,
    "5.42 % employer, 2.71 % student: socialsecurity.be, Securex, RSZ statistics (staffing-costs.md §3.1); Acerta 2019 (seed 003). Securex adds 0.01 % asbestos fund",
    Confidence::High,
)];

// ---------------------------------------------------------------------------------------------

fn hour(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(4, RoundingStrategy::MidpointAwayFromZero)
}

fn cents(amount: Decimal) -> Decimal {
    amount.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero)
}

fn pct(rate: Decimal) -> String {
    format!("{} %", (rate * Decimal::ONE_HUNDRED).normalize())
}

/// Builds a regime's figures from its components, per hour.
struct Builder {
    regime: Regime,
    hours: Decimal,
    components: Vec<Component>,
    notes: Vec<String>,
    confidence: Confidence,
}

impl Builder {
    fn new(regime: Regime, hours: Decimal) -> Builder {
        Builder { regime, hours, components: Vec::new(), notes: Vec::new(), confidence: Confidence::High }
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
            source: param.source,
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
fn param<T>(table: &'static [Dated<T>], date: NaiveDate, what: &str) -> Result<&'static Dated<T>, String> {
    in_force(table, date).ok_or_else(|| format!("The {what} for {} is not in the sources this tool relies on.", long_date(date)))
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
    let mut b = Builder::new(Regime::Flexi, pay.hours_per_day);
    let date = context.date;
    if date < SYSTEM_START {
        return b.unavailable("Flexi-jobs exist from 1 December 2015.".into());
    }
    if let Some(why) = &context.flexi_refusal {
        return b.unavailable(format!("Not allowed for this worker: {why}"));
    }
    let (holiday_rate, employer_rate) = match (param(FLEXI_HOLIDAY_PAY, date, "flexi holiday pay"), param(FLEXI_EMPLOYER_CONTRIBUTION, date, "flexi employer contribution")) {
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
            source: "Outside horeca from 2024: at least the barema of the function (GGMMI if none): Attentia [S44]; Securex [S22]; SD Worx [S56] (flexi-rules.md P8)",
            confidence: Confidence::High,
        },
    };
    let wage_explanation = match (pay.flexi_hourly_wage, minimum) {
        (Some(_), _) => "The flexi wage you gave.".to_string(),
        (None, Some(m)) => format!("The minimum flexi wage on {}: €{}.", long_date(date), m.value),
        (None, None) => "At least the barema of the function (the hourly wage you gave).".to_string(),
    };
    b.add("wage", Side::Employer, basic, None, &wage_param, wage_explanation);
    if let Some(m) = minimum {
        if basic < m.value {
            b.notes.push(format!("€{basic} is below the minimum flexi wage of €{} on {}.", m.value, long_date(date)));
        }
    } else if barema_rule && basic < pay.hourly_wage {
        b.notes.push(format!("From 2024, outside horeca, the flexi wage must be at least the barema of the function (€{}).", pay.hourly_wage));
    }
    if let Some(cap) = in_force(FLEXI_MAXIMUM_FACTOR, date) {
        let reference = minimum.map_or(pay.hourly_wage, |m| m.value);
        let maximum = reference * cap.value;
        if basic > maximum {
            b.notes.push(format!(
                "€{basic} is above the maximum flexi wage of 150 % of €{reference} (€{}), unless a sector agreement sets another cap.",
                hour(maximum)
            ));
        }
        if is_horeca(context) {
            b.notes.push("A horeca maximum of €21 an hour (excluding holiday pay) was announced in the 2025–2029 coalition agreement; its date and legal basis were not found.".into());
        }
    }
    let holiday = b.add("holiday_pay", Side::Employer, basic, Some(holiday_rate.value), holiday_rate, format!("Flexi holiday pay: {} of the flexi wage, paid with it.", pct(holiday_rate.value)));
    let gross = basic + holiday;
    let contribution = b.add(
        "employer_contribution",
        Side::Employer,
        gross,
        Some(employer_rate.value),
        employer_rate,
        format!("Special employer contribution: {} of the flexi wage and holiday pay.", pct(employer_rate.value)),
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
                    source: "FOD Financiën [S5] (flexi-rules.md P4): withholding on the part above the ceiling",
                    confidence: Confidence::High,
                };
                let tax = b.add(
                    "withholding",
                    Side::Worker,
                    above_per_hour,
                    Some(rate),
                    &param,
                    "Above the yearly tax-free ceiling flexi pay is taxable: your withholding rate on the part of this shift above it.".into(),
                );
                Some(gross - tax)
            }
            None => {
                b.notes.push("This shift goes over the yearly tax-free ceiling: the part above it is taxable. Give a withholding rate to see the net.".into());
                None
            }
        }
    } else {
        if !context.pensioner && context.flexi_ceiling.is_some() {
            b.notes.push("No social contributions and no tax for the worker, within the yearly tax-free ceiling.".into());
        }
        Some(gross)
    };
    b.finish(gross, gross + contribution, net)
}

/// Occasional horeca worker: contributions on a flat-rate base instead of the wage, 33.31 % flat
/// withholding, 50 days a year per worker and 200 per employer (staffing-costs.md §2, Acerta §7.2).
fn extra(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Extra, pay.hours_per_day);
    let date = context.date;
    if !is_horeca(context) {
        return b.unavailable("Only for horeca employers (PC 302), or an agency placing the worker with one.".into());
    }
    b.notes.push("At most 2 consecutive days with the same employer: a third day makes the whole period ordinary employment.".into());
    if let Ok(limit) = param(EXTRA_WORKER_DAYS, date, "extra's day quota") {
        if let Some(used) = pay.extra_days_used {
            if used >= limit.value {
                return b.unavailable(format!("The worker has used the {} days a year at the extra's rates: from day {} the ordinary rules apply.", limit.value, limit.value + 1));
            }
            b.notes.push(format!("This is the worker's day {} of {} this year (check Horeca@work).", used + 1, limit.value));
        }
    }
    if let (Ok(limit), Some(used)) = (param(EXTRA_EMPLOYER_DAYS, date, "employer's day quota"), pay.employer_extra_days_used) {
        if used >= limit.value {
            return b.unavailable(format!("The employer has used its {} days a year for extras.", limit.value));
        }
    }
    let table = in_force(EXTRA_FORFAITS, date);
    let (ss_forfait, forfait_param): (Decimal, Dated<Decimal>) = match (pay.extra_hourly_forfait, table) {
        (Some(f), _) => (f, given(f, date, "The hourly forfait you gave")),
        (None, Some(p)) => (p.value.0, Dated { value: p.value.0, validity: p.validity, source: p.source, confidence: p.confidence }),
        (None, None) => {
            return b.unknown_figures(format!(
                "The extra's flat-rate bases for {} are not in the sources (only 2018-Q4 to 2020-Q1 and 2022-Q4 are); the official page still shows €10.08 an hour from 1 October 2022, but that amount follows the indexation of the minimum wage. Give the current hourly forfait to compute.",
                long_date(date)
            ))
        }
    };
    b.confidence = b.confidence.min(forfait_param.confidence);
    b.notes.push(format!("Flat-rate base €{ss_forfait} an hour: {}.", forfait_param.source));
    // The "rights" base (for holiday contributions) is a different, higher forfait: only from the table.
    let rights = table.map(|p| (p.value.1, p.value.2, p));
    let (employer_rate, holiday_rate, withholding_rate, worker_rate) = match (
        param(EXTRA_EMPLOYER_CONTRIBUTION, date, "employer rate on the extra's forfait"),
        param(MANUAL_HOLIDAY_CONTRIBUTION, date, "holiday contribution"),
        param(EXTRA_WITHHOLDING, date, "extra's withholding"),
        param(WORKER_CONTRIBUTION, date, "worker contribution"),
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
    let wage_param = Dated { value: w, validity: Validity::from(ymd(2013, 10, 1)), source: "At least the PC 302 barema of the function (staffing-costs.md §2.2 rule 8)", confidence: Confidence::High };
    b.add("wage", Side::Employer, w, None, &wage_param, "The barema wage of the function.".into());
    let employer_contribution = b.add(
        "employer_contribution",
        Side::Employer,
        ss_base_day / hours,
        Some(employer_rate.value),
        employer_rate,
        format!("Employer contributions on the flat-rate base ({}€{ss_forfait} an hour{}), not on the wage; the rate is Acerta's and the sources disagree on it.", if uplift > Decimal::ONE { "108 % of " } else { "" }, if hours < six { ", each started hour" } else { ", day forfait from 6 hours" }),
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
                format!("Holiday contributions on the 'rights' flat-rate base (108 % of €{rights_hourly} an hour, €{rights_daily} a day), as Acerta computed them; no RSZ text confirming that base was found."),
            )
        }
        (WorkerKind::Manual, None) => {
            b.notes.push("Holiday contributions (on the extra's 'rights' flat-rate base) are not included: that base is not known for this date.".into());
            Decimal::ZERO
        }
        (WorkerKind::WhiteCollar, _) => {
            b.notes.push("White-collar extras: holiday pay is the employer's own cost and is not included.".into());
            Decimal::ZERO
        }
    };
    let worker_contribution = b.add(
        "worker_contribution",
        Side::Worker,
        ss_base_day / hours,
        Some(worker_rate.value),
        worker_rate,
        format!("Worker contributions {} on the flat-rate base.", pct(worker_rate.value)),
    );
    let taxable = w - worker_contribution;
    let withholding = b.add(
        "withholding",
        Side::Worker,
        taxable,
        Some(withholding_rate.value),
        withholding_rate,
        format!("Flat {} withholding during the first 50 days (a final separate tax of 33 % plus municipal surcharge).", pct(withholding_rate.value)),
    );
    b.notes.push("End-of-year premium only from 44 days with the same employer: not included.".into());
    b.finish(w, w + employer_contribution + holiday, Some(taxable - withholding))
}

/// Student within the yearly quota: solidarity contributions 5.42 % and 2.71 %, no withholding.
fn student(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Student, pay.hours_per_day);
    let date = context.date;
    let quota = match param(STUDENT_QUOTA_HOURS, date, "student hour quota") {
        Ok(q) => q,
        Err(why) => return b.unknown_figures(why),
    };
    if let Some(used) = pay.student_hours_used {
        let limit = Decimal::from(quota.value);
        if used >= limit {
            return b.unavailable(format!(
                "The student has used the {} hours of {}: from hour {} the ordinary contributions and withholding apply (see the ordinary employee).",
                quota.value,
                date.year(),
                quota.value + 1
            ));
        }
        let left = limit - used;
        b.notes.push(format!("{} of the {} hours at solidarity rates are left this year (check Student@work).", left.normalize(), quota.value));
        if left < pay.hours_per_day {
            b.notes.push("This shift goes past the quota: the hours beyond it fall under ordinary rules.".into());
        }
    } else {
        b.notes.push(format!("Within the quota of {} hours in {} (check Student@work).", quota.value, date.year()));
    }
    let contributions = match param(STUDENT_CONTRIBUTIONS, date, "student solidarity contributions") {
        Ok(c) => c,
        Err(why) => return b.unknown_figures(why),
    };
    let s = pay.student_hourly_wage.unwrap_or(pay.hourly_wage);
    if is_horeca(context) {
        b.notes.push("In horeca a student may be paid the barema two categories lower than the function (not students of a hotel school).".into());
    }
    let wage_param = Dated { value: s, validity: quota.validity, source: "The student wage you gave, or the barema (staffing-costs.md §3)", confidence: Confidence::High };
    b.add("wage", Side::Employer, s, None, &wage_param, "The student's hourly wage; no holiday pay under the student regime.".into());
    let employer = b.add("employer_contribution", Side::Employer, s, Some(contributions.value.0), contributions, format!("Employer solidarity contribution {}.", pct(contributions.value.0)));
    let worker = b.add("worker_contribution", Side::Worker, s, Some(contributions.value.1), contributions, format!("Student solidarity contribution {}; no withholding within the quota.", pct(contributions.value.1)));
    b.finish(s, s + employer, Some(s - worker))
}

/// Ordinary employee: employer contributions and holiday costs on top of the wage; the worker pays
/// 13.07 % and withholding tax (staffing-costs.md §5, Acerta §7.2).
fn ordinary(pay: &PayFacts, context: &Context) -> RegimeCost {
    let mut b = Builder::new(Regime::Ordinary, pay.hours_per_day);
    let date = context.date;
    let w = pay.hourly_wage;
    let manual = pay.worker_kind == WorkerKind::Manual;
    let uplift = if manual { MANUAL_UPLIFT } else { Decimal::ONE };
    let employer_param = match (pay.employer_contribution_rate, param(ORDINARY_EMPLOYER_CONTRIBUTION, date, "employer contribution rate")) {
        (Some(rate), _) => given(rate, date, "The employer contribution rate you gave"),
        (None, Ok(p)) => *p,
        (None, Err(why)) => return b.unknown_figures(format!("{why} Give the employer contribution rate to compute.")),
    };
    let worker_rate = match param(WORKER_CONTRIBUTION, date, "worker contribution") {
        Ok(p) => p,
        Err(why) => return b.unknown_figures(why),
    };
    let wage_param = Dated { value: w, validity: Validity::from(ymd(2015, 1, 1)), source: "The barema wage you gave", confidence: Confidence::High };
    b.add("wage", Side::Employer, w, None, &wage_param, "The barema wage of the function.".into());
    let employer = b.add(
        "employer_contribution",
        Side::Employer,
        uplift * w,
        Some(employer_param.value),
        &employer_param,
        format!(
            "Employer contributions {}{}.{}",
            pct(employer_param.value),
            if manual { " of 108 % of the wage" } else { "" },
            if pay.employer_contribution_rate.is_none() { " The facial rate: sector funds and small contributions come on top (Acerta's all-in rate for a horeca manual worker in 2019 was 27.89 %); reductions (structural, target groups) are not deducted." } else { "" }
        ),
    );
    let holiday = if manual {
        match param(MANUAL_HOLIDAY_CONTRIBUTION, date, "holiday contribution") {
            Ok(p) => b.add("holiday_contribution", Side::Employer, uplift * w, Some(p.value), p, format!("Holiday contributions {} of 108 % of the wage, to the holiday fund.", pct(p.value))),
            Err(why) => return b.unknown_figures(why),
        }
    } else {
        match param(WHITE_COLLAR_HOLIDAY_PAY, date, "white-collar holiday pay") {
            Ok(p) => b.add("holiday_pay", Side::Employer, w, Some(p.value), p, format!("Holiday pay accrued: {} of the wage.", pct(p.value))),
            Err(why) => return b.unknown_figures(why),
        }
    };
    let worker_contribution = b.add("worker_contribution", Side::Worker, uplift * w, Some(worker_rate.value), worker_rate, format!("Worker contributions {}{}.", pct(worker_rate.value), if manual { " of 108 % of the wage" } else { "" }));
    let taxable = w - worker_contribution;
    b.notes.push("The end-of-year premium (in horeca: 12 % prepaid to the sector fund) and the social work bonus for low wages are not included.".into());
    let net = match pay.withholding_rate {
        Some(rate) => {
            let param = given(rate, date, "The withholding rate you gave (an average, as Acerta's 30 %)");
            Some(taxable - b.add("withholding", Side::Worker, taxable, Some(rate), &param, format!("Withholding tax at the rate you gave, {}.", pct(rate))))
        }
        None => {
            b.notes.push("Withholding tax depends on the whole monthly pay and the family situation, and this tool does not have the official key-formula parameters for every year: give a withholding rate to see the net.".into());
            None
        }
    };
    b.finish(w, w + employer + holiday, net)
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let totals = ["9.50", "9.69", "9.88", "10.08", "10.28", "10.49", "10.69", "10.91", "11.12", "11.35", "11.57", "11.81", "12.05", "12.29", "12.53", "12.53"];
        for (row, total) in MINIMUM_FLEXI_WAGE.iter().zip(totals) {
            assert_eq!(cents(row.value * dec(10767, 4)).to_string(), total, "{}", row.value);
        }
    }
}
