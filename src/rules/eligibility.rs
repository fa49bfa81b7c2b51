//! The flexi-job eligibility rules, 1 December 2015 to today (flexi-rules.md §(b)), each placed beside
//! a summary of the text it implements. Conditions (the sector, the worker's route) must be answered;
//! exceptions (quarter-T exclusions, the 2024 reduction rule, foreign work) are presumed not to apply
//! when unanswered, and the reasons say so.

use crate::rules::msg;
use super::contract::{Assessment, Ceiling, Condition, Facts, LinkedContract, Outcome, OtherContract, Reason, Verdict};
use super::dated::{in_force, ymd, Confidence, Dated, Validity};
use super::language::{say, Language, Tr};
use super::quarter::Quarter;
use super::sectors::{self, Function, Scope, GENERALISATION, SYSTEM_START};
use super::sources;
use super::staffing::{self, Context};
use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

/// The date up to which the rules and amounts were checked against the research dossiers.
pub const RULES_VERIFIED_UNTIL: NaiveDate = ymd(2026, 12, 6);

/// How long after the check the rules may be shown without saying they could be out of date.
pub const STALE_AFTER_DAYS: i64 = 90;

/// The last day on which a check keeps the rules' own confidence: the end of the quarter after the
/// verification. Law changes are announced ahead and most take effect at a quarter's start, so a
/// date in the next quarter is as sure as the rules were; beyond it, a change could be unknown here.
pub fn confident_until() -> NaiveDate {
    super::quarter::Quarter::containing(RULES_VERIFIED_UNTIL).plus(1).last_day()
}

/// Whether, on the visitor's `today`, the rules were checked more than 90 days ago.
pub fn rules_are_stale(today: NaiveDate) -> bool {
    (today - RULES_VERIFIED_UNTIL).num_days() > STALE_AFTER_DAYS
}

/// A rule of the catalogue: what the law says, when, and who says so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Rule {
    /// Stable identifier, used in assessments.
    pub id: &'static str,
    pub title: Tr,
    /// What the rule says, in plain words (a summary, not the legal text).
    pub text: Tr,
    pub validity: Validity,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// Flexi-jobs exist from 1 December 2015 (Law of 16 Nov 2015; flexi-rules.md P1).
pub const SYSTEM_EXISTS: Rule = Rule {
    id: "system_start",
    title: msg::ELIGIBILITY_THE_FLEXI_JOB_SYSTEM,
    text: msg::ELIGIBILITY_FLEXI_JOB_CONTRACTS_EXIST_FROM,
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015 on various social provisions; RSZ DmfA instructions [S1]",
    confidence: Confidence::High,
};

/// R14: the employer's sector (the user's, for agency work) must be open to flexi-jobs on the day.
pub const SECTOR_SCOPE: Rule = Rule {
    id: "sector_scope",
    title: msg::ELIGIBILITY_SECTOR_OF_THE_EMPLOYER,
    text: msg::ELIGIBILITY_THE_EMPLOYER_S_JOINT_COMMITTEE,
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]",
    confidence: Confidence::High,
};

/// R14: temporary-work agencies (PC 322) may place flexi-jobbers with users in an eligible sector.
pub const TEMP_AGENCY: Rule = Rule {
    id: "temp_agency",
    title: msg::ELIGIBILITY_AGENCY_WORK,
    text: msg::ELIGIBILITY_A_TEMPORARY_WORK_AGENCY_MAY,
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]",
    confidence: Confidence::High,
};

/// R15: artistic and health-care-profession functions are excluded in all sectors from 2024.
pub const EXCLUDED_FUNCTIONS: Rule = Rule {
    id: "excluded_function",
    title: msg::ELIGIBILITY_EXCLUDED_FUNCTIONS,
    text: msg::ELIGIBILITY_FROM_1_JANUARY_2024_NO,
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Acerta/Going for Talent [S41]; CLB [S89]; FOD WASO [S6]",
    confidence: Confidence::High,
};

/// R1, P13, P14: at least 4/5 of a full-time job in T-3 with one or more other employers.
pub const EMPLOYMENT_T3: Rule = Rule {
    id: "employment_t3",
    title: msg::ELIGIBILITY_WORK_IN_THE_REFERENCE_QUARTER,
    text: msg::ELIGIBILITY_IN_THE_THIRD_QUARTER_BEFORE,
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; RSZ DmfA instructions [S1]; Securex [S18]; Partena [S30]",
    confidence: Confidence::High,
};

/// R4, P15: from 2018 a pensioner at the end of T-2 needs no work in T-3.
pub const PENSIONER_T2: Rule = Rule {
    id: "pensioner_t2",
    title: msg::ELIGIBILITY_PENSIONER_ROUTE,
    text: msg::ELIGIBILITY_FROM_1_JANUARY_2018_A,
    validity: Validity::from(ymd(2018, 1, 1)),
    source: "Programme law of 25 Dec 2017; Partena [S31]; Securex [S18]; Acerta [S36]; Easypay/SNI [S62]",
    confidence: Confidence::High,
};

/// R4, P15b: reported from 1 July 2026, a pension in quarter T itself suffices.
pub const PENSIONER_IN_QUARTER: Rule = Rule {
    id: "pensioner_in_quarter",
    title: msg::ELIGIBILITY_PENSIONER_ROUTE_REPORTED_2026_CHANGE,
    text: msg::ELIGIBILITY_FROM_1_JULY_2026_RSZ,
    validity: Validity::from(GENERALISATION),
    source: "AGO Jobs [S59]; Horeca Bruxelles, updated page [U-HORECABXL-AMP]: the reference quarter becomes T instead of T-2 (two professional sources, no official text found)",
    confidence: Confidence::Medium,
};

/// R10, P17: full time in T-4 and 4/5 in T-3 → no flexi-job in T and T+1 (from 2024).
pub const WORK_REDUCTION: Rule = Rule {
    id: "work_reduction",
    title: msg::ELIGIBILITY_DROP_FROM_FULL_TIME_TO,
    text: msg::ELIGIBILITY_FROM_1_JANUARY_2024_A,
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; RSZ Dimona FLX [S2]; Easypay [S62]",
    confidence: Confidence::Medium,
};

/// R3, R2: work under foreign social security counts but RSZ cannot see it.
pub const FOREIGN_EMPLOYMENT: Rule = Rule {
    id: "foreign_employment",
    title: msg::ELIGIBILITY_WORK_ABROAD_IN_T_3,
    text: msg::ELIGIBILITY_WORK_UNDER_FOREIGN_SOCIAL_SECURITY,
    validity: Validity::from(SYSTEM_START),
    source: "Overseas Social Security, 'Flexi-job for expats' [S10] (the approval is valid for one quarter); Securex [S19]",
    confidence: Confidence::High,
};

/// R6 (2015–2023): no flexi-job with an employer with whom the worker has a ≥ 4/5 contract in T.
pub const SAME_EMPLOYER_FOUR_FIFTHS: Rule = Rule {
    id: "same_employer_four_fifths",
    title: msg::ELIGIBILITY_OTHER_CONTRACT_WITH_THE_FLEXI,
    text: msg::ELIGIBILITY_UNTIL_31_DECEMBER_2023_NO,
    validity: Validity::between(SYSTEM_START, ymd(2023, 12, 31)),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Acerta 2019 [ACERTA-2019]",
    confidence: Confidence::High,
};

/// R6 (from 2024): no flexi-job with an employer with whom the worker has any other contract in T.
pub const SAME_EMPLOYER_ANY: Rule = Rule {
    id: "same_employer_any_contract",
    title: msg::ELIGIBILITY_OTHER_CONTRACT_WITH_THE_FLEXI,
    text: msg::ELIGIBILITY_FROM_1_JANUARY_2024_NO_2,
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Securex [S24]; Corsa/Sociaal Kantoor (RSZ advice) [S66]; Payroller [S93]",
    confidence: Confidence::High,
};

/// R7: no flexi-job during a notice period or a period covered by a severance indemnity of the flexi employer.
pub const NOTICE_OR_SEVERANCE: Rule = Rule {
    id: "notice_or_severance",
    title: msg::ELIGIBILITY_NOTICE_PERIOD_OR_SEVERANCE,
    text: msg::ELIGIBILITY_NO_FLEXI_JOB_WITH_AN,
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Fediplus",
    confidence: Confidence::High,
};

/// R8: from 7 May 2022, no agency placement as flexi-jobber with a user who is the direct employer.
pub const AGENCY_USER: Rule = Rule {
    id: "agency_user_own_employer",
    title: msg::ELIGIBILITY_AGENCY_PLACEMENT_WITH_THE_WORKER,
    text: msg::ELIGIBILITY_FROM_7_MAY_2022_AN,
    validity: Validity::from(ymd(2022, 5, 7)),
    source: "Law of 1 Apr 2022 (BS 27 Apr 2022); Attentia [S42]; Securex [S69]; news.belgium.be [S9]",
    confidence: Confidence::High,
};

/// R9: from 2024, no flexi-job in a company linked to the company of a ≥ 4/5 main job.
pub const LINKED_COMPANY: Rule = Rule {
    id: "linked_company",
    title: msg::ELIGIBILITY_CONTRACT_WITH_A_LINKED_COMPANY,
    text: msg::ELIGIBILITY_FROM_1_JANUARY_2024_NO_3,
    validity: Validity::between(ymd(2024, 1, 1), ymd(2026, 6, 30)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; Securex [S24]; Easypay [S87]",
    confidence: Confidence::High,
};

/// R9 (reported 2026 relaxation): the ban no longer applies to full-timers.
pub const LINKED_COMPANY_2026: Rule = Rule {
    id: "linked_company_2026",
    title: msg::ELIGIBILITY_CONTRACT_WITH_A_LINKED_COMPANY_2,
    text: msg::ELIGIBILITY_REPORTED_FROM_1_JULY_2026,
    validity: Validity::from(GENERALISATION),
    source: "Content: SNI, MR, Le Vif [S60]; Horeca Bruxelles [S61]; FEB via peoplesphere [U-PEOPLESPHERE] (agreeing); in force 1 Jul 2026 per AGO Jobs [S59] and a flexi-pay app's compliance notes (no official text found)",
    confidence: Confidence::Medium,
};

/// P19: Flemish childcare employers keep flexi work within 20 % of their yearly volume.
pub const CHILDCARE_VOLUME_CAP: Rule = Rule {
    id: "childcare_volume_cap",
    title: msg::ELIGIBILITY_FLEMISH_CHILDCARE_20_VOLUME_CAP,
    text: msg::ELIGIBILITY_FROM_1_JULY_2024_FLEXI,
    validity: Validity::from(ymd(2024, 7, 1)),
    source: "ONSS [S14]; Tamtam [S17]; Securex [S26]; unisoc [S77] (1 June)",
    confidence: Confidence::Medium,
};

/// P10, P11, P4: the yearly tax-free ceiling for non-pensioners.
pub const TAX_CEILING: Rule = Rule {
    id: "tax_ceiling",
    title: msg::ELIGIBILITY_TAX_FREE_CEILING,
    text: msg::ELIGIBILITY_FROM_INCOME_YEAR_2024_FLEXI,
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "FOD Financiën [S5]; circulars 2024/C/41 and 2026/C/4 [S12]; Law of 18 Dec 2025 arts 19–21",
    confidence: Confidence::High,
};

/// Beyond the date the rules were checked, later changes are unknown.
pub const RULES_HORIZON: Rule = Rule {
    id: "rules_horizon",
    title: msg::ELIGIBILITY_RULES_VERIFIED_UP_TO_A,
    text: msg::ELIGIBILITY_THE_RULES_AND_AMOUNTS_WERE,
    validity: Validity::from(RULES_VERIFIED_UNTIL),
    source: "Flexicheck: every rule and amount was checked against the sources on the Rules and sources page up to 6 Dec 2026",
    confidence: Confidence::Low,
};

/// P12 (flexi-rules.md): a pension rule, not a flexi-job condition, that a pensioner needs to know
/// before relying on "tax-free without limit". The sources disagree on the amount (open question 7).
pub const EARLY_PENSION_LIMIT: Rule = Rule {
    id: "early_pension_limit",
    title: msg::ELIGIBILITY_EARLY_PENSION_YEARLY_LIMIT_FOR,
    text: msg::ELIGIBILITY_FROM_2025_A_PENSIONER_WHO,
    validity: Validity::from(ymd(2025, 1, 1)),
    source: "Securex [S21]; Trends [S64]; UCM [U-UCM-PENSION]; Easypay [U-EASYPAY-PENSION]; Council of Ministers [U-NEWS-CEILING]",
    confidence: Confidence::Medium,
};

/// Update W3: one federation page reports a 33 % withholding on pensioners' flexi pay from the 2026
/// reform. A single source that contradicts P11 ("tax-free without limit"): a warning, never a rule.
pub const PENSIONER_TAX_REPORT: Rule = Rule {
    id: "pensioner_flexi_tax_report",
    title: msg::ELIGIBILITY_PENSIONERS_FLEXI_PAY_A_REPORTED,
    text: msg::ELIGIBILITY_ONE_SOURCE_REPORTS_THAT_WITH,
    validity: Validity::from(GENERALISATION),
    source: "Horeca Bruxelles, reform page, both versions [S61] [U-HORECABXL-AMP] (single source); the summary of FOD Financiën circular 2026/C/4 does not mention it [S12]",
    confidence: Confidence::Low,
};

/// The early retirees' yearly limit for flexi pay (P12) in euros, and the other figures sources publish
/// for the same year (open question 7: probably indexed against non-indexed amounts).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct EarlyPensionLimit {
    pub euros: i64,
    pub other_figures: &'static [i64],
}

impl EarlyPensionLimit {
    /// The other published figures as the language writes amounts, e.g. "€7,190, €7,668".
    pub fn other_figures_in(&self, l: Language) -> String {
        self.other_figures.iter().map(|f| l.euro(Decimal::from(*f))).collect::<Vec<_>>().join(", ")
    }
}

pub const EARLY_PENSION_FLEXI_LIMITS: &[Dated<EarlyPensionLimit>] = &[
    // The conflict is resolved (update A10–A13): €7,876 is the 2025 amount (pension service
    // spokesman and four professional sources); €7,668 was a projection before indexation and €7,190
    // an earlier draft; €5,893 is the amount in the bill's announcement, apparently before indexation.
    Dated {
        value: EarlyPensionLimit { euros: 7_876, other_figures: &[5_893, 7_190, 7_668] },
        validity: Validity::between(ymd(2025, 1, 1), ymd(2025, 12, 31)),
        source: "€7,876 for 2025: Trends (pension service spokesman) [S64]; UCM [U-UCM-PENSION]; Adecco [U-ADECCO]; Easypay [U-EASYPAY-PENSION]; Securex [S21]. Earlier figures: €5,893 (Council of Ministers release, not indexed) [U-NEWS-CEILING], €7,668 (projection before indexation) [U-PLUS] [S81], €7,190 (earlier draft) [U-NOWJOBS]",
        confidence: Confidence::High,
    },
    Dated {
        value: EarlyPensionLimit { euros: 8_121, other_figures: &[] },
        validity: Validity::between(ymd(2026, 1, 1), ymd(2026, 12, 31)),
        source: "€8,121 for income 2026: Securex [S21] (single source)",
        confidence: Confidence::Medium,
    },
];

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
    &EARLY_PENSION_LIMIT,
    &PENSIONER_TAX_REPORT,
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
    /// The reader's language: the links point at that version of a page where there is one.
    language: Language,
    reasons: Vec<Reason>,
    missing: Vec<&'static str>,
    /// Conditions outside the rules that decide (the written approval for foreign work, a public
    /// authority's decision, an opt-out not kept).
    conditions: Vec<Condition>,
    /// Only the verdict is wanted (a later quarter tried for "when can I start"): no sources looked up.
    quiet: bool,
}

impl Findings {
    fn add(&mut self, rule: &Rule, outcome: Outcome, explanation: String) {
        self.add_with(rule, outcome, explanation, rule.validity, rule.source, rule.confidence);
    }

    fn add_with(&mut self, rule: &Rule, outcome: Outcome, explanation: String, validity: Validity, source: &'static str, confidence: Confidence) {
        let (words, links) = if self.quiet || !super::language::sources_wanted() { (String::new(), Vec::new()) } else { (sources::words_in(source, self.language), sources::refs(source, self.language)) };
        self.reasons.push(Reason {
            rule: rule.id,
            outcome,
            explanation,
            source: words,
            sources: links,
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
        } else if !self.conditions.is_empty() {
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
    early_pension_limit(facts, &mut findings);
    if facts.pensioner_on_work_date() && PENSIONER_TAX_REPORT.validity.contains(facts.work_date) {
        findings.add(&PENSIONER_TAX_REPORT, Outcome::Warning, PENSIONER_TAX_REPORT.text.get(facts.language).to_string());
    }
    // Hushed (only verdicts wanted, a team counted): no "when can I start" search.
    let earliest = (verdict == Verdict::NotEligible && !super::language::hushed()).then(|| earliest_eligible_remembered(facts)).flatten();
    let (earliest_eligible_quarter, earliest_eligible_note) = earliest.unzip();
    let comparison = facts.pay.as_ref().map(|pay| {
        let refusal = (verdict == Verdict::NotEligible).then(|| {
            findings.reasons.iter().filter(|r| r.outcome == Outcome::NotMet).map(|r| r.explanation.as_str()).collect::<Vec<_>>().join(" ")
        });
        let context = Context {
            date: facts.work_date,
            joint_committee: facts.sector.joint_committee.clone(),
            flexi_refusal: refusal,
            pensioner: facts.pensioner_on_work_date(),
            flexi_income_this_year: facts.flexi_income_this_year,
            flexi_ceiling: ceiling.as_ref().map(|c| c.amount),
            language: facts.language,
        };
        staffing::compare(pay, &context)
    });
    Assessment {
        verdict,
        quarter: facts.quarter,
        reference_quarter: facts.quarter.reference_quarter(),
        confidence,
        missing: if verdict == Verdict::NotEligible { Vec::new() } else { findings.missing },
        conditions: if verdict == Verdict::Conditional { findings.conditions } else { Vec::new() },
        reasons: findings.reasons,
        earliest_eligible_quarter,
        earliest_eligible_note,
        ceiling,
        comparison,
        rules_verified_until: RULES_VERIFIED_UNTIL,
        contract_version: super::contract::CONTRACT_VERSION,
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
    evaluate_as(facts, false)
}

/// The rules' findings; `quiet` when only the verdict and its confidence are wanted.
fn evaluate_as(facts: &Facts, quiet: bool) -> Findings {
    let _words = quiet.then(super::language::hush);
    let quiet = super::language::hushed();
    let mut findings = Findings { language: facts.language, quiet, ..Findings::default() };
    let date = facts.work_date;
    let l = facts.language;
    if date < SYSTEM_START {
        let day = l.date(date);
        findings.add(
            &SYSTEM_EXISTS,
            Outcome::NotMet,
            say!(l,
                msg::ELIGIBILITY_FLEXI_JOBS_DID_NOT_EXIST, day),
        );
        return findings;
    }
    sector_scope(facts, &mut findings);
    excluded_function(facts, &mut findings);
    worker_route(facts, &mut findings);
    same_employer(facts, &mut findings);
    if date > RULES_VERIFIED_UNTIL {
        let (day, checked) = (l.date(date), l.date(RULES_VERIFIED_UNTIL));
        // Up to the end of the next quarter the warning stands but the rules keep their own
        // confidence; beyond it the answer is as unsure as an unknown change could make it.
        let near = date <= confident_until();
        let explanation = if near {
            say!(l,
                msg::ELIGIBILITY_DAY_IS_AFTER_CHECKED_THE, day, checked)
        } else {
            say!(l,
                msg::ELIGIBILITY_DAY_IS_MORE_THAN_A, day, checked)
        };
        let confidence = if near { Confidence::High } else { Confidence::Low };
        findings.add_with(&RULES_HORIZON, Outcome::Warning, explanation, RULES_HORIZON.validity, RULES_HORIZON.source, confidence);
    }
    findings
}

/// R14 with the sector table of `sectors`.
fn sector_scope(facts: &Facts, findings: &mut Findings) {
    let sector = &facts.sector;
    let date = facts.work_date;
    let l = facts.language;
    if facts.via_temp_agency {
        findings.add(
            &TEMP_AGENCY,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_AGENCY_WORK_THE_USER_COMPANY),
        );
    }
    if sector.joint_committee.as_deref() == Some("322") {
        findings.need("sector.joint_committee");
        findings.add(
            &SECTOR_SCOPE,
            Outcome::Unknown,
            say!(l,
                msg::ELIGIBILITY_PC_322_IS_THE_TEMPORARY),
        );
        return;
    }
    if sector.joint_committee.is_none() && sector.nace.is_none() && !sector.public_employer && sector.function != Some(Function::Lifeguard) {
        findings.need("sector.joint_committee");
        findings.add(
            &SECTOR_SCOPE,
            Outcome::Unknown,
            say!(l,
                msg::ELIGIBILITY_THE_EMPLOYER_S_SECTOR_IS),
        );
        return;
    }
    let named = sector_name(sector, l);
    let day = l.date(date);
    let row = match sectors::deciding_row(sector, date) {
        Err(field) => {
            findings.need(field);
            let why = match field {
                "sector.nace" => say!(l,
                    msg::ELIGIBILITY_FOR_NAMED_ONLY_SOME_ACTIVITIES, named),
                "sector.community" => say!(l,
                    msg::ELIGIBILITY_FOR_NAMED_THE_OPENING_DEPENDS, named),
                _ => say!(l,
                    msg::ELIGIBILITY_FOR_NAMED_ONLY_SOME_SUB, named),
            };
            findings.add(&SECTOR_SCOPE, Outcome::Unknown, why);
            return;
        }
        Ok(None) => {
            let later = sectors::next_opening(sector, date)
                .map(|d| {
                    let opens = l.date(d);
                    say!(l,
                        msg::ELIGIBILITY_IT_OPENS_ON_OPENS_ACCORDING, opens)
                })
                .unwrap_or_default();
            findings.add(
                &SECTOR_SCOPE,
                Outcome::NotMet,
                say!(l,
                    msg::ELIGIBILITY_NAMED_IS_NOT_AMONG_THE, named, day, later),
            );
            return;
        }
        Ok(Some(row)) => row,
    };
    let label = row.label.get(l);
    let open = || say!(l,
        msg::ELIGIBILITY_LABEL_IS_OPEN_TO_FLEXI, label, day);
    let closed = || say!(l,
        msg::ELIGIBILITY_LABEL_IS_NOT_OPEN_TO, label, day);
    let for_function = || say!(l,
        msg::ELIGIBILITY_LABEL_IS_OPEN_TO_FLEXI_2, label, day);
    let function = sector.function;
    let (outcome, verdict) = match row.scope {
        Scope::Open => (Outcome::Met, open()),
        Scope::Conditional(condition) => {
            findings.conditions.push(Condition { rule: SECTOR_SCOPE.id, text: condition.get(l).to_string() });
            let condition = condition.get(l);
            (Outcome::Warning, say!(l,
                msg::ELIGIBILITY_LABEL_FLEXI_JOBS_ARE_ALLOWED, label, day, condition))
        }
        Scope::Closed => (Outcome::NotMet, closed()),
        Scope::OnlyFunctions(allowed) => match function {
            None => {
                findings.need("sector.function");
                (Outcome::Unknown, say!(l,
                    msg::ELIGIBILITY_LABEL_IS_OPEN_TO_FLEXI_3, label, day))
            }
            Some(f) if allowed.contains(&f) => (Outcome::Met, for_function()),
            Some(_) => (Outcome::NotMet, say!(l,
                msg::ELIGIBILITY_LABEL_IS_OPEN_TO_FLEXI_4, label, day)),
        },
        Scope::ExceptFunctions(excluded) => match function {
            Some(f) if excluded.contains(&f) => (Outcome::NotMet, say!(l,
                msg::ELIGIBILITY_LABEL_IS_NOT_OPEN_TO_2, label, day)),
            Some(_) => (Outcome::Met, for_function()),
            None => (Outcome::Met, say!(l,
                msg::ELIGIBILITY_LABEL_IS_OPEN_TO_FLEXI_5, label, day)),
        },
    };
    let note = row.note.get(l);
    let explanation = if note.is_empty() { verdict } else { format!("{verdict} {note}") };
    findings.add_with(&SECTOR_SCOPE, outcome, explanation, row.validity, row.source, row.confidence);
    if outcome == Outcome::Met && row.id.contains("childcare") && CHILDCARE_VOLUME_CAP.validity.contains(date) {
        findings.add(
            &CHILDCARE_VOLUME_CAP,
            Outcome::Warning,
            say!(l,
                msg::ELIGIBILITY_THE_EMPLOYER_MUST_KEEP_FLEXI),
        );
    }
}

/// R15: artistic and health-care-profession functions, all sectors, from 2024.
fn excluded_function(facts: &Facts, findings: &mut Findings) {
    if !EXCLUDED_FUNCTIONS.validity.contains(facts.work_date) {
        return;
    }
    let l = facts.language;
    match facts.sector.function {
        Some(Function::Artistic) => findings.add(
            &EXCLUDED_FUNCTIONS,
            Outcome::NotMet,
            say!(l,
                msg::ELIGIBILITY_ARTISTIC_ARTISTIC_TECHNICAL_AND_ARTISTIC),
        ),
        Some(Function::CareProfession) => findings.add(
            &EXCLUDED_FUNCTIONS,
            Outcome::NotMet,
            say!(l,
                msg::ELIGIBILITY_FUNCTIONS_WITH_TASKS_OF_THE),
        ),
        _ => {}
    }
}

/// The worker's route: a pensioner (from 2018), or 4/5 work in T-3 (R1, R4, R10, R3).
fn worker_route(facts: &Facts, findings: &mut Findings) {
    let quarter = facts.quarter;
    let reference = quarter.reference_quarter();
    let date = facts.work_date;
    let l = facts.language;
    let (quarter_w, reference_w) = (l.the_quarter(quarter.first_day()), l.the_quarter(reference.first_day()));
    // R4: the pensioner route.
    let mut pension_note = String::new();
    if let Some(since) = facts.pensioner_since {
        let t2 = quarter.minus(2);
        let (pension_day, t2_end, t2_w) = (l.date(since), l.date(t2.last_day()), l.the_quarter(t2.first_day()));
        if !PENSIONER_T2.validity.contains(date) {
            pension_note = say!(l,
                msg::ELIGIBILITY_BEFORE_2018_PENSIONERS_HAD_NO);
        } else if since <= t2.last_day() {
            findings.add(
                &PENSIONER_T2,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_PENSIONER_SINCE_PENSION_DAY_SO, pension_day, t2_w, t2_end),
            );
            return;
        } else if PENSIONER_IN_QUARTER.validity.contains(date) && since <= quarter.last_day() {
            findings.add(
                &PENSIONER_IN_QUARTER,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_THE_PENSION_STARTS_ON_PENSION, pension_day, quarter_w),
            );
            return;
        } else {
            // Not a blocker by itself: the 4/5 route below may still qualify.
            pension_note = say!(l,
                msg::ELIGIBILITY_THE_PENSION_STARTS_ON_PENSION_2, pension_day, t2_w, t2_end, quarter_w);
        }
    }
    // R1: 4/5 in T-3.
    let (from, to) = (l.date(reference.first_day()), l.date(reference.last_day()));
    let Some(share) = facts.employment_t3 else {
        findings.need("worker.employment_t3");
        findings.add(
            &EMPLOYMENT_T3,
            Outcome::Unknown,
            say!(l,
                msg::ELIGIBILITY_NOT_GIVEN_HOW_MUCH_THE, reference_w, from, to, pension_note),
        );
        return;
    };
    let worked = l.percent(share);
    if share < FOUR_FIFTHS {
        findings.add(
            &EMPLOYMENT_T3,
            Outcome::NotMet,
            say!(l,
                msg::ELIGIBILITY_WORKED_OF_A_FULL_TIME, worked, reference_w, from, to, pension_note),
        );
        if facts.pensioner_since.is_some() && PENSIONER_T2.validity.contains(date) {
            findings.add(
                &PENSIONER_T2,
                Outcome::NotMet,
                say!(l, msg::ELIGIBILITY_NEITHER_ROUTE_APPLIES_PENSION_NOTE, pension_note),
            );
        }
        return;
    }
    findings.add(
        &EMPLOYMENT_T3,
        Outcome::Met,
        say!(l,
            msg::ELIGIBILITY_WORKED_OF_A_FULL_TIME_2, worked, reference_w, from, to, pension_note),
    );
    work_reduction(facts, findings);
    // R3: foreign work in T-3 needs the written approval of Overseas Social Security.
    if facts.foreign_employment_t3 == Some(true) {
        findings.conditions.push(Condition {
            rule: FOREIGN_EMPLOYMENT.id,
            text: say!(l,
                msg::ELIGIBILITY_OVERSEAS_SOCIAL_SECURITY_OVERSEAS_RSZ, reference_w, quarter_w),
        });
        findings.add(
            &FOREIGN_EMPLOYMENT,
            Outcome::Warning,
            say!(l,
                msg::ELIGIBILITY_PART_OF_THE_WORK_IN, reference_w, quarter_w),
        );
    }
}

/// R10: a drop from full time (T-4) to 4/5 (T-3) blocks T and T+1; RSZ also compares T-5 with T-4.
fn work_reduction(facts: &Facts, findings: &mut Findings) {
    if !WORK_REDUCTION.validity.contains(facts.work_date) {
        return;
    }
    let l = facts.language;
    let dropped = |before: Option<f64>, after: Option<f64>| matches!((before, after), (Some(b), Some(a)) if b >= FULL_TIME && (FOUR_FIFTHS..FULL_TIME).contains(&a));
    let q = facts.quarter;
    let (t3, t4, t5) = (facts.employment_t3, facts.employment_t4, facts.employment_t5);
    // The drop from `full` (full time) to `part` (`share` of it) blocks `blocked` and `next`.
    let refusal = |full: Quarter, share: Option<f64>, part: Quarter, blocked: Quarter, next: Quarter| {
        let share = l.percent(share.unwrap_or(0.0));
        let [full_w, part_w, blocked_w, next_w] = [full, part, blocked, next].map(|q| l.the_quarter(q.first_day()));
        say!(l,
            msg::ELIGIBILITY_FULL_TIME_IN_FULL_W, full_w, share, part_w, blocked_w, next_w)
    };
    if dropped(t4, t3) {
        findings.add(&WORK_REDUCTION, Outcome::NotMet, refusal(q.minus(4), t3, q.minus(3), q, q.plus(1)));
    } else if dropped(t5, t4) {
        findings.add(&WORK_REDUCTION, Outcome::NotMet, refusal(q.minus(5), t4, q.minus(4), q.minus(1), q));
    } else if t3.is_some_and(|s| s < FULL_TIME) && t4.is_none() {
        let [t4_quarter_w, q_w, next_w] = [q.minus(4), q, q.plus(1)].map(|q| l.the_quarter(q.first_day()));
        findings.add_with(
            &WORK_REDUCTION,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_WORK_IN_T4_QUARTER_W, t4_quarter_w, q_w, next_w),
            WORK_REDUCTION.validity,
            WORK_REDUCTION.source,
            // The rule's doubt (same employer or not) only matters when there was a drop.
            Confidence::High,
        );
    } else {
        findings.add_with(
            &WORK_REDUCTION,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_NO_DROP_FROM_FULL_TIME),
            WORK_REDUCTION.validity,
            WORK_REDUCTION.source,
            Confidence::High,
        );
    }
}

/// R6 as answered: another contract with the flexi employer in quarter T.
fn same_employer_contract(facts: &Facts, findings: &mut Findings, rule: &'static Rule, any_contract_rule: bool) {
    let l = facts.language;
    let quarter_w = l.the_quarter(facts.quarter.first_day());
    let blocked = if any_contract_rule {
        matches!(facts.other_contract, Some(OtherContract::BelowFourFifths | OtherContract::FourFifthsOrMore))
    } else {
        facts.other_contract == Some(OtherContract::FourFifthsOrMore)
    };
    let explanation = match (facts.other_contract, blocked) {
        (None, _) => say!(l,
            msg::ELIGIBILITY_NOT_ANSWERED_ASSUMED_NO_OTHER),
        (Some(OtherContract::None), _) => say!(l,
            msg::ELIGIBILITY_NO_OTHER_CONTRACT_WITH_THE, quarter_w),
        (Some(_), true) if rule.id == SAME_EMPLOYER_ANY.id => say!(l,
            msg::ELIGIBILITY_ANOTHER_CONTRACT_WITH_THE_FLEXI, quarter_w),
        (Some(_), true) => say!(l,
            msg::ELIGIBILITY_A_CONTRACT_OF_AT_LEAST, quarter_w),
        (Some(_), false) => say!(l,
            msg::ELIGIBILITY_THE_OTHER_CONTRACT_WITH_THE, quarter_w),
    };
    findings.add(rule, if blocked { Outcome::NotMet } else { Outcome::Met }, explanation);
}

/// R6, R7, R8, R9: the situation with the flexi employer (and its group) in quarter T.
fn same_employer(facts: &Facts, findings: &mut Findings) {
    let date = facts.work_date;
    let quarter = facts.quarter;
    let l = facts.language;
    let quarter_w = l.the_quarter(quarter.first_day());
    // R7 forbids flexi work only *during* the notice or the period a severance payment covers: a
    // period that ended before the day of the work no longer blocks (flexi-rules.md R7).
    let notice_ended = facts.notice_until.filter(|until| facts.notice_or_severance == Some(true) && *until < date);
    // R6.
    let any_contract_rule = SAME_EMPLOYER_ANY.validity.contains(date);
    let rule = if any_contract_rule { &SAME_EMPLOYER_ANY } else { &SAME_EMPLOYER_FOUR_FIFTHS };
    // A notice that ended earlier in this quarter means the contract ran in this quarter (R7's
    // examples: leave on 1 May, flexi from 1 July), so R6 still applies to it.
    if let Some(ended) = notice_ended.filter(|until| *until >= quarter.first_day() && facts.other_contract.is_none()) {
        let day = l.date(ended);
        if any_contract_rule {
            // Medium: inferred from the notice; a severance period may follow a contract that ended earlier.
            findings.add_with(rule, Outcome::NotMet, say!(l,
                msg::ELIGIBILITY_THE_NOTICE_OR_SEVERANCE_PERIOD, day, quarter_w),
                rule.validity, rule.source, Confidence::Medium);
        } else {
            findings.need("flexi_employer.other_contract_this_quarter");
            findings.add(rule, Outcome::Unknown, say!(l,
                msg::ELIGIBILITY_THE_NOTICE_OR_SEVERANCE_PERIOD_2, day, quarter_w));
        }
    } else {
        same_employer_contract(facts, findings, rule, any_contract_rule);
    }

    // R7.
    match (facts.notice_or_severance, notice_ended) {
        (Some(true), Some(ended)) => {
            let day = l.date(ended);
            findings.add(
                &NOTICE_OR_SEVERANCE,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_THE_NOTICE_OR_SEVERANCE_PERIOD_3, day),
            );
        }
        (Some(true), None) => {
            let until = facts
                .notice_until
                .map(|d| {
                    let day = l.date(d);
                    say!(l, msg::ELIGIBILITY_UNTIL_DAY, day)
                })
                .unwrap_or_default();
            findings.add(
                &NOTICE_OR_SEVERANCE,
                Outcome::NotMet,
                say!(l,
                    msg::ELIGIBILITY_A_NOTICE_PERIOD_OR_SEVERANCE, until),
            );
        }
        (Some(false), _) => findings.add(
            &NOTICE_OR_SEVERANCE,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_NO_NOTICE_OR_SEVERANCE_PERIOD),
        ),
        (None, _) => findings.add(
            &NOTICE_OR_SEVERANCE,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_NOT_ANSWERED_ASSUMED_NO_NOTICE),
        ),
    }

    // R8.
    if facts.agency_user_is_own_employer == Some(true) {
        if AGENCY_USER.validity.contains(date) {
            findings.add(
                &AGENCY_USER,
                Outcome::NotMet,
                say!(l,
                    msg::ELIGIBILITY_THE_AGENCY_S_USER_IS),
            );
        } else {
            findings.add_with(
                &AGENCY_USER,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_BEFORE_7_MAY_2022_AN),
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
                findings.add(
                    rule,
                    Outcome::NotMet,
                    say!(l,
                        msg::ELIGIBILITY_A_CONTRACT_OF_AT_LEAST_2),
                );
            }
            Some(LinkedContract::FullTime) if relaxed => findings.add(
                &LINKED_COMPANY_2026,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_FULL_TIME_AT_A_LINKED),
            ),
            Some(LinkedContract::FullTime) => findings.add(
                &LINKED_COMPANY,
                Outcome::NotMet,
                say!(l,
                    msg::ELIGIBILITY_A_FULL_TIME_CONTRACT_WITH),
            ),
            Some(LinkedContract::None) => findings.add(
                &LINKED_COMPANY,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_NO_CONTRACT_OF_4_5),
            ),
            None => findings.add(
                &LINKED_COMPANY,
                Outcome::Met,
                say!(l,
                    msg::ELIGIBILITY_NOT_ANSWERED_ASSUMED_NO_CONTRACT),
            ),
        }
    }
}

/// P10/P11: the ceiling for the income year of the work, and what is left of it.
fn tax_ceiling(facts: &Facts, findings: &mut Findings) -> Option<Ceiling> {
    let date = facts.work_date;
    if date < TAX_CEILING.validity.from {
        return None;
    }
    let l = facts.language;
    let year = date.year();
    if facts.pensioner_on_work_date() {
        findings.add(
            &TAX_CEILING,
            Outcome::Met,
            say!(l,
                msg::ELIGIBILITY_PENSIONERS_HAVE_NO_TAX_FREE),
        );
        return None;
    }
    let Some(Dated { value: Some(euros), source, confidence, validity }) = in_force(CEILINGS, date).copied() else {
        findings.add(
            &TAX_CEILING,
            Outcome::Warning,
            say!(l,
                msg::ELIGIBILITY_THE_CEILING_FOR_INCOME_YEAR, year),
        );
        return None;
    };
    let amount = Decimal::from(euros);
    let remaining = facts.flexi_income_this_year.map(|income| (amount - income).max(Decimal::ZERO));
    let ceiling = l.euro(amount);
    let explanation = match facts.flexi_income_this_year {
        Some(income) if income > amount => {
            let earned = l.euro(income);
            say!(l,
                msg::ELIGIBILITY_FLEXI_PAY_SO_FAR_IN, year, earned, ceiling)
        }
        Some(income) => {
            let (left, earned) = (l.euro(amount - income), l.euro(income));
            say!(l,
                msg::ELIGIBILITY_LEFT_OF_THE_CEILING_TAX, left, ceiling, year, earned)
        }
        None => say!(l,
            msg::ELIGIBILITY_FLEXI_PAY_IS_TAX_FREE, ceiling, year),
    };
    let over = facts.flexi_income_this_year.is_some_and(|income| income > amount);
    findings.add_with(&TAX_CEILING, if over { Outcome::Warning } else { Outcome::Met }, explanation, validity, source, confidence);
    Some(Ceiling { year, amount, remaining, confidence, source: sources::words_in(source, l), sources: sources::refs(source, l) })
}

/// P12: said to every pensioner from 2025, since the tool does not ask whether the pension was early.
/// A warning beside the verdict, never a reason for it.
fn early_pension_limit(facts: &Facts, findings: &mut Findings) {
    let date = facts.work_date;
    if date < EARLY_PENSION_LIMIT.validity.from || !facts.pensioner_on_work_date() {
        return;
    }
    let l = facts.language;
    let year = date.year();
    let (explanation, validity, source, confidence) = match in_force(EARLY_PENSION_FLEXI_LIMITS, date) {
        Some(limit) => {
            let amount = l.euro(Decimal::from(limit.value.euros));
            let others = match limit.value.other_figures_in(l) {
                figures if figures.is_empty() => figures,
                figures => say!(l,
                    msg::ELIGIBILITY_EARLIER_ANNOUNCED_FIGURES_NOT_THE, figures),
            };
            let explanation = say!(l,
                msg::ELIGIBILITY_IF_THE_PENSION_WAS_TAKEN, amount, year, others);
            (explanation, limit.validity, limit.source, limit.confidence)
        }
        None => {
            let explanation = say!(l,
                msg::ELIGIBILITY_IF_THE_PENSION_WAS_TAKEN_2, year);
            (explanation, EARLY_PENSION_LIMIT.validity, EARLY_PENSION_LIMIT.source, Confidence::Low)
        }
    };
    findings.add_with(&EARLY_PENSION_LIMIT, Outcome::Warning, explanation, validity, source, confidence);
}

// "When can I start?" once per set of facts it reads: a team of thousands asks it for the same few
// situations, and each search tries up to 25 days. Natively only (the command line's batches; the
// browser writes out a hundred rows at a time).
#[cfg(not(target_arch = "wasm32"))]
std::thread_local! {
    static EARLIEST: std::cell::RefCell<std::collections::HashMap<SearchKey, Option<(Quarter, String)>>> = Default::default();
}

/// The facts a search reads, compared whole; hashed by their dates, shares and yes/no answers
/// (writing the facts out to hash them cost a tenth of a team's time). A share hashes by its bits:
/// equal shares have equal bits (but 0 and -0, which at worst costs a second search).
#[cfg(not(target_arch = "wasm32"))]
#[derive(PartialEq)]
struct SearchKey(Facts);

#[cfg(not(target_arch = "wasm32"))]
impl Eq for SearchKey {}

#[cfg(not(target_arch = "wasm32"))]
impl std::hash::Hash for SearchKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let f = &self.0;
        (f.work_date, f.pensioner_since, f.notice_until, f.language).hash(state);
        (f.via_temp_agency, f.foreign_employment_t3, f.notice_or_severance, f.agency_user_is_own_employer).hash(state);
        [f.employment_t3, f.employment_t4, f.employment_t5].map(|s| s.map(f64::to_bits)).hash(state);
        f.sector.joint_committee.hash(state);
    }
}

/// `earliest_eligible`, remembered. The search reads neither the flexi pay so far nor the pay (they
/// only add the ceiling and the comparison, after the verdict), so they are left out of the key.
#[cfg(not(target_arch = "wasm32"))]
fn earliest_eligible_remembered(facts: &Facts) -> Option<(Quarter, String)> {
    let key = SearchKey(Facts { flexi_income_this_year: None, pay: None, ..facts.clone() });
    if let Some(known) = EARLIEST.with(|cache| cache.borrow().get(&key).cloned()) {
        return known;
    }
    let found = earliest_eligible(facts);
    EARLIEST.with(|cache| {
        let mut cache = cache.borrow_mut();
        // Bounded: every distinct worker could be a new key.
        if cache.len() >= 4096 {
            cache.clear();
        }
        cache.insert(key, found.clone());
    });
    found
}

#[cfg(target_arch = "wasm32")]
fn earliest_eligible_remembered(facts: &Facts) -> Option<(Quarter, String)> {
    earliest_eligible(facts)
}

/// "When can I start?": the first quarter, from this one to twelve quarters ahead, in which the same
/// person would be eligible, keeping their answers and assuming their work volume stays as in T-3.
fn earliest_eligible(facts: &Facts) -> Option<(Quarter, String)> {
    let now = facts.quarter;
    let l = facts.language;
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
    let mut assumptions = vec![msg::ELIGIBILITY_THE_ANSWERS_STAY_TRUE];
    if facts.employment_t3.is_some() {
        assumptions.push(msg::ELIGIBILITY_THE_WORK_WITH_OTHER_EMPLOYERS);
    }
    if matches!(facts.other_contract, Some(OtherContract::BelowFourFifths | OtherContract::FourFifthsOrMore)) {
        assumptions.push(msg::ELIGIBILITY_THE_OTHER_CONTRACT_WITH_THE_2);
    }
    if facts.agency_user_is_own_employer == Some(true) {
        assumptions.push(msg::ELIGIBILITY_THE_DIRECT_CONTRACT_WITH_THE);
    }
    // Later in the same quarter: a sector or the system itself can open mid-quarter, while
    // everything that holds for the whole quarter (contracts, notice) still holds.
    if facts.work_date < now.last_day() {
        let mut rest_of_quarter = facts.clone();
        rest_of_quarter.work_date = now.last_day();
        if matches!(evaluate_as(&rest_of_quarter, true).verdict(), Verdict::Eligible | Verdict::Conditional) {
            let note = say!(l,
                msg::ELIGIBILITY_LATER_IN_THIS_QUARTER_A);
            return Some((now, note));
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
            let findings = evaluate_as(&projected, true);
            if matches!(findings.verdict(), Verdict::Eligible | Verdict::Conditional) {
                let weakest = verdict_confidence(&findings.reasons, Verdict::Eligible);
                let list = assumptions.iter().map(|a| a.get(l)).collect::<Vec<_>>().join(", ");
                let mut note = say!(l, msg::ELIGIBILITY_ASSUMING_LIST, list);
                if weakest == Confidence::Low {
                    note.push_str(&say!(l,
                        msg::ELIGIBILITY_PART_OF_THE_RULES_FOR));
                }
                return Some((q, note));
            }
        }
    }
    None
}

fn sector_name(sector: &sectors::SectorFacts, l: Language) -> String {
    let pc = l.pc();
    match (&sector.joint_committee, &sector.nace) {
        (Some(c), Some(n)) => format!("{pc} {c}, NACE {n}"),
        (Some(c), None) => format!("{pc} {c}"),
        (None, Some(n)) => format!("NACE {n}"),
        (None, None) => msg::ELIGIBILITY_THIS_FUNCTION.get(l).into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_sourced_and_listed_once() {
        for (i, rule) in RULES.iter().enumerate() {
            assert!(!rule.source.is_empty(), "{}", rule.id);
            for language in Language::ALL {
                assert!(!rule.text.get(language).is_empty() && !rule.title.get(language).is_empty(), "{} in {language:?}", rule.id);
            }
            assert!(RULES[..i].iter().all(|r| r.id != rule.id), "{} listed twice", rule.id);
        }
    }

    fn pensioner_on(date: &str, language: &str) -> Assessment {
        let json = format!(r#"{{"work_date": "{date}", "language": "{language}", "sector": {{"joint_committee": "302"}}, "worker": {{"pensioner_since": "2020-01-01"}}}}"#);
        let scenario: crate::rules::Scenario = serde_json::from_str(&json).unwrap();
        crate::rules::assess(&scenario).unwrap()
    }

    #[test]
    fn when_can_i_start_is_remembered_only_for_the_facts_it_reads() {
        let scenario = |income: &str, t3: f64| -> crate::rules::Scenario {
            serde_json::from_str(&format!(r#"{{"work_date": "2026-10-15", "sector": {{"joint_committee": "302"}}, "worker": {{"employment_t3": {t3}, "employment_t4": 1.0, "flexi_income_this_year": "{income}"}}, "flexi_employer": {{"other_contract_this_quarter": "four_fifths_or_more"}}}}"#)).unwrap()
        };
        let first = crate::rules::assess(&scenario("100", 0.5)).unwrap();
        let again = crate::rules::assess(&scenario("9000", 0.5)).unwrap();
        let other = crate::rules::assess(&scenario("100", 0.9)).unwrap();
        assert_eq!(first.verdict, Verdict::NotEligible);
        assert_eq!((&first.earliest_eligible_quarter, &first.earliest_eligible_note), (&again.earliest_eligible_quarter, &again.earliest_eligible_note));
        let facts = Facts::from_scenario(&scenario("100", 0.9)).unwrap();
        assert_eq!(other.earliest_eligible_quarter, earliest_eligible(&facts).map(|(q, _)| q), "another volume is searched again");
        assert_ne!(first.earliest_eligible_quarter, other.earliest_eligible_quarter);
    }

    fn early_pension_reason(a: &Assessment) -> Option<&Reason> {
        a.reasons.iter().find(|r| r.rule == EARLY_PENSION_LIMIT.id)
    }

    #[test]
    fn pensioners_are_told_of_the_early_pension_limit_from_2025_without_changing_the_verdict() {
        // Before 2025 there is no such limit in the sources.
        assert!(early_pension_reason(&pensioner_on("2024-12-31", "en")).is_none());
        let first_day = pensioner_on("2025-01-01", "en");
        assert_eq!((first_day.verdict, first_day.confidence), (Verdict::Eligible, Confidence::High));
        let reason = early_pension_reason(&first_day).unwrap();
        assert_eq!((reason.outcome, reason.confidence), (Outcome::Warning, Confidence::High));
        // 2025: the figure used and the conflicting ones, each written as the language writes amounts.
        assert!(reason.explanation.contains("€7,876 in 2025 (earlier announced figures, not the amount in force: €5,893, €7,190, €7,668)"), "{}", reason.explanation);
        let dutch = pensioner_on("2025-06-01", "nl");
        assert!(early_pension_reason(&dutch).unwrap().explanation.contains("€\u{a0}7.876"));
        let french = pensioner_on("2026-06-01", "fr");
        let reason = early_pension_reason(&french).unwrap();
        assert!(reason.explanation.contains("8\u{202f}121\u{a0}€ en 2026 peut"), "{}", reason.explanation);
        // French reads the cited page's own (French) title, not the English note.
        assert_eq!(reason.source, "Quel traitement fiscal pour la rémunération d’un travailleur flexi-job ?");
        assert_eq!(reason.sources[0].url, crate::rules::sources::find("S21").unwrap().url);
        // After the last known year: said, with low confidence, and still no effect on the verdict.
        let later = pensioner_on("2027-02-01", "en");
        let reason = early_pension_reason(&later).unwrap();
        assert_eq!(reason.confidence, Confidence::Low);
        assert!(reason.explanation.contains("not known"), "{}", reason.explanation);
        assert_eq!(later.verdict, pensioner_on("2027-02-01", "nl").verdict);
    }

    #[test]
    fn the_rules_say_they_are_stale_after_ninety_days() {
        assert!(!rules_are_stale(RULES_VERIFIED_UNTIL));
        assert!(!rules_are_stale(ymd(2027, 3, 6)), "day 90");
        assert!(rules_are_stale(ymd(2027, 3, 7)), "day 91");
        assert_eq!(confident_until(), ymd(2027, 3, 31), "the end of the quarter after the check");
        assert!(!rules_are_stale(ymd(2026, 1, 1)), "a clock in the past");
    }

    #[test]
    fn the_early_pension_limit_is_not_said_to_non_pensioners() {
        let json = r#"{"work_date": "2025-06-01", "sector": {"joint_committee": "302"}, "worker": {"employment_t3": 1.0, "pensioner_since": "2025-07-01"}}"#;
        let scenario: crate::rules::Scenario = serde_json::from_str(json).unwrap();
        let a = crate::rules::assess(&scenario).unwrap();
        assert_eq!(a.verdict, Verdict::Eligible);
        assert!(early_pension_reason(&a).is_none());
    }
}
