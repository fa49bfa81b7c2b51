//! What the employer has to do for each way of staffing: the contracts, the Dimona type and the
//! counters (flexi-rules.md (d); staffing-costs.md §2–§4). These decide no verdict and no amount; the
//! result and the comparison pages list them as next steps.

use crate::rules::msg;
use super::dated::ymd;
use super::language::{Language, Tr};
use super::staffing::Regime;
use chrono::NaiveDate;

/// One thing to do or to know, with its source.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Formality {
    pub text: Tr,
    /// From when it applies; `None` when the sources give no start date (it then applies to every
    /// date the tool covers).
    pub from: Option<NaiveDate>,
    pub source: &'static str,
}

const fn always(text: Tr, source: &'static str) -> Formality {
    Formality { text, from: None, source }
}

/// What a written framework agreement for flexi-jobs must state (flexi-rules.md (d)1; the sources
/// are those of the first flexi formality, the agreement itself).
pub const FRAMEWORK_AGREEMENT_MENTIONS: &[Tr] = &[
    msg::STEPS_THE_IDENTITY_OF_THE_PARTIES,
    msg::STEPS_HOW_AND_HOW_FAR_AHEAD,
    msg::STEPS_A_SHORT_DESCRIPTION_OF_THE,
    msg::STEPS_THE_FLEXI_WAGE,
    msg::STEPS_THE_LEGAL_TEXT_ON_THE,
];

/// Where the mentions go when the flexi worker comes through a temporary-work agency.
pub const FRAMEWORK_AGREEMENT_AGENCY: Tr = msg::STEPS_FRAMEWORK_AGREEMENT_AGENCY;

const FLEXI: &[Formality] = &[
    always(
        msg::STEPS_A_WRITTEN_FRAMEWORK_AGREEMENT_BEFORE,
        "Securex [S27]; 1819.brussels [S67]",
    ),
    always(
        msg::STEPS_A_DIMONA_OF_TYPE_FLX,
        "socialsecurity.be Dimona FLX [S2]; Partena [S32]",
    ),
    always(
        msg::STEPS_THE_FLEXI_PAY_SENT_THROUGH,
        "RSZ Flexi at work [S4] [S65]",
    ),
];

const EXTRA: &[Formality] = &[
    Formality {
        text: msg::STEPS_A_DIMONA_OF_TYPE_EXT,
        from: Some(ymd(2013, 10, 1)),
        source: "Liantis [LIANTIS-EXTRA-FR]; UCM [UCM-EXTRA]; SST 2013 [SST-2013]",
    },
    always(
        msg::STEPS_AT_MOST_TWO_CONSECUTIVE_DAYS,
        "RSZ instructions 2020/1 [RSZ-AI-2020-1-NL]; RSZ Dimona extras [RSZ-DIMONA-EXT]; Guidea [GUIDEA-EXTRA]",
    ),
    always(
        msg::STEPS_A_WRITTEN_CONTRACT_EXCEPT_FOR,
        "UCM [UCM-EXTRA]; Liantis [LIANTIS-EXTRA-FR]",
    ),
    Formality {
        text: msg::STEPS_THE_DAYS_COUNT_ON_HORECA,
        from: Some(ymd(2013, 10, 1)),
        source: "socialsecurity.be Horeca@work [SS-HAW]; Guidea [GUIDEA-EXTRA]",
    },
];

const STUDENT: &[Formality] = &[
    always(
        msg::STEPS_A_WRITTEN_STUDENT_CONTRACT,
        "Securex [SECUREX-650]; Student@work [SAW-EN]",
    ),
    always(
        msg::STEPS_A_DIMONA_OF_TYPE_STU,
        "socialsecurity.be Dimona [SS-DIMONA-WHO]; Securex [SECUREX-650]; Prato [PRATO-STU]",
    ),
    Formality {
        text: msg::STEPS_THE_HOURS_COUNT_ON_STUDENT,
        from: Some(ymd(2017, 1, 1)),
        source: "Student@work [SAW-CERT] [SS-STU]; Centen [CENTEN]",
    },
];

const ORDINARY: &[Formality] = &[always(
    msg::STEPS_A_DIMONA_OF_TYPE_OTH,
    "socialsecurity.be Dimona [SS-DIMONA-WHO]",
)];

/// What the employer has to do for `regime` on `date`.
pub fn formalities(regime: Regime, date: NaiveDate) -> impl Iterator<Item = &'static Formality> {
    let all = match regime {
        Regime::Flexi => FLEXI,
        Regime::Extra => EXTRA,
        Regime::Student => STUDENT,
        Regime::Ordinary => ORDINARY,
    };
    all.iter().filter(move |f| f.from.is_none_or(|from| from <= date))
}

/// The framework agreement's mentions in one language, in order.
pub fn framework_mentions(language: Language) -> impl Iterator<Item = &'static str> {
    FRAMEWORK_AGREEMENT_MENTIONS.iter().map(move |m| m.get(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_regime_names_its_dimona_type_with_a_source() {
        let date = ymd(2025, 6, 1);
        for (regime, dimona) in [(Regime::Flexi, "FLX"), (Regime::Extra, "EXT"), (Regime::Student, "STU"), (Regime::Ordinary, "OTH")] {
            let steps: Vec<_> = formalities(regime, date).collect();
            assert!(steps.iter().any(|f| Language::ALL.iter().all(|l| f.text.get(*l).contains(dimona))), "{regime:?}");
            assert!(steps.iter().all(|f| !f.source.is_empty()));
        }
    }

    #[test]
    fn the_student_hour_counter_exists_from_2017() {
        let counts = |date| formalities(Regime::Student, date).filter(|f| f.text.get(Language::En).contains("Student@work")).count();
        assert_eq!(counts(ymd(2016, 12, 31)), 0, "before 2017 the quota was in days (staffing-costs.md §3.1)");
        assert_eq!(counts(ymd(2017, 1, 1)), 1);
    }
}
