//! The public Scenario → Assessment contract (CLI, embed API and URL state share it).
//! Field names are a public interface: add fields, never rename them.

use super::quarter::{parse_date, Quarter};
use serde::{Deserialize, Serialize};
use std::fmt;

/// What the user tells us about the work.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// The day of the flexi work, "YYYY-MM-DD".
    pub work_date: String,
}

/// What the rules conclude.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    /// Quarter T of the work, e.g. "2026-Q1".
    pub quarter: Quarter,
    /// T-3, the quarter whose employment decides eligibility, e.g. "2025-Q2".
    pub reference_quarter: Quarter,
}

/// A scenario that cannot be assessed, with a message meant for the person who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScenarioError {
    /// The scenario field at fault, e.g. "work_date".
    pub field: &'static str,
    pub message: String,
}

impl fmt::Display for ScenarioError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for ScenarioError {}

/// Evaluates a scenario.
pub fn assess(scenario: &Scenario) -> Result<Assessment, ScenarioError> {
    let work_date = parse_date(&scenario.work_date)
        .map_err(|e| ScenarioError { field: "work_date", message: e.to_string() })?;
    let quarter = Quarter::containing(work_date);
    Ok(Assessment { quarter, reference_quarter: quarter.reference_quarter() })
}

/// The JSON face of [`assess`]: a Scenario document in, an Assessment document out, or a one-line
/// message saying what is wrong with the input.
pub fn assess_json(scenario_json: &str) -> Result<String, String> {
    let scenario: Scenario =
        serde_json::from_str(scenario_json).map_err(|e| format!("invalid scenario JSON: {e}"))?;
    let assessment = assess(&scenario).map_err(|e| e.to_string())?;
    serde_json::to_string_pretty(&assessment).map_err(|e| format!("internal error: {e}"))
}
