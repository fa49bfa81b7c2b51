//! `flexicheck-cli assess`: a Scenario JSON on stdin, the Assessment JSON on stdout.
//! `flexicheck-cli net`: a net request JSON on stdin (date, monthly gross, kind of worker, family),
//! the month's payslip JSON on stdout.
//! `flexicheck-cli law-status [DATE]`: the maintainer's checklist for DATE (default: today).
//! `flexicheck-cli team --date D --pc PC [--lang nl] < team.csv`: every worker's answer, as CSV.
//! Bad input: one line on stderr and exit code 2. Never a panic.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: flexicheck-cli assess < scenario.json | flexicheck-cli net < request.json | flexicheck-cli year < year.json | flexicheck-cli law-status [YYYY-MM-DD] | flexicheck-cli team --date YYYY-MM-DD --pc 302 [--lang en|nl|fr|de] < team.csv";

/// The largest input read from stdin: a scenario is a few hundred bytes; 1 MiB leaves room for any
/// real one and refuses an endless stream (`< /dev/zero`) at once.
pub const MAX_INPUT_BYTES: u64 = 1 << 20;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command: fn(&str) -> Result<String, String> = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["assess"] => flexicheck::rules::assess_json,
        ["net"] => flexicheck::rules::net_json,
        ["year"] => flexicheck::rules::year::year_json,
        ["law-status"] => return law_status(today()),
        ["law-status", date] => match flexicheck::rules::parse_date(date) {
            Ok(date) => return law_status(date),
            Err(e) => return fail(&e.0),
        },
        ["team", rest @ ..] => return team(rest),
        ["--help"] | ["-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => return fail(USAGE),
    };
    let mut input = String::new();
    match std::io::stdin().take(MAX_INPUT_BYTES + 1).read_to_string(&mut input) {
        Err(e) => return fail(&format!("cannot read the input from stdin: {e}")),
        Ok(n) if n as u64 > MAX_INPUT_BYTES => return fail(&format!("the input is larger than {MAX_INPUT_BYTES} bytes: a scenario is a small JSON document")),
        Ok(_) => {}
    }
    match command(&input) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

/// A team's CSV on stdin (as bytes: UTF-8 or Windows-1252), the table with the answers on stdout.
fn team(args: &[&str]) -> ExitCode {
    let option = |name: &str| args.windows(2).find(|w| w[0] == name).map(|w| w[1]);
    let known = args.chunks(2).all(|pair| matches!(pair, ["--date" | "--pc" | "--nace" | "--lang", _]));
    let (Some(date), Some(sector), true) = (option("--date"), option("--pc").or(option("--nace")), known) else { return fail(USAGE) };
    let Some(lang) = flexicheck::rules::Language::from_code(option("--lang").unwrap_or("en")) else { return fail("--lang is en, nl, fr or de") };
    let mut bytes = Vec::new();
    match std::io::stdin().take(flexicheck::team::MAX_BYTES as u64 + 1).read_to_end(&mut bytes) {
        Err(e) => return fail(&format!("cannot read the team from stdin: {e}")),
        Ok(n) if n > flexicheck::team::MAX_BYTES => return fail(&format!("the team is larger than {} bytes: check it in parts", flexicheck::team::MAX_BYTES)),
        Ok(_) => {}
    }
    match flexicheck::pages::team::check_team_with(lang, date, sector, &flexicheck::team::decode(&bytes), |team, base| on_every_core(lang, team, base)) {
        Ok(csv) => {
            print!("{csv}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

/// Every worker's line of the table, the rows shared out over the machine's cores (each part checked
/// and written out by its own thread), in the team's order.
fn on_every_core(lang: flexicheck::rules::Language, team: &flexicheck::team::Team, base: &flexicheck::journey::Answers) -> String {
    use flexicheck::pages::team::{export_rows, row, RowResult};
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let share = team.rows.len().div_ceil(cores).max(1);
    std::thread::scope(|scope| {
        let parts: Vec<_> = team
            .rows
            .chunks(share)
            .map(|part| {
                scope.spawn(move || {
                    // Each row's answers are only for the page's links to a full result: dropped here.
                    let results: Vec<RowResult> = part.iter().map(|r| RowResult { answers: None, ..row(lang, base, team, r) }).collect();
                    let mut lines = String::with_capacity(part.len() * 256);
                    export_rows(lang, team, part, &results, &mut lines);
                    lines
                })
            })
            .collect();
        parts.into_iter().map(|part| part.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    })
}

fn law_status(date: chrono::NaiveDate) -> ExitCode {
    print!("{}", flexicheck::rules::law_status::law_status(date));
    ExitCode::SUCCESS
}

/// Today's date in UTC, from the system clock (chrono's clock is not built in).
fn today() -> chrono::NaiveDate {
    let days = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400);
    chrono::NaiveDate::from_ymd_opt(1970, 1, 1).and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days))).unwrap_or_default()
}

fn fail(message: &str) -> ExitCode {
    // One line, whatever the message held.
    eprintln!("flexicheck-cli: {}", message.replace('\n', " "));
    ExitCode::from(2)
}
