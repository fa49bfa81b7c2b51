//! What people type into the questionnaire, read the way Belgians write it: "12,50", "1.234,56",
//! "1 234,56", "€ 1234", "12.000" (a point followed by three digits groups thousands), "80 %",
//! "4/5", "15/01/2027". A form that could mean two numbers is refused with the reason, never
//! guessed. The JSON contract (CLI, embed) stays strict: this module is for the form fields only.

use crate::rules::quarter::parse_date;
use chrono::NaiveDate;
use rust_decimal::Decimal;

/// Why a typed number cannot be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberProblem {
    /// Letters or signs that are no part of a number.
    NotANumber,
    /// Below zero.
    Negative,
    /// "1,234": a decimal comma with three decimals, or an English thousands comma.
    Ambiguous,
    /// Points, commas or spaces that do not group thousands in threes ("12.34.5", "1 23").
    Grouping,
    /// More decimals than the question takes (none for days and children).
    TooManyDecimals,
}

/// The separators Belgians and browsers put between groups of thousands besides "." and ",".
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// A number from 0 up, with at most `max_decimals` decimals, as typed in a form field.
pub fn read_number(text: &str, max_decimals: u32) -> Result<Decimal, NumberProblem> {
    let text = text.trim();
    let text = text.strip_prefix('€').or_else(|| text.strip_suffix('€')).unwrap_or(text).trim();
    if text.starts_with('-') || text.starts_with('−') {
        return Err(NumberProblem::Negative);
    }
    if text.is_empty() || !text.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',' || is_space(c)) {
        return Err(NumberProblem::NotANumber);
    }
    let (commas, points) = (text.matches(',').count(), text.matches('.').count());
    // Which mark ends the whole part, if any, and which one groups thousands.
    let (whole, fraction, group) = match (commas, points) {
        (0, 0) => (text, None, None),
        // Both marks: the last one is the decimal mark, the other groups thousands (a second decimal
        // mark then sits among the groups, which refuses it).
        (_, _) if commas > 0 && points > 0 => {
            let last = text.rfind([',', '.']).unwrap_or(0);
            let group = if text[last..].starts_with(',') { '.' } else { ',' };
            (&text[..last], Some(&text[last + 1..]), Some(group))
        }
        (1, 0) => {
            let (whole, fraction) = text.split_once(',').unwrap_or((text, ""));
            // An English reader sees 1234, a Belgian one 1.234.
            if fraction.len() == 3 && looks_like_thousands(whole) {
                return Err(NumberProblem::Ambiguous);
            }
            (whole, Some(fraction), None)
        }
        (_, 0) => (text, None, Some(',')),
        (0, 1) => {
            let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
            // Belgian usage: "12.000" is twelve thousand. "0.125" cannot group thousands.
            if fraction.len() == 3 && looks_like_thousands(whole) { (text, None, Some('.')) } else { (whole, Some(fraction), None) }
        }
        (0, _) => (text, None, Some('.')),
        _ => return Err(NumberProblem::Grouping),
    };
    // Spaces group thousands too; beside another grouping mark they break its groups of three below.
    let group = if group.is_none() && whole.contains(is_space) { Some(' ') } else { group };
    let whole_digits = match group {
        None => whole.to_string(),
        Some(mark) => {
            let parts: Vec<&str> = whole.split(|c: char| if mark == ' ' { is_space(c) } else { c == mark }).collect();
            let first_ok = (1..=3).contains(&parts[0].len());
            let rest_ok = parts[1..].iter().all(|p| p.len() == 3);
            if !first_ok || !rest_ok || parts.len() < 2 {
                return Err(NumberProblem::Grouping);
            }
            parts.concat()
        }
    };
    if !whole_digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(NumberProblem::Grouping);
    }
    if fraction.is_some_and(|f| f.is_empty() || !f.chars().all(|c| c.is_ascii_digit())) {
        return Err(NumberProblem::Grouping);
    }
    let fraction = fraction.unwrap_or("");
    if fraction.len() > max_decimals as usize {
        return Err(NumberProblem::TooManyDecimals);
    }
    let digits = format!("{whole_digits}{fraction}");
    let digits = digits.trim_start_matches('0');
    if digits.len() > 20 {
        return Err(NumberProblem::NotANumber);
    }
    let mantissa: i128 = if digits.is_empty() { 0 } else { digits.parse().map_err(|_| NumberProblem::NotANumber)? };
    Ok(Decimal::from_i128_with_scale(mantissa, fraction.len() as u32))
}

/// A whole part that a thousands mark could follow: one to three digits, not a lone zero.
fn looks_like_thousands(whole: &str) -> bool {
    (1..=3).contains(&whole.len()) && whole.chars().all(|c| c.is_ascii_digit()) && whole.trim_start_matches('0') == whole
}

/// A share of a full-time job in percent, from 0 to 100: "80", "80,5", "80%", "80 %", or a fraction
/// of a full-time job as contracts write it ("4/5", "1/2"), rounded to two decimals.
pub fn read_percent(text: &str) -> Result<Decimal, NumberProblem> {
    let text = text.trim();
    let text = text.strip_suffix('%').map_or(text, str::trim_end);
    if let Some((top, bottom)) = text.split_once('/') {
        let whole = |s: &str| {
            let s = s.trim();
            (!s.is_empty() && s.len() <= 3 && s.chars().all(|c| c.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
        };
        let (Some(top), Some(bottom)) = (whole(top), whole(bottom)) else { return Err(NumberProblem::NotANumber) };
        if bottom == 0 {
            return Err(NumberProblem::NotANumber);
        }
        return Ok((Decimal::from(top) * Decimal::ONE_HUNDRED / Decimal::from(bottom)).round_dp(2).normalize());
    }
    read_number(text, 2)
}

/// A date as typed: "15/01/2027", "15-1-2027", "15.01.2027", or the ISO form "2027-01-15" that links
/// and browsers use. `None` for anything else, and for a day the calendar does not have (31/02).
pub fn read_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = parse_date(text) {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.', ' ']).filter(|p| !p.is_empty()).collect();
    let [day, month, year] = parts.as_slice() else { return None };
    // The ISO reader is strict (four-digit year, two-digit month and day, digits only), so a day,
    // month or year of the wrong length or with a letter is refused there.
    parse_date(&format!("{year}-{month:0>2}-{day:0>2}")).ok()
}

/// A date as links and the rules' JSON write it: "2027-01-15" (by hand: chrono's formatter is large
/// in the browser bundle).
pub fn iso_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:04}-{:02}-{:02}", date.year(), date.month(), date.day())
}

/// A date as the form shows it: "15/01/2027".
pub fn show_date(date: NaiveDate) -> String {
    use chrono::Datelike;
    format!("{:02}/{:02}/{}", date.day(), date.month(), date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn n(text: &str) -> Result<String, NumberProblem> {
        read_number(text, 4).map(|d| d.to_string())
    }

    #[test]
    fn belgian_and_browser_forms() {
        for (typed, read) in [
            ("12", "12"),
            ("12,50", "12.50"),
            ("12.50", "12.50"),
            ("12.1504", "12.1504"),
            ("1.234,56", "1234.56"),
            ("1 234,56", "1234.56"),
            ("1\u{202f}234,56", "1234.56"),
            ("€ 1234", "1234"),
            ("1234 €", "1234"),
            ("12.000", "12000"),
            ("1.234.567", "1234567"),
            ("1,234.56", "1234.56"),
            ("0,125", "0.125"),
            ("0.125", "0.125"),
            ("  7 ", "7"),
        ] {
            assert_eq!(n(typed).as_deref(), Ok(read), "{typed}");
        }
    }

    #[test]
    fn forms_that_could_mean_two_numbers_are_refused() {
        assert_eq!(n("1,234"), Err(NumberProblem::Ambiguous));
        assert_eq!(n("12.34.5"), Err(NumberProblem::Grouping));
        assert_eq!(n("1 23"), Err(NumberProblem::Grouping));
        assert_eq!(n("1.234,5,6"), Err(NumberProblem::Grouping));
        assert_eq!(n("1,23.456"), Err(NumberProblem::Grouping));
        assert_eq!(n("12,"), Err(NumberProblem::Grouping));
        assert_eq!(n("-5"), Err(NumberProblem::Negative));
        assert_eq!(n("12 euro"), Err(NumberProblem::NotANumber));
        assert_eq!(n(""), Err(NumberProblem::NotANumber));
        assert_eq!(read_number("1,5", 0), Err(NumberProblem::TooManyDecimals));
        assert_eq!(n("1 234.567,5"), Err(NumberProblem::Grouping), "spaces and points together");
        assert_eq!(n("1,234,567"), Ok("1234567".into()), "English thousands commas, no decimals");
        assert_eq!(n("1,234,56"), Err(NumberProblem::Grouping));
        // Twenty digits are read (and then refused by the question's range); more are not a number,
        // never a panic (a decimal holds 28 digits).
        assert_eq!(n("12345678901234567890"), Ok("12345678901234567890".into()));
        assert_eq!(n("123456789012345678901234567890"), Err(NumberProblem::NotANumber));
    }

    #[test]
    fn percents_and_fractions() {
        for (typed, read) in [("80", "80"), ("80%", "80"), ("80 %", "80"), ("4/5", "80"), ("1/2", "50"), ("1/3", "33.33"), ("79,99", "79.99")] {
            assert_eq!(read_percent(typed).map(|d| d.normalize().to_string()).as_deref(), Ok(read), "{typed}");
        }
        for refused in ["4/0", "four fifths", "1234/5", "/5", "4/", "a/5", "4/b", "4/5/6"] {
            assert!(read_percent(refused).is_err(), "{refused}");
        }
    }

    #[test]
    fn dates() {
        assert_eq!(read_date("15/01/2027"), NaiveDate::from_ymd_opt(2027, 1, 15));
        assert_eq!(read_date("5-1-2027"), NaiveDate::from_ymd_opt(2027, 1, 5));
        assert_eq!(read_date("2027-01-15"), NaiveDate::from_ymd_opt(2027, 1, 15));
        assert_eq!(read_date("31/02/2026"), None);
        for refused in ["15/01/27", "123/01/2027", "15/123/2027", "/01/2027", "1a/01/2027", "15/1a/2027", "15/01/20x7", "15/01", "15/01/2027/1", "15/01/02027"] {
            assert_eq!(read_date(refused), None, "{refused}");
        }
        assert_eq!(show_date(NaiveDate::from_ymd_opt(2027, 1, 5).unwrap()), "05/01/2027");
    }
}
