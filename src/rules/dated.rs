//! Dated legal quantities, OpenFisca-style: every value has an inclusive validity period, a source and
//! a confidence level taken from the research dossiers in `../shared/reference/`.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How sure the sources are (flexi-rules.md "Confidence scale"):
/// high = official source or two concordant professional sources; medium = one solid professional
/// source; low = single non-specialist source, an announcement not confirmed as law, or a conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    Low,
    Medium,
    High,
}

/// A calendar date known at compile time. Panics only while compiling, on a typo in a table.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("invalid date in a rules table"),
    }
}

/// An inclusive period of validity: `from` ≤ date ≤ `until` (open-ended when `until` is `None`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Validity {
    pub from: NaiveDate,
    pub until: Option<NaiveDate>,
}

impl Validity {
    pub const fn from(from: NaiveDate) -> Validity {
        Validity { from, until: None }
    }

    pub const fn between(from: NaiveDate, until: NaiveDate) -> Validity {
        Validity { from, until: Some(until) }
    }

    pub fn contains(&self, date: NaiveDate) -> bool {
        self.from <= date && self.until.is_none_or(|until| date <= until)
    }
}

/// One value of a legal quantity, with when it applies and where it comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Dated<T: 'static> {
    pub value: T,
    pub validity: Validity,
    /// Short citation: the act or instruction and the dossier's source keys.
    pub source: &'static str,
    pub confidence: Confidence,
}

/// The value in force on `date`, if the sources give one.
pub fn in_force<T>(values: &'static [Dated<T>], date: NaiveDate) -> Option<&'static Dated<T>> {
    values.iter().find(|v| v.validity.contains(date))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity_is_inclusive_at_both_ends() {
        let v = Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31));
        assert!(!v.contains(ymd(2023, 12, 31)));
        assert!(v.contains(ymd(2024, 1, 1)));
        assert!(v.contains(ymd(2024, 3, 31)));
        assert!(!v.contains(ymd(2024, 4, 1)));
        assert!(Validity::from(ymd(2024, 1, 1)).contains(ymd(2199, 1, 1)));
    }
}
