//! Every dated amount the rules use, as rows for the "Rules and sources" page (OpenFisca's habit: one
//! parameter per legal quantity, each value with its dates and its reference).

use super::dated::{Confidence, Dated, Validity};
use super::eligibility::{EarlyPensionLimit, CEILINGS, EARLY_PENSION_FLEXI_LIMITS};
use super::language::{Language, Tr};
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
    let per_hour = |amount: &Decimal| format!("{} {}", euros(amount), Tr { en: "an hour", nl: "per uur", fr: "de l'heure" }.get(l));
    let days = |n: &u32| format!("{n} {}", Tr { en: "days a year", nl: "dagen per jaar", fr: "jours par an" }.get(l));
    let mut all = Vec::new();
    all.extend(rows(Tr { en: "Tax-free ceiling for flexi pay", nl: "Belastingvrij plafond voor flexiloon", fr: "Plafond exonéré du salaire flexi" }, CEILINGS, l, |c| match c {
        Some(euro) => l.euro(Decimal::from(*euro)),
        None => Tr { en: "no ceiling", nl: "geen plafond", fr: "pas de plafond" }.get(l).into(),
    }));
    all.extend(rows(Tr { en: "Early pension: yearly limit for flexi pay", nl: "Vervroegd pensioen: jaarlijkse grens voor flexiloon", fr: "Pension anticipée : limite annuelle du salaire flexi" }, EARLY_PENSION_FLEXI_LIMITS, l, |limit: &EarlyPensionLimit| {
        let others = limit.other_figures_in(l);
        let amount = l.euro(Decimal::from(limit.euros));
        match (others.is_empty(), l) {
            (true, _) => amount,
            (false, Language::En) => format!("{amount} (announced earlier: {others})"),
            (false, Language::Nl) => format!("{amount} (eerder aangekondigd: {others})"),
            (false, Language::Fr) => format!("{amount} (annoncé plus tôt : {others})"),
        }
    }));
    all.extend(rows(Tr { en: "National minimum monthly wage (full time, 18+)", nl: "Gewaarborgd gemiddeld minimummaandinkomen (voltijds, 18+)", fr: "Revenu minimum mensuel moyen garanti (temps plein, 18+)" }, MINIMUM_MONTHLY_WAGE, l, euros));
    all.extend(rows(Tr { en: "Minimum flexi wage", nl: "Minimaal flexiloon", fr: "Salaire flexi minimum" }, MINIMUM_FLEXI_WAGE, l, per_hour));
    all.extend(rows(Tr { en: "Minimum flexi wage, care (2023)", nl: "Minimaal flexiloon, zorg (2023)", fr: "Salaire flexi minimum, soins (2023)" }, MINIMUM_FLEXI_WAGE_CARE, l, per_hour));
    all.extend(rows(Tr { en: "Flexi holiday pay", nl: "Flexivakantiegeld", fr: "Pécule de vacances flexi" }, FLEXI_HOLIDAY_PAY, l, pct));
    all.extend(rows(Tr { en: "Special employer contribution on flexi pay", nl: "Bijzondere werkgeversbijdrage op flexiloon", fr: "Cotisation patronale spéciale sur le salaire flexi" }, FLEXI_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(Tr { en: "Maximum flexi wage (share of the minimum)", nl: "Maximaal flexiloon (deel van het minimum)", fr: "Salaire flexi maximum (part du minimum)" }, FLEXI_MAXIMUM_FACTOR, l, pct));
    all.extend(rows(Tr { en: "Extra: days a year per worker", nl: "Extra: dagen per jaar per werknemer", fr: "Extra : jours par an par travailleur" }, EXTRA_WORKER_DAYS, l, days));
    all.extend(rows(Tr { en: "Extra: days a year per employer", nl: "Extra: dagen per jaar per werkgever", fr: "Extra : jours par an par employeur" }, EXTRA_EMPLOYER_DAYS, l, days));
    all.extend(rows(Tr { en: "Extra: flat-rate bases", nl: "Extra: forfaitaire grondslagen", fr: "Extra : bases forfaitaires" }, EXTRA_FORFAITS, l, |(hourly, rights_hourly, rights_daily)| {
        let (h, rh, rd) = (euros(hourly), euros(rights_hourly), euros(rights_daily));
        match l {
            Language::En => format!("{h} an hour; rights {rh} an hour, {rd} a day"),
            Language::Nl => format!("{h} per uur; rechten {rh} per uur, {rd} per dag"),
            Language::Fr => format!("{h} de l'heure ; droits {rh} de l'heure, {rd} par jour"),
        }
    }));
    all.extend(rows(Tr { en: "Extra: employer rate on the forfait", nl: "Extra: werkgeversbijdrage op het forfait", fr: "Extra : taux patronal sur le forfait" }, EXTRA_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(Tr { en: "Extra: flat withholding", nl: "Extra: vaste bedrijfsvoorheffing", fr: "Extra : précompte forfaitaire" }, EXTRA_WITHHOLDING, l, pct));
    all.extend(rows(Tr { en: "Student: hours a year at solidarity rates", nl: "Student: uren per jaar aan solidariteitstarieven", fr: "Étudiant : heures par an aux taux de solidarité" }, STUDENT_QUOTA_HOURS, l, |n| n.to_string()));
    all.extend(rows(Tr { en: "Student: solidarity contributions (employer, student)", nl: "Student: solidariteitsbijdragen (werkgever, student)", fr: "Étudiant : cotisations de solidarité (employeur, étudiant)" }, STUDENT_CONTRIBUTIONS, l, |(employer, student)| format!("{}, {}", pct(employer), pct(student))));
    all.extend(rows(Tr { en: "Ordinary: employer rate (facial)", nl: "Gewoon: werkgeversbijdrage (faciaal)", fr: "Ordinaire : taux patronal (facial)" }, ORDINARY_EMPLOYER_CONTRIBUTION, l, pct));
    all.extend(rows(Tr { en: "Ordinary: all-in employer rate, horeca manual worker", nl: "Gewoon: totale werkgeversvoet, arbeider horeca", fr: "Ordinaire : taux patronal global, ouvrier horeca" }, PC302_MANUAL_ALL_IN, l, pct));
    all.extend(rows(Tr { en: "Ordinary: horeca sector pension (employer)", nl: "Gewoon: sectorpensioen horeca (werkgever)", fr: "Ordinaire : pension sectorielle horeca (employeur)" }, PC302_SECTOR_PENSION, l, pct));
    all.extend(rows(Tr { en: "Ordinary: structural reduction, category 1 (per quarter)", nl: "Gewoon: structurele vermindering, categorie 1 (per kwartaal)", fr: "Ordinaire : réduction structurelle, catégorie 1 (par trimestre)" }, STRUCTURAL_REDUCTION, l, |r: &StructuralReduction| {
        let (a, s0, g, s2) = (pct(&r.alpha), l.amount(r.s0), pct(&r.gamma), l.amount(r.s2));
        format!("{a} × ({s0} − S) + {g} × ({s2} − S)")
    }));
    all.extend(rows(Tr { en: "Ordinary: worker contribution", nl: "Gewoon: werknemersbijdrage", fr: "Ordinaire : cotisation personnelle" }, WORKER_CONTRIBUTION, l, pct));
    all.extend(rows(Tr { en: "Manual workers: holiday contributions", nl: "Arbeiders: vakantiebijdragen", fr: "Ouvriers : cotisations vacances" }, MANUAL_HOLIDAY_CONTRIBUTION, l, pct));
    all.extend(rows(Tr { en: "White-collar workers: holiday pay", nl: "Bedienden: vakantiegeld", fr: "Employés : pécule de vacances" }, WHITE_COLLAR_HOLIDAY_PAY, l, pct));
    // The ordinary payslip (key formula, work bonus).
    let amount = |d: &Decimal| l.amount(*d);
    all.extend(rows(Tr { en: "Personal income tax: tax-free sum (yearly estimate)", nl: "Personenbelasting: belastingvrije som (jaarlijkse schatting)", fr: "Impôt des personnes physiques : quotité exemptée (estimation annuelle)" }, TAX_FREE_SUM, l, euros));
    all.extend(rows(Tr { en: "Withholding tax: key formula (yearly)", nl: "Bedrijfsvoorheffing: sleutelformule (jaarlijks)", fr: "Précompte professionnel : formule-clé (annuelle)" }, KEY_FORMULAS, l, |k: &KeyFormula| {
        let (b1, b2, b3, free, cap) = (amount(&k.brackets[0]), amount(&k.brackets[1]), amount(&k.brackets[2]), amount(&k.tax_free_sum_tax), amount(&k.expenses_cap));
        match l {
            Language::En => format!("brackets up to {b1}, {b2}, {b3}; tax on the tax-free sum {free}; lump-sum expenses at most {cap}"),
            Language::Nl => format!("schijven tot {b1}, {b2}, {b3}; belasting op de belastingvrije som {free}; forfaitaire kosten hoogstens {cap}"),
            Language::Fr => format!("tranches jusqu'à {b1}, {b2}, {b3} ; impôt sur la quotité exemptée {free} ; frais forfaitaires au plus {cap}"),
        }
    }));
    all.extend(rows(Tr { en: "Work bonus, employee (monthly maximum)", nl: "Werkbonus, bediende (maandelijks maximum)", fr: "Bonus à l'emploi, employé (maximum mensuel)" }, WORK_BONUS, l, |w: &WorkBonus| match w {
        WorkBonus::Single { employee, .. } => amount(&employee.0),
        WorkBonus::TwoParts { a, b } => format!("A {}, B {}", amount(&a.employee.0), amount(&b.employee.0)),
    }));
    all.extend(rows(Tr { en: "Fiscal work bonus (share of parts A and B)", nl: "Fiscale werkbonus (deel van luik A en B)", fr: "Bonus à l'emploi fiscal (part des volets A et B)" }, FISCAL_WORK_BONUS, l, |(a, b)| format!("{}, {}", pct(a), pct(b))));
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
