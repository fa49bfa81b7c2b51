//! How the app starts: the visitor's texts, then the app in place of the start page written at build
//! time. The page's loader (src/prerender.rs) starts the build the address needs: the whole app,
//! `flexicheck-tools`, on a tool's page, else the first download, built without the `tools` feature.
//! If the first download finds itself on a tool's page after all (the tools could not come, or a
//! link the loader read otherwise), it hands over: the tools are asked for again, or the page says
//! why they cannot come.

use super::{catalog, first_journey_page, TOOLS};
use crate::locale::Lang;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};

/// The entry point of both builds of the web app.
pub fn run() {
    if !TOOLS && first_journey_page().is_some_and(|page| page.is_tool()) {
        hand_over();
        return;
    }
    // The visitor's texts first (their catalog is already on its way: see src/prerender.rs); the
    // start page written at build time stays on screen until then.
    let lang = super::first_language();
    catalog::load(lang, move |loaded| match loaded {
        Ok(()) => start(),
        // English is tried before giving up, so the app still works in one language.
        Err(why) if lang != Lang::En => {
            web_sys::console::warn_1(&format!("Flexicheck: {why}").into());
            catalog::load(Lang::En, |loaded| match loaded {
                Ok(()) => start(),
                Err(why) => cannot_start(&why, CANNOT_LOAD_TEXTS),
            });
        }
        Err(why) => cannot_start(&why, CANNOT_LOAD_TEXTS),
    });
}

/// The whole app takes the page: `window.flexicheckTools()` (the page's loader) loads and starts it.
/// This build mounts nothing, so no listener of its own is left behind.
fn hand_over() {
    let Some(window) = web_sys::window() else { return };
    let load = js_sys::Reflect::get(&window, &JsValue::from_str("flexicheckTools")).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let Some(promise) = load.and_then(|f| f.call0(&JsValue::NULL).ok()).and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) else {
        tool_unavailable("no window.flexicheckTools on the page");
        return;
    };
    let failed = Closure::<dyn FnMut(JsValue)>::new(|why: JsValue| tool_unavailable(&why.as_string().unwrap_or_else(|| format!("{why:?}"))));
    let _ = promise.catch(&failed);
    // Called at most once, after this function has returned: the page keeps it.
    failed.forget();
}

const CANNOT_LOAD_TEXTS: &str = "Flexicheck could not load its texts: reload the page. · Flexicheck kon zijn teksten niet laden: herlaad de pagina. · Flexicheck n'a pas pu charger ses textes : rechargez la page. · Flexicheck konnte seine Texte nicht laden: Laden Sie die Seite neu.";

/// A tool is downloaded the first time it opens (a worker's journey never needs it), then kept for
/// offline use: without the network before that, the visitor's language says so (no catalog is
/// needed for it) and links back to the start page, which works offline.
fn tool_unavailable(why: &str) {
    let (message, back) = match super::first_language() {
        Lang::Nl => ("Dit hulpmiddel wordt geladen wanneer je het voor het eerst opent, en daarvoor is er geen verbinding. Maak verbinding met het internet en herlaad de pagina.", "Naar het begin"),
        Lang::Fr => ("Cet outil se télécharge à sa première ouverture, et la connexion manque. Connectez-vous à internet et rechargez la page.", "Retour au début"),
        Lang::De => ("Dieses Werkzeug wird beim ersten Öffnen geladen, und dafür fehlt die Verbindung. Verbinden Sie sich mit dem Internet und laden Sie die Seite neu.", "Zum Anfang"),
        Lang::En => ("This tool is downloaded the first time it opens, and there is no connection for it. Connect to the internet and reload the page.", "Back to the start"),
    };
    cannot_start(why, message);
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let (Some(alert), Ok(p), Ok(a)) = (document.query_selector("[role=alert]").ok().flatten(), document.create_element("p"), document.create_element("a")) else { return };
    let _ = a.set_attribute("href", &format!("?lang={}", super::first_language().code()));
    a.set_text_content(Some(back));
    let _ = p.append_child(&a);
    let _ = alert.after_with_node_1(&p);
    document.set_title("Flexicheck");
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", super::first_language().code());
    }
}

/// The start page written at build time (src/prerender.rs) gives way to the app's own, in the same
/// task, so no frame shows neither or both.
fn start() {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        remove_all(&document, "[data-prerendered]");
    }
    leptos::mount::mount_to_body(super::App);
}

/// Takes out of the page every element `selector` finds (what the build wrote, once the app is there).
fn remove_all(document: &web_sys::Document, selector: &str) {
    if let Ok(nodes) = document.query_selector_all(selector) {
        for i in 0..nodes.length() {
            if let Some(node) = nodes.item(i) {
                if let Some(parent) = node.parent_node() {
                    let _ = parent.remove_child(&node);
                }
            }
        }
    }
}

/// Without its texts or its code the app cannot start: `message` says so (in the four languages, or
/// the visitor's when it needs no catalog), and the page stays.
fn cannot_start(why: &str, message: &str) {
    web_sys::console::error_1(&format!("Flexicheck: {why}").into());
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    // A deep link's loading page gives way to the message (the start page stays: its links work).
    remove_all(&document, "[data-loading-page]");
    let (Some(body), Ok(main), Ok(p)) = (document.body(), document.create_element("main"), document.create_element("p")) else { return };
    let _ = main.set_attribute("class", "page");
    p.set_text_content(Some(message));
    let _ = p.set_attribute("role", "alert");
    let _ = main.append_child(&p);
    let _ = body.prepend_with_node_1(&main);
}
