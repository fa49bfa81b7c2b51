//! The whole web app, tools included (the `tools` feature): what the first download (`src/main.rs`)
//! hands over to when a team, a year or "For websites" opens. Trunk builds it beside the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    flexicheck::ui::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("flexicheck-tools is the web app's whole build: build it with `trunk build` (see README).");
    std::process::exit(2);
}
