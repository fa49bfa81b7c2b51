//! The web app's entry point; Trunk builds it to WebAssembly.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The start page written at build time (src/prerender.rs) gives way to the app's own, in the same
    // task, so no frame shows neither or both.
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        if let Ok(static_nodes) = document.query_selector_all("[data-prerendered]") {
            for i in 0..static_nodes.length() {
                if let Some(node) = static_nodes.item(i) {
                    if let Some(parent) = node.parent_node() {
                        let _ = parent.remove_child(&node);
                    }
                }
            }
        }
    }
    leptos::mount::mount_to_body(flexicheck::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("flexicheck is the web app: build it with `trunk build` (see README). For the command line, use flexicheck-cli.");
    std::process::exit(2);
}
