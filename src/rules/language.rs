//! The languages the rules explain themselves in: Dutch, French and German (Belgium's) and English.
//! Every text lives in the catalogs (`locales/*.ftl`, one file per language, so a translator reads
//! no Rust); the rules name a text by its id ([`Tr`]) with its variables, and the reader's language
//! writes it. Dates, amounts and percentages are written per language here.

use super::ftl;
use super::msg;
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    En,
    Nl,
    Fr,
    De,
}

/// A text of the catalogs, by its id; its words depend on the language asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tr(pub u16);

/// The catalog of each language once it is installed (all four are compiled into the command line
/// and the tests; the web app installs the visitor's one when it has loaded it).
static CATALOGS: [OnceLock<Box<[&'static str]>>; 4] = [OnceLock::new(), OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// Why a catalog could not be installed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogError(pub String);

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl Language {
    /// Installs a compact catalog (built by `build.rs`) for this language: refused if it was made
    /// for another language or another build's messages. Installing twice keeps the first.
    pub fn install(self, catalog: &'static str) -> Result<(), CatalogError> {
        let mut records = catalog.split(ftl::SEPARATOR);
        let expected = format!("flexicheck {} {}", self.code(), msg::FINGERPRINT);
        if records.next() != Some(expected.as_str()) {
            return Err(CatalogError(format!("the {} catalog was made for another version of Flexicheck", self.code())));
        }
        let texts: Box<[&'static str]> = records.collect();
        if texts.len() != msg::COUNT {
            return Err(CatalogError(format!("the {} catalog has {} texts, not {}", self.code(), texts.len(), msg::COUNT)));
        }
        let _ = CATALOGS[self as usize].set(texts);
        Ok(())
    }

    /// Whether this language's texts are at hand.
    pub fn installed(self) -> bool {
        CATALOGS[self as usize].get().is_some()
    }

    /// Installs every catalog built into this program (the command line, the tests, the embed module).
    pub fn install_compiled_in() {
        for language in Language::ALL {
            if let Some(catalog) = msg::compiled_in(language.code()) {
                let _ = language.install(catalog);
            }
        }
    }

    fn catalog(self) -> Option<&'static [&'static str]> {
        #[cfg(not(target_arch = "wasm32"))]
        if !self.installed() {
            Language::install_compiled_in();
        }
        CATALOGS[self as usize].get().map(|texts| &**texts)
    }
}

impl Tr {
    /// The text in `language`; the English one if that catalog is not installed (the web app
    /// installs the visitor's before it writes anything), else nothing.
    pub fn get(self, language: Language) -> &'static str {
        language
            .catalog()
            .or_else(|| Language::En.catalog())
            .or_else(|| Language::ALL.into_iter().find_map(Language::catalog))
            .and_then(|texts| texts.get(self.0 as usize).copied())
            .unwrap_or("")
    }

    /// The text in `language` with its `{name}` variables written out.
    pub fn fill(self, language: Language, values: &[(&str, &dyn std::fmt::Display)]) -> String {
        fill(self.get(language), values)
    }
}

/// `template` with each `{name}` written out from `values`; a name without a value stays as it is,
/// and a value is never read again for names (whatever it holds).
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    use std::fmt::Write;
    let mut rest = template;
    let mut out = String::with_capacity(rest.len() + 24 * values.len());
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { break };
        out.push_str(&rest[..open]);
        let name = &rest[open + 1..close];
        match values.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&rest[open..=close]),
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

/// A sentence of the catalogs in the asked language, its `{name}` variables filled from the
/// variables of the same names in scope; nothing is written while the rules are hushed (only a
/// verdict is wanted).
macro_rules! say {
    ($language:expr, $text:expr $(, $name:ident)* $(,)?) => {
        if $crate::rules::language::hushed() {
            String::new()
        } else {
            $text.fill($language, &[$((stringify!($name), &$name as &dyn std::fmt::Display)),*])
        }
    };
}
pub(crate) use say;

thread_local! {
    static HUSHED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    static UNSOURCED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A flag of this thread set while the guard lives; dropped, it gives the flag back the value it
/// had (an outer guard's), so guards nest.
pub(crate) struct Guard(&'static std::thread::LocalKey<std::cell::Cell<bool>>, bool);

impl Guard {
    fn set(flag: &'static std::thread::LocalKey<std::cell::Cell<bool>>) -> Guard {
        Guard(flag, flag.with(|f| f.replace(true)))
    }
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.0.with(|f| f.set(self.1));
    }
}

/// While the returned guard lives, the rules write no sentences, dates or amounts: a later quarter
/// tried for "when can I start" needs only its verdict, and writing the words was most of its cost.
pub(crate) fn hush() -> Guard {
    Guard::set(&HUSHED)
}

pub(crate) fn hushed() -> bool {
    HUSHED.with(|h| h.get())
}

/// While the returned guard lives, the rules write their sentences but cite no source (a team's
/// rows show which rule decided, not the pages it rests on).
pub(crate) fn unsourced() -> Guard {
    Guard::set(&UNSOURCED)
}

pub(crate) fn sources_wanted() -> bool {
    !hushed() && !UNSOURCED.with(|u| u.get())
}

const MONTHS: [Tr; 12] = [
    msg::LANGUAGE_JANUARY,
    msg::LANGUAGE_FEBRUARY,
    msg::LANGUAGE_MARCH,
    msg::LANGUAGE_APRIL,
    msg::LANGUAGE_MAY,
    msg::LANGUAGE_JUNE,
    msg::LANGUAGE_JULY,
    msg::LANGUAGE_AUGUST,
    msg::LANGUAGE_SEPTEMBER,
    msg::LANGUAGE_OCTOBER,
    msg::LANGUAGE_NOVEMBER,
    msg::LANGUAGE_DECEMBER,
];

impl Language {
    pub const ALL: [Language; 4] = [Language::En, Language::Nl, Language::Fr, Language::De];

    pub fn code(self) -> &'static str {
        match self {
            Language::En => "en",
            Language::Nl => "nl",
            Language::Fr => "fr",
            Language::De => "de",
        }
    }

    /// The language's own name, as a language switch shows it whatever the page's language.
    pub fn name(self) -> &'static str {
        match self {
            Language::En => "English",
            Language::Nl => "Nederlands",
            Language::Fr => "Français",
            Language::De => "Deutsch",
        }
    }

    /// The language of an exact code ("en", "nl", "fr" or "de"), as links and scenarios write it.
    pub fn from_code(code: &str) -> Option<Language> {
        Language::ALL.into_iter().find(|l| l.code() == code)
    }

    /// From a URL value or a browser language tag ("nl-BE", "fr", "de-BE"); anything else is English.
    pub fn from_tag(tag: &str) -> Language {
        match tag.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("nl") => Language::Nl,
            Some("fr") => Language::Fr,
            Some("de") => Language::De,
            _ => Language::En,
        }
    }

    /// A month's name (1 = January): "October", "oktober", "octobre".
    pub fn month(self, month: u32) -> &'static str {
        MONTHS[(month.clamp(1, 12) - 1) as usize].get(self)
    }

    /// "15 January 2025", "15 januari 2025", "15 janvier 2025", "15. Januar 2025". Hand-made:
    /// chrono's formatter is large in the browser bundle. French writes the first of a month "1er".
    pub fn date(self, date: NaiveDate) -> String {
        if hushed() {
            return String::new();
        }
        let first = match self {
            Language::Fr if date.day() == 1 => "er",
            Language::De => ".",
            _ => "",
        };
        format!("{}{first} {} {}", date.day(), MONTHS[date.month0() as usize].get(self), date.year())
    }

    /// A quarter in words, without an article, as questions and headings use it: "first quarter of
    /// 2027 (January to March)", "1e kwartaal van 2027 (januari tot maart)", "1er trimestre 2027
    /// (janvier à mars)", "1. Quartal 2027 (Januar bis März)". Links, JSON and rule citations keep
    /// "2027-Q1".
    pub fn quarter(self, first_day: NaiveDate) -> String {
        if hushed() {
            return String::new();
        }
        let n = first_day.month0() / 3;
        let from = MONTHS[(n * 3) as usize].get(self);
        let to = MONTHS[(n * 3 + 2) as usize].get(self);
        let year = first_day.year();
        match self {
            Language::En => format!("{} quarter of {year} ({from} to {to})", ["first", "second", "third", "fourth"][n as usize]),
            Language::Nl => format!("{}e kwartaal van {year} ({from} tot {to})", n + 1),
            Language::Fr => format!("{} trimestre {year} ({from} à {to})", ["1er", "2e", "3e", "4e"][n as usize]),
            Language::De => format!("{}. Quartal {year} ({from} bis {to})", n + 1),
        }
    }

    /// A quarter in words as a sentence names it, with its article and without the months: "the
    /// 3rd quarter of 2025", "het 3e kwartaal van 2025", "le 3e trimestre 2025". German has no
    /// article here ("3. Quartal 2025"): its sentences give the article's case ("im", "für das").
    pub fn the_quarter(self, first_day: NaiveDate) -> String {
        if hushed() {
            return String::new();
        }
        let n = first_day.month0() / 3 + 1;
        let year = first_day.year();
        match self {
            Language::En => format!("the {} quarter of {year}", ["1st", "2nd", "3rd", "4th"][n as usize - 1]),
            Language::Nl => format!("het {n}e kwartaal van {year}"),
            Language::Fr => format!("le {} trimestre {year}", ["1er", "2e", "3e", "4e"][n as usize - 1]),
            Language::De => format!("{n}. Quartal {year}"),
        }
    }

    /// A decimal as the language writes it: "80.5" or "80,5" (no rounding, no grouping).
    pub fn decimal(self, text: &str) -> String {
        if self == Language::En { text.to_string() } else { text.replace('.', ",") }
    }

    /// A share of a full-time job: 0.7999 → "79.99 %" ("79,99 %" in Dutch and French).
    pub fn percent(self, share: f64) -> String {
        let hundredths = (share * 10_000.0).round() as i64;
        let (whole, fraction) = (hundredths / 100, hundredths % 100);
        let number = match fraction {
            0 => format!("{whole}"),
            f if f % 10 == 0 => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        };
        format!("{}\u{a0}%", self.decimal(&number))
    }

    /// An amount written out: "€18,440.50", "€ 18.440,50", "18 440,50 €", "18.440,50 €"; a whole amount has no
    /// decimals ("€18,440"), any other is shown to the cent.
    pub fn euro(self, amount: Decimal) -> String {
        if hushed() {
            return String::new();
        }
        let cents = super::money::to_cents(amount);
        let mut text = cents.abs();
        if text.fract().is_zero() {
            text = text.trunc();
        } else {
            text.rescale(2);
        }
        let text = text.to_string();
        let sign = if cents.is_sign_negative() && !cents.is_zero() { "-" } else { "" };
        format!("{sign}{}", self.euros(&text))
    }

    /// A count with its thousands grouped: "10,000", "10.000" (Dutch, German), "10 000".
    pub fn number(self, n: usize) -> String {
        self.grouped(&n.to_string())
    }

    /// Digits with a separator every three from the right.
    fn grouped(self, digits: &str) -> String {
        let group = match self {
            Language::En => ",",
            Language::Nl | Language::De => ".",
            Language::Fr => "\u{202f}",
        };
        let mut grouped = String::new();
        for (i, digit) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push_str(group);
            }
            grouped.push(digit);
        }
        grouped
    }

    /// A plain decimal text ("18440.5", "12.0014") written as an amount, with at least two decimals.
    pub fn euros(self, amount: &str) -> String {
        let (whole, cents) = amount.split_once('.').unwrap_or((amount, ""));
        let decimal = if self == Language::En { "." } else { "," };
        let grouped = self.grouped(whole);
        let number = match cents.len() {
            0 => grouped,
            1 => format!("{grouped}{decimal}{cents}0"),
            _ => format!("{grouped}{decimal}{cents}"),
        };
        match self {
            Language::En => format!("€{number}"),
            Language::Nl => format!("€\u{a0}{number}"),
            Language::Fr | Language::De => format!("{number}\u{a0}€"),
        }
    }

    /// A rate as a percentage: 0.0767 → "7.67 %" ("7,67 %").
    pub fn rate(self, rate: Decimal) -> String {
        format!("{}\u{a0}%", self.decimal(&(rate * Decimal::ONE_HUNDRED).normalize().to_string()))
    }

    /// An exact amount from a table or the user: to the cent at least ("€9.00"), more where the value
    /// has more ("€12.0014"); never rounded.
    pub fn amount(self, value: Decimal) -> String {
        let mut shown = value.normalize();
        if shown.scale() < 2 {
            shown.rescale(2);
        }
        self.euros(&shown.to_string())
    }

    /// The joint committee's abbreviation: PC (paritair comité), CP (commission paritaire) or PK
    /// (paritätische Kommission).
    pub fn pc(self) -> &'static str {
        match self {
            Language::Fr => "CP",
            Language::De => "PK",
            _ => "PC",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hushed_rules_write_nothing_and_the_words_come_back() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 15).unwrap();
        {
            let _outer = hush();
            {
                let _inner = hush();
                assert_eq!(Language::Nl.date(day), "");
            }
            assert!(hushed(), "an inner guard leaves the outer silence");
            assert_eq!(say!(Language::En, msg::LANGUAGE_JANUARY), "");
        }
        assert!(!hushed());
        assert_eq!(Language::Nl.date(day), "15 januari 2027");
        assert_eq!(Language::Fr.number(200_000), "200\u{202f}000");
    }

    #[test]
    fn a_template_is_filled_once_and_an_unclosed_brace_stays() {
        assert_eq!(fill("a {x} {", &[("x", &1)]), "a 1 {");
        assert_eq!(fill("{a}{b}{c}", &[("a", &"{b}"), ("b", &2)]), "{b}2{c}");
    }
    use crate::rules::dated::ymd;
    use std::str::FromStr;

    #[test]
    fn numbers_and_dates_read_as_each_language_writes_them() {
        let d = |s| Decimal::from_str(s).unwrap();
        assert_eq!(Language::En.euro(d("18440")), "€18,440");
        assert_eq!(Language::Nl.euro(d("18440.5")), "€\u{a0}18.440,50");
        assert_eq!(Language::Fr.euro(d("1234.567")), "1\u{202f}234,57\u{a0}€");
        assert_eq!(Language::En.euro(d("-12.005")), "-€12.01");
        assert_eq!(Language::En.euro(d("999.999")), "€1,000");
        assert_eq!(Language::Nl.euros("12.0014"), "€\u{a0}12,0014");
        assert_eq!(Language::En.amount(d("9")), "€9.00");
        assert_eq!(Language::Fr.amount(d("12.0014")), "12,0014\u{a0}€");
        assert_eq!(Language::Nl.rate(d("0.0767")), "7,67\u{a0}%");
        assert_eq!(Language::En.percent(0.7999), "79.99\u{a0}%");
        assert_eq!(Language::Nl.percent(0.805), "80,5\u{a0}%");
        assert_eq!(Language::Fr.percent(1.0), "100\u{a0}%");
        assert_eq!(Language::Fr.date(ymd(2015, 12, 1)), "1er décembre 2015");
        assert_eq!(Language::Fr.date(ymd(2015, 12, 2)), "2 décembre 2015");
        assert_eq!(Language::Nl.date(ymd(2015, 12, 1)), "1 december 2015");
        assert_eq!(Language::En.quarter(ymd(2027, 1, 1)), "first quarter of 2027 (January to March)");
        assert_eq!(Language::Nl.quarter(ymd(2027, 10, 1)), "4e kwartaal van 2027 (oktober tot december)");
        assert_eq!(Language::Fr.quarter(ymd(2027, 1, 1)), "1er trimestre 2027 (janvier à mars)");
        assert_eq!(Language::Fr.quarter(ymd(2027, 4, 1)), "2e trimestre 2027 (avril à juin)");
        assert_eq!(Language::En.the_quarter(ymd(2025, 7, 1)), "the 3rd quarter of 2025");
        assert_eq!(Language::Nl.the_quarter(ymd(2025, 1, 1)), "het 1e kwartaal van 2025");
        assert_eq!(Language::Fr.the_quarter(ymd(2025, 1, 1)), "le 1er trimestre 2025");
        assert_eq!(Language::from_tag("nl-BE"), Language::Nl);
        assert_eq!(Language::from_tag("de-BE"), Language::De);
        assert_eq!(Language::from_tag("it"), Language::En);
        assert_eq!(Language::De.date(ymd(2027, 1, 15)), "15. Januar 2027");
        assert_eq!(Language::De.date(ymd(2027, 3, 1)), "1. März 2027");
        assert_eq!(Language::De.quarter(ymd(2027, 1, 1)), "1. Quartal 2027 (Januar bis März)");
        assert_eq!(Language::De.the_quarter(ymd(2025, 7, 1)), "3. Quartal 2025");
        assert_eq!(Language::De.euro(d("1234.56")), "1.234,56\u{a0}€");
        assert_eq!(Language::De.rate(d("0.0767")), "7,67\u{a0}%");
        assert_eq!(Language::De.number(10_000), "10.000");
    }
}
