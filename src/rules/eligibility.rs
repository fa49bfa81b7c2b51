//! The flexi-job eligibility rules, 1 December 2015 to today (flexi-rules.md §(b)), each placed beside
//! a summary of the text it implements. Conditions (the sector, the worker's route) must be answered;
//! exceptions (quarter-T exclusions, the 2024 reduction rule, foreign work) are presumed not to apply
//! when unanswered, and the reasons say so.

use super::contract::{Assessment, Ceiling, Facts, LinkedContract, Outcome, OtherContract, Reason, Verdict};
use super::dated::{in_force, ymd, Confidence, Dated, Validity};
use super::money::euro;
use super::quarter::Quarter;
use super::sectors::{self, Function, Scope, GENERALISATION, SYSTEM_START};
use super::staffing::{self, Context};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The date up to which the rules and amounts were checked against the research dossiers.
pub const RULES_VERIFIED_UNTIL: NaiveDate = ymd(2026, 11, 22);

/// A rule of the catalogue: what the law says, when, and who says so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Stable identifier, used in assessments.
    pub id: &'static str,
    pub title: &'static str,
    /// What the rule says, in plain English (a summary, not the legal text).
    pub text: &'static str,
    pub validity: Validity,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// Flexi-jobs exist from 1 December 2015 (Law of 16 Nov 2015; flexi-rules.md P1).
pub const SYSTEM_EXISTS: Rule = Rule {
    id: "system_start",
    title: "The flexi-job system",
    text: "Flexi-job contracts exist from 1 December 2015, first in horeca.",
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015 on various social provisions; RSZ DmfA instructions [S1]",
    confidence: Confidence::High,
};

/// R14: the employer's sector (the user's, for agency work) must be open to flexi-jobs on the day.
pub const SECTOR_SCOPE: Rule = Rule {
    id: "sector_scope",
    title: "Sector of the employer",
    text: "The employer's joint committee, RSZ main NACE code and, for some opt-ins, Community must be open to flexi-jobs on the day of the work.",
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]; flexi-rules.md §(c)",
    confidence: Confidence::High,
};

/// R14: temporary-work agencies (PC 322) may place flexi-jobbers with users in an eligible sector.
pub const TEMP_AGENCY: Rule = Rule {
    id: "temp_agency",
    title: "Agency work",
    text: "A temporary-work agency may employ a flexi-jobber for a user in an eligible sector; the user's sector decides.",
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]",
    confidence: Confidence::High,
};

/// R15: artistic and health-care-profession functions are excluded in all sectors from 2024.
pub const EXCLUDED_FUNCTIONS: Rule = Rule {
    id: "excluded_function",
    title: "Excluded functions",
    text: "From 1 January 2024 no flexi-job in an artistic, artistic-technical or artistic-support function (Law of 16 Dec 2022) or in a function with tasks of the health-care professions (coordinated law of 10 May 2015), in any sector.",
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Acerta/Going for Talent [S41]; CLB [S89]; FOD WASO [S6]",
    confidence: Confidence::High,
};

/// R1, P13, P14: at least 4/5 of a full-time job in T-3 with one or more other employers.
pub const EMPLOYMENT_T3: Rule = Rule {
    id: "employment_t3",
    title: "Work in the reference quarter (T-3)",
    text: "In the third quarter before the quarter of the flexi-job, the worker was employed by one or more employers other than the flexi employer for at least 4/5 of a full-time job (jobs add up; Belgian and foreign employment, public and private; self-employment does not count).",
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; RSZ DmfA instructions [S1]; Securex [S18]; Partena [S30]",
    confidence: Confidence::High,
};

/// R4, P15: from 2018 a pensioner at the end of T-2 needs no work in T-3.
pub const PENSIONER_T2: Rule = Rule {
    id: "pensioner_t2",
    title: "Pensioner route",
    text: "From 1 January 2018 a person who is a pensioner at the end of the second quarter before the flexi-job (T-2) needs no work in T-3. A retirement or survivor's pension counts, early or at legal age, Belgian or foreign; the transition allowance for young surviving spouses and unemployment with company supplement (SWT/RCC) do not.",
    validity: Validity::from(ymd(2018, 1, 1)),
    source: "Programme law of 25 Dec 2017; Partena [S31]; Securex [S18]; Acerta [S36]; Easypay/SNI [S62]",
    confidence: Confidence::High,
};

/// R4, P15b: reported from 1 July 2026, a pension in quarter T itself suffices.
pub const PENSIONER_IN_QUARTER: Rule = Rule {
    id: "pensioner_in_quarter",
    title: "Pensioner route (reported 2026 change)",
    text: "From 1 July 2026 RSZ is reported to look at the quarter of the flexi-job itself: a pension that starts in that quarter suffices.",
    validity: Validity::from(GENERALISATION),
    source: "AGO Jobs [S59] (single source; flexi-rules.md open question 2)",
    confidence: Confidence::Low,
};

/// R10, P17: full time in T-4 and 4/5 in T-3 → no flexi-job in T and T+1 (from 2024).
pub const WORK_REDUCTION: Rule = Rule {
    id: "work_reduction",
    title: "Drop from full time to 4/5",
    text: "From 1 January 2024, a worker who was full time in T-4 and 4/5 in T-3 may not do a flexi-job in T nor in T+1 (RSZ compares T-5 with T-4 and T-4 with T-3). The sources do not say whether the drop must be with the same employer; it is read as any reduction of the worker's total volume.",
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; RSZ Dimona FLX [S2]; Easypay [S62]",
    confidence: Confidence::Medium,
};

/// R3, R2: work under foreign social security counts but RSZ cannot see it.
pub const FOREIGN_EMPLOYMENT: Rule = Rule {
    id: "foreign_employment",
    title: "Work abroad in T-3",
    text: "Work under foreign social security counts toward the 4/5, but RSZ cannot see it: the Dimona FLX returns a warning. Overseas Social Security (overseas@rsz.fgov.be) checks the days worked in T-3 and the NSSO gives a written approval or refusal. The approval is valid only for the quarter it was issued for: ask again for each quarter.",
    validity: Validity::from(SYSTEM_START),
    source: "Overseas Social Security, 'Flexi-job for expats' [S10] (seed 002: approval valid for one quarter); Securex [S19]",
    confidence: Confidence::High,
};

/// R6 (2015–2023): no flexi-job with an employer with whom the worker has a ≥ 4/5 contract in T.
pub const SAME_EMPLOYER_FOUR_FIFTHS: Rule = Rule {
    id: "same_employer_four_fifths",
    title: "Other contract with the flexi employer",
    text: "Until 31 December 2023, no flexi-job with an employer with whom the worker has, in the same quarter, another employment contract of at least 4/5 of full time.",
    validity: Validity::between(SYSTEM_START, ymd(2023, 12, 31)),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Acerta 2019 (seed 003)",
    confidence: Confidence::High,
};

/// R6 (from 2024): no flexi-job with an employer with whom the worker has any other contract in T.
pub const SAME_EMPLOYER_ANY: Rule = Rule {
    id: "same_employer_any_contract",
    title: "Other contract with the flexi employer",
    text: "From 1 January 2024, no flexi-job with an employer with whom the worker is or was employed under any other employment contract or statutory appointment in the same quarter, whatever its size. RSZ accepts the reverse order: first flexi, then an ordinary contract with that employer in the same quarter (but then no return to flexi in that quarter).",
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Securex [S24]; Corsa/Sociaal Kantoor (RSZ advice) [S66]; Payroller [S93]",
    confidence: Confidence::High,
};

/// R7: no flexi-job during a notice period or a period covered by a severance indemnity of the flexi employer.
pub const NOTICE_OR_SEVERANCE: Rule = Rule {
    id: "notice_or_severance",
    title: "Notice period or severance",
    text: "No flexi-job with an employer during a notice period with that employer, nor during a period covered by a severance indemnity or dismissal compensation that employer pays. This applies to pensioners too.",
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Fediplus",
    confidence: Confidence::High,
};

/// R8: from 7 May 2022, no agency placement as flexi-jobber with a user who is the direct employer.
pub const AGENCY_USER: Rule = Rule {
    id: "agency_user_own_employer",
    title: "Agency placement with your own employer",
    text: "From 7 May 2022 an agency may not place a worker as a flexi-jobber with a user with whom the worker has a direct employment contract in the same quarter. Placement with another user remains possible.",
    validity: Validity::from(ymd(2022, 5, 7)),
    source: "Law of 1 Apr 2022 (BS 27 Apr 2022); Attentia [S42]; Securex [S69]; news.belgium.be [S9]",
    confidence: Confidence::High,
};

/// R9: from 2024, no flexi-job in a company linked to the company of a ≥ 4/5 main job.
pub const LINKED_COMPANY: Rule = Rule {
    id: "linked_company",
    title: "Contract with a linked company",
    text: "From 1 January 2024 no flexi-job in a company linked (art. 1:20 Code of Companies and Associations) to a company where the worker has an employment contract of at least 4/5 of full time.",
    validity: Validity::between(ymd(2024, 1, 1), ymd(2026, 6, 30)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; Securex [S24]; Easypay [S87]",
    confidence: Confidence::High,
};

/// R9 (reported 2026 relaxation): the ban no longer applies to full-timers.
pub const LINKED_COMPANY_2026: Rule = Rule {
    id: "linked_company_2026",
    title: "Contract with a linked company (reported 2026 change)",
    text: "Reported from 1 July 2026: the linked-company ban is lifted for full-time workers and stays for workers between 4/5 and full time.",
    validity: Validity::from(GENERALISATION),
    source: "Announced Dec 2025: MR/Le Vif/SNI [S60]; Horeca Bruxelles [S61]; in force 1 Jul 2026 per AGO Jobs [S59]",
    confidence: Confidence::Low,
};

/// P19: Flemish childcare employers keep flexi work within 20 % of their yearly volume.
pub const CHILDCARE_VOLUME_CAP: Rule = Rule {
    id: "childcare_volume_cap",
    title: "Flemish childcare: 20 % volume cap",
    text: "From 1 July 2024 flexi work in Flemish childcare may not exceed 20 % of the employer's total yearly work volume (2024 was a transition year without control). One source gives 1 June 2024.",
    validity: Validity::from(ymd(2024, 7, 1)),
    source: "ONSS [S14]; Tamtam [S17]; Securex [S26]; unisoc [S77] (1 June)",
    confidence: Confidence::Medium,
};

/// P10, P11, P4: the yearly tax-free ceiling for non-pensioners.
pub const TAX_CEILING: Rule = Rule {
    id: "tax_ceiling",
    title: "Tax-free ceiling",
    text: "From income year 2024 flexi pay of non-pensioners is tax-free up to a yearly ceiling for all employers together; the part above it is taxable (withholding on the part one employer pays above it). Pensioners have no ceiling.",
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "FOD Financiën [S5]; circulars 2024/C/41 and 2026/C/4 [S12]; Law of 18 Dec 2025 arts 19–21",
    confidence: Confidence::High,
};

/// Beyond the date the rules were checked, later changes are unknown.
pub const RULES_HORIZON: Rule = Rule {
    id: "rules_horizon",
    title: "Rules verified up to a date",
    text: "The rules and amounts were checked against the sources up to 22 November 2026; changes after that are not known to this tool.",
    validity: Validity::from(RULES_VERIFIED_UNTIL),
    source: "Flexicheck research dossiers, 22 Nov 2026",
    confidence: Confidence::Low,
};

/// Every rule, for the "Rules and sources" page.
pub const RULES: &[&Rule] = &[
    &SYSTEM_EXISTS,
    &SECTOR_SCOPE,
    &TEMP_AGENCY,
    &EXCLUDED_FUNCTIONS,
    &EMPLOYMENT_T3,
    &PENSIONER_T2,
    &PENSIONER_IN_QUARTER,
    &WORK_REDUCTION,
    &FOREIGN_EMPLOYMENT,
    &SAME_EMPLOYER_FOUR_FIFTHS,
    &SAME_EMPLOYER_ANY,
    &NOTICE_OR_SEVERANCE,
    &AGENCY_USER,
    &LINKED_COMPANY,
    &LINKED_COMPANY_2026,
    &CHILDCARE_VOLUME_CAP,
    &TAX_CEILING,
    &RULES_HORIZON,
];

/// The tax-free ceiling by income year (P10). `None` = no ceiling that year.
pub const CEILINGS: &[Dated<Option<i64>>] = &[
    Dated {
        value: None,
        validity: Validity::between(SYSTEM_START, ymd(2023, 12, 31)),
        source: "No ceiling until income year 2023: FOD Financiën [S5]; VLAIO [S89]",
        confidence: Confidence::High,
    },
    Dated {
        value: Some(12_000),
        validity: Validity::between(ymd(2024, 1, 1), ymd(2024, 12, 31)),
        source: "€12,000 for income 2024: FOD Financiën [S5]; circular 2024/C/41 (Prato [S96])",
        confidence: Confidence::High,
    },
    Dated {
        value: Some(18_000),
        validity: Validity::between(ymd(2025, 1, 1), ymd(2025, 12, 31)),
        source: "€18,000 for income 2025 (retroactive): Law of 18 Dec 2025 arts 19–21 (BS 30 Dec 2025); circular 2026/C/4 [S12]; Securex [S21]",
        confidence: Confidence::High,
    },
    Dated {
        value: Some(18_440),
        validity: Validity::between(ymd(2026, 1, 1), ymd(2026, 12, 31)),
        source: "€18,440 for income 2026 (the indexed €18,000): Securex, updated 28 Jan 2026 [S21]",
        confidence: Confidence::Medium,
    },
];

/// 4/5 of a full-time job (P14).
const FOUR_FIFTHS: f64 = 0.8;
const FULL_TIME: f64 = 1.0;

/// What the rules found so far.
#[derive(Default)]
struct Findings {
    reasons: Vec<Reason>,
    missing: Vec<&'static str>,
    /// A condition outside the rules decides (the written approval for foreign work).
    conditional: bool,
}

impl Findings {
    fn add(&mut self, rule: &Rule, outcome: Outcome, explanation: String) {
        self.add_with(rule, outcome, explanation, rule.validity, rule.source, rule.confidence);
    }

    fn add_with(&mut self, rule: &Rule, outcome: Outcome, explanation: String, validity: Validity, source: &'static str, confidence: Confidence) {
        self.reasons.push(Reason {
            rule: rule.id,
            outcome,
            explanation,
            source,
            valid_from: validity.from,
            valid_until: validity.until,
            confidence,
        });
    }

    fn need(&mut self, field: &'static str) {
        if !self.missing.contains(&field) {
            self.missing.push(field);
        }
    }

    fn verdict(&self) -> Verdict {
        if self.reasons.iter().any(|r| r.outcome == Outcome::NotMet) {
            Verdict::NotEligible
        } else if !self.missing.is_empty() {
            Verdict::Incomplete
        } else if self.conditional {
            Verdict::Conditional
        } else {
            Verdict::Eligible
        }
    }
}

/// The whole assessment of checked facts.
pub fn assess_facts(facts: &Facts) -> Assessment {
    let mut findings = evaluate(facts);
    let verdict = findings.verdict();
    let confidence = verdict_confidence(&findings.reasons, verdict);
    let ceiling = tax_ceiling(facts, &mut findings);
    let earliest = (verdict == Verdict::NotEligible).then(|| earliest_eligible(facts)).flatten();
    let (earliest_eligible_quarter, earliest_eligible_note) = earliest.unzip();
    let comparison = facts.pay.as_ref().map(|pay| {
        let refusal = (verdict == Verdict::NotEligible).then(|| {
            findings.reasons.iter().filter(|r| r.outcome == Outcome::NotMet).map(|r| r.explanation.as_str()).collect::<Vec<_>>().join(" ")
        });
        let context = Context {
            date: facts.work_date,
            joint_committee: facts.sector.joint_committee.clone(),
            flexi_refusal: refusal,
            pensioner: facts.pensioner_since.is_some_and(|since| since <= facts.work_date),
            flexi_income_this_year: facts.flexi_income_this_year,
            flexi_ceiling: ceiling.as_ref().map(|c| c.amount),
        };
        staffing::compare(pay, &context)
    });
    Assessment {
        verdict,
        quarter: facts.quarter,
        reference_quarter: facts.quarter.reference_quarter(),
        confidence,
        missing: if verdict == Verdict::NotEligible { Vec::new() } else { findings.missing },
        reasons: findings.reasons,
        earliest_eligible_quarter,
        earliest_eligible_note,
        ceiling,
        comparison,
        rules_verified_until: RULES_VERIFIED_UNTIL,
    }
}

/// A refusal is as sure as its surest reason; anything else is as sure as its weakest.
fn verdict_confidence(reasons: &[Reason], verdict: Verdict) -> Confidence {
    let of = |outcomes: &'static [Outcome]| reasons.iter().filter(move |r| outcomes.contains(&r.outcome)).map(|r| r.confidence);
    match verdict {
        Verdict::NotEligible => of(&[Outcome::NotMet]).max(),
        Verdict::Incomplete => of(&[Outcome::Met, Outcome::Warning, Outcome::Unknown]).min(),
        Verdict::Eligible | Verdict::Conditional => of(&[Outcome::Met, Outcome::Warning]).min(),
    }
    .unwrap_or(Confidence::High)
}

fn evaluate(facts: &Facts) -> Findings {
    let mut findings = Findings::default();
    let date = facts.work_date;
    if date < SYSTEM_START {
        findings.add(&SYSTEM_EXISTS, Outcome::NotMet, format!("Flexi-jobs did not exist yet on {}: they start on 1 December 2015.", long_date(date)));
        return findings;
    }
    sector_scope(facts, &mut findings);
    excluded_function(facts, &mut findings);
    worker_route(facts, &mut findings);
    same_employer(facts, &mut findings);
    if date > RULES_VERIFIED_UNTIL {
        findings.add(
            &RULES_HORIZON,
            Outcome::Warning,
            format!("{} is after 22 November 2026, the date up to which the rules were checked: a later change would not be known here.", long_date(date)),
        );
    }
    findings
}

/// R14 with the sector table of `sectors`.
fn sector_scope(facts: &Facts, findings: &mut Findings) {
    let sector = &facts.sector;
    let date = facts.work_date;
    if facts.via_temp_agency {
        findings.add(&TEMP_AGENCY, Outcome::Met, "Agency work: the user company's sector decides, as given below.".into());
    }
    if sector.joint_committee.as_deref() == Some("322") {
        findings.need("sector.joint_committee");
        findings.add(&SECTOR_SCOPE, Outcome::Unknown, "PC 322 is the temporary-work agencies' committee: for agency work give the joint committee (or NACE code) of the user company where the work is done.".into());
        return;
    }
    if sector.joint_committee.is_none() && sector.nace.is_none() && sector.function != Some(Function::Lifeguard) {
        findings.need("sector.joint_committee");
        findings.add(&SECTOR_SCOPE, Outcome::Unknown, "The employer's sector is not given: its joint committee (or RSZ main NACE code) decides.".into());
        return;
    }
    let named = sector_name(sector);
    let row = match sectors::deciding_row(sector, date) {
        Err(field) => {
            findings.need(field);
            let why = match field {
                "sector.nace" => format!("For {named}, only some activities are open: the employer's RSZ main NACE code decides."),
                "sector.community" => format!("For {named}, the opening depends on the Community of the public or subsidised employer (Flemish, French or German-speaking)."),
                _ => format!("For {named}, only some sub-committees are open: give the sub-committee, e.g. 118.03."),
            };
            findings.add(&SECTOR_SCOPE, Outcome::Unknown, why);
            return;
        }
        Ok(None) => {
            let later = sectors::next_opening(sector, date)
                .map(|d| format!(" It opens on {} according to the sources.", long_date(d)))
                .unwrap_or_default();
            findings.add(&SECTOR_SCOPE, Outcome::NotMet, format!("{named} is not among the sectors open to flexi-jobs on {}.{later}", long_date(date)));
            return;
        }
        Ok(Some(row)) => row,
    };
    let function = sector.function;
    let (outcome, verdict) = match row.scope {
        Scope::Open => (Outcome::Met, "is open to flexi-jobs".to_string()),
        Scope::Closed => (Outcome::NotMet, "is not open to flexi-jobs".to_string()),
        Scope::OnlyFunctions(allowed) => match function {
            None => {
                findings.need("sector.function");
                (Outcome::Unknown, "is open to flexi-jobs only for some functions: the function decides".to_string())
            }
            Some(f) if allowed.contains(&f) => (Outcome::Met, "is open to flexi-jobs for this function".to_string()),
            Some(_) => (Outcome::NotMet, "is open to flexi-jobs only for other functions".to_string()),
        },
        Scope::ExceptFunctions(excluded) => match function {
            Some(f) if excluded.contains(&f) => (Outcome::NotMet, "is not open to flexi-jobs for this function".to_string()),
            Some(_) => (Outcome::Met, "is open to flexi-jobs for this function".to_string()),
            None => (Outcome::Met, "is open to flexi-jobs (function not given: assumed not an excluded one)".to_string()),
        },
    };
    let note = if row.note.is_empty() { String::new() } else { format!(" {}", row.note) };
    findings.add_with(
        &SECTOR_SCOPE,
        outcome,
        format!("{} {verdict} on {}.{note}", row.label, long_date(date)),
        row.validity,
        row.source,
        row.confidence,
    );
    if outcome == Outcome::Met && row.id.contains("childcare") && CHILDCARE_VOLUME_CAP.validity.contains(date) {
        findings.add(
            &CHILDCARE_VOLUME_CAP,
            Outcome::Warning,
            "The employer must keep flexi work within 20 % of its total yearly work volume; this tool cannot check that.".into(),
        );
    }
}

/// R15: artistic and health-care-profession functions, all sectors, from 2024.
fn excluded_function(facts: &Facts, findings: &mut Findings) {
    if !EXCLUDED_FUNCTIONS.validity.contains(facts.work_date) {
        return;
    }
    match facts.sector.function {
        Some(Function::Artistic) => findings.add(
            &EXCLUDED_FUNCTIONS,
            Outcome::NotMet,
            "Artistic, artistic-technical and artistic-support functions are excluded from flexi-jobs in every sector since 1 January 2024.".into(),
        ),
        Some(Function::CareProfession) => findings.add(
            &EXCLUDED_FUNCTIONS,
            Outcome::NotMet,
            "Functions with tasks of the health-care professions are excluded from flexi-jobs in every sector since 1 January 2024. The reported 2026 opening mentions 'protected professions' but does not clearly allow them.".into(),
        ),
        _ => {}
    }
}

/// The worker's route: a pensioner (from 2018), or 4/5 work in T-3 (R1, R4, R10, R3).
fn worker_route(facts: &Facts, findings: &mut Findings) {
    let quarter = facts.quarter;
    let reference = quarter.reference_quarter();
    let date = facts.work_date;
    // R4: the pensioner route.
    let mut pension_note = String::new();
    if let Some(since) = facts.pensioner_since {
        if !PENSIONER_T2.validity.contains(date) {
            pension_note = " Before 2018 pensioners had no route of their own: the 4/5 condition applied to them too.".into();
        } else if since <= quarter.minus(2).last_day() {
            let t2 = quarter.minus(2);
            findings.add(
                &PENSIONER_T2,
                Outcome::Met,
                format!("Pensioner since {}, so a pensioner at the end of T-2 ({t2}, {}): no work in T-3 is needed.", long_date(since), long_date(t2.last_day())),
            );
            return;
        } else if PENSIONER_IN_QUARTER.validity.contains(date) && since <= quarter.last_day() {
            findings.add(
                &PENSIONER_IN_QUARTER,
                Outcome::Met,
                format!("The pension starts on {}, in the quarter of the work ({quarter}). Under the rule reported from 1 July 2026 that suffices; under the earlier rule the pension had to start by the end of T-2. Only one source reports the change.", long_date(since)),
            );
            return;
        } else {
            // Not a blocker by itself: the 4/5 route below may still qualify.
            let t2 = quarter.minus(2);
            pension_note = format!(
                " The pension starts on {}, after the end of T-2 ({t2}, {}), so the pensioner route does not apply yet for {quarter}.",
                long_date(since),
                long_date(t2.last_day())
            );
        }
    }
    // R1: 4/5 in T-3.
    let Some(share) = facts.employment_t3 else {
        findings.need("worker.employment_t3");
        findings.add(
            &EMPLOYMENT_T3,
            Outcome::Unknown,
            format!("Not given: how much you worked for other employers in {reference} ({} to {}).{pension_note}", long_date(reference.first_day()), long_date(reference.last_day())),
        );
        return;
    };
    let span = format!("{reference} ({} to {})", long_date(reference.first_day()), long_date(reference.last_day()));
    if share < FOUR_FIFTHS {
        findings.add(
            &EMPLOYMENT_T3,
            Outcome::NotMet,
            format!("{} of a full-time job with other employers in {span} is less than the 4/5 (80 %) required.{pension_note}", percent(share)),
        );
        if facts.pensioner_since.is_some() && PENSIONER_T2.validity.contains(date) {
            findings.add(&PENSIONER_T2, Outcome::NotMet, format!("Neither route applies:{pension_note}"));
        }
        return;
    }
    findings.add(
        &EMPLOYMENT_T3,
        Outcome::Met,
        format!("{} of a full-time job with other employers in {span}: at least 4/5 (80 %).{pension_note}", percent(share)),
    );
    work_reduction(facts, findings);
    // R3: foreign work in T-3 needs the written approval of Overseas Social Security.
    if facts.foreign_employment_t3 == Some(true) {
        findings.conditional = true;
        findings.add(
            &FOREIGN_EMPLOYMENT,
            Outcome::Warning,
            format!("Part of the work in {reference} was abroad, so the Dimona FLX will show a warning. Eligible once Overseas Social Security (overseas@rsz.fgov.be) gives its written approval for {quarter}; it is valid for that quarter only, so ask again for each quarter."),
        );
    }
}

/// R10: a drop from full time (T-4) to 4/5 (T-3) blocks T and T+1; RSZ also compares T-5 with T-4.
fn work_reduction(facts: &Facts, findings: &mut Findings) {
    if !WORK_REDUCTION.validity.contains(facts.work_date) {
        return;
    }
    let dropped = |before: Option<f64>, after: Option<f64>| matches!((before, after), (Some(b), Some(a)) if b >= FULL_TIME && (FOUR_FIFTHS..FULL_TIME).contains(&a));
    let q = facts.quarter;
    let (t3, t4, t5) = (facts.employment_t3, facts.employment_t4, facts.employment_t5);
    if dropped(t4, t3) {
        findings.add(&WORK_REDUCTION, Outcome::NotMet, format!("Full time in {} and {} in {}: no flexi-job in {q} nor in {}.", q.minus(4), percent(t3.unwrap_or(0.0)), q.minus(3), q.plus(1)));
    } else if dropped(t5, t4) {
        findings.add(&WORK_REDUCTION, Outcome::NotMet, format!("Full time in {} and {} in {}: no flexi-job in {} nor in {q}.", q.minus(5), percent(t4.unwrap_or(0.0)), q.minus(4), q.minus(1)));
    } else if t3.is_some_and(|s| s < FULL_TIME) && t4.is_none() {
        findings.add_with(
            &WORK_REDUCTION,
            Outcome::Met,
            format!("Work in {} not given: assumed no drop from full time to 4/5. If you were full time then, no flexi-job in {q} nor {}.", q.minus(4), q.plus(1)),
            WORK_REDUCTION.validity,
            WORK_REDUCTION.source,
            // The rule's doubt (same employer or not) only matters when there was a drop.
            Confidence::High,
        );
    } else {
        findings.add_with(
            &WORK_REDUCTION,
            Outcome::Met,
            "No drop from full time to 4/5 in the quarters RSZ compares.".into(),
            WORK_REDUCTION.validity,
            WORK_REDUCTION.source,
            Confidence::High,
        );
    }
}

/// R6, R7, R8, R9: the situation with the flexi employer (and its group) in quarter T.
fn same_employer(facts: &Facts, findings: &mut Findings) {
    let date = facts.work_date;
    let quarter = facts.quarter;
    // R6.
    let (rule, blocked) = if SAME_EMPLOYER_ANY.validity.contains(date) {
        (&SAME_EMPLOYER_ANY, matches!(facts.other_contract, Some(OtherContract::BelowFourFifths | OtherContract::FourFifthsOrMore)))
    } else {
        (&SAME_EMPLOYER_FOUR_FIFTHS, facts.other_contract == Some(OtherContract::FourFifthsOrMore))
    };
    let explanation = match (facts.other_contract, blocked) {
        (None, _) => "Not answered: assumed no other contract with the flexi employer this quarter.".to_string(),
        (Some(OtherContract::None), _) => format!("No other contract with the flexi employer in {quarter}."),
        (Some(_), true) if rule.id == SAME_EMPLOYER_ANY.id => format!(
            "Another contract with the flexi employer in {quarter}: since 2024 any other contract with the same employer in the same quarter rules out a flexi-job there (flexi first, then an ordinary contract, is accepted)."
        ),
        (Some(_), true) => format!("A contract of at least 4/5 with the flexi employer in {quarter} rules out a flexi-job with that employer."),
        (Some(_), false) => format!("The other contract with the flexi employer in {quarter} is below 4/5: allowed before 2024."),
    };
    findings.add(rule, if blocked { Outcome::NotMet } else { Outcome::Met }, explanation);

    // R7.
    match facts.notice_or_severance {
        Some(true) => {
            let until = facts.notice_until.map(|d| format!(" (until {})", long_date(d))).unwrap_or_default();
            findings.add(&NOTICE_OR_SEVERANCE, Outcome::NotMet, format!("A notice period or severance period with the flexi employer{until} rules out a flexi-job with that employer."));
        }
        Some(false) => findings.add(&NOTICE_OR_SEVERANCE, Outcome::Met, "No notice or severance period with the flexi employer.".into()),
        None => findings.add(&NOTICE_OR_SEVERANCE, Outcome::Met, "Not answered: assumed no notice or severance period with the flexi employer.".into()),
    }

    // R8.
    if facts.agency_user_is_own_employer == Some(true) {
        if AGENCY_USER.validity.contains(date) {
            findings.add(&AGENCY_USER, Outcome::NotMet, "The agency's user is also your direct employer this quarter: no flexi-job through an agency with that user since 7 May 2022.".into());
        } else {
            findings.add_with(
                &AGENCY_USER,
                Outcome::Met,
                "Before 7 May 2022 an agency could place a flexi-jobber with a user who was also the direct employer.".into(),
                Validity::between(SYSTEM_START, ymd(2022, 5, 6)),
                AGENCY_USER.source,
                Confidence::High,
            );
        }
    }

    // R9.
    if LINKED_COMPANY.validity.contains(date) || LINKED_COMPANY_2026.validity.contains(date) {
        let relaxed = LINKED_COMPANY_2026.validity.contains(date);
        match facts.linked_company_contract {
            Some(LinkedContract::FourFifths) => {
                let rule = if relaxed { &LINKED_COMPANY_2026 } else { &LINKED_COMPANY };
                findings.add(rule, Outcome::NotMet, "A contract of at least 4/5 with a company linked to the flexi employer rules out a flexi-job there.".into());
            }
            Some(LinkedContract::FullTime) if relaxed => findings.add(
                &LINKED_COMPANY_2026,
                Outcome::Met,
                "Full time at a linked company: the ban is reported lifted for full-timers from 1 July 2026 (announced in December 2025; the date comes from one source).".into(),
            ),
            Some(LinkedContract::FullTime) => findings.add(
                &LINKED_COMPANY,
                Outcome::NotMet,
                "A full-time contract with a company linked to the flexi employer rules out a flexi-job there (a relaxation for full-timers is reported only from 1 July 2026).".into(),
            ),
            Some(LinkedContract::None) => findings.add(&LINKED_COMPANY, Outcome::Met, "No contract of 4/5 or more with a company linked to the flexi employer.".into()),
            None => findings.add(&LINKED_COMPANY, Outcome::Met, "Not answered: assumed no contract of 4/5 or more with a company linked to the flexi employer.".into()),
        }
    }
}

/// P10/P11: the ceiling for the income year of the work, and what is left of it.
fn tax_ceiling(facts: &Facts, findings: &mut Findings) -> Option<Ceiling> {
    let date = facts.work_date;
    if date < TAX_CEILING.validity.from {
        return None;
    }
    let year = date.year();
    if facts.pensioner_since.is_some_and(|since| since <= date) {
        findings.add(&TAX_CEILING, Outcome::Met, "Pensioners have no tax-free ceiling: their flexi pay is tax-free without limit.".into());
        return None;
    }
    let Some(Dated { value: Some(euros), source, confidence, validity }) = in_force(CEILINGS, date).copied() else {
        findings.add(&TAX_CEILING, Outcome::Warning, format!("The ceiling for income year {year} is indexed yearly and not known to this tool yet; check your flexi counter on mycareer.be."), );
        return None;
    };
    let amount = Decimal::from(euros);
    let remaining = facts.flexi_income_this_year.map(|income| (amount - income).max(Decimal::ZERO));
    let explanation = match facts.flexi_income_this_year {
        Some(income) if income > amount => format!(
            "Flexi pay so far in {year} ({}) is above the {} tax-free ceiling: the part above it is taxable.",
            euro(income),
            euro(amount)
        ),
        Some(income) => format!("{} of the {} tax-free ceiling for {year} is left after {} of flexi pay so far.", euro(amount - income), euro(amount), euro(income)),
        None => format!("Flexi pay is tax-free up to {} in {year}, all employers together; your flexi counter on mycareer.be shows what you have used.", euro(amount)),
    };
    let over = facts.flexi_income_this_year.is_some_and(|income| income > amount);
    findings.add_with(&TAX_CEILING, if over { Outcome::Warning } else { Outcome::Met }, explanation, validity, source, confidence);
    Some(Ceiling { year, amount, remaining, confidence, source })
}

/// "When can I start?": the first quarter, from this one to twelve quarters ahead, in which the same
/// person would be eligible, keeping their answers and assuming their work volume stays as in T-3.
fn earliest_eligible(facts: &Facts) -> Option<(Quarter, String)> {
    let now = facts.quarter;
    // The worker's volume in any quarter: as answered for T-5 to T-3, then assumed unchanged.
    let volume = |q: Quarter| {
        if q == now.minus(5) {
            facts.employment_t5
        } else if q == now.minus(4) {
            facts.employment_t4
        } else if q >= now.minus(3) {
            facts.employment_t3
        } else {
            None
        }
    };
    let mut assumptions = vec!["your answers stay true"];
    if facts.employment_t3.is_some() {
        assumptions.push("your work with other employers stays as in T-3");
    }
    if matches!(facts.other_contract, Some(OtherContract::BelowFourFifths | OtherContract::FourFifthsOrMore)) {
        assumptions.push("your other contract with the flexi employer has ended");
    }
    if facts.agency_user_is_own_employer == Some(true) {
        assumptions.push("your direct contract with the agency's user has ended");
    }
    // Later in the same quarter: a sector or the system itself can open mid-quarter, while
    // everything that holds for the whole quarter (contracts, notice) still holds.
    if facts.work_date < now.last_day() {
        let mut rest_of_quarter = facts.clone();
        rest_of_quarter.work_date = now.last_day();
        if matches!(evaluate(&rest_of_quarter).verdict(), Verdict::Eligible | Verdict::Conditional) {
            return Some((now, "Later in this quarter: a rule opens before the quarter ends.".into()));
        }
    }
    for k in 1..=12 {
        let q = now.plus(k);
        let mut projected = facts.clone();
        projected.quarter = q;
        projected.employment_t3 = volume(q.minus(3));
        projected.employment_t4 = volume(q.minus(4));
        projected.employment_t5 = volume(q.minus(5));
        if projected.other_contract.is_some() {
            projected.other_contract = Some(OtherContract::None);
        }
        if projected.agency_user_is_own_employer.is_some() {
            projected.agency_user_is_own_employer = Some(false);
        }
        if facts.notice_or_severance == Some(true) {
            // The notice blocks every quarter it touches (the contract runs in that quarter).
            match facts.notice_until {
                Some(until) if until < q.first_day() => projected.notice_or_severance = Some(false),
                _ => continue,
            }
        }
        // A sector can open, or a rule change, in the middle of a quarter.
        for day in [q.first_day(), q.last_day()] {
            projected.work_date = day;
            let findings = evaluate(&projected);
            if matches!(findings.verdict(), Verdict::Eligible | Verdict::Conditional) {
                let weakest = verdict_confidence(&findings.reasons, Verdict::Eligible);
                let caution = if weakest == Confidence::Low { " Part of the rules for that quarter rests on a single or unconfirmed source." } else { "" };
                return Some((q, format!("Assuming {}.{caution}", assumptions.join(", "))));
            }
        }
    }
    None
}

fn sector_name(sector: &sectors::SectorFacts) -> String {
    match (&sector.joint_committee, &sector.nace) {
        (Some(c), Some(n)) => format!("PC {c}, NACE {n}"),
        (Some(c), None) => format!("PC {c}"),
        (None, Some(n)) => format!("NACE {n}"),
        (None, None) => "this function".into(),
    }
}

/// "80 %", "79.99 %". Integer arithmetic: float formatting would add kilobytes to the browser bundle.
pub fn percent(share: f64) -> String {
    let hundredths = (share * 10_000.0).round() as i64;
    let (whole, fraction) = (hundredths / 100, hundredths % 100);
    match fraction {
        0 => format!("{whole} %"),
        f if f % 10 == 0 => format!("{whole}.{} %", f / 10),
        f => format!("{whole}.{f:02} %"),
    }
}

/// "1 December 2015". Hand-made: chrono's formatter is large in the browser bundle.
pub fn long_date(date: NaiveDate) -> String {
    const MONTHS: [&str; 12] =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    format!("{} {} {}", date.day(), MONTHS[date.month0() as usize], date.year())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_reads_well() {
        assert_eq!(percent(0.8), "80 %");
        assert_eq!(percent(0.7999), "79.99 %");
        assert_eq!(percent(1.0), "100 %");
        assert_eq!(percent(0.0), "0 %");
        assert_eq!(percent(0.85), "85 %");
        assert_eq!(percent(0.805), "80.5 %");
        assert_eq!(long_date(ymd(2015, 12, 1)), "1 December 2015");
    }

    #[test]
    fn every_rule_is_sourced_and_listed_once() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(!rule.source.is_empty() && !rule.text.is_empty(), "{}", rule.id);
            assert!(RULES[..i].iter().all(|r| r.id != rule.id), "{} listed twice", rule.id);
        }
    }
}
