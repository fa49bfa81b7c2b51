//! "My flexi year" (`flexicheck-cli year`): sourced vectors, the CLI, and the property that the year's
//! figures add up whatever the payslips.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::rules::year::{year_json, YearRequest};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::Value;
use std::str::FromStr;

fn dec(v: &Value) -> Decimal {
    Decimal::from_str(v.as_str().unwrap_or_else(|| panic!("{v} is not a decimal string"))).unwrap()
}

#[test]
fn every_year_vector_holds() {
    let vectors: Vec<Value> = serde_json::from_str(include_str!("vectors/year/years.json")).unwrap();
    assert!(vectors.len() >= 5);
    for v in &vectors {
        let name = v["name"].as_str().unwrap();
        assert!(!v["source"].as_str().unwrap().is_empty(), "{name}");
        let year: Value = serde_json::from_str(&year_json(&v["request"].to_string()).unwrap_or_else(|e| panic!("{name}: {e}"))).unwrap();
        let e = &v["expected"];
        assert_eq!(year["through_month"], e["through_month"], "{name}");
        for key in ["so_far", "projected_total"] {
            assert_eq!(dec(&year[key]), dec(&e[key]), "{name}: {key}");
        }
        match e.get("limit") {
            Some(limit) => {
                assert_eq!(dec(&year["limit"]["amount"]), dec(limit), "{name}");
                assert_eq!(year["limit"]["kind"], e["limit_kind"], "{name}");
                assert!(!year["limit"]["sources"].as_array().unwrap().is_empty(), "{name}: the limit's source");
                assert_eq!(dec(&year["room_left"]), dec(&e["room_left"]), "{name}");
                assert_eq!(year["crosses_in_month"], e["crosses_in_month"], "{name}");
                assert_eq!(dec(&year["excess"]), dec(&e["excess"]), "{name}");
            }
            None => {
                assert!(year.get("limit").is_none() && year.get("crosses_in_month").is_none() && year.get("excess").is_none(), "{name}: no limit, none used");
            }
        }
        match e.get("tax_between") {
            Some(range) => {
                let tax = dec(&year["tax_on_excess"]["amount"]);
                assert!(dec(&range[0]) <= tax && tax <= dec(&range[1]), "{name}: tax {tax}");
            }
            None => assert!(year.get("tax_on_excess").is_none(), "{name}"),
        }
        if let Some(words) = e.get("limit_note_contains") {
            assert!(year["limit_note"].as_str().unwrap().contains(words.as_str().unwrap()), "{name}: {}", year["limit_note"]);
        }
    }
}

#[test]
fn the_cli_reads_a_year_and_names_a_wrong_field() {
    let run = |input: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_flexicheck-cli"))
            .arg("year")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(input.as_bytes())?;
                child.wait_with_output()
            })
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).to_string(), String::from_utf8_lossy(&out.stderr).to_string())
    };
    let (code, out, _) = run(r#"{"year": 2026, "employers": [{"name": "A", "months": ["1000"]}], "language": "nl"}"#);
    assert_eq!(code, Some(0));
    let year: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(year["limit"]["amount"], "18440");
    assert!(year["counted"].as_str().unwrap().starts_with("Bruto flexiloon"));
    for (input, field) in [
        (r#"{"employers": []}"#, "year: "),
        (r#"{"year": 2026, "pension": "maybe"}"#, "pension: "),
        (r#"{"year": 2026, "employers": [{"months": ["12,5"]}]}"#, "employers[0].months[0]: "),
        (r#"{"year": 2026, "employers": [{"so_far": "100"}]}"#, "through_month: "),
        (r#"{"year": 2026, "wages": 1}"#, "invalid year request JSON: unknown field `wages`"),
    ] {
        let (code, _, err) = run(input);
        assert_eq!(code, Some(2), "{input}");
        assert!(err.starts_with(&format!("flexicheck-cli: {field}")), "{input}: {err}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]
    /// Whatever the months: the running total adds up, the room is the limit less the pay so far, and
    /// the crossing month is the first whose total is above the limit.
    #[test]
    fn the_year_adds_up(months in proptest::collection::vec(proptest::option::of(0u32..5_000), 0..12), expected in 0u32..4_000, year in 2023i32..2028, pension in 0usize..3) {
        let pension = ["none", "retired", "early"][pension];
        let json = serde_json::json!({
            "year": year, "pension": pension, "expected_per_month": expected.to_string(),
            "employers": [{ "name": "A", "months": months.iter().map(|m| m.map(|m| m.to_string())).collect::<Vec<_>>() }],
        });
        let request: YearRequest = serde_json::from_value(json).unwrap();
        let year = request.assess().unwrap();
        let mut running = Decimal::ZERO;
        for m in &year.months {
            running += m.pay;
            prop_assert_eq!(m.running_total, running);
        }
        prop_assert_eq!(year.projected_total, running);
        if let Some(limit) = &year.limit {
            prop_assert_eq!(year.room_left, Some((limit.amount - year.so_far).max(Decimal::ZERO)));
            prop_assert_eq!(year.crosses_in_month, year.months.iter().find(|m| m.running_total > limit.amount).map(|m| m.month));
        } else {
            prop_assert!(year.crosses_in_month.is_none() && year.excess.is_none());
        }
        prop_assert!(pension != "retired" || year.limit.is_none(), "a pensioner at the legal age has no limit");
    }
}
