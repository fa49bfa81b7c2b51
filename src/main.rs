//! The web app's entry point; Trunk builds it to WebAssembly.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(flexicheck::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("flexicheck is the web app: build it with `trunk build` (see README). For the command line, use flexicheck-cli.");
    std::process::exit(2);
}
