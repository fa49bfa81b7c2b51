//! What the employer has to do for each way of staffing: the contracts, the Dimona type and the
//! counters (flexi-rules.md (d); staffing-costs.md §2–§4). These decide no verdict and no amount; the
//! result and the comparison pages list them as next steps.

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
    Tr { en: "the identity of the parties", nl: "de identiteit van de partijen", fr: "l'identité des parties" },
    Tr {
        en: "how, and how far ahead, the employer offers a flexi contract (phone, e-mail, text message…)",
        nl: "hoe en hoeveel op voorhand de werkgever een flexi-overeenkomst aanbiedt (telefoon, e-mail, sms…)",
        fr: "comment, et avec quel délai, l'employeur propose un contrat flexi (téléphone, e-mail, SMS…)",
    },
    Tr { en: "a short description of the function or functions", nl: "een korte beschrijving van de functie of functies", fr: "une brève description de la ou des fonctions" },
    Tr { en: "the flexi wage", nl: "het flexiloon", fr: "le salaire flexi" },
    Tr {
        en: "the legal text on the flexi conditions (4/5 work in the reference quarter, or a pension)",
        nl: "de wettekst over de flexi-voorwaarden (4/5 werk in het referentiekwartaal, of een pensioen)",
        fr: "le texte légal sur les conditions flexi (4/5 de travail au trimestre de référence, ou une pension)",
    },
];

/// Where the mentions go when the flexi worker comes through a temporary-work agency.
pub const FRAMEWORK_AGREEMENT_AGENCY: Tr = Tr {
    en: "Through a temporary-work agency there is no framework agreement: these mentions go into the temporary-work contract. Keep the agreement and the contracts at the workplace.",
    nl: "Via een uitzendkantoor is er geen raamovereenkomst: deze vermeldingen staan dan in de uitzendovereenkomst. Bewaar de raamovereenkomst en de overeenkomsten op de werkplek.",
    fr: "Via une agence d'intérim, il n'y a pas de contrat-cadre : ces mentions figurent dans le contrat de travail intérimaire. Conservez le contrat-cadre et les contrats sur le lieu de travail.",
};

const FLEXI: &[Formality] = &[
    always(
        Tr {
            en: "A written framework agreement before the first day, then a contract per job, written or oral.",
            nl: "Een schriftelijke raamovereenkomst vóór de eerste dag, daarna een overeenkomst per opdracht, schriftelijk of mondeling.",
            fr: "Un contrat-cadre écrit avant le premier jour, puis un contrat par mission, écrit ou oral.",
        },
        "Securex [S27]; 1819.brussels [S67]",
    ),
    always(
        Tr {
            en: "A Dimona of type FLX before the work starts: daily with start and end hour for an oral contract, per quarter at most for a written one (every start and end of work is then registered).",
            nl: "Een Dimona van het type FLX vóór het werk begint: per dag met begin- en einduur bij een mondelinge overeenkomst, per kwartaal hoogstens bij een schriftelijke (elk begin en einde van het werk wordt dan geregistreerd).",
            fr: "Une Dimona de type FLX avant le début du travail : par jour avec heure de début et de fin pour un contrat oral, par trimestre au plus pour un contrat écrit (chaque début et fin de travail est alors enregistré).",
        },
        "socialsecurity.be Dimona FLX [S2]; Partena [S32]",
    ),
    always(
        Tr {
            en: "The flexi pay sent through Flexi at work within 5 days of each payroll; the worker sees it on mycareer.be.",
            nl: "Het flexiloon via Flexi at work binnen 5 dagen na elke loonberekening; de werknemer ziet het op mycareer.be.",
            fr: "Le salaire flexi transmis via Flexi at work dans les 5 jours de chaque calcul de paie ; le travailleur le voit sur mycareer.be.",
        },
        "RSZ Flexi at work [S4] [S65]",
    ),
];

const EXTRA: &[Formality] = &[
    Formality {
        text: Tr {
            en: "A Dimona of type EXT each day, before the work starts: per hour (start and end time), or per day (start time only, with the sector's working-time register kept).",
            nl: "Een Dimona van het type EXT elke dag, vóór het werk begint: per uur (begin- en einduur), of per dag (alleen beginuur, met het tijdsregister van de sector bijgehouden).",
            fr: "Une Dimona de type EXT chaque jour, avant le début du travail : par heure (heure de début et de fin), ou par jour (heure de début seulement, avec le registre du temps de travail du secteur tenu à jour).",
        },
        from: Some(ymd(2013, 10, 1)),
        source: "Liantis [LIANTIS-EXTRA-FR]; UCM [UCM-EXTRA]; SST 2013 [SST-2013]",
    },
    always(
        Tr {
            en: "At most two consecutive days with the same employer: a third consecutive day makes the whole period ordinary work (Dimona OTH).",
            nl: "Hoogstens twee opeenvolgende dagen bij dezelfde werkgever: een derde opeenvolgende dag maakt van de hele periode gewone arbeid (Dimona OTH).",
            fr: "Deux jours consécutifs au plus chez le même employeur : un troisième jour consécutif fait de toute la période un emploi ordinaire (Dimona OTH).",
        },
        "RSZ instructions 2020/1 [RSZ-AI-2020-1-NL]; RSZ Dimona extras [RSZ-DIMONA-EXT]; Guidea [GUIDEA-EXTRA]",
    ),
    always(
        Tr {
            en: "A written contract, except for a full-day extra of at most two days.",
            nl: "Een schriftelijke overeenkomst, behalve voor een extra van hoogstens twee volle dagen.",
            fr: "Un contrat écrit, sauf pour un extra de deux journées complètes au plus.",
        },
        "UCM [UCM-EXTRA]; Liantis [LIANTIS-EXTRA-FR]",
    ),
    Formality {
        text: Tr {
            en: "The days count on Horeca@work, for the worker and for the employer.",
            nl: "De dagen tellen mee op Horeca@work, voor de werknemer en voor de werkgever.",
            fr: "Les jours sont décomptés sur Horeca@work, pour le travailleur et pour l'employeur.",
        },
        from: Some(ymd(2013, 10, 1)),
        source: "socialsecurity.be Horeca@work [SS-HAW]; Guidea [GUIDEA-EXTRA]",
    },
];

const STUDENT: &[Formality] = &[
    always(
        Tr {
            en: "A written student contract.",
            nl: "Een schriftelijke studentenovereenkomst.",
            fr: "Un contrat d'occupation d'étudiant écrit.",
        },
        "Securex [SECUREX-650]; Student@work [SAW-EN]",
    ),
    always(
        Tr {
            en: "A Dimona of type STU per quarter with the planned hours, at the latest on the day the work starts; without it, no solidarity contributions but ordinary ones.",
            nl: "Een Dimona van het type STU per kwartaal met de geplande uren, uiterlijk op de dag dat het werk begint; zonder die Dimona geen solidariteitsbijdragen maar gewone bijdragen.",
            fr: "Une Dimona de type STU par trimestre avec les heures prévues, au plus tard le jour où le travail commence ; sans elle, pas de cotisations de solidarité mais des cotisations ordinaires.",
        },
        "socialsecurity.be Dimona [SS-DIMONA-WHO]; Securex [SECUREX-650]; Prato [PRATO-STU]",
    ),
    Formality {
        text: Tr {
            en: "The hours count on Student@work; beyond the yearly hours, ordinary contributions and withholding tax apply.",
            nl: "De uren tellen mee op Student@work; boven de jaarlijkse uren gelden gewone bijdragen en bedrijfsvoorheffing.",
            fr: "Les heures sont décomptées sur Student@work ; au-delà des heures annuelles, cotisations ordinaires et précompte s'appliquent.",
        },
        from: Some(ymd(2017, 1, 1)),
        source: "Student@work [SAW-CERT] [SS-STU]; Centen [CENTEN]",
    },
];

const ORDINARY: &[Formality] = &[always(
    Tr {
        en: "A Dimona of type OTH for the employment contract.",
        nl: "Een Dimona van het type OTH voor de arbeidsovereenkomst.",
        fr: "Une Dimona de type OTH pour le contrat de travail.",
    },
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
            assert!(steps.iter().any(|f| f.text.en.contains(dimona) && f.text.nl.contains(dimona) && f.text.fr.contains(dimona)), "{regime:?}");
            assert!(steps.iter().all(|f| !f.source.is_empty()));
        }
    }

    #[test]
    fn the_student_hour_counter_exists_from_2017() {
        let counts = |date| formalities(Regime::Student, date).filter(|f| f.text.en.contains("Student@work")).count();
        assert_eq!(counts(ymd(2016, 12, 31)), 0, "before 2017 the quota was in days (staffing-costs.md §3.1)");
        assert_eq!(counts(ymd(2017, 1, 1)), 1);
    }
}
