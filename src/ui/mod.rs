//! The browser UI: puts on screen what `pages` writes, and turns the visitor's clicks, typing and
//! Continue into journeys. The journey lives in the URL query (History API): back and forward work,
//! any page can be shared or reloaded, and a tampered link gets a message and a way back.

pub mod catalog;
mod frame;
mod start;

pub use start::run;

/// Whether this build holds the tools' pages (team, year, websites): the app's first download does
/// not, and hands over to the whole app when one opens.
pub const TOOLS: bool = cfg!(feature = "tools");

use crate::journey::{language_of, Answers, Journey, Page, QueryError, UNKNOWN};
use crate::locale::Lang;
use crate::pages::{self, Problem, Screen, View};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlTextAreaElement};

fn read_location() -> (Journey, Option<QueryError>) {
    let search = window().location().search().unwrap_or_default();
    match Journey::from_query(&search) {
        Ok(journey) => (journey, None),
        // The message is in the link's own language when the link still names one.
        Err(e) => (Journey { lang: language_of(&search), ..Journey::start() }, Some(e)),
    }
}

/// "For websites" writes a frame's title in the language chosen for it: every catalog is fetched in
/// the background as the page opens (the service worker usually has them already).
fn websites_need_every_language(journey: &Journey) {
    if TOOLS && journey.page == Page::Websites {
        catalog::load_all(|| {});
    }
}

/// The page the address asks for, when it can be read.
fn first_journey_page() -> Option<Page> {
    match read_location() {
        (journey, None) => Some(journey.page),
        _ => None,
    }
}

/// The language the app opens in: the link's, else the browser's (as `App` reads it).
pub fn first_language() -> Lang {
    read_location().0.lang.as_deref().map(Lang::from_tag).unwrap_or_else(browser_lang)
}

fn browser_lang() -> Lang {
    window().navigator().language().map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// The visitor's own day, from the browser's clock.
fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// Moves focus once the new screen is on the page (screen readers announce where they are).
fn focus_later(selector: impl Into<String>) {
    let selector = selector.into();
    request_animation_frame(move || focus(&selector, false));
}

/// The app's own address, as a website's snippet names it: this page's folder.
fn app_url() -> String {
    let location = window().location();
    let path = location.pathname().unwrap_or_default();
    let folder = &path[..path.rfind('/').map_or(0, |i| i + 1)];
    format!("{}{folder}", location.origin().unwrap_or_default())
}

/// "For websites": an option changed, so the snippets, the preview and the colour's note follow.
/// False when the event is not from that page's form.
fn websites_changed(ev: &ev::Event, lang: Lang) -> bool {
    if !TOOLS {
        return false;
    }
    let in_form = ev.target().and_then(|t| t.dyn_into::<Element>().ok()).and_then(|e| e.closest("form[data-form=websites]").ok().flatten()).is_some();
    if !in_form {
        return false;
    }
    let value = |id: &str| {
        let element = document().get_element_by_id(id);
        element.as_ref().and_then(|e| e.dyn_ref::<HtmlInputElement>()).map(|i| i.value()).or_else(|| element.as_ref().and_then(|e| e.dyn_ref::<web_sys::HtmlSelectElement>()).map(|s| s.value())).unwrap_or_default()
    };
    let checked = |selector: &str| document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlInputElement>().ok());
    let mode = checked("input[name=w-mode]:checked").map(|i| i.value()).unwrap_or_default();
    let compact = checked("#w-compact").is_some_and(|i| i.checked());
    let options = pages::websites::Options::read(&value("w-lang"), &mode, &value("w-sector"), &value("w-role"), compact, &value("w-accent"));
    let regions = pages::websites::regions(lang, &app_url(), &options);
    set_text("w-script", &regions.script);
    set_text("w-iframe", &regions.iframe);
    set_text("w-accent-note", &regions.accent_note);
    if let Some(preview) = document().get_element_by_id("w-preview") {
        let _ = preview.set_attribute("src", &regions.preview);
    }
    true
}

/// Puts a snippet on the clipboard (the browser's asynchronous clipboard; reached by name, as
/// web-sys offers it only behind an unstable flag).
fn copy_to_clipboard(text: &str) {
    let clipboard = js_sys::Reflect::get(&window().navigator(), &JsValue::from_str("clipboard")).ok().filter(|c| !c.is_undefined());
    let write = clipboard.as_ref().and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok()).and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let (Some(clipboard), Some(write)) = (clipboard, write) {
        let _ = write.call1(&clipboard, &JsValue::from_str(text));
    }
}

/// Reads a chosen file's bytes on the device, then hands them to `then`.
fn read_file(file: &web_sys::File, then: impl FnOnce(Vec<u8>) + 'static) {
    let Ok(reader) = web_sys::FileReader::new() else { return };
    let loaded = reader.clone();
    let on_load = wasm_bindgen::closure::Closure::once_into_js(move || {
        if let Ok(result) = loaded.result() {
            then(js_sys::Uint8Array::new(&result).to_vec());
        }
    });
    reader.set_onload(Some(on_load.unchecked_ref()));
    let _ = reader.read_as_array_buffer(file);
}

/// Saves a text as a file on this device (a download made here, from memory: nothing is sent).
fn save_file(name: &str, text: &str) {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/csv;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(anchor) = document().create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        anchor.set_href(&url);
        anchor.set_download(name);
        anchor.click();
    }
    // After the click has started the download.
    request_animation_frame(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

fn focus(selector: &str, scroll: bool) {
    if let Some(element) = document().query_selector(selector).ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        if scroll {
            element.scroll_into_view();
        }
        let _ = element.focus();
    }
}

/// The answers as the form on the page shows them, over `answers`. A radio button checked only by
/// default adds nothing; an empty input keeps an "I don't know".
fn read_form(mut answers: Answers) -> Answers {
    let Ok(inputs) = document().query_selector_all("main form input") else { return answers };
    for i in 0..inputs.length() {
        let Some(input) = inputs.item(i).and_then(|n| n.dyn_into::<HtmlInputElement>().ok()) else { continue };
        let (name, value) = (input.name(), input.value());
        if input.type_() == "radio" {
            if input.checked() && !input.has_attribute("data-default") {
                answers.set(&name, &value);
            }
        } else if !(value.trim().is_empty() && answers.get(&name).is_some_and(|v| v == UNKNOWN)) {
            answers.set(&name, &value);
        }
    }
    answers
}

/// The form's inputs as (name, value); a radio group gives its chosen value.
fn read_fields() -> Vec<(String, String)> {
    let Ok(inputs) = document().query_selector_all("main form input") else { return Vec::new() };
    (0..inputs.length())
        .filter_map(|i| inputs.item(i).and_then(|n| n.dyn_into::<HtmlInputElement>().ok()))
        .filter(|input| input.type_() != "radio" || input.checked())
        .map(|input| (input.name(), input.value()))
        .collect()
}

fn set_text(id: &str, text: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.set_text_content(Some(text));
    }
}

fn set_html(id: &str, html: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        set_trusted_html(&element, html);
    }
}

/// The one Trusted Types policy that may write HTML: the screens' own escaping writer
/// (`pages`) is all it is ever given. `None` where the browser has no Trusted Types.
fn html_policy() -> Option<JsValue> {
    thread_local! {
        static POLICY: Option<JsValue> = {
            let trusted_types = js_sys::Reflect::get(&window(), &"trustedTypes".into()).ok().filter(|t| t.is_object());
            trusted_types.and_then(|tt| {
                let create: js_sys::Function = js_sys::Reflect::get(&tt, &"createPolicy".into()).ok()?.dyn_into().ok()?;
                let options = js_sys::Object::new();
                // The HTML is already safe: every value in it went through `pages::escape`.
                let same = wasm_bindgen::closure::Closure::<dyn Fn(String) -> String>::new(|html: String| html);
                js_sys::Reflect::set(&options, &"createHTML".into(), same.as_ref()).ok()?;
                same.forget();
                create.call2(&tt, &"flexicheck".into(), &options).ok()
            })
        };
    }
    POLICY.with(Clone::clone)
}

/// Puts a screen's HTML into an element, through the policy where the browser enforces Trusted Types.
fn set_trusted_html(element: &Element, html: &str) {
    let trusted = html_policy().and_then(|policy| {
        let create: js_sys::Function = js_sys::Reflect::get(&policy, &"createHTML".into()).ok()?.dyn_into().ok()?;
        create.call1(&policy, &html.into()).ok()
    });
    match trusted {
        Some(trusted) => {
            let _ = js_sys::Reflect::set(element, &"innerHTML".into(), &trusted);
        }
        None => element.set_inner_html(html),
    }
}

/// The whole app: one element whose content is the current screen.
#[component]
pub fn App() -> impl IntoView {
    let (first, bad) = read_location();
    let query = StoredValue::new(pages::sector_query_of(&first).to_string());
    websites_need_every_language(&first);
    let journey = RwSignal::new(first);
    let bad_link = RwSignal::new(bad);
    // What is typed on this page (not reactive: the screen is written again only when Continue
    // refuses it), what is wrong with it, and where "Rules and sources" was opened from.
    let draft = StoredValue::new(journey.with_untracked(|j| j.answers.clone()));
    let problems = RwSignal::new(Vec::<Problem>::new());
    let came_from = StoredValue::new(None::<Journey>);
    // "Check a team": the rows as pasted or read from a file; in memory only, never in the address.
    let team_text = RwSignal::new(None::<String>);
    // A file too large for the rows box, read and waiting for "Check the team".
    let large_file = StoredValue::new(None::<String>);
    // Which workers are shown, and how many: a team of thousands is counted at once, written out
    // a hundred rows at a time.
    let team_filter = RwSignal::new(None::<pages::team::RowVerdict>);
    let team_shown = RwSignal::new(pages::team::ROWS_SHOWN);
    let lang = Memo::new(move |_| journey.with(|j| j.lang.as_deref().map(Lang::from_tag)).unwrap_or_else(browser_lang));
    let today = today();
    let app_url = app_url();
    frame::report_height_to_host();

    // Every worker's verdict, once per team, date and sector (not again when the filter changes).
    let team_checked = Memo::new_with_compare(
        move |_| {
            let answers = journey.with(|j| (TOOLS && j.page == Page::Team).then(|| j.answers.clone()))?;
            team_text.with(|text| text.as_deref().filter(|t| !t.trim().is_empty()).map(|t| std::sync::Arc::new(pages::team::check(t, &answers))))
        },
        |old: Option<&Option<std::sync::Arc<Result<pages::team::Checked, crate::team::TableError>>>>, new| match (old.and_then(Option::as_ref), new.and_then(Option::as_ref)) {
            (Some(a), Some(b)) => !std::sync::Arc::ptr_eq(a, b),
            (a, b) => a.is_some() || b.is_some(),
        },
    );

    let screen = Memo::new(move |_| {
        let refused = problems.get();
        let typed = (!refused.is_empty()).then(|| draft.get_value());
        let from = came_from.get_value();
        journey.with(|j| {
            bad_link.with(|bad| {
                team_text.with(|team| {
                    let checked = team_checked.get();
                    let team = team.as_deref().map(|text| pages::TeamView { text, checked: checked.as_deref(), filter: team_filter.get(), shown: team_shown.get() });
                    let sector_query = query.get_value();
                    pages::screen(&View {
                        app_url: Some(&app_url),
                        journey: j,
                        lang: lang.get(),
                        bad_link: bad.as_ref(),
                        typed: typed.as_ref(),
                        problems: &refused,
                        sector_query: &sector_query,
                        came_from: from.as_ref(),
                        today,
                        team,
                    })
                })
            })
        })
    });

    // Shows another journey (or a link that cannot be read); focus goes to the heading.
    let show_now = move |next: Journey, bad: Option<QueryError>| {
        websites_need_every_language(&next);
        query.set_value(pages::sector_query_of(&next).to_string());
        draft.set_value(next.answers.clone());
        problems.set(Vec::new());
        bad_link.set(bad);
        journey.set(next);
        focus_later("main h1");
    };
    // In another language, once its texts have come (the service worker keeps them after one visit);
    // if they cannot come, the page moves on in the language it is in.
    let show = move |mut next: Journey, bad: Option<QueryError>| {
        let next_lang = next.lang.as_deref().map(Lang::from_tag).unwrap_or_else(browser_lang);
        catalog::load(next_lang, move |loaded| {
            if let Err(why) = loaded {
                web_sys::console::warn_1(&format!("Flexicheck: {why}").into());
                next.lang = Some(lang.get_untracked().code().to_string());
            }
            show_now(next, bad);
        });
    };
    // Moves to another journey and records it in the browser history.
    let go = move |mut next: Journey| {
        next.lang.get_or_insert_with(|| lang.get_untracked().code().to_string());
        // A tool's page is the whole app's: this build hands over by loading the page anew.
        if !TOOLS && next.page.is_tool() {
            let _ = window().location().assign(&next.to_query());
            return;
        }
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&next.to_query()));
        }
        show(next, None);
    };

    // Continue: the next page, or the same page again with what is wrong.
    let submit = move |mut typed: Answers| {
        let here = journey.get_untracked();
        match pages::submit(&here, lang.get_untracked(), &mut typed, &query.get_value()) {
            Ok(next) => go(next),
            Err(found) => {
                draft.set_value(typed);
                problems.set(found);
                focus_later("#error-summary");
            }
        }
    };

    // Links move within the app without reloading; buttons do what their `data-action` says.
    let on_click = move |ev: ev::MouseEvent| {
        if ev.default_prevented() || ev.button() != 0 || ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key() {
            return;
        }
        let Some(target) = ev.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if let Some(button) = target.closest("button[data-action]").ok().flatten() {
            match button.get_attribute("data-action").as_deref() {
                Some("print") => {
                    let _ = window().print();
                }
                Some("copy") => {
                    let text = button.get_attribute("data-copy").and_then(|id| document().get_element_by_id(&id)).and_then(|code| code.text_content()).unwrap_or_default();
                    copy_to_clipboard(&text);
                }
                Some("year-export") if TOOLS => {
                    let (answers, l) = (journey.with_untracked(|j| j.answers.clone()), lang.get_untracked());
                    let name = format!("flexicheck-year-{}.csv", answers.get("fyear").map_or("", String::as_str));
                    save_file(&name, &format!("\u{feff}{}", pages::year::export(&answers, l)));
                }
                Some(action @ ("year-remember" | "year-forget")) if TOOLS => {
                    let remember = action == "year-remember";
                    if let Some(storage) = window().local_storage().ok().flatten() {
                        let _ = if remember { storage.set_item(pages::year::STORAGE_KEY, &journey.with_untracked(Journey::to_query)) } else { storage.remove_item(pages::year::STORAGE_KEY) };
                    }
                    set_text("year-kept", pages::year::kept_text(lang.get_untracked(), remember));
                }
                Some("team-more") if TOOLS => {
                    let shown = button.get_attribute("data-shown").and_then(|n| n.parse().ok()).unwrap_or(pages::team::ROWS_SHOWN);
                    team_shown.set(shown);
                    focus_later(if document().query_selector("[data-action=team-more]").ok().flatten().is_some() { "[data-action=team-more]" } else { "[data-action=team-download]" });
                }
                Some("team-download") if TOOLS => {
                    if let Some(Ok(checked)) = team_checked.get_untracked().as_deref() {
                        let (name, csv) = pages::team::download(lang.get_untracked(), checked);
                        save_file(&name, &csv);
                    }
                }
                Some("dont-know") => {
                    let key = journey.with_untracked(|j| j.page.answer_key()).unwrap_or_default();
                    let mut typed = read_form(draft.get_value());
                    typed.set(key, UNKNOWN);
                    submit(typed);
                }
                Some("pick") => {
                    let attr = |name| button.get_attribute(name).filter(|v| !v.is_empty());
                    draft.update_value(|a| {
                        a.set("pc", attr("data-pc").as_deref().unwrap_or(""));
                        a.set("nace", attr("data-nace").as_deref().unwrap_or(""));
                    });
                    let regions = draft.with_value(|a| pages::sector_regions(lang.get_untracked(), &query.get_value(), a));
                    set_html("sector-chosen", &regions.chosen);
                }
                _ => {}
            }
            return;
        }
        let Some(anchor) = target.closest("a[href]").ok().flatten() else { return };
        let href = anchor.get_attribute("href").unwrap_or_default();
        // The error summary's links move focus to their input, the URL unchanged (GOV.UK).
        if let Some(id) = href.strip_prefix('#').filter(|_| anchor.closest("#error-summary").ok().flatten().is_some()) {
            ev.prevent_default();
            focus(&format!("#{id}"), true);
            return;
        }
        if !href.starts_with('?') || anchor.has_attribute("target") {
            return;
        }
        let Ok(mut next) = Journey::from_query(&href) else { return };
        ev.prevent_default();
        let here = journey.get_untracked();
        // A language switch keeps what was typed but not yet sent.
        if anchor.has_attribute("data-keep-typed") && here.page.is_question() {
            let mut kept = next.clone();
            kept.answers = read_form(draft.get_value()).with_iso_dates().linkable();
            // Past the query cap the address would be refused: the link's own answers then.
            if kept.to_query().len() <= crate::journey::MAX_QUERY {
                next = kept;
            }
        }
        if next.page == Page::Rules && here.page != Page::Rules {
            came_from.set_value(Some(here));
        }
        go(next);
    };

    // A page's own Continue ("Check the team", "Show my year"): its next journey, focus on what it
    // shows; or the same page again with what is wrong.
    let settle = move |result: Result<Journey, Box<(Answers, Vec<Problem>)>>, heading: &'static str| match result {
        Ok(next) => {
            go(next);
            focus_later(heading);
        }
        Err(refused) => {
            let (typed, found) = *refused;
            draft.set_value(typed);
            problems.set(found);
            focus_later("#error-summary");
        }
    };

    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        if TOOLS && journey.with_untracked(|j| j.page == Page::Year) {
            // "My flexi year": every field of the form by its name (radios: the one chosen).
            let fields = read_fields();
            let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
            settle(pages::year::submit(&journey.get_untracked(), lang.get_untracked(), &field), "#year-title");
            return;
        }
        if TOOLS && journey.with_untracked(|j| j.page == Page::Team) {
            // The team's date and sector are checked like the questionnaire's; the rows are kept.
            let value = |id: &str| document().get_element_by_id(id).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()).map(|i| i.value()).unwrap_or_default();
            let rows = document().get_element_by_id("team-rows").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok()).map(|t| t.value()).unwrap_or_default();
            // An empty box checks the large team kept aside (a file just read, or the team checked).
            if !rows.trim().is_empty() {
                team_text.set(Some(rows));
            } else if let Some(file) = large_file.try_update_value(Option::take).flatten() {
                team_text.set(Some(file));
            } else if !team_text.with_untracked(|t| t.as_deref().is_some_and(|t| !pages::team::in_the_box(t))) {
                team_text.set(Some(rows));
            }
            team_filter.set(None);
            team_shown.set(pages::team::ROWS_SHOWN);
            settle(pages::team::submit(&journey.get_untracked(), lang.get_untracked(), &value("date"), &value("pc")), "#team-results-title");
            return;
        }
        submit(read_form(draft.get_value()));
    };

    // A team file chosen or dropped: read on the device, shown in the rows box to check and send.
    // A filter chosen: only those workers, from the first.
    let on_change = move |ev: ev::Event| {
        if websites_changed(&ev, lang.get_untracked()) {
            return;
        }
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if !TOOLS {
            return;
        }
        if input.get_attribute("data-action").as_deref() == Some("team-filter") {
            let filter = pages::team::RowVerdict::ALL.into_iter().find(|v| v.slug() == input.value());
            team_filter.set(filter);
            team_shown.set(pages::team::ROWS_SHOWN);
            focus_later(format!("#filter-{}", input.value()));
            return;
        }
        if input.id() == "year-file" {
            let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
            read_file(&file, move |bytes| {
                // Its headers may be in any language: every catalog first.
                catalog::load_all(move || {
                    let fields = pages::year::import(&crate::team::decode(&bytes));
                    let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
                    settle(pages::year::submit(&journey.get_untracked(), lang.get_untracked(), &field), "#year-title");
                });
            });
            return;
        }
        if input.id() != "team-file" {
            return;
        }
        let Some(file) = input.files().and_then(|files| files.get(0)) else { return };
        if file.size() > crate::team::MAX_BYTES as f64 {
            // Never read: a clear message instead.
            problems.set(vec![pages::team::file_too_large(lang.get_untracked())]);
            focus_later("#error-summary");
            return;
        }
        read_file(&file, move |bytes| {
            let text = crate::team::decode(&bytes);
            let Some(area) = document().get_element_by_id("team-rows").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
            if pages::team::in_the_box(&text) {
                large_file.set_value(None);
                area.set_value(&text);
                set_text("team-kept", "");
            } else {
                area.set_value("");
                set_text("team-kept", &pages::team::kept(lang.get_untracked(), &text));
                large_file.set_value(Some(text));
            }
        });
    };

    // The sector finder follows the typing: the count, the sector chosen and the sectors found.
    let on_input = move |ev: ev::Event| {
        if websites_changed(&ev, lang.get_untracked()) {
            return;
        }
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else { return };
        if input.type_() != "search" {
            return;
        }
        let text = input.value();
        let l = lang.get_untracked();
        draft.update_value(|a| pages::sector_typed(a, &text, l));
        let regions = draft.with_value(|a| pages::sector_regions(l, &text, a));
        query.set_value(text);
        if let Some(count) = document().get_element_by_id("sector-count") {
            count.set_text_content(Some(&regions.count));
        }
        set_html("sector-chosen", &regions.chosen);
        set_html("sector-results", &regions.results);
    };

    // Back and forward buttons behave as the Back link: the page changes, the answers stay.
    let listener = window_event_listener(ev::popstate, move |_| {
        let (next, bad) = read_location();
        if bad.is_none() && next == journey.get_untracked() {
            return; // an in-page link (#main): nothing to do
        }
        let next = match bad {
            None => Journey { answers: next.answers.kept_from(&journey.get_untracked().answers), ..next },
            Some(_) => next,
        };
        if let Ok(history) = window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next.to_query()));
        }
        if !TOOLS && next.page.is_tool() {
            let _ = window().location().reload();
            return;
        }
        show(next, bad);
    });
    on_cleanup(move || listener.remove());

    // On paper nothing can be unfolded: print the reasons and the figures' components too.
    let print = window_event_listener_untyped("beforeprint", |_| {
        if let Ok(folded) = document().query_selector_all("details:not([open])") {
            for i in 0..folded.length() {
                if let Some(details) = folded.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    let _ = details.set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || print.remove());

    // "My flexi year" opened without a year: the one remembered on this device, if the worker asked.
    Effect::new(move |_| {
        let empty = journey.with(|j| TOOLS && j.page == Page::Year && j.answers.get("fyear").is_none());
        let saved = window().local_storage().ok().flatten().and_then(|s| s.get_item(pages::year::STORAGE_KEY).ok().flatten());
        if let (true, Some(Ok(mut next))) = (empty, saved.map(|q| Journey::from_query(&q))) {
            next.page = Page::Year;
            if let Ok(history) = window().history() {
                let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&next.to_query()));
            }
            show(next, None);
        }
    });

    // A website's accent colour, set on the root through the CSSOM (the policy allows no style
    // attribute), when it keeps enough contrast; otherwise a warning for the site's editor.
    let accent = Memo::new(move |_| journey.with(|j| pages::accent(&j.answers)));
    Effect::new(move |_| {
        let Some(root) = document().document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
        let style = root.style();
        accent.with(|accent| match accent {
            Some(Ok(colour)) => {
                for property in ["--accent", "--accent-dark", "--button", "--button-hover"] {
                    let _ = style.set_property(property, colour);
                }
            }
            _ => {
                if let Some(Err(why)) = accent {
                    web_sys::console::warn_1(&JsValue::from_str(why));
                }
                for property in ["--accent", "--accent-dark", "--button", "--button-hover"] {
                    let _ = style.remove_property(property);
                }
            }
        });
    });

    // <html lang> follows the language; the title names the page.
    Effect::new(move |_| {
        screen.with(|Screen { title, .. }| document().set_title(title));
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
    });

    // The screen goes in through the Trusted Types policy (Leptos's inner_html would not).
    let app = NodeRef::<leptos::html::Div>::new();
    Effect::new(move |_| {
        let html = screen.with(|s| s.html.clone());
        if let Some(element) = app.get() {
            set_trusted_html(&element, &html);
        }
        // The team's rows back in their box, as a value: never parsed as part of the page.
        team_text.with_untracked(|text| {
            let text = text.as_deref().filter(|t| TOOLS && pages::team::in_the_box(t));
            if let (Some(text), Some(area)) = (text, document().get_element_by_id("team-rows").and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())) {
                area.set_value(text);
            }
        });
    });

    view! {
        <div class="app" node_ref=app on:click=on_click on:submit=on_submit on:input=on_input on:change=on_change></div>
    }
}
