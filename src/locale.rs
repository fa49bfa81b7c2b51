//! The interface's words: one struct, one field per text, each read from the language's catalog
//! (`locales/*.ftl`, where a missing translation fails the build). Dates and amounts are written by `rules::language`.
//! Legal terms follow the sources' usage (PC/PSC, Dimona, raamovereenkomst / contrat-cadre).

use crate::rules::{msg, Outcome, Tr, Verdict};
use std::sync::OnceLock;

/// The interface speaks the languages the rules explain themselves in.
pub use crate::rules::language::Language as Lang;

impl Lang {
    /// The interface's texts in this language, read from its catalog once.
    pub fn texts(self) -> &'static Texts {
        static TEXTS: [OnceLock<Texts>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];
        TEXTS[self as usize].get_or_init(|| texts_in(self))
    }
}

/// The texts that speak to or about the worker.
#[derive(Debug)]
pub struct Person {
    pub pension_question: &'static str,
    pub pension_since_question: &'static str,
    pub work_t3_question: &'static str,
    pub other_question: &'static str,
    pub notice_question: &'static str,
    pub linked_question: &'static str,
    pub income_question: &'static str,
    pub income_hint: &'static str,
    pub earliest: &'static str,
    pub step_mycareer: &'static str,
    /// A pensioner has no tax-free ceiling to watch: only the Dimona to check.
    pub step_mycareer_pensioner: &'static str,
    /// The worker's own steps: ask for the framework agreement, then check on mycareer.be.
    pub step_ask_framework: &'static str,
    /// Where to find out, beside an "I don't know" answer.
    pub t3_find_out: &'static str,
    pub linked_find_out: &'static str,
    pub income_find_out: &'static str,
    pub step_overseas: &'static str,
    pub overseas_link: &'static str,
}

/// Every text of the interface. `{q}`, `{date}`, `{from}`, `{to}` and `{amount}` are filled in.
#[derive(Debug)]
pub struct Texts {
    pub skip_link: &'static str,
    pub brand_tagline: &'static str,
    pub privacy: &'static str,
    pub verified_until: &'static str,
    pub rules_link: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    pub start_again: &'static str,
    pub error_title: &'static str,
    pub error_prefix: &'static str,
    pub change: &'static str,
    pub optional: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    /// The questions and steps that address the worker: to the worker ("you") or to an employer
    /// about the worker ("this person"), as the role question says.
    pub you: Person,
    pub they: Person,
    pub role_question: &'static str,
    pub role_hint: &'static str,
    pub role_choices: [&'static str; 2],
    pub short_role: &'static str,
    // Start page.
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub start_for_whom: &'static str,
    pub start_button: &'static str,
    pub start_not_advice: &'static str,
    // Questions.
    pub date_question: &'static str,
    /// The comparison is about any kind of work, not only flexi work.
    pub compare_date_question: &'static str,
    pub date_hint: &'static str,
    pub date_error_missing: &'static str,
    pub date_error_bad: &'static str,
    /// A number written so that it reads two ways ("1,234"), or with stray points, commas or spaces.
    pub number_ambiguous: &'static str,
    pub number_grouping: &'static str,
    pub number_point_thousands: &'static str,
    /// "2 sectors found" (a live region) and its singular.
    pub sector_found_many: &'static str,
    pub sector_found_one: &'static str,
    pub sector_help_summary: &'static str,
    pub sector_help_text: &'static str,
    pub sector_common: &'static str,
    /// The linked-companies fold: what the Code of Companies calls linked.
    pub more_about_this: &'static str,
    pub linked_more: &'static str,
    /// A refusal: what would change the answer, and the other ways to work.
    pub what_would_change: &'static str,
    pub earliest_day: &'static str,
    pub would_change_if: &'static str,
    pub compare_instead: &'static str,
    pub print_result: &'static str,
    pub unknown_choice: &'static str,
    /// A result that rests on "I don't know" answers: the conditions it assumes.
    pub if_title: &'static str,
    pub if_detail: &'static str,
    pub condition_t3: &'static str,
    pub condition_linked: &'static str,
    /// The pension-start question's own "empty" error (not "the date of the work").
    pub pension_since_error_missing: &'static str,
    pub sector_question: &'static str,
    pub compare_sector_question: &'static str,
    pub sector_hint: &'static str,
    pub sector_search_label: &'static str,
    pub sector_pick: &'static str,
    pub sector_none_found: &'static str,
    pub sector_chosen: &'static str,
    pub sector_error_missing: &'static str,
    pub sector_error_bad: &'static str,
    pub sector_error_unknown: &'static str,
    /// {to}: the committees that took over.
    pub sector_error_abolished: &'static str,
    pub function_question: &'static str,
    pub function_hint: &'static str,
    pub functions: [&'static str; 7],
    pub choice_error: &'static str,
    pub pension_hint: &'static str,
    pub pension_since_hint: &'static str,
    pub work_t3_hint: &'static str,
    pub work_t4_hint: &'static str,
    pub percent_error: &'static str,
    pub foreign_question: &'static str,
    pub foreign_hint: &'static str,
    pub other_hint: &'static str,
    pub other_choices: [&'static str; 3],
    pub notice_hint: &'static str,
    pub linked_hint: &'static str,
    pub linked_choices: [&'static str; 3],
    pub amount_error: &'static str,
    // Check answers.
    pub check_title: &'static str,
    pub check_submit: &'static str,
    pub not_answered: &'static str,
    pub short_date: &'static str,
    pub short_sector: &'static str,
    pub short_function: &'static str,
    pub short_pension: &'static str,
    pub short_pension_since: &'static str,
    pub short_t3: &'static str,
    pub short_t4: &'static str,
    pub short_foreign: &'static str,
    pub short_other: &'static str,
    pub short_notice: &'static str,
    pub short_linked: &'static str,
    pub short_income: &'static str,
    /// A quarter's span on "Check your answers": "1 April 2026 to 30 June 2026".
    pub period: &'static str,
    // Result.
    pub verdicts: [&'static str; 4],
    pub verdict_details: [&'static str; 4],
    pub quarter_line: &'static str,
    pub rules_as_of: &'static str,
    pub ceiling_left: &'static str,
    pub ceiling_amount: &'static str,
    pub confidence_low: &'static str,
    /// High, medium, low.
    pub confidences: [&'static str; 3],
    pub changes_title: &'static str,
    pub changes_intro: &'static str,
    /// A quarter's heading: "{from} to {to}".
    pub changes_quarter: &'static str,
    pub start_whats_new: &'static str,
    /// On every page once the rules are more than 90 days older than the visitor's day.
    pub stale: &'static str,
    /// Above the folded reasons of an allowed result: the warnings that do not decide it.
    pub worth_knowing: &'static str,
    pub why: &'static str,
    pub outcomes: [&'static str; 4],
    pub in_force: &'static str,
    pub amounts_title: &'static str,
    pub rules_heading: &'static str,
    /// "Source:" with the colon as the language writes it (French puts a space before it).
    pub source: &'static str,
    pub sources_title: &'static str,
    pub sources_intro: &'static str,
    pub kind_official: &'static str,
    pub kind_professional: &'static str,
    pub kind_press: &'static str,
    pub kind_third_party: &'static str,
    /// "read on {date}"
    pub read_on: &'static str,
    pub missing_answers: &'static str,
    pub next_steps: &'static str,
    pub compare_steps_title: &'static str,
    pub framework_states: &'static str,
    pub overseas_subject: &'static str,
    pub overseas_body: &'static str,
    // Staffing comparison.
    pub start_compare_button: &'static str,
    pub start_compare_intro: &'static str,
    pub pay_question: &'static str,
    pub pay_hint: &'static str,
    pub wage_label: &'static str,
    pub hours_label: &'static str,
    pub kind_legend: &'static str,
    pub tax_label: &'static str,
    pub tax_hint: &'static str,
    pub optional_legend: &'static str,
    pub flexi_wage_label: &'static str,
    pub flexi_wage_hint: &'static str,
    pub student_wage_label: &'static str,
    pub student_wage_hint: &'static str,
    pub extra_days_label: &'static str,
    pub extra_days_hint: &'static str,
    pub student_hours_label: &'static str,
    pub student_hours_hint: &'static str,
    pub days_label: &'static str,
    pub days_hint: &'static str,
    pub main_pay_label: &'static str,
    pub main_pay_hint: &'static str,
    pub partner_legend: &'static str,
    /// No partner, a partner with an income, a partner without income.
    pub partners: [&'static str; 3],
    pub children_label: &'static str,
    pub days_error: &'static str,
    pub month_days_error: &'static str,
    pub children_error: &'static str,
    pub number_error: &'static str,
    pub kinds: [&'static str; 2],
    pub compare_title: &'static str,
    pub compare_intro: &'static str,
    pub regimes: [&'static str; 4],
    pub col_regime: &'static str,
    pub col_cost_hour: &'static str,
    /// The gross wage an hour each regime assumes.
    pub col_gross_hour: &'static str,
    /// Under the ordinary net: "{amount} after the yearly tax (estimate)".
    pub after_tax: &'static str,
    pub col_net_hour: &'static str,
    pub col_cost_shift: &'static str,
    pub col_net_shift: &'static str,
    pub not_available: &'static str,
    pub figure_unknown: &'static str,
    pub chart_title: &'static str,
    pub chart_cost: &'static str,
    pub chart_net: &'static str,
    pub components_summary: &'static str,
    pub compare_caveat: &'static str,
    // Rules page and errors.
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    pub bad_link_title: &'static str,
    pub bad_link_text: &'static str,
}

/// The interface's texts in `l`, from its catalog.
fn texts_in(l: Lang) -> Texts {
    let t = |m: Tr| m.get(l);
    Texts {
        skip_link: t(msg::UI_SKIP_LINK),
        brand_tagline: t(msg::UI_BRAND_TAGLINE),
        privacy: t(msg::UI_PRIVACY),
        verified_until: t(msg::UI_VERIFIED_UNTIL),
        rules_link: t(msg::UI_RULES_LINK),
        back: t(msg::UI_BACK),
        continue_: t(msg::UI_CONTINUE_),
        start_again: t(msg::UI_START_AGAIN),
        error_title: t(msg::UI_ERROR_TITLE),
        error_prefix: t(msg::UI_ERROR_PREFIX),
        change: t(msg::UI_CHANGE),
        optional: t(msg::UI_OPTIONAL),
        yes: t(msg::UI_YES),
        no: t(msg::UI_NO),
        you: Person {
            pension_question: t(msg::UI_YOU_PENSION_QUESTION),
            pension_since_question: t(msg::UI_YOU_PENSION_SINCE_QUESTION),
            work_t3_question: t(msg::UI_YOU_WORK_T3_QUESTION),
            other_question: t(msg::UI_YOU_OTHER_QUESTION),
            notice_question: t(msg::UI_YOU_NOTICE_QUESTION),
            linked_question: t(msg::UI_YOU_LINKED_QUESTION),
            income_question: t(msg::UI_YOU_INCOME_QUESTION),
            income_hint: t(msg::UI_YOU_INCOME_HINT),
            earliest: t(msg::UI_YOU_EARLIEST),
            step_mycareer: t(msg::UI_YOU_STEP_MYCAREER),
            step_mycareer_pensioner: t(msg::UI_YOU_STEP_MYCAREER_PENSIONER),
            step_ask_framework: t(msg::UI_YOU_STEP_ASK_FRAMEWORK),
            t3_find_out: t(msg::UI_YOU_T3_FIND_OUT),
            linked_find_out: t(msg::UI_YOU_LINKED_FIND_OUT),
            income_find_out: t(msg::UI_YOU_INCOME_FIND_OUT),
            step_overseas: t(msg::UI_YOU_STEP_OVERSEAS),
            overseas_link: t(msg::UI_YOU_OVERSEAS_LINK),
        },
        they: Person {
            pension_question: t(msg::UI_THEY_PENSION_QUESTION),
            pension_since_question: t(msg::UI_THEY_PENSION_SINCE_QUESTION),
            work_t3_question: t(msg::UI_THEY_WORK_T3_QUESTION),
            other_question: t(msg::UI_THEY_OTHER_QUESTION),
            notice_question: t(msg::UI_THEY_NOTICE_QUESTION),
            linked_question: t(msg::UI_THEY_LINKED_QUESTION),
            income_question: t(msg::UI_THEY_INCOME_QUESTION),
            income_hint: t(msg::UI_THEY_INCOME_HINT),
            earliest: t(msg::UI_THEY_EARLIEST),
            step_mycareer: t(msg::UI_THEY_STEP_MYCAREER),
            step_mycareer_pensioner: t(msg::UI_THEY_STEP_MYCAREER_PENSIONER),
            step_ask_framework: t(msg::UI_THEY_STEP_ASK_FRAMEWORK),
            t3_find_out: t(msg::UI_THEY_T3_FIND_OUT),
            linked_find_out: t(msg::UI_THEY_LINKED_FIND_OUT),
            income_find_out: t(msg::UI_THEY_INCOME_FIND_OUT),
            step_overseas: t(msg::UI_THEY_STEP_OVERSEAS),
            overseas_link: t(msg::UI_THEY_OVERSEAS_LINK),
        },
        role_question: t(msg::UI_ROLE_QUESTION),
        role_hint: t(msg::UI_ROLE_HINT),
        role_choices: [t(msg::UI_ROLE_CHOICES_0), t(msg::UI_ROLE_CHOICES_1)],
        short_role: t(msg::UI_SHORT_ROLE),
        start_title: t(msg::UI_START_TITLE),
        start_intro: t(msg::UI_START_INTRO),
        start_for_whom: t(msg::UI_START_FOR_WHOM),
        start_button: t(msg::UI_START_BUTTON),
        start_not_advice: t(msg::UI_START_NOT_ADVICE),
        date_question: t(msg::UI_DATE_QUESTION),
        compare_date_question: t(msg::UI_COMPARE_DATE_QUESTION),
        date_hint: t(msg::UI_DATE_HINT),
        date_error_missing: t(msg::UI_DATE_ERROR_MISSING),
        date_error_bad: t(msg::UI_DATE_ERROR_BAD),
        number_ambiguous: t(msg::UI_NUMBER_AMBIGUOUS),
        number_grouping: t(msg::UI_NUMBER_GROUPING),
        number_point_thousands: t(msg::UI_NUMBER_POINT_THOUSANDS),
        sector_found_many: t(msg::UI_SECTOR_FOUND_MANY),
        sector_found_one: t(msg::UI_SECTOR_FOUND_ONE),
        sector_help_summary: t(msg::UI_SECTOR_HELP_SUMMARY),
        sector_help_text: t(msg::UI_SECTOR_HELP_TEXT),
        sector_common: t(msg::UI_SECTOR_COMMON),
        more_about_this: t(msg::UI_MORE_ABOUT_THIS),
        linked_more: t(msg::UI_LINKED_MORE),
        what_would_change: t(msg::UI_WHAT_WOULD_CHANGE),
        earliest_day: t(msg::UI_EARLIEST_DAY),
        would_change_if: t(msg::UI_WOULD_CHANGE_IF),
        compare_instead: t(msg::UI_COMPARE_INSTEAD),
        print_result: t(msg::UI_PRINT_RESULT),
        unknown_choice: t(msg::UI_UNKNOWN_CHOICE),
        if_title: t(msg::UI_IF_TITLE),
        if_detail: t(msg::UI_IF_DETAIL),
        condition_t3: t(msg::UI_CONDITION_T3),
        condition_linked: t(msg::UI_CONDITION_LINKED),
        pension_since_error_missing: t(msg::UI_PENSION_SINCE_ERROR_MISSING),
        sector_question: t(msg::UI_SECTOR_QUESTION),
        compare_sector_question: t(msg::UI_COMPARE_SECTOR_QUESTION),
        sector_hint: t(msg::UI_SECTOR_HINT),
        sector_search_label: t(msg::UI_SECTOR_SEARCH_LABEL),
        sector_pick: t(msg::UI_SECTOR_PICK),
        sector_none_found: t(msg::UI_SECTOR_NONE_FOUND),
        sector_chosen: t(msg::UI_SECTOR_CHOSEN),
        sector_error_missing: t(msg::UI_SECTOR_ERROR_MISSING),
        sector_error_bad: t(msg::UI_SECTOR_ERROR_BAD),
        sector_error_unknown: t(msg::UI_SECTOR_ERROR_UNKNOWN),
        sector_error_abolished: t(msg::UI_SECTOR_ERROR_ABOLISHED),
        function_question: t(msg::UI_FUNCTION_QUESTION),
        function_hint: t(msg::UI_FUNCTION_HINT),
        functions: [
            t(msg::UI_FUNCTIONS_0),
            t(msg::UI_FUNCTIONS_1),
            t(msg::UI_FUNCTIONS_2),
            t(msg::UI_FUNCTIONS_3),
            t(msg::UI_FUNCTIONS_4),
            t(msg::UI_FUNCTIONS_5),
            t(msg::UI_FUNCTIONS_6),
        ],
        choice_error: t(msg::UI_CHOICE_ERROR),
        pension_hint: t(msg::UI_PENSION_HINT),
        pension_since_hint: t(msg::UI_PENSION_SINCE_HINT),
        work_t3_hint: t(msg::UI_WORK_T3_HINT),
        work_t4_hint: t(msg::UI_WORK_T4_HINT),
        percent_error: t(msg::UI_PERCENT_ERROR),
        foreign_question: t(msg::UI_FOREIGN_QUESTION),
        foreign_hint: t(msg::UI_FOREIGN_HINT),
        other_hint: t(msg::UI_OTHER_HINT),
        other_choices: [t(msg::UI_OTHER_CHOICES_0), t(msg::UI_OTHER_CHOICES_1), t(msg::UI_OTHER_CHOICES_2)],
        notice_hint: t(msg::UI_NOTICE_HINT),
        linked_hint: t(msg::UI_LINKED_HINT),
        linked_choices: [t(msg::UI_LINKED_CHOICES_0), t(msg::UI_LINKED_CHOICES_1), t(msg::UI_LINKED_CHOICES_2)],
        amount_error: t(msg::UI_AMOUNT_ERROR),
        check_title: t(msg::UI_CHECK_TITLE),
        check_submit: t(msg::UI_CHECK_SUBMIT),
        not_answered: t(msg::UI_NOT_ANSWERED),
        short_date: t(msg::UI_SHORT_DATE),
        short_sector: t(msg::UI_SHORT_SECTOR),
        short_function: t(msg::UI_SHORT_FUNCTION),
        short_pension: t(msg::UI_SHORT_PENSION),
        short_pension_since: t(msg::UI_SHORT_PENSION_SINCE),
        short_t3: t(msg::UI_SHORT_T3),
        short_t4: t(msg::UI_SHORT_T4),
        short_foreign: t(msg::UI_SHORT_FOREIGN),
        short_other: t(msg::UI_SHORT_OTHER),
        short_notice: t(msg::UI_SHORT_NOTICE),
        short_linked: t(msg::UI_SHORT_LINKED),
        short_income: t(msg::UI_SHORT_INCOME),
        period: t(msg::UI_PERIOD),
        verdicts: [t(msg::UI_VERDICTS_0), t(msg::UI_VERDICTS_1), t(msg::UI_VERDICTS_2), t(msg::UI_VERDICTS_3)],
        verdict_details: [
            t(msg::UI_VERDICT_DETAILS_0),
            t(msg::UI_VERDICT_DETAILS_1),
            t(msg::UI_VERDICT_DETAILS_2),
            t(msg::UI_VERDICT_DETAILS_3),
        ],
        quarter_line: t(msg::UI_QUARTER_LINE),
        rules_as_of: t(msg::UI_RULES_AS_OF),
        ceiling_left: t(msg::UI_CEILING_LEFT),
        ceiling_amount: t(msg::UI_CEILING_AMOUNT),
        confidence_low: t(msg::UI_CONFIDENCE_LOW),
        confidences: [t(msg::UI_CONFIDENCES_0), t(msg::UI_CONFIDENCES_1), t(msg::UI_CONFIDENCES_2)],
        changes_title: t(msg::UI_CHANGES_TITLE),
        changes_intro: t(msg::UI_CHANGES_INTRO),
        changes_quarter: t(msg::UI_CHANGES_QUARTER),
        start_whats_new: t(msg::UI_START_WHATS_NEW),
        stale: t(msg::UI_STALE),
        worth_knowing: t(msg::UI_WORTH_KNOWING),
        why: t(msg::UI_WHY),
        outcomes: [t(msg::UI_OUTCOMES_0), t(msg::UI_OUTCOMES_1), t(msg::UI_OUTCOMES_2), t(msg::UI_OUTCOMES_3)],
        in_force: t(msg::UI_IN_FORCE),
        amounts_title: t(msg::UI_AMOUNTS_TITLE),
        rules_heading: t(msg::UI_RULES_HEADING),
        source: t(msg::UI_SOURCE),
        sources_title: t(msg::UI_SOURCES_TITLE),
        sources_intro: t(msg::UI_SOURCES_INTRO),
        kind_official: t(msg::UI_KIND_OFFICIAL),
        kind_professional: t(msg::UI_KIND_PROFESSIONAL),
        kind_press: t(msg::UI_KIND_PRESS),
        kind_third_party: t(msg::UI_KIND_THIRD_PARTY),
        read_on: t(msg::UI_READ_ON),
        missing_answers: t(msg::UI_MISSING_ANSWERS),
        next_steps: t(msg::UI_NEXT_STEPS),
        compare_steps_title: t(msg::UI_COMPARE_STEPS_TITLE),
        framework_states: t(msg::UI_FRAMEWORK_STATES),
        overseas_subject: t(msg::UI_OVERSEAS_SUBJECT),
        overseas_body: t(msg::UI_OVERSEAS_BODY),
        start_compare_button: t(msg::UI_START_COMPARE_BUTTON),
        start_compare_intro: t(msg::UI_START_COMPARE_INTRO),
        pay_question: t(msg::UI_PAY_QUESTION),
        pay_hint: t(msg::UI_PAY_HINT),
        wage_label: t(msg::UI_WAGE_LABEL),
        hours_label: t(msg::UI_HOURS_LABEL),
        kind_legend: t(msg::UI_KIND_LEGEND),
        tax_label: t(msg::UI_TAX_LABEL),
        tax_hint: t(msg::UI_TAX_HINT),
        optional_legend: t(msg::UI_OPTIONAL_LEGEND),
        flexi_wage_label: t(msg::UI_FLEXI_WAGE_LABEL),
        flexi_wage_hint: t(msg::UI_FLEXI_WAGE_HINT),
        student_wage_label: t(msg::UI_STUDENT_WAGE_LABEL),
        student_wage_hint: t(msg::UI_STUDENT_WAGE_HINT),
        extra_days_label: t(msg::UI_EXTRA_DAYS_LABEL),
        extra_days_hint: t(msg::UI_EXTRA_DAYS_HINT),
        student_hours_label: t(msg::UI_STUDENT_HOURS_LABEL),
        student_hours_hint: t(msg::UI_STUDENT_HOURS_HINT),
        days_label: t(msg::UI_DAYS_LABEL),
        days_hint: t(msg::UI_DAYS_HINT),
        main_pay_label: t(msg::UI_MAIN_PAY_LABEL),
        main_pay_hint: t(msg::UI_MAIN_PAY_HINT),
        partner_legend: t(msg::UI_PARTNER_LEGEND),
        partners: [t(msg::UI_PARTNERS_0), t(msg::UI_PARTNERS_1), t(msg::UI_PARTNERS_2)],
        children_label: t(msg::UI_CHILDREN_LABEL),
        days_error: t(msg::UI_DAYS_ERROR),
        month_days_error: t(msg::UI_MONTH_DAYS_ERROR),
        children_error: t(msg::UI_CHILDREN_ERROR),
        number_error: t(msg::UI_NUMBER_ERROR),
        kinds: [t(msg::UI_KINDS_0), t(msg::UI_KINDS_1)],
        compare_title: t(msg::UI_COMPARE_TITLE),
        compare_intro: t(msg::UI_COMPARE_INTRO),
        regimes: [t(msg::UI_REGIMES_0), t(msg::UI_REGIMES_1), t(msg::UI_REGIMES_2), t(msg::UI_REGIMES_3)],
        col_regime: t(msg::UI_COL_REGIME),
        col_cost_hour: t(msg::UI_COL_COST_HOUR),
        col_gross_hour: t(msg::UI_COL_GROSS_HOUR),
        after_tax: t(msg::UI_AFTER_TAX),
        col_net_hour: t(msg::UI_COL_NET_HOUR),
        col_cost_shift: t(msg::UI_COL_COST_SHIFT),
        col_net_shift: t(msg::UI_COL_NET_SHIFT),
        not_available: t(msg::UI_NOT_AVAILABLE),
        figure_unknown: t(msg::UI_FIGURE_UNKNOWN),
        chart_title: t(msg::UI_CHART_TITLE),
        chart_cost: t(msg::UI_CHART_COST),
        chart_net: t(msg::UI_CHART_NET),
        components_summary: t(msg::UI_COMPONENTS_SUMMARY),
        compare_caveat: t(msg::UI_COMPARE_CAVEAT),
        rules_title: t(msg::UI_RULES_TITLE),
        rules_intro: t(msg::UI_RULES_INTRO),
        bad_link_title: t(msg::UI_BAD_LINK_TITLE),
        bad_link_text: t(msg::UI_BAD_LINK_TEXT),
    }
}

/// `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let values: Vec<(&str, &dyn std::fmt::Display)> = values.iter().map(|(key, value)| (*key, value as &dyn std::fmt::Display)).collect();
    crate::rules::language::fill(template, &values)
}

impl Texts {
    /// The texts that speak to the worker, or to an employer about the worker.
    pub fn person(&self, employer: bool) -> &Person {
        if employer { &self.they } else { &self.you }
    }

    pub fn verdict(&self, verdict: Verdict) -> (&'static str, &'static str) {
        let i = match verdict {
            Verdict::Eligible => 0,
            Verdict::NotEligible => 1,
            Verdict::Conditional => 2,
            Verdict::Incomplete => 3,
        };
        (self.verdicts[i], self.verdict_details[i])
    }

    pub fn confidence_label(&self, confidence: crate::rules::dated::Confidence) -> &'static str {
        use crate::rules::dated::Confidence;
        self.confidences[match confidence {
            Confidence::High => 0,
            Confidence::Medium => 1,
            Confidence::Low => 2,
        }]
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        self.outcomes[match outcome {
            Outcome::Met => 0,
            Outcome::NotMet => 1,
            Outcome::Warning => 2,
            Outcome::Unknown => 3,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_each_language_writes_them() {
        assert_eq!(Lang::En.euros("18440"), "€18,440");
        assert_eq!(Lang::Nl.euros("1234.5"), "€\u{a0}1.234,50");
        assert_eq!(Lang::Fr.euros("18440.00"), "18\u{202f}440,00\u{a0}€");
    }

    #[test]
    fn dates_and_languages() {
        let d = chrono::NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        assert_eq!(Lang::Nl.date(d), "15 januari 2025");
        assert_eq!(Lang::Fr.date(d), "15 janvier 2025");
        assert_eq!(Lang::from_tag("nl-BE"), Lang::Nl);
        assert_eq!(Lang::from_tag("FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("de"), Lang::De);
        assert_eq!(Lang::from_tag("it"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn templates_name_the_same_placeholders_in_every_language() {
        let placeholders = |t: &str| ["{q}", "{date}", "{from}", "{to}", "{amount}", "{n}"].iter().filter(|p| t.contains(*p)).count();
        let pick = |t: &Texts| [t.verified_until, t.you.work_t3_question, t.they.work_t3_question, t.you.other_question, t.they.other_question, t.they.earliest, t.quarter_line, t.rules_as_of, t.you.earliest, t.ceiling_left, t.ceiling_amount, t.in_force, t.overseas_subject, t.overseas_body, t.earliest_day, t.sector_found_many, t.condition_t3];
        for other in [Lang::Nl, Lang::Fr, Lang::De] {
            for (en, other) in pick(Lang::En.texts()).iter().zip(pick(other.texts())) {
                assert_eq!(placeholders(en), placeholders(other), "{en} / {other}");
            }
        }
        assert_eq!(fill("a {q} b {q}", &[("q", "2025-Q1")]), "a 2025-Q1 b 2025-Q1");
    }
}
