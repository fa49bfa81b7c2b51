//! Flexicheck: may this person work a flexi-job in that quarter, and what does each way of
//! staffing cost? `rules` decides; `ui` only renders and collects answers.

pub mod journey;
pub mod locale;
pub mod pages;
pub mod prerender;
pub mod rules;
pub mod team;
pub mod typed;

#[cfg(target_arch = "wasm32")]
pub mod ui;
