//! Calendar quarters and the look-back quarters the flexi-job rules use.
//!
//! The law counts in calendar quarters: the work happens in quarter T, the employment condition
//! looks at the third quarter before it (T-3), the pensioner condition at T-2, and the 2024
//! anti-abuse rule at T-4 and T-5 (flexi-rules.md P13, P15, P17; [S1] RSZ DmfA instructions).

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A calendar quarter: 2025-Q1 runs from 1 January to 31 March 2025.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    year: i32,
    /// 1 to 4.
    number: u8,
}

impl Quarter {
    /// The quarter, or `None` when `number` is not 1 to 4 or the year is outside the dates we handle.
    pub fn new(year: i32, number: u8) -> Option<Quarter> {
        ((1..=4).contains(&number) && (MIN_YEAR..=MAX_YEAR).contains(&year)).then_some(Quarter { year, number })
    }

    /// The quarter that contains `date`.
    pub fn containing(date: NaiveDate) -> Quarter {
        Quarter { year: date.year(), number: (date.month0() / 3 + 1) as u8 }
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn number(self) -> u8 {
        self.number
    }

    /// The quarter `n` quarters earlier (T-n). Saturates at the far past rather than panicking.
    pub fn minus(self, n: u32) -> Quarter {
        self.offset(-(n.min(i32::MAX as u32) as i64))
    }

    /// The quarter `n` quarters later (T+n).
    pub fn plus(self, n: u32) -> Quarter {
        self.offset(n as i64)
    }

    fn offset(self, n: i64) -> Quarter {
        let index = (self.year as i64 * 4 + (self.number as i64 - 1) + n)
            .clamp(MIN_YEAR as i64 * 4, MAX_YEAR as i64 * 4 + 3);
        Quarter { year: index.div_euclid(4) as i32, number: (index.rem_euclid(4) + 1) as u8 }
    }

    /// The reference quarter of the employment condition: T-3 (flexi-rules.md R1, P13).
    pub fn reference_quarter(self) -> Quarter {
        self.minus(3)
    }

    /// First calendar day of the quarter.
    pub fn first_day(self) -> NaiveDate {
        // Year and month are always valid for a constructed Quarter.
        NaiveDate::from_ymd_opt(self.year, (self.number as u32 - 1) * 3 + 1, 1).unwrap_or(NaiveDate::MIN)
    }

    /// Last calendar day of the quarter.
    pub fn last_day(self) -> NaiveDate {
        let next_month_start = match self.number {
            4 => NaiveDate::from_ymd_opt(self.year + 1, 1, 1),
            n => NaiveDate::from_ymd_opt(self.year, n as u32 * 3 + 1, 1),
        };
        next_month_start.and_then(|d| d.pred_opt()).unwrap_or(NaiveDate::MAX)
    }

    /// Whether `date` falls in this quarter.
    pub fn contains(self, date: NaiveDate) -> bool {
        Quarter::containing(date) == self
    }
}

/// The dates this tool reasons about. Wide enough for any real question, narrow enough that the
/// arithmetic can never overflow.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

impl fmt::Display for Quarter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-Q{}", self.year, self.number)
    }
}

/// Why a quarter or a date could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DateError {}

impl FromStr for Quarter {
    type Err = DateError;

    /// Reads "2025-Q1" (also "2025-q1").
    fn from_str(text: &str) -> Result<Quarter, DateError> {
        let bad = || DateError(format!("\"{}\" is not a quarter: write it as YYYY-Qn, for example 2025-Q1", clip(text)));
        let (year, number) = text.split_once('-').ok_or_else(bad)?;
        let number = number.strip_prefix(['Q', 'q']).ok_or_else(bad)?;
        if year.len() != 4 || number.len() != 1 {
            return Err(bad());
        }
        let year: i32 = digits(year).ok_or_else(bad)? as i32;
        let number: u8 = digits(number).ok_or_else(bad)? as u8;
        Quarter::new(year, number).ok_or_else(bad)
    }
}

/// Parses a calendar date written exactly as YYYY-MM-DD (ISO 8601), rejecting impossible dates
/// such as 2025-02-30 with a message a person can act on.
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let shape = || DateError(format!("\"{}\" is not a date: write it as YYYY-MM-DD, for example 2025-03-15", clip(text)));
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return Err(shape());
    }
    let year = digits(&text[0..4]).ok_or_else(shape)? as i32;
    let month = digits(&text[5..7]).ok_or_else(shape)?;
    let day = digits(&text[8..10]).ok_or_else(shape)?;
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateError(format!("the year {year} is outside the years this tool handles ({MIN_YEAR}–{MAX_YEAR})")));
    }
    NaiveDate::from_ymd_opt(year, month, day)
        .ok_or_else(|| DateError(format!("{} does not exist in the calendar", clip(text))))
}

/// The value of a string made only of ASCII digits (at most 9 of them).
fn digits(text: &str) -> Option<u32> {
    if text.is_empty() || text.len() > 9 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Keeps error messages one short line, whatever the user pasted.
fn clip(text: &str) -> String {
    let mut clipped: String = text.chars().filter(|c| !c.is_control()).take(40).collect();
    if text.chars().count() > 40 {
        clipped.push('…');
    }
    clipped
}

impl Serialize for Quarter {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Quarter {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Quarter, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(text: &str) -> Quarter {
        text.parse().unwrap()
    }

    fn d(text: &str) -> NaiveDate {
        parse_date(text).unwrap()
    }

    #[test]
    fn reference_quarter_crosses_year_boundaries() {
        // Issue 2's examples and the dossier's (flexi-rules.md R1): Q1 2018 → Q2 2017 (Partena),
        // Jan–Mar 2024 → Apr–Jun 2023 (Securex), 1 Jul 2022 → Oct–Dec 2021 (Sodibe),
        // Oct–Dec → Jan–Mar of the same year (AGO); Q3 2019 → Q4 2018 (Acerta 2019 seed).
        assert_eq!(q("2019-Q3").reference_quarter(), q("2018-Q4"));
        assert_eq!(q("2025-Q1").reference_quarter(), q("2024-Q2"));
        assert_eq!(q("2018-Q1").reference_quarter(), q("2017-Q2"));
        assert_eq!(Quarter::containing(d("2022-07-01")).reference_quarter(), q("2021-Q4"));
        assert_eq!(q("2024-Q4").reference_quarter(), q("2024-Q1"));
    }

    #[test]
    fn quarter_bounds() {
        assert_eq!(q("2024-Q1").first_day(), d("2024-01-01"));
        assert_eq!(q("2024-Q1").last_day(), d("2024-03-31"));
        assert_eq!(q("2024-Q4").last_day(), d("2024-12-31"));
        assert_eq!(Quarter::containing(d("2024-03-31")), q("2024-Q1"));
        assert_eq!(Quarter::containing(d("2024-04-01")), q("2024-Q2"));
    }

    #[test]
    fn dates_are_strict() {
        assert!(parse_date("2025-02-29").is_err());
        assert!(parse_date("2024-02-29").is_ok());
        assert!(parse_date("2025-2-28").is_err());
        assert!(parse_date("2025-02-28 ").is_err());
        assert!(parse_date("+025-02-28").is_err());
        assert!(parse_date("２０２５-02-28").is_err());
        assert!(parse_date("").is_err());
        assert!("2025-Q5".parse::<Quarter>().is_err());
        assert!("2025-Q0".parse::<Quarter>().is_err());
        assert_eq!(q("2025-q3").to_string(), "2025-Q3");
    }

    #[test]
    fn arithmetic_saturates_instead_of_panicking() {
        let first = Quarter::new(MIN_YEAR, 1).unwrap();
        assert_eq!(first.minus(u32::MAX), first);
        let last = Quarter::new(MAX_YEAR, 4).unwrap();
        assert_eq!(last.plus(u32::MAX), last);
        assert_eq!(last.last_day(), NaiveDate::from_ymd_opt(MAX_YEAR, 12, 31).unwrap());
    }
}
