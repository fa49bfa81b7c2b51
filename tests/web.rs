//! The same vectors, and the mounted UI, in a real headless Chromium (wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

mod common;

use flexicheck::locale::Lang;
use flexicheck::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn every_vector_holds_in_the_browser() {
    flexicheck::rules::Language::install_compiled_in();
    match common::run_all_vectors() {
        Ok(count) => assert!(count >= 200, "only {count} vectors were read"),
        Err(failures) => panic!("{} vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}

#[wasm_bindgen_test]
fn every_payslip_vector_holds_in_the_browser() {
    flexicheck::rules::Language::install_compiled_in();
    match common::run_payslip_vectors() {
        Ok(count) => assert!(count >= 40, "only {count} payslip vectors were read"),
        Err(failures) => panic!("{} payslip vector(s) failed:\n{}", failures.len(), failures.join("\n")),
    }
}

/// Mounts the app into a fresh element of the test page and returns that element.
fn mount_app() -> HtmlElement {
    // The app's page loads the visitor's catalog before mounting (src/main.rs); here all are built in.
    flexicheck::rules::Language::install_compiled_in();
    let document = web_sys::window().unwrap().document().unwrap();
    let host: HtmlElement = document.create_element("section").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn text_of(host: &HtmlElement, selector: &str) -> Option<String> {
    host.query_selector(selector).unwrap().and_then(|e| e.text_content())
}

fn click(host: &HtmlElement, selector: &str) {
    let element: HtmlElement = host.query_selector(selector).unwrap().unwrap_or_else(|| panic!("no {selector}")).unchecked_into();
    element.click();
}

fn type_answer(host: &HtmlElement, value: &str) {
    let input: HtmlInputElement = host.query_selector("#answer").unwrap().unwrap().unchecked_into();
    input.set_value(value);
    input.dispatch_event(&web_sys::Event::new("input").unwrap()).unwrap();
}

#[wasm_bindgen_test]
async fn the_questionnaire_asks_the_role_then_the_date_and_checks_it() {
    let texts = Lang::from_tag(&web_sys::window().unwrap().navigator().language().unwrap_or_default()).texts();
    let host = mount_app();
    // The screen goes in through the Trusted Types policy in an effect, run before the next frame.
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "h1").as_deref(), Some(texts.start_title));

    click(&host, ".button-start");
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "h1").as_deref().map(str::trim), Some(texts.role_question));
    click(&host, "input[value=worker]");
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "h1").as_deref().map(str::trim), Some(texts.date_question));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("page=date"), "the page is in the URL");

    // Continue without an answer: the error summary appears.
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert!(text_of(&host, "#error-summary").unwrap().contains(texts.date_error_missing));

    type_answer(&host, "2019-08-01");
    click(&host, "button[type=submit]");
    leptos::task::tick().await;
    assert_eq!(text_of(&host, "h1").as_deref(), Some(texts.sector_question));
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("date=2019-08-01"));
    host.remove();
}
