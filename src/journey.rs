//! The questionnaire as plain data: the answers, their URL-query form (so every page can be shared,
//! bookmarked and reloaded), and which question comes next. No Leptos, no web-sys: tested natively,
//! as the todomvc example keeps its logic out of the components.

use crate::rules::msg;
use crate::rules::contract::{FlexiEmployerAnswers, LinkedContract, Number, OtherContract, SectorAnswers, WorkerAnswers};
use rust_decimal::Decimal;
use crate::rules::staffing::WorkerKind;
use crate::rules::quarter::Quarter;
use crate::typed::{iso_date, read_date, read_number, read_percent, NumberProblem};
use crate::rules::committees::{read_committee, CommitteeError};
use crate::rules::sectors::{normalise_nace, Function};
use crate::rules::{assess, Assessment, Language, Scenario};
use crate::rules::language::say;
use chrono::NaiveDate;
use std::fmt;

/// Every page of the app, in journey order. The query parameter `page` names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Page {
    Start,
    /// Worker or employer: only the wording of the questions depends on it.
    Role,
    Date,
    Sector,
    Function,
    Pension,
    PensionSince,
    WorkT3,
    WorkT4,
    Foreign,
    OtherContract,
    Notice,
    Linked,
    Income,
    Check,
    Result,
    Rules,
    /// Every dated change the tool knows of, newest first.
    Changes,
    /// Comparison mode: the wage, the hours and the kind of worker (one task, several inputs).
    Pay,
    Compare,
    /// An employer's whole team at once, from a spreadsheet (the rows stay on the device, not in the link).
    Team,
    /// For websites: the one-line embed, its options, a live preview and the snippet to copy.
    Websites,
    /// A worker's flexi year: the pay per employer and month against the year's ceiling.
    Year,
}

impl Page {
    pub const ALL: [Page; 23] = [
        Page::Start,
        Page::Role,
        Page::Date,
        Page::Sector,
        Page::Function,
        Page::Pension,
        Page::PensionSince,
        Page::WorkT3,
        Page::WorkT4,
        Page::Foreign,
        Page::OtherContract,
        Page::Notice,
        Page::Linked,
        Page::Income,
        Page::Check,
        Page::Result,
        Page::Rules,
        Page::Changes,
        Page::Pay,
        Page::Compare,
        Page::Team,
        Page::Websites,
        Page::Year,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Page::Start => "start",
            Page::Role => "role",
            Page::Date => "date",
            Page::Sector => "sector",
            Page::Function => "function",
            Page::Pension => "pension",
            Page::PensionSince => "pension-since",
            Page::WorkT3 => "work-t3",
            Page::WorkT4 => "work-t4",
            Page::Foreign => "foreign",
            Page::OtherContract => "other-contract",
            Page::Notice => "notice",
            Page::Linked => "linked",
            Page::Income => "income",
            Page::Check => "check",
            Page::Result => "result",
            Page::Rules => "rules",
            Page::Changes => "changes",
            Page::Pay => "pay",
            Page::Compare => "compare",
            Page::Team => "team",
            Page::Websites => "websites",
            Page::Year => "year",
        }
    }

    fn from_slug(slug: &str) -> Option<Page> {
        Page::ALL.into_iter().find(|p| p.slug() == slug)
    }

    /// The question pages, in the order they are asked.
    pub fn is_question(self) -> bool {
        !matches!(self, Page::Start | Page::Check | Page::Result | Page::Rules | Page::Changes | Page::Compare | Page::Team | Page::Websites | Page::Year)
    }

    /// The pages of the tools (a team, a year, websites): the app's first download does not hold
    /// them and hands over to the whole app when one opens (`ui::run`).
    pub fn is_tool(self) -> bool {
        matches!(self, Page::Team | Page::Websites | Page::Year)
    }

    /// The URL key of the one answer a question page collects (the sector page's typed committee;
    /// none for the pay page, which collects several, nor for pages that ask nothing).
    pub fn answer_key(self) -> Option<&'static str> {
        Some(match self {
            Page::Role => "role",
            Page::Date => "date",
            Page::Sector => "pc",
            Page::Function => "function",
            Page::Pension => "pension",
            Page::PensionSince => "since",
            Page::WorkT3 => "t3",
            Page::WorkT4 => "t4",
            Page::Foreign => "foreign",
            Page::OtherContract => "other",
            Page::Notice => "notice",
            Page::Linked => "linked",
            Page::Income => "income",
            _ => return None,
        })
    }
}

/// The answers as the user gave them (text, as in the URL); checked when the scenario is built.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    /// "worker" (checking oneself) or "employer" (checking a worker).
    pub role: Option<String>,
    pub date: Option<String>,
    pub joint_committee: Option<String>,
    pub nace: Option<String>,
    pub function: Option<String>,
    /// "yes" or "no".
    pub pensioner: Option<String>,
    pub pensioner_since: Option<String>,
    /// Percent of a full-time job, "0" to "100".
    pub work_t3: Option<String>,
    pub work_t4: Option<String>,
    pub foreign: Option<String>,
    /// "none", "below_four_fifths", "four_fifths_or_more".
    pub other_contract: Option<String>,
    pub notice: Option<String>,
    /// "none", "four_fifths", "full_time".
    pub linked: Option<String>,
    pub income: Option<String>,
    /// "compare": the staffing comparison instead of the eligibility questions.
    pub mode: Option<String>,
    pub hourly_wage: Option<String>,
    pub hours: Option<String>,
    /// "manual" or "white_collar".
    pub worker_kind: Option<String>,
    /// The ordinary employee's withholding-tax rate in percent (optional).
    pub withholding: Option<String>,
    /// Optional: a flexi wage above the legal minimum, a student wage other than the barema.
    pub flexi_wage: Option<String>,
    pub student_wage: Option<String>,
    /// Optional: this year's counters (extra days on horeca@work, student hours on student@work).
    pub extra_days: Option<String>,
    pub student_hours: Option<String>,
    /// Optional, for the ordinary employee's payslip: days a month, the main monthly pay, the
    /// partner ("none", "with_income", "without_income") and the dependent children.
    pub days: Option<String>,
    pub main_pay: Option<String>,
    pub partner: Option<String>,
    pub children: Option<String>,
    /// Set by a website that embeds the app (README, "Embedding"), never asked: `embed=compact` (no
    /// site header or footer), `accent=0b5394` (the site's colour for buttons and links, used only
    /// with enough contrast) and `pc_fixed=1` (the sector given with `pc` or `nace` is the site's).
    pub embed: Option<String>,
    pub accent: Option<String>,
    pub sector_fixed: Option<String>,
    /// "My flexi year": the year, the pension ("none", "retired", "early"), the pay expected each
    /// month, and up to three employers as "Name~Jan;Feb;…" (amounts as the rules read them).
    pub flexi_year: Option<String>,
    pub year_pension: Option<String>,
    pub pace: Option<String>,
    pub employer1: Option<String>,
    pub employer2: Option<String>,
    pub employer3: Option<String>,
}

/// The answer "I don't know", where a worker or an employer may not know (T-3 work, a contract in a
/// linked company, the flexi pay so far): the rules then leave it open and the result states the
/// condition it rests on.
pub const UNKNOWN: &str = "unknown";

/// The question pages that accept "I don't know", and the rules whose answer then stays open.
pub const MAY_BE_UNKNOWN: [(Page, &[&str]); 3] = [
    (Page::WorkT3, &["employment_t3", "work_reduction"]),
    (Page::Linked, &["linked_company", "linked_company_2026"]),
    (Page::Income, &["tax_ceiling"]),
];

/// The URL query keys, one per answer (public: shared links depend on them).
pub const KEYS: [&str; 36] = [
    "mode", "role", "date", "pc", "nace", "function", "pension", "since", "t3", "t4", "foreign", "other", "notice", "linked", "income", "wage", "hours", "kind", "tax",
    "flexiwage", "studentwage", "extradays", "studenthours", "days", "main", "partner", "children", "embed", "accent", "pc_fixed",
    "fyear", "fpension", "pace", "e1", "e2", "e3",
];

/// The keys a website sets in its frame's address, and what each accepts.
const HOST_KEYS: [&str; 3] = ["embed", "accent", "pc_fixed"];

fn host_value_ok(key: &str, value: &str) -> bool {
    match key {
        "embed" => value == "compact",
        "accent" => value.len() == 6 && value.chars().all(|c| c.is_ascii_hexdigit()),
        "pc_fixed" => value == "1",
        _ => true,
    }
}

impl Answers {
    fn slot(&mut self, key: &str) -> Option<&mut Option<String>> {
        Some(match key {
            "role" => &mut self.role,
            "date" => &mut self.date,
            "pc" => &mut self.joint_committee,
            "nace" => &mut self.nace,
            "function" => &mut self.function,
            "pension" => &mut self.pensioner,
            "since" => &mut self.pensioner_since,
            "t3" => &mut self.work_t3,
            "t4" => &mut self.work_t4,
            "foreign" => &mut self.foreign,
            "other" => &mut self.other_contract,
            "notice" => &mut self.notice,
            "linked" => &mut self.linked,
            "income" => &mut self.income,
            "mode" => &mut self.mode,
            "wage" => &mut self.hourly_wage,
            "hours" => &mut self.hours,
            "kind" => &mut self.worker_kind,
            "tax" => &mut self.withholding,
            "flexiwage" => &mut self.flexi_wage,
            "studentwage" => &mut self.student_wage,
            "extradays" => &mut self.extra_days,
            "studenthours" => &mut self.student_hours,
            "days" => &mut self.days,
            "main" => &mut self.main_pay,
            "partner" => &mut self.partner,
            "children" => &mut self.children,
            "embed" => &mut self.embed,
            "accent" => &mut self.accent,
            "pc_fixed" => &mut self.sector_fixed,
            "fyear" => &mut self.flexi_year,
            "fpension" => &mut self.year_pension,
            "pace" => &mut self.pace,
            "e1" => &mut self.employer1,
            "e2" => &mut self.employer2,
            "e3" => &mut self.employer3,
            _ => return None,
        })
    }

    /// One answer by its URL key.
    pub fn get(&self, key: &str) -> Option<&String> {
        match key {
            "role" => self.role.as_ref(),
            "date" => self.date.as_ref(),
            "pc" => self.joint_committee.as_ref(),
            "nace" => self.nace.as_ref(),
            "function" => self.function.as_ref(),
            "pension" => self.pensioner.as_ref(),
            "since" => self.pensioner_since.as_ref(),
            "t3" => self.work_t3.as_ref(),
            "t4" => self.work_t4.as_ref(),
            "foreign" => self.foreign.as_ref(),
            "other" => self.other_contract.as_ref(),
            "notice" => self.notice.as_ref(),
            "linked" => self.linked.as_ref(),
            "income" => self.income.as_ref(),
            "mode" => self.mode.as_ref(),
            "wage" => self.hourly_wage.as_ref(),
            "hours" => self.hours.as_ref(),
            "kind" => self.worker_kind.as_ref(),
            "tax" => self.withholding.as_ref(),
            "flexiwage" => self.flexi_wage.as_ref(),
            "studentwage" => self.student_wage.as_ref(),
            "extradays" => self.extra_days.as_ref(),
            "studenthours" => self.student_hours.as_ref(),
            "days" => self.days.as_ref(),
            "main" => self.main_pay.as_ref(),
            "partner" => self.partner.as_ref(),
            "children" => self.children.as_ref(),
            "embed" => self.embed.as_ref(),
            "accent" => self.accent.as_ref(),
            "pc_fixed" => self.sector_fixed.as_ref(),
            "fyear" => self.flexi_year.as_ref(),
            "fpension" => self.year_pension.as_ref(),
            "pace" => self.pace.as_ref(),
            "e1" => self.employer1.as_ref(),
            "e2" => self.employer2.as_ref(),
            "e3" => self.employer3.as_ref(),
            _ => None,
        }
    }

    /// Only the answers a link may carry (what `Journey::from_query` reads back): a value too long
    /// or holding control or bidirectional characters is left out, so a typed value never makes the
    /// address one the app would refuse.
    pub fn linkable(mut self) -> Answers {
        for key in KEYS {
            if self.get(key).is_some_and(|v| !fits_a_link_for(key, v)) {
                self.set(key, "");
            }
        }
        self
    }

    /// The frame is a website's, without the site's own header and footer.
    pub fn compact(&self) -> bool {
        self.embed.as_deref() == Some("compact")
    }

    /// The sector is the website's: given with `pc_fixed=1`, and valid (else it is asked).
    pub fn sector_fixed(&self) -> bool {
        self.sector_fixed.is_some() && self.check(Page::Sector).is_ok()
    }

    /// What a website set, without any answer of the visitor's: kept when the journey starts again.
    pub fn host_only(&self) -> Answers {
        let mut kept = Answers::default();
        let fixed = self.sector_fixed();
        for key in HOST_KEYS.into_iter().chain(if fixed { ["pc", "nace"].as_slice() } else { &[] }.iter().copied()) {
            if let Some(value) = self.get(key) {
                kept.set(key, value);
            }
        }
        kept
    }

    /// Sets one answer by its URL key; an empty value clears it.
    pub fn set(&mut self, key: &str, value: &str) {
        let value = value.trim();
        // A website's settings are only ever what they may be (a link with another is refused).
        let allowed = host_value_ok(key, value);
        if let Some(slot) = self.slot(key) {
            *slot = (!value.is_empty() && allowed).then(|| value.to_string());
        }
    }
}

/// Where the user is: a page, the answers, and the language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Journey {
    pub page: Page,
    pub lang: Option<String>,
    /// Came from "Check your answers" through a Change link: go back there after the change.
    pub returning: bool,
    pub answers: Answers,
}

/// A query that cannot be read: the app shows why, in the page's language, and a way back to the start.
/// The texts it quotes from the link are clipped to 20 characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QueryError {
    TooLong,
    BadEncoding,
    Repeated(String),
    InvalidValue(String),
    UnknownPage(String),
    UnknownLanguage(String),
    UnknownPart(String),
}

impl QueryError {
    pub fn message(&self, l: Language) -> String {
        match self {
            QueryError::TooLong => say!(l,
                msg::JOURNEY_THE_LINK_IS_TOO_LONG),
            QueryError::BadEncoding => say!(l,
                msg::JOURNEY_THE_LINK_IS_DAMAGED_BAD),
            QueryError::Repeated(key) => say!(l,
                msg::JOURNEY_THE_LINK_GIVES_KEY_TWICE, key),
            QueryError::InvalidValue(key) => say!(l,
                msg::JOURNEY_THE_LINK_S_VALUE_FOR, key),
            QueryError::UnknownPage(page) => say!(l,
                msg::JOURNEY_THE_LINK_NAMES_NO_PAGE, page),
            QueryError::UnknownLanguage(language) => say!(l,
                msg::JOURNEY_THE_LINK_NAMES_NO_LANGUAGE, language),
            QueryError::UnknownPart(key) => say!(l,
                msg::JOURNEY_THE_LINK_HAS_AN_UNKNOWN, key),
        }
    }
}

impl fmt::Display for QueryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Language::En))
    }
}

/// The longest query the app accepts: a real one is a few hundred characters.
pub const MAX_QUERY: usize = 2_000;

/// The longest value a link may give one answer.
const MAX_VALUE_CHARS: usize = 100;

/// Whether a link may carry this value: not too long, no control characters, and no bidirectional
/// overrides (they can make a shown answer read as something else).
/// An employer of "My flexi year" holds a name and twelve amounts.
const MAX_EMPLOYER_CHARS: usize = 160;

fn fits_a_link_as(value: &str, max: usize) -> bool {
    let bidi = |c: char| matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    value.chars().count() <= max && !value.chars().any(|c| c.is_control() || bidi(c))
}

/// Whether a link may carry this value for this key.
fn fits_a_link_for(key: &str, value: &str) -> bool {
    fits_a_link_as(value, if matches!(key, "e1" | "e2" | "e3") { MAX_EMPLOYER_CHARS } else { MAX_VALUE_CHARS })
}

impl Journey {
    pub fn start() -> Journey {
        Journey { page: Page::Start, lang: None, returning: false, answers: Answers::default() }
    }

    /// Reads `?page=…&lang=…&date=…` (with or without the leading "?"). Unknown keys, unknown pages,
    /// repeated keys and over-long values are refused with a message; values are checked later.
    pub fn from_query(query: &str) -> Result<Journey, QueryError> {
        let query = query.strip_prefix('?').unwrap_or(query);
        if query.len() > MAX_QUERY {
            return Err(QueryError::TooLong);
        }
        let mut journey = Journey::start();
        let mut seen: Vec<String> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let key = decode(key).ok_or(QueryError::BadEncoding)?;
            let value = decode(value).ok_or(QueryError::BadEncoding)?;
            if seen.contains(&key) {
                return Err(QueryError::Repeated(clip(&key)));
            }
            if !fits_a_link_for(&key, &value) {
                return Err(QueryError::InvalidValue(clip(&key)));
            }
            match key.as_str() {
                "page" => journey.page = Page::from_slug(&value).ok_or_else(|| QueryError::UnknownPage(clip(&value)))?,
                "lang" => {
                    if Language::from_code(&value).is_none() {
                        return Err(QueryError::UnknownLanguage(clip(&value)));
                    }
                    journey.lang = Some(value);
                }
                "return" if value == "check" => journey.returning = true,
                host if HOST_KEYS.contains(&host) && !host_value_ok(host, &value) => return Err(QueryError::InvalidValue(clip(host))),
                other if KEYS.contains(&other) => journey.answers.set(other, &value),
                other => return Err(QueryError::UnknownPart(clip(other))),
            }
            seen.push(key);
        }
        Ok(journey)
    }

    /// The query for this journey, keys in a fixed order, empty answers left out.
    pub fn to_query(&self) -> String {
        let mut parts = vec![format!("page={}", self.page.slug())];
        if let Some(lang) = &self.lang {
            parts.push(format!("lang={lang}"));
        }
        if self.returning {
            parts.push("return=check".into());
        }
        for key in KEYS {
            if let Some(value) = self.answers.get(key) {
                parts.push(format!("{key}={}", encode(value)));
            }
        }
        format!("?{}", parts.join("&"))
    }
}

/// The language a query names, if it names a known one, even when the rest of it cannot be read.
pub fn language_of(query: &str) -> Option<String> {
    let query = query.strip_prefix('?').unwrap_or(query);
    query.split('&').find_map(|pair| match pair.split_once('=') {
        Some(("lang", value)) if Language::from_code(value).is_some() => Some(value.to_string()),
        _ => None,
    })
}

fn clip(text: &str) -> String {
    text.chars().take(20).collect()
}

/// Percent-encoding for query values: everything but unreserved characters and the ones a query
/// value may hold as they are (as browsers leave them): a link stays as short as it came.
pub fn encode(text: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || b"-_.~!*(),:;@$/".contains(&byte) {
            out.push(byte as char);
        } else {
            // No `format!` per byte: a team's table is a megabyte.
            out.extend(['%', HEX[(byte >> 4) as usize] as char, HEX[(byte & 15) as usize] as char]);
        }
    }
    out
}

/// Percent-decoding ("+" is a space); `None` for broken escapes or bytes that are not UTF-8.
pub fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = bytes.get(i + 1..i + 3)?;
                let hex = std::str::from_utf8(hex).ok()?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 3;
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// A problem with one answer, for the page's error summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    Missing,
    BadDate,
    BadSector,
    /// Written as a joint committee, but no joint committee has that number.
    UnknownCommittee,
    /// A joint committee that was abolished; its successors.
    AbolishedCommittee(&'static [&'static str]),
    BadPercent,
    BadAmount,
    /// A number whose points, commas or spaces cannot be read one way only (the message says why).
    Unreadable(NumberProblem),
    /// Too large because a point grouped thousands ("12.500" is twelve thousand five hundred): the
    /// message says how to write decimals.
    PointThousands,
    BadChoice,
}

fn yes(value: &Option<String>) -> Option<bool> {
    match value.as_deref() {
        Some("yes") => Some(true),
        Some("no") => Some(false),
        _ => None,
    }
}

/// The error for a typed number that cannot be read: "not a number" is the question's own
/// message (`plain`), a form that hesitates between two readings gets its reason.
fn unreadable(problem: NumberProblem, plain: AnswerError) -> AnswerError {
    match problem {
        NumberProblem::NotANumber | NumberProblem::Negative => plain,
        other => AnswerError::Unreadable(other),
    }
}

/// The flexi pay so far this year as the questionnaire reads it (optional; "I don't know" is checked
/// before). A team's count asks it of one cell without a whole set of answers.
pub(crate) fn flexi_pay_so_far(value: &Option<String>) -> Result<Option<Decimal>, AnswerError> {
    amount(value, 2, crate::rules::contract::MAX_FLEXI_INCOME, false)
}

/// A typed amount, at most `decimals` decimals and at most `max` (above zero when `above_zero`).
fn amount(value: &Option<String>, decimals: u32, max: u32, above_zero: bool) -> Result<Option<Decimal>, AnswerError> {
    let Some(text) = value.as_deref() else { return Ok(None) };
    let value = read_number(text, decimals).map_err(|p| unreadable(p, AnswerError::BadAmount))?;
    // "12.500": a point before three digits grouped thousands, which the user may not have meant.
    let grouped = !text.contains(',') && text.rsplit_once('.').is_some_and(|(_, after)| after.chars().take_while(char::is_ascii_digit).count() == 3);
    if value > Decimal::from(max) && grouped {
        return Err(AnswerError::PointThousands);
    }
    if value > Decimal::from(max) || (above_zero && value.is_zero()) {
        return Err(AnswerError::BadAmount);
    }
    Ok(Some(value))
}

/// A typed percent ("85", "80 %", "4/5") from 0 to 100, as the number of percent.
fn percent(value: &Option<String>) -> Result<Option<Decimal>, AnswerError> {
    let Some(text) = value.as_deref() else { return Ok(None) };
    let value = read_percent(text).map_err(|p| unreadable(p, AnswerError::BadPercent))?;
    if value > Decimal::ONE_HUNDRED {
        return Err(AnswerError::BadPercent);
    }
    Ok(Some(value))
}

/// "85" → 0.85, "4/5" → 0.8: a share of a full-time job.
/// What decides which questions are asked, read once from the answers.
#[derive(Clone, Copy)]
struct Asking {
    year: i32,
    pensioner: bool,
    qualifies_as_pensioner: bool,
    t3: Option<f64>,
}

impl Asking {
    fn of(answers: &Answers) -> Asking {
        Asking::given(answers, || answers.assessment().is_some_and(|a| qualifies_as_pensioner(&a)))
    }

    /// With what the answers' assessment says of the pension when the caller has it, so that a
    /// pensioner's questions do not assess the answers a second time.
    fn given(answers: &Answers, qualifies: impl FnOnce() -> bool) -> Asking {
        let pensioner = yes(&answers.pensioner) == Some(true);
        Asking { year: answers.quarter().map_or(0, |q| q.year()), pensioner, qualifies_as_pensioner: pensioner && qualifies(), t3: share(&answers.work_t3).ok().flatten() }
    }
}

/// The assessment found a pension that opens flexi-work (so the T-3 questions are not asked).
fn qualifies_as_pensioner(assessment: &Assessment) -> bool {
    assessment.reasons.iter().any(|r| r.rule.starts_with("pensioner") && r.outcome == crate::rules::Outcome::Met)
}

fn share(value: &Option<String>) -> Result<Option<f64>, AnswerError> {
    // From the integer mantissa: parsing or printing floats would add kilobytes to the browser bundle.
    Ok(percent(value)?.map(|p| p.mantissa() as f64 / 10f64.powi(p.scale() as i32 + 2)))
}

/// A typed date read as a calendar day ("15/01/2027" or "2027-01-15").
fn day(value: &Option<String>) -> Result<Option<NaiveDate>, AnswerError> {
    value.as_deref().map(|v| read_date(v).ok_or(AnswerError::BadDate)).transpose()
}

/// A checked number as the rules' JSON contract writes it ("1234.56").
fn plain(value: Result<Option<Decimal>, AnswerError>) -> Option<Number> {
    value.ok().flatten().map(|d| Number(d.normalize().to_string()))
}

impl Answers {
    /// The answer to one question page, checked; `Ok(())` when it may be left as it is.
    pub fn check(&self, page: Page) -> Result<(), AnswerError> {
        let one_of = |v: &Option<String>, options: &[&str]| match v.as_deref() {
            None => Err(AnswerError::Missing),
            Some(x) if options.contains(&x) => Ok(()),
            Some(_) => Err(AnswerError::BadChoice),
        };
        match page {
            Page::Role => one_of(&self.role, &["worker", "employer"]),
            Page::Date => day(&self.date)?.map(|_| ()).ok_or(AnswerError::Missing),
            Page::Sector => {
                if self.joint_committee.is_none() && self.nace.is_none() {
                    return Err(AnswerError::Missing);
                }
                if let Some(committee) = self.joint_committee.as_deref() {
                    match read_committee(committee) {
                        Ok(_) => {}
                        Err(CommitteeError::NotANumber(_)) => return Err(AnswerError::BadSector),
                        Err(CommitteeError::Abolished { successors, .. }) => return Err(AnswerError::AbolishedCommittee(successors)),
                        Err(_) => return Err(AnswerError::UnknownCommittee),
                    }
                }
                let nace_ok = self.nace.as_deref().is_none_or(|n| normalise_nace(n).is_ok());
                if nace_ok { Ok(()) } else { Err(AnswerError::BadSector) }
            }
            Page::Function => one_of(&self.function, FUNCTIONS),
            Page::Pension | Page::Foreign | Page::Notice => one_of(
                match page {
                    Page::Pension => &self.pensioner,
                    Page::Foreign => &self.foreign,
                    _ => &self.notice,
                },
                &["yes", "no"],
            ),
            Page::PensionSince => day(&self.pensioner_since)?.map(|_| ()).ok_or(AnswerError::Missing),
            Page::WorkT3 if self.unknown(page) => Ok(()),
            Page::WorkT3 => share(&self.work_t3)?.map(|_| ()).ok_or(AnswerError::Missing),
            Page::WorkT4 => share(&self.work_t4)?.map(|_| ()).ok_or(AnswerError::Missing),
            Page::OtherContract => one_of(&self.other_contract, &["none", "below_four_fifths", "four_fifths_or_more"]),
            Page::Linked => one_of(&self.linked, &["none", "four_fifths", "full_time", UNKNOWN]),
            // Optional: left empty, or "I don't know".
            Page::Income if self.unknown(page) => Ok(()),
            Page::Income => flexi_pay_so_far(&self.income).map(|_| ()),
            Page::Pay => self.pay_problems().into_iter().next().map_or(Ok(()), |(_, error)| Err(error)),
            Page::Start | Page::Check | Page::Result | Page::Rules | Page::Changes | Page::Compare | Page::Team | Page::Websites | Page::Year => Ok(()),
        }
    }

    /// Every pay input that is missing or wrong, in page order, with its URL key (the error summary
    /// lists them all and links to each input). Barema wages have up to four decimals (12.0014).
    pub fn pay_problems(&self) -> Vec<(&'static str, AnswerError)> {
        let number = |key: &'static str, decimals: u32, max: u32, above_zero: bool| {
            amount(&self.get(key).cloned(), decimals, max, above_zero).err().map(|e| (key, e))
        };
        let required = |key: &'static str, decimals: u32, max: u32| match self.get(key) {
            None => Some((key, AnswerError::Missing)),
            Some(_) => number(key, decimals, max, true),
        };
        [
            required("wage", 4, 10_000),
            required("hours", 4, 24),
            match self.worker_kind.as_deref() {
                None => Some(("kind", AnswerError::Missing)),
                Some("manual" | "white_collar") => None,
                Some(_) => Some(("kind", AnswerError::BadChoice)),
            },
            percent(&self.withholding).err().map(|e| ("tax", e)),
            number("flexiwage", 4, 10_000, true),
            number("studentwage", 4, 10_000, true),
            number("extradays", 0, 366, false),
            number("studenthours", 2, 8_784, false),
            number("days", 0, 31, true),
            number("main", 2, 100_000, false),
            match self.partner.as_deref() {
                None | Some("none" | "with_income" | "without_income") => None,
                Some(_) => Some(("partner", AnswerError::BadChoice)),
            },
            number("children", 0, crate::rules::payslip::MAX_CHILDREN, false),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// After the work date changed from `before`'s: the answers about a quarter (T-3, T-4, quarter T)
    /// or a year belong to the old date, so they become unanswered when the quarter moves. Returns
    /// whether any were cleared.
    pub fn forget_other_quarters(&mut self, before: &Answers) -> bool {
        let (Some(old), Some(new)) = (before.quarter(), self.quarter()) else { return false };
        if old == new {
            return false;
        }
        let mut cleared = false;
        for key in QUARTER_PAGES.iter().filter_map(|p| p.answer_key()) {
            if let Some(slot) = self.slot(key) {
                cleared |= slot.take().is_some();
            }
        }
        cleared
    }

    /// These answers (from an earlier page in the browser's history), completed with the later
    /// `current` ones they lack: browser back keeps what was answered since, as the Back link does.
    /// Answers about another quarter than this date's are not carried, nor the mode.
    pub fn kept_from(&self, current: &Answers) -> Answers {
        let same_quarter = self.quarter().is_none() || current.quarter().is_none() || self.quarter() == current.quarter();
        let about_the_quarter = |key: &str| QUARTER_PAGES.iter().any(|p| p.answer_key() == Some(key));
        let mut kept = self.clone();
        for key in KEYS {
            if key == "mode" || (!same_quarter && about_the_quarter(key)) || kept.get(key).is_some() {
                continue;
            }
            if let Some(value) = current.get(key) {
                kept.set(key, value);
            }
        }
        kept
    }

    /// The dates as links write them (ISO, "2027-01-15"), whatever form they were typed in.
    pub fn with_iso_dates(mut self) -> Answers {
        for key in ["date", "since"] {
            if let Some(date) = self.get(key).and_then(|v| read_date(v)) {
                self.set(key, &iso_date(date));
            }
        }
        self
    }

    /// Whether the question on `page` was answered "I don't know".
    pub fn unknown(&self, page: Page) -> bool {
        MAY_BE_UNKNOWN.iter().any(|(p, _)| *p == page) && page.answer_key().and_then(|key| self.get(key)).map(String::as_str) == Some(UNKNOWN)
    }

    /// The questions answered "I don't know", in journey order.
    pub fn unknowns(&self) -> Vec<Page> {
        self.questions().into_iter().filter(|p| self.unknown(*p)).collect()
    }

    /// `unknowns` with the answers' assessment already made (see `first_gap_given`).
    pub fn unknowns_given(&self, assessment: &Assessment) -> Vec<Page> {
        let asking = Asking::given(self, || qualifies_as_pensioner(assessment));
        Page::ALL.into_iter().filter(|p| p.is_question() && self.asks_in(*p, &asking) && self.unknown(*p)).collect()
    }

    /// An employer checking a worker (the questions then speak about "this person").
    pub fn for_employer(&self) -> bool {
        self.role.as_deref() == Some("employer")
    }

    /// The comparison mode asks about the work and the pay, not about a worker.
    pub fn comparing(&self) -> bool {
        self.mode.as_deref() == Some("compare")
    }

    /// The scenario these answers describe (answers that do not check are left out).
    pub fn scenario(&self) -> Scenario {
        let valid = |page: Page, value: &Option<String>| if self.check(page).is_ok() { value.clone() } else { None };
        let function = valid(Page::Function, &self.function).and_then(|f| match f.as_str() {
            "general" => Some(Function::General),
            "artistic" => Some(Function::Artistic),
            "care_profession" => Some(Function::CareProfession),
            "funeral_occasional" => Some(Function::FuneralOccasional),
            "domestic_worker" => Some(Function::DomesticWorker),
            "lifeguard" => Some(Function::Lifeguard),
            "sea_fishing_shore" => Some(Function::SeaFishingShore),
            _ => None,
        });
        let pensioner = yes(&self.pensioner) == Some(true);
        let iso = |value: &Option<String>| day(value).ok().flatten().map(iso_date);
        Scenario {
            work_date: iso(&self.date).unwrap_or_default(),
            sector: SectorAnswers {
                joint_committee: if self.check(Page::Sector).is_ok() { self.joint_committee.clone() } else { None },
                nace: if self.check(Page::Sector).is_ok() { self.nace.clone() } else { None },
                function,
                via_temp_agency: None,
                community: None,
                public_employer: None,
            },
            worker: WorkerAnswers {
                pensioner_since: if pensioner { iso(&self.pensioner_since) } else { None },
                employment_t3: share(&self.work_t3).ok().flatten(),
                employment_t4: share(&self.work_t4).ok().flatten(),
                employment_t5: None,
                foreign_employment_t3: yes(&self.foreign),
                flexi_income_this_year: plain(amount(&self.income, 2, crate::rules::contract::MAX_FLEXI_INCOME, false)).map(|n| n.0),
            },
            flexi_employer: FlexiEmployerAnswers {
                other_contract_this_quarter: match self.other_contract.as_deref() {
                    Some("none") => Some(OtherContract::None),
                    Some("below_four_fifths") => Some(OtherContract::BelowFourFifths),
                    Some("four_fifths_or_more") => Some(OtherContract::FourFifthsOrMore),
                    _ => None,
                },
                notice_or_severance: yes(&self.notice),
                notice_or_severance_until: None,
                linked_company_contract: match self.linked.as_deref() {
                    Some("none") => Some(LinkedContract::None),
                    Some("four_fifths") => Some(LinkedContract::FourFifths),
                    Some("full_time") => Some(LinkedContract::FullTime),
                    _ => None,
                },
                agency_user_is_own_employer: None,
            },
            pay: (self.comparing() && self.check(Page::Pay).is_ok()).then(|| crate::rules::contract::PayAnswers {
                hourly_wage: plain(amount(&self.hourly_wage, 4, 10_000, true)),
                hours_per_day: plain(amount(&self.hours, 4, 24, true)),
                worker_kind: match self.worker_kind.as_deref() {
                    Some("white_collar") => Some(WorkerKind::WhiteCollar),
                    _ => Some(WorkerKind::Manual),
                },
                // "30" (percent) → "0.3": the contract's rate is a share.
                withholding_rate: percent(&self.withholding).ok().flatten().map(|p| Number((p / Decimal::ONE_HUNDRED).normalize().to_string())),
                flexi_hourly_wage: plain(amount(&self.flexi_wage, 4, 10_000, true)),
                student_hourly_wage: plain(amount(&self.student_wage, 4, 10_000, true)),
                extra_days_used: plain(amount(&self.extra_days, 0, 366, false)),
                student_hours_used: plain(amount(&self.student_hours, 2, 8_784, false)),
                days_per_month: plain(amount(&self.days, 0, 31, true)),
                main_monthly_gross: plain(amount(&self.main_pay, 2, 100_000, false)),
                family: (self.partner.is_some() || self.children.is_some()).then(|| crate::rules::payslip::Family {
                    partner: match self.partner.as_deref() {
                        Some("with_income") => crate::rules::payslip::Partner::WithIncome,
                        Some("without_income") => crate::rules::payslip::Partner::WithoutIncome,
                        _ => crate::rules::payslip::Partner::None,
                    },
                    children: amount(&self.children, 0, crate::rules::payslip::MAX_CHILDREN, false).ok().flatten().and_then(|c| u32::try_from(c.mantissa()).ok()).unwrap_or(0),
                }),
                ..Default::default()
            }),
            language: None,
        }
    }

    /// The assessment of the answers so far, once the date is valid.
    pub fn assessment(&self) -> Option<Assessment> {
        self.assessment_in(Language::En)
    }

    /// The same, explained in `language`.
    pub fn assessment_in(&self, language: Language) -> Option<Assessment> {
        self.check(Page::Date).ok()?;
        assess(&Scenario { language: Some(language), ..self.scenario() }).ok()
    }

    /// The day of the work (also the "rules as of" date), once the date is valid.
    pub fn work_date(&self) -> Option<NaiveDate> {
        day(&self.date).ok().flatten()
    }

    /// The quarter of the work, once the date is valid.
    pub fn quarter(&self) -> Option<Quarter> {
        self.work_date().map(Quarter::containing)
    }

    /// Whether a question is relevant given the answers so far (GOV.UK: ask only what you need).
    pub fn asks(&self, page: Page) -> bool {
        self.asks_in(page, &Asking::of(self))
    }

    fn asks_in(&self, page: Page, asking: &Asking) -> bool {
        let Asking { year, pensioner, qualifies_as_pensioner, t3 } = *asking;
        if self.comparing() {
            return matches!(page, Page::Date | Page::Pay) || (page == Page::Sector && !self.sector_fixed());
        }
        match page {
            Page::Pay => false,
            // A website's own sector is never asked.
            Page::Sector => !self.sector_fixed(),
            Page::Role | Page::Date | Page::Pension | Page::OtherContract | Page::Notice => true,
            // Functions are excluded in some sectors from 2023 and everywhere from 2024.
            Page::Function => year >= 2023,
            Page::PensionSince => pensioner,
            Page::WorkT3 => !qualifies_as_pensioner,
            // The 2024 rule on a drop from full time matters only between 4/5 and full time.
            Page::WorkT4 => !qualifies_as_pensioner && year >= 2024 && t3.is_some_and(|s| (0.8..1.0).contains(&s)),
            // Work abroad counts when T-3 may be enough: at least 4/5, or not known.
            Page::Foreign => !qualifies_as_pensioner && (t3.is_some_and(|s| s >= 0.8) || self.unknown(Page::WorkT3)),
            Page::Linked => year >= 2024,
            // The tax-free ceiling exists from 2024, for non-pensioners.
            Page::Income => year >= 2024 && !pensioner,
            Page::Start | Page::Check | Page::Result | Page::Rules | Page::Changes | Page::Compare | Page::Team | Page::Websites | Page::Year => false,
        }
    }

    /// The questions to ask, in order.
    pub fn questions(&self) -> Vec<Page> {
        // What the questions depend on, read once (a pensioner's route needs an assessment).
        let asking = Asking::of(self);
        Page::ALL.into_iter().filter(|p| p.is_question() && self.asks_in(*p, &asking)).collect()
    }

    /// After `page`: the next relevant question, else "check your answers".
    pub fn next(&self, page: Page) -> Page {
        let questions = self.questions();
        let after = questions.iter().position(|p| *p == page).map_or(0, |i| i + 1);
        questions.get(after).copied().unwrap_or(self.last_page())
    }

    /// Where the questions lead: "check your answers", or the comparison.
    pub fn last_page(&self) -> Page {
        if self.comparing() { Page::Compare } else { Page::Check }
    }

    /// After a change made from "check your answers": the first question the change left unanswered
    /// or invalid (a new branch), else straight back to "check your answers".
    pub fn next_after_change(&self, page: Page) -> Page {
        let questions = self.questions();
        let after = questions.iter().position(|p| *p == page).map_or(0, |i| i + 1);
        questions[after..].iter().copied().find(|p| self.check(*p).is_err()).unwrap_or(Page::Check)
    }

    /// The first question the verdict needs that is not answered validly ("I don't know" is an
    /// answer; the role only changes the wording).
    pub fn first_gap(&self) -> Option<Page> {
        let asking = Asking::of(self);
        Page::ALL.into_iter().find(|p| p.is_question() && self.asks_in(*p, &asking) && *p != Page::Role && self.check(*p).is_err())
    }

    /// `first_gap` with the answers' assessment already made (in any language: only rules and
    /// outcomes are read), as the result page and a team's rows have it.
    pub fn first_gap_given(&self, assessment: &Assessment) -> Option<Page> {
        let asking = Asking::given(self, || qualifies_as_pensioner(assessment));
        Page::ALL.into_iter().find(|p| p.is_question() && self.asks_in(*p, &asking) && *p != Page::Role && self.check(*p).is_err())
    }

    /// The first question not yet answered validly (where "answer the missing questions" leads).
    pub fn first_unanswered(&self) -> Page {
        self.questions().into_iter().find(|p| self.check(*p).is_err()).unwrap_or(Page::Check)
    }

    /// Before `page`: the previous relevant question (the Back link).
    pub fn previous(&self, page: Page) -> Page {
        match page {
            Page::Check | Page::Result | Page::Compare => self.questions().last().copied().unwrap_or(Page::Start),
            _ => {
                let questions = self.questions();
                match questions.iter().position(|p| *p == page) {
                    Some(0) | None => Page::Start,
                    Some(i) => questions[i - 1],
                }
            }
        }
    }
}

/// The questions that describe the work date's quarter or year: T-3 and T-4 work, foreign work in
/// T-3, and the contracts, notice and flexi income of quarter T (the year only changes with the quarter).
const QUARTER_PAGES: [Page; 7] = [Page::WorkT3, Page::WorkT4, Page::Foreign, Page::OtherContract, Page::Notice, Page::Linked, Page::Income];

/// The function choices, in the order shown.
pub const FUNCTIONS: &[&str] = &["general", "artistic", "care_profession", "funeral_occasional", "domestic_worker", "lifeguard", "sea_fishing_shore"];

#[cfg(test)]
mod tests {
    use super::*;

    fn answered(pairs: &[(&str, &str)]) -> Answers {
        let mut answers = Answers::default();
        for (k, v) in pairs {
            answers.set(k, v);
        }
        answers
    }

    #[test]
    fn the_query_round_trips() {
        let journey = Journey { page: Page::WorkT3, lang: Some("nl".into()), returning: true, answers: answered(&[("date", "2025-01-15"), ("pc", "302"), ("income", "1 200.50")]) };
        let query = journey.to_query();
        assert_eq!(query, "?page=work-t3&lang=nl&return=check&date=2025-01-15&pc=302&income=1%20200.50");
        assert_eq!(Journey::from_query(&query).unwrap(), journey);
    }

    #[test]
    fn tampered_queries_are_refused_with_a_message() {
        assert_eq!(Journey::from_query("?page=nowhere"), Err(QueryError::UnknownPage("nowhere".into())));
        assert_eq!(QueryError::UnknownPage("nowhere".into()).message(Language::Nl), "de link noemt een pagina \"nowhere\" die niet bestaat.");
        assert_eq!(QueryError::UnknownPart("evil".into()).message(Language::Fr), "le lien contient une partie inconnue « evil ».");
        assert_eq!(Journey::from_query(&format!("?page={}", "x".repeat(50))), Err(QueryError::UnknownPage("x".repeat(20))));
        assert_eq!(language_of("?page=result&lang=fr&evil=1"), Some("fr".into()));
        assert_eq!(language_of("?lang=de&page=x"), Some("de".into()));
        assert_eq!(language_of("?lang=it&page=x"), None);
        assert!(Journey::from_query("?lang=it").is_err());
        assert!(Journey::from_query("?lang=de").is_ok());
        assert!(Journey::from_query("?date=2025-01-01&date=2025-02-01").is_err());
        assert!(Journey::from_query("?evil=1").is_err());
        assert!(Journey::from_query("?date=%ZZ").is_err());
        assert!(Journey::from_query("?date=%C3").is_err());
        assert!(Journey::from_query(&"a".repeat(3000)).is_err());
        assert_eq!(Journey::from_query("").unwrap(), Journey::start());
        // A bad value is not a bad link: the page says what is wrong with the answer.
        assert!(Journey::from_query("?page=date&date=2025-02-30").is_ok());
    }

    #[test]
    fn a_pensioner_who_qualifies_is_not_asked_about_t3() {
        let answers = answered(&[("date", "2025-02-10"), ("pc", "302"), ("function", "general"), ("pension", "yes"), ("since", "2024-08-15")]);
        assert!(!answers.asks(Page::WorkT3));
        assert!(!answers.asks(Page::Foreign));
        assert!(!answers.asks(Page::Income));
        assert_eq!(answers.next(Page::PensionSince), Page::OtherContract);
    }

    #[test]
    fn a_recent_pensioner_is_asked_about_t3() {
        let answers = answered(&[("date", "2025-01-15"), ("pc", "302"), ("pension", "yes"), ("since", "2024-11-20")]);
        assert!(answers.asks(Page::WorkT3));
    }

    #[test]
    fn the_worker_flow_branches() {
        let mut answers = answered(&[("date", "2025-01-15")]);
        assert_eq!(answers.next(Page::Date), Page::Sector);
        answers.set("pc", "302");
        answers.set("function", "general");
        answers.set("pension", "no");
        assert_eq!(answers.next(Page::Pension), Page::WorkT3);
        answers.set("t3", "85");
        assert!(answers.asks(Page::WorkT4) && answers.asks(Page::Foreign));
        answers.set("t3", "100");
        assert!(!answers.asks(Page::WorkT4));
        answers.set("t3", "50");
        assert!(!answers.asks(Page::Foreign));
        assert_eq!(answers.previous(Page::WorkT3), Page::Pension);
        // The optional income question is still shown in the normal flow…
        let full = answered(&[("role", "worker"), ("date", "2025-01-15"), ("pc", "302"), ("function", "general"), ("pension", "no"), ("t3", "100"), ("foreign", "no"), ("other", "none"), ("notice", "no"), ("linked", "none")]);
        assert_eq!(full.next(Page::Linked), Page::Income);
        // …but after a change from the check page, only a question the change opened is asked.
        assert_eq!(full.next_after_change(Page::Date), Page::Check);
        let mut changed = full.clone();
        changed.set("t3", "85");
        assert_eq!(changed.next_after_change(Page::WorkT3), Page::WorkT4, "85 % opens the T-4 question");
        assert_eq!(changed.first_unanswered(), Page::WorkT4);
        changed.set("t4", "85");
        assert_eq!(changed.next_after_change(Page::WorkT4), Page::Check);
        // 2019: no function, linked-company or ceiling questions.
        let old = answered(&[("date", "2019-08-01")]);
        assert!(!old.asks(Page::Function) && !old.asks(Page::Linked) && !old.asks(Page::Income));
    }

    #[test]
    fn the_role_comes_first_and_changes_only_the_wording() {
        let mut answers = answered(&[("date", "2025-01-15"), ("pc", "302"), ("pension", "no"), ("t3", "100")]);
        assert_eq!(answers.questions()[0], Page::Role);
        assert_eq!(answers.previous(Page::Date), Page::Role);
        assert_eq!(answers.first_unanswered(), Page::Role);
        assert_eq!(answers.check(Page::Role), Err(AnswerError::Missing));
        let as_worker = answers.assessment();
        answers.set("role", "employer");
        assert!(answers.for_employer() && answers.check(Page::Role).is_ok());
        assert_eq!(answers.assessment(), as_worker, "the rules do not depend on who asks");
        answers.set("role", "boss");
        assert_eq!(answers.check(Page::Role), Err(AnswerError::BadChoice));
        assert!(!answered(&[("mode", "compare")]).asks(Page::Role));
    }

    #[test]
    fn the_comparison_asks_date_sector_and_pay() {
        let mut answers = answered(&[("mode", "compare"), ("date", "2019-06-05"), ("pc", "302")]);
        assert_eq!(answers.questions(), vec![Page::Date, Page::Sector, Page::Pay]);
        assert_eq!(answers.check(Page::Pay), Err(AnswerError::Missing));
        answers.set("wage", "12.0014");
        answers.set("hours", "4");
        answers.set("kind", "manual");
        assert_eq!(answers.next(Page::Pay), Page::Compare);
        let comparison = answers.assessment().unwrap().comparison.unwrap();
        assert_eq!(comparison.len(), 4);
        assert_eq!(answers.assessment().unwrap().comparison.unwrap()[3].worker_net_per_hour, None, "no rate, no net");
        answers.set("tax", "30");
        let ordinary = &answers.assessment().unwrap().comparison.unwrap()[3];
        assert_eq!(ordinary.worker_net_per_hour.map(|n| n.to_string()).as_deref(), Some("7.2151"), "Acerta's 30 % average");
        answers.set("tax", "130");
        assert_eq!(answers.check(Page::Pay), Err(AnswerError::BadPercent));
        answers.set("tax", "");
        answers.set("hours", "25");
        assert_eq!(answers.check(Page::Pay), Err(AnswerError::BadAmount));
        assert_eq!(answers.pay_problems(), vec![("hours", AnswerError::BadAmount)]);
        answers.set("wage", "");
        answers.set("tax", "1,234");
        assert_eq!(
            answers.pay_problems(),
            vec![("wage", AnswerError::Missing), ("hours", AnswerError::BadAmount), ("tax", AnswerError::Unreadable(NumberProblem::Ambiguous))],
            "every problem at once, in page order"
        );
        answers.set("tax", "");
        answers.set("wage", "12.0014");
        answers.set("hours", "4");
    }

    #[test]
    fn the_optional_pay_inputs_reach_the_comparison() {
        let mut answers = answered(&[("mode", "compare"), ("date", "2019-06-05"), ("pc", "302"), ("wage", "12,0014"), ("hours", "4"), ("kind", "manual")]);
        assert_eq!(answers.check(Page::Pay), Ok(()), "decimal comma");
        let flexi_wage = |a: &Answers| a.assessment().unwrap().comparison.unwrap()[0].components[0].base_per_hour;
        assert_eq!(flexi_wage(&answers).to_string(), "9.36", "the minimum flexi wage of 2019 by default (Acerta, seed 003)");
        answers.set("flexiwage", "11,5");
        assert_eq!(flexi_wage(&answers).to_string(), "11.5");
        answers.set("extradays", "50");
        assert!(!answers.assessment().unwrap().comparison.unwrap()[1].available, "the 51st extra day is not an extra day");
        answers.set("extradays", "49");
        assert!(answers.assessment().unwrap().comparison.unwrap()[1].available);
        answers.set("studenthours", "475");
        assert!(!answers.assessment().unwrap().comparison.unwrap()[2].available, "2019 quota: 475 hours");
        answers.set("studentwage", "10");
        answers.set("studenthours", "0");
        assert_eq!(answers.assessment().unwrap().comparison.unwrap()[2].components[0].base_per_hour.to_string(), "10");
        for (key, bad) in [("extradays", "367"), ("studenthours", "-1"), ("flexiwage", "abc"), ("studentwage", "0")] {
            let mut wrong = answers.clone();
            wrong.set(key, bad);
            assert_eq!(wrong.pay_problems(), vec![(key, AnswerError::BadAmount)], "{key}={bad}");
        }
    }

    #[test]
    fn answers_are_checked() {
        assert_eq!(answered(&[("t3", "80.5")]).check(Page::WorkT3), Ok(()));
        assert_eq!(answered(&[("t3", "101")]).check(Page::WorkT3), Err(AnswerError::BadPercent));
        assert_eq!(answered(&[("t3", "-1")]).check(Page::WorkT3), Err(AnswerError::BadPercent));
        assert_eq!(answered(&[("t3", "80.")]).check(Page::WorkT3), Err(AnswerError::Unreadable(NumberProblem::Grouping)));
        assert_eq!(answered(&[("t3", "4/5")]).scenario().worker.employment_t3, Some(0.8));
        assert_eq!(answered(&[("t3", "80 %")]).scenario().worker.employment_t3, Some(0.8));
        assert_eq!(answered(&[("extradays", "1,5")]).pay_problems().iter().find(|(k, _)| *k == "extradays"), Some(&("extradays", AnswerError::Unreadable(NumberProblem::TooManyDecimals))));
        assert_eq!(answered(&[("date", "15/01/2025")]).scenario().work_date, "2025-01-15");
        assert_eq!(answered(&[("date", "15/01/2025"), ("since", "1.10.2024")]).with_iso_dates(), answered(&[("date", "2025-01-15"), ("since", "2024-10-01")]));
        assert_eq!(answered(&[("t3", "79.99")]).scenario().worker.employment_t3, Some(0.7999));
        assert_eq!(answered(&[("t3", "100")]).scenario().worker.employment_t3, Some(1.0));
        assert_eq!(answered(&[]).check(Page::WorkT3), Err(AnswerError::Missing));
        assert_eq!(answered(&[("date", "2025-02-30")]).check(Page::Date), Err(AnswerError::BadDate));
        assert_eq!(answered(&[("pc", "3O2")]).check(Page::Sector), Err(AnswerError::BadSector));
        assert_eq!(answered(&[("pc", "999")]).check(Page::Sector), Err(AnswerError::UnknownCommittee));
        assert_eq!(answered(&[("pc", "PC 302.00")]).check(Page::Sector), Ok(()));
        // Belgian forms: the decimal comma, points or spaces between thousands.
        assert_eq!(answered(&[("income", "12,5")]).check(Page::Income), Ok(()));
        assert_eq!(answered(&[("income", "1.200,5")]).scenario().worker.flexi_income_this_year.as_deref(), Some("1200.5"));
        assert_eq!(answered(&[("income", "12.000")]).scenario().worker.flexi_income_this_year.as_deref(), Some("12000"));
        assert_eq!(answered(&[("income", "1,200,5")]).check(Page::Income), Err(AnswerError::Unreadable(NumberProblem::Grouping)));
        assert_eq!(answered(&[("t3", "79,99")]).scenario().worker.employment_t3, Some(0.7999));
        assert_eq!(answered(&[("pension", "maybe")]).check(Page::Pension), Err(AnswerError::BadChoice));
    }

    #[test]
    fn a_date_in_another_quarter_clears_the_answers_about_the_old_quarter() {
        let before = answered(&[("role", "worker"), ("date", "2027-01-16"), ("pc", "302"), ("function", "general"), ("pension", "no"), ("t3", "80"), ("t4", "80"), ("foreign", "no"), ("other", "none"), ("notice", "no"), ("linked", "none"), ("income", "100")]);
        // The same quarter: nothing is lost.
        let mut same = before.clone();
        same.set("date", "2027-03-31");
        assert!(!same.forget_other_quarters(&before));
        assert_eq!(same.work_t3.as_deref(), Some("80"));
        // Another quarter: the T-3 answer was about April–June 2026, the new T-3 is July–September 2026.
        let mut moved = before.clone();
        moved.set("date", "2027-04-20");
        assert!(moved.forget_other_quarters(&before));
        for key in ["t3", "t4", "foreign", "other", "notice", "linked", "income"] {
            assert_eq!(moved.get(key), None, "{key}");
        }
        assert_eq!((moved.joint_committee.as_deref(), moved.pensioner.as_deref()), (Some("302"), Some("no")), "answers about no quarter stay");
        assert_eq!(moved.next_after_change(Page::Date), Page::WorkT3);
        assert_eq!(moved.first_unanswered(), Page::WorkT3);
        assert_eq!(moved.assessment().unwrap().verdict, crate::rules::Verdict::Incomplete, "no verdict on T-3 work nobody answered");
        // A first date, or a date that is not valid yet, clears nothing.
        let mut first = answered(&[("t3", "80"), ("date", "2027-04-20")]);
        assert!(!first.forget_other_quarters(&answered(&[("t3", "80")])));
        assert_eq!(first.work_t3.as_deref(), Some("80"));
    }

    #[test]
    fn i_dont_know_is_an_answer_that_leaves_the_rule_open() {
        let mut answers = answered(&[("role", "worker"), ("date", "2027-01-15"), ("pc", "302"), ("function", "general"), ("pension", "no"), ("t3", "unknown"), ("foreign", "no"), ("other", "none"), ("notice", "no"), ("linked", "unknown"), ("income", "unknown")]);
        for page in [Page::WorkT3, Page::Linked, Page::Income] {
            assert_eq!(answers.check(page), Ok(()), "{page:?}");
        }
        assert_eq!(answers.unknowns(), vec![Page::WorkT3, Page::Linked, Page::Income]);
        assert!(answers.asks(Page::Foreign) && !answers.asks(Page::WorkT4), "work abroad still matters, T-4 cannot be told");
        assert_eq!(answers.first_unanswered(), Page::Check);
        let scenario = answers.scenario();
        assert_eq!((scenario.worker.employment_t3, scenario.flexi_employer.linked_company_contract, scenario.worker.flexi_income_this_year), (None, None, None));
        assert_eq!(answers.assessment().unwrap().verdict, crate::rules::Verdict::Incomplete, "the rules do not guess");
        answers.set("t4", "unknown");
        assert_eq!(answers.check(Page::WorkT4), Err(AnswerError::BadPercent), "only where the page offers it");
    }

    #[test]
    fn browser_back_keeps_the_later_answers() {
        // The history entry of the date page was written before the date was answered.
        let earlier = answered(&[("role", "worker")]);
        let now = answered(&[("role", "worker"), ("date", "2027-01-16"), ("pc", "302"), ("t3", "80"), ("mode", "compare")]);
        let kept = earlier.kept_from(&now);
        assert_eq!((kept.date.as_deref(), kept.joint_committee.as_deref(), kept.work_t3.as_deref()), (Some("2027-01-16"), Some("302"), Some("80")));
        assert_eq!(kept.mode, None, "the mode is the entry's own");
        // An entry about another quarter keeps its own date and does not take the new quarter's answers.
        let other = answered(&[("role", "worker"), ("date", "2026-10-05")]);
        let kept = other.kept_from(&now);
        assert_eq!((kept.date.as_deref(), kept.work_t3.as_deref(), kept.joint_committee.as_deref()), (Some("2026-10-05"), None, Some("302")));
    }

    #[test]
    fn the_scenario_drives_the_rules() {
        let answers = answered(&[("date", "2025-01-15"), ("pc", "302"), ("pension", "no"), ("t3", "80"), ("foreign", "no"), ("other", "none"), ("notice", "no"), ("linked", "none")]);
        let assessment = answers.assessment().unwrap();
        assert_eq!(assessment.verdict, crate::rules::Verdict::Eligible);
        assert_eq!(assessment.reference_quarter.to_string(), "2024-Q2");
    }

    #[test]
    fn a_point_that_grouped_thousands_into_a_wage_far_too_large_is_named() {
        let problems = |wage: &str, hours: &str| {
            let mut a = Answers::default();
            a.set("wage", wage);
            a.set("hours", hours);
            a.set("kind", "manual");
            a.pay_problems()
        };
        assert_eq!(problems("12.500", "6"), vec![("wage", AnswerError::PointThousands)]);
        assert_eq!(problems("12.500 €", "20.000"), vec![("wage", AnswerError::PointThousands), ("hours", AnswerError::PointThousands)]);
        assert_eq!(problems("12,500", "6"), vec![("wage", AnswerError::Unreadable(NumberProblem::Ambiguous))]);
        // A decimal point, or a number too large without any point: the usual message.
        assert_eq!(problems("12.5", "25.5"), vec![("hours", AnswerError::BadAmount)]);
        assert_eq!(problems("12500", "6"), vec![("wage", AnswerError::BadAmount)]);
        assert_eq!(problems("1.500", "6"), vec![]);
    }
}
