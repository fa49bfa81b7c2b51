//! The flexi-job eligibility rules, 1 December 2015 to today (flexi-rules.md §(b)), each placed beside
//! a summary of the text it implements. Conditions (the sector, the worker's route) must be answered;
//! exceptions (quarter-T exclusions, the 2024 reduction rule, foreign work) are presumed not to apply
//! when unanswered, and the reasons say so.

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
    title: Tr {
        en: "The flexi-job system",
        nl: "Het flexi-jobsysteem",
        fr: "Le système des flexi-jobs",
    },
    text: Tr {
        en: "Flexi-job contracts exist from 1 December 2015, first in horeca.",
        nl: "Flexi-jobarbeidsovereenkomsten bestaan sinds 1 december 2015, eerst in de horeca.",
        fr: "Les contrats de travail flexi-job existent depuis le 1er décembre 2015, d'abord dans l'horeca.",
    },
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015 on various social provisions; RSZ DmfA instructions [S1]",
    confidence: Confidence::High,
};

/// R14: the employer's sector (the user's, for agency work) must be open to flexi-jobs on the day.
pub const SECTOR_SCOPE: Rule = Rule {
    id: "sector_scope",
    title: Tr {
        en: "Sector of the employer",
        nl: "Sector van de werkgever",
        fr: "Secteur de l'employeur",
    },
    text: Tr {
        en: "The employer's joint committee, RSZ main NACE code and, for some opt-ins, Community must be open to flexi-jobs on the day of the work.",
        nl: "Het paritair comité van de werkgever, zijn RSZ-hoofd-NACE-code en, voor sommige opt-ins, zijn gemeenschap moeten op de dag van het werk openstaan voor flexi-jobs.",
        fr: "La commission paritaire de l'employeur, son code NACE principal ONSS et, pour certains opt-in, sa Communauté doivent être ouverts aux flexi-jobs le jour du travail.",
    },
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]",
    confidence: Confidence::High,
};

/// R14: temporary-work agencies (PC 322) may place flexi-jobbers with users in an eligible sector.
pub const TEMP_AGENCY: Rule = Rule {
    id: "temp_agency",
    title: Tr {
        en: "Agency work",
        nl: "Uitzendarbeid",
        fr: "Travail intérimaire",
    },
    text: Tr {
        en: "A temporary-work agency may employ a flexi-jobber for a user in an eligible sector; the user's sector decides.",
        nl: "Een uitzendkantoor mag een flexi-jobber tewerkstellen bij een gebruiker in een toegelaten sector; de sector van de gebruiker beslist.",
        fr: "Une agence d'intérim peut occuper un flexi-jobiste chez un utilisateur d'un secteur autorisé ; le secteur de l'utilisateur décide.",
    },
    validity: Validity::from(SYSTEM_START),
    source: "RSZ DmfA instructions [S1]; Acerta [S41]",
    confidence: Confidence::High,
};

/// R15: artistic and health-care-profession functions are excluded in all sectors from 2024.
pub const EXCLUDED_FUNCTIONS: Rule = Rule {
    id: "excluded_function",
    title: Tr {
        en: "Excluded functions",
        nl: "Uitgesloten functies",
        fr: "Fonctions exclues",
    },
    text: Tr {
        en: "From 1 January 2024 no flexi-job in an artistic, artistic-technical or artistic-support function (Law of 16 Dec 2022) or in a function with tasks of the health-care professions (coordinated law of 10 May 2015), in any sector.",
        nl: "Vanaf 1 januari 2024 geen flexi-job in een artistieke, artistiek-technische of artistiek-ondersteunende functie (wet van 16 december 2022) of in een functie met taken van de gezondheidszorgberoepen (gecoördineerde wet van 10 mei 2015), in geen enkele sector.",
        fr: "À partir du 1er janvier 2024, pas de flexi-job dans une fonction artistique, technico-artistique ou de soutien artistique (loi du 16 décembre 2022) ni dans une fonction comportant des tâches des professions des soins de santé (loi coordonnée du 10 mai 2015), dans aucun secteur.",
    },
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Acerta/Going for Talent [S41]; CLB [S89]; FOD WASO [S6]",
    confidence: Confidence::High,
};

/// R1, P13, P14: at least 4/5 of a full-time job in T-3 with one or more other employers.
pub const EMPLOYMENT_T3: Rule = Rule {
    id: "employment_t3",
    title: Tr {
        en: "Work in the reference quarter (T-3)",
        nl: "Werk in het referentiekwartaal (T-3)",
        fr: "Travail au trimestre de référence (T-3)",
    },
    text: Tr {
        en: "In the third quarter before the quarter of the flexi-job, the worker was employed by one or more employers other than the flexi employer for at least 4/5 of a full-time job (jobs add up; Belgian and foreign employment, public and private; self-employment does not count).",
        nl: "In het derde kwartaal vóór het kwartaal van de flexi-job was de werknemer bij een of meer andere werkgevers dan de flexi-werkgever tewerkgesteld voor minstens 4/5 van een voltijdse betrekking (jobs tellen samen; Belgische en buitenlandse tewerkstelling, openbaar en privé; werk als zelfstandige telt niet).",
        fr: "Au troisième trimestre précédant celui du flexi-job, le travailleur était occupé chez un ou plusieurs employeurs autres que l'employeur flexi à au moins 4/5 d'un temps plein (les emplois s'additionnent ; occupation belge et étrangère, publique et privée ; l'activité indépendante ne compte pas).",
    },
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; RSZ DmfA instructions [S1]; Securex [S18]; Partena [S30]",
    confidence: Confidence::High,
};

/// R4, P15: from 2018 a pensioner at the end of T-2 needs no work in T-3.
pub const PENSIONER_T2: Rule = Rule {
    id: "pensioner_t2",
    title: Tr {
        en: "Pensioner route",
        nl: "Route voor gepensioneerden",
        fr: "Voie des pensionnés",
    },
    text: Tr {
        en: "From 1 January 2018 a person who is a pensioner at the end of the second quarter before the flexi-job (T-2) needs no work in T-3. A retirement or survivor's pension counts, early or at legal age, Belgian or foreign; the transition allowance for young surviving spouses and unemployment with company supplement (SWT/RCC) do not.",
        nl: "Vanaf 1 januari 2018 heeft wie op het einde van het tweede kwartaal vóór de flexi-job (T-2) gepensioneerd is, geen werk in T-3 nodig. Een rust- of overlevingspensioen telt, vervroegd of op de wettelijke leeftijd, Belgisch of buitenlands; de overgangsuitkering voor jonge langstlevende echtgenoten en werkloosheid met bedrijfstoeslag (SWT) tellen niet.",
        fr: "À partir du 1er janvier 2018, une personne pensionnée à la fin du deuxième trimestre précédant le flexi-job (T-2) n'a pas besoin de travail en T-3. Une pension de retraite ou de survie compte, anticipée ou à l'âge légal, belge ou étrangère ; l'allocation de transition pour jeunes conjoints survivants et le chômage avec complément d'entreprise (RCC) ne comptent pas.",
    },
    validity: Validity::from(ymd(2018, 1, 1)),
    source: "Programme law of 25 Dec 2017; Partena [S31]; Securex [S18]; Acerta [S36]; Easypay/SNI [S62]",
    confidence: Confidence::High,
};

/// R4, P15b: reported from 1 July 2026, a pension in quarter T itself suffices.
pub const PENSIONER_IN_QUARTER: Rule = Rule {
    id: "pensioner_in_quarter",
    title: Tr {
        en: "Pensioner route (reported 2026 change)",
        nl: "Route voor gepensioneerden (gemelde wijziging 2026)",
        fr: "Voie des pensionnés (changement annoncé pour 2026)",
    },
    text: Tr {
        en: "From 1 July 2026 RSZ is reported to look at the quarter of the flexi-job itself: a pension that starts in that quarter suffices.",
        nl: "Volgens berichten kijkt de RSZ vanaf 1 juli 2026 naar het kwartaal van de flexi-job zelf: een pensioen dat in dat kwartaal ingaat, volstaat.",
        fr: "Selon les informations disponibles, à partir du 1er juillet 2026 l'ONSS regarde le trimestre du flexi-job lui-même : une pension qui débute dans ce trimestre suffit.",
    },
    validity: Validity::from(GENERALISATION),
    source: "AGO Jobs [S59]; Horeca Bruxelles, updated page [U-HORECABXL-AMP]: the reference quarter becomes T instead of T-2 (two professional sources, no official text found)",
    confidence: Confidence::Medium,
};

/// R10, P17: full time in T-4 and 4/5 in T-3 → no flexi-job in T and T+1 (from 2024).
pub const WORK_REDUCTION: Rule = Rule {
    id: "work_reduction",
    title: Tr {
        en: "Drop from full time to 4/5",
        nl: "Daling van voltijds naar 4/5",
        fr: "Passage d'un temps plein à 4/5",
    },
    text: Tr {
        en: "From 1 January 2024, a worker who was full time in T-4 and 4/5 in T-3 may not do a flexi-job in T nor in T+1 (RSZ compares T-5 with T-4 and T-4 with T-3). The sources do not say whether the drop must be with the same employer; it is read as any reduction of the worker's total volume.",
        nl: "Vanaf 1 januari 2024 mag een werknemer die voltijds werkte in T-4 en 4/5 in T-3 geen flexi-job doen in T noch in T+1 (de RSZ vergelijkt T-5 met T-4 en T-4 met T-3). De bronnen zeggen niet of de daling bij dezelfde werkgever moet zijn; ze wordt gelezen als elke vermindering van het totale arbeidsvolume van de werknemer.",
        fr: "À partir du 1er janvier 2024, un travailleur occupé à temps plein en T-4 et à 4/5 en T-3 ne peut pas faire de flexi-job en T ni en T+1 (l'ONSS compare T-5 à T-4 et T-4 à T-3). Les sources ne disent pas si la diminution doit avoir lieu chez le même employeur ; elle est lue comme toute réduction du volume de travail total du travailleur.",
    },
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; RSZ Dimona FLX [S2]; Easypay [S62]",
    confidence: Confidence::Medium,
};

/// R3, R2: work under foreign social security counts but RSZ cannot see it.
pub const FOREIGN_EMPLOYMENT: Rule = Rule {
    id: "foreign_employment",
    title: Tr {
        en: "Work abroad in T-3",
        nl: "Werk in het buitenland in T-3",
        fr: "Travail à l'étranger en T-3",
    },
    text: Tr {
        en: "Work under foreign social security counts toward the 4/5, but RSZ cannot see it: the Dimona FLX returns a warning. Overseas Social Security (overseas@rsz.fgov.be) checks the days worked in T-3 and the NSSO gives a written approval or refusal. The approval is valid only for the quarter it was issued for: ask again for each quarter.",
        nl: "Werk onder buitenlandse sociale zekerheid telt mee voor de 4/5, maar de RSZ ziet het niet: de Dimona FLX geeft een waarschuwing. Overseas Social Security (overseas@rsz.fgov.be) controleert de dagen gewerkt in T-3 en de RSZ geeft een schriftelijke goedkeuring of weigering. De goedkeuring geldt alleen voor het kwartaal waarvoor ze gegeven werd: vraag ze voor elk kwartaal opnieuw.",
        fr: "Le travail sous sécurité sociale étrangère compte pour les 4/5, mais l'ONSS ne le voit pas : la Dimona FLX renvoie un avertissement. Overseas Social Security (overseas@rsz.fgov.be) vérifie les jours prestés en T-3 et l'ONSS donne un accord ou un refus écrit. L'accord ne vaut que pour le trimestre pour lequel il a été donné : redemandez-le pour chaque trimestre.",
    },
    validity: Validity::from(SYSTEM_START),
    source: "Overseas Social Security, 'Flexi-job for expats' [S10] (the approval is valid for one quarter); Securex [S19]",
    confidence: Confidence::High,
};

/// R6 (2015–2023): no flexi-job with an employer with whom the worker has a ≥ 4/5 contract in T.
pub const SAME_EMPLOYER_FOUR_FIFTHS: Rule = Rule {
    id: "same_employer_four_fifths",
    title: Tr {
        en: "Other contract with the flexi employer",
        nl: "Andere overeenkomst met de flexi-werkgever",
        fr: "Autre contrat avec l'employeur flexi",
    },
    text: Tr {
        en: "Until 31 December 2023, no flexi-job with an employer with whom the worker has, in the same quarter, another employment contract of at least 4/5 of full time.",
        nl: "Tot 31 december 2023 geen flexi-job bij een werkgever bij wie de werknemer in hetzelfde kwartaal een andere arbeidsovereenkomst van minstens 4/5 van een voltijdse betrekking heeft.",
        fr: "Jusqu'au 31 décembre 2023, pas de flexi-job chez un employeur auprès duquel le travailleur a, au cours du même trimestre, un autre contrat de travail d'au moins 4/5 d'un temps plein.",
    },
    validity: Validity::between(SYSTEM_START, ymd(2023, 12, 31)),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Acerta 2019 [ACERTA-2019]",
    confidence: Confidence::High,
};

/// R6 (from 2024): no flexi-job with an employer with whom the worker has any other contract in T.
pub const SAME_EMPLOYER_ANY: Rule = Rule {
    id: "same_employer_any_contract",
    title: Tr {
        en: "Other contract with the flexi employer",
        nl: "Andere overeenkomst met de flexi-werkgever",
        fr: "Autre contrat avec l'employeur flexi",
    },
    text: Tr {
        en: "From 1 January 2024, no flexi-job with an employer with whom the worker is or was employed under any other employment contract or statutory appointment in the same quarter, whatever its size. RSZ accepts the reverse order: first flexi, then an ordinary contract with that employer in the same quarter (but then no return to flexi in that quarter).",
        nl: "Vanaf 1 januari 2024 geen flexi-job bij een werkgever bij wie de werknemer in hetzelfde kwartaal met een andere arbeidsovereenkomst of statutaire benoeming tewerkgesteld is of was, ongeacht de omvang ervan. De RSZ aanvaardt de omgekeerde volgorde: eerst flexi, dan een gewone overeenkomst bij die werkgever in hetzelfde kwartaal (maar dan geen terugkeer naar flexi in dat kwartaal).",
        fr: "À partir du 1er janvier 2024, pas de flexi-job chez un employeur auprès duquel le travailleur est ou a été occupé, au cours du même trimestre, sous un autre contrat de travail ou une nomination statutaire, quelle qu'en soit l'importance. L'ONSS accepte l'ordre inverse : d'abord flexi, puis un contrat ordinaire chez cet employeur dans le même trimestre (mais alors plus de retour au flexi dans ce trimestre).",
    },
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "Programme law of 22 Dec 2023; Securex [S24]; Corsa/Sociaal Kantoor (RSZ advice) [S66]; Payroller [S93]",
    confidence: Confidence::High,
};

/// R7: no flexi-job during a notice period or a period covered by a severance indemnity of the flexi employer.
pub const NOTICE_OR_SEVERANCE: Rule = Rule {
    id: "notice_or_severance",
    title: Tr {
        en: "Notice period or severance",
        nl: "Opzeggingstermijn of verbrekingsvergoeding",
        fr: "Préavis ou indemnité de rupture",
    },
    text: Tr {
        en: "No flexi-job with an employer during a notice period with that employer, nor during a period covered by a severance indemnity or dismissal compensation that employer pays. This applies to pensioners too.",
        nl: "Geen flexi-job bij een werkgever tijdens een opzeggingstermijn bij die werkgever, noch tijdens een periode gedekt door een verbrekings- of ontslagvergoeding die die werkgever betaalt. Dit geldt ook voor gepensioneerden.",
        fr: "Pas de flexi-job chez un employeur pendant un préavis auprès de cet employeur, ni pendant une période couverte par une indemnité de rupture ou de licenciement que cet employeur paie. Cela vaut aussi pour les pensionnés.",
    },
    validity: Validity::from(SYSTEM_START),
    source: "Law of 16 Nov 2015; groupS [S49]; Plusmagazine/Acerta [S74]; Fediplus",
    confidence: Confidence::High,
};

/// R8: from 7 May 2022, no agency placement as flexi-jobber with a user who is the direct employer.
pub const AGENCY_USER: Rule = Rule {
    id: "agency_user_own_employer",
    title: Tr {
        en: "Agency placement with the worker's own employer",
        nl: "Uitzending naar de eigen werkgever van de werknemer",
        fr: "Mise à disposition chez le propre employeur du travailleur",
    },
    text: Tr {
        en: "From 7 May 2022 an agency may not place a worker as a flexi-jobber with a user with whom the worker has a direct employment contract in the same quarter. Placement with another user remains possible.",
        nl: "Vanaf 7 mei 2022 mag een uitzendkantoor een werknemer niet als flexi-jobber ter beschikking stellen van een gebruiker bij wie hij in hetzelfde kwartaal een rechtstreekse arbeidsovereenkomst heeft. Bij een andere gebruiker blijft het mogelijk.",
        fr: "À partir du 7 mai 2022, une agence d'intérim ne peut pas mettre un travailleur à disposition comme flexi-jobiste chez un utilisateur avec lequel il a un contrat de travail direct au cours du même trimestre. Chez un autre utilisateur, cela reste possible.",
    },
    validity: Validity::from(ymd(2022, 5, 7)),
    source: "Law of 1 Apr 2022 (BS 27 Apr 2022); Attentia [S42]; Securex [S69]; news.belgium.be [S9]",
    confidence: Confidence::High,
};

/// R9: from 2024, no flexi-job in a company linked to the company of a ≥ 4/5 main job.
pub const LINKED_COMPANY: Rule = Rule {
    id: "linked_company",
    title: Tr {
        en: "Contract with a linked company",
        nl: "Overeenkomst bij een verbonden onderneming",
        fr: "Contrat dans une entreprise liée",
    },
    text: Tr {
        en: "From 1 January 2024 no flexi-job in a company linked (art. 1:20 Code of Companies and Associations) to a company where the worker has an employment contract of at least 4/5 of full time.",
        nl: "Vanaf 1 januari 2024 geen flexi-job in een onderneming die verbonden is (art. 1:20 Wetboek van vennootschappen en verenigingen) met een onderneming waar de werknemer een arbeidsovereenkomst van minstens 4/5 van een voltijdse betrekking heeft.",
        fr: "À partir du 1er janvier 2024, pas de flexi-job dans une entreprise liée (art. 1:20 du Code des sociétés et des associations) à une entreprise où le travailleur a un contrat de travail d'au moins 4/5 d'un temps plein.",
    },
    validity: Validity::between(ymd(2024, 1, 1), ymd(2026, 6, 30)),
    source: "Programme law of 22 Dec 2023; Wolters Kluwer [S47]; Securex [S24]; Easypay [S87]",
    confidence: Confidence::High,
};

/// R9 (reported 2026 relaxation): the ban no longer applies to full-timers.
pub const LINKED_COMPANY_2026: Rule = Rule {
    id: "linked_company_2026",
    title: Tr {
        en: "Contract with a linked company (reported 2026 change)",
        nl: "Overeenkomst bij een verbonden onderneming (gemelde wijziging 2026)",
        fr: "Contrat dans une entreprise liée (changement annoncé pour 2026)",
    },
    text: Tr {
        en: "Reported from 1 July 2026: the linked-company ban is lifted for full-time workers and stays for workers between 4/5 and full time.",
        nl: "Gemeld vanaf 1 juli 2026: het verbod bij verbonden ondernemingen vervalt voor voltijdse werknemers en blijft voor werknemers tussen 4/5 en voltijds.",
        fr: "Annoncé à partir du 1er juillet 2026 : l'interdiction dans les entreprises liées est levée pour les travailleurs à temps plein et maintenue pour ceux entre 4/5 et temps plein.",
    },
    validity: Validity::from(GENERALISATION),
    source: "Content: SNI, MR, Le Vif [S60]; Horeca Bruxelles [S61]; FEB via peoplesphere [U-PEOPLESPHERE] (agreeing); in force 1 Jul 2026 per AGO Jobs [S59] and a flexi-pay app's compliance notes (no official text found)",
    confidence: Confidence::Medium,
};

/// P19: Flemish childcare employers keep flexi work within 20 % of their yearly volume.
pub const CHILDCARE_VOLUME_CAP: Rule = Rule {
    id: "childcare_volume_cap",
    title: Tr {
        en: "Flemish childcare: 20 % volume cap",
        nl: "Vlaamse kinderopvang: plafond van 20 % van het volume",
        fr: "Accueil de l'enfance flamand : plafond de 20 % du volume",
    },
    text: Tr {
        en: "From 1 July 2024 flexi work in Flemish childcare may not exceed 20 % of the employer's total yearly work volume (2024 was a transition year without control). One source gives 1 June 2024.",
        nl: "Vanaf 1 juli 2024 mag flexi-arbeid in de Vlaamse kinderopvang niet meer dan 20 % van het totale jaarlijkse arbeidsvolume van de werkgever bedragen (2024 was een overgangsjaar zonder controle). Eén bron noemt 1 juni 2024.",
        fr: "À partir du 1er juillet 2024, le travail flexi dans l'accueil de l'enfance flamand ne peut dépasser 20 % du volume de travail annuel total de l'employeur (2024 était une année de transition sans contrôle). Une source indique le 1er juin 2024.",
    },
    validity: Validity::from(ymd(2024, 7, 1)),
    source: "ONSS [S14]; Tamtam [S17]; Securex [S26]; unisoc [S77] (1 June)",
    confidence: Confidence::Medium,
};

/// P10, P11, P4: the yearly tax-free ceiling for non-pensioners.
pub const TAX_CEILING: Rule = Rule {
    id: "tax_ceiling",
    title: Tr {
        en: "Tax-free ceiling",
        nl: "Belastingvrij plafond",
        fr: "Plafond exonéré d'impôt",
    },
    text: Tr {
        en: "From income year 2024 flexi pay of non-pensioners is tax-free up to a yearly ceiling for all employers together; the part above it is taxable (withholding on the part one employer pays above it). Pensioners have no ceiling.",
        nl: "Vanaf inkomstenjaar 2024 is het flexiloon van niet-gepensioneerden belastingvrij tot een jaarlijks plafond voor alle werkgevers samen; het deel daarboven is belastbaar (bedrijfsvoorheffing op het deel dat een werkgever erboven betaalt). Gepensioneerden hebben geen plafond.",
        fr: "À partir de l'année de revenus 2024, le salaire flexi des non-pensionnés est exonéré jusqu'à un plafond annuel, tous employeurs confondus ; la partie au-delà est imposable (précompte sur la partie qu'un employeur paie au-delà). Les pensionnés n'ont pas de plafond.",
    },
    validity: Validity::from(ymd(2024, 1, 1)),
    source: "FOD Financiën [S5]; circulars 2024/C/41 and 2026/C/4 [S12]; Law of 18 Dec 2025 arts 19–21",
    confidence: Confidence::High,
};

/// Beyond the date the rules were checked, later changes are unknown.
pub const RULES_HORIZON: Rule = Rule {
    id: "rules_horizon",
    title: Tr {
        en: "Rules verified up to a date",
        nl: "Regels nagekeken tot een datum",
        fr: "Règles vérifiées jusqu'à une date",
    },
    text: Tr {
        en: "The rules and amounts were checked against the sources up to 6 December 2026; changes after that are not known to this tool.",
        nl: "De regels en bedragen zijn nagekeken tegen de bronnen tot 6 december 2026; latere wijzigingen kent deze tool niet.",
        fr: "Les règles et montants ont été vérifiés par rapport aux sources jusqu'au 6 décembre 2026 ; cet outil ne connaît pas les changements ultérieurs.",
    },
    validity: Validity::from(RULES_VERIFIED_UNTIL),
    source: "Flexicheck: every rule and amount was checked against the sources on the Rules and sources page up to 6 Dec 2026",
    confidence: Confidence::Low,
};

/// P12 (flexi-rules.md): a pension rule, not a flexi-job condition, that a pensioner needs to know
/// before relying on "tax-free without limit". The sources disagree on the amount (open question 7).
pub const EARLY_PENSION_LIMIT: Rule = Rule {
    id: "early_pension_limit",
    title: Tr {
        en: "Early pension: yearly limit for flexi pay",
        nl: "Vervroegd pensioen: jaarlijkse grens voor flexiloon",
        fr: "Pension anticipée : limite annuelle du salaire flexi",
    },
    text: Tr {
        en: "From 2025 a pensioner who retired before the legal pension age with fewer than 45 career years has a yearly limit of its own for flexi pay; above it the pension can be reduced. It is a pension rule, not a flexi-job condition, and the sources give different amounts.",
        nl: "Vanaf 2025 heeft een gepensioneerde die vóór de wettelijke pensioenleeftijd en met minder dan 45 loopbaanjaren met pensioen ging, een eigen jaarlijkse grens voor flexiloon; daarboven kan het pensioen verminderd worden. Het is een pensioenregel, geen voorwaarde voor een flexi-job, en de bronnen geven verschillende bedragen.",
        fr: "À partir de 2025, un pensionné parti avant l'âge légal de la pension avec moins de 45 années de carrière a une limite annuelle propre pour le salaire flexi ; au-delà, la pension peut être réduite. C'est une règle de pension, pas une condition du flexi-job, et les sources donnent des montants différents.",
    },
    validity: Validity::from(ymd(2025, 1, 1)),
    source: "Securex [S21]; Trends [S64]; UCM [U-UCM-PENSION]; Easypay [U-EASYPAY-PENSION]; Council of Ministers [U-NEWS-CEILING]",
    confidence: Confidence::Medium,
};

/// Update W3: one federation page reports a 33 % withholding on pensioners' flexi pay from the 2026
/// reform. A single source that contradicts P11 ("tax-free without limit"): a warning, never a rule.
pub const PENSIONER_TAX_REPORT: Rule = Rule {
    id: "pensioner_flexi_tax_report",
    title: Tr {
        en: "Pensioners' flexi pay: a reported 33 % withholding",
        nl: "Flexiloon van gepensioneerden: een gemelde voorheffing van 33 %",
        fr: "Salaire flexi des pensionnés : un précompte de 33 % annoncé",
    },
    text: Tr {
        en: "One source reports that, with the 2026 reform, pensioners' flexi pay carries a 33 % final withholding tax; its threshold and base are not stated. The tax administration's own pages still say pensioners' flexi pay is tax-free without limit. Shown as a warning until an official text confirms it; it changes no figure here.",
        nl: "Eén bron meldt dat met de hervorming van 2026 op het flexiloon van gepensioneerden een bevrijdende voorheffing van 33 % geldt; de drempel en de grondslag worden niet vermeld. De pagina's van de belastingdienst zeggen nog dat het flexiloon van gepensioneerden onbeperkt belastingvrij is. Getoond als waarschuwing tot een officiële tekst het bevestigt; het verandert hier geen enkel bedrag.",
        fr: "Une source rapporte qu'avec la réforme de 2026, le salaire flexi des pensionnés subit un précompte libératoire de 33 % ; le seuil et la base ne sont pas précisés. Les pages de l'administration fiscale disent encore que le salaire flexi des pensionnés est exonéré sans limite. Affiché comme avertissement jusqu'à confirmation par un texte officiel ; il ne change aucun montant ici.",
    },
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
        let (words, links) = if self.quiet { (String::new(), Vec::new()) } else { (sources::words_in(source, self.language), sources::refs(source, self.language)) };
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
                en: "Flexi-jobs did not exist yet on {day}: they start on 1 December 2015.",
                nl: "Op {day} bestonden flexi-jobs nog niet: ze starten op 1 december 2015.",
                fr: "Le {day}, les flexi-jobs n'existaient pas encore : ils commencent le 1er décembre 2015."),
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
                en: "{day} is after {checked}, the date up to which the rules were checked: no change for that date was known then, but a later one would not be known here.",
                nl: "{day} valt na {checked}, de datum tot wanneer de regels nagekeken zijn: toen was geen wijziging voor die datum bekend, maar een latere is hier niet gekend.",
                fr: "Le {day} est postérieur au {checked}, date jusqu'à laquelle les règles ont été vérifiées : aucun changement n'était alors connu pour cette date, mais un changement ultérieur ne serait pas connu ici.")
        } else {
            say!(l,
                en: "{day} is more than a quarter after {checked}, the date up to which the rules were checked: changes decided since could apply, so the answer is uncertain.",
                nl: "{day} valt meer dan een kwartaal na {checked}, de datum tot wanneer de regels nagekeken zijn: wijzigingen die sindsdien beslist zijn, kunnen gelden, dus het antwoord is onzeker.",
                fr: "Le {day} est plus d'un trimestre après le {checked}, date jusqu'à laquelle les règles ont été vérifiées : des changements décidés depuis pourraient s'appliquer, la réponse est donc incertaine.")
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
                en: "Agency work: the user company's sector decides, as given below.",
                nl: "Uitzendarbeid: de sector van de gebruiker beslist, zoals hieronder gegeven.",
                fr: "Travail intérimaire : le secteur de l'entreprise utilisatrice décide, comme indiqué ci-dessous."),
        );
    }
    if sector.joint_committee.as_deref() == Some("322") {
        findings.need("sector.joint_committee");
        findings.add(
            &SECTOR_SCOPE,
            Outcome::Unknown,
            say!(l,
                en: "PC 322 is the temporary-work agencies' committee: for agency work give the joint committee (or NACE code) of the user company where the work is done.",
                nl: "PC 322 is het comité van de uitzendkantoren: geef voor uitzendarbeid het paritair comité (of de NACE-code) van de gebruiker waar het werk gebeurt.",
                fr: "La CP 322 est la commission des agences d'intérim : pour le travail intérimaire, indiquez la commission paritaire (ou le code NACE) de l'entreprise utilisatrice où le travail est effectué."),
        );
        return;
    }
    if sector.joint_committee.is_none() && sector.nace.is_none() && !sector.public_employer && sector.function != Some(Function::Lifeguard) {
        findings.need("sector.joint_committee");
        findings.add(
            &SECTOR_SCOPE,
            Outcome::Unknown,
            say!(l,
                en: "The employer's sector is not given: its joint committee (or RSZ main NACE code) decides.",
                nl: "De sector van de werkgever is niet gegeven: zijn paritair comité (of RSZ-hoofd-NACE-code) beslist.",
                fr: "Le secteur de l'employeur n'est pas indiqué : sa commission paritaire (ou son code NACE principal ONSS) décide."),
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
                    en: "For {named}, only some activities are open: the employer's RSZ main NACE code decides.",
                    nl: "Voor {named} staan alleen sommige activiteiten open: de RSZ-hoofd-NACE-code van de werkgever beslist.",
                    fr: "Pour {named}, seules certaines activités sont ouvertes : le code NACE principal ONSS de l'employeur décide."),
                "sector.community" => say!(l,
                    en: "For {named}, the opening depends on the Community of the public or subsidised employer (Flemish, French or German-speaking).",
                    nl: "Voor {named} hangt de openstelling af van de gemeenschap van de openbare of gesubsidieerde werkgever (Vlaamse, Franse of Duitstalige).",
                    fr: "Pour {named}, l'ouverture dépend de la Communauté de l'employeur public ou subventionné (flamande, française ou germanophone)."),
                _ => say!(l,
                    en: "For {named}, only some sub-committees are open: give the sub-committee, e.g. 118.03.",
                    nl: "Voor {named} staan alleen sommige paritaire subcomités open: geef het subcomité, bv. 118.03.",
                    fr: "Pour {named}, seules certaines sous-commissions paritaires sont ouvertes : indiquez la sous-commission, p. ex. 118.03."),
            };
            findings.add(&SECTOR_SCOPE, Outcome::Unknown, why);
            return;
        }
        Ok(None) => {
            let later = sectors::next_opening(sector, date)
                .map(|d| {
                    let opens = l.date(d);
                    say!(l,
                        en: " It opens on {opens} according to the sources.",
                        nl: " Volgens de bronnen gaat de sector open op {opens}.",
                        fr: " Selon les sources, il s'ouvre le {opens}.")
                })
                .unwrap_or_default();
            findings.add(
                &SECTOR_SCOPE,
                Outcome::NotMet,
                say!(l,
                    en: "{named} is not among the sectors open to flexi-jobs on {day}.{later}",
                    nl: "{named} hoort op {day} niet bij de sectoren die openstaan voor flexi-jobs.{later}",
                    fr: "{named} ne fait pas partie des secteurs ouverts aux flexi-jobs le {day}.{later}"),
            );
            return;
        }
        Ok(Some(row)) => row,
    };
    let label = row.label.get(l);
    let open = || say!(l,
        en: "{label} is open to flexi-jobs on {day}.",
        nl: "{label} staat op {day} open voor flexi-jobs.",
        fr: "{label} : ouvert aux flexi-jobs le {day}.");
    let closed = || say!(l,
        en: "{label} is not open to flexi-jobs on {day}.",
        nl: "{label} staat op {day} niet open voor flexi-jobs.",
        fr: "{label} : pas ouvert aux flexi-jobs le {day}.");
    let for_function = || say!(l,
        en: "{label} is open to flexi-jobs for this function on {day}.",
        nl: "{label} staat op {day} open voor flexi-jobs voor deze functie.",
        fr: "{label} : ouvert aux flexi-jobs pour cette fonction le {day}.");
    let function = sector.function;
    let (outcome, verdict) = match row.scope {
        Scope::Open => (Outcome::Met, open()),
        Scope::Conditional(condition) => {
            findings.conditions.push(Condition { rule: SECTOR_SCOPE.id, text: condition.get(l).to_string() });
            let condition = condition.get(l);
            (Outcome::Warning, say!(l,
                en: "{label}: flexi-jobs are allowed on {day} only if this holds: {condition}",
                nl: "{label}: flexi-jobs mogen op {day} alleen als dit klopt: {condition}",
                fr: "{label} : les flexi-jobs sont permis le {day} seulement si ceci est vrai : {condition}"))
        }
        Scope::Closed => (Outcome::NotMet, closed()),
        Scope::OnlyFunctions(allowed) => match function {
            None => {
                findings.need("sector.function");
                (Outcome::Unknown, say!(l,
                    en: "{label} is open to flexi-jobs only for some functions on {day}: the function decides.",
                    nl: "{label} staat op {day} alleen voor sommige functies open voor flexi-jobs: de functie beslist.",
                    fr: "{label} : ouvert aux flexi-jobs le {day} pour certaines fonctions seulement ; la fonction décide."))
            }
            Some(f) if allowed.contains(&f) => (Outcome::Met, for_function()),
            Some(_) => (Outcome::NotMet, say!(l,
                en: "{label} is open to flexi-jobs only for other functions on {day}.",
                nl: "{label} staat op {day} alleen voor andere functies open voor flexi-jobs.",
                fr: "{label} : ouvert aux flexi-jobs le {day} pour d'autres fonctions seulement.")),
        },
        Scope::ExceptFunctions(excluded) => match function {
            Some(f) if excluded.contains(&f) => (Outcome::NotMet, say!(l,
                en: "{label} is not open to flexi-jobs for this function on {day}.",
                nl: "{label} staat op {day} niet open voor flexi-jobs voor deze functie.",
                fr: "{label} : pas ouvert aux flexi-jobs pour cette fonction le {day}.")),
            Some(_) => (Outcome::Met, for_function()),
            None => (Outcome::Met, say!(l,
                en: "{label} is open to flexi-jobs on {day} (function not given: assumed not an excluded one).",
                nl: "{label} staat op {day} open voor flexi-jobs (functie niet gegeven: aangenomen dat ze niet uitgesloten is).",
                fr: "{label} : ouvert aux flexi-jobs le {day} (fonction non indiquée : supposée non exclue).")),
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
                en: "The employer must keep flexi work within 20 % of its total yearly work volume; this tool cannot check that.",
                nl: "De werkgever moet flexi-arbeid binnen 20 % van zijn totale jaarlijkse arbeidsvolume houden; deze tool kan dat niet nagaan.",
                fr: "L'employeur doit limiter le travail flexi à 20 % de son volume de travail annuel total ; cet outil ne peut pas le vérifier."),
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
                en: "Artistic, artistic-technical and artistic-support functions are excluded from flexi-jobs in every sector since 1 January 2024.",
                nl: "Artistieke, artistiek-technische en artistiek-ondersteunende functies zijn sinds 1 januari 2024 in elke sector uitgesloten van flexi-jobs.",
                fr: "Les fonctions artistiques, technico-artistiques et de soutien artistique sont exclues des flexi-jobs dans tous les secteurs depuis le 1er janvier 2024."),
        ),
        Some(Function::CareProfession) => findings.add(
            &EXCLUDED_FUNCTIONS,
            Outcome::NotMet,
            say!(l,
                en: "Functions with tasks of the health-care professions are excluded from flexi-jobs in every sector since 1 January 2024. The reported 2026 opening mentions 'protected professions' but does not clearly allow them.",
                nl: "Functies met taken van de gezondheidszorgberoepen zijn sinds 1 januari 2024 in elke sector uitgesloten van flexi-jobs. De gemelde openstelling van 2026 vermeldt 'beschermde beroepen' maar laat ze niet duidelijk toe.",
                fr: "Les fonctions comportant des tâches des professions des soins de santé sont exclues des flexi-jobs dans tous les secteurs depuis le 1er janvier 2024. L'ouverture annoncée pour 2026 mentionne des « professions protégées » sans clairement les autoriser."),
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
                en: " Before 2018 pensioners had no route of their own: the 4/5 condition applied to them too.",
                nl: " Vóór 2018 hadden gepensioneerden geen eigen route: de voorwaarde van 4/5 gold ook voor hen.",
                fr: " Avant 2018, les pensionnés n'avaient pas de voie propre : la condition des 4/5 s'appliquait aussi à eux.");
        } else if since <= t2.last_day() {
            findings.add(
                &PENSIONER_T2,
                Outcome::Met,
                say!(l,
                    en: "Pensioner since {pension_day}, so a pensioner at the end of T-2 ({t2_w}, {t2_end}): no work in T-3 is needed.",
                    nl: "Gepensioneerd sinds {pension_day}, dus gepensioneerd op het einde van T-2 ({t2_w}, {t2_end}): geen werk in T-3 nodig.",
                    fr: "Pensionné depuis le {pension_day}, donc pensionné à la fin de T-2 ({t2_w}, {t2_end}) : pas besoin de travail en T-3."),
            );
            return;
        } else if PENSIONER_IN_QUARTER.validity.contains(date) && since <= quarter.last_day() {
            findings.add(
                &PENSIONER_IN_QUARTER,
                Outcome::Met,
                say!(l,
                    en: "The pension starts on {pension_day}, in the quarter of the work ({quarter_w}). Under the rule reported from 1 July 2026 that suffices; under the earlier rule the pension had to start by the end of T-2. Two professional sources report the change; no official text was found.",
                    nl: "Het pensioen gaat in op {pension_day}, in het kwartaal van het werk ({quarter_w}). Volgens de regel die vanaf 1 juli 2026 gemeld wordt, volstaat dat; volgens de vroegere regel moest het pensioen ingaan tegen het einde van T-2. Twee professionele bronnen melden de wijziging; een officiële tekst werd niet gevonden.",
                    fr: "La pension débute le {pension_day}, dans le trimestre du travail ({quarter_w}). Selon la règle annoncée à partir du 1er juillet 2026, cela suffit ; selon la règle antérieure, la pension devait débuter au plus tard à la fin de T-2. Deux sources professionnelles rapportent ce changement ; aucun texte officiel n'a été trouvé."),
            );
            return;
        } else {
            // Not a blocker by itself: the 4/5 route below may still qualify.
            pension_note = say!(l,
                en: " The pension starts on {pension_day}, after the end of T-2 ({t2_w}, {t2_end}), so the pensioner route does not apply yet for {quarter_w}.",
                nl: " Het pensioen gaat in op {pension_day}, na het einde van T-2 ({t2_w}, {t2_end}), dus de route voor gepensioneerden geldt nog niet voor {quarter_w}.",
                fr: " La pension débute le {pension_day}, après la fin de T-2 ({t2_w}, {t2_end}) : la voie des pensionnés ne s'applique pas encore pour {quarter_w}.");
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
                en: "Not given: how much the worker worked for other employers in {reference_w} ({from} to {to}).{pension_note}",
                nl: "Niet gegeven: hoeveel de werknemer in {reference_w} ({from} tot {to}) voor andere werkgevers werkte.{pension_note}",
                fr: "Non indiqué : combien le travailleur a travaillé pour d'autres employeurs pendant {reference_w} (du {from} au {to}).{pension_note}"),
        );
        return;
    };
    let worked = l.percent(share);
    if share < FOUR_FIFTHS {
        findings.add(
            &EMPLOYMENT_T3,
            Outcome::NotMet,
            say!(l,
                en: "{worked} of a full-time job with other employers in {reference_w} ({from} to {to}) is less than the 4/5 (80 %) required.{pension_note}",
                nl: "{worked} van een voltijdse betrekking bij andere werkgevers in {reference_w} ({from} tot {to}) is minder dan de vereiste 4/5 (80 %).{pension_note}",
                fr: "{worked} d'un temps plein chez d'autres employeurs pendant {reference_w} (du {from} au {to}), c'est moins que les 4/5 (80 %) requis.{pension_note}"),
        );
        if facts.pensioner_since.is_some() && PENSIONER_T2.validity.contains(date) {
            findings.add(
                &PENSIONER_T2,
                Outcome::NotMet,
                say!(l, en: "Neither route applies:{pension_note}", nl: "Geen van beide routes geldt:{pension_note}", fr: "Aucune des deux voies ne s'applique :{pension_note}"),
            );
        }
        return;
    }
    findings.add(
        &EMPLOYMENT_T3,
        Outcome::Met,
        say!(l,
            en: "{worked} of a full-time job with other employers in {reference_w} ({from} to {to}): at least 4/5 (80 %).{pension_note}",
            nl: "{worked} van een voltijdse betrekking bij andere werkgevers in {reference_w} ({from} tot {to}): minstens 4/5 (80 %).{pension_note}",
            fr: "{worked} d'un temps plein chez d'autres employeurs pendant {reference_w} (du {from} au {to}) : au moins 4/5 (80 %).{pension_note}"),
    );
    work_reduction(facts, findings);
    // R3: foreign work in T-3 needs the written approval of Overseas Social Security.
    if facts.foreign_employment_t3 == Some(true) {
        findings.conditions.push(Condition {
            rule: FOREIGN_EMPLOYMENT.id,
            text: say!(l,
                en: "Overseas Social Security (overseas@rsz.fgov.be) approves in writing the work abroad in {reference_w} for {quarter_w}.",
                nl: "Overseas Social Security (overseas@rsz.fgov.be) keurt het werk in het buitenland in {reference_w} schriftelijk goed voor {quarter_w}.",
                fr: "Overseas Social Security (overseas@rsz.fgov.be) approuve par écrit le travail à l'étranger pendant {reference_w} pour {quarter_w}."),
        });
        findings.add(
            &FOREIGN_EMPLOYMENT,
            Outcome::Warning,
            say!(l,
                en: "Part of the work in {reference_w} was abroad, so the Dimona FLX will show a warning. Eligible once Overseas Social Security (overseas@rsz.fgov.be) gives its written approval for {quarter_w}; it is valid for that quarter only, so ask again for each quarter.",
                nl: "Een deel van het werk in {reference_w} was in het buitenland, dus de Dimona FLX zal een waarschuwing tonen. Toegelaten zodra Overseas Social Security (overseas@rsz.fgov.be) zijn schriftelijke goedkeuring voor {quarter_w} geeft; die geldt alleen voor dat kwartaal, dus vraag ze voor elk kwartaal opnieuw.",
                fr: "Une partie du travail pendant {reference_w} a eu lieu à l'étranger : la Dimona FLX affichera un avertissement. Admis dès qu'Overseas Social Security (overseas@rsz.fgov.be) donne son accord écrit pour {quarter_w} ; il ne vaut que pour ce trimestre, redemandez-le donc pour chaque trimestre."),
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
            en: "Full time in {full_w} and {share} in {part_w}: no flexi-job in {blocked_w} nor in {next_w}.",
            nl: "Voltijds in {full_w} en {share} in {part_w}: geen flexi-job in {blocked_w} en evenmin in {next_w}.",
            fr: "Temps plein pendant {full_w} et {share} pendant {part_w} : pas de flexi-job pendant {blocked_w} ni pendant {next_w}.")
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
                en: "Work in {t4_quarter_w} not given: assumed no drop from full time to 4/5. If the worker was full time then, no flexi-job in {q_w} nor {next_w}.",
                nl: "Werk in {t4_quarter_w} niet gegeven: aangenomen dat er geen daling van voltijds naar 4/5 was. Werkte de werknemer toen voltijds, dan geen flexi-job in {q_w} en evenmin in {next_w}.",
                fr: "Travail pendant {t4_quarter_w} non indiqué : supposé sans passage d'un temps plein à 4/5. Si le travailleur était alors à temps plein, pas de flexi-job pendant {q_w} ni pendant {next_w}."),
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
                en: "No drop from full time to 4/5 in the quarters RSZ compares.",
                nl: "Geen daling van voltijds naar 4/5 in de kwartalen die de RSZ vergelijkt.",
                fr: "Pas de passage d'un temps plein à 4/5 dans les trimestres que l'ONSS compare."),
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
            en: "Not answered: assumed no other contract with the flexi employer this quarter.",
            nl: "Niet beantwoord: aangenomen dat er dit kwartaal geen andere overeenkomst met de flexi-werkgever is.",
            fr: "Sans réponse : supposé sans autre contrat avec l'employeur flexi ce trimestre."),
        (Some(OtherContract::None), _) => say!(l,
            en: "No other contract with the flexi employer in {quarter_w}.",
            nl: "Geen andere overeenkomst met de flexi-werkgever in {quarter_w}.",
            fr: "Pas d'autre contrat avec l'employeur flexi pendant {quarter_w}."),
        (Some(_), true) if rule.id == SAME_EMPLOYER_ANY.id => say!(l,
            en: "Another contract with the flexi employer in {quarter_w}: since 2024 any other contract with the same employer in the same quarter rules out a flexi-job there (flexi first, then an ordinary contract, is accepted).",
            nl: "Een andere overeenkomst met de flexi-werkgever in {quarter_w}: sinds 2024 sluit elke andere overeenkomst met dezelfde werkgever in hetzelfde kwartaal daar een flexi-job uit (eerst flexi, dan een gewone overeenkomst, wordt aanvaard).",
            fr: "Un autre contrat avec l'employeur flexi pendant {quarter_w} : depuis 2024, tout autre contrat avec le même employeur dans le même trimestre y exclut un flexi-job (d'abord flexi, puis un contrat ordinaire, est accepté)."),
        (Some(_), true) => say!(l,
            en: "A contract of at least 4/5 with the flexi employer in {quarter_w} rules out a flexi-job with that employer.",
            nl: "Een overeenkomst van minstens 4/5 met de flexi-werkgever in {quarter_w} sluit een flexi-job bij die werkgever uit.",
            fr: "Un contrat d'au moins 4/5 avec l'employeur flexi pendant {quarter_w} exclut un flexi-job chez cet employeur."),
        (Some(_), false) => say!(l,
            en: "The other contract with the flexi employer in {quarter_w} is below 4/5: allowed before 2024.",
            nl: "De andere overeenkomst met de flexi-werkgever in {quarter_w} is minder dan 4/5: toegelaten vóór 2024.",
            fr: "L'autre contrat avec l'employeur flexi pendant {quarter_w} est inférieur à 4/5 : permis avant 2024."),
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
                en: "The notice or severance period with the flexi employer ended on {day}, in {quarter_w}. During a notice the contract still runs, and since 2024 any other contract with the same employer in the same quarter rules out a flexi-job there: flexi work there is possible from the next quarter. If it was a severance period and the contract ended in an earlier quarter, answer that there was no other contract this quarter.",
                nl: "De opzeggingstermijn of verbrekingsperiode bij de flexi-werkgever eindigde op {day}, in {quarter_w}. Tijdens een opzeggingstermijn loopt de overeenkomst nog, en sinds 2024 sluit elke andere overeenkomst met dezelfde werkgever in hetzelfde kwartaal daar een flexi-job uit: flexi-werk daar kan vanaf het volgende kwartaal. Ging het om een verbrekingsperiode en eindigde de overeenkomst in een vorig kwartaal, antwoord dan dat er dit kwartaal geen andere overeenkomst was.",
                fr: "Le préavis ou la période couverte par l'indemnité chez l'employeur flexi a pris fin le {day}, pendant {quarter_w}. Pendant un préavis, le contrat court encore, et depuis 2024 tout autre contrat avec le même employeur dans le même trimestre y exclut un flexi-job : le travail flexi y est possible à partir du trimestre suivant. S'il s'agissait d'une période d'indemnité et que le contrat a pris fin un trimestre plus tôt, répondez qu'il n'y avait pas d'autre contrat ce trimestre."),
                rule.validity, rule.source, Confidence::Medium);
        } else {
            findings.need("flexi_employer.other_contract_this_quarter");
            findings.add(rule, Outcome::Unknown, say!(l,
                en: "The notice or severance period with the flexi employer ended on {day}, in {quarter_w}: before 2024 the contract with that employer ruled out a flexi-job there in this quarter only if it was at least 4/5 of full time. Say how large it was.",
                nl: "De opzeggingstermijn of verbrekingsperiode bij de flexi-werkgever eindigde op {day}, in {quarter_w}: vóór 2024 sloot de overeenkomst met die werkgever daar in dit kwartaal alleen een flexi-job uit als ze minstens 4/5 van voltijds was. Zeg hoe groot ze was.",
                fr: "Le préavis ou la période couverte par l'indemnité chez l'employeur flexi a pris fin le {day}, pendant {quarter_w} : avant 2024, le contrat avec cet employeur n'y excluait un flexi-job ce trimestre que s'il atteignait au moins 4/5 d'un temps plein. Indiquez son volume."));
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
                    en: "The notice or severance period with the flexi employer ended on {day}, before the day of the work: it no longer rules out a flexi-job.",
                    nl: "De opzeggingstermijn of verbrekingsperiode bij de flexi-werkgever eindigde op {day}, vóór de dag van het werk: ze sluit een flexi-job niet meer uit.",
                    fr: "Le préavis ou la période couverte par l'indemnité chez l'employeur flexi a pris fin le {day}, avant le jour du travail : il n'exclut plus un flexi-job."),
            );
        }
        (Some(true), None) => {
            let until = facts
                .notice_until
                .map(|d| {
                    let day = l.date(d);
                    say!(l, en: " (until {day})", nl: " (tot {day})", fr: " (jusqu'au {day})")
                })
                .unwrap_or_default();
            findings.add(
                &NOTICE_OR_SEVERANCE,
                Outcome::NotMet,
                say!(l,
                    en: "A notice period or severance period with the flexi employer{until} rules out a flexi-job with that employer.",
                    nl: "Een opzeggingstermijn of een periode gedekt door een verbrekingsvergoeding bij de flexi-werkgever{until} sluit een flexi-job bij die werkgever uit.",
                    fr: "Un préavis ou une période couverte par une indemnité de rupture chez l'employeur flexi{until} exclut un flexi-job chez cet employeur."),
            );
        }
        (Some(false), _) => findings.add(
            &NOTICE_OR_SEVERANCE,
            Outcome::Met,
            say!(l,
                en: "No notice or severance period with the flexi employer.",
                nl: "Geen opzeggingstermijn of verbrekingsvergoeding bij de flexi-werkgever.",
                fr: "Pas de préavis ni d'indemnité de rupture chez l'employeur flexi."),
        ),
        (None, _) => findings.add(
            &NOTICE_OR_SEVERANCE,
            Outcome::Met,
            say!(l,
                en: "Not answered: assumed no notice or severance period with the flexi employer.",
                nl: "Niet beantwoord: aangenomen dat er geen opzeggingstermijn of verbrekingsvergoeding bij de flexi-werkgever is.",
                fr: "Sans réponse : supposé sans préavis ni indemnité de rupture chez l'employeur flexi."),
        ),
    }

    // R8.
    if facts.agency_user_is_own_employer == Some(true) {
        if AGENCY_USER.validity.contains(date) {
            findings.add(
                &AGENCY_USER,
                Outcome::NotMet,
                say!(l,
                    en: "The agency's user is also the worker's direct employer this quarter: no flexi-job through an agency with that user since 7 May 2022.",
                    nl: "De gebruiker van het uitzendkantoor is dit kwartaal ook de rechtstreekse werkgever van de werknemer: sinds 7 mei 2022 geen flexi-job via een uitzendkantoor bij die gebruiker.",
                    fr: "L'utilisateur de l'agence est aussi l'employeur direct du travailleur ce trimestre : depuis le 7 mai 2022, pas de flexi-job via une agence chez cet utilisateur."),
            );
        } else {
            findings.add_with(
                &AGENCY_USER,
                Outcome::Met,
                say!(l,
                    en: "Before 7 May 2022 an agency could place a flexi-jobber with a user who was also the direct employer.",
                    nl: "Vóór 7 mei 2022 mocht een uitzendkantoor een flexi-jobber ter beschikking stellen van een gebruiker die ook de rechtstreekse werkgever was.",
                    fr: "Avant le 7 mai 2022, une agence pouvait mettre un flexi-jobiste à disposition d'un utilisateur qui était aussi l'employeur direct."),
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
                        en: "A contract of at least 4/5 with a company linked to the flexi employer rules out a flexi-job there.",
                        nl: "Een overeenkomst van minstens 4/5 bij een onderneming die verbonden is met de flexi-werkgever sluit daar een flexi-job uit.",
                        fr: "Un contrat d'au moins 4/5 dans une entreprise liée à l'employeur flexi y exclut un flexi-job."),
                );
            }
            Some(LinkedContract::FullTime) if relaxed => findings.add(
                &LINKED_COMPANY_2026,
                Outcome::Met,
                say!(l,
                    en: "Full time at a linked company: the ban is reported lifted for full-timers from 1 July 2026 (announced in December 2025; the date comes from one source).",
                    nl: "Voltijds bij een verbonden onderneming: het verbod zou vanaf 1 juli 2026 vervallen voor voltijdse werknemers (aangekondigd in december 2025; de datum komt uit één bron).",
                    fr: "Temps plein dans une entreprise liée : l'interdiction serait levée pour les temps plein à partir du 1er juillet 2026 (annoncé en décembre 2025 ; la date vient d'une seule source)."),
            ),
            Some(LinkedContract::FullTime) => findings.add(
                &LINKED_COMPANY,
                Outcome::NotMet,
                say!(l,
                    en: "A full-time contract with a company linked to the flexi employer rules out a flexi-job there (a relaxation for full-timers is reported only from 1 July 2026).",
                    nl: "Een voltijdse overeenkomst bij een onderneming die verbonden is met de flexi-werkgever sluit daar een flexi-job uit (een versoepeling voor voltijdsen wordt pas vanaf 1 juli 2026 gemeld).",
                    fr: "Un contrat à temps plein dans une entreprise liée à l'employeur flexi y exclut un flexi-job (un assouplissement pour les temps plein n'est annoncé qu'à partir du 1er juillet 2026)."),
            ),
            Some(LinkedContract::None) => findings.add(
                &LINKED_COMPANY,
                Outcome::Met,
                say!(l,
                    en: "No contract of 4/5 or more with a company linked to the flexi employer.",
                    nl: "Geen overeenkomst van 4/5 of meer bij een onderneming die verbonden is met de flexi-werkgever.",
                    fr: "Pas de contrat de 4/5 ou plus dans une entreprise liée à l'employeur flexi."),
            ),
            None => findings.add(
                &LINKED_COMPANY,
                Outcome::Met,
                say!(l,
                    en: "Not answered: assumed no contract of 4/5 or more with a company linked to the flexi employer.",
                    nl: "Niet beantwoord: aangenomen dat er geen overeenkomst van 4/5 of meer is bij een onderneming die verbonden is met de flexi-werkgever.",
                    fr: "Sans réponse : supposé sans contrat de 4/5 ou plus dans une entreprise liée à l'employeur flexi."),
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
                en: "Pensioners have no tax-free ceiling: their flexi pay is tax-free without limit.",
                nl: "Gepensioneerden hebben geen belastingvrij plafond: hun flexiloon is onbeperkt belastingvrij.",
                fr: "Les pensionnés n'ont pas de plafond : leur salaire flexi est exonéré sans limite."),
        );
        return None;
    }
    let Some(Dated { value: Some(euros), source, confidence, validity }) = in_force(CEILINGS, date).copied() else {
        findings.add(
            &TAX_CEILING,
            Outcome::Warning,
            say!(l,
                en: "The ceiling for income year {year} is indexed yearly and not known to this tool yet; the worker's flexi counter on mycareer.be shows the flexi pay so far.",
                nl: "Het plafond voor inkomstenjaar {year} wordt jaarlijks geïndexeerd en is deze tool nog niet bekend; de flexi-teller van de werknemer op mycareer.be toont het flexiloon tot nu toe.",
                fr: "Le plafond de l'année de revenus {year} est indexé chaque année et n'est pas encore connu de cet outil ; le compteur flexi du travailleur sur mycareer.be indique le salaire flexi perçu jusqu'ici."),
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
                en: "Flexi pay so far in {year} ({earned}) is above the {ceiling} tax-free ceiling: the part above it is taxable.",
                nl: "Het flexiloon tot nu toe in {year} ({earned}) ligt boven het belastingvrije plafond van {ceiling}: het deel daarboven is belastbaar.",
                fr: "Le salaire flexi perçu jusqu'ici en {year} ({earned}) dépasse le plafond exonéré de {ceiling} : la partie au-delà est imposable.")
        }
        Some(income) => {
            let (left, earned) = (l.euro(amount - income), l.euro(income));
            say!(l,
                en: "{left} of the {ceiling} tax-free ceiling for {year} is left after {earned} of flexi pay so far.",
                nl: "Van het belastingvrije plafond van {ceiling} voor {year} blijft {left} over na {earned} flexiloon tot nu toe.",
                fr: "Il reste {left} du plafond exonéré de {ceiling} pour {year}, après {earned} de salaire flexi jusqu'ici.")
        }
        None => say!(l,
            en: "Flexi pay is tax-free up to {ceiling} in {year}, all employers together; the worker's flexi counter on mycareer.be shows what is used.",
            nl: "Flexiloon is belastingvrij tot {ceiling} in {year}, alle werkgevers samen; de flexi-teller van de werknemer op mycareer.be toont wat al gebruikt is.",
            fr: "Le salaire flexi est exonéré jusqu'à {ceiling} en {year}, tous employeurs confondus ; le compteur flexi du travailleur sur mycareer.be indique ce qui est déjà utilisé."),
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
                    en: " (earlier announced figures, not the amount in force: {figures})",
                    nl: " (eerder aangekondigde bedragen, niet het geldende: {figures})",
                    fr: " (montants annoncés plus tôt, pas celui en vigueur : {figures})"),
            };
            let explanation = say!(l,
                en: "If the pension was taken before the legal pension age with fewer than 45 career years, flexi pay above {amount} in {year}{others} can reduce the pension. It does not apply once the legal pension age is reached, after a 45-year career, to a survivor's pension or a transition allowance only, to the spouse of a pensioner at the household rate, or to a pension granted automatically (for instance for physical unfitness). The pension service can say whether it applies.",
                nl: "Wie vóór de wettelijke pensioenleeftijd en met minder dan 45 loopbaanjaren met pensioen ging, kan een lager pensioen krijgen bij meer dan {amount} flexiloon in {year}{others}. De grens geldt niet meer vanaf de wettelijke pensioenleeftijd, na een loopbaan van 45 jaar, voor wie alleen een overlevingspensioen of overgangsuitkering heeft, voor de echtgenoot van een gepensioneerde met een gezinspensioen, of bij een ambtshalve toegekend pensioen (bijvoorbeeld wegens lichamelijke ongeschiktheid). De pensioendienst kan zeggen of ze geldt.",
                fr: "Si la pension a été prise avant l'âge légal avec moins de 45 années de carrière, un salaire flexi de plus de {amount} en {year}{others} peut réduire la pension. La limite ne s'applique plus une fois l'âge légal atteint, après une carrière de 45 ans, à qui n'a qu'une pension de survie ou une allocation de transition, au conjoint d'un pensionné au taux ménage, ni à une pension accordée d'office (par exemple pour inaptitude physique). Le service des pensions peut dire si elle s'applique.");
            (explanation, limit.validity, limit.source, limit.confidence)
        }
        None => {
            let explanation = say!(l,
                en: "If the pension was taken before the legal pension age with fewer than 45 career years, flexi pay above a yearly limit can reduce the pension; the limit for {year} is not known to this tool.",
                nl: "Wie vóór de wettelijke pensioenleeftijd en met minder dan 45 loopbaanjaren met pensioen ging, kan een lager pensioen krijgen boven een jaarlijkse grens voor flexiloon; de grens voor {year} is deze tool niet bekend.",
                fr: "Si la pension a été prise avant l'âge légal avec moins de 45 années de carrière, un salaire flexi au-delà d'une limite annuelle peut réduire la pension ; la limite pour {year} n'est pas connue de cet outil.");
            (explanation, EARLY_PENSION_LIMIT.validity, EARLY_PENSION_LIMIT.source, Confidence::Low)
        }
    };
    findings.add_with(&EARLY_PENSION_LIMIT, Outcome::Warning, explanation, validity, source, confidence);
}

// "When can I start?" once per set of facts it reads: a team of thousands asks it for the same few
// situations, and each search tries up to 25 days. Natively only (the command line's batches): the
// key is the facts written out with `Debug`, whose float and date printing would cost the browser
// bundle about 15 KB gzip, and the browser writes out a hundred rows at a time.
#[cfg(not(target_arch = "wasm32"))]
std::thread_local! {
    static EARLIEST: std::cell::RefCell<std::collections::HashMap<String, Option<(Quarter, String)>>> = Default::default();
}

/// `earliest_eligible`, remembered. The search reads neither the flexi pay so far nor the pay (they
/// only add the ceiling and the comparison, after the verdict), so they are left out of the key.
#[cfg(not(target_arch = "wasm32"))]
fn earliest_eligible_remembered(facts: &Facts) -> Option<(Quarter, String)> {
    let key = format!("{:?}", Facts { flexi_income_this_year: None, pay: None, ..facts.clone() });
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
    let mut assumptions = vec![Tr { en: "the answers stay true", nl: "de antwoorden blijven kloppen", fr: "les réponses restent valables" }];
    if facts.employment_t3.is_some() {
        assumptions.push(Tr {
            en: "the work with other employers stays as in T-3",
            nl: "het werk bij andere werkgevers blijft zoals in T-3",
            fr: "le travail chez d'autres employeurs reste comme en T-3",
        });
    }
    if matches!(facts.other_contract, Some(OtherContract::BelowFourFifths | OtherContract::FourFifthsOrMore)) {
        assumptions.push(Tr {
            en: "the other contract with the flexi employer has ended",
            nl: "de andere overeenkomst met de flexi-werkgever is afgelopen",
            fr: "l'autre contrat avec l'employeur flexi a pris fin",
        });
    }
    if facts.agency_user_is_own_employer == Some(true) {
        assumptions.push(Tr {
            en: "the direct contract with the agency's user has ended",
            nl: "de rechtstreekse overeenkomst met de gebruiker van het uitzendkantoor is afgelopen",
            fr: "le contrat direct avec l'utilisateur de l'agence a pris fin",
        });
    }
    // Later in the same quarter: a sector or the system itself can open mid-quarter, while
    // everything that holds for the whole quarter (contracts, notice) still holds.
    if facts.work_date < now.last_day() {
        let mut rest_of_quarter = facts.clone();
        rest_of_quarter.work_date = now.last_day();
        if matches!(evaluate_as(&rest_of_quarter, true).verdict(), Verdict::Eligible | Verdict::Conditional) {
            let note = say!(l,
                en: "Later in this quarter: a rule opens before the quarter ends.",
                nl: "Later in dit kwartaal: een regel gaat open vóór het einde van het kwartaal.",
                fr: "Plus tard dans ce trimestre : une règle s'ouvre avant la fin du trimestre.");
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
                let mut note = say!(l, en: "Assuming {list}.", nl: "Aannames: {list}.", fr: "Hypothèses : {list}.");
                if weakest == Confidence::Low {
                    note.push_str(&say!(l,
                        en: " Part of the rules for that quarter rests on a single or unconfirmed source.",
                        nl: " Een deel van de regels voor dat kwartaal steunt op één enkele of een onbevestigde bron.",
                        fr: " Une partie des règles de ce trimestre repose sur une source unique ou non confirmée."));
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
        (None, None) => Tr { en: "this function", nl: "deze functie", fr: "cette fonction" }.get(l).into(),
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
