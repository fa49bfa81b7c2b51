//! The visitor's catalog of texts, loaded before anything is written in its language: the page's
//! inline script (`prerender`) starts fetching the visitor's one beside the wasm, and another
//! language's on a switch. The rules never wait: a page is shown only once its texts are here.

use crate::locale::Lang;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Calls `then` once `lang`'s texts are installed (at once when they already are), or with why not.
pub fn load(lang: Lang, then: impl FnOnce(Result<(), String>) + 'static) {
    if lang.installed() {
        return then(Ok(()));
    }
    // `flexicheckCatalog(code)` is the page's own (prerender::SHOW_START): one promise per language.
    let promise = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &JsValue::from_str("flexicheckCatalog")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call1(&JsValue::NULL, &JsValue::from_str(lang.code())).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        return then(Err("this page cannot load the texts (no catalog loader)".into()));
    };
    let then = Rc::new(RefCell::new(Some(then)));
    let on_error = then.clone();
    let loaded = Closure::once(move |text: JsValue| {
        // A catalog is kept for the page's life, as the compiled-in ones are.
        let text: &'static str = Box::leak(text.as_string().unwrap_or_default().into_boxed_str());
        if let Some(then) = then.borrow_mut().take() {
            then(lang.install(text).map_err(|e| e.0));
        }
    });
    let failed = Closure::once(move |error: JsValue| {
        if let Some(then) = on_error.borrow_mut().take() {
            then(Err(error.as_string().or_else(|| js_sys::Reflect::get(&error, &"message".into()).ok().and_then(|m| m.as_string())).unwrap_or_else(|| "the texts could not be loaded".into())));
        }
    });
    let _ = promise.then2(&loaded, &failed);
    loaded.forget();
    failed.forget();
}

/// Calls `then` once every language's texts are here (or could not come): a year's spreadsheet may
/// have been saved in another language than the page's.
pub fn load_all(then: impl FnOnce() + 'static) {
    fn next(mut rest: Vec<Lang>, then: Box<dyn FnOnce()>) {
        match rest.pop() {
            None => then(),
            Some(lang) => load(lang, move |_| next(rest, then)),
        }
    }
    next(Lang::ALL.to_vec(), Box::new(then));
}
