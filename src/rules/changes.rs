//! "What changed": every dated change the tool knows of, generated from the same tables the rules
//! use (rule periods, sector rows, dated amounts), newest first. Nothing here is written by hand, so
//! the page cannot drift from the rules.

use crate::rules::msg;
use super::catalogue::amounts;
use super::dated::Confidence;
use super::eligibility::RULES;
use super::language::Language;
use super::quarter::Quarter;
use super::sectors::{Scope, SECTOR_ROWS};
use chrono::NaiveDate;

/// One change: from `date`, `what` holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    pub date: NaiveDate,
    pub what: String,
    /// The citation (register ids in brackets; see `sources`).
    pub source: &'static str,
    pub confidence: Confidence,
}

/// Every change, newest first; on one day, rules before sectors before amounts.
pub fn changes(l: Language) -> Vec<Change> {
    // French puts a space before the colon.
    let colon = if l == Language::Fr { "\u{a0}: " } else { ": " };
    let mut all = Vec::new();
    for rule in RULES.iter().filter(|r| r.id != "rules_horizon") {
        all.push(Change { date: rule.validity.from, what: rule.title.get(l).to_string(), source: rule.source, confidence: rule.confidence });
    }
    for row in SECTOR_ROWS {
        let scope = match row.scope {
            Scope::Open => msg::CHANGES_OPEN_TO_FLEXI_JOBS,
            Scope::OnlyFunctions(_) => msg::CHANGES_OPEN_TO_FLEXI_JOBS_FOR,
            Scope::ExceptFunctions(_) => msg::CHANGES_OPEN_TO_FLEXI_JOBS_EXCEPT,
            Scope::Closed => msg::CHANGES_NOT_OPEN_TO_FLEXI_JOBS,
            Scope::Conditional(_) => msg::CHANGES_OPEN_TO_FLEXI_JOBS_IF,
        };
        all.push(Change { date: row.validity.from, what: format!("{}{colon}{}", row.label.get(l), scope.get(l)), source: row.source, confidence: row.confidence });
    }
    // An amount changes when its value does: a new period with the same value is no change.
    let mut previous: Option<(&'static str, String)> = None;
    for amount in amounts(l) {
        let same = previous.as_ref().is_some_and(|(q, v)| *q == amount.quantity && *v == amount.value);
        if !same {
            all.push(Change { date: amount.validity.from, what: format!("{}{colon}{}", amount.quantity, amount.value), source: amount.source, confidence: amount.confidence });
        }
        previous = Some((amount.quantity, amount.value));
    }
    // Stable sort: the order within a day is the order above.
    all.sort_by_key(|c| std::cmp::Reverse(c.date));
    all
}

/// The changes grouped by the quarter they fall in, newest quarter first.
pub fn by_quarter(l: Language) -> Vec<(Quarter, Vec<Change>)> {
    let mut groups: Vec<(Quarter, Vec<Change>)> = Vec::new();
    for change in changes(l) {
        let quarter = Quarter::containing(change.date);
        match groups.last_mut() {
            Some((q, list)) if *q == quarter => list.push(change),
            _ => groups.push((quarter, vec![change])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::dated::ymd;

    #[test]
    fn the_changes_of_2026_come_from_the_tables() {
        let all = changes(Language::En);
        assert!(all.windows(2).all(|w| w[0].date >= w[1].date), "newest first");
        let on = |day: NaiveDate| all.iter().filter(|c| c.date == day).map(|c| c.what.as_str()).collect::<Vec<_>>();
        assert!(on(ymd(2026, 3, 1)).contains(&"Minimum flexi wage: €11.87 an hour"), "{:?}", on(ymd(2026, 3, 1)));
        assert!(on(ymd(2026, 7, 1)).contains(&"All sectors (2026 generalisation): open to flexi-jobs"));
        assert!(on(ymd(2024, 1, 1)).contains(&"Special employer contribution on flexi pay: 28\u{a0}%"), "{:?}", on(ymd(2024, 1, 1)));
        // The minimum flexi wage of 11.64 spans two rows no longer; a repeated value is not a change.
        let student_quota = all.iter().filter(|c| c.what.starts_with("Student") && c.what.contains("650")).count();
        assert_eq!(student_quota, 1, "650 hours is one change, not two");
        assert!(on(ymd(2024, 1, 1)).contains(&crate::rules::eligibility::SAME_EMPLOYER_ANY.title.get(Language::En)), "rule periods are changes too: {:?}", on(ymd(2024, 1, 1)));
        assert!(all.iter().all(|c| !c.what.contains("verified")), "the verification date is not a change of the law");
        let groups = by_quarter(Language::Nl);
        assert!(groups.len() > 20);
        assert!(groups.windows(2).all(|w| w[0].0 > w[1].0));
        assert!(groups.iter().all(|(q, list)| list.iter().all(|c| Quarter::containing(c.date) == *q)));
        assert_eq!(groups.iter().map(|(_, c)| c.len()).sum::<usize>(), all.len());
    }
}
