//! Trunk post-build hook (Trunk.toml): writes the start page's static HTML, in each language, into
//! the built index.html given as the first argument, and each language's catalog beside it; the
//! whole app's script and wasm (the tools included) are the second and third.

use flexicheck::prerender::{catalog_files, start_templates};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, tools_js, tools_wasm] = args.as_slice() else {
        eprintln!("flexicheck-prerender: give the built index.html, then the whole app's .js and _bg.wasm");
        return ExitCode::from(2);
    };
    let html = match std::fs::read_to_string(path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("flexicheck-prerender: cannot read {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let dir = std::path::Path::new(path).parent().unwrap_or(std::path::Path::new("."));
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
    let out = format!("{}{}{}", &html[..end], start_templates(tools_js, tools_wasm), &html[end..]);
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("flexicheck-prerender: cannot write {path}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
