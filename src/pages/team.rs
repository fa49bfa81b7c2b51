//! "Check a team": the date and the sector once, then the team as a spreadsheet; every worker's answer
//! in a table, with counts, a filter, a link to each worker's full result, and the table to download.
//! A row that cannot be read is that row's problem, never the file's.

use crate::rules::msg;
use super::question::error_text;
use super::result::{condition_texts, decide};
use super::{escape, View};
use crate::journey::{encode, Answers, Journey, Page, MAX_QUERY};
use crate::locale::Lang;
use crate::rules::language::Tr;
use crate::rules::{Outcome, Verdict};
use crate::team::{answer, read, template, TableError, Team, TeamRow};

const TITLE: Tr = msg::TEAM_PAGE_TITLE;
const INTRO: Tr = msg::TEAM_PAGE_INTRO;
const DATE_LABEL: Tr = msg::TEAM_PAGE_DATE_LABEL;
const DATE_HINT: Tr = msg::TEAM_PAGE_DATE_HINT;
const SECTOR_LABEL: Tr = msg::TEAM_PAGE_SECTOR_LABEL;
const SECTOR_HINT: Tr = msg::TEAM_PAGE_SECTOR_HINT;
const FILE_LABEL: Tr = msg::TEAM_PAGE_FILE_LABEL;
const ROWS_LABEL: Tr = msg::TEAM_PAGE_ROWS_LABEL;
const ROWS_HINT: Tr = msg::TEAM_PAGE_ROWS_HINT;
const TEMPLATE: Tr = msg::TEAM_PAGE_TEMPLATE;
const CHECK: Tr = msg::TEAM_PAGE_CHECK;
const RESULTS: Tr = msg::TEAM_PAGE_RESULTS;
const DOWNLOAD: Tr = msg::TEAM_PAGE_DOWNLOAD;
const PRINT: Tr = msg::TEAM_PAGE_PRINT;
const FILTER: Tr = msg::TEAM_PAGE_FILTER;
const ALL: Tr = msg::TEAM_PAGE_ALL;
const OPEN: Tr = msg::TEAM_PAGE_OPEN;
const HEAD: [Tr; 7] = [
    msg::TEAM_PAGE_WORKER,
    msg::TEAM_PAGE_FLEXI_WORK,
    msg::TEAM_PAGE_WHY,
    msg::TEAM_PAGE_ALLOWED_FROM,
    msg::TEAM_PAGE_TAX_FREE_ROOM_LEFT,
    msg::TEAM_PAGE_WORTH_KNOWING,
    msg::TEAM_PAGE_RESULT,
];
const TABLE_ERRORS: [(TableError, Tr); 4] = [
    (TableError::Empty, msg::TEAM_PAGE_THE_TABLE_IS_EMPTY_PASTE),
    (TableError::TooLarge, msg::TEAM_PAGE_THE_TABLE_IS_LARGER_THAN),
    (TableError::TooManyRows, msg::TEAM_PAGE_THE_TABLE_HAS_MORE_THAN),
    (TableError::NoKnownColumn, msg::TEAM_PAGE_NO_COLUMN_OF_THE_FIRST),
];

/// A worker's answer, as the table shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RowVerdict {
    Allowed,
    AllowedIf,
    NotAllowed,
    /// An answer the rules need is not in the table.
    Missing,
    /// A cell could not be read.
    Unreadable,
}

impl RowVerdict {
    pub const ALL: [RowVerdict; 5] = [RowVerdict::Allowed, RowVerdict::AllowedIf, RowVerdict::NotAllowed, RowVerdict::Missing, RowVerdict::Unreadable];

    pub fn slug(self) -> &'static str {
        match self {
            RowVerdict::Allowed => "allowed",
            RowVerdict::AllowedIf => "allowed-if",
            RowVerdict::NotAllowed => "not-allowed",
            RowVerdict::Missing => "missing",
            RowVerdict::Unreadable => "unreadable",
        }
    }

    fn word(self) -> Tr {
        match self {
            RowVerdict::Allowed => msg::TEAM_PAGE_ALLOWED,
            RowVerdict::AllowedIf => msg::TEAM_PAGE_ALLOWED_IF,
            RowVerdict::NotAllowed => msg::TEAM_PAGE_NOT_ALLOWED,
            RowVerdict::Missing => msg::TEAM_PAGE_AN_ANSWER_IS_MISSING,
            RowVerdict::Unreadable => msg::TEAM_PAGE_CANNOT_BE_READ,
        }
    }

    /// "18 may work", "4 may not" …: the counts line.
    fn count(self, n: usize, lang: Lang) -> String {
        // (one, more)
        let (one, more) = match self {
            RowVerdict::Allowed => (msg::TEAM_PAGE_MAY_WORK, msg::TEAM_PAGE_MAY_WORK_2),
            RowVerdict::AllowedIf => (
                msg::TEAM_PAGE_MAY_WORK_IF_A_CONDITION,
                msg::TEAM_PAGE_MAY_WORK_IF_A_CONDITION_2,
            ),
            RowVerdict::NotAllowed => (msg::TEAM_PAGE_MAY_NOT, msg::TEAM_PAGE_MAY_NOT_2),
            RowVerdict::Missing => (msg::TEAM_PAGE_NEEDS_AN_ANSWER, msg::TEAM_PAGE_NEED_AN_ANSWER),
            RowVerdict::Unreadable => (msg::TEAM_PAGE_ROW_CANNOT_BE_READ, msg::TEAM_PAGE_ROWS_CANNOT_BE_READ),
        };
        format!("{} {}", lang.number(n), if n == 1 { one } else { more }.get(lang))
    }
}

/// One worker's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowResult {
    pub line: usize,
    pub name: String,
    pub verdict: RowVerdict,
    /// The rule that decided, or the condition, or what is missing or unreadable, in one sentence.
    pub why: String,
    /// When not allowed: from which quarter it would be, if nothing else changes.
    pub earliest: String,
    pub room: String,
    pub warnings: Vec<String>,
    /// The worker's answers (without the name), for the full result; none when a cell cannot be read
    /// or an answer is missing.
    pub answers: Option<Answers>,
}

impl RowResult {
    /// The answer in words, as the table and the download write it.
    pub fn verdict_word(&self, lang: Lang) -> &'static str {
        self.verdict.word().get(lang)
    }

    /// The worker's full result: the single-worker result page's link (written only for the rows on
    /// screen), unless it would be too long for an address.
    pub fn result_link(&self, lang: Lang) -> Option<String> {
        let answers = self.answers.clone()?;
        let query = Journey { page: Page::Result, lang: Some(lang.code().to_string()), returning: false, answers }.to_query();
        (query.len() <= MAX_QUERY).then_some(query)
    }
}

/// The team-level answers with one worker's row: the questionnaire's answers for that worker.
fn answers_of(base: &Answers, team: &Team, row: &TeamRow) -> Answers {
    let mut answers = base.clone();
    for (key, cell) in team.keys.iter().zip(&row.cells) {
        let (Some(key), cell) = (key.filter(|k| *k != "name"), cell.trim()) else { continue };
        // The first column for a key that has a value speaks (two "T-3" columns: the first).
        if !cell.is_empty() && answers.get(key).is_none() {
            answers.set(key, &answer(key, cell));
        }
    }
    answers
}

/// The page a key is asked on.
fn page_of(key: &str) -> Option<Page> {
    Page::ALL.into_iter().find(|p| p.answer_key() == Some(key))
}

/// A row as the rules see it: its answers, the cells that cannot be read, and the assessment with the
/// decision the result page would take.
struct Judged {
    answers: Answers,
    /// (column, its page, why) for each cell the questionnaire would refuse.
    unreadable: Vec<(usize, Page, crate::journey::AnswerError)>,
    assessment: Option<(crate::rules::Assessment, super::result::Decision)>,
    verdict: RowVerdict,
}

fn judge(lang: Lang, base: &Answers, team: &Team, row: &TeamRow) -> Judged {
    judge_answers(lang, answers_of(base, team, row), team, row)
}

/// `judge` with the row's answers already gathered.
fn judge_answers(lang: Lang, answers: Answers, team: &Team, row: &TeamRow) -> Judged {
    let unreadable: Vec<_> = team
        .keys
        .iter()
        .enumerate()
        .filter_map(|(i, key)| {
            let page = page_of(key.filter(|k| *k != "name")?)?;
            row.cells.get(i).map(|c| c.trim()).filter(|c| !c.is_empty())?;
            Some((i, page, answers.check(page).err()?))
        })
        .collect();
    if !unreadable.is_empty() {
        return Judged { answers, unreadable, assessment: None, verdict: RowVerdict::Unreadable };
    }
    let Some(assessment) = answers.assessment_in(lang) else {
        return Judged { answers, unreadable, assessment: None, verdict: RowVerdict::Missing };
    };
    let decision = decide(&answers, &assessment);
    let verdict = match decision.verdict {
        Verdict::NotEligible => RowVerdict::NotAllowed,
        _ if decision.gap.is_some() => RowVerdict::Missing,
        // A decision outside the rules, or an "I don't know" the answer rests on.
        _ if decision.verdict == Verdict::Conditional || decision.rests_on_unknowns => RowVerdict::AllowedIf,
        Verdict::Eligible => RowVerdict::Allowed,
        Verdict::Incomplete | Verdict::Conditional => RowVerdict::Missing,
    };
    Judged { answers, unreadable, assessment: Some((assessment, decision)), verdict }
}

/// A worker's answer alone, without its words: the rules run without writing a sentence, so that a
/// team of thousands is counted at once and only the rows on screen are written out.
pub fn verdict(base: &Answers, team: &Team, row: &TeamRow) -> RowVerdict {
    verdict_of(answers_of(base, team, row), team, row)
}

/// `verdict` with the row's answers already gathered.
fn verdict_of(answers: Answers, team: &Team, row: &TeamRow) -> RowVerdict {
    let _words = crate::rules::language::hush();
    judge_answers(Lang::En, answers, team, row).verdict
}

/// A worker's answer, in words.
pub fn row(lang: Lang, base: &Answers, team: &Team, row: &TeamRow) -> RowResult {
    let t = lang.texts();
    // A row says which rule decided, never which pages it rests on: no source is looked up.
    let _unsourced = crate::rules::language::unsourced();
    let Judged { answers, unreadable, assessment, verdict } = judge(lang, base, team, row);
    let name = row.value(team, "name").map(str::to_string).unwrap_or_else(|| format!("#{}", row.line));
    let empty = |why: String| RowResult { line: row.line, name: name.clone(), verdict, why, earliest: String::new(), room: String::new(), warnings: Vec::new(), answers: None };
    let Some((assessment, decision)) = assessment else {
        if unreadable.is_empty() {
            return empty(t.missing_answers.to_string());
        }
        // A cell that cannot be read: its row's problem, named by line, column and value.
        let problems: Vec<String> = unreadable
            .iter()
            .map(|(i, page, error)| {
                let cell: String = row.cells[*i].trim().chars().take(40).collect();
                format!("{} {}, {}: \"{cell}\": {}", ROW.get(lang), row.line, team.headers[*i].trim(), error_text(t, *page, error))
            })
            .collect();
        return empty(problems.join(" "));
    };
    let why = match verdict {
        RowVerdict::NotAllowed => assessment.reasons.iter().filter(|r| r.outcome == Outcome::NotMet).map(|r| r.explanation.as_str()).collect::<Vec<_>>().join(" "),
        RowVerdict::Missing => missing_question(lang, &answers, decision.gap),
        RowVerdict::AllowedIf => condition_texts(t, lang, &decision, &assessment).join(" "),
        // The route that allowed it: the pension, or the work in T-3.
        RowVerdict::Allowed => {
            let route = ["pensioner_t2", "pensioner_in_quarter", "employment_t3"];
            assessment.reasons.iter().find(|r| route.contains(&r.rule) && r.outcome == Outcome::Met).map(|r| r.explanation.clone()).unwrap_or_default()
        }
        RowVerdict::Unreadable => String::new(),
    };
    let earliest = assessment.earliest_eligible_quarter.filter(|_| verdict == RowVerdict::NotAllowed).map(|q| lang.quarter(q.first_day())).unwrap_or_default();
    let room = room(lang, &answers, &assessment);
    let mut warnings: Vec<String> = assessment
        .reasons
        .iter()
        .filter(|r| matches!(r.rule, "early_pension_limit" | "pensioner_flexi_tax_report" | "childcare_volume_cap") || (r.rule == "tax_ceiling" && r.outcome == Outcome::Warning))
        .map(|r| super::result::rule_title(lang, r.rule).to_string())
        .collect();
    if assessment.confidence == crate::rules::dated::Confidence::Low {
        warnings.push(t.confidence_label(crate::rules::dated::Confidence::Low).to_string());
    }
    RowResult { line: row.line, name, verdict, why, earliest, room, warnings, answers: Some(answers) }
}

/// Every worker's answer, in words.
pub fn rows(lang: Lang, base: &Answers, team: &Team) -> Vec<RowResult> {
    team.rows.iter().map(|r| row(lang, base, team, r)).collect()
}

/// A team read and counted: every worker's verdict, the words written only for the rows shown.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub team: Team,
    /// The date and sector the team is checked for.
    pub base: Answers,
    pub verdicts: Vec<RowVerdict>,
}

/// Reads a team and gives every worker's verdict, for the page's date and sector.
pub fn check(text: &str, answers: &Answers) -> Result<Checked, TableError> {
    let team = read(text)?;
    let base = base_answers(answers);
    // Workers whose cells say the same get the same verdict: each is judged once, and a row like one
    // judged before costs no answers at all (most rows of a large team are).
    let speaking = Speaking::of(&team);
    let mut judged: std::collections::HashMap<Vec<&str>, RowVerdict, crate::rules::fnv::Fnv> = std::collections::HashMap::default();
    let verdicts = team
        .rows
        .iter()
        .map(|r| {
            let key = speaking.cells(r);
            if let Some(verdict) = judged.get(&key) {
                return *verdict;
            }
            let verdict = verdict_of(answers_of(&base, &team, r), &team, r);
            judged.insert(key, verdict);
            verdict
        })
        .collect();
    Ok(Checked { team, base, verdicts })
}

/// Which cells of a row decide its verdict, as `answers_of` reads them.
struct Speaking {
    /// Each column's answer key (none for the name and for columns the team does not use).
    keys: Vec<Option<&'static str>>,
    /// Whether a key has several columns (then the first with a value speaks).
    repeated: bool,
}

impl Speaking {
    fn of(team: &Team) -> Speaking {
        let keys: Vec<_> = team.keys.iter().map(|k| k.filter(|k| *k != "name")).collect();
        let repeated = keys.iter().enumerate().any(|(i, k)| k.is_some() && keys[..i].contains(k));
        Speaking { keys, repeated }
    }

    /// For each column, the cell if it gives its answer, else "". The flexi pay so far decides
    /// nothing but whether it can be read (it only adds the ceiling's line), so a readable amount
    /// counts as none.
    fn cells<'t>(&self, row: &'t TeamRow) -> Vec<&'t str> {
        let cells: Vec<&str> = row.cells.iter().map(|c| c.trim()).collect();
        self.keys
            .iter()
            .zip(&cells)
            .enumerate()
            .map(|(i, (key, cell))| match key {
                Some(key) if !cell.is_empty() => {
                    let earlier = self.repeated && self.keys[..i].iter().zip(&cells).any(|(k, c)| k == &Some(*key) && !c.is_empty());
                    match *key {
                        _ if earlier => "",
                        "income" if pay_so_far_is_readable(cell) => "",
                        _ => cell,
                    }
                }
                _ => "",
            })
            .collect()
    }
}

/// A cell of flexi pay so far the questionnaire would take as an amount ("I don't know" is not one).
fn pay_so_far_is_readable(cell: &str) -> bool {
    let value = answer("income", cell);
    let value = value.trim();
    value != crate::journey::UNKNOWN && crate::journey::flexi_pay_so_far(&Some(value.to_string())).is_ok()
}

const ROW: Tr = msg::TEAM_PAGE_ROW;

/// The tax-free room left that year: known, the whole ceiling when the pay so far is not given, none
/// for a pensioner, or not yet published.
fn room(lang: Lang, answers: &Answers, assessment: &crate::rules::Assessment) -> String {
    let year = assessment.quarter.year();
    match &assessment.ceiling {
        Some(c) => match c.remaining {
            Some(left) => lang.euro(left),
            None => format!("{} {}", msg::TEAM_PAGE_UP_TO.get(lang), lang.euro(c.amount)),
        },
        None if answers.pensioner.as_deref() == Some("yes") => msg::TEAM_PAGE_NO_CEILING_PENSION.get(lang).to_string(),
        None if year >= 2024 => format!("{year}{}", msg::TEAM_PAGE_NOT_PUBLISHED_YET.get(lang)),
        None => msg::TEAM_PAGE_NO_CEILING_BEFORE_2024.get(lang).to_string(),
    }
}

/// The question a row leaves unanswered, as a sentence.
fn missing_question(lang: Lang, answers: &Answers, gap: Option<Page>) -> String {
    let page = gap.unwrap_or_else(|| answers.first_unanswered());
    let question = super::question::wording(lang.texts(), lang, page, answers).0;
    format!("{}: {question}", lang.texts().missing_answers)
}

/// The page.
pub(super) fn team(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let answers = &view.journey.answers;
    let typed = view.typed.unwrap_or(answers);
    let value = |key: &str| typed.get(key).map(String::as_str).unwrap_or_default().to_string();
    // The date as the form asks for it (15/01/2027); the sector as given, a committee or a NACE code.
    let date = typed.get("date").and_then(|d| crate::typed::read_date(d)).map(crate::typed::show_date).unwrap_or_else(|| value("date"));
    let sector = typed.get("pc").or(typed.get("nace")).cloned().unwrap_or_default();
    let problems = view.problems;
    let error_for = |input: &str| problems.iter().find(|p| p.input == input).map(|p| super::question::error_message(t, &format!("{input}-error"), &p.inline)).unwrap_or_default();
    let template_href = format!("data:text/csv;charset=utf-8,{}", encode(&format!("\u{feff}{}", template(lang))));
    let form = format!(
        r#"<form novalidate data-form="team" class="no-print">
<div class="field"><label for="date">{}</label><p id="date-hint" class="hint">{}</p>{}<input id="date" name="date" class="input input-date" value="{}" aria-describedby="date-hint" autocomplete="off"></div>
<div class="field"><label for="pc">{}</label><p id="pc-hint" class="hint">{}</p>{}<input id="pc" name="pc" class="input" value="{}" aria-describedby="pc-hint" autocomplete="off"></div>
<div class="field"><label for="team-file">{}</label>{}<input id="team-file" type="file" accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values" data-action="team-file" aria-describedby="team-kept"><p id="team-kept" class="hint" role="status" data-testid="team-kept">{}</p></div>
<div class="field"><label for="team-rows">{}</label><p id="rows-hint" class="hint">{} <a href="{}" download="flexicheck-team-template.csv" data-testid="team-template">{}</a></p><textarea id="team-rows" name="rows" rows="8" class="input" aria-describedby="rows-hint" spellcheck="false"></textarea></div>
<div class="button-group"><button type="submit" class="button">{}</button></div></form>"#,
        escape(DATE_LABEL.get(lang)),
        escape(DATE_HINT.get(lang)),
        error_for("date"),
        escape(&date),
        escape(SECTOR_LABEL.get(lang)),
        escape(SECTOR_HINT.get(lang)),
        error_for("pc"),
        escape(&sector),
        escape(FILE_LABEL.get(lang)),
        error_for("team-file"),
        escape(&view.team.filter(|t| !in_the_box(t.text)).map(|t| kept(lang, t.text)).unwrap_or_default()),
        escape(ROWS_LABEL.get(lang)),
        escape(ROWS_HINT.get(lang)),
        escape(&template_href),
        escape(TEMPLATE.get(lang)),
        escape(CHECK.get(lang))
    );
    let summary = super::question::error_summary(t, problems);
    let results = match view.team.filter(|team| !team.text.trim().is_empty() && problems.is_empty() && answers.check(Page::Date).is_ok() && answers.check(Page::Sector).is_ok()) {
        None => String::new(),
        Some(team) => {
            // Checked by the caller for this date and sector, or here.
            let fresh;
            let checked = match team.checked.filter(|c| c.as_ref().map_or(true, |c| c.base == base_answers(answers))) {
                Some(checked) => checked,
                None => {
                    fresh = check(team.text, answers);
                    &fresh
                }
            };
            match checked {
                Err(e) => format!(r#"<p class="notice" role="alert" data-testid="team-error">{}</p>"#, escape(table_error(lang, e))),
                Ok(checked) => results(lang, checked, team.filter, team.shown),
            }
        }
    };
    format!(
        r#"{}{summary}<h1 tabindex="-1">{}</h1><p class="lead">{}</p>{form}{results}"#,
        super::back_link(view, &view.restart()),
        escape(TITLE.get(lang)),
        escape(INTRO.get(lang))
    )
}

/// Rows up to this size go back in the rows box to see and edit; a larger team (a file of thousands) is
/// kept in memory and named instead: laying out megabytes of text would take seconds on a phone.
pub const BOX_LIMIT: usize = 64 * 1024;

pub fn in_the_box(text: &str) -> bool {
    text.len() <= BOX_LIMIT
}

/// What is said of a team too large for the box: that it is ready, and how to check another.
pub fn kept(lang: Lang, text: &str) -> String {
    let lines = text.lines().filter(|l| !l.trim().is_empty()).count();
    KEPT.get(lang).replace("{n}", &lang.number(lines))
}

const KEPT: Tr = msg::TEAM_PAGE_KEPT;

/// "Check the team": the date and the sector as the questionnaire reads them (a committee number,
/// else a NACE code), or every problem with them.
pub fn submit(here: &Journey, lang: Lang, date: &str, sector: &str) -> Result<Journey, Box<(Answers, Vec<super::Problem>)>> {
    let t = lang.texts();
    let mut answers = Answers::default();
    answers.set("date", date);
    let sector = sector.trim();
    if crate::rules::committees::looks_like_committee(sector) {
        answers.set("pc", sector);
    } else {
        answers.set("nace", sector);
    }
    let problems: Vec<super::Problem> = [(Page::Date, "date"), (Page::Sector, "pc")]
        .into_iter()
        .filter_map(|(page, input)| {
            let error = answers.check(page).err()?;
            let inline = error_text(t, page, &error);
            Some(super::Problem { summary: inline.clone(), inline, input })
        })
        .collect();
    if problems.is_empty() {
        Ok(Journey { page: Page::Team, lang: here.lang.clone(), returning: false, answers: answers.with_iso_dates() })
    } else {
        Err(Box::new((answers, problems)))
    }
}

/// A file too large to read (it is never read): the message for the error summary and the file input.
pub fn file_too_large(lang: Lang) -> super::Problem {
    let inline = table_error(lang, &TableError::TooLarge).to_string();
    super::Problem { summary: inline.clone(), inline, input: "team-file" }
}

/// The team-level answers: an employer checking workers on one date in one sector.
pub fn base_answers(answers: &Answers) -> Answers {
    let mut base = Answers::default();
    base.set("role", "employer");
    for key in ["date", "pc", "nace"] {
        if let Some(v) = answers.get(key) {
            base.set(key, v);
        }
    }
    base.with_iso_dates()
}

/// How many rows are written out at first, and added by "Show more".
pub const ROWS_SHOWN: usize = 100;

fn table_error(lang: Lang, e: &TableError) -> &'static str {
    TABLE_ERRORS.iter().find(|(k, _)| k == e).map_or("", |(_, m)| m.get(lang))
}

fn results(lang: Lang, checked: &Checked, filter: Option<RowVerdict>, shown: usize) -> String {
    let Checked { team, base, verdicts } = checked;
    let count = |v: RowVerdict| verdicts.iter().filter(|r| **r == v).count();
    let counts: Vec<String> = RowVerdict::ALL.iter().map(|v| (v, count(*v))).filter(|(_, n)| *n > 0).map(|(v, n)| v.count(n, lang)).collect();
    let filters: String = std::iter::once((None, ALL.get(lang), verdicts.len()))
        .chain(RowVerdict::ALL.iter().map(|v| (Some(*v), v.word().get(lang), count(*v))).filter(|(_, _, n)| *n > 0))
        .map(|(v, word, n)| {
            let slug = v.map_or("all", RowVerdict::slug);
            let checked = if v == filter { " checked" } else { "" };
            format!(r#"<label class="filter"><input type="radio" name="team-filter" id="filter-{slug}" value="{slug}" data-action="team-filter"{checked}> {} ({})</label>"#, escape(word), lang.number(n))
        })
        .collect();
    let head: String = HEAD.iter().map(|h| format!(r#"<th scope="col">{}</th>"#, escape(h.get(lang)))).collect();
    let matching: Vec<&TeamRow> = team.rows.iter().zip(verdicts).filter(|(_, v)| filter.is_none_or(|f| f == **v)).map(|(r, _)| r).collect();
    let shown = shown.max(ROWS_SHOWN).min(matching.len());
    let body: String = matching[..shown]
        .iter()
        .map(|r| {
            let r = row(lang, base, team, r);
            let open = r.result_link(lang).map(|q| format!(r#"<a href="{}">{}</a>"#, escape(&q), escape(OPEN.get(lang)))).unwrap_or_default();
            // On a phone each row is a card: every cell says what it is (data-label, shown by CSS).
            let label = |i: usize| escape(HEAD[i].get(lang));
            let cell = |i: usize, text: &str| if text.is_empty() { "<td></td>".to_string() } else { format!(r#"<td data-label="{}">{}</td>"#, label(i), escape(text)) };
            format!(
                r#"<tr class="team-row v-{}" data-verdict="{}"><th scope="row">{}</th><td data-label="{}"><span class="tag tag-{}">{}</span></td>{}{}{}{}{}</tr>"#,
                r.verdict.slug(),
                r.verdict.slug(),
                escape(&r.name),
                label(1),
                r.verdict.slug(),
                escape(r.verdict.word().get(lang)),
                cell(2, &r.why),
                cell(3, &r.earliest),
                cell(4, &r.room),
                cell(5, &r.warnings.join("; ")),
                if open.is_empty() { "<td></td>".to_string() } else { format!(r#"<td data-label="{}">{open}</td>"#, label(6)) }
            )
        })
        .collect();
    let more = if shown < matching.len() {
        let next = ROWS_SHOWN.min(matching.len() - shown);
        format!(
            r#"<p class="team-more no-print"><span data-testid="team-shown">{}</span> <button type="button" class="button button-secondary" data-action="team-more" data-shown="{}">{}</button></p>"#,
            escape(&SHOWING.get(lang).replace("{shown}", &lang.number(shown)).replace("{all}", &lang.number(matching.len()))),
            shown + next,
            escape(&MORE.get(lang).replace("{n}", &lang.number(next)))
        )
    } else {
        String::new()
    };
    format!(
        r#"<section class="team-results" aria-labelledby="team-results-title"><h2 id="team-results-title" tabindex="-1">{}</h2><p class="team-counts" role="status" data-testid="team-counts">{}</p><fieldset class="filters no-print"><legend>{}</legend>{filters}</fieldset><div class="table-scroll"><table class="team-table" data-testid="team-table"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>{more}<p class="no-print"><button type="button" class="button button-secondary" data-action="team-download" data-testid="team-download">{}</button> <button type="button" class="button button-secondary" data-action="print">{}</button></p></section>"#,
        escape(RESULTS.get(lang)),
        escape(&counts.join(", ")),
        escape(FILTER.get(lang)),
        escape(DOWNLOAD.get(lang)),
        escape(PRINT.get(lang))
    )
}

const SHOWING: Tr = msg::TEAM_PAGE_SHOWING;
const MORE: Tr = msg::TEAM_PAGE_MORE;

/// The whole team's table to download, every row in words, with its file name.
pub fn download(lang: Lang, checked: &Checked) -> (String, String) {
    let date = checked.base.get("date").cloned().unwrap_or_default();
    (format!("flexicheck-team-{date}.csv"), format!("\u{feff}{}", export(lang, &checked.team, &rows(lang, &checked.base, &checked.team))))
}

/// The table to download: the team's own columns, then the answer's.
pub fn export(lang: Lang, team: &Team, results: &[RowResult]) -> String {
    let mut out = export_head(lang, team, results.len());
    export_rows(lang, team, &team.rows, results, &mut out);
    out
}

/// The table's header line: the team's own columns, then the answer's; room made for `rows` lines.
fn export_head(lang: Lang, team: &Team, rows: usize) -> String {
    let mut out = String::with_capacity((rows + 1) * 256);
    let head = HEAD[1..6].iter().map(|h| h.get(lang));
    crate::team::write_csv_line(&mut out, team.headers.iter().map(String::as_str).chain(head), team.separator);
    out.push_str("\r\n");
    out
}

/// The table's lines for `rows` (a part of `team`'s) and their answers, written onto `out`.
pub fn export_rows(lang: Lang, team: &Team, rows: &[TeamRow], results: &[RowResult], out: &mut String) {
    for (row, result) in rows.iter().zip(results) {
        // The row's own cells, as many as the header has, then the answer's.
        let own = (0..team.headers.len()).map(|i| row.cells.get(i).map_or("", String::as_str));
        let warnings = result.warnings.join("; ");
        let answer = [result.verdict.word().get(lang), &result.why, &result.earliest, &result.room, &warnings];
        crate::team::write_csv_line(out, own.chain(answer), team.separator);
        out.push_str("\r\n");
    }
}

/// A whole team checked, as the CLI and the embed module give it: the team's table with the answers
/// (CSV, the team's own separator), or why the table or the date and sector cannot be read.
pub fn check_team(lang: Lang, date: &str, sector: &str, table: &str) -> Result<String, String> {
    check_team_with(lang, date, sector, table, |team, base| {
        let mut lines = String::new();
        export_rows(lang, team, &team.rows, &rows(lang, base, team), &mut lines);
        lines
    })
}

/// `check_team` with the rows written out by `write_rows` (the command line spreads them over the
/// machine's cores; each row is still `row`).
pub fn check_team_with(lang: Lang, date: &str, sector: &str, table: &str, write_lines: impl FnOnce(&Team, &Answers) -> String) -> Result<String, String> {
    let here = Journey { page: Page::Team, lang: Some(lang.code().to_string()), returning: false, answers: Answers::default() };
    let next = submit(&here, lang, date, sector).map_err(|refused| refused.1.iter().map(|p| format!("{}: {}", if p.input == "pc" { "sector" } else { p.input }, p.inline)).collect::<Vec<_>>().join("; "))?;
    let team = read(table).map_err(|e| table_error(lang, &e).to_string())?;
    let lines = write_lines(&team, &base_answers(&next.answers));
    let mut table = export_head(lang, &team, 0);
    table.push_str(&lines);
    Ok(table)
}

/// The heading of the page, for the title.
pub(super) fn title(lang: Lang) -> &'static str {
    TITLE.get(lang)
}

/// The start page's line for employers.
pub(super) fn start_line(lang: Lang) -> (&'static str, &'static str) {
    (
        msg::TEAM_PAGE_EMPLOYERS_CHECK_A_WHOLE_TEAM.get(lang),
        TITLE.get(lang),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::Journey;
    use crate::pages::screen;

    const TEAM: &str = "Naam;Functie;Pensioen;Pensioen sinds;Werk in T-3 (%);Werk in buitenland in T-3;Andere overeenkomst met ons;Opzeg bij ons;Overeenkomst in verbonden onderneming;Flexiloon dit jaar tot nu\n\
An;algemeen;nee;;100;nee;geen;nee;geen;1.000,00\n\
Bart;algemeen;nee;;50;nee;geen;nee;geen;\n\
Cis;algemeen;nee;;1,234;nee;geen;nee;geen;\n\
Dirk;algemeen;nee;;;nee;geen;nee;geen;\n\
Els;algemeen;ja;01/07/2024;;;geen;nee;geen;\n\
<img src=x onerror=alert(1)>;algemeen;nee;;100%;nee;geen;nee;?;?\n";

    fn checked(lang: Lang) -> (Vec<RowResult>, String) {
        checked_on(lang, "2027-01-15")
    }

    fn checked_on(lang: Lang, date: &str) -> (Vec<RowResult>, String) {
        let journey = Journey::from_query(&format!("?page=team&lang={}&date={date}&pc=302", lang.code())).unwrap();
        let mut view = View::of(&journey, lang);
        view.team = Some(super::super::TeamView { text: TEAM, ..Default::default() });
        let team = read(TEAM).unwrap();
        (rows(lang, &base_answers(&journey.answers), &team), screen(&view).html)
    }

    #[test]
    fn every_worker_gets_an_answer_and_a_bad_cell_is_its_rows_problem() {
        let (results, html) = checked(Lang::Nl);
        let verdicts: Vec<_> = results.iter().map(|r| (r.name.as_str(), r.verdict)).collect();
        assert_eq!(
            verdicts,
            [
                ("An", RowVerdict::Allowed),
                ("Bart", RowVerdict::NotAllowed),
                ("Cis", RowVerdict::Unreadable),
                ("Dirk", RowVerdict::Missing),
                ("Els", RowVerdict::Allowed),
                ("<img src=x onerror=alert(1)>", RowVerdict::AllowedIf),
            ]
        );
        // The unreadable cell is named by row, column and value, with the questionnaire's reason.
        assert!(results[2].why.starts_with("Rij 4, Werk in T-3 (%): \"1,234\": "), "{}", results[2].why);
        // The refusal says why and from when; the room left; the worker's full result without the name.
        assert!(results[1].why.contains("50\u{a0}%"), "{}", results[1].why);
        assert_eq!(results[1].earliest, "");
        // 2027's ceiling is not published: said, never a figure.
        assert_eq!(results[0].room, "2027: nog niet gepubliceerd");
        assert_eq!(results[4].room, "geen plafond (pensioen)");
        let (in_2026, _) = checked_on(Lang::Nl, "2026-10-15");
        assert_eq!((in_2026[0].room.as_str(), in_2026[1].room.as_str()), ("€\u{a0}17.440", "tot €\u{a0}18.440"));
        let link = results[0].result_link(Lang::Nl).unwrap();
        assert!(link.starts_with("?page=result&lang=nl&role=employer&date=2027-01-15&pc=302") && !link.contains("An"), "{link}");
        // Counts on top; the name is text, never markup.
        assert!(html.contains("2 mogen werken, 1 mag werken als een voorwaarde klopt, 1 mag niet, 1 heeft een antwoord nodig, 1 rij is onleesbaar"), "{html}");
        assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;") && !html.contains("<img"));
    }

    #[test]
    fn the_download_is_the_teams_table_with_the_answers() {
        let (results, _) = checked(Lang::En);
        let team = read(TEAM).unwrap();
        let csv = export(Lang::En, &team, &results);
        let back = read(&csv).unwrap();
        assert_eq!(back.headers[..team.headers.len()], team.headers[..]);
        assert_eq!(back.headers[team.headers.len()..], ["Flexi work", "Why", "Allowed from", "Tax-free room left", "Worth knowing"]);
        assert_eq!(back.rows.len(), 6);
        assert_eq!(back.rows[1].cells[team.headers.len()], "not allowed");
        assert_eq!(back.rows[5].cells[0], "<img src=x onerror=alert(1)>", "kept as written, in a CSV");
    }

    #[test]
    fn the_date_and_the_sector_are_checked_before_the_team() {
        let here = Journey::from_query("?page=team&lang=en").unwrap();
        let (_, problems) = *submit(&here, Lang::En, "31/02/2027", "999").unwrap_err();
        assert_eq!(problems.iter().map(|p| p.input).collect::<Vec<_>>(), ["date", "pc"]);
        let next = submit(&here, Lang::En, "15/01/2027", "84.110").unwrap();
        assert_eq!(next.to_query(), "?page=team&lang=en&date=2027-01-15&nace=84.110");
        let next = submit(&here, Lang::En, "15/01/2027", "PC 302").unwrap();
        assert!(next.to_query().ends_with("&pc=PC%20302"), "{}", next.to_query());
    }
}
