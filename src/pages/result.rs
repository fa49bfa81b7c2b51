//! "Check your answers" and the result: the verdict, what decided it, and what to do next.

use crate::rules::msg;
use super::question::choices;
use super::{back_link, cited_words, escape, formality_items, link, rules_as_of, sector_label, View};
use crate::journey::{encode, Answers, Journey, Page, MAY_BE_UNKNOWN};
use crate::locale::{fill, Lang, Texts};
use crate::rules::eligibility::RULES;
use crate::rules::staffing::Regime;
use crate::rules::{Outcome, Quarter, Verdict};
use crate::typed::{read_date, read_number, read_percent};

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

pub(super) fn check(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let answers = view.answers();
    let mut pages = answers.questions();
    // A website's own sector is not asked, but shown in its place, not changeable here.
    let fixed = answers.sector_fixed();
    if fixed {
        pages.insert(pages.iter().position(|p| *p == Page::Date).map_or(0, |i| i + 1), Page::Sector);
    }
    let rows: String = pages
        .into_iter()
        .map(|page| {
            let name = escape(&short(t, lang, page, answers));
            if fixed && page == Page::Sector {
                return format!(
                    r#"<div class="summary-row" data-testid="sector-fixed"><dt>{name}</dt><dd>{}</dd><dd class="summary-action">{}</dd></div>"#,
                    escape(&shown(t, lang, page, answers)),
                    escape(SET_BY_SITE.get(lang))
                );
            }
            let mut target = view.to_page(page);
            target.returning = true;
            // The row's name is inside the link, hidden: "Change Date of the work" for a screen reader.
            format!(
                r#"<div class="summary-row"><dt>{name}</dt><dd>{}</dd><dd class="summary-action"><a href="{}">{}<span class="visually-hidden"> {name}</span></a></dd></div>"#,
                escape(&shown(t, lang, page, answers)),
                escape(&target.to_query()),
                escape(t.change)
            )
        })
        .collect();
    format!(
        r#"{}<h1 tabindex="-1">{}</h1><dl class="summary-list check-answers">{rows}</dl>{}"#,
        back_link(view, &view.to_page(answers.previous(Page::Check))),
        escape(t.check_title),
        link(&view.to_page(Page::Result), "button", t.check_submit)
    )
}

const SET_BY_SITE: crate::rules::language::Tr = msg::RESULT_SET_BY_THIS_WEBSITE;

/// A step's text with "mycareer.be" as a link to it.
fn with_mycareer_link(text: &str) -> String {
    match text.split_once("mycareer.be") {
        Some((before, after)) => format!(
            r#"{}<a href="https://www.mycareer.be" rel="noreferrer" target="_blank" data-testid="mycareer-link">mycareer.be</a>{}"#,
            escape(before),
            escape(after)
        ),
        None => escape(text),
    }
}

/// The rule's title in the page's language.
pub(super) fn rule_title(lang: Lang, id: &'static str) -> &'static str {
    RULES.iter().find(|r| r.id == id).map_or(id, |r| r.title.get(lang))
}

/// What the answers decide, as the result page shows it: the verdict, the first question a link left
/// unanswered, and the "I don't know" answers an "allowed, if" rests on.
pub(crate) struct Decision {
    pub verdict: Verdict,
    pub gap: Option<Page>,
    pub assumed: Vec<Page>,
    pub rests_on_unknowns: bool,
}

pub(crate) fn decide(answers: &Answers, assessment: &crate::rules::Assessment) -> Decision {
    // A link can reach the result with questions unanswered (shared, edited, bookmarked): the engine
    // presumes an unanswered exception does not apply ("no other contract", "no notice"), so only a
    // refusal stands; anything else waits for those answers.
    let gap = answers.first_gap_given(assessment);
    let verdict = match assessment.verdict {
        Verdict::NotEligible => Verdict::NotEligible,
        _ if gap.is_some() => Verdict::Incomplete,
        other => other,
    };
    // "I don't know" answers leave their rules open (or assumed met, as the engine reads an unanswered
    // linked company): when nothing is refused and nothing else is missing, the answer is "allowed,
    // if" those conditions hold, and says which. The flexi pay so far is no condition (the ceiling
    // line says what is left).
    let open_rules: Vec<&str> = assessment.reasons.iter().filter(|r| r.outcome == Outcome::Unknown).map(|r| r.rule).collect();
    let unknown_pages = answers.unknowns_given(assessment);
    let assumed: Vec<Page> = MAY_BE_UNKNOWN
        .iter()
        .filter(|(page, rules)| {
            *page != Page::Income && unknown_pages.contains(page) && assessment.reasons.iter().any(|r| rules.contains(&r.rule))
        })
        .map(|(page, _)| *page)
        .collect();
    let covered = open_rules.iter().all(|rule| MAY_BE_UNKNOWN.iter().any(|(page, rules)| assumed.contains(page) && rules.contains(rule)));
    let rests_on_unknowns = !assumed.is_empty()
        && covered
        && gap.is_none()
        && matches!(verdict, Verdict::Eligible | Verdict::Incomplete)
        && !assessment.reasons.iter().any(|r| r.outcome == Outcome::NotMet);
    Decision { verdict, gap, assumed, rests_on_unknowns }
}

/// The conditions an "allowed, if" rests on, in the page's language: the "I don't know" answers'
/// and those of a conditional verdict (a decision taken outside the rules).
pub(crate) fn condition_texts(t: &'static Texts, lang: Lang, decision: &Decision, assessment: &crate::rules::Assessment) -> Vec<String> {
    if decision.verdict == Verdict::Conditional {
        return assessment.conditions.iter().map(|c| c.text.clone()).collect();
    }
    if !decision.rests_on_unknowns {
        return Vec::new();
    }
    let reference = assessment.reference_quarter;
    decision
        .assumed
        .iter()
        .filter_map(|page| match page {
            Page::WorkT3 => Some(fill(t.condition_t3, &[("from", &lang.date(reference.first_day())), ("to", &lang.date(reference.last_day()))])),
            Page::Linked => Some(t.condition_linked.to_string()),
            _ => None,
        })
        .collect()
}

/// The result: the heading (for the title) and the markup.
pub(super) fn result(view: &View) -> (String, String) {
    let t = view.t();
    let lang = view.lang;
    let answers = view.answers();
    let Some(assessment) = answers.assessment_in(lang) else {
        let html = format!(r#"<h1 tabindex="-1">{}</h1>{}"#, escape(t.missing_answers), link(&view.to_page(Page::Date), "button", t.continue_));
        return (t.missing_answers.to_string(), html);
    };
    let decision = decide(answers, &assessment);
    let (verdict, gap, rests_on_unknowns) = (decision.verdict, decision.gap, decision.rests_on_unknowns);
    let (title, detail) = if rests_on_unknowns { (t.if_title, t.if_detail) } else { t.verdict(verdict) };
    let panel = match verdict {
        _ if rests_on_unknowns => "panel panel-conditional",
        Verdict::Eligible => "panel panel-eligible",
        Verdict::NotEligible => "panel panel-not-eligible",
        Verdict::Conditional => "panel panel-conditional",
        Verdict::Incomplete => "panel panel-incomplete",
    };
    let texts = condition_texts(t, lang, &decision, &assessment);
    let conditions = if texts.is_empty() && !rests_on_unknowns {
        String::new()
    } else {
        let items: String = texts.iter().map(|text| format!("<li>{}</li>", escape(text))).collect();
        format!(r#"<ul class="conditions" data-testid="conditions">{items}</ul>"#)
    };
    let person = t.person(answers.for_employer());
    let in_words = |quarter: Quarter| lang.quarter(quarter.first_day());
    let note = assessment.earliest_eligible_note.as_deref().map(|n| format!(r#" <span class="hint earliest-note">{}</span>"#, escape(n))).unwrap_or_default();
    let refusal = verdict == Verdict::NotEligible;
    let mut html = format!(
        r#"{}<div class="{panel}" data-testid="verdict" data-verdict="{:?}"{}><h1 tabindex="-1">{}</h1><p>{}</p>{conditions}</div><p data-testid="quarters">{} {}</p>"#,
        back_link(view, &view.to_page(Page::Check)),
        verdict,
        if rests_on_unknowns { r#" data-assumed="true""# } else { "" },
        escape(title),
        escape(detail),
        escape(&fill(t.quarter_line, &[("q", &in_words(assessment.quarter)), ("to", &in_words(assessment.reference_quarter))])),
        escape(&rules_as_of(t, lang, answers))
    );
    if refusal {
        // A refusal has no next step: when it could change, and the other ways to do the work, first.
        // The rules not met, by name: the answer changes only if each of them is met.
        let deciding: String = assessment
            .reasons
            .iter()
            .filter(|r| r.outcome == Outcome::NotMet)
            .map(|r| format!("<li>{}</li>", escape(rule_title(lang, r.rule))))
            .collect();
        let from = assessment
            .earliest_eligible_quarter
            .map(|e| format!(r#"<p data-testid="earliest-day">{}{note}</p>"#, escape(&fill(t.earliest_day, &[("date", &lang.date(e.first_day())), ("q", &in_words(e))]))))
            .unwrap_or_default();
        let mut compare = view.to_page(Page::Pay);
        compare.answers = Answers { mode: Some("compare".into()), date: answers.date.clone(), joint_committee: answers.joint_committee.clone(), nace: answers.nace.clone(), ..Answers::default() };
        html += &format!(
            r#"<h2>{}</h2><p>{}</p><ul data-testid="deciding-rules">{deciding}</ul>{from}<p>{}</p>"#,
            escape(t.what_would_change),
            escape(t.would_change_if),
            link(&compare, "", t.compare_instead)
        );
    } else {
        if let Some(e) = assessment.earliest_eligible_quarter {
            html += &format!(r#"<p class="earliest" data-testid="earliest">{}{note}</p>"#, escape(&fill(person.earliest, &[("q", &in_words(e))])));
        }
        if let Some(c) = &assessment.ceiling {
            let text = match c.remaining {
                Some(left) => fill(t.ceiling_left, &[("q", &c.year.to_string()), ("amount", &lang.euros(&left.to_string()))]),
                None => fill(t.ceiling_amount, &[("q", &c.year.to_string()), ("amount", &lang.euros(&c.amount.to_string()))]),
            };
            // A worker follows the year across employers on "My flexi year", the year already filled in.
            let follow = if view.answers().for_employer() {
                String::new()
            } else {
                let mut year = Journey { page: Page::Year, lang: Some(lang.code().to_string()), returning: false, answers: view.journey.answers.host_only() };
                year.answers.set("fyear", &c.year.to_string());
                format!(" {}", link(&year, "", super::year::from_result(lang)))
            };
            html += &format!(r#"<p data-testid="ceiling">{}{follow}</p>"#, escape(&text));
        }
    }
    // An allowed result folds its reasons; the warnings that do not decide it stay in sight.
    let warnings: String = assessment.reasons.iter().filter(|r| r.outcome == Outcome::Warning).map(|r| format!("<li>{}</li>", escape(&r.explanation))).collect();
    if verdict == Verdict::Eligible && !warnings.is_empty() {
        html += &format!(r#"<div class="notice" data-testid="worth-knowing"><h2>{}</h2><ul>{warnings}</ul></div>"#, escape(t.worth_knowing));
    }
    if assessment.confidence == crate::rules::dated::Confidence::Low {
        html += &format!(r#"<p class="notice">{}</p>"#, escape(t.confidence_low));
    }
    if verdict == Verdict::Incomplete && !rests_on_unknowns {
        html += &link(&view.to_page(gap.unwrap_or_else(|| answers.first_unanswered())), "button", t.missing_answers);
    }
    // What decided comes first: a rule not met, then an unknown, a warning, and what was met.
    let mut ordered: Vec<&crate::rules::Reason> = assessment.reasons.iter().collect();
    ordered.sort_by_key(|r| match r.outcome {
        Outcome::NotMet => 0,
        Outcome::Unknown => 1,
        Outcome::Warning => 2,
        Outcome::Met => 3,
    });
    let reasons: String = ordered
        .into_iter()
        .map(|reason| {
            let tag = match reason.outcome {
                Outcome::Met => "tag tag-met",
                Outcome::NotMet => "tag tag-not-met",
                Outcome::Warning => "tag tag-warning",
                Outcome::Unknown => "tag tag-unknown",
            };
            format!(
                r#"<li class="reason"><p><span class="{tag}">{}</span> <strong>{}</strong></p><p>{}</p><p class="meta">{}</p><p class="meta">{}</p></li>"#,
                escape(t.outcome(reason.outcome)),
                escape(rule_title(lang, reason.rule)),
                escape(&reason.explanation),
                escape(&fill(t.in_force, &[("from", &lang.date(reason.valid_from))])),
                cited_words(t, &reason.source, &reason.sources)
            )
        })
        .collect();
    // A refusal, a condition or a gap shows its reasons at once; an eligible verdict folds them.
    let open = if verdict != Verdict::Eligible { " open" } else { "" };
    html += &format!(r#"<details class="why"{open}><summary>{}</summary><ul class="reasons">{reasons}</ul></details>"#, escape(t.why));
    let allowed = matches!(verdict, Verdict::Eligible | Verdict::Conditional) || rests_on_unknowns;
    if allowed {
        html += &steps(view, &assessment);
    }
    html += &format!(
        r#"<p class="no-print"><button type="button" class="button button-secondary" data-action="print">{}</button></p><p class="restart">{}</p>"#,
        escape(t.print_result),
        link(&view.restart(), "", t.start_again)
    );
    (title.to_string(), html)
}

/// The worker's own steps, or the employer's to-do list (Dimona FLX, Flexi at work, agreement).
fn steps(view: &View, assessment: &crate::rules::Assessment) -> String {
    let t = view.t();
    let lang = view.lang;
    let answers = view.answers();
    let person = t.person(answers.for_employer());
    let overseas = if assessment.conditions.iter().any(|c| c.rule == crate::rules::eligibility::FOREIGN_EMPLOYMENT.id) {
        let (q, r) = (lang.the_quarter(assessment.quarter.first_day()), lang.the_quarter(assessment.reference_quarter.first_day()));
        let subject = fill(t.overseas_subject, &[("q", &r)]);
        let body = fill(t.overseas_body, &[("q", &r), ("to", &q)]);
        let href = format!("mailto:overseas@rsz.fgov.be?subject={}&body={}", encode(&subject), encode(&body));
        format!(r#"<li>{} <a href="{}" data-testid="overseas-mail">{}</a></li>"#, escape(person.step_overseas), escape(&href), escape(person.overseas_link))
    } else {
        String::new()
    };
    let own = if answers.for_employer() {
        answers.work_date().map(|day| formality_items(t, lang, Regime::Flexi, day, true)).unwrap_or_default()
    } else {
        format!("<li>{}</li>", escape(person.step_ask_framework))
    };
    // A pensioner's flexi pay has no tax-free ceiling: the step only checks the Dimona.
    let pensioner = answers.pensioner.as_deref() == Some("yes");
    let mycareer = with_mycareer_link(if pensioner { person.step_mycareer_pensioner } else { person.step_mycareer });
    format!(
        r#"<h2>{}</h2><ol class="steps" data-testid="steps">{overseas}{own}<li data-testid="step-mycareer">{mycareer}</li></ol>"#,
        escape(t.next_steps)
    )
}

#[cfg(test)]
mod tests {
    use crate::journey::Journey;
    use crate::locale::{fill, Lang};
    use crate::pages::{escape, screen, View};
    use crate::rules::eligibility::RULES;

    fn html(query: &str) -> String {
        let journey = Journey::from_query(query).unwrap();
        let lang = Lang::from_tag(journey.lang.as_deref().unwrap_or("en"));
        screen(&View::of(&journey, lang)).html
    }

    #[test]
    fn a_refusal_names_what_decided_and_offers_the_comparison_instead_of_steps() {
        // Pensioner question unanswered is fine; a full-time T-3 job with another employer refuses.
        let h = html("?page=result&lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=50&foreign=no&other=none&notice=no&linked=none");
        assert!(h.contains(r#"data-verdict="NotEligible""#), "{h}");
        assert!(h.contains(r#"data-testid="deciding-rules""#));
        assert!(!h.contains(r#"data-testid="steps""#));
        assert!(h.contains("?page=pay&amp;lang=en&amp;mode=compare&amp;date=2026-12-05&amp;pc=302"), "{h}");
        assert!(h.contains(r#"<details class="why" open>"#));
    }

    #[test]
    fn an_allowed_result_folds_its_reasons_and_gives_the_steps_of_the_person_asking() {
        let worker = html("?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=80&t4=80&foreign=no&other=none&notice=no&linked=none");
        assert!(worker.contains(r#"data-verdict="Eligible""#), "{worker}");
        assert!(worker.contains(r#"<details class="why">"#));
        assert!(worker.contains(r#"data-testid="mycareer-link""#));
        assert!(!worker.contains(r#"data-testid="framework-mentions""#));
        let employer = html("?page=result&lang=nl&role=employer&date=2026-12-05&pc=302&function=general&pension=no&t3=80&t4=80&foreign=no&other=none&notice=no&linked=none");
        assert!(employer.contains(r#"data-testid="framework-mentions""#));
    }

    #[test]
    fn check_your_answers_names_each_row_inside_its_change_link() {
        let h = html("?page=check&lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=80&foreign=no&other=none&notice=no&linked=none");
        let links = h.matches(r#"<dd class="summary-action"><a href="#).count();
        assert!(links >= 8, "{links}");
        assert!(h.contains("return=check"));
        assert!(h.contains(r#"<span class="visually-hidden"> "#));
    }

    #[test]
    fn check_your_answers_shows_each_answer_as_written_with_the_period_it_is_about() {
        let lang = Lang::En;
        let t = lang.texts();
        let h = html("?page=check&lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=80&t4=85&foreign=no&other=none&notice=no&linked=none&income=1234,5");
        let period = |from: &str, to: &str| format!(" ({})", fill(t.period, &[("from", from), ("to", to)]));
        let t3 = period("1 January 2026", "31 March 2026");
        let q = period("1 October 2026", "31 December 2026");
        let rows = [
            (t.short_role.to_string(), t.role_choices[0].to_string()),
            (t.short_date.to_string(), "5 December 2026".to_string()),
            (t.short_sector.to_string(), format!("{} (PC 302)", crate::rules::directory::DIRECTORY.iter().find(|e| e.joint_committee == Some("302")).unwrap().name(lang))),
            (t.short_function.to_string(), t.functions[0].to_string()),
            (t.short_pension.to_string(), t.no.to_string()),
            (format!("{}{t3}", t.short_t3), "80\u{a0}%".to_string()),
            (format!("{}{}", t.short_t4, period("1 October 2025", "31 December 2025")), "85\u{a0}%".to_string()),
            (format!("{}{t3}", t.short_foreign), t.no.to_string()),
            (format!("{}{q}", t.short_other), t.other_choices[0].to_string()),
            (format!("{}{q}", t.short_notice), t.no.to_string()),
            (format!("{}{q}", t.short_linked), t.linked_choices[0].to_string()),
            (fill(t.short_income, &[("year", "2026")]), "€1,234.50".to_string()),
        ];
        for (short, shown) in rows {
            let row = format!("<dt>{}</dt><dd>{}</dd>", escape(&short), escape(&shown));
            assert!(h.contains(&row), "{row} not in {h}");
        }
        let h = html("?page=check&lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=80&income=unknown");
        assert!(h.contains(&format!("<dd>{}</dd>", escape(t.unknown_choice))));
        // A pensioner is asked since when, and no T-3 question.
        let h = html("?page=check&lang=en&role=worker&date=2026-12-05&pc=302&function=general&pension=yes&since=2025-10-01");
        assert!(h.contains(&format!("<dt>{}</dt><dd>1 October 2025</dd>", escape(t.short_pension_since))));
        // Without a date, no period is named; an answer that cannot be read says so.
        let h = html("?page=check&lang=en&role=worker&t3=abc");
        assert!(h.contains(&format!("<dt>{}</dt><dd>{}</dd>", escape(t.short_t3), escape(t.not_answered))), "{h}");
    }

    #[test]
    fn the_reasons_are_titled_by_their_rule_in_the_page_s_language() {
        let h = html("?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=50&foreign=no&other=none&notice=no&linked=none");
        let journey = Journey::from_query("?page=result&lang=nl&role=worker&date=2026-12-05&pc=302&function=general&pension=no&t3=50&foreign=no&other=none&notice=no&linked=none").unwrap();
        let not_met: String = journey.answers.assessment_in(Lang::Nl).unwrap().reasons.iter()
            .filter(|r| r.outcome == crate::rules::Outcome::NotMet)
            .map(|r| format!("<li>{}</li>", escape(RULES.iter().find(|rule| rule.id == r.rule).unwrap().title.get(Lang::Nl))))
            .collect();
        assert!(!not_met.is_empty());
        assert!(h.contains(&format!(r#"<ul data-testid="deciding-rules">{not_met}</ul>"#)), "the deciding rules by their Dutch titles: {h}");
        for rule in RULES {
            assert!(!h.contains(&format!("<strong>{}</strong>", rule.id)), "{} shown by its key", rule.id);
        }
    }

    const WORKER: &str = "?page=result&lang=en&role=worker&pc=302&function=general&date=2026-12-05";

    fn result_of(rest: &str) -> String {
        html(&format!("{WORKER}{rest}"))
    }

    #[test]
    fn an_answer_left_open_makes_the_result_allowed_if_its_condition_holds() {
        let t = Lang::En.texts();
        let t3 = result_of("&pension=no&t3=unknown&foreign=no&other=none&notice=no&linked=none");
        assert!(t3.contains(r#"<div class="panel panel-conditional" data-testid="verdict" data-verdict="Incomplete" data-assumed="true"><h1 tabindex="-1">"#), "{t3}");
        assert!(t3.contains(&escape(t.if_title)) && t3.contains(&escape(t.if_detail)));
        assert!(t3.contains(&format!("<li>{}</li>", escape(&fill(t.condition_t3, &[("from", "1 January 2026"), ("to", "31 March 2026")])))));
        assert!(t3.contains(r#"data-testid="steps""#) && !t3.contains(&escape(t.missing_answers)));
        let linked = result_of("&pension=no&t3=90&t4=90&foreign=no&other=none&notice=no&linked=unknown");
        assert!(linked.contains(r#"data-verdict="Eligible" data-assumed="true""#));
        assert!(linked.contains(&format!(r#"<ul class="conditions" data-testid="conditions"><li>{}</li></ul>"#, escape(t.condition_linked))));
        // Not when another answer is missing, nor when a rule refuses anyway.
        let missing = result_of("&pension=no&t3=unknown&foreign=no&other=none&linked=none");
        assert!(!missing.contains("data-assumed") && missing.contains(r#"class="panel panel-incomplete""#), "{missing}");
        let refused = result_of("&pension=no&t3=unknown&foreign=no&other=four_fifths_or_more&notice=no&linked=none");
        assert!(refused.contains(r#"data-verdict="NotEligible">"#) && !refused.contains("data-conditions"), "{refused}");
        // Nor when a rule no "I don't know" stands for is open too: an agency's sector is the user's.
        let agency = html("?page=result&lang=en&role=worker&pc=322&function=general&date=2026-12-05&pension=no&t3=unknown&foreign=no&other=none&notice=no&linked=none");
        assert!(agency.contains(r#"data-verdict="Incomplete">"#) && !agency.contains("data-assumed"), "{agency}");
        // The flexi pay so far is no condition.
        let income = result_of("&pension=no&t3=90&t4=90&foreign=no&other=none&notice=no&linked=none&income=unknown");
        assert!(income.contains(r#"data-verdict="Eligible">"#) && !income.contains("data-assumed"));
    }

    #[test]
    fn a_result_that_lacks_answers_leads_to_the_first_one() {
        let t = Lang::En.texts();
        let h = result_of("&pension=no");
        assert!(h.contains(&format!(r#"<a class="button" href="?page=work-t3&amp;lang=en&amp;role=worker&amp;date=2026-12-05&amp;pc=302&amp;function=general&amp;pension=no">{}</a>"#, escape(t.missing_answers))), "{h}");
        assert!(!h.contains(r#"data-testid="steps""#));
        assert!(h.contains(r#"<details class="why" open>"#));
    }

    #[test]
    fn work_abroad_makes_it_conditional_with_the_mail_to_overseas_social_security() {
        let h = result_of("&pension=no&t3=90&t4=90&foreign=yes&other=none&notice=no&linked=none");
        assert!(h.contains(r#"<div class="panel panel-conditional" data-testid="verdict" data-verdict="Conditional">"#), "{h}");
        let mail = h.split(r#"<a href="mailto:overseas@rsz.fgov.be?subject="#).nth(1).expect("the mail step");
        assert!(mail.split('"').next().unwrap().contains("1st%20quarter%20of%202026"), "the mail names the reference quarter in words");
        assert!(h.find("overseas-mail").unwrap() < h.find("step-mycareer").unwrap());
    }

    #[test]
    fn the_ceiling_line_says_what_is_left_when_the_pay_so_far_is_known() {
        let t = Lang::En.texts();
        let answered = "&pension=no&t3=90&t4=90&foreign=no&other=none&notice=no&linked=none";
        let with = result_of(&format!("{answered}&income=5000"));
        assert!(with.contains(&escape(&fill(t.ceiling_left, &[("q", "2026"), ("amount", "€13,440")]))), "{with}");
        let without = result_of(answered);
        assert!(without.contains(&escape(&fill(t.ceiling_amount, &[("q", "2026"), ("amount", "€18,440")]))), "{without}");
        // A pensioner has no ceiling, and the step checks only the Dimona.
        let pensioner = result_of("&pension=yes&since=2020-01-01&other=none&notice=no&linked=none");
        assert!(!pensioner.contains(r#"data-testid="ceiling""#));
        assert!(pensioner.contains(r#"data-testid="step-mycareer">"#));
        let step = |text: &str| text.split_once("mycareer.be").map_or(escape(text), |(before, _)| escape(before));
        assert!(pensioner.contains(&step(t.you.step_mycareer_pensioner)) && !pensioner.contains(&step(t.you.step_mycareer)));
        assert!(without.contains(&step(t.you.step_mycareer)));
    }

    #[test]
    fn warnings_stay_in_sight_on_an_allowed_result_and_low_confidence_is_said() {
        let t = Lang::En.texts();
        for rest in ["&pension=no&t3=90&t4=90&foreign=no&other=none&notice=no&linked=none&income=5000", "&pension=no&t3=50&foreign=no&other=none&notice=no&linked=none", "&pension=no&t3=unknown&foreign=no&other=none&notice=no&linked=none"] {
            let journey = Journey::from_query(&format!("{WORKER}{rest}")).unwrap();
            let assessment = journey.answers.assessment_in(Lang::En).unwrap();
            let h = result_of(rest);
            let warnings: Vec<&str> = assessment.reasons.iter().filter(|r| r.outcome == crate::rules::Outcome::Warning).map(|r| r.explanation.as_str()).collect();
            let shown = assessment.verdict == crate::rules::Verdict::Eligible && !warnings.is_empty();
            assert_eq!(h.contains(r#"data-testid="worth-knowing""#), shown, "{rest}");
            if shown {
                let box_ = h.split(r#"data-testid="worth-knowing""#).nth(1).unwrap().split("</div>").next().unwrap();
                assert!(warnings.iter().all(|w| box_.contains(&escape(w))));
            }
            let low = assessment.confidence == crate::rules::dated::Confidence::Low;
            assert_eq!(h.contains(&format!(r#"<p class="notice">{}</p>"#, escape(t.confidence_low))), low, "{rest}");
        }
    }

    #[test]
    fn a_refusal_offers_the_comparison_with_the_date_and_the_sector_codes() {
        // Full time in T-4, 4/5 in T-3: no flexi-job before the third quarter of 2025.
        let h = html("?page=result&lang=en&role=worker&date=2025-01-15&pc=302&nace=56101&function=general&pension=no&t3=80&t4=100&foreign=no&other=none&notice=no&linked=none");
        assert!(h.contains(r#"data-verdict="NotEligible""#), "{h}");
        assert!(h.contains(r#"href="?page=pay&amp;lang=en&amp;mode=compare&amp;date=2025-01-15&amp;pc=302&amp;nace=56101""#), "{h}");
        assert!(h.contains(r#"data-testid="earliest-day">"#) && h.contains("1 July 2025, the first day of the third quarter of 2025"));
        assert!(!h.contains(r#"data-testid="earliest">"#), "the day, not the quarter line of an allowed result");
    }

    #[test]
    fn a_link_with_questions_unanswered_gets_no_verdict_but_the_way_to_answer_them() {
        let t = Lang::En.texts();
        // Each answer the engine would otherwise read as "no" or "none" when absent.
        let all = ["function=general", "pension=no", "t3=90", "t4=90", "foreign=no", "other=none", "notice=no", "linked=none"];
        for left_out in all {
            let rest: Vec<&str> = all.iter().copied().filter(|a| *a != left_out).collect();
            let h = html(&format!("?page=result&lang=en&role=worker&date=2026-12-05&pc=302&{}", rest.join("&")));
            let key = left_out.split('=').next().unwrap();
            if key == "t4" {
                continue; // 90 % in T-3 does not ask about T-4
            }
            assert!(h.contains(r#"class="panel panel-incomplete" data-testid="verdict" data-verdict="Incomplete">"#), "{left_out}: {h}");
            assert!(!h.contains(r#"data-testid="steps""#), "{left_out}");
            let slug = match key { "t3" => "work-t3", "other" => "other-contract", "pension" => "pension", k => k };
            assert!(h.contains(&format!(r#"<a class="button" href="?page={slug}&amp;"#)), "{left_out}");
            assert!(h.contains(&escape(t.missing_answers)));
        }
        // The role changes only the wording; a refusal stands whatever is missing.
        let h = html(&format!("?page=result&lang=en&date=2026-12-05&pc=302&{}", all.join("&")));
        assert!(h.contains(r#"data-verdict="Eligible">"#), "{h}");
        let refused = html("?page=result&lang=en&date=2026-12-05&pc=302&function=artistic");
        assert!(refused.contains(r#"data-verdict="NotEligible">"#), "{refused}");
    }
}
