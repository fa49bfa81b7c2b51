//! Trunk post-build hook (Trunk.toml): into the built index.html given as the first argument, writes
//! the loader (the visitor's catalog and the build the address needs) and the start page's static
//! HTML in each language, and each language's catalog beside it. Then come the two builds' script
//! and wasm: the first download's, and the whole app's with the tools.

use flexicheck::prerender::{catalog_files, loader, start_templates, without_trunk_loader, Build};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [path, app_js, app_wasm, tools_js, tools_wasm] = args.as_slice() else {
        eprintln!("flexicheck-prerender: give the built index.html, then the app's .js and _bg.wasm, then the whole app's (tools) .js and _bg.wasm");
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
    let app = Build { js: app_js, wasm: app_wasm };
    let tools = Build { js: tools_js, wasm: tools_wasm };
    let html = match without_trunk_loader(&html, app) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("flexicheck-prerender: {path}: {e}");
            return ExitCode::from(2);
        }
    };
    let (Some(head_end), Some(body_end)) = (html.find("</head>"), html.rfind("</body>")) else {
        eprintln!("flexicheck-prerender: no </head> or </body> in {path}");
        return ExitCode::from(2);
    };
    let out = format!("{}{}{}{}{}", &html[..head_end], loader(app, tools), &html[head_end..body_end], start_templates(), &html[body_end..]);
    if let Err(e) = std::fs::write(path, out) {
        eprintln!("flexicheck-prerender: cannot write {path}: {e}");
        return ExitCode::from(2);
    }
    ExitCode::SUCCESS
}
