//! The maintainer's checklist (`flexicheck-cli law-status [DATE]`): what needs a look before `DATE`
//! and the quarter after it. Law changes every quarter; this says where, so keeping Flexicheck right
//! takes an afternoon, not its authors (see docs/updating-the-law.md).

use super::catalogue::{amounts, AmountRow};
use super::dated::Confidence;
use super::eligibility::{RULES, RULES_VERIFIED_UNTIL};
use super::language::Language;
use super::quarter::Quarter;
use super::sectors::SECTOR_ROWS;
use super::sources::{words, Source, SOURCES};
use chrono::NaiveDate;

/// One line of the checklist.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// What: a quantity, a rule or a source.
    pub what: String,
    /// Why it is listed.
    pub why: String,
}

/// The checklist for `date`.
#[derive(Debug, Clone, PartialEq)]
pub struct LawStatus {
    pub date: NaiveDate,
    /// The last day looked at: the end of the quarter after `date`'s.
    pub horizon: NaiveDate,
    /// Tables whose last period ends before the horizon (a new value is due, or none is known).
    pub running_out: Vec<Item>,
    /// Amounts, rules and sector rows in force on or after `date` that rest on low confidence.
    pub low_confidence: Vec<Item>,
    /// Sources last read more than a year before `date`.
    pub stale_sources: Vec<Item>,
}

/// What to check for `date`.
pub fn law_status(date: NaiveDate) -> LawStatus {
    let horizon = Quarter::containing(date).plus(1).last_day();
    let rows = amounts(Language::En);
    // The last period of each quantity: a table "runs out" when that period ends before the horizon.
    let mut last: Vec<&AmountRow> = Vec::new();
    for row in &rows {
        match last.iter_mut().find(|r| r.quantity == row.quantity) {
            Some(slot) if row.validity.from >= slot.validity.from => *slot = row,
            Some(_) => {}
            None => last.push(row),
        }
    }
    let year_before = date.checked_sub_days(chrono::Days::new(365)).unwrap_or(date);
    let running_out = last
        .iter()
        .filter_map(|row| {
            let until = row.validity.until.filter(|u| *u < horizon)?;
            // A table that ended long ago is a regime that ended (the 2023 care minimum): said apart.
            let why = if until < year_before {
                format!("ended on {until}, more than a year ago: a regime that ended, nothing to add unless it returns")
            } else {
                format!("last value {} ends on {until}: add the next period, or say none is published", row.value)
            };
            Some(Item { what: row.quantity.to_string(), why })
        })
        .collect();
    let current = |until: Option<NaiveDate>| until.is_none_or(|u| u >= date);
    let mut low_confidence: Vec<Item> = rows
        .iter()
        .filter(|r| r.confidence == Confidence::Low && current(r.validity.until))
        .map(|r| Item { what: format!("{}: {}", r.quantity, r.value), why: format!("from {}, low confidence: {}", r.validity.from, words(r.source)) })
        .collect();
    low_confidence.extend(RULES.iter().filter(|r| r.confidence == Confidence::Low && r.id != "rules_horizon" && current(r.validity.until)).map(|r| Item {
        what: format!("rule {}", r.id),
        why: format!("from {}, low confidence: {}", r.validity.from, words(r.source)),
    }));
    low_confidence.extend(SECTOR_ROWS.iter().filter(|r| r.confidence == Confidence::Low && current(r.validity.until)).map(|r| Item {
        what: format!("sector row {}", r.id),
        why: format!("from {}, low confidence: {}", r.validity.from, words(r.source)),
    }));
    let stale_sources = SOURCES
        .iter()
        .filter(|s| s.read < year_before)
        .map(|s: &Source| Item { what: format!("[{}] {}", s.id, s.title), why: format!("last read {}: {}", s.read, s.url) })
        .collect();
    LawStatus { date, horizon, running_out, low_confidence, stale_sources }
}

impl std::fmt::Display for LawStatus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(f, "Law status for {} (looking up to {}; rules verified until {})", self.date, self.horizon, RULES_VERIFIED_UNTIL)?;
        for (title, items) in [
            ("Tables that run out before the horizon", &self.running_out),
            ("Low confidence, in force on or after the date", &self.low_confidence),
            ("Sources read more than a year ago", &self.stale_sources),
        ] {
            writeln!(f, "\n{title}: {}", items.len())?;
            for item in items {
                writeln!(f, "- {}: {}", item.what, item.why)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dated::ymd;

    #[test]
    fn the_checklist_names_what_runs_out_and_what_is_unsure() {
        let status = law_status(ymd(2027, 1, 1));
        assert_eq!(status.horizon, ymd(2027, 6, 30));
        // The 2026 ceiling ends on 31 Dec 2026; the 2027 one is not published.
        assert!(status.running_out.iter().any(|i| i.what == "Tax-free ceiling for flexi pay"), "{status}");
        // The 2026-Q3 structural reduction ends on 30 Sep 2026.
        assert!(status.running_out.iter().any(|i| i.what.starts_with("Ordinary: structural reduction")), "{status}");
        // The derived €12.11 flexi minimum is low confidence and still in force.
        assert!(status.low_confidence.iter().any(|i| i.what.starts_with("Minimum flexi wage: €12.11")), "{status}");
        assert!(status.low_confidence.iter().any(|i| i.what == "sector row pc144-out-2026"), "{status}");
        assert!(status.stale_sources.is_empty(), "every source was read in November or December 2026");
        assert_eq!(law_status(ymd(2028, 1, 1)).stale_sources.len(), SOURCES.len());
        // A table that runs on is not listed: the student quota has no end.
        assert!(!status.running_out.iter().any(|i| i.what.starts_with("Student: hours")));
    }
}
