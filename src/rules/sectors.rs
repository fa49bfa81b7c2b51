//! Which employers may use flexi-jobs, by period (flexi-rules.md §(c) "Sector scope by period",
//! rule R14). The employer's joint committee (PC/CP), its RSZ main NACE code and, for a few
//! opt-ins, its Community decide. For a temporary-work agency (PC 322) the *user's* sector decides.
//!
//! The table is read top to bottom: the first row that matches the sector and the date decides, so
//! specific rows (a sub-committee, an opt-out) come before general ones.

use super::dated::{ymd, Confidence, Validity};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A function (job) whose kind changes the answer in some sectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Function {
    /// Any function not listed below.
    #[default]
    General,
    /// Artistic, artistic-technical or artistic-support function (Law of 16 Dec 2022).
    Artistic,
    /// A function including tasks of the health-care professions (coordinated law of 10 May 2015).
    CareProfession,
    /// PC 320: one of the "occasional worker" functions (couriers, transport, laying-out, mourning
    /// chapel, reception, coffee table, bearers/drivers, mourning cards, small cemetery tasks).
    FuneralOccasional,
    /// PC 323: domestic worker.
    DomesticWorker,
    /// Lifeguard holding a lifeguard diploma, at a public pool, pond or beach.
    Lifeguard,
    /// PC 143: shore personnel or warehouse staff of sea fishing.
    SeaFishingShore,
}

/// The Community of a public or subsidised employer (education, childcare, sport and culture opt-ins).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Community {
    Flemish,
    French,
    GermanSpeaking,
}

/// The sector facts a row looks at, already normalised.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SectorFacts {
    /// "302", "118.03" …
    pub joint_committee: Option<String>,
    /// Five digits, no dots: "90011", "85531" …
    pub nace: Option<String>,
    pub function: Option<Function>,
    pub community: Option<Community>,
}

/// How a row recognises a sector.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Matcher {
    /// Exactly this joint committee or sub-committee ("302", "118.03").
    Committee(&'static str),
    /// This joint committee and all its sub-committees ("119" matches "119" and "119.01").
    CommitteeFamily(&'static str),
    /// A joint committee and, within it, an RSZ main NACE code (prefix match).
    CommitteeAndNace(&'static str, &'static [&'static str]),
    /// An RSZ main NACE code (prefix match: "8891" matches "88910"), whatever the committee.
    Nace(&'static [&'static str]),
    /// A NACE code of a public or subsidised employer of this Community.
    NaceAndCommunity(&'static [&'static str], Community),
    /// A function, in any sector.
    Function(Function),
    /// Every employer (the reported 2026 generalisation).
    Everyone,
}

/// What a row says about the sector in its period.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Scope {
    /// Flexi-jobs allowed.
    Open,
    /// Allowed only for these functions.
    OnlyFunctions(&'static [Function]),
    /// Allowed, except for these functions.
    ExceptFunctions(&'static [Function]),
    /// Not allowed (never opened, or opted out).
    Closed,
}

/// One dated row of the sector table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectorRow {
    /// Stable identifier, e.g. "pc302".
    pub id: &'static str,
    pub label: &'static str,
    pub matcher: Matcher,
    pub validity: Validity,
    pub scope: Scope,
    /// What the user should know about this row (English).
    pub note: &'static str,
    pub source: &'static str,
    pub confidence: Confidence,
}

/// The start of the flexi-job system (flexi-rules.md P1).
pub const SYSTEM_START: NaiveDate = ymd(2015, 12, 1);
/// The reported opening to all sectors (flexi-rules.md §(c) last row, open question F1).
pub const GENERALISATION: NaiveDate = ymd(2026, 7, 1);

const S_2015: &str = "Law of 16 Nov 2015 on various social provisions; RSZ DmfA instructions, flexi-jobs [S1]; groupS PC 302 [S49]";
const S_2018: &str = "Programme law of 25 Dec 2017; RSZ DmfA instructions [S1]; Acerta [S36]";
const S_2023: &str = "Programme law of 26 Dec 2022 (BS 30 Dec 2022); FOD WASO [S6]; Partena [S33]";
const S_2024: &str = "Programme law of 22 Dec 2023 (BS 29 Dec 2023); Prato [S48]; Liantis [S46]; SV Gestion";
const S_OPT_2024: &str = "KB 18 Apr 2024 (BS 25 Apr 2024): opt-ins and opt-outs from 1 Apr 2024; Attentia [S45]; Securex [S26]; Acerta [S39]";
const S_2026: &str = "Law generalising flexi-jobs to all sectors, reported in force 1 Jul 2026: AGO Jobs [S59]; announced by MR/Le Vif/SNI [S60]; overuur [S58]; Paycover [S57]";
const FEDERAL_PUBLIC_CARE_NACE: &[&str] =
    &["86101", "86102", "86103", "86104", "86109", "86210", "86901", "86903", "86905", "86906", "86909", "87101", "87109", "87301", "87302"];
/// Codes only groupS lists for public care in 2023 (open question F8: a conflict between sources).
const GROUPS_ONLY_PUBLIC_CARE_NACE: &[&str] = &["86220", "86230", "86907", "87203", "87205", "88102"];
const EVENT_NACE: &[&str] = &[
    "90011", "90012", "90022", "90023", "90029", "90031", "90032", "90041", "90042", "82300", "93199", "77292", "77293", "77392",
    "77399",
];
/// Flemish education codes the sources list (the list is truncated in every source retrieved).
const FLEMISH_EDUCATION_NACE: &[&str] =
    &["85101", "85102", "85103", "85105", "85201", "85202", "85203", "85205", "85311", "85312"];
const FOOD_INDUSTRY_2024: &[&str] = &["118.03", "118.07", "118.08", "118.09", "118.10", "118.11", "118.12", "118.14", "118.21", "118.22"];

const DAY_BEFORE_GENERALISATION: NaiveDate = ymd(2026, 6, 30);
const S_OPT_2024_AND_2026: &str = "KB 18 Apr 2024 (BS 25 Apr 2024); Attentia [S45]; AGO Jobs [S59]; MR/Le Vif/SNI [S60]";
const OPT_OUT_AFTER_2026_NOTE: &str = "This sector opted out before 2026. The reported opening to all sectors from 1 July 2026 keeps sector opt-outs possible, but no source confirms whether this one still applies; only the funeral sector and domestic workers are reported to have confirmed theirs. Shown as still closed until confirmed.";
const OPEN_FROM_2026_NOTE: &str = "From 1 July 2026 flexi-jobs are reported to be open to all sectors, private and public, unless a sector opts out. Only one source states that the law was voted and is in force; official RSZ instructions were not found.";

macro_rules! row {
    ($id:expr, $label:expr, $matcher:expr, $validity:expr, $scope:expr, $note:expr, $source:expr, $confidence:ident) => {
        SectorRow {
            id: $id,
            label: $label,
            matcher: $matcher,
            validity: $validity,
            scope: $scope,
            note: $note,
            source: $source,
            confidence: Confidence::$confidence,
        }
    };
}

use Matcher::*;
use Scope::*;

/// The sector table, most specific rows first.
pub const SECTOR_ROWS: &[SectorRow] = &[
    // Lifeguards may work as flexi-jobbers for any employer (new DmfA worker status).
    row!("lifeguard", "Lifeguards with a lifeguard diploma (public pools, ponds, beaches)", Function(self::Function::Lifeguard),
        Validity::from(ymd(2024, 1, 1)), Open, "Only lifeguards holding a lifeguard diploma, at public pools, ponds or the beach.", S_2024, High),
    // --- Horeca: the basis of the system; cannot opt out.
    row!("pc302", "PC 302 horeca (hotels, restaurants, cafés)", Committee("302"), Validity::from(SYSTEM_START), Open,
        "Horeca is the basis of the flexi-job system and cannot opt out.", S_2015, High),
    // --- 2018: retail, food and hairdressing.
    row!("psc118.14-chocolate", "PSC 118.14 artisanal chocolate shops (NACE 47242)", CommitteeAndNace("118.14", &["47242"]),
        Validity::between(ymd(2023, 4, 23), ymd(2023, 12, 31)), Open,
        "Retail of artisanal chocolate in specialised shops, from 23 April 2023 (Law of 26/27 March 2023, BS 13 April 2023; the sources disagree on the day of the law).",
        "Law of 26/27 Mar 2023 (BS 13 Apr 2023); Acerta [S37]; Besox [S63]", High),
    row!("psc118.03", "PSC 118.03 bread bakeries", Committee("118.03"), Validity::between(ymd(2018, 1, 1), ymd(2023, 12, 31)), Open,
        "Bread bakeries contributing to the bakery guarantee and social fund (RSZ index 058); industrial bakeries (category 258) were excluded until 2023.",
        S_2018, High),
    row!("pc119", "PC 119 food trade", CommitteeFamily("119"), Validity::from(ymd(2018, 1, 1)), Open, "All sub-committees of the food trade.", S_2018, High),
    row!("pc201", "PC 201 independent retail", Committee("201"), Validity::from(ymd(2018, 1, 1)), Open, "", S_2018, High),
    row!("psc202.01", "PSC 202.01 medium-sized food retailers", Committee("202.01"), Validity::from(ymd(2018, 1, 1)), Open, "", S_2018, High),
    row!("pc202", "PC 202 employees of food retail", Committee("202"), Validity::from(ymd(2018, 1, 1)), Open, "", S_2018, High),
    row!("pc311", "PC 311 large retail", Committee("311"), Validity::from(ymd(2018, 1, 1)), Open, "", S_2018, High),
    row!("pc312", "PC 312 department stores", Committee("312"), Validity::from(ymd(2018, 1, 1)), Open, "", S_2018, High),
    row!("pc314", "PC 314 hairdressing and beauty care", Committee("314"), Validity::from(ymd(2018, 1, 1)), Open,
        "Includes beauty salons, saunas, fitness centres and tanning salons.", S_2018, High),
    // --- 2023: sport, cinemas, entertainment, care.
    row!("pc223", "PC 223 sport", Committee("223"), Validity::from(ymd(2023, 1, 1)), Open, "", S_2023, High),
    row!("psc303.03", "PSC 303.03 cinemas", Committee("303.03"), Validity::from(ymd(2023, 1, 1)), Open, "", S_2023, High),
    row!("pc304", "PC 304 entertainment", Committee("304"), Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::Artistic]),
        "Not for artistic, artistic-technical or artistic-support functions.", S_2023, High),
    row!("pc330", "PC 330 health establishments and services", Committee("330"), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]), "Not for functions with tasks of the health-care professions.", S_2023, High),
    row!("public-care", "Public care institutions (listed NACE codes)", Nace(FEDERAL_PUBLIC_CARE_NACE), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]),
        "Public care institutions with one of the NACE codes listed by FOD WASO; not for health-care-profession functions. The NACEBEL 2025 renumbering changed codes from 1 January 2025.",
        "Programme law of 26 Dec 2022; FOD WASO [S6]; groupS [S49]", High),
    row!("public-care-groups-only", "Public care institutions (codes listed by groupS only)", Nace(GROUPS_ONLY_PUBLIC_CARE_NACE),
        Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::CareProfession]),
        "This NACE code is in groupS's list of public care institutions but not in FOD WASO's: the sources conflict. Ask RSZ before relying on it.",
        "groupS FR [S49] vs FOD WASO [S6] (flexi-rules.md open question 8)", Low),
    // --- 2024: the big extension (opt-out possible) and the opt-ins and opt-outs that followed.
    row!("pc145.04", "PSC 145.04 parks and gardens", Committee("145.04"), Validity::from(ymd(2024, 1, 1)), Open,
        "Construction and maintenance of parks, gardens, sports grounds, green zones and cemeteries stayed in when horticulture opted out.",
        S_OPT_2024, High),
    row!("pc144-out", "PC 144 agriculture", CommitteeFamily("144"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        "Agriculture opted out from 1 April 2024.", S_OPT_2024, High),
    row!("pc144-out-2026", "PC 144 agriculture", CommitteeFamily("144"), Validity::from(GENERALISATION), Closed, OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc144", "PC 144 agriculture", CommitteeFamily("144"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        "Agriculture was in from 1 January to 31 March 2024, then opted out.", S_OPT_2024, High),
    row!("pc145-out", "PC 145 horticulture", CommitteeFamily("145"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        "Horticulture opted out from 1 April 2024 (except parks and gardens, PSC 145.04).", S_OPT_2024, High),
    row!("pc145-out-2026", "PC 145 horticulture", CommitteeFamily("145"), Validity::from(GENERALISATION), Closed, OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc145", "PC 145 horticulture", CommitteeFamily("145"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        "Horticulture was in from 1 January to 31 March 2024, then opted out (except PSC 145.04).", S_OPT_2024, High),
    row!("pc132-out", "PC 132 technical agricultural and horticultural works", Committee("132"),
        Validity::between(ymd(2025, 1, 1), DAY_BEFORE_GENERALISATION), Closed, "Opted out from 1 January 2025 (KB 31 Jan 2025, BS 7 Feb 2025).",
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; Liantis [S46]", High),
    row!("pc132-out-2026", "PC 132 technical agricultural and horticultural works", Committee("132"), Validity::from(GENERALISATION), Closed,
        OPT_OUT_AFTER_2026_NOTE, "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; AGO Jobs [S59]; MR/Le Vif/SNI [S60]", Low),
    row!("pc132", "PC 132 technical agricultural and horticultural works", Committee("132"), Validity::between(ymd(2024, 1, 1), ymd(2024, 12, 31)),
        Open, "In from 1 January 2024 to 31 December 2024, then opted out.", "Liantis [S46]; Tamtam [S17]", High),
    row!("food-industry", "PC 118 food industry (listed sub-committees)", Committee("118"), Validity::from(ymd(2024, 1, 1)), Open,
        "Sub-committees 118.03, 118.07–118.12, 118.14, 118.21 and 118.22 (RSZ categories 048, 051, 052, 258, 848).", S_2024, High),
    row!("pc112", "PC 112 garages", Committee("112"), Validity::from(ymd(2024, 1, 1)), Open, "Garage employers (RSZ category 064).", S_2024, High),
    row!("psc140.01", "PSC 140.01 buses and coaches", Committee("140.01"), Validity::from(ymd(2024, 1, 1)), Open, "RSZ category 085.", S_2024, High),
    row!("psc140.05", "PSC 140.05 removals", Committee("140.05"), Validity::from(ymd(2024, 1, 1)), Open, "RSZ category 084.", S_2024, High),
    row!("driving-schools", "PC 200 driving schools (NACE 85.531)", CommitteeAndNace("200", &["85531"]), Validity::from(ymd(2024, 1, 1)), Open,
        "Within PC 200 only employers whose RSZ main NACE code is 85.531 (driving schools).", "Programme law of 22 Dec 2023; Prato [S48]; ONSS [S16]", High),
    row!("pc320-partial", "PC 320 funeral undertakers", Committee("320"), Validity::from(ymd(2024, 7, 1)),
        OnlyFunctions(&[self::Function::FuneralOccasional]),
        "From 1 July 2024 only the occasional-worker functions: couriers, transport, laying-out, mourning chapel, reception, coffee table, bearers and drivers, printing mourning cards, small cemetery and building tasks. The funeral sector confirmed this opt-out for 2026.",
        "KB 20 Jun 2024 (BS 26 Jun 2024); news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc320", "PC 320 funeral undertakers", Committee("320"), Validity::between(ymd(2024, 1, 1), ymd(2024, 6, 30)), Open,
        "All functions from 1 January to 30 June 2024; afterwards only the occasional-worker functions.", S_2024, High),
    row!("pc323", "PC 323 building management, estate agents, domestic workers", Committee("323"), Validity::from(ymd(2024, 4, 1)),
        ExceptFunctions(&[self::Function::DomesticWorker]),
        "Domestic workers and their employers opted out from 1 April 2024 (confirmed again for 2026).", S_OPT_2024, High),
    row!("pc323-2024q1", "PC 323 building management, estate agents, domestic workers", Committee("323"),
        Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open, "", S_2024, High),
    row!("events", "Event sector (listed NACE codes)", Nace(EVENT_NACE), Validity::from(ymd(2024, 1, 1)), Open,
        "Only for functions directly linked to organising events. The NACEBEL 2025 renumbering updated these codes from 1 January 2025.",
        "Programme law of 22 Dec 2023; ONSS [S16]; Acerta [S38]; Amplo (seed 000)", High),
    row!("flemish-childcare-pc331", "PC 331 childcare (NACE 88.91, Flemish)", CommitteeAndNace("331", &["8891"]), Validity::from(ymd(2024, 4, 1)),
        Open,
        "Flemish childcare. From 1 July 2024 flexi work may not exceed 20 % of the employer's yearly work volume (the sources give 1 June or 1 July 2024).",
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]; ONSS [S14]", High),
    row!("flemish-childcare-public", "Public childcare (NACE 88.91, Flemish Community)", NaceAndCommunity(&["8891"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        "Recognised or subsidised childcare in the Dutch language area or of the Flemish Community in Brussels; 20 % volume cap from 1 July 2024.",
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]", High),
    row!("german-childcare", "Childcare (NACE 88.91, German-speaking Community)", NaceAndCommunity(&["8891"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Closed,
        "Childcare of the German-speaking Community was in the draft royal decree of 29 March 2024, but no source retrieved confirms it came into force.",
        "news.belgium.be [S7] (draft) vs Partena [S34] (flexi-rules.md open question 10)", Low),
    row!("flemish-education", "Flemish education (official and subsidised)", NaceAndCommunity(FLEMISH_EDUCATION_NACE, Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        "Normal diploma and appointment rules apply; not in part-time arts education (DKO) or boarding schools.",
        "KB 18 Apr 2024; Flemish circular PERS/2024/01 [S78]; Securex [S26]; VLAIO [S89]", High),
    row!("flemish-education-unlisted", "Flemish education (code not in the retrieved list)", NaceAndCommunity(&["85"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Closed,
        "Flemish education is open for listed NACE codes, but every source retrieved truncates the list: this code could not be confirmed.",
        "Flemish circular PERS/2024/01 [S78]; Securex [S26] (list truncated)", Low),
    row!("flemish-sport-culture", "Flemish public sport and culture", NaceAndCommunity(&["931", "90"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open, "Public employers outside the 1968 collective-agreement law; not for artistic functions.",
        "KB 18 Apr 2024; Securex [S26]; Liantis [S46]", High),
    row!("german-education", "Education of the German-speaking Community", NaceAndCommunity(&["85"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, "Official and subsidised free education.",
        "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]; Securex [S25]", Medium),
    row!("german-sport-culture", "Sport and culture of the German-speaking Community", NaceAndCommunity(&["931", "90"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, "Not for artistic functions.", "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]", Medium),
    row!("pc139", "PC 139 inland navigation", Committee("139"), Validity::from(ymd(2024, 7, 1)), Open, "Opt-in from 1 July 2024.",
        "news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc143", "PC 143 sea fishing (shore and warehouse staff)", Committee("143"), Validity::from(ymd(2025, 1, 1)),
        OnlyFunctions(&[self::Function::SeaFishingShore]), "Opt-in from 1 January 2025 for shore personnel (category 019) and warehouse staff (category 086) only.",
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; SD Worx [S56]", High),
    // --- 2026: reported opening to all sectors.
    row!("all-sectors", "All sectors (reported generalisation)", Everyone, Validity::from(GENERALISATION), Open, OPEN_FROM_2026_NOTE, S_2026, Low),
];

/// The PC 118 sub-committees opened in 2024 (flexi-rules.md §(c)); a row per code would only repeat.
pub fn is_food_industry_2024(committee: &str) -> bool {
    FOOD_INDUSTRY_2024.contains(&committee)
}

/// Whether a row recognises these facts: `Ok(true)`, `Ok(false)`, or `Err(field)` when the row
/// could match but needs one more answer to tell.
pub fn matches(row: &SectorRow, facts: &SectorFacts) -> Result<bool, &'static str> {
    let committee = facts.joint_committee.as_deref();
    let nace_has = |prefixes: &[&str]| facts.nace.as_deref().is_some_and(|n| prefixes.iter().any(|p| n.starts_with(p)));
    Ok(match row.matcher {
        Committee("118") => committee.is_some_and(is_food_industry_2024),
        Committee(code) => committee == Some(code),
        CommitteeFamily(code) => committee.is_some_and(|c| c == code || c.strip_prefix(code).is_some_and(|rest| rest.starts_with('.'))),
        CommitteeAndNace(code, prefixes) => {
            if committee != Some(code) {
                false
            } else if facts.nace.is_none() {
                return Err("sector.nace");
            } else {
                nace_has(prefixes)
            }
        }
        Nace(prefixes) => nace_has(prefixes),
        NaceAndCommunity(prefixes, community) => {
            if !nace_has(prefixes) {
                false
            } else {
                match facts.community {
                    None => return Err("sector.community"),
                    Some(c) => c == community,
                }
            }
        }
        Function(function) => facts.function == Some(function),
        Everyone => true,
    })
}

/// The row that decides for these facts on `date`, or the field still needed to tell.
pub fn deciding_row(facts: &SectorFacts, date: NaiveDate) -> Result<Option<&'static SectorRow>, &'static str> {
    let mut needs = None;
    for row in SECTOR_ROWS.iter().filter(|r| r.validity.contains(date)) {
        match matches(row, facts) {
            Ok(true) => return needs.map_or(Ok(Some(row)), Err),
            Ok(false) => {}
            Err(field) => needs = needs.or(Some(field)),
        }
    }
    if let Some(field) = needs {
        return Err(field);
    }
    // "118" alone: only some of its sub-committees are in scope, so the sub-committee decides.
    if let Some(committee) = facts.joint_committee.as_deref().filter(|c| !c.contains('.')) {
        let family_prefix = format!("{committee}.");
        let sub_committee_decides = SECTOR_ROWS.iter().filter(|r| r.validity.contains(date)).any(|r| match r.matcher {
            Committee("118") => committee == "118",
            Committee(code) | CommitteeAndNace(code, _) => code.starts_with(&family_prefix),
            _ => false,
        });
        if sub_committee_decides {
            return Err("sector.joint_committee");
        }
    }
    Ok(None)
}

/// The first day after `date` on which a row opens this sector, if the table knows one.
pub fn next_opening(facts: &SectorFacts, date: NaiveDate) -> Option<NaiveDate> {
    SECTOR_ROWS
        .iter()
        .filter(|r| r.validity.from > date && r.scope != Closed && matches(r, facts) == Ok(true))
        .map(|r| r.validity.from)
        .min()
}

/// Reads a joint committee as users write it: "302", "PC 302", "CP 118.03", "118.3" is refused.
pub fn normalise_committee(text: &str) -> Result<String, String> {
    let trimmed = text.trim();
    let upper = trimmed.to_ascii_uppercase();
    let bare = ["PC", "CP", "PSC", "SCP", "PK", "JC"].iter().find_map(|p| upper.strip_prefix(p)).unwrap_or(&upper).trim();
    let (main, sub) = match bare.split_once('.') {
        Some((main, sub)) => (main, Some(sub)),
        None => (bare, None),
    };
    let ok = main.len() == 3 && main.bytes().all(|b| b.is_ascii_digit()) && sub.is_none_or(|s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()));
    if ok {
        Ok(bare.to_string())
    } else {
        Err(format!("\"{}\" is not a joint committee number: write three digits, with a two-digit sub-committee if any, for example 302 or 118.03", clip(text)))
    }
}

/// Reads a NACE-BEL code as users write it: "90.011", "90011", "88.91" (a class: a prefix).
pub fn normalise_nace(text: &str) -> Result<String, String> {
    let digits: String = text.trim().chars().filter(|c| *c != '.' && *c != ' ').collect();
    if (2..=5).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit()) {
        Ok(digits)
    } else {
        Err(format!("\"{}\" is not a NACE code: write it with up to five digits, for example 90.011 or 85531", clip(text)))
    }
}

fn clip(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(30).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(committee: &str) -> SectorFacts {
        SectorFacts { joint_committee: Some(committee.into()), ..Default::default() }
    }

    #[test]
    fn committees_are_normalised() {
        assert_eq!(normalise_committee(" PC 302").unwrap(), "302");
        assert_eq!(normalise_committee("cp 118.03").unwrap(), "118.03");
        assert!(normalise_committee("118.3").is_err());
        assert!(normalise_committee("30").is_err());
        assert_eq!(normalise_nace("90.011").unwrap(), "90011");
        assert!(normalise_nace("9x011").is_err());
    }

    #[test]
    fn first_matching_row_decides() {
        let d = ymd(2024, 5, 1);
        assert_eq!(deciding_row(&facts("145.04"), d).unwrap().unwrap().id, "pc145.04");
        assert_eq!(deciding_row(&facts("145.01"), d).unwrap().unwrap().id, "pc145-out");
        assert_eq!(deciding_row(&facts("302"), ymd(2015, 11, 30)).unwrap(), None);
        assert_eq!(deciding_row(&facts("200"), d), Err("sector.nace"));
        assert_eq!(deciding_row(&facts("999"), ymd(2026, 7, 1)).unwrap().unwrap().id, "all-sectors");
    }

    #[test]
    fn every_row_has_a_source_and_a_sane_period() {
        for row in SECTOR_ROWS {
            assert!(!row.source.is_empty(), "{} has no source", row.id);
            assert!(row.validity.until.is_none_or(|u| u >= row.validity.from), "{} ends before it starts", row.id);
            assert!(row.validity.from >= SYSTEM_START, "{} starts before the system", row.id);
        }
    }
}
