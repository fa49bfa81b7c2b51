//! The web app's entry point; Trunk builds it to WebAssembly.

#[cfg(target_arch = "wasm32")]
fn main() {
    // The visitor's texts first (their catalog is already on its way: see src/prerender.rs); the
    // start page written at build time stays on screen until then.
    let lang = flexicheck::ui::first_language();
    flexicheck::ui::catalog::load(lang, move |loaded| match loaded {
        Ok(()) => start(),
        // English is tried before giving up, so the app still works in one language.
        Err(why) if lang != flexicheck::locale::Lang::En => {
            web_sys::console::warn_1(&format!("Flexicheck: {why}").into());
            flexicheck::ui::catalog::load(flexicheck::locale::Lang::En, |loaded| match loaded {
                Ok(()) => start(),
                Err(why) => cannot_start(&why),
            });
        }
        Err(why) => cannot_start(&why),
    });
}

/// The start page written at build time (src/prerender.rs) gives way to the app's own, in the same
/// task, so no frame shows neither or both.
#[cfg(target_arch = "wasm32")]
fn start() {
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

/// Without any catalog there are no words to speak in: say so in the four languages and keep the page.
#[cfg(target_arch = "wasm32")]
fn cannot_start(why: &str) {
    web_sys::console::error_1(&format!("Flexicheck: {why}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(body), Ok(p)) = (document.body(), document.create_element("p")) else { return };
    p.set_text_content(Some("Flexicheck could not load its texts: reload the page. · Flexicheck kon zijn teksten niet laden: herlaad de pagina. · Flexicheck n'a pas pu charger ses textes : rechargez la page. · Flexicheck konnte seine Texte nicht laden: Laden Sie die Seite neu."));
    let _ = p.set_attribute("role", "alert");
    let _ = body.prepend_with_node_1(&p);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("flexicheck is the web app: build it with `trunk build` (see README). For the command line, use flexicheck-cli.");
    std::process::exit(2);
}
