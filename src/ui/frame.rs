//! In another site's iframe, the app tells that page how tall its content is, and nothing else (no
//! answer leaves the frame), so the frame can grow and shrink with each page. README, "Embedding".

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::{Object, Reflect};
use web_sys::ResizeObserver;

/// The message the host page receives: `{ type: "flexicheck:height", height: <CSS pixels> }`.
pub const HEIGHT_MESSAGE: &str = "flexicheck:height";

/// Starts reporting the content height to the parent page; does nothing in a top-level window.
pub fn report_height_to_host() {
    let window = window();
    let Ok(Some(parent)) = window.parent() else { return };
    if parent == window {
        return;
    }
    let Some(root) = document().document_element() else { return };
    let measured = root.clone();
    // Called at once by the observer, then on every change of size: a new page, an unfolded
    // reason, an error summary.
    let post = Closure::<dyn FnMut()>::new(move || {
        let message = Object::new();
        let height = measured.get_bounding_client_rect().height().ceil();
        let _ = Reflect::set(&message, &JsValue::from_str("type"), &JsValue::from_str(HEIGHT_MESSAGE));
        let _ = Reflect::set(&message, &JsValue::from_str("height"), &JsValue::from_f64(height));
        let _ = parent.post_message(&message, "*");
    });
    if let Ok(observer) = ResizeObserver::new(post.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    // The observer lives as long as the page.
    post.forget();
}
