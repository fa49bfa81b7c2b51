//! Native benchmark of `assess` (run by scripts/bench.sh: `cargo bench --bench assess`). Not a test.

use flexicheck::rules::dated::ymd;
use flexicheck::rules::payslip::{payslip, Family, Partner};
use flexicheck::rules::staffing::WorkerKind;
use flexicheck::rules::{assess, assess_json, Language, Scenario};
use rust_decimal::Decimal;
use std::hint::black_box;
use std::time::Instant;

fn scenario(json: &str) -> Scenario {
    serde_json::from_str(json).expect("benchmark scenario")
}

/// Median nanoseconds per call over `rounds` rounds of `calls` calls each.
fn time_per_call(rounds: usize, calls: usize, mut f: impl FnMut()) -> f64 {
    let mut samples: Vec<f64> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            for _ in 0..calls {
                f();
            }
            start.elapsed().as_nanos() as f64 / calls as f64
        })
        .collect();
    samples.sort_by(f64::total_cmp);
    samples[samples.len() / 2]
}

fn main() {
    let cases = [
        ("eligible horeca worker", r#"{"work_date":"2025-01-15","sector":{"joint_committee":"302"},"worker":{"employment_t3":0.8,"employment_t4":0.8}}"#),
        ("pensioner", r#"{"work_date":"2025-02-10","sector":{"joint_committee":"302"},"worker":{"pensioner_since":"2024-08-15"}}"#),
        ("not eligible + earliest-quarter search", r#"{"work_date":"2025-01-15","sector":{"joint_committee":"302"},"worker":{"employment_t3":0.8,"employment_t4":1.0}}"#),
        ("not eligible, no later quarter (12-quarter search)", r#"{"work_date":"2025-01-15","sector":{"joint_committee":"302"},"worker":{"employment_t3":0.5}}"#),
    ];
    println!("assess, median time per call (release build):");
    for (name, json) in cases {
        let s = scenario(json);
        let ns = time_per_call(15, 20_000, || {
            black_box(assess(black_box(&s)).unwrap());
        });
        println!("  {name:<52} {:>8.2} µs", ns / 1000.0);
    }
    let (_, json) = cases[0];
    let ns = time_per_call(15, 20_000, || {
        black_box(assess_json(black_box(json)).unwrap());
    });
    println!("  {:<52} {:>8.2} µs", "assess_json (parse + assess + pretty JSON)", ns / 1000.0);

    // Issue 12's budget: a payslip, with its lines and their sources, under 5 µs natively.
    println!("net (the payslip), median time per call (release build; budget 5 µs):");
    let family = Family { partner: Partner::WithoutIncome, children: 2 };
    for (name, gross, kind, family) in [
        ("employee €3,000, single", 300_000, WorkerKind::WhiteCollar, Family::default()),
        ("manual worker €2,300 (work bonus), barème II, 2 children", 230_000, WorkerKind::Manual, family),
    ] {
        let gross = Decimal::new(gross, 2);
        let ns = time_per_call(15, 20_000, || {
            black_box(payslip(ymd(2026, 11, 15), black_box(gross), kind, family, Language::En).unwrap());
        });
        let verdict = if ns <= 5_000.0 { "within budget" } else { "OVER BUDGET" };
        println!("  {name:<52} {:>8.2} µs  {verdict}", ns / 1000.0);
    }
}
