//! Every dated amount the rules use, as rows for the "Rules and sources" page (OpenFisca's habit: one
//! parameter per legal quantity, each value with its dates and its reference).

use crate::rules::msg;
use super::dated::{Confidence, Dated, Validity};
use super::eligibility::{EarlyPensionLimit, CEILINGS, EARLY_PENSION_FLEXI_LIMITS};
use super::language::{say, Language, Tr};
use super::payslip::{KeyFormula, WorkBonus, FISCAL_WORK_BONUS, KEY_FORMULAS, TAX_FREE_SUM, WORK_BONUS};
use super::staffing::*;
use rust_decimal::Decimal;

/// One value of one legal quantity, written out in a language.
#[derive(Debug, Clone, PartialEq)]
pub struct AmountRow {
    pub quantity: &'static str,
    pub value: String,
    pub validity: Validity,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// A table of values and how one value reads.
fn rows<T>(quantity: Tr, table: &[Dated<T>], language: Language, show: impl Fn(&T) -> String) -> Vec<AmountRow> {
    table
        .iter()
        .map(|d| AmountRow { quantity: quantity.get(language), value: show(&d.value), validity: d.validity, source: d.source, confidence: d.confidence })
        .collect()
}

/// Every amount, grouped by quantity, in table order (oldest value first).
pub fn amounts(l: Language) -> Vec<AmountRow> {
    let pct = |rate: &Decimal| l.rate(*rate);
    let euros = |amount: &Decimal| l.amount(*amount);
    let per_hour = |amount: &Decimal| format!("{} {}", euros(amount), msg::CATALOGUE_AN_HOUR.get(l));
    let days = |n: &u32| format!("{n} {}", msg::CATALOGUE_DAYS_A_YEAR.get(l));
    let mut all = Vec::new();
    all.extend(rows(msg::CATALOGUE_TAX_FREE_CEILING_FOR_FLEXI, CEILINGS, l, |c| match c {
        Some(euro) => l.euro(Decimal::from(*euro)),
        None => msg::CATALOGUE_NO_CEILING.get(l).into(),
    }));
    all.extend(rows(msg::CATALOGUE_EARLY_PENSION_YEARLY_LIMIT_FOR, EARLY_PENSION_FLEXI_LIMITS, l, |limit: &EarlyPensionLimit| {
        let others = limit.other_figures_in(l);
        let amount = l.euro(Decimal::from(limit.euros));
        if others.is_empty() { amount } else { say!(l, msg::CATALOGUE_ANNOUNCED_EARLIER, amount, others) }
    }));
    all.extend(rows(msg::CATALOGUE_NATIONAL_MINIMUM_MONTHLY_WAGE_FULL, MINIMUM_MONTHLY_WAGE, l, euros));
    all.extend(rows(msg::CATALOGUE_MINIMUM_FLEXI_WAGE, MINIMUM_FLEXI_WAGE, l, per_hour));
    all.extend(rows(msg::CATALOGUE_MINIMUM_FLEXI_WAGE_CARE_2023, MINIMUM_FLEXI_WAGE_CARE, l, per_hour));
    all.extend(rows(msg::CATALOGUE_FLEXI_HOLIDAY_PAY, FLEXI_HOLIDAY_PAY, l, pct));
    all.extend(rows(msg::CATALOGUE_SPECIAL_EMPLOYER_CONTRIBUTION_ON_FLEXI, FLEXI_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(msg::CATALOGUE_MAXIMUM_FLEXI_WAGE_SHARE_OF, FLEXI_MAXIMUM_FACTOR, l, pct));
    all.extend(rows(msg::CATALOGUE_EXTRA_DAYS_A_YEAR_PER, EXTRA_WORKER_DAYS, l, days));
    all.extend(rows(msg::CATALOGUE_EXTRA_DAYS_A_YEAR_PER_2, EXTRA_EMPLOYER_DAYS, l, days));
    all.extend(rows(msg::CATALOGUE_EXTRA_FLAT_RATE_BASES, EXTRA_FORFAITS, l, |(hourly, rights_hourly, rights_daily)| {
        let (h, rh, rd) = (euros(hourly), euros(rights_hourly), euros(rights_daily));
        say!(l, msg::CATALOGUE_EXTRA_FORFAITS, h, rh, rd)
    }));
    all.extend(rows(msg::CATALOGUE_EXTRA_EMPLOYER_RATE_ON_THE, EXTRA_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(msg::CATALOGUE_EXTRA_FLAT_WITHHOLDING, EXTRA_WITHHOLDING, l, pct));
    all.extend(rows(msg::CATALOGUE_STUDENT_HOURS_A_YEAR_AT, STUDENT_QUOTA_HOURS, l, |n| n.to_string()));
    all.extend(rows(msg::CATALOGUE_STUDENT_SOLIDARITY_CONTRIBUTIONS_EMPLOYER_STUDENT, STUDENT_CONTRIBUTIONS, l, |(employer, student)| format!("{}, {}", pct(employer), pct(student))));
    all.extend(rows(msg::CATALOGUE_ORDINARY_EMPLOYER_RATE_FACIAL, ORDINARY_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(msg::CATALOGUE_ORDINARY_ALL_IN_EMPLOYER_RATE, PC302_MANUAL_ALL_IN, l, pct));
    all.extend(rows(msg::CATALOGUE_ORDINARY_HORECA_SECTOR_PENSION_EMPLOYER, PC302_SECTOR_PENSION, l, pct));
    all.extend(rows(msg::CATALOGUE_ORDINARY_STRUCTURAL_REDUCTION_CATEGORY_1, STRUCTURAL_REDUCTION, l, |r: &StructuralReduction| {
        let (a, s0, g, s2) = (pct(&r.alpha), l.amount(r.s0), pct(&r.gamma), l.amount(r.s2));
        format!("{a} × ({s0} − S) + {g} × ({s2} − S)")
    }));
    all.extend(rows(msg::CATALOGUE_ORDINARY_WORKER_CONTRIBUTION, WORKER_CONTRIBUTION, l, pct));
    all.extend(rows(msg::CATALOGUE_MANUAL_WORKERS_HOLIDAY_CONTRIBUTIONS, MANUAL_HOLIDAY_CONTRIBUTION, l, pct));
    all.extend(rows(msg::CATALOGUE_WHITE_COLLAR_WORKERS_HOLIDAY_PAY, WHITE_COLLAR_HOLIDAY_PAY, l, pct));
    // The ordinary payslip (key formula, work bonus).
    let amount = |d: &Decimal| l.amount(*d);
    all.extend(rows(msg::CATALOGUE_PERSONAL_INCOME_TAX_TAX_FREE, TAX_FREE_SUM, l, euros));
    all.extend(rows(msg::CATALOGUE_WITHHOLDING_TAX_KEY_FORMULA_YEARLY, KEY_FORMULAS, l, |k: &KeyFormula| {
        let (b1, b2, b3, free, cap) = (amount(&k.brackets[0]), amount(&k.brackets[1]), amount(&k.brackets[2]), amount(&k.tax_free_sum_tax), amount(&k.expenses_cap));
        say!(l, msg::CATALOGUE_KEY_FORMULA, b1, b2, b3, free, cap)
    }));
    all.extend(rows(msg::CATALOGUE_WORK_BONUS_EMPLOYEE_MONTHLY_MAXIMUM, WORK_BONUS, l, |w: &WorkBonus| match w {
        WorkBonus::Single { employee, .. } => amount(&employee.0),
        WorkBonus::TwoParts { a, b } => format!("A {}, B {}", amount(&a.employee.0), amount(&b.employee.0)),
    }));
    all.extend(rows(msg::CATALOGUE_FISCAL_WORK_BONUS_SHARE_OF, FISCAL_WORK_BONUS, l, |(a, b)| format!("{}, {}", pct(a), pct(b))));
    all
}

/// One legal quantity with its values, and the source most of them share (said once).
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub name: &'static str,
    pub common_source: &'static str,
    pub values: Vec<AmountRow>,
}

/// The amounts grouped by quantity, in catalogue order.
pub fn quantities(l: Language) -> Vec<Quantity> {
    let mut groups: Vec<Quantity> = Vec::new();
    for row in amounts(l) {
        match groups.iter_mut().find(|g| g.name == row.quantity) {
            Some(group) => group.values.push(row),
            None => groups.push(Quantity { name: row.quantity, common_source: row.source, values: vec![row] }),
        }
    }
    for group in &mut groups {
        let count = |source: &str| group.values.iter().filter(|v| v.source == source).count();
        group.common_source = group.values.iter().map(|v| v.source).max_by_key(|s| count(s)).unwrap_or_default();
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_amount_is_listed_with_its_source_in_every_language() {
        let english = amounts(Language::En);
        assert!(english.len() > 30, "{}", english.len());
        for language in [Language::Nl, Language::Fr] {
            let other = amounts(language);
            assert_eq!(other.len(), english.len());
            for (a, b) in other.iter().zip(&english) {
                assert_eq!((a.validity, a.source), (b.validity, b.source));
            }
        }
        assert!(english.iter().all(|r| !r.source.is_empty() && !r.value.is_empty()));
        let first_wage = english.iter().find(|r| r.quantity == "Minimum flexi wage").unwrap();
        assert_eq!(first_wage.validity.from, crate::rules::sectors::SYSTEM_START);
        assert!(english.iter().any(|r| r.value == "€18,440"), "the 2026 ceiling");
        assert!(english.iter().any(|r| r.value == "€7,876 (announced earlier: €5,893, €7,190, €7,668)"), "the earlier early-pension figures");
        let wages = quantities(Language::En).into_iter().find(|q| q.name == "Minimum flexi wage").unwrap();
        assert!(wages.values.len() > 10);
        assert!(wages.common_source.starts_with("Minimum flexi wage: uwpayroll"), "{}", wages.common_source);
    }
}
