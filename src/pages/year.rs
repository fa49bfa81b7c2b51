//! "My flexi year": a worker's flexi pay per employer and month, as the payslips show it, against the
//! year's tax-free ceiling (or an early pensioner's limit): what is left, when the expected pace
//! crosses it, the tax on the excess. The figures come from `rules::year`; the answers are kept in the
//! page's address like every answer (shareable with an accountant), never sent.

use crate::rules::msg;
use super::question::{error_message, error_summary, Problem};
use super::{escape, View};
use crate::journey::{Answers, Journey, Page};
use crate::locale::Lang;
use crate::rules::contract::Number;
use crate::rules::language::Tr;
use crate::rules::year::{EmployerRequest, YearAssessment, YearRequest};
use crate::typed::read_number;
use rust_decimal::Decimal;

/// The employers the page asks for, and the keys that keep them ("Name~1000;;950", January first).
pub const EMPLOYER_KEYS: [&str; 3] = ["e1", "e2", "e3"];
const NAME_IDS: [&str; 3] = ["e1-name", "e2-name", "e3-name"];
const MONTH_IDS: [[&str; 12]; 3] = [
    ["e1-m1", "e1-m2", "e1-m3", "e1-m4", "e1-m5", "e1-m6", "e1-m7", "e1-m8", "e1-m9", "e1-m10", "e1-m11", "e1-m12"],
    ["e2-m1", "e2-m2", "e2-m3", "e2-m4", "e2-m5", "e2-m6", "e2-m7", "e2-m8", "e2-m9", "e2-m10", "e2-m11", "e2-m12"],
    ["e3-m1", "e3-m2", "e3-m3", "e3-m4", "e3-m5", "e3-m6", "e3-m7", "e3-m8", "e3-m9", "e3-m10", "e3-m11", "e3-m12"],
];
const MONTHS: [Tr; 12] = [
    msg::YEAR_PAGE_JAN,
    msg::YEAR_PAGE_FEB,
    msg::YEAR_PAGE_MAR,
    msg::YEAR_PAGE_APR,
    msg::YEAR_PAGE_MAY,
    msg::YEAR_PAGE_JUN,
    msg::YEAR_PAGE_JUL,
    msg::YEAR_PAGE_AUG,
    msg::YEAR_PAGE_SEP,
    msg::YEAR_PAGE_OCT,
    msg::YEAR_PAGE_NOV,
    msg::YEAR_PAGE_DEC,
];

const TITLE: Tr = msg::YEAR_PAGE_TITLE;
const INTRO: Tr = msg::YEAR_PAGE_INTRO;
const YEAR_LABEL: Tr = msg::YEAR_PAGE_YEAR_LABEL;
const PENSION_LEGEND: Tr = msg::YEAR_PAGE_PENSION_LEGEND;
const PENSIONS: [(&str, Tr); 3] = [
    ("none", msg::YEAR_PAGE_NO_PENSION),
    ("retired", msg::YEAR_PAGE_RETIRED_AT_THE_LEGAL_AGE),
    ("early", msg::YEAR_PAGE_EARLY_RETIREMENT_BEFORE_THE_LEGAL),
];
const EMPLOYER: Tr = msg::YEAR_PAGE_EMPLOYER;
const EMPLOYER_NAME: Tr = msg::YEAR_PAGE_EMPLOYER_NAME;
const MONTHS_HINT: Tr = msg::YEAR_PAGE_MONTHS_HINT;
const PACE_LABEL: Tr = msg::YEAR_PAGE_PACE_LABEL;
const MAIN_LABEL: Tr = msg::YEAR_PAGE_MAIN_LABEL;
const SHOW: Tr = msg::YEAR_PAGE_SHOW;
const IMPORT: Tr = msg::YEAR_PAGE_IMPORT;
const UNREADABLE: Tr = msg::YEAR_PAGE_UNREADABLE;
const BAD_AMOUNT: Tr = msg::YEAR_PAGE_BAD_AMOUNT;
const BAD_YEAR: Tr = msg::YEAR_PAGE_BAD_YEAR;

/// An amount as typed (Belgian or plain), as the contract writes it ("1234.56"); `None` when empty,
/// `Err` when it cannot be read.
fn amount(text: &str) -> Result<Option<String>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    read_number(text, 2).ok().filter(|a| *a <= Decimal::from(100_000)).map(|a| Some(a.normalize().to_string())).ok_or(())
}

/// "Continue": the form's fields (input name → value) as answers in the address, or what is wrong.
pub fn submit(here: &Journey, lang: Lang, field: &dyn Fn(&str) -> String) -> Result<Journey, Box<(Answers, Vec<Problem>)>> {
    let mut answers = here.answers.host_only();
    let mut problems = Vec::new();
    let mut problem = |input: &'static str, message: &str, label: String| problems.push(Problem { summary: format!("{label}: {message}"), inline: message.to_string(), input });
    let year = field("fyear");
    match year.trim().parse::<i32>() {
        Ok(y) if (2016..=2030).contains(&y) => answers.set("fyear", &y.to_string()),
        _ => problem("fyear", BAD_YEAR.get(lang), YEAR_LABEL.get(lang).to_string()),
    }
    answers.set("fpension", &field("fpension"));
    for (e, key) in EMPLOYER_KEYS.iter().enumerate() {
        let name: String = field(NAME_IDS[e]).replace(['~', ';'], " ").trim().chars().take(30).collect();
        let mut months = Vec::new();
        for (m, id) in MONTH_IDS[e].iter().enumerate() {
            match amount(&field(id)) {
                Ok(a) => months.push(a.unwrap_or_default()),
                Err(()) => {
                    problem(id, BAD_AMOUNT.get(lang), format!("{} {}, {}", EMPLOYER.get(lang), e + 1, MONTHS[m].get(lang)));
                    months.push(String::new());
                }
            }
        }
        while months.last().is_some_and(String::is_empty) {
            months.pop();
        }
        if !name.is_empty() || !months.is_empty() {
            answers.set(key, &format!("{name}~{}", months.join(";")));
        }
    }
    for (key, label) in [("pace", PACE_LABEL), ("main", MAIN_LABEL)] {
        match amount(&field(key)) {
            Ok(a) => answers.set(key, &a.unwrap_or_default()),
            Err(()) => problem(if key == "pace" { "pace" } else { "main-pay" }, BAD_AMOUNT.get(lang), label.get(lang).to_string()),
        }
    }
    if problems.is_empty() {
        Ok(Journey { page: Page::Year, lang: here.lang.clone(), returning: false, answers })
    } else {
        Err(Box::new((answers, problems)))
    }
}

/// The employer kept under `key`: its name and months (January first).
fn employer(answers: &Answers, key: &str) -> Option<(String, Vec<String>)> {
    let value = answers.get(key)?;
    let (name, months) = value.split_once('~').unwrap_or((value, ""));
    Some((name.to_string(), months.split(';').map(str::to_string).collect()))
}

/// The year the answers describe, as the rules read it.
pub fn request(answers: &Answers, lang: Lang) -> Option<YearRequest> {
    let year = answers.get("fyear")?;
    let employers = EMPLOYER_KEYS
        .iter()
        .filter_map(|k| employer(answers, k))
        .map(|(name, months)| EmployerRequest { name: Some(name), months: months.into_iter().map(|m| (!m.is_empty()).then_some(Number(m))).collect(), so_far: None })
        .collect();
    Some(YearRequest {
        year: Some(Number(year.clone())),
        pension: answers.get("fpension").cloned(),
        employers,
        through_month: None,
        expected_per_month: answers.get("pace").map(|p| Number(p.clone())),
        main_monthly_gross: answers.get("main").map(|m| Number(m.clone())),
        worker_kind: None,
        family: None,
        language: Some(lang),
    })
}

/// The year as a spreadsheet: a line per setting, then a line per employer with its twelve months
/// (`;` between cells, decimal commas in Dutch and French, as Belgian spreadsheets write them).
pub fn export(answers: &Answers, lang: Lang) -> String {
    let comma = |a: &str| if lang == Lang::En { a.to_string() } else { a.replace('.', ",") };
    let mut lines = vec![
        format!("{};{}", YEAR_LABEL.get(lang), answers.get("fyear").map_or("", String::as_str)),
        format!("{};{}", PENSION_LEGEND.get(lang), answers.get("fpension").map_or("none", String::as_str)),
        format!("{};{}", CSV_PACE.get(lang), comma(answers.get("pace").map_or("", String::as_str))),
        format!("{};{}", CSV_MAIN.get(lang), comma(answers.get("main").map_or("", String::as_str))),
        std::iter::once(EMPLOYER.get(lang)).chain(MONTHS.iter().map(|m| m.get(lang))).collect::<Vec<_>>().join(";"),
    ];
    for key in EMPLOYER_KEYS {
        if let Some((name, months)) = employer(answers, key) {
            let mut cells = vec![crate::team::csv_line(&[name], ';')];
            cells.extend((0..12).map(|m| comma(months.get(m).map_or("", String::as_str))));
            lines.push(cells.join(";"));
        }
    }
    lines.join("\r\n") + "\r\n"
}

/// A year's spreadsheet read back (as `export` writes it, in any of the four languages), as the
/// form's fields, so that it is checked as typed: the same messages for a cell that cannot be read.
pub fn import(text: &str) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let mut employers = 0;
    for (_, cells) in crate::team::split(text.trim_start_matches('\u{feff}'), ';') {
        let cells: Vec<&str> = cells.iter().map(|c| c.trim()).collect();
        let head = crate::team::fold(cells[0]);
        let value = cells.get(1).copied().unwrap_or_default().to_string();
        let is = |tr: Tr| Lang::ALL.iter().any(|l| crate::team::fold(tr.get(*l)) == head);
        if is(YEAR_LABEL) {
            fields.push(("fyear".into(), value));
        } else if is(PENSION_LEGEND) {
            fields.push(("fpension".into(), value));
        } else if is(CSV_PACE) {
            fields.push(("pace".into(), value));
        } else if is(CSV_MAIN) {
            fields.push(("main".into(), value));
        } else if is(EMPLOYER) {
            continue;
        } else if employers < EMPLOYER_KEYS.len() {
            fields.push((NAME_IDS[employers].into(), cells[0].to_string()));
            for (m, cell) in cells.iter().skip(1).take(12).enumerate() {
                fields.push((MONTH_IDS[employers][m].into(), cell.to_string()));
            }
            employers += 1;
        }
    }
    fields
}

const CSV_PACE: Tr = msg::YEAR_PAGE_CSV_PACE;
const CSV_MAIN: Tr = msg::YEAR_PAGE_CSV_MAIN;

/// What "Remember on this device" and "Forget" say.
pub fn kept_text(lang: Lang, kept: bool) -> &'static str {
    if kept {
        msg::YEAR_PAGE_KEPT_ON_THIS_DEVICE_IN.get(lang)
    } else {
        msg::YEAR_PAGE_FORGOTTEN_NOTHING_OF_YOUR_YEAR.get(lang)
    }
}

/// Where a remembered year is kept in the browser's storage.
pub const STORAGE_KEY: &str = "flexicheck-year";

pub(super) fn title(lang: Lang) -> &'static str {
    TITLE.get(lang)
}

/// The result page's link here, beside the ceiling.
pub(super) fn from_result(lang: Lang) -> &'static str {
    msg::YEAR_PAGE_FOLLOW_YOUR_YEAR_WITH_ALL.get(lang)
}

/// The start page's line for workers.
pub(super) fn start_line(lang: Lang) -> &'static str {
    msg::YEAR_PAGE_WORKERS_FOLLOW_YOUR_FLEXI_PAY
    .get(lang)
}

pub(super) fn year(view: &View) -> String {
    let t = view.t();
    let lang = view.lang;
    let answers = view.typed.unwrap_or(&view.journey.answers);
    let problems = view.problems;
    let error_for = |input: &str| problems.iter().find(|p| p.input == input).map(|p| error_message(t, &format!("{input}-error"), &p.inline)).unwrap_or_default();
    let value = |key: &str| escape(answers.get(key).map(String::as_str).unwrap_or_default());
    let pension = answers.get("fpension").map_or("none", String::as_str);
    let pensions: String = PENSIONS
        .iter()
        .map(|(v, text)| {
            let checked = if *v == pension { " checked" } else { "" };
            format!(r#"<div class="radio"><input type="radio" id="fpension-{v}" name="fpension" value="{v}"{checked}><label for="fpension-{v}">{}</label></div>"#, escape(text.get(lang)))
        })
        .collect();
    let employers: String = (0..3)
        .map(|e| {
            let (name, months) = employer(answers, EMPLOYER_KEYS[e]).unwrap_or_default();
            let inputs: String = (0..12)
                .map(|m| {
                    let id = MONTH_IDS[e][m];
                    let shown = months.get(m).map(|a| a.replace('.', if lang == Lang::En { "." } else { "," })).unwrap_or_default();
                    format!(r#"<div class="month"><label for="{id}">{}</label>{}<input id="{id}" name="{id}" class="input input-month" inputmode="decimal" autocomplete="off" value="{}"></div>"#, escape(MONTHS[m].get(lang)), error_for(id), escape(&shown))
                })
                .collect();
            format!(
                r#"<fieldset class="employer field"><legend>{} {}</legend><div class="field"><label for="{}">{}</label><input id="{}" name="{}" class="input" autocomplete="off" value="{}"></div><div class="months">{inputs}</div></fieldset>"#,
                escape(EMPLOYER.get(lang)),
                e + 1,
                NAME_IDS[e],
                escape(EMPLOYER_NAME.get(lang)),
                NAME_IDS[e],
                NAME_IDS[e],
                escape(&name)
            )
        })
        .collect();
    let form = format!(
        r#"<form novalidate data-form="year" class="no-print">
<div class="field"><label for="fyear">{}</label>{}<input id="fyear" name="fyear" class="input input-date" inputmode="numeric" autocomplete="off" value="{}"></div>
<fieldset class="question-group field"><legend>{}</legend>{pensions}</fieldset>
<p class="hint" id="months-hint">{}</p>{employers}
<div class="field"><label for="pace">{}</label>{}<input id="pace" name="pace" class="input input-date" inputmode="decimal" autocomplete="off" value="{}"></div>
<div class="field"><label for="main-pay">{}</label>{}<input id="main-pay" name="main" class="input input-date" inputmode="decimal" autocomplete="off" value="{}"></div>
<div class="button-group"><button type="submit" class="button">{}</button></div></form>
<div class="field no-print"><label for="year-file">{}</label><input id="year-file" type="file" accept=".csv,.txt,text/csv" data-action="year-file"></div>"#,
        escape(YEAR_LABEL.get(lang)),
        error_for("fyear"),
        value("fyear"),
        escape(PENSION_LEGEND.get(lang)),
        escape(MONTHS_HINT.get(lang)),
        escape(PACE_LABEL.get(lang)),
        error_for("pace"),
        value("pace"),
        escape(MAIN_LABEL.get(lang)),
        error_for("main-pay"),
        value("main"),
        escape(SHOW.get(lang)),
        escape(IMPORT.get(lang)),
    );
    let results = match (problems.is_empty(), request(&view.journey.answers, lang).map(|r| r.assess())) {
        (true, Some(Ok(year))) => results(lang, &year),
        // Only a link edited by hand gets here (the form checks every figure): say so in the page's language.
        (true, Some(Err(_))) => format!(r#"<p class="notice" role="alert" data-testid="year-unreadable">{}</p>"#, escape(UNREADABLE.get(lang))),
        _ => String::new(),
    };
    format!(
        r#"{}{}<h1 tabindex="-1">{}</h1><p class="lead">{}</p>{form}{results}"#,
        super::back_link(view, &view.restart()),
        error_summary(t, problems),
        escape(TITLE.get(lang)),
        escape(INTRO.get(lang)),
    )
}

fn results(lang: Lang, year: &YearAssessment) -> String {
    let euro = |a: Decimal| lang.euro(a);
    let month_name = |m: u32| lang.month(m).to_string();
    let mut lines = vec![fill(&msg::YEAR_PAGE_FLEXI_PAY_SO_FAR_IN, lang, &[("year", &year.year.to_string()), ("amount", &euro(year.so_far))])];
    if let Some(limit) = &year.limit {
        let name = if limit.kind == "tax_free_ceiling" { msg::YEAR_PAGE_TAX_FREE_CEILING } else { msg::YEAR_PAGE_EARLY_PENSION_S_LIMIT };
        lines.push(fill(&msg::YEAR_PAGE_NAME_YEAR_AMOUNT, lang, &[("name", name.get(lang)), ("year", &year.year.to_string()), ("amount", &euro(limit.amount))]));
        if let Some(room) = year.room_left {
            lines.push(fill(&msg::YEAR_PAGE_LEFT_AMOUNT, lang, &[("amount", &euro(room))]));
        }
        lines.push(match year.crosses_in_month {
            Some(m) if m <= year.through_month => fill(&msg::YEAR_PAGE_CROSSED_IN_MONTH, lang, &[("month", &month_name(m))]),
            Some(m) => fill(&msg::YEAR_PAGE_AT_THIS_PACE_IT_IS, lang, &[("month", &month_name(m))]),
            None => msg::YEAR_PAGE_AT_THIS_PACE_IT_IS_2.get(lang).to_string(),
        });
        if let Some(excess) = year.excess {
            lines.push(fill(&msg::YEAR_PAGE_ABOVE_IT_OVER_THE_YEAR, lang, &[("amount", &euro(excess))]));
        }
    }
    let tax = year.tax_on_excess.as_ref().map(|t| format!(r#"<p data-testid="year-tax"><strong>{}</strong> {}</p>"#, escape(&fill(&msg::YEAR_PAGE_ESTIMATED_TAX_ON_IT_AMOUNT, lang, &[("amount", &euro(t.amount))])), escape(&t.note))).unwrap_or_default();
    // The limit's sources, then those of what it counts (flexi holiday pay included), each once.
    let mut cited = year.limit.as_ref().map(|l| l.sources.clone()).unwrap_or_default();
    for source in crate::rules::year::counted_sources(lang) {
        if cited.iter().all(|c| c.id != source.id) {
            cited.push(source);
        }
    }
    let sources: String = cited.iter().map(|s| format!("<li>{} ({})</li>", super::source_link(s), escape(s.publisher))).collect();
    let rows: String = year
        .months
        .iter()
        .map(|m| format!("<tr><th scope=\"row\">{}</th><td>{}{}</td><td>{}</td></tr>", escape(&month_name(m.month)), escape(&euro(m.pay)), if m.expected { escape(msg::YEAR_PAGE_EXPECTED.get(lang)) } else { String::new() }, escape(&euro(m.running_total))))
        .collect();
    let actions = format!(
        r#"<p class="button-group no-print"><button type="button" class="button button-secondary" data-action="year-export">{}</button> <button type="button" class="button button-secondary" data-action="year-remember">{}</button> <button type="button" class="button button-secondary" data-action="year-forget">{}</button></p><p id="year-kept" class="hint" role="status" data-testid="year-kept"></p>"#,
        escape(msg::YEAR_PAGE_DOWNLOAD_AS_A_SPREADSHEET_CSV.get(lang)),
        escape(msg::YEAR_PAGE_REMEMBER_ON_THIS_DEVICE.get(lang)),
        escape(msg::YEAR_PAGE_FORGET.get(lang)),
    );
    format!(
        r#"<section class="year-results" aria-labelledby="year-title"><h2 id="year-title" tabindex="-1">{}</h2><ul class="year-lines" data-testid="year-lines">{}</ul>{tax}<p>{}</p><p class="hint">{}</p>{}{}<table class="year-table"><caption>{}</caption><thead><tr><th scope="col">{}</th><th scope="col">{}</th><th scope="col">{}</th></tr></thead><tbody>{rows}</tbody></table>{}</section>"#,
        escape(&fill(&msg::YEAR_PAGE_YOUR_FLEXI_YEAR_YEAR, lang, &[("year", &year.year.to_string())])),
        lines.iter().map(|l| format!("<li>{}</li>", escape(l))).collect::<String>(),
        escape(&year.limit_note),
        escape(&year.counted),
        chart(lang, year),
        if sources.is_empty() { String::new() } else { format!(r#"<ul class="sources" data-testid="year-sources">{sources}</ul>"#) },
        escape(msg::YEAR_PAGE_MONTH_BY_MONTH.get(lang)),
        escape(msg::YEAR_PAGE_MONTH.get(lang)),
        escape(msg::YEAR_PAGE_FLEXI_PAY.get(lang)),
        escape(msg::YEAR_PAGE_SO_FAR.get(lang)),
        actions,
    )
}

/// The running total as bars, the limit as a line: a picture for those who look; the table beside it
/// says the same for everyone.
fn chart(lang: Lang, year: &YearAssessment) -> String {
    let top = year.months.iter().map(|m| m.running_total).chain(year.limit.as_ref().map(|l| l.amount)).max().unwrap_or_default().max(Decimal::ONE);
    let height = |a: Decimal| (a * Decimal::from(160) / top).round().to_string().parse::<i64>().unwrap_or(0);
    let bars: String = year
        .months
        .iter()
        .map(|m| {
            let h = height(m.running_total);
            let class = if m.expected { "bar-expected" } else { "bar-paid" };
            let x = 30 + (m.month as i64 - 1) * 30;
            format!(r#"<rect class="{class}" x="{x}" y="{}" width="22" height="{h}"></rect><text class="chart-month" x="{}" y="196">{}</text>"#, 180 - h, x + 11, escape(&MONTHS[m.month as usize - 1].get(lang).chars().next().unwrap_or(' ').to_ascii_uppercase().to_string()))
        })
        .collect();
    let line = year.limit.as_ref().map(|l| format!(r#"<rect class="limit-line" x="24" y="{}" width="366" height="2"></rect>"#, 180 - height(l.amount) - 1)).unwrap_or_default();
    let legend = msg::YEAR_PAGE_THE_YEAR_S_RUNNING_TOTAL;
    format!(r#"<svg class="year-chart" viewBox="0 0 400 204" aria-hidden="true" focusable="false">{bars}{line}</svg><p class="hint" aria-hidden="true">{}</p>"#, escape(legend.get(lang)))
}

/// A text of the page's language with its `{name}`s filled.
fn fill(text: &Tr, lang: Lang, values: &[(&str, &str)]) -> String {
    crate::locale::fill(text.get(lang), values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pages::screen;

    #[test]
    fn three_employers_months_go_in_the_address_and_the_page_says_when_the_ceiling_is_crossed() {
        let here = Journey::from_query("?page=year&lang=nl").unwrap();
        let typed = |name: &str| match name {
            "fyear" => "2025".into(),
            "fpension" => "none".into(),
            "e1-name" => "Brasserie A".into(),
            "e2-name" => "Bar B".into(),
            "e3-name" => "Hotel C".into(),
            "pace" => "1.900".into(),
            "main" => "3000".into(),
            id if id.starts_with("e1-m") && id[4..].parse::<u32>().is_ok_and(|m| m <= 9) => "800".into(),
            id if id.starts_with("e2-m") && id[4..].parse::<u32>().is_ok_and(|m| m <= 9) => "600,00".into(),
            id if id.starts_with("e3-m") && id[4..].parse::<u32>().is_ok_and(|m| m <= 9) => "500".into(),
            _ => String::new(),
        };
        let next = submit(&here, Lang::Nl, &typed).unwrap();
        let query = next.to_query();
        assert!(query.contains("fyear=2025") && query.contains("e1=Brasserie%20A~800;800;800;800;800;800;800;800;800") && query.contains("pace=1900"), "{query}");
        // The link reads back to the same page, and the page says it all in Dutch.
        let back = Journey::from_query(&query).unwrap();
        assert_eq!(back, next);
        let html = screen(&View::of(&back, Lang::Nl)).html;
        assert!(html.contains("Flexiloon tot nu in 2025: €\u{a0}17.100.") && html.contains("Belastingvrij plafond 2025: €\u{a0}18.000.") && html.contains("Aan dit tempo wordt het overschreden in oktober."), "{html}");
        assert!(html.contains("Geschatte belasting erop: €\u{a0}2.170,56."), "{html}");
        assert!(html.contains("<svg class=\"year-chart\"") && html.contains("<table class=\"year-table\">"));
        // What the ceiling counts is sourced too: the pages of FOD Financiën and RSZ, as links.
        assert_eq!(crate::rules::year::counted_sources(Lang::Nl).len(), 2);
        assert!(crate::rules::year::counted_sources(Lang::Nl).iter().all(|s| html.contains(&format!("href=\"{}\"", s.url))));
        // A link edited by hand says so in the page's language.
        let tampered = Journey::from_query("?page=year&lang=fr&fyear=2025&fpension=maybe").unwrap();
        assert!(screen(&View::of(&tampered, Lang::Fr)).html.contains(UNREADABLE.get(Lang::Fr)));
        // A month that cannot be read is named, and nothing moves on.
        let wrong = |name: &str| if name == "e2-m3" { "12abc".to_string() } else { typed(name) };
        let (_, problems) = *submit(&here, Lang::En, &wrong).unwrap_err();
        assert_eq!(problems.iter().map(|p| p.input).collect::<Vec<_>>(), ["e2-m3"]);
        assert!(problems[0].summary.starts_with("Employer 2, Mar: "));
    }
}

#[cfg(test)]
mod spreadsheet_tests {
    use super::*;

    #[test]
    fn a_year_saved_as_a_spreadsheet_opens_as_the_same_year() {
        let year = Journey::from_query("?page=year&lang=fr&fyear=2025&fpension=early&pace=700.5&main=3000&e1=Caf%C3%A9%20%22Le%20Coin%22~900;;1234.56&e2=Bar~;;;;500").unwrap();
        let csv = export(&year.answers, Lang::Fr);
        assert!(csv.starts_with("Année;2025\r\nPension;early\r\nAttendu par mois;700,5\r\n"), "{csv}");
        assert!(csv.contains("\"Café \"\"Le Coin\"\"\";900;;1234,56;"), "{csv}");
        // Read back in another language's page: the same answers.
        let fields = import(&csv);
        let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone()).unwrap_or_default();
        let here = Journey::from_query("?page=year&lang=nl").unwrap();
        let again = submit(&here, Lang::Nl, &field).unwrap();
        assert_eq!(again.answers, year.answers);
    }
}
