//! The browser UI. Components only collect answers and render what `journey` and `rules` decide.
//! The journey lives in the URL query (History API): back and forward work, any page can be shared
//! or reloaded, and a tampered link gets a message and a way back.

mod frame;
mod pages;

use crate::journey::{language_of, Answers, Journey, Page, QueryError};
use crate::locale::{fill, Lang, Texts};
use crate::rules::eligibility::{rules_are_stale, RULES_VERIFIED_UNTIL};
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsValue;

/// What every page needs: where we are, in which language, and whether the link was bad.
#[derive(Clone, Copy)]
pub struct Ctx {
    pub journey: RwSignal<Journey>,
    pub lang: Memo<Lang>,
    pub bad_link: RwSignal<Option<QueryError>>,
    /// The answers being typed on the current question page, not yet sent.
    pub draft: StoredValue<Option<RwSignal<Answers>>>,
    /// Where "Rules and sources" was opened from: its Back link returns there.
    pub came_from: StoredValue<Option<Journey>>,
}

impl Ctx {
    pub fn texts(&self) -> &'static Texts {
        self.lang.get().texts()
    }

    /// Moves to another state of the journey and records it in the browser history.
    pub fn go(&self, mut next: Journey) {
        if next.lang.is_none() {
            next.lang = Some(self.lang.get_untracked().code().to_string());
        }
        let query = next.to_query();
        if let Ok(history) = window().history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&query));
        }
        self.bad_link.set(None);
        self.draft.set_value(None);
        self.journey.set(next);
    }

    /// A fresh journey from the start page, in the current language.
    pub fn restart(&self) -> Journey {
        Journey { lang: self.journey.with_untracked(|j| j.lang.clone()), ..Journey::start() }
    }

    /// The same journey on another page, naming its language so that a link opened elsewhere keeps it
    /// (and the start page written at build time has the same links).
    pub fn to_page(&self, page: Page) -> Journey {
        let mut next = self.journey.get_untracked();
        next.page = page;
        if next.lang.is_none() {
            next.lang = Some(self.lang.get_untracked().code().to_string());
        }
        next
    }
}

fn read_location() -> (Journey, Option<QueryError>) {
    let search = window().location().search().unwrap_or_default();
    match Journey::from_query(&search) {
        Ok(journey) => (journey, None),
        // The message is in the link's own language when the link still names one.
        Err(e) => (Journey { lang: language_of(&search), ..Journey::start() }, Some(e)),
    }
}

fn browser_lang() -> Lang {
    window().navigator().language().map_or(Lang::En, |tag| Lang::from_tag(&tag))
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let (journey, bad) = read_location();
    let journey = RwSignal::new(journey);
    let bad_link = RwSignal::new(bad);
    let lang = Memo::new(move |_| journey.with(|j| j.lang.as_deref().map(Lang::from_tag)).unwrap_or_else(browser_lang));
    let ctx = Ctx { journey, lang, bad_link, draft: StoredValue::new(None), came_from: StoredValue::new(None) };
    provide_context(ctx);
    frame::report_height_to_host();

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
        bad_link.set(bad);
        journey.set(next);
    });
    on_cleanup(move || listener.remove());

    // On paper nothing can be unfolded: print the reasons and the figures' components too.
    let print = window_event_listener_untyped("beforeprint", |_| {
        if let Ok(folded) = document().query_selector_all("details:not([open])") {
            for i in 0..folded.length() {
                if let Some(details) = folded.item(i).and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok()) {
                    let _ = details.set_attribute("open", "");
                }
            }
        }
    });
    on_cleanup(move || print.remove());

    // <html lang> follows the language; the title names the page; on a page change, focus moves to
    // the heading so screen readers announce it (the first load keeps the browser's own focus).
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        // Runs on every change of page, language or link state.
        journey.track();
        bad_link.track();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.get().code());
        }
        if first.get_value() {
            first.set_value(false);
            return;
        }
        request_animation_frame(|| {
            let heading = document().query_selector("main h1").ok().flatten();
            if let Some(heading) = heading.and_then(|h| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h).ok()) {
                let _ = heading.focus();
            }
        });
    });

    view! {
        <a class="skip-link" href="#main">{move || ctx.texts().skip_link}</a>
        <Header/>
        <main id="main" class="page">
            <StaleNotice/>
            {move || match bad_link.get() {
                Some(error) => pages::bad_link(ctx, error).into_any(),
                None => pages::page(ctx, journey.with(|j| j.page)).into_any(),
            }}
        </main>
        <Footer/>
    }
}

/// The visitor's own day, from the browser's clock.
fn today() -> Option<chrono::NaiveDate> {
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

/// One calm line on every page once the rules are more than 90 days older than the visitor's day.
#[component]
fn StaleNotice() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let stale = today().is_some_and(rules_are_stale);
    move || {
        stale.then(|| {
            let text = fill(ctx.texts().stale, &[("date", &ctx.lang.get().date(RULES_VERIFIED_UNTIL))]);
            view! { <p class="stale-notice" role="note" data-testid="stale">{text}</p> }
        })
    }
}

#[component]
fn Header() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let switch = move |l: Lang| {
        let mut next = ctx.journey.get();
        next.lang = Some(l.code().to_string());
        let typed = move || ctx.draft.get_value().and_then(|d| d.try_get_untracked());
        let href = next.to_query();
        let current = ctx.lang.get() == l;
        view! {
            <li>
                <a
                    href=href
                    lang=l.code()
                    hreflang=l.code()
                    aria-current=current.then_some("true")
                    on:click=move |ev| {
                        ev.prevent_default();
                        let mut next = next.clone();
                        if let Some(typed) = typed() {
                            next.answers = typed.with_iso_dates();
                        }
                        ctx.go(next);
                    }
                >
                    {l.texts().language_name}
                </a>
            </li>
        }
    };
    view! {
        <header class="masthead">
            <div class="masthead-inner">
                <p class="brand">
                    "Flexicheck" <span class="tagline">{move || ctx.texts().brand_tagline}</span>
                </p>
                <nav aria-label="Language / Taal / Langue">
                    <ul class="languages">{move || Lang::ALL.into_iter().map(switch).collect_view()}</ul>
                </nav>
            </div>
        </header>
    }
}

#[component]
fn Footer() -> impl IntoView {
    let ctx = expect_context::<Ctx>();
    let rules = move || ctx.to_page(Page::Rules);
    view! {
        <footer class="footer">
            <p>{move || ctx.texts().privacy}</p>
            <p>{move || fill(ctx.texts().verified_until, &[("date", &ctx.lang.get().date(RULES_VERIFIED_UNTIL))])}</p>
            <p>
                <a
                    href=move || rules().to_query()
                    on:click=move |ev| {
                        ev.prevent_default();
                        let here = ctx.journey.get_untracked();
                        if here.page != Page::Rules {
                            ctx.came_from.set_value(Some(here));
                        }
                        ctx.go(rules());
                    }
                >
                    {move || ctx.texts().rules_link}
                </a>
            </p>
        </footer>
    }
}
