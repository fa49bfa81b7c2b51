//! The test-vector harness, shared by the native tests and the headless-Chromium tests so both
//! check the very same cases against the very same engine.

use flexicheck::rules::{assess, Scenario};
use serde::Deserialize;
use rust_decimal::{Decimal, RoundingStrategy};
use serde_json::Value;
use std::str::FromStr;

/// Every vector file, compiled in so the browser build reads them too.
pub const VECTOR_FILES: &[(&str, &str)] = &[
    ("quarters.json", include_str!("../vectors/quarters.json")),
    ("eligibility_worker.json", include_str!("../vectors/eligibility_worker.json")),
    ("eligibility_employer.json", include_str!("../vectors/eligibility_employer.json")),
    ("eligibility_sectors.json", include_str!("../vectors/eligibility_sectors.json")),
    ("eligibility_ceiling.json", include_str!("../vectors/eligibility_ceiling.json")),
    ("staffing.json", include_str!("../vectors/staffing.json")),
    ("present_2026.json", include_str!("../vectors/present_2026.json")),
];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    /// Where the expected answer comes from. Required: a case without a source is not a vector.
    pub source: String,
    pub scenario: Scenario,
    /// A subset of the Assessment JSON that must match (objects: the keys given; `null`: absent);
    /// `"reasons": {"rule_id": "outcome"}` checks those rules' outcomes; `"error": "<field>"`
    /// instead means the scenario must be refused with a message about that field.
    pub expected: serde_json::Map<String, Value>,
}

/// Runs every case of every file; returns the number checked, or every mismatch.
/// Every assessment must carry at least one reason (issue 3).
pub fn run_all_vectors() -> Result<usize, Vec<String>> {
    let mut failures = Vec::new();
    let mut count = 0;
    for (file, text) in VECTOR_FILES {
        let cases: Vec<Case> = match serde_json::from_str(text) {
            Ok(cases) => cases,
            Err(e) => {
                failures.push(format!("{file}: cannot read: {e}"));
                continue;
            }
        };
        for case in cases {
            count += 1;
            if case.source.trim().is_empty() {
                failures.push(format!("{file}: '{}' has no source", case.name));
            }
            if let Err(why) = check(&case) {
                failures.push(format!("{file}: '{}': {why}", case.name));
            }
        }
    }
    if failures.is_empty() {
        Ok(count)
    } else {
        Err(failures)
    }
}

fn check(case: &Case) -> Result<(), String> {
    let outcome = assess(&case.scenario);
    if let Some(field) = case.expected.get("error") {
        return match outcome {
            Err(e) if field.as_str() == Some(e.field) => Ok(()),
            Err(e) => Err(format!("refused for {} ({e}), expected a refusal for {field}", e.field)),
            Ok(_) => Err(format!("accepted, expected a refusal for {field}")),
        };
    }
    let assessment = outcome.map_err(|e| format!("refused: {e}"))?;
    let actual = serde_json::to_value(&assessment).map_err(|e| e.to_string())?;
    for (key, expected) in &case.expected {
        if key == "reasons" {
            check_reasons(&actual["reasons"], expected)?;
            continue;
        }
        if key == "regimes" {
            check_regimes(&actual["comparison"], expected)?;
            continue;
        }
        let got = actual.get(key).unwrap_or(&Value::Null);
        if !matches(got, expected) {
            return Err(format!("{key}: expected {expected}, got {got}"));
        }
    }
    Ok(())
}

/// `expected` is a subset of `got`: objects compare on the keys `expected` names; a decimal string
/// compares with the actual amount rounded to as many decimals as the expected one has (a figure
/// as its source published it: Acerta's 10.08 for 10.0779).
fn matches(got: &Value, expected: &Value) -> bool {
    match (got, expected) {
        (Value::Object(got), Value::Object(expected)) => {
            expected.iter().all(|(k, v)| matches(got.get(k).unwrap_or(&Value::Null), v))
        }
        (Value::String(got), Value::String(expected)) => match (Decimal::from_str(got), Decimal::from_str(expected)) {
            (Ok(g), Ok(e)) => g.round_dp_with_strategy(e.scale(), RoundingStrategy::MidpointAwayFromZero) == e,
            _ => got == expected,
        },
        _ => got == expected,
    }
}

/// `{"flexi": {...}, "extra": {...}}`: each regime's entry in the comparison matches the subset;
/// `"notes_contain": "text"` asks for a note containing that text.
fn check_regimes(comparison: &Value, expected: &Value) -> Result<(), String> {
    let expected = expected.as_object().ok_or("regimes: expected a map of regime → figures")?;
    let regimes = comparison.as_array().ok_or("no comparison in the assessment")?;
    for (name, want) in expected {
        let got = regimes.iter().find(|r| r["regime"] == **name).ok_or(format!("no {name} in the comparison"))?;
        let mut want = want.as_object().ok_or("regimes: each entry is an object")?.clone();
        if let Some(text) = want.remove("notes_contain") {
            let text = text.as_str().unwrap_or_default();
            let notes = got["notes"].as_array().cloned().unwrap_or_default();
            if !notes.iter().any(|n| n.as_str().unwrap_or_default().contains(text)) {
                return Err(format!("{name}: no note contains {text:?}; notes: {notes:?}"));
            }
        }
        if let Some(text) = want.remove("notes_lack") {
            let text = text.as_str().unwrap_or_default();
            let notes = got["notes"].as_array().cloned().unwrap_or_default();
            if notes.iter().any(|n| n.as_str().unwrap_or_default().contains(text)) {
                return Err(format!("{name}: a note contains {text:?}"));
            }
        }
        if let Some(rates) = want.remove("component_rates") {
            for (component, rate) in rates.as_object().ok_or("component_rates: a map")? {
                let found = got["components"].as_array().into_iter().flatten().find(|c| c["name"] == **component);
                match found {
                    Some(c) if matches(&c["rate"], rate) => {}
                    Some(c) => return Err(format!("{name}.{component}: rate {} expected {rate}", c["rate"])),
                    None => return Err(format!("{name}: no component {component}")),
                }
            }
        }
        if !matches(got, &Value::Object(want.clone())) {
            return Err(format!("{name}: expected {}, got {got}", Value::Object(want)));
        }
    }
    Ok(())
}

/// Each named rule must be among the reasons, with that outcome (`"absent"`: not among them).
fn check_reasons(reasons: &Value, expected: &Value) -> Result<(), String> {
    let expected = expected.as_object().ok_or("reasons: expected a map of rule → outcome")?;
    let reasons = reasons.as_array().ok_or("no reasons in the assessment")?;
    for (rule, outcome) in expected {
        let found: Vec<&Value> = reasons.iter().filter(|r| r["rule"] == **rule).map(|r| &r["outcome"]).collect();
        if outcome == "absent" {
            if !found.is_empty() {
                return Err(format!("reason {rule}: expected none, got {found:?}"));
            }
            continue;
        }
        if !found.contains(&outcome) {
            return Err(format!("reason {rule}: expected {outcome}, got {found:?}"));
        }
    }
    Ok(())
}

/// The payslip vectors (`flexicheck-cli net`): a request and the figures an independent source
/// published; `tolerance` allows a cent where the source rounds the fiscal work bonus once instead of
/// per part as the key formula's text does.
pub const PAYSLIP_VECTORS: &str = include_str!("../vectors/payslip.json");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayslipCase {
    pub name: String,
    pub source: String,
    pub input: Value,
    pub expected: serde_json::Map<String, Value>,
    #[serde(default)]
    pub tolerance: Option<String>,
}

/// Runs every payslip vector through the public JSON contract; returns the count or the mismatches.
pub fn run_payslip_vectors() -> Result<usize, Vec<String>> {
    let cases: Vec<PayslipCase> = serde_json::from_str(PAYSLIP_VECTORS).map_err(|e| vec![format!("payslip.json: {e}")])?;
    let mut failures = Vec::new();
    for case in &cases {
        if case.source.trim().is_empty() {
            failures.push(format!("'{}' has no source", case.name));
        }
        let tolerance = case.tolerance.as_deref().map_or(Decimal::ZERO, |t| Decimal::from_str(t).unwrap_or_default());
        let payslip = match flexicheck::rules::net_json(&case.input.to_string()) {
            Ok(json) => serde_json::from_str::<Value>(&json).unwrap_or_default(),
            Err(e) => {
                failures.push(format!("'{}': refused: {e}", case.name));
                continue;
            }
        };
        for (key, want) in &case.expected {
            let got = payslip[key].as_str().and_then(|g| Decimal::from_str(g).ok());
            let want = want.as_str().and_then(|w| Decimal::from_str(w).ok());
            match (got, want) {
                (Some(g), Some(w)) if (g - w).abs() <= tolerance => {}
                _ => failures.push(format!("'{}': {key} expected {want:?}, got {got:?}", case.name)),
            }
        }
    }
    if failures.is_empty() { Ok(cases.len()) } else { Err(failures) }
}
