//! Trunk post-build hook (Trunk.toml): writes the start page's static HTML, in each language, into
//! the built index.html given as the argument, and each language's catalog beside it.

use flexicheck::prerender::{catalog_files, start_templates};
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
    let dir = std::path::Path::new(&path).parent().unwrap_or(std::path::Path::new("."));
    for (_, name, text) in catalog_files() {
        if let Err(e) = std::fs::write(dir.join(&name), text) {
            eprintln!("flexicheck-prerender: cannot write {name}: {e}");
            return ExitCode::from(2);
        }
    }
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
