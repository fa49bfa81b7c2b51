//! The JSON contract (CLI, embed) refuses what the app refuses, field by field (issue 22): the same
//! upper bound for every number a person can give, and nothing the app accepts is refused.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::journey::{Answers, Page};
use flexicheck::rules::{assess, Scenario};
use serde_json::{json, Value};

/// A complete comparison scenario with one field replaced.
fn scenario(path: &[&str], value: Value) -> Scenario {
    let mut s = json!({
        "work_date": "2026-12-15",
        "sector": {"joint_committee": "302"},
        "worker": {"employment_t3": 1.0},
        "pay": {"hourly_wage": "15.50", "hours_per_day": "6", "worker_kind": "manual"}
    });
    let mut at = &mut s;
    for key in &path[..path.len() - 1] {
        at = at.as_object_mut().unwrap().entry(*key).or_insert(json!({}));
    }
    at[path[path.len() - 1]] = value;
    serde_json::from_value(s).unwrap()
}

/// The app's pay page with one answer given.
fn app_refuses(key: &str, value: &str) -> bool {
    let mut a = Answers::default();
    for (k, v) in [("mode", "compare"), ("date", "2026-12-15"), ("pc", "302"), ("wage", "15.50"), ("hours", "6"), ("kind", "manual")] {
        a.set(k, v);
    }
    a.set(key, value);
    let page = if key == "income" { Page::Income } else { Page::Pay };
    a.check(page).is_err()
}

#[test]
fn every_numeric_field_has_the_apps_bounds() {
    // (contract path, value at the bound, value past it, the app's key, its value at and past the bound)
    type Bound<'a> = (&'a [&'a str], Value, Value, &'a str, &'a str, &'a str);
    let fields: &[Bound] = &[
        (&["pay", "hourly_wage"], json!("10000"), json!("10000.01"), "wage", "10000", "10000,01"),
        (&["pay", "hours_per_day"], json!("24"), json!("24.01"), "hours", "24", "24,01"),
        (&["pay", "flexi_hourly_wage"], json!("10000"), json!("10001"), "flexiwage", "10000", "10001"),
        (&["pay", "student_hourly_wage"], json!("10000"), json!("10001"), "studentwage", "10000", "10001"),
        (&["pay", "extra_days_used"], json!(366), json!(367), "extradays", "366", "367"),
        (&["pay", "student_hours_used"], json!("8784"), json!("8785"), "studenthours", "8784", "8785"),
        (&["pay", "days_per_month"], json!(31), json!(32), "days", "31", "32"),
        (&["pay", "main_monthly_gross"], json!("100000"), json!("100000.01"), "main", "100000", "100000,01"),
        (&["pay", "family", "children"], json!(30), json!(31), "children", "30", "31"),
        (&["pay", "withholding_rate"], json!("1"), json!("1.01"), "tax", "100", "101"),
        (&["worker", "flexi_income_this_year"], json!("1000000.00"), json!("1000000.01"), "income", "1000000", "1000000,01"),
    ];
    for (path, at, past, key, app_at, app_past) in fields {
        let name = path.join(".");
        assert!(assess(&scenario(path, at.clone())).is_ok(), "{name} = {at} is accepted");
        let refused = assess(&scenario(path, past.clone())).expect_err(&format!("{name} = {past} is refused"));
        assert_eq!(refused.field, name, "{name}: the message names the field");
        assert!(!app_refuses(key, app_at), "the app accepts {key} = {app_at}");
        assert!(app_refuses(key, app_past), "the app refuses {key} = {app_past}");
    }
    // The CLI's and the embed's 4294967295 children.
    assert!(assess(&scenario(&["pay", "family", "children"], json!(4294967295u64))).is_err());
}
