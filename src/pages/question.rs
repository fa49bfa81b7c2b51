//! The question pages: one question per page (the pay page is one task with several inputs), the
//! error summary, and what Continue does with the answers.

use super::{back_link, escape, sector_label, View};
use crate::journey::{AnswerError, Answers, Journey, Page, FUNCTIONS, UNKNOWN};
use crate::locale::{fill, Lang, Texts};
use crate::rules::committees::looks_like_committee;
use crate::rules::directory::{search, Found, DIRECTORY};
use crate::rules::sectors::normalise_nace;
use crate::typed::{read_date, show_date, NumberProblem};

/// One wrong answer: the error summary's line, the message beside the input, and the input's id (the
/// summary links there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub summary: String,
    pub inline: String,
    pub input: &'static str,
}

/// Continue: the next journey, or what is wrong (the answers stay as typed, with a sector the
/// finder found alone taken).
pub fn submit(journey: &Journey, lang: Lang, typed: &mut Answers, sector_query: &str) -> Result<Journey, Vec<Problem>> {
    let page = journey.page;
    // Continue takes the only sector the finder finds.
    if page == Page::Sector && typed.joint_committee.is_none() && typed.nace.is_none() {
        if let [only] = search(sector_query, lang, 2).as_slice() {
            pick_sector(typed, only);
        }
    }
    // The URL keeps dates in the ISO form links use.
    let mut answers = typed.clone().with_iso_dates();
    let found = problems(lang.texts(), page, &answers);
    if !found.is_empty() {
        return Err(found);
    }
    let mut next = journey.clone();
    // A date in another quarter: the answers about the old quarter are asked again, in order.
    let moved = page == Page::Date && answers.forget_other_quarters(&next.answers);
    // After a change from "Check your answers": the first question left open (the cleared ones, after
    // a move), else back there; a move then asks the new quarter's questions in order.
    next.page = if next.returning { answers.next_after_change(page) } else { answers.next(page) };
    next.returning = !moved && next.returning && next.page != answers.last_page();
    next.answers = answers;
    Ok(next)
}

/// Sets the sector fields the way the finder's entry says.
pub fn pick_sector(answers: &mut Answers, found: &Found) {
    answers.set("pc", found.joint_committee.unwrap_or(""));
    answers.set("nace", found.nace.unwrap_or(""));
}

/// The sector finder's text for a journey: the code of the sector it names.
pub fn sector_query_of(journey: &Journey) -> &str {
    journey.answers.joint_committee.as_deref().or(journey.answers.nace.as_deref()).unwrap_or("")
}

/// What typing in the sector finder sets: a committee number is taken as is, a NACE code the
/// finder does not know as a NACE code, anything else waits for a pick.
pub fn sector_typed(answers: &mut Answers, text: &str, lang: Lang) {
    // "999" is a mistyped committee, not a NACE group: the page says there is no such committee.
    if looks_like_committee(text) {
        answers.set("pc", text);
        answers.set("nace", "");
    } else if normalise_nace(text).is_ok() && search(text, lang, 1).is_empty() {
        answers.set("nace", text);
        answers.set("pc", "");
    } else {
        answers.set("pc", "");
        answers.set("nace", "");
    }
}

/// The parts of the sector page that follow the typing: the count read out, the sector chosen, and
/// the sectors found (each a button).
pub struct SectorRegions {
    pub count: String,
    pub chosen: String,
    pub results: String,
}

pub fn sector_regions(lang: Lang, query: &str, answers: &Answers) -> SectorRegions {
    let t = lang.texts();
    let found = search(query, lang, 8);
    let count = match (query.trim().is_empty(), found.len()) {
        (true, _) => String::new(),
        (false, 0) => t.sector_none_found.to_string(),
        (false, 1) => t.sector_found_one.to_string(),
        (false, n) => fill(t.sector_found_many, &[("n", &n.to_string())]),
    };
    let chosen = sector_label(lang, answers)
        .map(|label| format!(r#"<p class="chosen"><strong>{}</strong> {}</p>"#, escape(t.sector_chosen), escape(&label)))
        .unwrap_or_default();
    let results = found.iter().map(|f| sector_button(lang, f)).collect();
    SectorRegions { count, chosen, results }
}

/// A sector to pick: its name and code; `data-pc`/`data-nace` say what picking it sets.
fn sector_button(lang: Lang, found: &Found) -> String {
    let code = match (found.joint_committee, found.nace) {
        (Some(c), _) => format!("{} {c}", lang.pc()),
        (None, Some(n)) => format!("NACE {n}"),
        _ => String::new(),
    };
    format!(
        r#"<li><button type="button" class="link-button" data-action="pick" data-pc="{}" data-nace="{}">{} <span class="code">{}</span></button></li>"#,
        escape(found.joint_committee.unwrap_or("")),
        escape(found.nace.unwrap_or("")),
        escape(found.entry.name(lang)),
        escape(&code)
    )
}

/// The question and its hint, with the quarters written out for this date.
pub(super) fn wording(t: &Texts, lang: Lang, page: Page, answers: &Answers) -> (String, &'static str) {
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
                Problem { summary: format!("{label}: {inline}"), inline: inline.to_string(), input }
            })
            .collect();
    }
    answers
        .check(page)
        .err()
        .map(|e| {
            let inline = error_text(t, page, &e);
            Problem { summary: inline.clone(), inline, input: "answer" }
        })
        .into_iter()
        .collect()
}

/// The reason a typed number was refused, when its form is the problem (not its size).
fn number_message(t: &'static Texts, error: &AnswerError) -> Option<&'static str> {
    match error {
        AnswerError::Unreadable(NumberProblem::Ambiguous) => Some(t.number_ambiguous),
        AnswerError::Unreadable(NumberProblem::Grouping) => Some(t.number_grouping),
        AnswerError::PointThousands => Some(t.number_point_thousands),
        _ => None,
    }
}

pub(super) fn error_text(t: &'static Texts, page: Page, error: &AnswerError) -> String {
    if let Some(message) = number_message(t, error) {
        return message.to_string();
    }
    if let AnswerError::AbolishedCommittee(successors) = error {
        return fill(t.sector_error_abolished, &[("to", &successors.join(" / "))]);
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
    .to_string()
}

/// The choices of a radio question: (value, label).
pub(super) fn choices(t: &'static Texts, page: Page, answers: &Answers) -> Vec<(&'static str, &'static str)> {
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
/// `value`; the label makes the whole row the target. A button checked only by default says so
/// (`data-default`): sending it adds no answer.
fn radio(answers: &Answers, key: &str, id: &str, value: &str, label: &str, default: Option<&str>) -> String {
    let given = answers.get(key).map(String::as_str);
    let checked = match (given, default) {
        (Some(v), _) if v == value => " checked",
        (None, Some(d)) if d == value => " checked data-default",
        _ => "",
    };
    format!(
        r#"<div class="radio"><input type="radio" id="{id}" name="{key}" value="{}"{checked}><label for="{id}">{}</label></div>"#,
        escape(value),
        escape(label)
    )
}

/// The inline error above an input (GOV.UK: "Error:" read out, not shown).
pub(super) fn error_message(t: &Texts, id: &str, message: &str) -> String {
    format!(r#"<p id="{id}" class="error-message"><span class="visually-hidden">{}</span>{}</p>"#, escape(t.error_prefix), escape(message))
}

/// The error summary: every problem, each a link that moves focus to its input without reloading.
pub(super) fn error_summary(t: &Texts, problems: &[Problem]) -> String {
    if problems.is_empty() {
        return String::new();
    }
    let items: String = problems.iter().map(|p| format!(r##"<li><a href="#{}">{}</a></li>"##, p.input, escape(&p.summary))).collect();
    format!(
        r#"<div id="error-summary" class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title"><h2 id="error-summary-title">{}</h2><ul>{items}</ul></div>"#,
        escape(t.error_title)
    )
}

/// A question page: Back link, error summary, the question as the heading, Continue. Returns the
/// heading (for the title), the markup and whether it shows errors.
pub(super) fn question(view: &View, page: Page) -> (String, String, bool) {
    let t = view.t();
    let lang = view.lang;
    let journey = view.journey;
    // The pay page collects several answers: its inputs name their own keys.
    let key = page.answer_key().unwrap_or_default();
    // Dates show as the form asks for them (15/01/2027); links keep the ISO form.
    let mut shown = view.typed.unwrap_or(&journey.answers).clone();
    if matches!(page, Page::Date | Page::PensionSince) {
        if let Some(date) = shown.get(key).and_then(|v| read_date(v)) {
            shown.set(key, &show_date(date));
        }
    }
    let problems = view.problems;
    let (heading, hint) = wording(t, lang, page, &journey.answers);
    // Back from a change made on "Check your answers" returns there.
    let back = view.to_page(if journey.returning { Page::Check } else { journey.answers.previous(page) });
    let person = t.person(journey.answers.for_employer());
    let find_out = match page {
        Page::WorkT3 => Some(person.t3_find_out),
        Page::Linked => Some(person.linked_find_out),
        Page::Income => Some(person.income_find_out),
        _ => None,
    };
    // "I don't know" on a typed question: the answer is left open and the result states the condition.
    let dont_know = if matches!(page, Page::WorkT3 | Page::Income) {
        format!(r#"<button type="button" class="button button-secondary" data-testid="dont-know" data-action="dont-know">{}</button>"#, escape(t.unknown_choice))
    } else {
        String::new()
    };
    let inline_error = problems.first().map(|p| error_message(t, "answer-error", &p.inline)).unwrap_or_default();
    let described = if problems.is_empty() { "hint" } else { "hint answer-error" };
    let body = match page {
        Page::Sector => sector_finder(view, &shown, &heading, hint, described, &inline_error),
        Page::Pay => pay_inputs(t, &shown, &heading, hint, problems),
        Page::Role | Page::Function | Page::Pension | Page::Foreign | Page::OtherContract | Page::Notice | Page::Linked => {
            let radios: String = choices(t, page, &journey.answers)
                .into_iter()
                .enumerate()
                .map(|(i, (value, label))| {
                    let id = if i == 0 { "answer".to_string() } else { format!("answer-{i}") };
                    radio(&shown, key, &id, value, label, None)
                })
                .collect();
            // The company-law article is for those who want it, folded.
            let more = if page == Page::Linked {
                format!(r#"<details class="more"><summary>{}</summary><p>{}</p></details>"#, escape(t.more_about_this), escape(t.linked_more))
            } else {
                String::new()
            };
            format!(
                r#"<fieldset class="question-group" aria-describedby="{described}"><legend><h1 class="question" tabindex="-1">{}</h1></legend><p id="hint" class="hint">{}</p>{more}{inline_error}<div class="radios">{radios}</div>{}</fieldset>"#,
                escape(&heading),
                escape(hint),
                find_out.map(|text| format!(r#"<p class="hint">{}</p>"#, escape(text))).unwrap_or_default()
            )
        }
        _ => {
            let (mode, width, suffix) = match page {
                Page::Date | Page::PensionSince => ("text", "width-date", ""),
                Page::WorkT3 | Page::WorkT4 => ("decimal", "width-3", "%"),
                _ => ("decimal", "width-10", "€"),
            };
            let optional = if page == Page::Income { format!(r#" <span class="optional">{}</span>"#, escape(t.optional)) } else { String::new() };
            let wrong = !problems.is_empty();
            let value = shown.get(key).filter(|v| *v != UNKNOWN).cloned().unwrap_or_default();
            format!(
                concat!(
                    r#"<h1 class="question" tabindex="-1"><label for="answer">{heading}{optional}</label></h1><p id="hint" class="hint">{hint}</p>{error}"#,
                    r#"<div class="input-row"><input id="answer" name="{key}" type="text" inputmode="{mode}" autocomplete="off" spellcheck="false" class="input {width}{invalid_class}" aria-describedby="{described}"{invalid} value="{value}">{suffix}</div>{find_out}"#
                ),
                heading = escape(&heading),
                optional = optional,
                hint = escape(hint),
                error = inline_error,
                key = key,
                mode = mode,
                width = width,
                invalid_class = if wrong { " input-error" } else { "" },
                described = described,
                invalid = if wrong { r#" aria-invalid="true""# } else { "" },
                value = escape(&value),
                suffix = if suffix.is_empty() { String::new() } else { format!(r#"<span class="suffix" aria-hidden="true">{suffix}</span>"#) },
                find_out = find_out.map(|text| format!(r#"<p class="hint find-out">{}</p>"#, escape(text))).unwrap_or_default()
            )
        }
    };
    let html = format!(
        r#"{}<form novalidate>{}{body}<div class="button-group"><button type="submit" class="button">{}</button>{dont_know}</div></form>"#,
        back_link(view, &back),
        error_summary(t, problems),
        escape(t.continue_)
    );
    (heading, html, !problems.is_empty())
}

/// The sectors most people ask about, offered when the user does not know theirs.
const COMMON_SECTORS: [&str; 6] = ["302", "201", "311", "118.03", "314", "330"];

/// Search by name, everyday word, PC number or NACE code; a result sets the sector, a typed
/// committee number is taken as is, and Continue takes the only sector found.
fn sector_finder(view: &View, answers: &Answers, heading: &str, hint: &str, described: &str, inline_error: &str) -> String {
    let t = view.t();
    let lang = view.lang;
    let SectorRegions { count, chosen, results } = sector_regions(lang, view.sector_query, answers);
    let common: String = COMMON_SECTORS
        .iter()
        .filter_map(|c| DIRECTORY.iter().find(|e| e.joint_committee == Some(*c)))
        .map(|entry| sector_button(lang, &Found { entry, joint_committee: entry.joint_committee, nace: entry.nace }))
        .collect();
    format!(
        concat!(
            r#"<h1 class="question" tabindex="-1">{heading}</h1><p id="hint" class="hint">{hint}</p>{error}"#,
            r#"<label class="label" for="answer">{label}</label>"#,
            r#"<input id="answer" name="sector" type="search" autocomplete="off" class="input width-20" aria-describedby="{described}" value="{query}">"#,
            r#"<p class="hint sector-count" role="status" data-testid="sector-count" id="sector-count">{count}</p>"#,
            r#"<div id="sector-chosen" role="status">{chosen}</div>"#,
            r#"<ul class="sector-results" id="sector-results" aria-label="{pick}">{results}</ul>"#,
            r#"<details class="more" data-testid="sector-help"><summary>{help}</summary><p>{help_text}</p><ul class="sector-results" aria-label="{common_label}">{common}</ul></details>"#
        ),
        heading = escape(heading),
        hint = escape(hint),
        error = inline_error,
        label = escape(t.sector_search_label),
        described = described,
        query = escape(view.sector_query),
        count = escape(&count),
        chosen = chosen,
        pick = escape(t.sector_pick),
        results = results,
        help = escape(t.sector_help_summary),
        help_text = escape(t.sector_help_text),
        common_label = escape(t.sector_common),
        common = common
    )
}

/// The pay page: one task, the required inputs first, then the optional ones (GOV.UK order). Each
/// input shows its own error; the error summary links to it.
fn pay_inputs(t: &Texts, answers: &Answers, heading: &str, hint: &str, problems: &[Problem]) -> String {
    // The message beside an input (the summary's line also names the field).
    let about = |input: &str| problems.iter().find(|p| p.input == input).map(|p| p.inline.as_str());
    let field = |id: &str, key: &str, label: &str, width: &str, hint: Option<&str>| {
        let message = about(id);
        let described: Vec<String> = [hint.map(|_| format!("{id}-hint")), message.map(|_| format!("{id}-error"))].into_iter().flatten().collect();
        format!(
            r#"<div class="field"><label class="label" for="{id}">{}</label>{}{}<input{}{} id="{id}" name="{key}" type="text" inputmode="decimal" autocomplete="off" class="input {width}{}" value="{}"></div>"#,
            escape(label),
            hint.map(|h| format!(r#"<p id="{id}-hint" class="hint">{}</p>"#, escape(h))).unwrap_or_default(),
            message.map(|m| error_message(t, &format!("{id}-error"), m)).unwrap_or_default(),
            if described.is_empty() { String::new() } else { format!(r#" aria-describedby="{}""#, described.join(" ")) },
            if message.is_some() { r#" aria-invalid="true""# } else { "" },
            if message.is_some() { " input-error" } else { "" },
            escape(answers.get(key).map(String::as_str).unwrap_or(""))
        )
    };
    // A group of radio buttons with its legend and its own error.
    let group = |class: &str, key: &str, legend: &str, values: &[&str], labels: &[&str], default: Option<&str>| {
        let first = format!("{key}-0");
        let message = about(&first);
        let radios: String = values.iter().zip(labels).enumerate().map(|(i, (value, label))| radio(answers, key, &format!("{key}-{i}"), value, label, default)).collect();
        format!(
            r#"<fieldset class="{class}"{}><legend class="label">{}</legend>{}<div class="radios">{radios}</div></fieldset>"#,
            if message.is_some() { format!(r#" aria-describedby="{key}-error""#) } else { String::new() },
            escape(legend),
            message.map(|m| error_message(t, &format!("{key}-error"), m)).unwrap_or_default()
        )
    };
    format!(
        r#"<h1 class="question" tabindex="-1">{}</h1><p id="hint" class="hint">{}</p>{}{}{}<fieldset class="question-group optional-inputs"><legend class="label">{}</legend>{}{}{}{}{}{}{}{}{}</fieldset>"#,
        escape(heading),
        escape(hint),
        field("answer", "wage", t.wage_label, "width-10", None),
        field("hours", "hours", t.hours_label, "width-3", None),
        group("question-group field", "kind", t.kind_legend, &["manual", "white_collar"], &t.kinds, None),
        escape(t.optional_legend),
        field("tax", "tax", t.tax_label, "width-3", Some(t.tax_hint)),
        field("flexiwage", "flexiwage", t.flexi_wage_label, "width-10", Some(t.flexi_wage_hint)),
        field("studentwage", "studentwage", t.student_wage_label, "width-10", Some(t.student_wage_hint)),
        field("extradays", "extradays", t.extra_days_label, "width-3", Some(t.extra_days_hint)),
        field("studenthours", "studenthours", t.student_hours_label, "width-3", Some(t.student_hours_hint)),
        field("days", "days", t.days_label, "width-3", Some(t.days_hint)),
        field("main-pay", "main", t.main_pay_label, "width-10", Some(t.main_pay_hint)),
        // No partner unless told (the payslip's stated default).
        group("question-group field", "partner", t.partner_legend, &["none", "with_income", "without_income"], &t.partners, Some("none")),
        field("children", "children", t.children_label, "width-3", None)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::{screen, View};

    fn journey(query: &str) -> Journey {
        Journey::from_query(query).unwrap()
    }

    #[test]
    fn continue_moves_on_or_lists_every_problem_of_the_pay_page() {
        let here = journey("?page=pay&lang=en&mode=compare&date=2026-12-05&pc=302");
        let mut typed = here.answers.clone();
        typed.set("wage", "abc");
        typed.set("hours", "30");
        typed.set("tax", "1,234");
        let problems = submit(&here, Lang::En, &mut typed, "").unwrap_err();
        let inputs: Vec<&str> = problems.iter().map(|p| p.input).collect();
        assert_eq!(inputs, ["answer", "hours", "kind-0", "tax"]);
        assert!(problems[3].summary.starts_with(Lang::En.texts().tax_label));
        // Shown again with the typed values and each message beside its input.
        let mut view = View::of(&here, Lang::En);
        view.typed = Some(&typed);
        view.problems = &problems;
        let s = screen(&view);
        assert!(s.title.starts_with(Lang::En.texts().error_prefix));
        assert!(s.html.contains(r#"value="abc""#) && s.html.contains(r##"<a href="#kind-0">"##));
        assert!(s.html.contains(r#"id="hours-error""#) && s.html.contains(r#"aria-describedby="kind-error""#));
        typed.set("wage", "15,50");
        typed.set("hours", "6");
        typed.set("tax", "");
        typed.set("kind", "manual");
        let next = submit(&here, Lang::En, &mut typed, "").unwrap();
        assert_eq!(next.page, Page::Compare);
        assert_eq!(next.answers.get("wage").map(String::as_str), Some("15,50"));
    }

    #[test]
    fn continue_takes_the_only_sector_found_and_dates_go_into_the_link_as_iso() {
        let here = journey("?page=sector&lang=fr&date=2027-01-15");
        let mut typed = here.answers.clone();
        let next = submit(&here, Lang::Fr, &mut typed, "boulangerie").unwrap();
        assert_eq!(next.answers.joint_committee.as_deref(), Some("118.03"));
        let here = journey("?page=date&lang=en");
        let mut typed = here.answers.clone();
        typed.set("date", "15/01/2027");
        assert_eq!(submit(&here, Lang::En, &mut typed, "").unwrap().answers.date.as_deref(), Some("2027-01-15"));
        typed.set("date", "31/02/2027");
        let problems = submit(&here, Lang::En, &mut typed, "").unwrap_err();
        assert_eq!(problems[0].inline, Lang::En.texts().date_error_bad);
    }

    #[test]
    fn typing_a_committee_number_or_an_unknown_nace_code_sets_it() {
        let mut a = Answers::default();
        sector_typed(&mut a, "302", Lang::En);
        assert_eq!((a.joint_committee.as_deref(), a.nace.as_deref()), (Some("302"), None));
        sector_typed(&mut a, "restaurant", Lang::En);
        assert_eq!((a.joint_committee.as_deref(), a.nace.as_deref()), (None, None));
        let regions = sector_regions(Lang::En, "restaurant", &a);
        assert!(regions.results.contains(r#"data-pc="302""#), "{}", regions.results);
        assert_eq!(regions.chosen, "");
        pick_sector(&mut a, &search("restaurant", Lang::En, 1)[0]);
        assert!(sector_regions(Lang::En, "", &a).chosen.contains("PC 302"));
    }

    #[test]
    fn a_radio_checked_by_default_adds_no_answer_and_an_unknown_is_not_shown_as_typed() {
        let a = Answers::default();
        assert!(radio(&a, "partner", "partner-0", "none", "No partner", Some("none")).contains(" checked data-default"));
        let s = screen(&View::of(&journey("?page=work-t3&lang=en&date=2026-12-05&t3=unknown"), Lang::En)).html;
        assert!(s.contains(r#"value="""#), "{s}");
    }

    #[test]
    fn a_wage_of_12_point_500_is_told_how_it_was_read() {
        let here = journey("?page=pay&lang=nl&mode=compare&date=2026-12-05&pc=302");
        let mut typed = here.answers.clone();
        typed.set("wage", "12.500");
        typed.set("hours", "6");
        typed.set("kind", "manual");
        let problems = submit(&here, Lang::Nl, &mut typed, "").unwrap_err();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].inline, Lang::Nl.texts().number_point_thousands);
        assert_eq!(problems[0].summary, format!("{}: {}", Lang::Nl.texts().wage_label, Lang::Nl.texts().number_point_thousands));
    }

    const ANSWERED: &str = "lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=80&t4=80&foreign=no&other=none&notice=no&linked=none";

    #[test]
    fn a_change_from_check_your_answers_returns_there_unless_it_opens_a_question() {
        // The date moved to another quarter: the answers about the old quarter are asked again, in order.
        let here = journey(&format!("?page=date&return=check&{ANSWERED}"));
        let mut typed = here.answers.clone();
        typed.set("date", "2027-04-15");
        let next = submit(&here, Lang::En, &mut typed, "").unwrap();
        assert_eq!((next.page, next.returning), (Page::WorkT3, false));
        assert_eq!(next.answers.work_t3, None);
        // The same quarter: straight back, the answers kept.
        let mut typed = here.answers.clone();
        typed.set("date", "2026-11-02");
        let next = submit(&here, Lang::En, &mut typed, "").unwrap();
        assert_eq!((next.page, next.returning), (Page::Check, false));
        assert_eq!(next.answers.work_t3.as_deref(), Some("80"));
        // A change that opens a new question keeps the way back, then returns.
        let here = journey(&format!("?page=pension&return=check&{ANSWERED}"));
        let mut typed = here.answers.clone();
        typed.set("pension", "yes");
        let next = submit(&here, Lang::En, &mut typed, "").unwrap();
        assert_eq!((next.page, next.returning), (Page::PensionSince, true));
        // Not returning: the next question in order, even after a date change.
        let here = journey(&format!("?page=date&{ANSWERED}"));
        let mut typed = here.answers.clone();
        typed.set("date", "2027-04-15");
        assert_eq!(submit(&here, Lang::En, &mut typed, "").unwrap().page, Page::Sector);
        let here = journey(&format!("?page=foreign&{ANSWERED}"));
        let mut typed = here.answers.clone();
        assert_eq!(submit(&here, Lang::En, &mut typed, "").unwrap().page, Page::OtherContract);
    }

    #[test]
    fn a_sector_already_chosen_is_not_replaced_by_what_the_finder_finds() {
        let here = journey("?page=sector&lang=fr&date=2027-01-15&pc=302");
        let mut typed = here.answers.clone();
        let next = submit(&here, Lang::Fr, &mut typed, "boulangerie").unwrap();
        assert_eq!(next.answers.joint_committee.as_deref(), Some("302"));
        let mut typed = here.answers.clone();
        typed.set("pc", "");
        typed.set("nace", "87101");
        let next = submit(&here, Lang::Fr, &mut typed, "boulangerie").unwrap();
        assert_eq!((next.answers.joint_committee, next.answers.nace.as_deref()), (None, Some("87101")));
    }

    #[test]
    fn what_is_typed_in_the_sector_finder_sets_a_committee_a_nace_code_or_nothing() {
        let typed = |text: &str| {
            let mut a = Answers::default();
            a.set("pc", "200");
            sector_typed(&mut a, text, Lang::Nl);
            (a.joint_committee, a.nace)
        };
        let some = |s: &str| Some(s.to_string());
        assert_eq!(typed("302"), (some("302"), None));
        assert_eq!(typed("118.03"), (some("118.03"), None));
        assert_eq!(typed("999"), (some("999"), None), "a mistyped committee, refused by name on Continue");
        // A NACE code the finder does not know is taken as written; one it knows waits for a pick.
        assert!(search("01110", Lang::Nl, 1).is_empty());
        assert_eq!(typed("01110"), (None, some("01110")));
        assert_eq!(typed("01.110"), (None, some("01.110")));
        assert_eq!(typed("56101"), (None, None));
        for nothing in ["restaurant", "", "  ", "12ab", "56 1 01 x"] {
            assert_eq!(typed(nothing), (None, None), "{nothing:?}");
        }
        // Each sector found says its code.
        assert!(sector_regions(Lang::Nl, "restaurant", &Answers::default()).results.contains(r#"<span class="code">PC 302</span>"#));
        assert!(sector_regions(Lang::Nl, "87101", &Answers::default()).results.contains(r#"<span class="code">NACE 87101</span>"#));
    }

    #[test]
    fn each_question_is_the_page_heading_in_the_words_of_its_mode() {
        let heading = |query: &str| {
            let s = screen(&View::of(&journey(query), Lang::En)).html;
            let open = r#"class="question" tabindex="-1">"#;
            let start = s.find(open).unwrap() + open.len();
            let end = start + s[start..].find("</h1>").unwrap();
            s[start..end].trim_start_matches(r#"<label for="answer">"#).trim_end_matches("</label>").to_string()
        };
        let t = Lang::En.texts();
        assert_eq!(heading("?page=date&lang=en"), t.date_question);
        assert_eq!(heading("?page=date&lang=en&mode=compare"), t.compare_date_question);
        assert_eq!(heading("?page=sector&lang=en"), t.sector_question);
        assert_eq!(heading("?page=sector&lang=en&mode=compare"), t.compare_sector_question);
        assert_eq!(heading("?page=role&lang=en"), t.role_question);
        assert_eq!(heading("?page=pay&lang=en&mode=compare"), t.pay_question);
        assert_eq!(heading("?page=pension&lang=en&role=employer"), t.they.pension_question);
        assert_eq!(heading("?page=pension&lang=en&role=worker"), t.you.pension_question);
        let t3 = heading("?page=work-t3&lang=en&date=2026-12-05");
        // T is the fourth quarter of 2026: T-3 is its first quarter.
        assert_eq!(t3, escape(&fill(t.you.work_t3_question, &[("from", "1 January 2026"), ("to", "31 March 2026")])));
    }

    #[test]
    fn every_pay_input_that_is_wrong_is_named_and_linked() {
        let t = Lang::En.texts();
        let here = journey("?page=pay&lang=en&mode=compare&date=2026-12-05&pc=302&wage=15&hours=6&kind=manual");
        for (key, bad, input, label, message) in [
            ("tax", "120", "tax", t.tax_label, t.percent_error),
            ("flexiwage", "abc", "flexiwage", t.flexi_wage_label, t.amount_error),
            ("studentwage", "abc", "studentwage", t.student_wage_label, t.amount_error),
            ("extradays", "400", "extradays", t.extra_days_label, t.days_error),
            ("studenthours", "abc", "studenthours", t.student_hours_label, t.number_error),
            ("days", "40", "days", t.days_label, t.month_days_error),
            ("main", "abc", "main-pay", t.main_pay_label, t.amount_error),
            ("partner", "maybe", "partner-0", t.partner_legend, t.choice_error),
            ("children", "2,5", "children", t.children_label, t.children_error),
            ("wage", "1,234", "answer", t.wage_label, t.number_ambiguous),
            ("hours", "1.23.4", "hours", t.hours_label, t.number_grouping),
            ("kind", "robot", "kind-0", t.kind_legend, t.choice_error),
        ] {
            let mut typed = here.answers.clone();
            typed.set(key, bad);
            let problems = submit(&here, Lang::En, &mut typed, "").unwrap_err();
            assert_eq!(problems, vec![Problem { summary: format!("{label}: {message}"), inline: message.to_string(), input }], "{key}");
            // The message stands beside its own input only.
            let mut view = View::of(&here, Lang::En);
            view.typed = Some(&typed);
            view.problems = &problems;
            let h = screen(&view).html;
            assert_eq!(h.matches(r#"class="error-message""#).count(), 1, "{key}");
            assert!(h.contains(&format!(r#"<p id="{}-error" class="error-message">"#, input.trim_end_matches("-0"))), "{key}");
        }
        // One question per page: its own message, and the reason a number's form is refused.
        let income = journey("?page=income&lang=en&date=2026-12-05");
        for (bad, message) in [("abc", t.amount_error), ("1,234", t.number_ambiguous), ("1.23.4", t.number_grouping)] {
            let mut typed = income.answers.clone();
            typed.set("income", bad);
            assert_eq!(submit(&income, Lang::En, &mut typed, "").unwrap_err()[0].inline, message, "{bad}");
        }
    }

    fn html(query: &str) -> String {
        screen(&View::of(&journey(query), Lang::En)).html
    }

    #[test]
    fn each_page_refuses_a_missing_or_wrong_answer_with_its_own_message() {
        let t = Lang::En.texts();
        for (query, value, message) in [
            ("?page=date&lang=en", None, t.date_error_missing),
            ("?page=date&lang=en", Some("31/02/2027"), t.date_error_bad),
            ("?page=pension-since&lang=en&date=2026-12-05&pension=yes", None, t.pension_since_error_missing),
            ("?page=pension-since&lang=en&date=2026-12-05&pension=yes", Some("yesterday"), t.date_error_bad),
            ("?page=sector&lang=en&date=2026-12-05", None, t.sector_error_missing),
            ("?page=sector&lang=en&date=2026-12-05", Some("999"), t.sector_error_unknown),
            ("?page=sector&lang=en&date=2026-12-05", Some("3x2"), t.sector_error_bad),
            ("?page=work-t3&lang=en&date=2026-12-05", Some("120"), t.percent_error),
            ("?page=work-t4&lang=en&date=2026-12-05&t3=90", Some("abc"), t.percent_error),
            ("?page=income&lang=en&date=2026-12-05", Some("abc"), t.amount_error),
            ("?page=role&lang=en", None, t.choice_error),
            ("?page=role&lang=en", Some("boss"), t.choice_error),
        ] {
            let here = journey(query);
            let key = if here.page == Page::Sector { "pc" } else { here.page.answer_key().unwrap() };
            let mut typed = here.answers.clone();
            typed.set(key, value.unwrap_or(""));
            let problems = submit(&here, Lang::En, &mut typed, "").unwrap_err();
            assert_eq!(problems, vec![Problem { summary: message.to_string(), inline: message.to_string(), input: "answer" }], "{query} {value:?}");
        }
    }

    #[test]
    fn the_function_question_offers_a_sector_s_own_functions_only_in_that_sector() {
        let offered = |pc: &str| choices(Lang::En.texts(), Page::Function, &journey(&format!("?page=function&pc={pc}")).answers).into_iter().map(|(v, _)| v).collect::<Vec<_>>();
        let general = ["general", "artistic", "care_profession", "lifeguard"];
        for (pc, own) in [("320", "funeral_occasional"), ("323", "domestic_worker"), ("143", "sea_fishing_shore")] {
            let here = offered(pc);
            assert!(here.contains(&own) && general.iter().all(|g| here.contains(g)), "{pc}: {here:?}");
            assert_eq!(here.len(), general.len() + 1, "{pc}: {here:?}");
        }
        assert_eq!(offered("302"), general);
    }

    #[test]
    fn a_radio_question_shows_the_answer_given_and_its_labels() {
        let h = html("?page=role&lang=en&role=employer");
        let t = Lang::En.texts();
        assert!(h.contains(&format!(r#"<input type="radio" id="answer" name="role" value="worker"><label for="answer">{}</label>"#, escape(t.role_choices[0]))), "{h}");
        assert!(h.contains(&format!(r#"<input type="radio" id="answer-1" name="role" value="employer" checked><label for="answer-1">{}</label>"#, escape(t.role_choices[1]))), "{h}");
        assert!(h.contains(r#"<fieldset class="question-group" aria-describedby="hint"><legend><h1 class="question""#));
        assert!(!html("?page=role&lang=en").contains(" checked>"));
        // The partner's default is checked, and marked so: sending it adds no answer.
        let pay = html("?page=pay&lang=en&mode=compare");
        assert!(pay.contains(r#"id="partner-0" name="partner" value="none" checked data-default>"#));
        assert_eq!(pay.matches("\" checked").count(), 1, "only the default");
        assert!(html("?page=pay&lang=en&mode=compare&partner=with_income").contains(r#"id="partner-1" name="partner" value="with_income" checked>"#));
    }

    #[test]
    fn each_typed_question_has_its_input_its_unit_and_where_to_find_out() {
        let t = Lang::En.texts();
        let date = html("?page=date&lang=en&date=2027-01-15");
        assert!(date.contains(r#"inputmode="text" autocomplete="off" spellcheck="false" class="input width-date" aria-describedby="hint" value="15/01/2027">"#), "{date}");
        assert!(!date.contains(r#"class="suffix""#) && !date.contains("dont-know"));
        let t3 = html("?page=work-t3&lang=en&date=2026-12-05&role=employer");
        assert!(t3.contains(r#"class="input width-3""#) && t3.contains(r#"<span class="suffix" aria-hidden="true">%</span>"#));
        assert!(t3.contains(&format!(r#"<p class="hint find-out">{}</p>"#, escape(t.they.t3_find_out))));
        assert!(t3.contains(r#"data-action="dont-know""#));
        let income = html("?page=income&lang=en&date=2026-12-05");
        assert!(income.contains(&format!(r#" <span class="optional">{}</span></label></h1>"#, escape(t.optional))));
        assert!(income.contains(r#"<span class="suffix" aria-hidden="true">€</span>"#) && income.contains(&escape(t.you.income_find_out)));
        assert!(income.contains(r#"data-action="dont-know""#));
        assert!(!html("?page=date&lang=en").contains(r#"class="optional""#));
        let linked = html("?page=linked&lang=en&date=2026-12-05");
        assert!(linked.contains(&escape(t.you.linked_find_out)) && linked.contains(&escape(t.linked_more)));
        assert!(!linked.contains("dont-know"), "\"I don't know\" is one of the linked question's choices");
        assert!(!html("?page=foreign&lang=en&date=2026-12-05").contains(r#"<details class="more">"#));
        // After a refused Continue the input says so and points at its message.
        let here = journey("?page=work-t3&lang=en&date=2026-12-05");
        let mut typed = here.answers.clone();
        typed.set("t3", "120");
        let problems = submit(&here, Lang::En, &mut typed, "").unwrap_err();
        let mut view = View::of(&here, Lang::En);
        view.typed = Some(&typed);
        view.problems = &problems;
        let refused = screen(&view).html;
        assert!(refused.contains(r#"class="input width-3 input-error" aria-describedby="hint answer-error" aria-invalid="true" value="120">"#), "{refused}");
        assert!(refused.contains(r#"<p id="answer-error" class="error-message">"#));
    }

    #[test]
    fn the_sector_page_searches_and_offers_the_common_sectors_when_the_sector_is_unknown() {
        let h = html("?page=sector&lang=en&date=2026-12-05&pc=302");
        assert!(h.contains(r#"<input id="answer" name="sector" type="search""#) && h.contains(r#"value="302""#));
        let from = h.find(r#"data-testid="sector-help""#).unwrap();
        let help = &h[from..from + h[from..].find("</details>").unwrap()];
        for code in COMMON_SECTORS {
            assert!(help.contains(&format!(r#"data-pc="{code}""#)), "{code}");
        }
        assert_eq!(help.matches("<button").count(), COMMON_SECTORS.len());
        assert!(h.contains(r#"<div id="sector-chosen" role="status"><p class="chosen">"#));
    }
}
