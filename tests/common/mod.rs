//! The test-vector harness, shared by the native tests and the headless-Chromium tests so both
//! check the very same cases against the very same engine.

use flexicheck::rules::{assess, Scenario};
use serde::Deserialize;
use serde_json::Value;

/// Every vector file, compiled in so the browser build reads them too.
pub const VECTOR_FILES: &[(&str, &str)] = &[("quarters.json", include_str!("../vectors/quarters.json"))];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Case {
    pub name: String,
    /// Where the expected answer comes from. Required: a case without a source is not a vector.
    pub source: String,
    pub scenario: Scenario,
    /// A subset of the Assessment JSON that must match exactly; `"error": "<field>"` instead means
    /// the scenario must be refused with a message about that field.
    pub expected: serde_json::Map<String, Value>,
}

/// Runs every case of every file; returns the number checked, or every mismatch.
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
            Err(e) if Value::from(e.field) == *field => Ok(()),
            Err(e) => Err(format!("refused for {} ({e}), expected a refusal for {field}", e.field)),
            Ok(_) => Err(format!("accepted, expected a refusal for {field}")),
        };
    }
    let assessment = outcome.map_err(|e| format!("refused: {e}"))?;
    let actual = serde_json::to_value(&assessment).map_err(|e| e.to_string())?;
    for (key, expected) in &case.expected {
        let got = actual.get(key).unwrap_or(&Value::Null);
        if got != expected {
            return Err(format!("{key}: expected {expected}, got {got}"));
        }
    }
    Ok(())
}
