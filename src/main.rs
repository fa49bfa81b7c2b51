//! The web app's entry point: the first download, without the tools (Trunk builds it to WebAssembly
//! with `--no-default-features`); `flexicheck-tools` is the whole app it hands over to.

#[cfg(target_arch = "wasm32")]
fn main() {
    flexicheck::ui::run();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("flexicheck is the web app: build it with `trunk build` (see README). For the command line, use flexicheck-cli.");
    std::process::exit(2);
}
