//! "My flexi year": a worker's flexi pay with every employer, month by month as the payslips show it,
//! against the year's tax-free ceiling (P10), or, for an early pensioner, the pension's own yearly
//! limit for flexi pay: what is left, in which month the expected pace crosses it, and an estimate of
//! the tax on the part above the ceiling (added to the worker's taxable income: the payslip engine's
//! yearly estimate beside the main pay). The public `year` request of `flexicheck-cli year`.

use crate::rules::msg;
use super::contract::{parse_decimal, Number};
use super::dated::{in_force, ymd, Confidence};
use super::eligibility::{EarlyPensionLimit, CEILINGS, EARLY_PENSION_FLEXI_LIMITS};
use super::language::{say, Language, Tr};
use super::payslip::{monthly_tax_for_the_year, payslip, FamilyRequest};
use super::sources::{self, SourceRef};
use super::staffing::WorkerKind;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

/// The most employers and the largest monthly amount a request may give.
pub const MAX_EMPLOYERS: usize = 20;
const MAX_MONTHLY: i64 = 100_000;

/// `{ "year", "pension", "employers": [{ "name", "months": [..12], "so_far" }], "through_month",
/// "expected_per_month", "main_monthly_gross", "worker_kind", "family", "language" }`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YearRequest {
    pub year: Option<Number>,
    /// "none" (the default), "retired" (at the legal age, or after 45 career years) or "early".
    pub pension: Option<String>,
    #[serde(default)]
    pub employers: Vec<EmployerRequest>,
    /// The last month the figures cover (1–12); by default the last month with a payslip given.
    pub through_month: Option<Number>,
    /// Flexi pay expected per month, all employers together, for the months after that.
    pub expected_per_month: Option<Number>,
    /// The main job's gross monthly pay, for the estimate of the tax on the part above the ceiling.
    pub main_monthly_gross: Option<Number>,
    pub worker_kind: Option<String>,
    pub family: Option<FamilyRequest>,
    pub language: Option<Language>,
}

/// One flexi employer: the gross flexi pay of each month (flexi wage with its flexi holiday pay, as
/// the payslip shows it; `null` or "" for a month without), or a total so far.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmployerRequest {
    pub name: Option<String>,
    #[serde(default)]
    pub months: Vec<Option<Number>>,
    pub so_far: Option<Number>,
}

/// One month of the year.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Month {
    pub month: u32,
    /// Paid that month (all employers), or expected when `expected` is true.
    pub pay: Decimal,
    pub expected: bool,
    /// The year's flexi pay up to and including this month.
    pub running_total: Decimal,
}

/// The yearly amount flexi pay is measured against, with its source.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Limit {
    /// "tax_free_ceiling" or "early_pension_limit".
    pub kind: &'static str,
    pub amount: Decimal,
    pub confidence: Confidence,
    pub source: String,
    pub sources: Vec<SourceRef>,
}

/// The estimate of the yearly tax on the part above the ceiling.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TaxOnExcess {
    pub amount: Decimal,
    pub main_monthly_gross: Decimal,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct YearAssessment {
    pub year: i32,
    /// What the amounts count, in words.
    pub counted: String,
    pub through_month: u32,
    pub so_far: Decimal,
    pub months: Vec<Month>,
    pub projected_total: Decimal,
    /// The ceiling (or an early pensioner's limit) of that year; none when none applies or none is known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<Limit>,
    /// Why there is no limit, or what going over it does.
    pub limit_note: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub room_left: Option<Decimal>,
    /// The first month whose running total is above the limit (already, or at the expected pace).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub crosses_in_month: Option<u32>,
    /// The projected year's pay above the limit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub excess: Option<Decimal>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tax_on_excess: Option<TaxOnExcess>,
    pub contract_version: &'static str,
}

/// What the ceiling counts (P10: the pay subject to the special contribution, which is levied on the
/// flexi wage and the flexi holiday pay, P2).
const COUNTED: Tr = msg::YEAR_COUNTED;
const COUNTED_SOURCE: &str = "FOD Financiën flexi-jobs page [S5] (the ceiling counts only pay subject to the special contribution); RSZ employer page [S3] (the special contribution is on the flexi wage and the flexi holiday pay)";

/// A field that is missing or wrong (one line).
fn wrong(field: &str, message: &str) -> String {
    format!("{field}: {message}")
}

fn amount(value: &Number, field: &str) -> Result<Decimal, String> {
    parse_decimal(value.0.trim(), 2).filter(|a| *a <= Decimal::from(MAX_MONTHLY) * Decimal::from(12)).ok_or_else(|| wrong(field, "an amount in euros from 0 to 1,200,000, with at most two decimals"))
}

impl YearRequest {
    pub fn assess(&self) -> Result<YearAssessment, String> {
        let l = self.language.unwrap_or_default();
        let year = self.year.as_ref().ok_or_else(|| wrong("year", "required, e.g. 2026"))?;
        let year: i32 = year.0.trim().parse().ok().filter(|y| (2015..=2100).contains(y)).ok_or_else(|| wrong("year", "a year from 2015 to 2100"))?;
        let pension = self.pension.as_deref().unwrap_or("none");
        if !matches!(pension, "none" | "retired" | "early") {
            return Err(wrong("pension", "\"none\", \"retired\" or \"early\""));
        }
        if self.employers.len() > MAX_EMPLOYERS {
            return Err(wrong("employers", "at most 20 employers"));
        }
        // Each month's pay, all employers together, and the totals so far given without months.
        let mut paid = [Decimal::ZERO; 12];
        let mut last_paid = 0;
        let mut totals = Decimal::ZERO;
        let mut only_totals = false;
        for (i, employer) in self.employers.iter().enumerate() {
            if employer.months.len() > 12 {
                return Err(wrong(&format!("employers[{i}].months"), "at most 12 months"));
            }
            if !employer.months.is_empty() && employer.so_far.is_some() {
                return Err(wrong(&format!("employers[{i}]"), "give the months or a total so far, not both"));
            }
            for (m, pay) in employer.months.iter().enumerate() {
                let Some(pay) = pay.as_ref().filter(|p| !p.0.trim().is_empty()) else { continue };
                let pay = amount(pay, &format!("employers[{i}].months[{m}]"))?;
                if pay > Decimal::from(MAX_MONTHLY) {
                    return Err(wrong(&format!("employers[{i}].months[{m}]"), "a month's pay up to 100,000"));
                }
                paid[m] += pay;
                last_paid = last_paid.max(m as u32 + 1);
            }
            if let Some(total) = &employer.so_far {
                totals += amount(total, &format!("employers[{i}].so_far"))?;
                only_totals = true;
            }
        }
        let through = match &self.through_month {
            Some(m) => m.0.trim().parse::<u32>().ok().filter(|m| (1..=12).contains(m)).ok_or_else(|| wrong("through_month", "a month from 1 to 12"))?,
            None if only_totals => return Err(wrong("through_month", "required with a total so far: the last month it covers (1 to 12)")),
            None => last_paid,
        };
        if through < last_paid {
            return Err(wrong("through_month", "earlier than a month with pay given"));
        }
        let expected = match &self.expected_per_month {
            Some(e) => amount(e, "expected_per_month").and_then(|e| if e <= Decimal::from(MAX_MONTHLY) { Ok(e) } else { Err(wrong("expected_per_month", "a month's pay up to 100,000")) })?,
            None => Decimal::ZERO,
        };
        // The totals so far count in the last month they cover.
        if through > 0 {
            paid[through as usize - 1] += totals;
        }
        let mut running = Decimal::ZERO;
        let months: Vec<Month> = (1..=12u32)
            .map(|month| {
                let is_expected = month > through;
                let pay = if is_expected { expected } else { paid[month as usize - 1] };
                running += pay;
                Month { month, pay, expected: is_expected, running_total: running }
            })
            .collect();
        let so_far = months.iter().filter(|m| !m.expected).map(|m| m.pay).sum::<Decimal>();
        let projected_total = running;
        let (limit, limit_note) = limit_of(year, pension, l);
        let crosses_in_month = limit.as_ref().and_then(|limit| months.iter().find(|m| m.running_total > limit.amount).map(|m| m.month));
        let room_left = limit.as_ref().map(|limit| (limit.amount - so_far).max(Decimal::ZERO));
        let excess = limit.as_ref().map(|limit| projected_total - limit.amount).filter(|e| *e > Decimal::ZERO);
        let tax_on_excess = match (&limit, excess, &self.main_monthly_gross) {
            (Some(limit), Some(excess), Some(main)) if limit.kind == "tax_free_ceiling" => Some(self.tax_on(year, excess, main, l)?),
            _ => None,
        };
        Ok(YearAssessment {
            year,
            counted: COUNTED.get(l).to_string(),
            through_month: through,
            so_far,
            months,
            projected_total,
            limit,
            limit_note,
            room_left,
            crosses_in_month,
            excess,
            tax_on_excess,
            contract_version: super::contract::CONTRACT_VERSION,
        })
    }

    /// The yearly tax on `excess` beside the main pay: the tax on both together minus the tax on the
    /// main pay alone, by the key formula with the income year's tax-free sum (flexi pay carries no
    /// personal social contribution, so the excess is taxable as it is).
    fn tax_on(&self, year: i32, excess: Decimal, main: &Number, l: Language) -> Result<TaxOnExcess, String> {
        let main = amount(main, "main_monthly_gross")?;
        let kind = match self.worker_kind.as_deref() {
            None | Some("white_collar") => WorkerKind::WhiteCollar,
            Some("manual") => WorkerKind::Manual,
            Some(_) => return Err(wrong("worker_kind", "\"white_collar\" or \"manual\"")),
        };
        let family = super::payslip::NetRequest { family: self.family.clone(), ..Default::default() }.family().map_err(|e| e.to_string())?;
        let date = NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or(ymd(2026, 7, 1));
        let slip = payslip(date, main, kind, family, l).map_err(|e| wrong("year", &e.0))?;
        let tax = |taxable: Decimal| monthly_tax_for_the_year(date, taxable, family).map(|(t, _)| t).unwrap_or_default();
        let monthly_excess = (excess / Decimal::from(12)).round_dp(2);
        let amount = ((tax(slip.taxable + monthly_excess) - tax(slip.taxable)) * Decimal::from(12)).max(Decimal::ZERO);
        let (excess_text, main_text) = (l.euro(excess), l.euro(main));
        let note = say!(l,
            msg::YEAR_AN_ESTIMATE_THE_EXCESS_TEXT, excess_text, main_text);
        Ok(TaxOnExcess { amount: amount.round_dp(2), main_monthly_gross: main, note })
    }
}

/// The limit that applies in `year`, or why none does.
fn limit_of(year: i32, pension: &str, l: Language) -> (Option<Limit>, String) {
    let day = NaiveDate::from_ymd_opt(year, 7, 1).unwrap_or(ymd(2026, 7, 1));
    let limit = |kind, euros: i64, confidence: Confidence, source: &'static str| Limit {
        kind,
        amount: Decimal::from(euros),
        confidence,
        source: sources::words_in(source, l),
        sources: sources::refs(source, l),
    };
    match pension {
        "early" => match in_force::<EarlyPensionLimit>(EARLY_PENSION_FLEXI_LIMITS, day) {
            Some(dated) => (
                Some(limit("early_pension_limit", dated.value.euros, dated.confidence, dated.source)),
                say!(l,
                    msg::YEAR_NO_TAX_FREE_CEILING_FOR),
            ),
            None if year < 2025 => (None, say!(l,
                msg::YEAR_NO_TAX_FREE_CEILING_FOR_2)),
            None => (None, say!(l,
                msg::YEAR_NO_TAX_FREE_CEILING_FOR_3, year)),
        },
        "retired" => (None, say!(l,
            msg::YEAR_NO_TAX_FREE_CEILING_FOR_4)),
        _ => match in_force(CEILINGS, day) {
            Some(dated) => match dated.value {
                Some(euros) => (
                    Some(limit("tax_free_ceiling", euros, dated.confidence, dated.source)),
                    say!(l,
                        msg::YEAR_FLEXI_PAY_IS_TAX_FREE),
                ),
                None => (None, say!(l,
                    msg::YEAR_NO_TAX_FREE_CEILING_BEFORE, year)),
            },
            None => (None, say!(l,
                msg::YEAR_THE_TAX_FREE_CEILING_FOR, year)),
        },
    }
}

/// The source of `counted`, for the page.
pub fn counted_sources(l: Language) -> Vec<SourceRef> {
    sources::refs(COUNTED_SOURCE, l)
}

/// The JSON face (`flexicheck-cli year`): a request in, the year out, or one line naming the field.
pub fn year_json(request_json: &str) -> Result<String, String> {
    let request: YearRequest = serde_json::from_str(request_json).map_err(|e| format!("invalid year request JSON: {e}").replace(['\n', '\r'], " "))?;
    let year = request.assess()?;
    serde_json::to_string_pretty(&year).map_err(|e| format!("internal error: {e}"))
}
