//! The browser UI. Components only collect answers and render what `rules` decides.

use crate::rules::eligibility::long_date;
use crate::rules::{assess, Assessment, Quarter, Scenario};
use leptos::prelude::*;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <header class="masthead">
            <p class="brand">"Flexicheck"</p>
        </header>
        <main id="main" class="page">
            <QuarterQuestion/>
        </main>
        <footer class="footer">
            <p>"Everything is computed in your browser: nothing you type leaves this device."</p>
        </footer>
    }
}

/// Asks for the day of the work and shows its quarter T and reference quarter T-3.
#[component]
pub fn QuarterQuestion() -> impl IntoView {
    let (work_date, set_work_date) = signal(String::new());
    let outcome = Memo::new(move |_| {
        let date = work_date.get();
        (!date.is_empty()).then(|| assess(&Scenario { work_date: date, ..Default::default() }).map_err(|e| e.message))
    });

    view! {
        <h1 class="question">
            <label for="work-date">"When is the flexi work?"</label>
        </h1>
        <p id="work-date-hint" class="hint">"The day the work is done. The rules look at the quarter it falls in."</p>
        <input
            id="work-date"
            name="work_date"
            type="date"
            class="date-input"
            aria-describedby="work-date-hint"
            prop:value=work_date
            on:input=move |ev| set_work_date.set(event_target_value(&ev))
        />
        <div class="answer" aria-live="polite">
            {move || match outcome.get() {
                None => ().into_any(),
                Some(Err(message)) => view! { <p class="error-message">{message}</p> }.into_any(),
                Some(Ok(assessment)) => view! { <QuarterSummary assessment/> }.into_any(),
            }}
        </div>
    }
}

/// The quarter T and T-3 of an assessment, with their calendar bounds.
#[component]
fn QuarterSummary(assessment: Assessment) -> impl IntoView {
    view! {
        <dl class="summary-list">
            <div class="summary-row">
                <dt>"Quarter of the work (T)"</dt>
                <dd data-testid="quarter">{assessment.quarter.to_string()}</dd>
                <dd class="bounds">{bounds(assessment.quarter)}</dd>
            </div>
            <div class="summary-row">
                <dt>"Reference quarter (T-3)"</dt>
                <dd data-testid="reference-quarter">{assessment.reference_quarter.to_string()}</dd>
                <dd class="bounds">{bounds(assessment.reference_quarter)}</dd>
            </div>
        </dl>
    }
}

fn bounds(quarter: Quarter) -> String {
    format!("{} to {}", long_date(quarter.first_day()), long_date(quarter.last_day()))
}
