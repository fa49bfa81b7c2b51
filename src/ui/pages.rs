//! One function per kind of page (GOV.UK patterns: one question per page, check answers, error
//! summary). They render; `journey` decides what is asked and `rules` what it means.

use super::Ctx;
use crate::journey::{encode, AnswerError, Answers, Journey, Page, QueryError, FUNCTIONS, MAY_BE_UNKNOWN, UNKNOWN};
use crate::typed::{read_date, read_number, read_percent, show_date, NumberProblem};
use crate::locale::{fill, Lang, Texts};
use crate::rules::directory::{search, Found, Language, DIRECTORY};
use crate::rules::eligibility::RULES;
use crate::rules::formalities::{formalities, framework_mentions, FRAMEWORK_AGREEMENT_AGENCY};
use crate::rules::committees::looks_like_committee;
use crate::rules::sectors::normalise_nace;
use crate::rules::staffing::Regime;
use crate::rules::sources::{self, SourceKind, SourceRef, SOURCES};
use crate::rules::{Outcome, Verdict};
use leptos::ev;
use leptos::prelude::*;

pub fn page(ctx: Ctx, page: Page) -> AnyView {
    match page {
        Page::Start => start(ctx),
        Page::Check => check(ctx),
        Page::Result => result(ctx),
        Page::Rules => rules(ctx),
        Page::Changes => changes(ctx),
        Page::Compare => compare(ctx),
        question_page => question(ctx, question_page),
    }
}

fn set_title(t: &Texts, heading: &str, error: bool) {
    document().set_title(&format!("{}{heading} – Flexicheck", if error { t.error_prefix } else { "" }));
}

fn focus_later(selector: &'static str) {
    request_animation_frame(move || {
        if let Some(element) = document().query_selector(selector).ok().flatten() {
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    });
}

/// A link that moves within the app without reloading (and still works as a plain link).
fn link(ctx: Ctx, target: Journey, class: &'static str, text: String) -> AnyView {
    let href = target.to_query();
    view! {
        <a
            class=class
            href=href
            on:click=move |ev| {
                ev.prevent_default();
                ctx.go(target.clone());
            }
        >
            {text}
        </a>
    }
    .into_any()
}

fn language(lang: Lang) -> Language {
    match lang {
        Lang::En => Language::En,
        Lang::Nl => Language::Nl,
        Lang::Fr => Language::Fr,
    }
}

/// The question and its hint, with the quarters written out for this date.
fn wording(t: &Texts, lang: Lang, page: Page, answers: &Answers) -> (String, &'static str) {
    let quarter = answers.quarter();
    let span = |back: u32| {
        quarter.map_or((String::new(), String::new()), |q| {
            let r = q.minus(back);
            (lang.date(r.first_day()), lang.date(r.last_day()))
        })
    };
    let person = t.person(answers.for_employer());
    match page {
        Page::Role => (t.role_question.into(), t.role_hint),
        Page::Date if answers.comparing() => (t.compare_date_question.into(), t.date_hint),
        Page::Date => (t.date_question.into(), t.date_hint),
        Page::Sector if answers.comparing() => (t.compare_sector_question.into(), t.sector_hint),
        Page::Sector => (t.sector_question.into(), t.sector_hint),
        Page::Function => (t.function_question.into(), t.function_hint),
        Page::Pension => (person.pension_question.into(), t.pension_hint),
        Page::PensionSince => (person.pension_since_question.into(), t.pension_since_hint),
        Page::WorkT3 => {
            let (from, to) = span(3);
            (fill(person.work_t3_question, &[("from", &from), ("to", &to)]), t.work_t3_hint)
        }
        // The whole question again, for the quarter before: "And between…?" is lost on a new page.
        Page::WorkT4 => {
            let (from, to) = span(4);
            (fill(person.work_t3_question, &[("from", &from), ("to", &to)]), t.work_t4_hint)
        }
        Page::Foreign => (t.foreign_question.into(), t.foreign_hint),
        Page::OtherContract => (fill(person.other_question, &[("q", &quarter.map(|q| lang.quarter(q.first_day())).unwrap_or_default())]), t.other_hint),
        Page::Notice => (person.notice_question.into(), t.notice_hint),
        Page::Linked => (person.linked_question.into(), t.linked_hint),
        Page::Income => (person.income_question.into(), person.income_hint),
        Page::Pay => (t.pay_question.into(), t.pay_hint),
        _ => (String::new(), ""),
    }
}

/// One wrong answer: the error summary's line, the message beside the input, and the input's id (the
/// summary links there).
#[derive(Clone)]
struct Problem {
    summary: String,
    inline: &'static str,
    input: &'static str,
}

/// The wrong answers of a page. The pay page lists every wrong input at once, each summary line
/// naming its field.
fn problems(t: &'static Texts, page: Page, answers: &Answers) -> Vec<Problem> {
    if page == Page::Pay {
        return answers
            .pay_problems()
            .into_iter()
            .map(|(key, error)| {
                let (label, own, input) = match key {
                    "wage" => (t.wage_label, t.amount_error, "answer"),
                    "hours" => (t.hours_label, t.number_error, "hours"),
                    "kind" => (t.kind_legend, t.choice_error, "kind-0"),
                    "tax" => (t.tax_label, t.percent_error, "tax"),
                    "flexiwage" => (t.flexi_wage_label, t.amount_error, "flexiwage"),
                    "studentwage" => (t.student_wage_label, t.amount_error, "studentwage"),
                    "extradays" => (t.extra_days_label, t.days_error, "extradays"),
                    "studenthours" => (t.student_hours_label, t.number_error, "studenthours"),
                    "days" => (t.days_label, t.month_days_error, "days"),
                    "partner" => (t.partner_legend, t.choice_error, "partner-0"),
                    "children" => (t.children_label, t.children_error, "children"),
                    // Not "main": that id is the page's <main>, the skip link's target.
                    _ => (t.main_pay_label, t.amount_error, "main-pay"),
                };
                let inline = number_message(t, &error).unwrap_or(own);
                Problem { summary: format!("{label}: {inline}"), inline, input }
            })
            .collect();
    }
    answers
        .check(page)
        .err()
        .map(|e| {
            let inline = error_text(t, page, &e);
            Problem { summary: inline.to_string(), inline, input: "answer" }
        })
        .into_iter()
        .collect()
}

/// The reason a typed number was refused, when its form is the problem (not its size).
fn number_message(t: &'static Texts, error: &AnswerError) -> Option<&'static str> {
    match error {
        AnswerError::Unreadable(NumberProblem::Ambiguous) => Some(t.number_ambiguous),
        AnswerError::Unreadable(NumberProblem::Grouping) => Some(t.number_grouping),
        _ => None,
    }
}

fn error_text(t: &'static Texts, page: Page, error: &AnswerError) -> &'static str {
    if let Some(message) = number_message(t, error) {
        return message;
    }
    match (page, error) {
        (Page::Date, AnswerError::Missing) => t.date_error_missing,
        (Page::PensionSince, AnswerError::Missing) => t.pension_since_error_missing,
        (Page::Date | Page::PensionSince, _) => t.date_error_bad,
        (Page::Sector, AnswerError::Missing) => t.sector_error_missing,
        (Page::Sector, AnswerError::UnknownCommittee) => t.sector_error_unknown,
        (Page::Sector, _) => t.sector_error_bad,
        (Page::WorkT3 | Page::WorkT4, _) => t.percent_error,
        (Page::Income, _) => t.amount_error,
        _ => t.choice_error,
    }
}

/// Moves focus to an input named in the error summary, without leaving the page (GOV.UK).
fn focus_input(id: &'static str) {
    if let Some(element) = document().get_element_by_id(id) {
        element.scroll_into_view();
        if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
            let _ = element.focus();
        }
    }
}

/// The choices of a radio question: (value, label).
fn choices(t: &'static Texts, page: Page, answers: &Answers) -> Vec<(&'static str, &'static str)> {
    match page {
        Page::Role => ["worker", "employer"].into_iter().zip(t.role_choices).collect(),
        Page::Pension | Page::Foreign | Page::Notice => vec![("yes", t.yes), ("no", t.no)],
        Page::OtherContract => ["none", "below_four_fifths", "four_fifths_or_more"].into_iter().zip(t.other_choices).collect(),
        Page::Linked => ["none", "four_fifths", "full_time"].into_iter().zip(t.linked_choices).chain([(UNKNOWN, t.unknown_choice)]).collect(),
        Page::Function => {
            let committee = answers.joint_committee.as_deref();
            FUNCTIONS
                .iter()
                .zip(t.functions)
                .filter(|(value, _)| match **value {
                    "funeral_occasional" => committee == Some("320"),
                    "domestic_worker" => committee == Some("323"),
                    "sea_fishing_shore" => committee == Some("143"),
                    _ => true,
                })
                .map(|(v, l)| (*v, l))
                .collect()
        }
        _ => Vec::new(),
    }
}

/// One radio button for the answer `key`, checked when the answer (or, unanswered, `default`) is
/// `value`; the label makes the whole row the target.
fn radio(draft: RwSignal<Answers>, key: &'static str, id: String, value: &'static str, label: &'static str, default: Option<&'static str>) -> AnyView {
    view! {
        <div class="radio">
            <input
                type="radio"
                id=id.clone()
                name=key
                value=value
                prop:checked=move || draft.with(|a| a.get(key).map(String::as_str).or(default) == Some(value))
                on:change=move |_| draft.update(|a| a.set(key, value))
            />
            <label for=id>{label}</label>
        </div>
    }
    .into_any()
}

/// The inline error above an input (GOV.UK: "Error:" read out, not shown).
fn error_message(t: &'static Texts, id: String, message: &'static str) -> AnyView {
    view! {
        <p id=id class="error-message">
            <span class="visually-hidden">{t.error_prefix}</span>
            {message}
        </p>
    }
    .into_any()
}

/// The error summary: every problem, each a link that moves focus to its input without reloading.
fn error_summary(t: &'static Texts, errors: RwSignal<Vec<Problem>>) -> impl IntoView {
    move || {
        let list = errors.get();
        (!list.is_empty()).then(|| {
            let items = list
                .into_iter()
                .map(|Problem { summary, input, .. }| {
                    view! {
                        <li>
                            <a
                                href=format!("#{input}")
                                on:click=move |ev| {
                                    ev.prevent_default();
                                    focus_input(input);
                                }
                            >
                                {summary}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
                    <h2 id="error-summary-title">{t.error_title}</h2>
                    <ul>{items}</ul>
                </div>
            }
        })
    }
}

/// A question page: Back link, error summary, the question as the heading, Continue.
fn question(ctx: Ctx, page: Page) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    let journey = ctx.journey.get_untracked();
    // The pay page collects several answers: its inputs name their own keys.
    let key = page.answer_key().unwrap_or_default();
    // Dates show as the form asks for them (15/01/2027); links keep the ISO form.
    let mut shown = journey.answers.clone();
    if matches!(page, Page::Date | Page::PensionSince) {
        if let Some(date) = shown.get(key).and_then(|v| read_date(v)) {
            shown.set(key, &show_date(date));
        }
    }
    let draft = RwSignal::new(shown);
    // A language switch keeps what was typed but not yet sent.
    ctx.draft.set_value(Some(draft));
    // The messages and the ids of the inputs they are about.
    let errors = RwSignal::new(Vec::<Problem>::new());
    let (heading, hint) = wording(t, lang, page, &journey.answers);
    set_title(t, &heading, false);
    // Back from a change made on "Check your answers" returns there.
    let back = ctx.to_page(if journey.returning { Page::Check } else { journey.answers.previous(page) });
    let title = StoredValue::new(heading.clone());
    // The sector finder's text: Continue takes the only sector it finds.
    let query = RwSignal::new(journey.answers.joint_committee.clone().or(journey.answers.nace.clone()).unwrap_or_default());
    // Checks the page's answers and moves on, or shows what is wrong.
    let proceed = move || {
        if page == Page::Sector && draft.with_untracked(|a| a.joint_committee.is_none() && a.nace.is_none()) {
            if let [only] = search(&query.get_untracked(), language(lang), 2).as_slice() {
                draft.update(|a| pick_sector(a, only));
            }
        }
        // The URL keeps dates in the ISO form links use.
        let mut answers = draft.get_untracked().with_iso_dates();
        let found = problems(t, page, &answers);
        if found.is_empty() {
            let mut next = ctx.journey.get_untracked();
            // A date in another quarter: the answers about the old quarter are asked again, in order.
            let moved = page == Page::Date && answers.forget_other_quarters(&next.answers);
            next.page = match answers.first_quarter_question() {
                Some(first) if moved && next.returning => first,
                _ if next.returning => answers.next_after_change(page),
                _ => answers.next(page),
            };
            next.returning = !moved && next.returning && next.page != answers.last_page();
            next.answers = answers;
            ctx.go(next);
        } else {
            errors.set(found);
            set_title(t, &title.get_value(), true);
            focus_later("#error-summary");
        }
    };
    let on_submit = move |ev: ev::SubmitEvent| {
        ev.prevent_default();
        proceed();
    };
    // "I don't know" on a typed question: the answer is left open and the result states the condition.
    let person = t.person(journey.answers.for_employer());
    let find_out = match page {
        Page::WorkT3 => Some(person.t3_find_out),
        Page::Linked => Some(person.linked_find_out),
        Page::Income => Some(person.income_find_out),
        _ => None,
    };
    let dont_know = matches!(page, Page::WorkT3 | Page::Income).then(|| {
        view! {
            <button
                type="button"
                class="button button-secondary"
                data-testid="dont-know"
                on:click=move |_| {
                    draft.update(|a| a.set(key, UNKNOWN));
                    proceed();
                }
            >
                {t.unknown_choice}
            </button>
        }
    });
    let first_error = move || errors.with(|e| e.first().map(|p| p.inline));
    let inline_error = move || first_error().map(|message| error_message(t, "answer-error".into(), message));
    let described = move || if errors.with(|e| e.is_empty()) { "hint" } else { "hint answer-error" };
    let body = match page {
        Page::Sector => sector_finder(ctx, draft, query, heading, hint, described, inline_error.into_any()),
        Page::Pay => pay_inputs(t, draft, heading, hint, errors),
        Page::Role | Page::Function | Page::Pension | Page::Foreign | Page::OtherContract | Page::Notice | Page::Linked => {
            let options = choices(t, page, &journey.answers);
            let radios = options
                .into_iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = if i == 0 { "answer".to_string() } else { format!("answer-{i}") };
                    radio(draft, key, id, value, label, None)
                })
                .collect_view();
            // The company-law article is for those who want it, folded.
            let more = (page == Page::Linked).then(|| {
                view! {
                    <details class="more">
                        <summary>{t.more_about_this}</summary>
                        <p>{t.linked_more}</p>
                    </details>
                }
            });
            view! {
                <fieldset class="question-group" aria-describedby=described>
                    <legend>
                        <h1 class="question" tabindex="-1">{heading}</h1>
                    </legend>
                    <p id="hint" class="hint">{hint}</p>
                    {more}
                    {inline_error}
                    <div class="radios">{radios}</div>
                    {find_out.map(|text| view! { <p class="hint">{text}</p> })}
                </fieldset>
            }
            .into_any()
        }
        _ => {
            let (mode, width, suffix) = match page {
                Page::Date | Page::PensionSince => ("text", "width-date", ""),
                Page::WorkT3 | Page::WorkT4 => ("decimal", "width-3", "%"),
                _ => ("decimal", "width-10", "€"),
            };
            let optional = (page == Page::Income).then_some(t.optional);
            view! {
                <h1 class="question" tabindex="-1">
                    <label for="answer">{heading} " " {optional.map(|o| view! { <span class="optional">{o}</span> })}</label>
                </h1>
                <p id="hint" class="hint">{hint}</p>
                {inline_error}
                <div class="input-row">
                    <input
                        id="answer"
                        name=key
                        type="text"
                        inputmode=mode
                        autocomplete="off"
                        spellcheck="false"
                        class=move || format!("input {width}{}", if errors.with(|e| e.is_empty()) { "" } else { " input-error" })
                        aria-describedby=described
                        aria-invalid=move || errors.with(|e| !e.is_empty()).then_some("true")
                        prop:value=move || draft.with(|a| a.get(key).filter(|v| *v != UNKNOWN).cloned().unwrap_or_default())
                        on:input=move |ev| draft.update(|a| a.set(key, &event_target_value(&ev)))
                    />
                    {(!suffix.is_empty()).then(|| view! { <span class="suffix" aria-hidden="true">{suffix}</span> })}
                </div>
                {find_out.map(|text| view! { <p class="hint find-out">{text}</p> })}
            }
            .into_any()
        }
    };
    view! {
        {link(ctx, back, "back-link", t.back.to_string())}
        <form novalidate on:submit=on_submit>
            {error_summary(t, errors)}
            {body}
            <div class="button-group">
                <button type="submit" class="button">{t.continue_}</button>
                {dont_know}
            </div>
        </form>
    }
    .into_any()
}

/// Sets the sector fields the way the finder's entry says.
fn pick_sector(answers: &mut Answers, found: &Found) {
    answers.set("pc", found.joint_committee.unwrap_or(""));
    answers.set("nace", found.nace.unwrap_or(""));
}

/// The pay page: one task, the required inputs first, then the optional ones (GOV.UK order). Each
/// input shows its own error; the error summary links to it.
fn pay_inputs(t: &'static Texts, draft: RwSignal<Answers>, heading: String, hint: &'static str, errors: RwSignal<Vec<Problem>>) -> AnyView {
    // The message beside an input (the summary's line also names the field).
    let about = move |input: &'static str| {
        errors.with(|e| e.iter().find(|p| p.input == input).map(|p| p.inline))
    };
    let field = move |id: &'static str, key: &'static str, label: &'static str, width: &'static str, hint: Option<&'static str>| {
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let message = move || about(id);
        let described = {
            let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
            move || {
                let ids: Vec<&str> = [hint.map(|_| hint_id.as_str()), message().map(|_| error_id.as_str())].into_iter().flatten().collect();
                (!ids.is_empty()).then(|| ids.join(" "))
            }
        };
        view! {
            <div class="field">
                <label class="label" for=id>{label}</label>
                {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{h}</p> })}
                {move || message().map(|m| error_message(t, error_id.clone(), m))}
                <input
                    aria-describedby=described
                    aria-invalid=move || message().map(|_| "true")
                    id=id
                    name=key
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    class=move || format!("input {width}{}", if message().is_some() { " input-error" } else { "" })
                    prop:value=move || draft.with(|a| a.get(key).cloned().unwrap_or_default())
                    on:input=move |ev| draft.update(|a| a.set(key, &event_target_value(&ev)))
                />
            </div>
        }
    };
    let kinds = ["manual", "white_collar"]
        .into_iter()
        .zip(t.kinds)
        .enumerate()
        .map(|(i, (value, label))| radio(draft, "kind", format!("kind-{i}"), value, label, None))
        .collect_view();
    // No partner unless told (the payslip's stated default).
    let partners = ["none", "with_income", "without_income"]
        .into_iter()
        .zip(t.partners)
        .enumerate()
        .map(|(i, (value, label))| radio(draft, "partner", format!("partner-{i}"), value, label, Some("none")))
        .collect_view();
    let partner_wrong = move || about("partner-0");
    let partner_error = move || partner_wrong().map(|message| error_message(t, "partner-error".into(), message));
    let kind_wrong = move || about("kind-0");
    let kind_error = move || kind_wrong().map(|message| error_message(t, "kind-error".into(), message));
    view! {
        <h1 class="question" tabindex="-1">{heading}</h1>
        <p id="hint" class="hint">{hint}</p>
        {field("answer", "wage", t.wage_label, "width-10", None)}
        {field("hours", "hours", t.hours_label, "width-3", None)}
        <fieldset class="question-group field" aria-describedby=move || kind_wrong().map(|_| "kind-error")>
            <legend class="label">{t.kind_legend}</legend>
            {kind_error}
            <div class="radios">{kinds}</div>
        </fieldset>
        <fieldset class="question-group optional-inputs">
            <legend class="label">{t.optional_legend}</legend>
            {field("tax", "tax", t.tax_label, "width-3", Some(t.tax_hint))}
            {field("flexiwage", "flexiwage", t.flexi_wage_label, "width-10", Some(t.flexi_wage_hint))}
            {field("studentwage", "studentwage", t.student_wage_label, "width-10", Some(t.student_wage_hint))}
            {field("extradays", "extradays", t.extra_days_label, "width-3", Some(t.extra_days_hint))}
            {field("studenthours", "studenthours", t.student_hours_label, "width-3", Some(t.student_hours_hint))}
            {field("days", "days", t.days_label, "width-3", Some(t.days_hint))}
            {field("main-pay", "main", t.main_pay_label, "width-10", Some(t.main_pay_hint))}
            <fieldset class="question-group field" aria-describedby=move || partner_wrong().map(|_| "partner-error")>
                <legend class="label">{t.partner_legend}</legend>
                {partner_error}
                <div class="radios">{partners}</div>
            </fieldset>
            {field("children", "children", t.children_label, "width-3", None)}
        </fieldset>
    }
    .into_any()
}

/// The sector name to show for the answers, in the user's language.
fn sector_label(lang: Lang, answers: &Answers) -> Option<String> {
    let committee = answers.joint_committee.as_deref();
    let nace = answers.nace.as_deref();
    if committee.is_none() && nace.is_none() {
        return None;
    }
    let listed = |e: &crate::rules::directory::SectorEntry| nace.is_some_and(|n| e.codes.iter().any(|list| list.contains(&n)));
    let entry = DIRECTORY.iter().find(|e| e.joint_committee == committee && (nace.is_none() || e.nace == nace || listed(e)));
    let code = match (committee, nace) {
        (Some(c), Some(n)) => format!("{} {c}, NACE {n}", lang.pc()),
        (Some(c), None) => format!("{} {c}", lang.pc()),
        (None, Some(n)) => format!("NACE {n}"),
        (None, None) => String::new(),
    };
    Some(entry.map_or(code.clone(), |e| format!("{} ({code})", e.name(language(lang)))))
}

/// The sectors most people ask about, offered when the user does not know theirs.
const COMMON_SECTORS: [&str; 6] = ["302", "201", "311", "118.03", "314", "330"];

/// Search by name, everyday word, PC number or NACE code; a result sets the sector, a typed
/// committee number is taken as is, and Continue takes the only sector found.
fn sector_finder(ctx: Ctx, draft: RwSignal<Answers>, query: RwSignal<String>, heading: String, hint: &'static str, described: impl Fn() -> &'static str + Copy + Send + Sync + 'static, inline_error: AnyView) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    let type_in = move |text: String| {
        query.set(text.clone());
        draft.update(|a| {
            let digits_only = text.trim().chars().all(|c| c.is_ascii_digit() || c == '.' || c == ' ') && !text.trim().is_empty();
            // "999" is a mistyped committee, not a NACE group: the page says there is no such committee.
            if looks_like_committee(&text) {
                a.set("pc", &text);
                a.set("nace", "");
            } else if digits_only && normalise_nace(&text).is_ok() && search(&text, language(lang), 1).is_empty() {
                a.set("nace", &text);
                a.set("pc", "");
            } else {
                a.set("pc", "");
                a.set("nace", "");
            }
        });
    };
    let button = move |found: Found| {
        let code = match (found.joint_committee, found.nace) {
            (Some(c), _) => format!("{} {c}", lang.pc()),
            (None, Some(n)) => format!("NACE {n}"),
            _ => String::new(),
        };
        view! {
            <button type="button" class="link-button" on:click=move |_| draft.update(|a| pick_sector(a, &found))>
                {found.entry.name(language(lang))}
                " "
                <span class="code">{code}</span>
            </button>
        }
    };
    let found = Memo::new(move |_| search(&query.get(), language(lang), 8));
    // Announced to screen readers as the list changes: "2 sectors found".
    let count = move || {
        if query.with(|q| q.trim().is_empty()) {
            return String::new();
        }
        match found.with(Vec::len) {
            0 => t.sector_none_found.to_string(),
            1 => t.sector_found_one.to_string(),
            n => fill(t.sector_found_many, &[("n", &n.to_string())]),
        }
    };
    let results = move || {
        let items = found.get().into_iter().map(|f| view! { <li>{button(f)}</li> }).collect_view();
        view! { <ul class="sector-results" aria-label=t.sector_pick>{items}</ul> }
    };
    let chosen = move || {
        draft.with(|a| sector_label(lang, a)).map(|label| view! { <p class="chosen" role="status"><strong>{t.sector_chosen}</strong> " " {label}</p> })
    };
    let common = COMMON_SECTORS
        .iter()
        .filter_map(|c| DIRECTORY.iter().find(|e| e.joint_committee == Some(*c)))
        .map(|entry| view! { <li>{button(Found { entry, joint_committee: entry.joint_committee, nace: entry.nace })}</li> })
        .collect_view();
    view! {
        <h1 class="question" tabindex="-1">{heading}</h1>
        <p id="hint" class="hint">{hint}</p>
        {inline_error}
        <label class="label" for="answer">{t.sector_search_label}</label>
        <input
            id="answer"
            name="sector"
            type="search"
            autocomplete="off"
            class="input width-20"
            aria-describedby=described
            prop:value=move || query.get()
            on:input=move |ev| type_in(event_target_value(&ev))
        />
        <p class="hint sector-count" role="status" data-testid="sector-count">{count}</p>
        {chosen}
        {results}
        <details class="more" data-testid="sector-help">
            <summary>{t.sector_help_summary}</summary>
            <p>{t.sector_help_text}</p>
            <ul class="sector-results" aria-label=t.sector_common>{common}</ul>
        </details>
    }
    .into_any()
}

/// How an answer reads on the check-answers page.
fn shown(t: &'static Texts, lang: Lang, page: Page, answers: &Answers) -> String {
    if answers.unknown(page) {
        return t.unknown_choice.to_string();
    }
    let value = page.answer_key().and_then(|key| answers.get(key)).cloned();
    let label = |options: Vec<(&'static str, &'static str)>| value.as_deref().and_then(|v| options.into_iter().find(|(o, _)| *o == v)).map(|(_, l)| l.to_string());
    let text = match page {
        Page::Sector => sector_label(lang, answers),
        Page::Date | Page::PensionSince => value.as_deref().and_then(read_date).map(|d| lang.date(d)),
        Page::WorkT3 | Page::WorkT4 => value.and_then(|v| read_percent(&v).ok()).map(|p| format!("{}\u{a0}%", lang.decimal(&p.normalize().to_string()))),
        Page::Income => value.and_then(|v| read_number(&v, 2).ok()).map(|a| lang.amount(a)),
        _ => label(choices(t, page, answers)),
    };
    text.unwrap_or_else(|| t.not_answered.to_string())
}

/// The row label on "Check your answers"; an answer about a quarter or a year names it, so a changed
/// date cannot leave an answer about another quarter unnoticed.
fn short(t: &Texts, lang: Lang, page: Page, answers: &Answers) -> String {
    let label = match page {
        Page::Role => t.short_role,
        Page::Date => t.short_date,
        Page::Sector => t.short_sector,
        Page::Function => t.short_function,
        Page::Pension => t.short_pension,
        Page::PensionSince => t.short_pension_since,
        Page::WorkT3 => t.short_t3,
        Page::WorkT4 => t.short_t4,
        Page::Foreign => t.short_foreign,
        Page::OtherContract => t.short_other,
        Page::Notice => t.short_notice,
        Page::Linked => t.short_linked,
        _ => t.short_income,
    };
    let Some(quarter) = answers.quarter() else { return label.to_string() };
    let back = match page {
        Page::WorkT3 | Page::Foreign => 3,
        Page::WorkT4 => 4,
        Page::OtherContract | Page::Notice | Page::Linked => 0,
        Page::Income => return fill(label, &[("year", &quarter.year().to_string())]),
        _ => return label.to_string(),
    };
    let q = quarter.minus(back);
    let period = fill(t.period, &[("from", &lang.date(q.first_day())), ("to", &lang.date(q.last_day()))]);
    format!("{label} ({period})")
}

fn check(ctx: Ctx) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    let journey = ctx.journey.get_untracked();
    set_title(t, t.check_title, false);
    let answers = journey.answers.clone();
    let rows = answers
        .questions()
        .into_iter()
        .map(|page| {
            let mut target = ctx.to_page(page);
            target.returning = true;
            let href = target.to_query();
            // The row's name is inside the link, hidden: "Change Date of the work" for a screen reader.
            view! {
                <div class="summary-row">
                    <dt>{short(t, lang, page, &answers)}</dt>
                    <dd>{shown(t, lang, page, &answers)}</dd>
                    <dd class="summary-action">
                        <a
                            href=href
                            on:click=move |ev| {
                                ev.prevent_default();
                                ctx.go(target.clone());
                            }
                        >
                            {t.change}
                            <span class="visually-hidden">" " {short(t, lang, page, &answers)}</span>
                        </a>
                    </dd>
                </div>
            }
        })
        .collect_view();
    view! {
        {link(ctx, ctx.to_page(answers.previous(Page::Check)), "back-link", t.back.to_string())}
        <h1 tabindex="-1">{t.check_title}</h1>
        <dl class="summary-list check-answers">{rows}</dl>
        {link(ctx, ctx.to_page(Page::Result), "button", t.check_submit.to_string())}
    }
    .into_any()
}

fn result(ctx: Ctx) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    let journey = ctx.journey.get_untracked();
    let answers = journey.answers.clone();
    let Some(assessment) = answers.assessment_in(lang) else {
        set_title(t, t.missing_answers, false);
        return view! {
            <h1 tabindex="-1">{t.missing_answers}</h1>
            {link(ctx, ctx.to_page(Page::Date), "button", t.continue_.to_string())}
        }
        .into_any();
    };
    // "I don't know" answers leave their rules open (or assumed met, as the engine reads an unanswered
    // linked company): when nothing is refused and nothing else is missing, the answer is "allowed,
    // if" those conditions hold, and says which. The flexi pay so far is no condition (the ceiling
    // line says what is left).
    let open_rules: Vec<&str> = assessment.reasons.iter().filter(|r| r.outcome == Outcome::Unknown).map(|r| r.rule).collect();
    let unknown_pages = answers.unknowns();
    let assumed: Vec<Page> = MAY_BE_UNKNOWN
        .iter()
        .filter(|(page, rules)| {
            *page != Page::Income && unknown_pages.contains(page) && assessment.reasons.iter().any(|r| rules.contains(&r.rule) && r.outcome != Outcome::NotMet)
        })
        .map(|(page, _)| *page)
        .collect();
    let covered = open_rules.iter().all(|rule| MAY_BE_UNKNOWN.iter().any(|(page, rules)| assumed.contains(page) && rules.contains(rule)));
    let rests_on_unknowns = !assumed.is_empty()
        && covered
        && matches!(assessment.verdict, Verdict::Eligible | Verdict::Incomplete)
        && !assessment.reasons.iter().any(|r| r.outcome == Outcome::NotMet);
    let (title, detail) = if rests_on_unknowns { (t.if_title, t.if_detail) } else { t.verdict(assessment.verdict) };
    set_title(t, title, false);
    let panel = match assessment.verdict {
        _ if rests_on_unknowns => "panel panel-conditional",
        Verdict::Eligible => "panel panel-eligible",
        Verdict::NotEligible => "panel panel-not-eligible",
        Verdict::Conditional => "panel panel-conditional",
        Verdict::Incomplete => "panel panel-incomplete",
    };
    let reference = assessment.reference_quarter;
    let conditions = rests_on_unknowns.then(|| {
        let items = assumed
            .iter()
            .filter_map(|page| match page {
                Page::WorkT3 => Some(fill(t.condition_t3, &[("from", &lang.date(reference.first_day())), ("to", &lang.date(reference.last_day()))])),
                Page::Linked => Some(t.condition_linked.to_string()),
                _ => None,
            })
            .map(|text| view! { <li>{text}</li> })
            .collect_view();
        view! { <ul class="conditions" data-testid="conditions">{items}</ul> }
    });
    let person = t.person(answers.for_employer());
    let q = assessment.quarter.to_string();
    let r = assessment.reference_quarter.to_string();
    let in_words = |quarter: crate::rules::Quarter| lang.quarter(quarter.first_day());
    let earliest = assessment.earliest_eligible_quarter.map(|e| {
        let note = assessment.earliest_eligible_note.clone().map(|n| view! { <span class="hint earliest-note">{n}</span> });
        view! { <p class="earliest" data-testid="earliest">{fill(person.earliest, &[("q", &in_words(e))])} " " {note}</p> }
    });
    let as_of = rules_as_of(t, lang, &answers);
    let ceiling = assessment.ceiling.as_ref().map(|c| {
        let text = match c.remaining {
            Some(left) => fill(t.ceiling_left, &[("q", &c.year.to_string()), ("amount", &lang.euros(&left.to_string()))]),
            None => fill(t.ceiling_amount, &[("q", &c.year.to_string()), ("amount", &lang.euros(&c.amount.to_string()))]),
        };
        view! { <p data-testid="ceiling">{text}</p> }
    });
    let uncertain = (assessment.confidence == crate::rules::dated::Confidence::Low).then(|| view! { <p class="notice">{t.confidence_low}</p> });
    // An allowed result folds its reasons; the warnings that do not decide it stay in sight.
    let warnings: Vec<String> = assessment.reasons.iter().filter(|r| r.outcome == Outcome::Warning).map(|r| r.explanation.clone()).collect();
    let worth_knowing = (assessment.verdict == Verdict::Eligible && !warnings.is_empty()).then(|| {
        view! {
            <div class="notice" data-testid="worth-knowing">
                <h2>{t.worth_knowing}</h2>
                <ul>{warnings.into_iter().map(|w| view! { <li>{w}</li> }).collect_view()}</ul>
            </div>
        }
    });
    let missing = (assessment.verdict == Verdict::Incomplete && !rests_on_unknowns)
        .then(|| link(ctx, ctx.to_page(answers.first_unanswered()), "button", t.missing_answers.to_string()));
    // What decided comes first: a rule not met, then an unknown, a warning, and what was met.
    let mut ordered: Vec<&crate::rules::Reason> = assessment.reasons.iter().collect();
    ordered.sort_by_key(|r| match r.outcome {
        Outcome::NotMet => 0,
        Outcome::Unknown => 1,
        Outcome::Warning => 2,
        Outcome::Met => 3,
    });
    let reasons = ordered
        .into_iter()
        .map(|reason| {
            let rule_title = RULES.iter().find(|r| r.id == reason.rule).map_or(reason.rule, |r| r.title.get(lang));
            let outcome_class = match reason.outcome {
                Outcome::Met => "tag tag-met",
                Outcome::NotMet => "tag tag-not-met",
                Outcome::Warning => "tag tag-warning",
                Outcome::Unknown => "tag tag-unknown",
            };
            view! {
                <li class="reason">
                    <p>
                        <span class=outcome_class>{t.outcome(reason.outcome)}</span>
                        " "
                        <strong>{rule_title}</strong>
                    </p>
                    <p>{reason.explanation.clone()}</p>
                    <p class="meta">
                        {fill(t.in_force, &[("from", &lang.date(reason.valid_from))])}
                    </p>
                    <p class="meta">{citation(t, reason.source.clone(), reason.sources.clone())}</p>
                </li>
            }
        })
        .collect_view();
    let allowed = matches!(assessment.verdict, Verdict::Eligible | Verdict::Conditional) || rests_on_unknowns;
    // A refusal, a condition or a gap shows its reasons at once; an eligible verdict folds them.
    let unfold = assessment.verdict != Verdict::Eligible;
    let overseas = (assessment.verdict == Verdict::Conditional).then(|| {
        let subject = fill(t.overseas_subject, &[("q", &r)]);
        let body = fill(t.overseas_body, &[("q", &r), ("to", &q)]);
        let href = format!("mailto:overseas@rsz.fgov.be?subject={}&body={}", encode(&subject), encode(&body));
        view! {
            <li>
                {person.step_overseas} " "
                <a href=href data-testid="overseas-mail">{person.overseas_link}</a>
            </li>
        }
    });
    let day = answers.work_date();
    // A pensioner's flexi pay has no tax-free ceiling: the step only checks the Dimona.
    let pensioner = answers.pensioner.as_deref() == Some("yes");
    let mycareer = with_mycareer_link(if pensioner { person.step_mycareer_pensioner } else { person.step_mycareer });
    // The worker's own steps, or the employer's to-do list (Dimona FLX, Flexi at work, agreement).
    let steps = allowed.then(|| {
        let own = if answers.for_employer() {
            day.map(|day| formality_items(t, lang, Regime::Flexi, day, true)).into_any()
        } else {
            view! { <li>{person.step_ask_framework}</li> }.into_any()
        };
        view! {
            <h2>{t.next_steps}</h2>
            <ol class="steps" data-testid="steps">
                {overseas}
                {own}
                <li data-testid="step-mycareer">{mycareer}</li>
            </ol>
        }
    });
    // A refusal has no next step: when it could change, and the other ways to do the work, first.
    let refusal = assessment.verdict == Verdict::NotEligible;
    let refused = refusal.then(|| {
        let from = assessment.earliest_eligible_quarter.map(|e| {
            let note = assessment.earliest_eligible_note.clone().map(|n| view! { <span class="hint earliest-note">{n}</span> });
            view! { <p data-testid="earliest-day">{fill(t.earliest_day, &[("date", &lang.date(e.first_day())), ("q", &in_words(e))])} " " {note}</p> }
        });
        // The rules not met, by name: the answer changes only if each of them is met.
        let deciding = assessment
            .reasons
            .iter()
            .filter(|r| r.outcome == Outcome::NotMet)
            .map(|r| RULES.iter().find(|rule| rule.id == r.rule).map_or(r.rule, |rule| rule.title.get(lang)))
            .map(|title| view! { <li>{title}</li> })
            .collect_view();
        let mut compare = ctx.to_page(Page::Pay);
        compare.answers = Answers { mode: Some("compare".into()), date: answers.date.clone(), joint_committee: answers.joint_committee.clone(), nace: answers.nace.clone(), ..Answers::default() };
        view! {
            <h2>{t.what_would_change}</h2>
            <p>{t.would_change_if}</p>
            <ul data-testid="deciding-rules">{deciding}</ul>
            {from}
            <p>{link(ctx, compare, "", t.compare_instead.to_string())}</p>
        }
    });
    let print = view! {
        <p class="no-print">
            <button type="button" class="button button-secondary" on:click=|_| { let _ = window().print(); }>{t.print_result}</button>
        </p>
    };
    view! {
        {link(ctx, ctx.to_page(Page::Check), "back-link", t.back.to_string())}
        <div class=panel data-testid="verdict" data-verdict=format!("{:?}", assessment.verdict) data-assumed=rests_on_unknowns.then_some("true")>
            <h1 tabindex="-1">{title}</h1>
            <p>{detail}</p>
            {conditions}
        </div>
        <p data-testid="quarters">{fill(t.quarter_line, &[("q", &in_words(assessment.quarter)), ("to", &in_words(assessment.reference_quarter))])} " " {as_of}</p>
        {refused}
        {(!refusal).then_some(earliest)}
        {(!refusal).then_some(ceiling)}
        {worth_knowing}
        {uncertain}
        {missing}
        <details class="why" open=unfold>
            <summary>{t.why}</summary>
            <ul class="reasons">{reasons}</ul>
        </details>
        {steps}
        {print}
        <p class="restart">{link(ctx, ctx.restart(), "", t.start_again.to_string())}</p>
    }
    .into_any()
}

/// A step's text with "mycareer.be" as a link to it.
fn with_mycareer_link(text: &'static str) -> AnyView {
    match text.split_once("mycareer.be") {
        Some((before, after)) => view! {
            {before}
            <a href="https://www.mycareer.be" rel="noreferrer" target="_blank" data-testid="mycareer-link">"mycareer.be"</a>
            {after}
        }
        .into_any(),
        None => text.into_any(),
    }
}

/// "Rules and amounts as in force on 15 January 2025": the date the answers ask about (what-if).
fn rules_as_of(t: &Texts, lang: Lang, answers: &Answers) -> String {
    answers.work_date().map(|d| fill(t.rules_as_of, &[("date", &lang.date(d))])).unwrap_or_default()
}

fn rules(ctx: Ctx) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    set_title(t, t.rules_title, false);
    let items = RULES
        .iter()
        .map(|rule| {
            let until = rule.validity.until.map(|u| format!(" – {}", lang.date(u))).unwrap_or_default();
            view! {
                <li class="reason">
                    <h3>{rule.title.get(lang)}</h3>
                    <p>{rule.text.get(lang)}</p>
                    <p class="meta">
                        {fill(t.in_force, &[("from", &lang.date(rule.validity.from))])}
                        {until}
                    </p>
                    <p class="meta">{cited(t, lang, rule.source)}</p>
                </li>
            }
        })
        .collect_view();
    // The amounts, one heading per legal quantity, each value with its period; the source most
    // values share once, the others beside their value.
    let amount_items = crate::rules::catalogue::quantities(lang)
        .into_iter()
        .map(|quantity| {
            let common = quantity.common_source;
            let items = quantity
                .values
                .into_iter()
                .map(|a| {
                    let period = match a.validity.until {
                        Some(until) => format!("{} – {}", lang.date(a.validity.from), lang.date(until)),
                        None => fill(t.in_force, &[("from", &lang.date(a.validity.from))]),
                    };
                    let source = (a.source != common).then(|| view! { <span class="meta">{cited(t, lang, a.source)}</span> });
                    view! {
                        <li>
                            <strong>{a.value}</strong>
                            <span class="meta">" · " {period} {source}</span>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class="reason">
                    <h3>{quantity.name}</h3>
                    <ul class="amount-values">{items}</ul>
                    <p class="meta">{cited(t, lang, common)}</p>
                </li>
            }
        })
        .collect_view();
    // Every source once, with its kind and the day it was read.
    let source_items = SOURCES
        .iter()
        .map(|s| {
            let kind = match s.kind {
                SourceKind::Official => t.kind_official,
                SourceKind::Professional => t.kind_professional,
                SourceKind::Press => t.kind_press,
                SourceKind::ThirdParty => t.kind_third_party,
            };
            view! {
                <li>
                    <a href=s.url_in(language(lang)) rel="noreferrer" target="_blank">{s.title}</a>
                    " (" {s.publisher} ")"
                    <span class="meta">" · " {kind} " · " {fill(t.read_on, &[("date", &lang.date(s.read))])}</span>
                </li>
            }
        })
        .collect_view();
    // Back returns to the page "Rules and sources" was opened from (a result stays a result).
    let back = ctx.came_from.get_value().unwrap_or_else(|| ctx.restart());
    view! {
        {link(ctx, back, "back-link", t.back.to_string())}
        <h1 tabindex="-1">{t.rules_title}</h1>
        <p>{t.rules_intro}</p>
        <h2>{t.rules_heading}</h2>
        <ul class="reasons rules-list">{items}</ul>
        <h2>{t.amounts_title}</h2>
        <ul class="reasons amounts-list">{amount_items}</ul>
        <h2>{t.sources_title}</h2>
        <p>{t.sources_intro}</p>
        <ul class="sources-list">{source_items}</ul>
    }
    .into_any()
}

/// A citation: the act and sources in words, then each source as a link (title and publisher) in the
/// page's language where the source has that version. `noreferrer`: the answers in our URL never
/// travel to another site.
fn citation(t: &'static Texts, words: String, links: Vec<SourceRef>) -> AnyView {
    let links = links
        .into_iter()
        .map(|s| {
            view! {
                <li>
                    <a href=s.url rel="noreferrer" target="_blank">{s.title}</a>
                    " (" {s.publisher} ")"
                </li>
            }
        })
        .collect_view();
    view! {
        <span class="citation">
            {t.source}
            <span lang="en">{words}</span>
            <ul class="source-links">{links}</ul>
        </span>
    }
    .into_any()
}

/// The same, from a citation as the rules tables write it.
fn cited(t: &'static Texts, lang: Lang, text: &str) -> AnyView {
    citation(t, sources::words(text), sources::refs(text, language(lang)))
}

/// "What changed": generated from the dated tables, grouped by quarter, newest first.
fn changes(ctx: Ctx) -> AnyView {
    let t = ctx.texts();
    let lang = ctx.lang.get();
    set_title(t, t.changes_title, false);
    let groups = crate::rules::changes::by_quarter(language(lang))
        .into_iter()
        .map(|(quarter, list)| {
            let items = list
                .into_iter()
                .map(|c| {
                    view! {
                        <li class="reason">
                            <p>
                                <strong>{lang.date(c.date)}</strong>
                                " · "
                                {c.what}
                                " "
                                <span class="meta">"(" {t.confidence_label(c.confidence)} ")"</span>
                            </p>
                            <p class="meta">{cited(t, lang, c.source)}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h2>{fill(t.changes_quarter, &[("from", &lang.date(quarter.first_day())), ("to", &lang.date(quarter.last_day()))])}</h2>
                <ul class="reasons changes-list">{items}</ul>
            }
        })
        .collect_view();
    view! {
        {link(ctx, ctx.restart(), "back-link", t.back.to_string())}
        <h1 tabindex="-1">{t.changes_title}</h1>
        <p>{t.changes_intro}</p>
        {groups}
    }
    .into_any()
}

fn start(ctx: Ctx) -> AnyView {
    let t = ctx.texts();
    set_title(t, t.start_title, false);
    let mut check = ctx.to_page(Page::Role);
    check.answers.set("mode", "");
    let mut compare = ctx.to_page(Page::Date);
    compare.answers.set("mode", "compare");
    view! {
        <h1 tabindex="-1">{t.start_title}</h1>
        <p class="lead">{t.start_intro}</p>
        <p>{t.start_for_whom}</p>
        {link(ctx, check, "button button-start", t.start_button.to_string())}
        <p>{t.start_compare_intro}</p>
        {link(ctx, compare, "button button-secondary", t.start_compare_button.to_string())}
        <p>{link(ctx, ctx.to_page(Page::Changes), "", t.start_whats_new.to_string())}</p>
        <p class="hint">{t.start_not_advice}</p>
    }
    .into_any()
}

/// A figure of the comparison: always to the cent ("€10.00"), the way the language writes it.
fn money(lang: Lang, amount: rust_decimal::Decimal) -> String {
    let mut cents = crate::rules::money::to_cents(amount);
    cents.rescale(2);
    lang.euros(&cents.to_string())
}

/// What `regime` takes on `day`, one list item each with its source; with `checklist`, the framework
/// agreement's mandatory mentions follow the first item (the agreement itself).
fn formality_items(t: &'static Texts, lang: Lang, regime: Regime, day: chrono::NaiveDate, checklist: bool) -> AnyView {
    let l = language(lang);
    formalities(regime, day)
        .enumerate()
        .map(|(i, f)| {
            let mentions = (checklist && i == 0).then(|| {
                view! {
                    <span class="lead-in">{t.framework_states}</span>
                    <ul class="checklist" data-testid="framework-mentions">
                        {framework_mentions(l).map(|m| view! { <li>{m}</li> }).collect_view()}
                    </ul>
                    <span class="hint">{FRAMEWORK_AGREEMENT_AGENCY.get(l)}</span>
                }
            });
            view! {
                <li>
                    {f.text.get(l)}
                    {mentions}
                    <span class="meta">{cited(t, lang, f.source)}</span>
                </li>
            }
        })
        .collect_view()
        .into_any()
}

fn compare(ctx: Ctx) -> AnyView {
    use crate::rules::staffing::RegimeCost;
    let t = ctx.texts();
    let lang = ctx.lang.get();
    let journey = ctx.journey.get_untracked();
    set_title(t, t.compare_title, false);
    let back = link(ctx, ctx.to_page(journey.answers.previous(Page::Compare)), "back-link", t.back.to_string());
    let Some(costs) = journey.answers.assessment_in(lang).and_then(|a| a.comparison) else {
        return view! {
            {back}
            <h1 tabindex="-1">{t.missing_answers}</h1>
            {link(ctx, ctx.to_page(journey.answers.first_unanswered()), "button", t.continue_.to_string())}
        }
        .into_any();
    };
    let name = |regime: Regime| t.regimes[regime as usize];
    let cell = move |value: Option<rust_decimal::Decimal>, cost: &RegimeCost| match (cost.available, value) {
        (false, _) => t.not_available.to_string(),
        (true, Some(v)) => money(lang, v),
        (true, None) => t.figure_unknown.to_string(),
    };
    let rows = costs
        .iter()
        .map(|c| {
            let class = if c.available { "" } else { "unavailable" };
            let why_not = c.why_not.clone().map(|w| view! { <span class="why-not">{w}</span> });
            // A figure resting on a single, derived or reused amount says so where it is read.
            let uncertain = (c.available && c.confidence == crate::rules::dated::Confidence::Low)
                .then(|| view! { <span class="why-not" data-testid="low-confidence">{t.confidence_label(c.confidence)}</span> });
            view! {
                <tr role="row" class=class data-regime=format!("{:?}", c.regime)>
                    <th role="rowheader" scope="row">{name(c.regime)} {why_not} {uncertain}</th>
                    <td role="cell" data-label=t.col_gross_hour data-testid="gross-hour">{cell(c.gross_per_hour, c)}</td>
                    <td role="cell" data-label=t.col_cost_hour data-testid="cost-hour">{cell(c.employer_cost_per_hour, c)}</td>
                    <td role="cell" data-label=t.col_net_hour data-testid="net-hour">
                        {cell(c.worker_net_per_hour, c)}
                        {c.worker_net_per_hour_after_tax.map(|v| view! { <span class="after-tax" data-testid="net-after-tax">{fill(t.after_tax, &[("amount", &money(lang, v))])}</span> })}
                    </td>
                    <td role="cell" data-label=t.col_cost_shift>{cell(c.employer_cost_per_shift, c)}</td>
                    <td role="cell" data-label=t.col_net_shift>{cell(c.worker_net_per_shift, c)}</td>
                </tr>
            }
        })
        .collect_view();
    // The bar chart: employer cost and worker net per hour, scaled to the highest cost.
    let highest = costs.iter().filter_map(|c| c.employer_cost_per_hour).max().unwrap_or(rust_decimal::Decimal::ONE);
    let scale = |v: rust_decimal::Decimal| {
        let ratio = (v * rust_decimal::Decimal::from(330) / highest).round();
        ratio.to_string().parse::<u32>().unwrap_or(0)
    };
    // Each regime: its name, then a bar for the cost and one for the net.
    let bars = costs
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let y = i as u32 * 72;
            let bar = |value: Option<rust_decimal::Decimal>, dy: u32, class: &'static str| {
                value.filter(|_| c.available).map(|v| {
                    view! {
                        <rect class=class x="0" y=y + dy width=scale(v).max(1) height="18"></rect>
                        <text class="bar-value" x=6 + scale(v) y=y + dy + 14>{money(lang, v)}</text>
                    }
                })
            };
            let unavailable = (!c.available || c.employer_cost_per_hour.is_none()).then(|| {
                view! { <text class="bar-value" x="0" y=y + 34>{if c.available { t.figure_unknown } else { t.not_available }}</text> }
            });
            view! {
                <text class="bar-label" x="0" y=y + 14>{name(c.regime)}</text>
                {bar(c.employer_cost_per_hour, 20, "bar-cost")}
                {bar(c.worker_net_per_hour, 40, "bar-net")}
                {unavailable}
            }
        })
        .collect_view();
    let details = costs
        .iter()
        .map(|c| {
            let lines = c
                .components
                .iter()
                .map(|k| {
                    view! {
                        <li>
                            <span>{k.explanation.clone()}</span>
                            " "
                            <strong>{money(lang, k.amount_per_hour)}</strong>
                            <span class="meta">{citation(t, k.source.clone(), k.sources.clone())}</span>
                        </li>
                    }
                })
                .collect_view();
            let notes = c.notes.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view();
            view! {
                <details class="why">
                    <summary>{name(c.regime)} " – " {t.components_summary}</summary>
                    <ul class="components">{lines}</ul>
                    <ul class="notes">{notes}</ul>
                </details>
            }
        })
        .collect_view();
    // What the employer has to do for each option that is open on that date.
    let formalities = journey.answers.work_date().map(|day| {
        costs
            .iter()
            .filter(|c| c.available)
            .map(|c| {
                view! {
                    <h3>{name(c.regime)}</h3>
                    <ul class="formalities" data-regime=format!("{:?}", c.regime)>{formality_items(t, lang, c.regime, day, false)}</ul>
                }
            })
            .collect_view()
    });
    view! {
        {back}
        <h1 tabindex="-1">{t.compare_title}</h1>
        <p>{t.compare_intro} " " <span data-testid="rules-as-of">{rules_as_of(t, lang, &journey.answers)}</span></p>
        <div class="table-wrap">
            <table role="table" class="comparison">
                <caption class="visually-hidden">{t.compare_title}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th role="columnheader" scope="col">{t.col_regime}</th>
                        <th role="columnheader" scope="col">{t.col_gross_hour}</th>
                        <th role="columnheader" scope="col">{t.col_cost_hour}</th>
                        <th role="columnheader" scope="col">{t.col_net_hour}</th>
                        <th role="columnheader" scope="col">{t.col_cost_shift}</th>
                        <th role="columnheader" scope="col">{t.col_net_shift}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows}</tbody>
            </table>
        </div>
        <h2 id="chart-title">{t.chart_title}</h2>
        <p class="legend">
            <span class="swatch swatch-cost"></span> {t.chart_cost} " " <span class="swatch swatch-net"></span> {t.chart_net}
        </p>
        <svg class="chart" viewBox="0 0 440 290" role="img" aria-labelledby="chart-title">{bars}</svg>
        <p class="notice">{t.compare_caveat}</p>
        {details}
        <h2>{t.compare_steps_title}</h2>
        {formalities}
        <p class="restart">{link(ctx, ctx.restart(), "", t.start_again.to_string())}</p>
    }
    .into_any()
}

pub fn bad_link(ctx: Ctx, error: QueryError) -> AnyView {
    let t = ctx.texts();
    let message = error.message(ctx.lang.get());
    set_title(t, t.bad_link_title, true);
    view! {
        <h1 tabindex="-1">{t.bad_link_title}</h1>
        <p>{t.bad_link_text} " " {message}</p>
        {link(ctx, ctx.restart(), "button", t.start_again.to_string())}
    }
    .into_any()
}
