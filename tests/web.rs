//! The same vectors, and the mounted UI, in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod common;

use flexicheck::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_vector_holds_in_the_browser() {
    match common::run_all_vectors() {
        Ok(count) => assert!(count >= 200, "only {count} vectors were read"),
        Err(failures) => panic!("{} vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}

/// Mounts the app into a fresh element of the test page and returns that element.
fn mount_app() -> HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("section").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn type_date(host: &HtmlElement, value: &str) {
    let input: HtmlInputElement = host.query_selector("#work-date").unwrap().unwrap().unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

fn text_of(host: &HtmlElement, selector: &str) -> Option<String> {
    host.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

#[wasm_bindgen_test]
async fn the_question_shows_quarter_and_reference_quarter() {
    let host = mount_app();
    assert_eq!(text_of(&host, "h1").as_deref(), Some("When is the flexi work?"));
    assert_eq!(text_of(&host, "[data-testid=quarter]"), None, "nothing is shown before an answer");

    type_date(&host, "2019-08-01");
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "[data-testid=quarter]").as_deref(), Some("2019-Q3"));
    assert_eq!(text_of(&host, "[data-testid=reference-quarter]").as_deref(), Some("2018-Q4"));

    type_date(&host, "2025-01-15");
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "[data-testid=reference-quarter]").as_deref(), Some("2024-Q2"));
    host.remove();
}
