//! `flexicheck-cli assess`: a Scenario JSON on stdin, the Assessment JSON on stdout.
//! `flexicheck-cli net`: a net request JSON on stdin (date, monthly gross, kind of worker, family),
//! the month's payslip JSON on stdout.
//! Bad input: one line on stderr and exit code 2. Never a panic.

use std::io::Read;
use std::process::ExitCode;

const USAGE: &str = "usage: flexicheck-cli assess < scenario.json | flexicheck-cli net < request.json";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command: fn(&str) -> Result<String, String> = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["assess"] => flexicheck::rules::assess_json,
        ["net"] => flexicheck::rules::net_json,
        ["--help"] | ["-h"] => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        _ => return fail(USAGE),
    };
    let mut input = String::new();
    if let Err(e) = std::io::stdin().read_to_string(&mut input) {
        return fail(&format!("cannot read the scenario from stdin: {e}"));
    }
    match command(&input) {
        Ok(json) => {
            println!("{json}");
            ExitCode::SUCCESS
        }
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    // One line, whatever the message held.
    eprintln!("flexicheck-cli: {}", message.replace('\n', " "));
    ExitCode::from(2)
}
