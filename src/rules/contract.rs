//! The public Scenario → Assessment contract (CLI, embed API and URL state share it).
//! Field names are a public interface: add fields, never rename them.

use super::dated::Confidence;
use super::language::Language;
use super::eligibility;
use super::quarter::{parse_date, Quarter};
use super::sources::SourceRef;
use super::sectors::{normalise_committee, normalise_nace, Community, Function, SectorFacts};
use super::staffing::{PayFacts, RegimeCost, WorkerKind};
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// What the user tells us. Only `work_date` is required; what else decides the verdict is listed
/// in the assessment's `missing`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The day of the flexi work, "YYYY-MM-DD".
    pub work_date: String,
    #[serde(default, skip_serializing_if = "SectorAnswers::is_empty")]
    pub sector: SectorAnswers,
    #[serde(default, skip_serializing_if = "WorkerAnswers::is_empty")]
    pub worker: WorkerAnswers,
    #[serde(default, skip_serializing_if = "FlexiEmployerAnswers::is_empty")]
    pub flexi_employer: FlexiEmployerAnswers,
    /// For the staffing comparison; absent: no comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pay: Option<PayAnswers>,
    /// The language of the explanations: "en" (default), "nl" or "fr".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub language: Option<Language>,
}

/// The pay to compare regimes on. Numbers may be JSON numbers or decimal strings ("12.0014").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayAnswers {
    /// Gross hourly wage of the function (the barema), in euros. Required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hourly_wage: Option<Number>,
    /// Hours in the shift (one day). Required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_per_day: Option<Number>,
    /// "manual" or "white_collar". Required.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub worker_kind: Option<WorkerKind>,
    /// Basic flexi wage per hour, without flexi holiday pay; default: the legal minimum.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexi_hourly_wage: Option<Number>,
    /// Student wage per hour; default: the hourly wage.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student_hourly_wage: Option<Number>,
    /// The ordinary employee's withholding-tax rate, 0 to 1 (e.g. 0.30).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub withholding_rate: Option<Number>,
    /// Days the worker already worked as an extra this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_days_used: Option<Number>,
    /// Days the employer already used extras this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_extra_days_used: Option<Number>,
    /// Hours the student already worked at solidarity rates this year.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub student_hours_used: Option<Number>,
    /// The ordinary employer contribution rate, 0 to 1, instead of the 25 % facial rate (e.g. 0.2789).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_contribution_rate: Option<Number>,
    /// The extra's hourly social-security forfait, where the sources have none for the date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extra_hourly_forfait: Option<Number>,
    /// Days a month the ordinary employee works these shifts (default 4: one a week).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub days_per_month: Option<Number>,
    /// The worker's other (main) monthly gross pay, for the after-tax reading of the ordinary job.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub main_monthly_gross: Option<Number>,
    /// The family situation for the ordinary employee's withholding (default: single, no children).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub family: Option<super::payslip::Family>,
}

/// A number given as a JSON number or a decimal string; kept exactly as written.
#[derive(Debug, Clone, PartialEq)]
pub struct Number(pub String);

impl Serialize for Number {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Number, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = Number;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a number or a decimal string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Number, E> {
                Ok(Number(v.to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Number, E> {
                Ok(Number(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Number, E> {
                Ok(Number(v.to_string()))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<Number, E> {
                // The shortest text that reads back as the same float: 0.2789 stays 0.2789.
                Ok(Number(format!("{v}")))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

/// The flexi employer's sector (for an agency worker: the user company's sector).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectorAnswers {
    /// Joint committee or sub-committee: "302", "118.03".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub joint_committee: Option<String>,
    /// RSZ main NACE-BEL code of the employer: "90.011", "85531".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub function: Option<Function>,
    /// The worker is placed by a temporary-work agency (PC 322); the sector fields are the user's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via_temp_agency: Option<bool>,
    /// Community of a public or subsidised employer (education, childcare, sport and culture).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub community: Option<Community>,
    /// A public employer (a municipality, a public social welfare centre, a public service). A NACE
    /// code in division 84 (public administration) says so too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub public_employer: Option<bool>,
}

/// The worker's situation.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WorkerAnswers {
    /// First day of a retirement or survivor's pension, "YYYY-MM-DD"; absent: not a pensioner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pensioner_since: Option<String>,
    /// Share of a full-time job (0 to 1) with employers other than the flexi employer in T-3,
    /// all jobs together, Belgian or foreign.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_t3: Option<f64>,
    /// The same share in T-4 (the 2024 rule on a drop from full time).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_t4: Option<f64>,
    /// The same share in T-5 (the same rule, one quarter later).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employment_t5: Option<f64>,
    /// Some of the work in T-3 was under foreign social security (expats, cross-border workers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_employment_t3: Option<bool>,
    /// Flexi pay received so far in the calendar year of the work, all employers, "1234.56".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub flexi_income_this_year: Option<String>,
}

/// The worker's situation with the flexi employer in quarter T.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlexiEmployerAnswers {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub other_contract_this_quarter: Option<OtherContract>,
    /// A notice period with the flexi employer, or a period covered by a severance indemnity it pays.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_or_severance: Option<bool>,
    /// Last day of that notice period or of the period the indemnity covers, "YYYY-MM-DD".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notice_or_severance_until: Option<String>,
    /// An employment contract with a company linked to the flexi employer (art. 1:20 CCA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub linked_company_contract: Option<LinkedContract>,
    /// Placed by an agency with a user who is also the worker's direct employer in the same quarter.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency_user_is_own_employer: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OtherContract {
    None,
    BelowFourFifths,
    FourFifthsOrMore,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LinkedContract {
    None,
    /// At least 4/5 of full time, but not full time.
    FourFifths,
    FullTime,
}

impl SectorAnswers {
    fn is_empty(&self) -> bool {
        *self == SectorAnswers::default()
    }
}
impl WorkerAnswers {
    fn is_empty(&self) -> bool {
        *self == WorkerAnswers::default()
    }
}
impl FlexiEmployerAnswers {
    fn is_empty(&self) -> bool {
        *self == FlexiEmployerAnswers::default()
    }
}

/// The verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Eligible,
    NotEligible,
    /// Eligible if every condition in `conditions` holds: a decision outside these rules (the written
    /// approval for foreign work, a public authority allowing flexi-jobs, a sector not keeping its
    /// opt-out).
    Conditional,
    /// The answers do not decide yet: see `missing`.
    Incomplete,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    Warning,
    Unknown,
}

/// One rule that was looked at, and what it said.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reason {
    /// Stable identifier of the rule (see the README's rule list).
    pub rule: &'static str,
    pub outcome: Outcome,
    /// What the rule says and how it applied, in the scenario's `language` (English by default).
    pub explanation: String,
    /// Legal basis and the sources that report it, in words (kept for the contract; the links are in `sources`).
    pub source: String,
    /// The pages the rule rests on, each with a link (see the README's source register).
    pub sources: Vec<SourceRef>,
    pub valid_from: NaiveDate,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub valid_until: Option<NaiveDate>,
    pub confidence: Confidence,
}

/// What must hold for a conditional verdict, and who decides it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Condition {
    /// The rule that set the condition.
    pub rule: &'static str,
    /// The condition in the scenario's language, naming who decides and where to check.
    pub text: String,
}

/// The annual tax-free ceiling for flexi pay.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Ceiling {
    /// The income year.
    pub year: i32,
    pub amount: Decimal,
    /// What is left of the ceiling after the flexi income so far; absent when that income is not given.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub remaining: Option<Decimal>,
    pub confidence: Confidence,
    /// The ceiling's sources in words, and as links.
    pub source: String,
    pub sources: Vec<SourceRef>,
}

/// What the rules conclude.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Assessment {
    pub verdict: Verdict,
    /// Quarter T of the work, e.g. "2026-Q1".
    pub quarter: Quarter,
    /// T-3, the quarter whose employment decides eligibility, e.g. "2025-Q2".
    pub reference_quarter: Quarter,
    /// How sure the sources are of what decided the verdict (the weakest deciding rule).
    pub confidence: Confidence,
    pub reasons: Vec<Reason>,
    /// Scenario fields still needed to decide, e.g. "worker.employment_t3".
    pub missing: Vec<&'static str>,
    /// When the verdict is `conditional`: what must hold (absent otherwise).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// When not eligible now: the first later quarter in which the same person would be.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_eligible_quarter: Option<Quarter>,
    /// What that earliest quarter assumes.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub earliest_eligible_note: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ceiling: Option<Ceiling>,
    /// Flexi, extra, student and ordinary employee side by side, when the scenario gives `pay`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comparison: Option<Vec<RegimeCost>>,
    /// The date up to which the rules and amounts were checked against the sources.
    pub rules_verified_until: NaiveDate,
    /// The version of this contract (embed/CHANGELOG.md): fields are added, never renamed.
    pub contract_version: &'static str,
}

/// The Scenario → Assessment contract's version, in every Assessment and in the embed module.
pub const CONTRACT_VERSION: &str = "1.3.0";

/// A scenario that cannot be assessed, with a message meant for the person who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// The scenario field at fault, e.g. "worker.employment_t3".
    pub field: &'static str,
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ScenarioError {}

/// A scenario checked and converted into the types the rules work with.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts {
    pub work_date: NaiveDate,
    pub quarter: Quarter,
    pub sector: SectorFacts,
    pub via_temp_agency: bool,
    pub pensioner_since: Option<NaiveDate>,
    pub employment_t3: Option<f64>,
    pub employment_t4: Option<f64>,
    pub employment_t5: Option<f64>,
    pub foreign_employment_t3: Option<bool>,
    pub flexi_income_this_year: Option<Decimal>,
    pub other_contract: Option<OtherContract>,
    pub notice_or_severance: Option<bool>,
    pub notice_until: Option<NaiveDate>,
    pub linked_company_contract: Option<LinkedContract>,
    pub agency_user_is_own_employer: Option<bool>,
    pub pay: Option<PayFacts>,
    pub language: Language,
}

impl Facts {
    /// Already retired on the day of the work (no tax-free ceiling; the early-pension limit applies).
    pub fn pensioner_on_work_date(&self) -> bool {
        self.pensioner_since.is_some_and(|since| since <= self.work_date)
    }

    /// Checks every field; the first problem found is reported with the field's name.
    pub fn from_scenario(scenario: &Scenario) -> Result<Facts, ScenarioError> {
        let err = |field: &'static str| move |message: String| ScenarioError { field, message };
        let date = |field: &'static str, text: &Option<String>| text.as_deref().map(parse_date).transpose().map_err(|e| err(field)(e.0));
        let share = |field: &'static str, value: Option<f64>| match value {
            // The value is not echoed: formatting a float would add kilobytes to the browser bundle.
            Some(v) if !(v.is_finite() && (0.0..=1.0).contains(&v)) => Err(err(field)(
                "a share of a full-time job is a number from 0 to 1 (0.8 is 4/5; 1 is full time or more)".to_string(),
            )),
            _ => Ok(value),
        };
        let work_date = parse_date(&scenario.work_date).map_err(|e| err("work_date")(e.0))?;
        let s = &scenario.sector;
        let w = &scenario.worker;
        let e = &scenario.flexi_employer;
        Ok(Facts {
            work_date,
            quarter: Quarter::containing(work_date),
            sector: SectorFacts {
                joint_committee: s.joint_committee.as_deref().map(normalise_committee).transpose().map_err(err("sector.joint_committee"))?,
                nace: s.nace.as_deref().map(normalise_nace).transpose().map_err(err("sector.nace"))?,
                function: s.function,
                community: s.community,
                public_employer: s.public_employer == Some(true),
            },
            via_temp_agency: s.via_temp_agency.unwrap_or(false),
            pensioner_since: date("worker.pensioner_since", &w.pensioner_since)?,
            employment_t3: share("worker.employment_t3", w.employment_t3)?,
            employment_t4: share("worker.employment_t4", w.employment_t4)?,
            employment_t5: share("worker.employment_t5", w.employment_t5)?,
            foreign_employment_t3: w.foreign_employment_t3,
            flexi_income_this_year: w
                .flexi_income_this_year
                .as_deref()
                .map(|text| parse_amount(text).and_then(|a| if a <= Decimal::from(MAX_FLEXI_INCOME) { Ok(a) } else { Err(format!("flexi pay so far this year is at most {MAX_FLEXI_INCOME} euros here")) }))
                .transpose()
                .map_err(err("worker.flexi_income_this_year"))?,
            other_contract: e.other_contract_this_quarter,
            notice_or_severance: e.notice_or_severance,
            notice_until: date("flexi_employer.notice_or_severance_until", &e.notice_or_severance_until)?,
            linked_company_contract: e.linked_company_contract,
            agency_user_is_own_employer: e.agency_user_is_own_employer,
            pay: scenario.pay.as_ref().map(PayFacts::from_answers).transpose()?,
            language: scenario.language.unwrap_or_default(),
        })
    }
}

impl PayFacts {
    fn from_answers(pay: &PayAnswers) -> Result<PayFacts, ScenarioError> {
        fn required<T: Clone>(field: &'static str, value: &Option<T>) -> Result<T, ScenarioError> {
            value.clone().ok_or(ScenarioError { field, message: "required when pay is given".into() })
        }
        // A non-negative decimal no larger than `max`.
        fn number(field: &'static str, value: &Option<Number>, max: Decimal, what: &str) -> Result<Option<Decimal>, ScenarioError> {
            let Some(Number(text)) = value else { return Ok(None) };
            let parsed = Decimal::from_str(text.trim()).ok().filter(|d| !d.is_sign_negative() && *d <= max && d.scale() <= 6);
            parsed.map(Some).ok_or_else(|| ScenarioError { field, message: format!("\"{}\" is not {what}", text.chars().take(30).collect::<String>()) })
        }
        let euros = Decimal::from(10_000);
        let rate = Decimal::ONE;
        let wage = |field, value: &Option<Number>| number(field, value, euros, "an hourly amount in euros (up to 10,000)");
        let whole = |field, value: &Option<Number>, max: u32| -> Result<Option<u32>, ScenarioError> {
            let n = number(field, value, Decimal::from(max), &format!("a whole number from 0 to {max}"))?;
            match n {
                Some(d) if d.fract().is_zero() => Ok(Some(d.mantissa() as u32 / 10u32.pow(d.scale()))),
                Some(_) => Err(ScenarioError { field, message: format!("give a whole number from 0 to {max}") }),
                None => Ok(None),
            }
        };
        let hourly_wage = wage("pay.hourly_wage", &pay.hourly_wage)?.ok_or(ScenarioError { field: "pay.hourly_wage", message: "required when pay is given".into() })?;
        let hours_per_day = number("pay.hours_per_day", &pay.hours_per_day, Decimal::from(24), "a number of hours from 0 to 24")?
            .filter(|h| !h.is_zero())
            .ok_or(ScenarioError { field: "pay.hours_per_day", message: "give the hours of the shift: more than 0, at most 24".into() })?;
        Ok(PayFacts {
            hourly_wage,
            hours_per_day,
            worker_kind: required("pay.worker_kind", &pay.worker_kind)?,
            flexi_hourly_wage: wage("pay.flexi_hourly_wage", &pay.flexi_hourly_wage)?,
            student_hourly_wage: wage("pay.student_hourly_wage", &pay.student_hourly_wage)?,
            withholding_rate: number("pay.withholding_rate", &pay.withholding_rate, rate, "a rate from 0 to 1 (0.30 is 30 %)")?,
            extra_days_used: whole("pay.extra_days_used", &pay.extra_days_used, 366)?,
            employer_extra_days_used: whole("pay.employer_extra_days_used", &pay.employer_extra_days_used, 366)?,
            student_hours_used: number("pay.student_hours_used", &pay.student_hours_used, Decimal::from(8784), "a number of hours in a year")?,
            employer_contribution_rate: number("pay.employer_contribution_rate", &pay.employer_contribution_rate, rate, "a rate from 0 to 1 (0.2789 is 27.89 %)")?,
            extra_hourly_forfait: wage("pay.extra_hourly_forfait", &pay.extra_hourly_forfait)?,
            days_per_month: number("pay.days_per_month", &pay.days_per_month, Decimal::from(31), "a number of days a month from 1 to 31")?
                .map(|d| if d.is_zero() { Err(ScenarioError { field: "pay.days_per_month", message: "a number of days a month from 1 to 31".into() }) } else { Ok(d) })
                .transpose()?,
            main_monthly_gross: number("pay.main_monthly_gross", &pay.main_monthly_gross, Decimal::from(100_000), "a monthly amount in euros (up to 100,000)")?,
            family: match pay.family.unwrap_or_default() {
                family if family.children > super::payslip::MAX_CHILDREN => {
                    return Err(ScenarioError { field: "pay.family.children", message: format!("give a whole number of dependent children from 0 to {}", super::payslip::MAX_CHILDREN) })
                }
                family => family,
            },
        })
    }
}

/// The most flexi pay so far this year any input may give (the app asks the same).
pub const MAX_FLEXI_INCOME: u32 = 1_000_000;

/// Reads a plain decimal as people type it: digits, at most one point with at most `max_decimals`
/// digits after it, at most nine before; no sign, no exponent, no thousands separator.
pub fn parse_decimal(text: &str, max_decimals: usize) -> Option<Decimal> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    let well_formed = !whole.is_empty() && whole.len() <= 9 && digits(whole) && digits(fraction) && fraction.len() <= max_decimals && !text.ends_with('.');
    well_formed.then(|| Decimal::from_str(text).ok()).flatten()
}

/// Reads an amount of euros written with a decimal point and at most two decimals: "1234.56".
pub fn parse_amount(text: &str) -> Result<Decimal, String> {
    parse_decimal(text.trim(), 2)
        .ok_or_else(|| format!("\"{}\" is not an amount in euros: write it like 1234.56", text.chars().take(30).collect::<String>()))
}

/// Evaluates a scenario.
pub fn assess(scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    Ok(eligibility::assess_facts(&Facts::from_scenario(scenario)?))
}

/// The JSON face of [`assess`]: a Scenario document in, an Assessment document out, or a one-line
/// message saying what is wrong with the input.
pub fn assess_json(scenario_json: &str) -> Result<String, String> {
    let scenario: Scenario =
        serde_json::from_str(scenario_json).map_err(|e| one_line(&format!("invalid scenario JSON: {e}")))?;
    let assessment = assess(&scenario).map_err(|e| one_line(&e.to_string()))?;
    serde_json::to_string_pretty(&assessment).map_err(|e| format!("internal error: {e}"))
}

/// The JSON face of the payslip (`flexicheck-cli net`): a request in, a payslip out, or one line
/// naming the field that is wrong.
pub fn net_json(request_json: &str) -> Result<String, String> {
    let request: super::payslip::NetRequest =
        serde_json::from_str(request_json).map_err(|e| one_line(&format!("invalid net request JSON: {e}")))?;
    let payslip = request.payslip().map_err(|e| one_line(&e.to_string()))?;
    serde_json::to_string_pretty(&payslip).map_err(|e| format!("internal error: {e}"))
}

/// Error messages may quote the input (an unknown field name, say): keep them on one printable line.
fn one_line(message: &str) -> String {
    message.chars().map(|c| if c.is_control() { '\u{fffd}' } else { c }).collect()
}
