//! Trunk post-build hook (Trunk.toml): writes the start page's static HTML,
//! in each language, into the built index.html given as the argument.

use flexicheck::prerender::start_templates;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("flexicheck-prerender: give the built index.html as the argument");
        return ExitCode::from(2);
    };
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("flexicheck-prerender: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    if html.contains(r#"<template id="start-en""#) {
        return ExitCode::SUCCESS;
    }
    let Some(end) = html.rfind("</body>") else {
        eprintln!("flexicheck-prerender: no </body> in {path}");
        return ExitCode::from(2);
    };
    let out = format!("{}{}{}", &html[..end], start_templates(), &html[end..]);
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("flexicheck-prerender: cannot write {path}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
