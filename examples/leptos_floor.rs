//! The bundle floor with the UI framework (a benchmark input, not part of the app): the engine floor
//! (examples/engine_floor.rs) shown by the smallest Leptos view that calls it: one input, one memo,
//! one paragraph. What the app's first download weighs above this is its own pages.
//! `scripts/bench.sh` builds it to wasm and reports its gzip size beside the app's.

#[allow(dead_code)]
#[path = "engine_floor.rs"]
mod engine_floor;

#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    use leptos::prelude::*;
    let query = RwSignal::new(String::new());
    let shown = Memo::new(move |_| engine_floor::floor::everything(&query.get(), "nl"));
    leptos::mount::mount_to_body(move || {
        view! {
            <input on:input=move |ev| query.set(event_target_value(&ev)) />
            <p inner_html=move || shown.get()></p>
        }
    });
}

fn main() {}
