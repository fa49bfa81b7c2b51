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
    team_timing();
    if std::env::var_os("TEAM_ONLY").is_some() {
        return;
    }
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

/// A team as a social secretariat's export holds it: every answer varied, so that no two workers
/// in a row are alike (pension dates, work in T-3 and T-4, pay so far, functions, foreign work).
pub fn varied_team(workers: usize) -> String {
    let mut out = vec!["Name;Function;Pension;Pension since;Work in T-3 (%);Work in T-4 (%);Work abroad in T-3;Other contract with us;Notice with us;Contract in a linked company;Flexi pay so far this year".to_string()];
    // A fixed linear congruential sequence: the same team on every run.
    let mut seed: u64 = 42;
    let mut next = |n: u64| {
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    for i in 0..workers {
        let pension = next(5) == 0;
        let since = if pension { format!("{:02}/{:02}/{}", 1 + next(28), 1 + next(12), 2016 + next(10)) } else { String::new() };
        let t3 = ["100", "80%", "4/5", "50", "?", "0", "90", "85,5"][next(8) as usize];
        let t4 = ["100", "80", "", "60"][next(4) as usize];
        let function = ["general", "algemeen", "artistic", "care"][next(4) as usize];
        let other = ["none", "geen", "below 4/5", "4/5 or more"][next(4) as usize];
        let income = format!("{}.{:03},{:02}", next(20), next(1000), next(100));
        out.push(format!("worker {i};{function};{};{since};{t3};{t4};{};{other};{};{};{income}", if pension { "yes" } else { "no" }, ["no", "yes"][(next(20) == 0) as usize], ["no", "yes"][(next(30) == 0) as usize], ["none", "?", "full time"][next(3) as usize]));
    }
    out.join("\n")
}

pub fn team_timing() {
    // For a profiler: only the page's count, again and again.
    if std::env::var_os("COUNT_ONLY").is_some() {
        let text = varied_team(10_000);
        let answers = flexicheck::journey::Journey::from_query("?page=team&date=2027-01-15&pc=302").unwrap().answers;
        for _ in 0..5 {
            black_box(flexicheck::pages::team::check(&text, &answers).unwrap());
        }
        std::process::exit(0);
    }
    use flexicheck::locale::Lang;
    use flexicheck::pages::team::{base_answers, export, rows, submit};
    let text = varied_team(10_000);
    let here = flexicheck::journey::Journey::from_query("?page=team&lang=nl").unwrap();
    let base = base_answers(&submit(&here, Lang::Nl, "15/01/2027", "302").unwrap().answers);
    let start = Instant::now();
    let team = flexicheck::team::read(&text).unwrap();
    let read_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    let counted = flexicheck::pages::team::check(&text, &flexicheck::journey::Journey::from_query("?page=team&date=2027-01-15&pc=302").unwrap().answers).unwrap();
    let count_ms = start.elapsed().as_secs_f64() * 1000.0;
    black_box(counted);
    let start = Instant::now();
    let results = rows(Lang::Nl, &base, &team);
    let rows_ms = start.elapsed().as_secs_f64() * 1000.0;
    let start = Instant::now();
    black_box(export(Lang::Nl, &team, &results));
    let export_ms = start.elapsed().as_secs_f64() * 1000.0;
    println!("team of 10,000 workers, no two alike: read {read_ms:.1} ms; read and counted (verdicts only, as the page) {count_ms:.1} ms; every answer in words {rows_ms:.1} ms; the table to download {export_ms:.1} ms");
}
