//! Every screen as HTML, from the journey and the rules: no Leptos, no browser. Each page is tested
//! natively, and the start page written at build time is the app's own. `ui` puts this HTML on screen
//! and turns clicks, typing and Continue back into journeys (GOV.UK patterns: one question per page,
//! check answers, error summary; forms that work as forms).
//!
//! Why HTML text and not a tree of components: every distinct component tree costs its own compiled
//! code in the wasm, and the screens here are documents with a few inputs. Written as text, the
//! whole interface costs a fraction of the bytes (README, "Hosting": size and speed).

mod compare;
mod question;
mod reference;
mod result;
// The tools' pages: only the whole app shows them (the first download is built without `tools`).
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub mod team;
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub mod websites;
#[cfg_attr(not(feature = "tools"), allow(dead_code))]
pub mod year;

pub use question::{pick_sector, sector_query_of, sector_regions, sector_typed, submit, Problem, SectorRegions};

use crate::journey::{Answers, Journey, Page, QueryError};
use crate::locale::{fill, Lang, Texts};
#[cfg(test)]
use crate::rules::directory::DIRECTORY;
use crate::rules::eligibility::{rules_are_stale, RULES_VERIFIED_UNTIL};
use crate::rules::formalities::{formalities, framework_mentions, FRAMEWORK_AGREEMENT_AGENCY};
use crate::rules::sources::{self, SourceRef};
use crate::rules::staffing::Regime;
use chrono::NaiveDate;

/// What the screen shows: the journey, and what the visitor has typed on this page but not yet sent.
pub struct View<'a> {
    pub journey: &'a Journey,
    pub lang: Lang,
    /// The link could not be read: the screen says why instead of showing a page.
    pub bad_link: Option<&'a QueryError>,
    /// The answers in the inputs: typed ones after a refused Continue, else the journey's.
    pub typed: Option<&'a Answers>,
    /// What is wrong with the answers sent (GOV.UK error summary).
    pub problems: &'a [Problem],
    /// The sector finder's text.
    pub sector_query: &'a str,
    /// Where "Rules and sources" was opened from: its Back link returns there.
    pub came_from: Option<&'a Journey>,
    /// The visitor's day, for the line that says the rules may be out of date.
    pub today: Option<NaiveDate>,
    /// "Check a team": the rows as pasted or read from a file, kept in memory, never in the link.
    pub team: Option<TeamView<'a>>,
    /// The app's own address ("https://example.org/flexi/"), for the snippets of "For websites".
    pub app_url: Option<&'a str>,
}

/// A team on its page: the rows as given, every worker's verdict once checked (the page checks them
/// itself when not given), and which rows are on screen.
#[derive(Clone, Copy, Default)]
pub struct TeamView<'a> {
    /// The rows as given. Not written into the page (a team can be megabytes): the app puts them
    /// back in the rows box itself.
    pub text: &'a str,
    pub checked: Option<&'a Result<team::Checked, crate::team::TableError>>,
    /// Only the workers with this answer (the filter), or everyone.
    pub filter: Option<team::RowVerdict>,
    /// How many rows are written out (more on request: a team of thousands is counted at once).
    pub shown: usize,
}

impl<'a> View<'a> {
    /// A journey shown as it is, nothing typed, nothing wrong; the sector finder holds the sector's code.
    pub fn of(journey: &'a Journey, lang: Lang) -> View<'a> {
        View { journey, lang, bad_link: None, typed: None, problems: &[], sector_query: sector_query_of(journey), came_from: None, today: None, team: None, app_url: None }
    }

    fn t(&self) -> &'static Texts {
        self.lang.texts()
    }

    fn answers(&self) -> &Answers {
        &self.journey.answers
    }

    /// The same journey on another page, naming its language (links opened elsewhere keep it).
    fn to_page(&self, page: Page) -> Journey {
        let mut next = self.journey.clone();
        next.page = page;
        next.lang.get_or_insert_with(|| self.lang.code().to_string());
        next
    }

    /// A fresh journey from the start page, in the current language.
    fn restart(&self) -> Journey {
        Journey { lang: Some(self.lang.code().to_string()), answers: self.journey.answers.host_only(), ..Journey::start() }
    }
}

/// A whole screen: the document title and the body's markup (skip link, header, main, footer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Screen {
    pub title: String,
    pub html: String,
}

/// The screen for `view`.
pub fn screen(view: &View) -> Screen {
    let t = view.t();
    let (heading, main, error) = match view.bad_link {
        Some(problem) => (t.bad_link_title.to_string(), bad_link(view, problem), true),
        None => page(view),
    };
    let stale = view.today.is_some_and(rules_are_stale).then(|| {
        let text = fill(t.stale, &[("date", &view.lang.date(RULES_VERIFIED_UNTIL))]);
        format!(r#"<p class="stale-notice" role="note" data-testid="stale">{}</p>"#, escape(&text))
    });
    let html = format!(
        r##"<a class="skip-link" href="#main">{}</a>{}<main id="main" class="page">{}{main}</main>{}"##,
        escape(t.skip_link),
        header(view),
        stale.unwrap_or_default(),
        footer(view)
    );
    Screen { title: format!("{}{heading} – Flexicheck", if error { t.error_prefix } else { "" }), html }
}

/// The page's heading (for the title), its markup, and whether it shows an error.
fn page(view: &View) -> (String, String, bool) {
    let t = view.t();
    let (heading, html) = match view.journey.page {
        Page::Start => (t.start_title.to_string(), start(view)),
        Page::Check => (t.check_title.to_string(), result::check(view)),
        Page::Result => result::result(view),
        Page::Rules => (t.rules_title.to_string(), reference::rules(view)),
        Page::Changes => (t.changes_title.to_string(), reference::changes(view)),
        Page::Compare => (t.compare_title.to_string(), compare::compare(view)),
        #[cfg(feature = "tools")]
        Page::Team => (team::title(view.lang).to_string(), team::team(view)),
        #[cfg(feature = "tools")]
        Page::Websites => (websites::title(view.lang).to_string(), websites::websites(view)),
        #[cfg(feature = "tools")]
        Page::Year => (year::title(view.lang).to_string(), year::year(view)),
        // The app's first download hands a tool's page over to the whole app before showing it.
        #[cfg(not(feature = "tools"))]
        Page::Team | Page::Websites | Page::Year => (String::new(), String::new()),
        page => return question::question(view, page),
    };
    (heading, html, false)
}

/// A website's accent colour for buttons and links ("#0b5394"), when white text on it (and it as text
/// on white) keeps WCAG AA contrast, 4.5:1; otherwise the reason, for the editor's console.
pub fn accent(answers: &Answers) -> Option<Result<String, String>> {
    let hex = answers.accent.as_deref()?;
    let channel = |i: usize| u8::from_str_radix(hex.get(i..i + 2).unwrap_or("00"), 16).unwrap_or(0);
    // WCAG 2's relative luminance of sRGB.
    let linear = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    let luminance = 0.2126 * linear(channel(0)) + 0.7152 * linear(channel(2)) + 0.0722 * linear(channel(4));
    let contrast = 1.05 / (luminance + 0.05);
    Some(if contrast >= 4.5 {
        Ok(format!("#{}", hex.to_ascii_lowercase()))
    } else {
        // Hundredths, as integers: printing floats costs the bundle.
        let hundredths = (contrast * 100.0) as u32;
        Err(format!("Flexicheck: accent={hex} gives white text a contrast of {}.{:02}:1, below WCAG AA's 4.5:1; the default colour is used.", hundredths / 100, hundredths % 100))
    })
}

/// `text` safe inside HTML text and double-quoted attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
    out
}

/// A link within the app: a plain link that the UI follows without reloading.
fn link(target: &Journey, class: &str, text: &str) -> String {
    let class = if class.is_empty() { String::new() } else { format!(r#" class="{class}""#) };
    format!(r#"<a{class} href="{}">{}</a>"#, escape(&target.to_query()), escape(text))
}

fn back_link(view: &View, target: &Journey) -> String {
    link(target, "back-link", view.t().back)
}

pub(crate) fn header(view: &View) -> String {
    let t = view.t();
    let languages: String = Lang::ALL
        .into_iter()
        .map(|l| {
            let mut next = view.journey.clone();
            next.lang = Some(l.code().to_string());
            let current = if l == view.lang { r#" aria-current="true""# } else { "" };
            // data-keep-typed: a language switch keeps what was typed but not yet sent.
            format!(
                r#"<li><a href="{}" lang="{code}" hreflang="{code}"{current} data-keep-typed>{}</a></li>"#,
                escape(&next.to_query()),
                escape(l.name()),
                code = l.code()
            )
        })
        .collect();
    // In a website's compact frame: the language links alone, in one small line.
    if view.journey.answers.compact() {
        return format!(r#"<header class="masthead-compact"><nav aria-label="Language / Taal / Langue / Sprache"><ul class="languages">{languages}</ul></nav></header>"#);
    }
    format!(
        r#"<header class="masthead"><div class="masthead-inner"><p class="brand">Flexicheck<span class="tagline">{}</span></p><nav aria-label="Language / Taal / Langue / Sprache"><ul class="languages">{languages}</ul></nav></div></header>"#,
        escape(t.brand_tagline)
    )
}

fn footer(view: &View) -> String {
    let t = view.t();
    let verified = fill(t.verified_until, &[("date", &view.lang.date(RULES_VERIFIED_UNTIL))]);
    // In a website's compact frame: the privacy sentence, kept.
    if view.journey.answers.compact() {
        return format!(r#"<footer class="footer footer-compact"><p>{}</p></footer>"#, escape(t.privacy));
    }
    format!(
        r#"<footer class="footer"><p>{}</p><p>{}</p><p>{} · {}</p></footer>"#,
        escape(t.privacy),
        escape(&verified),
        link(&view.to_page(Page::Rules), "", t.rules_link),
        link(&Journey { page: Page::Websites, lang: Some(view.lang.code().to_string()), returning: false, answers: Answers::default() }, "", websites::link_text(view.lang))
    )
}

fn start(view: &View) -> String {
    let t = view.t();
    let mut check = view.to_page(Page::Role);
    check.answers.set("mode", "");
    let mut compare = view.to_page(Page::Date);
    compare.answers.set("mode", "compare");
    let (team_line, team_button) = team::start_line(view.lang);
    format!(
        r#"<h1 tabindex="-1">{}</h1><p class="lead">{}</p><p>{}</p>{}<p>{}</p>{}<p>{}</p>{}<p>{}</p>{}<p>{}</p><p class="hint">{}</p>"#,
        escape(t.start_title),
        escape(t.start_intro),
        escape(t.start_for_whom),
        link(&check, "button button-start", t.start_button),
        escape(t.start_compare_intro),
        link(&compare, "button button-secondary", t.start_compare_button),
        escape(team_line),
        link(&Journey { page: Page::Team, lang: Some(view.lang.code().to_string()), returning: false, answers: view.journey.answers.host_only() }, "button button-secondary", team_button),
        escape(year::start_line(view.lang)),
        link(&Journey { page: Page::Year, lang: Some(view.lang.code().to_string()), returning: false, answers: view.journey.answers.host_only() }, "button button-secondary", year::title(view.lang)),
        link(&view.to_page(Page::Changes), "", t.start_whats_new),
        escape(t.start_not_advice)
    )
}

fn bad_link(view: &View, problem: &QueryError) -> String {
    let t = view.t();
    format!(
        r#"<h1 tabindex="-1">{}</h1><p>{} {}</p>{}"#,
        escape(t.bad_link_title),
        escape(t.bad_link_text),
        escape(&problem.message(view.lang)),
        link(&view.restart(), "button", t.start_again)
    )
}

/// A citation: the act and sources in words, then each source as a link (title and publisher) in the
/// page's language where the source has that version. `noreferrer`: the answers in our URL never
/// travel to another site.
fn citation(t: &Texts, lang: Lang, text: &str, links: &[SourceRef]) -> String {
    // English reads the citation as written; Dutch and French read the acts it names in their
    // language, the linked pages saying the rest.
    cited_words(t, &sources::words_in(text, lang), links)
}

/// A source line the engine already wrote in the page's language (a reason's or a component's):
/// the words the links below do not already say, then the links.
fn cited_words(t: &Texts, words: &str, links: &[SourceRef]) -> String {
    let words = words.split("; ").filter(|part| !links.iter().any(|l| l.title == *part)).collect::<Vec<_>>().join("; ");
    let links: String = links.iter().map(|s| format!("<li>{} ({})</li>", source_link(s), escape(s.publisher))).collect();
    format!(r#"<span class="citation">{}{}<ul class="source-links">{links}</ul></span>"#, escape(t.source), escape(&words))
}

/// A source's page as a link, opened apart; marked with its title's language where that is not the
/// page's (a French title on a German page is read out in French).
pub(crate) fn source_link(s: &SourceRef) -> String {
    let lang = s.title_language.map(|l| format!(r#" lang="{}""#, l.code())).unwrap_or_default();
    format!(r#"<a href="{}" rel="noreferrer" target="_blank"{lang}>{}</a>"#, escape(s.url), escape(s.title))
}

/// The same, from a citation as the rules tables write it.
fn cited(t: &Texts, lang: Lang, text: &str) -> String {
    citation(t, lang, text, &sources::refs(text, lang))
}

/// A figure of the comparison: always to the cent ("€10.00"), the way the language writes it.
fn money(lang: Lang, amount: rust_decimal::Decimal) -> String {
    let mut cents = crate::rules::money::to_cents(amount);
    cents.rescale(2);
    lang.euros(&cents.to_string())
}

/// "Rules and amounts as in force on 15 January 2025": the date the answers ask about (what-if).
fn rules_as_of(t: &Texts, lang: Lang, answers: &Answers) -> String {
    answers.work_date().map(|d| fill(t.rules_as_of, &[("date", &lang.date(d))])).unwrap_or_default()
}

/// What `regime` takes on `day`, one list item each with its source; with `checklist`, the framework
/// agreement's mandatory mentions follow the first item (the agreement itself).
fn formality_items(t: &Texts, lang: Lang, regime: Regime, day: NaiveDate, checklist: bool) -> String {
    formalities(regime, day)
        .enumerate()
        .map(|(i, f)| {
            let mentions = if checklist && i == 0 {
                let items: String = framework_mentions(lang).map(|m| format!("<li>{}</li>", escape(m))).collect();
                format!(
                    r#"<span class="lead-in">{}</span><ul class="checklist" data-testid="framework-mentions">{items}</ul><span class="hint">{}</span>"#,
                    escape(t.framework_states),
                    escape(FRAMEWORK_AGREEMENT_AGENCY.get(lang))
                )
            } else {
                String::new()
            };
            format!(r#"<li>{}{mentions}<span class="meta">{}</span></li>"#, escape(f.text.get(lang)), cited(t, lang, f.source))
        })
        .collect()
}

/// The sector name to show for the answers, in the user's language.
fn sector_label(lang: Lang, answers: &Answers) -> Option<String> {
    // Only as the tool read it: a committee as `read_committee` reads it, a NACE code as its digits.
    // Anything else in a link ("302 — call this number") is not an answer, and never shown as one.
    let committee = answers.joint_committee.as_deref().and_then(|c| crate::rules::committees::read_committee(c).ok());
    let nace = answers.nace.as_deref().and_then(|n| crate::rules::sectors::normalise_nace(n).ok());
    let (committee, nace) = (committee.as_deref(), nace.as_deref());
    if committee.is_none() && nace.is_none() {
        return None;
    }
    let listed = |e: &crate::rules::directory::SectorEntry| nace.is_some_and(|n| e.codes.iter().any(|list| list.contains(&n)));
    let entry = crate::rules::directory::entries().iter().find(|e| e.joint_committee == committee && (nace.is_none() || e.nace == nace || listed(e)));
    let code = match (committee, nace) {
        (Some(c), Some(n)) => format!("{} {c}, NACE {n}", lang.pc()),
        (Some(c), None) => format!("{} {c}", lang.pc()),
        (None, Some(n)) => format!("NACE {n}"),
        (None, None) => String::new(),
    };
    Some(entry.map_or(code.clone(), |e| format!("{} ({code})", e.name(lang))))
}

#[cfg(test)]
mod tests {
    use crate::journey::{Journey, Page, QueryError};

    #[test]
    fn a_website_sets_its_sector_compact_frame_and_colour_in_the_frames_address() {
        let journey = Journey::from_query("?page=role&lang=nl&embed=compact&accent=0b5394&pc=302&pc_fixed=1").unwrap();
        let answers = &journey.answers;
        assert!(answers.compact() && answers.sector_fixed());
        assert!(!answers.questions().contains(&Page::Sector), "the site's sector is never asked");
        // Kept on every link and when starting again; nothing the visitor answered is.
        let view = View::of(&journey, Lang::Nl);
        assert_eq!(view.restart().to_query(), "?page=start&lang=nl&pc=302&embed=compact&accent=0b5394&pc_fixed=1");
        let html = screen(&view).html;
        assert!(!html.contains("class=\"masthead\"") && html.contains("masthead-compact") && html.contains("footer-compact"));
        // The colour only with WCAG AA contrast against white; a wrong value is a link that cannot be read.
        assert_eq!(accent(answers), Some(Ok("#0b5394".to_string())));
        let pale = Journey::from_query("?accent=FFFF00").unwrap();
        assert!(matches!(accent(&pale.answers), Some(Err(why)) if why.contains("1.07:1")), "{:?}", accent(&pale.answers));
        assert_eq!(Journey::from_query("?accent=red"), Err(QueryError::InvalidValue("accent".into())));
        assert_eq!(Journey::from_query("?embed=full"), Err(QueryError::InvalidValue("embed".into())));
        // A sector the rules cannot read is asked after all.
        let wrong = Journey::from_query("?pc=999&pc_fixed=1").unwrap();
        assert!(!wrong.answers.sector_fixed() && wrong.answers.questions().contains(&Page::Sector));
    }

    use super::*;

    fn shown(query: &str, lang: Lang) -> Screen {
        let journey = Journey::from_query(query).unwrap();
        screen(&View::of(&journey, lang))
    }

    #[test]
    fn text_cannot_break_out_of_the_markup() {
        assert_eq!(escape(r#"<a href="x">&"#), "&lt;a href=&quot;x&quot;&gt;&amp;");
    }

    #[test]
    fn every_page_has_one_main_one_heading_and_a_title_in_every_language() {
        for lang in Lang::ALL {
            for page in Page::ALL {
                let s = shown(&format!("?page={}&lang={}&date=2026-12-05&pc=302&role=employer", page.slug(), lang.code()), lang);
                assert_eq!(s.html.matches("<main").count(), 1, "{page:?}");
                assert_eq!(s.html.matches("<h1").count(), 1, "{page:?} {}", s.html);
                assert!(s.title.ends_with(" – Flexicheck"), "{page:?}");
                assert!(!s.title.starts_with(" "), "{page:?}");
            }
        }
    }

    #[test]
    fn the_stale_line_shows_only_long_after_the_rules_were_checked() {
        let journey = Journey::start();
        let mut view = View::of(&journey, Lang::En);
        view.today = Some(RULES_VERIFIED_UNTIL);
        assert!(!screen(&view).html.contains("data-testid=\"stale\""));
        view.today = RULES_VERIFIED_UNTIL.checked_add_days(chrono::Days::new(400));
        assert!(screen(&view).html.contains("data-testid=\"stale\""));
    }

    #[test]
    fn a_bad_link_says_why_in_its_language_and_offers_the_start() {
        let journey = Journey { lang: Some("fr".into()), ..Journey::start() };
        let problem = QueryError::UnknownPage("<x>".into());
        let mut view = View::of(&journey, Lang::Fr);
        view.bad_link = Some(&problem);
        let s = screen(&view);
        assert!(s.title.starts_with(Lang::Fr.texts().error_prefix));
        assert!(s.html.contains("« &lt;x&gt; »"), "{}", s.html);
        assert!(s.html.contains(r#"href="?page=start&amp;lang=fr""#));
    }

    #[test]
    fn the_language_links_keep_the_page_and_answers() {
        let s = shown("?page=sector&lang=nl&date=2026-12-05", Lang::Nl);
        assert!(s.html.contains(r#"href="?page=sector&amp;lang=fr&amp;date=2026-12-05" lang="fr""#), "{}", s.html);
        assert!(s.html.contains(r#"lang="nl" hreflang="nl" aria-current="true""#));
    }

    #[test]
    fn the_footer_says_where_the_answers_stay_and_until_when_the_rules_were_checked() {
        for lang in Lang::ALL {
            let h = shown("?page=start", lang).html;
            let footer = &h[h.find("<footer").unwrap()..];
            assert!(footer.contains(&escape(lang.texts().privacy)));
            assert!(footer.contains(&escape(&fill(lang.texts().verified_until, &[("date", &lang.date(RULES_VERIFIED_UNTIL))]))));
            assert!(footer.contains(&format!(r#"<a href="?page=rules&amp;lang={}">"#, lang.code())));
        }
    }

    #[test]
    fn a_citation_names_its_sources_in_words_and_links_each_page_without_a_referrer() {
        let rule = &crate::rules::eligibility::RULES[0];
        let refs = sources::refs(rule.source, Lang::Nl);
        assert!(!refs.is_empty());
        let expected = citation(Lang::Nl.texts(), Lang::Nl, rule.source, &refs);
        // Dutch reads the act in Dutch ("Wet van 16 nov. 2015"), never the English words.
        assert!(expected.starts_with(&format!(r#"<span class="citation">{}{}<ul"#, escape(Lang::Nl.texts().source), escape(&sources::acts(rule.source, Lang::Nl).join("; ")))), "{expected}");
        assert!(expected.contains("Wet van 16 nov. 2015") && !expected.contains("Law of"), "{expected}");
        for r in &refs {
            assert!(expected.contains(&format!("{} ({})", source_link(r), escape(r.publisher))));
        }
        assert!(shown("?page=rules&lang=nl", Lang::Nl).html.contains(&expected));
        assert_eq!(cited(Lang::Nl.texts(), Lang::Nl, rule.source), expected);
    }

    #[test]
    fn the_employer_reads_the_framework_mentions_under_the_agreement_only() {
        let h = shown("?page=result&lang=en&role=employer&date=2026-12-05&pc=302&function=general&pension=no&t3=80&t4=80&foreign=no&other=none&notice=no&linked=none", Lang::En).html;
        let day = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let texts: Vec<String> = formalities(Regime::Flexi, day).map(|f| escape(f.text.get(Lang::En))).collect();
        assert!(texts.len() >= 2);
        let at = |needle: &str| h.find(needle).unwrap_or_else(|| panic!("no {needle}"));
        assert_eq!(h.matches(r#"data-testid="framework-mentions""#).count(), 1);
        assert!(at(&texts[0]) < at("framework-mentions") && at("framework-mentions") < at(&texts[1]));
        // The comparison lists what each option takes, without the checklist.
        assert!(!shown("?page=compare&lang=en&mode=compare&date=2026-12-05&pc=302&wage=15.50&hours=6&kind=manual", Lang::En).html.contains("framework-mentions"));
    }

    #[test]
    fn the_sector_is_named_by_its_entry_with_its_codes() {
        for lang in Lang::ALL {
            for e in DIRECTORY {
                let mut a = Answers::default();
                a.set("pc", e.joint_committee.unwrap_or(""));
                a.set("nace", e.nace.unwrap_or(""));
                let label = sector_label(lang, &a).unwrap();
                let named = |nace: Option<&str>| DIRECTORY.iter().any(|o| o.joint_committee == e.joint_committee && (nace.is_none() || o.nace == nace || o.codes.iter().any(|l| l.contains(&nace.unwrap()))) && label.starts_with(&format!("{} (", o.name(lang))));
                assert!(named(e.nace), "{label}");
                // A five-digit code listed under an entry names that entry, and the code.
                for code in e.codes.iter().flat_map(|l| l.iter()).filter(|c| c.len() == 5) {
                    a.set("nace", code);
                    let label = sector_label(lang, &a).unwrap();
                    let named = DIRECTORY.iter().any(|o| o.joint_committee == e.joint_committee && (o.nace == Some(code) || o.codes.iter().any(|l| l.contains(code))) && label.starts_with(&format!("{} (", o.name(lang))));
                    assert!(named, "{label}");
                    assert!(label.ends_with(&format!("NACE {code})")), "{label}");
                }
            }
            assert_eq!(sector_label(lang, &Answers::default()), None);
            // Only as the tool read it: a number that names no committee, or text after a number, is
            // not an answer (issue 22: a link must not make the tool appear to say things).
            let mut unknown = Answers::default();
            unknown.set("pc", "999");
            assert_eq!(sector_label(lang, &unknown), None);
            unknown.set("nace", "01110");
            assert_eq!(sector_label(lang, &unknown).unwrap(), "NACE 01110");
            let mut crafted = Answers::default();
            crafted.set("pc", "302 — SESSION EXPIRED: call +32 2 000 00 00");
            crafted.set("nace", "56101 call us");
            assert_eq!(sector_label(lang, &crafted), None);
            crafted.set("pc", " pc 302.00 ");
            assert!(sector_label(lang, &crafted).unwrap().ends_with(&format!("({} 302)", lang.pc())));
        }
    }

    /// Words a page can only hold if another language leaked in ("of" is Dutch and English, "die"
    /// Dutch and German, "des" French and German: not telltales).
    const TELLTALES: [(Lang, &[&str]); 4] = [
        (Lang::En, &["the", "and", "with", "Law", "checked", "which", "allowed", "from", "when"]),
        (Lang::Nl, &["het", "niet", "wordt", "voor", "zijn", "ook"]),
        (Lang::Fr, &["les", "pour", "avec", "dans", "est", "une"]),
        (Lang::De, &["und", "nicht", "wird", "für", "oder", "ist"]),
    ];

    /// The words of a screen a reader sees: its text and its titles, without the markup.
    fn visible_words(html: &str) -> Vec<String> {
        let mut text = String::new();
        let mut in_tag = false;
        for c in html.chars() {
            match c {
                '<' => in_tag = true,
                '>' => {
                    in_tag = false;
                    text.push(' ');
                }
                c if !in_tag => text.push(c),
                _ => {}
            }
        }
        text.replace("&amp;", "&").split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(String::from).collect()
    }

    #[test]
    fn a_source_title_in_another_language_says_which() {
        let rules = shown("?page=rules&lang=de", Lang::De).html;
        // S3 has a German page: no mark. S7 has none: its French title, marked French.
        assert!(rules.contains(r#"<a href="https://www.socialsecurity.be/site_de/employer/infos/flexi-jobs.htm" rel="noreferrer" target="_blank">Flexi-Jobs</a>"#));
        assert!(rules.contains(r#"<a href="https://news.belgium.be/fr/node/36478" rel="noreferrer" target="_blank" lang="fr">Extension du champ d’application des flexi-jobs en Communauté germanophone</a>"#));
        // The same source on a Dutch page is in Dutch, unmarked; on an English page, marked Dutch.
        assert!(shown("?page=rules&lang=nl", Lang::Nl).html.contains(r#"target="_blank">Uitbreiding toepassingsgebied van flexi-jobs in de Duitstalige Gemeenschap</a>"#));
        assert!(shown("?page=rules&lang=en", Lang::En).html.contains(r#"target="_blank" lang="nl">Uitbreiding toepassingsgebied van flexi-jobs in de Duitstalige Gemeenschap</a>"#));
    }

    #[test]
    fn no_page_holds_words_of_another_language_nor_quarter_codes() {
        let answers = [
            // Allowed in horeca; a refusal (T-3 too low); a pensioner; work abroad (conditional).
            "&role=worker&date=2026-12-15&pc=302&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none&income=1000",
            "&role=employer&date=2026-03-15&pc=302&function=general&pension=no&t3=50&t4=50&foreign=no&other=none&notice=no&linked=none",
            "&role=worker&date=2026-10-15&pc=302&function=general&pension=yes&since=2020-01-01&other=none&notice=no&linked=none",
            "&role=employer&date=2025-02-15&pc=302&function=general&pension=no&t3=90&t4=90&foreign=yes&other=none&notice=no&linked=none",
            // The public sector and an old opt-out after 1 July 2026: allowed, if.
            "&role=employer&date=2026-10-15&nace=84110&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none",
            "&role=worker&date=2026-10-15&pc=144&function=general&pension=no&t3=100&foreign=no&other=none&notice=no&linked=none",
            // After the verification date, and beyond the next quarter.
            "&role=worker&date=2027-06-15&pc=302&function=general&pension=no&t3=100&t4=100&foreign=no&other=none&notice=no&linked=none",
        ];
        for lang in Lang::ALL {
            let foreign: Vec<&str> = TELLTALES.iter().filter(|(l, _)| *l != lang).flat_map(|(_, words)| words.iter().copied()).collect();
            let mut queries: Vec<String> = answers.iter().flat_map(|a| ["result", "check"].map(|page| format!("?page={page}&lang={}{a}", lang.code()))).collect();
            for date in ["2026-12-05", "2026-08-15", "2025-05-15", "2019-06-15"] {
                queries.push(format!("?page=compare&lang={}&mode=compare&date={date}&pc=302&wage=15.50&hours=7.6&kind=manual&days=22", lang.code()));
            }
            queries.extend(["rules", "changes"].map(|page| format!("?page={page}&lang={}", lang.code())));
            for query in &queries {
                let screen = shown(query, lang);
                // Publishers are names ("Forum for the Future") and a page's title is its own (a
                // source without a German version keeps its Dutch or French title): not text to translate.
                let mut html = screen.html.clone();
                // A note cites its pages by title too, as the reader's language has them.
                for source in crate::rules::sources::SOURCES {
                    html = html.replace(&escape(source.publisher), " ").replace(&escape(source.title_in(lang)), " ");
                }
                while let Some(at) = html.find(r#"<a href="https://"#) {
                    let end = html[at..].find("</a>").map_or(html.len(), |e| at + e + 4);
                    html.replace_range(at..end, " ");
                }
                let words = visible_words(&html);
                for (i, word) in words.iter().enumerate() {
                    let around = words[i.saturating_sub(8)..(i + 8).min(words.len())].join(" ");
                    assert!(!foreign.contains(&word.as_str()), "{query}: the foreign word {word:?} on a {} page: …{around}…", lang.code());
                }
                let html = &screen.html;
                let code = html.char_indices().any(|(i, _)| html[i..].len() >= 7 && html.as_bytes()[i..i + 7].iter().enumerate().all(|(k, b)| if k == 4 { *b == b'-' } else if k == 5 { *b == b'Q' } else { b.is_ascii_digit() }));
                assert!(!code, "{query}: a quarter written as a code");
            }
        }
    }

}
