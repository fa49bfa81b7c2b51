//! Which employers may use flexi-jobs, by period (flexi-rules.md §(c) "Sector scope by period",
//! rule R14). The employer's joint committee (PC/CP), its RSZ main NACE code and, for a few
//! opt-ins, its Community decide. For a temporary-work agency (PC 322) the *user's* sector decides.
//!
//! The table is read top to bottom: the first row that matches the sector and the date decides, so
//! specific rows (a sub-committee, an opt-out) come before general ones.

use crate::rules::msg;
use super::dated::{ymd, Confidence, Validity};
use super::language::Tr;
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
    /// A public employer (a municipality, a public service): said so, or NACE division 84.
    pub public_employer: bool,
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
    /// A public employer: one that says so, or whose NACE code is in division 84 (public
    /// administration and defence; compulsory social security).
    PublicEmployer,
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
    /// Allowed only if someone outside these rules decides so, or has not decided otherwise: the
    /// condition names who decides and where to check.
    Conditional(Tr),
}

/// One dated row of the sector table.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectorRow {
    /// Stable identifier, e.g. "pc302".
    pub id: &'static str,
    pub label: Tr,
    pub matcher: Matcher,
    pub validity: Validity,
    pub scope: Scope,
    /// What the user should know about this row (may be empty).
    pub note: Tr,
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
const S_2026: &str = "Law generalising flexi-jobs to all sectors (bill approved 5 Dec 2025: MR, Le Vif, SNI [S60]; RTL [U-RTL]; Paycover [U-PAYCOVER]), in force 1 Jul 2026 per AGO Jobs [S59] and a flexi-pay app's compliance notes; opt-outs reconfirmed [S60]";
pub(crate) const FEDERAL_PUBLIC_CARE_NACE: &[&str] =
    &["86101", "86102", "86103", "86104", "86109", "86210", "86901", "86903", "86905", "86906", "86909", "87101", "87109", "87301", "87302"];
/// Codes only groupS lists for public care in 2023 (open question F8: a conflict between sources).
pub(crate) const GROUPS_ONLY_PUBLIC_CARE_NACE: &[&str] = &["86220", "86230", "86907", "87203", "87205", "88102"];
pub(crate) const EVENT_NACE: &[&str] = &[
    "90011", "90012", "90022", "90023", "90029", "90031", "90032", "90041", "90042", "82300", "93199", "77292", "77293", "77392",
    "77399",
];
/// Flemish education codes the sources list (the list is truncated in every source retrieved).
pub(crate) const FLEMISH_EDUCATION_NACE: &[&str] =
    &["85101", "85102", "85103", "85105", "85201", "85202", "85203", "85205", "85311", "85312"];
const FOOD_INDUSTRY_2024: &[&str] = &["118.03", "118.07", "118.08", "118.09", "118.10", "118.11", "118.12", "118.14", "118.21", "118.22"];

const DAY_BEFORE_GENERALISATION: NaiveDate = ymd(2026, 6, 30);
const S_OPT_2024_AND_2026: &str = "KB 18 Apr 2024 (BS 25 Apr 2024); Attentia [S45]; AGO Jobs [S59]; MR/Le Vif/SNI [S60]";
const OPT_OUT_AFTER_2026_NOTE: Tr = msg::SECTORS_OPT_OUT_AFTER_2026_NOTE;
/// Who decides whether a pre-2026 opt-out still stands, and where to check.
const OPT_OUT_KEPT_CONDITION: Tr = msg::SECTORS_OPT_OUT_KEPT_CONDITION;
const PUBLIC_SECTOR_NOTE: Tr = msg::SECTORS_PUBLIC_SECTOR_NOTE;
/// Who decides in the public sector, and where to check.
const PUBLIC_SECTOR_CONDITION: Tr = msg::SECTORS_PUBLIC_SECTOR_CONDITION;
const OPEN_FROM_2026_NOTE: Tr = msg::SECTORS_OPEN_FROM_2026_NOTE;

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
    row!("lifeguard", msg::SECTORS_LIFEGUARDS_WITH_A_LIFEGUARD_DIPLOMA, Function(self::Function::Lifeguard),
        Validity::from(ymd(2024, 1, 1)), Open, msg::SECTORS_ONLY_LIFEGUARDS_HOLDING_A_LIFEGUARD, S_2024, High),
    // --- Horeca: the basis of the system; cannot opt out.
    row!("pc302", msg::SECTORS_PC_302_HORECA_HOTELS_RESTAURANTS, Committee("302"), Validity::from(SYSTEM_START), Open,
        msg::SECTORS_HORECA_IS_THE_BASIS_OF, S_2015, High),
    // --- 2018: retail, food and hairdressing.
    row!("psc118.14-chocolate", msg::SECTORS_PSC_118_14_ARTISANAL_CHOCOLATE, CommitteeAndNace("118.14", &["47242"]),
        Validity::between(ymd(2023, 4, 23), ymd(2023, 12, 31)), Open,
        msg::SECTORS_RETAIL_OF_ARTISANAL_CHOCOLATE_IN,
        "Law of 26/27 Mar 2023 (BS 13 Apr 2023); Acerta [S37]; Besox [S63]", High),
    row!("psc118.03", msg::SECTORS_PSC_118_03_BREAD_BAKERIES, Committee("118.03"), Validity::between(ymd(2018, 1, 1), ymd(2023, 12, 31)), Open,
        msg::SECTORS_BREAD_BAKERIES_CONTRIBUTING_TO_THE,
        S_2018, High),
    row!("pc119", msg::SECTORS_PC_119_FOOD_TRADE, CommitteeFamily("119"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_ALL_SUB_COMMITTEES_OF_THE, S_2018, High),
    row!("pc201", msg::SECTORS_PC_201_INDEPENDENT_RETAIL, Committee("201"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_TEXT, S_2018, High),
    row!("psc202.01", msg::SECTORS_PSC_202_01_MEDIUM_SIZED, Committee("202.01"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_TEXT, S_2018, High),
    row!("pc202", msg::SECTORS_PC_202_EMPLOYEES_OF_FOOD, Committee("202"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_TEXT, S_2018, High),
    row!("pc311", msg::SECTORS_PC_311_LARGE_RETAIL, Committee("311"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_TEXT, S_2018, High),
    row!("pc312", msg::SECTORS_PC_312_DEPARTMENT_STORES, Committee("312"), Validity::from(ymd(2018, 1, 1)), Open, msg::SECTORS_TEXT, S_2018, High),
    row!("pc314", msg::SECTORS_PC_314_HAIRDRESSING_AND_BEAUTY, Committee("314"), Validity::from(ymd(2018, 1, 1)), Open,
        msg::SECTORS_INCLUDES_BEAUTY_SALONS_SAUNAS_FITNESS, S_2018, High),
    // --- 2023: sport, cinemas, entertainment, care.
    row!("pc223", msg::SECTORS_PC_223_SPORT, Committee("223"), Validity::from(ymd(2023, 1, 1)), Open, msg::SECTORS_TEXT, S_2023, High),
    row!("psc303.03", msg::SECTORS_PSC_303_03_CINEMAS, Committee("303.03"), Validity::from(ymd(2023, 1, 1)), Open, msg::SECTORS_TEXT, S_2023, High),
    row!("pc304", msg::SECTORS_PC_304_ENTERTAINMENT, Committee("304"), Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::Artistic]),
        msg::SECTORS_NOT_FOR_ARTISTIC_ARTISTIC_TECHNICAL, S_2023, High),
    row!("pc330", msg::SECTORS_PC_330_HEALTH_ESTABLISHMENTS_AND, Committee("330"), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]), msg::SECTORS_NOT_FOR_FUNCTIONS_WITH_TASKS, S_2023, High),
    row!("public-care", msg::SECTORS_PUBLIC_CARE_INSTITUTIONS_LISTED_NACE, Nace(FEDERAL_PUBLIC_CARE_NACE), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]),
        msg::SECTORS_PUBLIC_CARE_INSTITUTIONS_WITH_ONE,
        "Programme law of 26 Dec 2022; FOD WASO [S6]; groupS [S49]", High),
    row!("public-care-groups-only", msg::SECTORS_PUBLIC_CARE_INSTITUTIONS_CODES_LISTED, Nace(GROUPS_ONLY_PUBLIC_CARE_NACE),
        Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::CareProfession]),
        msg::SECTORS_THIS_NACE_CODE_IS_IN,
        "groupS [S49] vs FOD WASO [S6]: the sources disagree", Low),
    // --- 2024: the big extension (opt-out possible) and the opt-ins and opt-outs that followed.
    row!("pc145.04", msg::SECTORS_PSC_145_04_PARKS_AND, Committee("145.04"), Validity::from(ymd(2024, 1, 1)), Open,
        msg::SECTORS_CONSTRUCTION_AND_MAINTENANCE_OF_PARKS,
        S_OPT_2024, High),
    row!("pc144-out", msg::SECTORS_PC_144_AGRICULTURE, CommitteeFamily("144"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        msg::SECTORS_AGRICULTURE_OPTED_OUT_FROM_1, S_OPT_2024, High),
    row!("pc144-out-2026", msg::SECTORS_PC_144_AGRICULTURE, CommitteeFamily("144"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION), OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc144", msg::SECTORS_PC_144_AGRICULTURE, CommitteeFamily("144"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        msg::SECTORS_AGRICULTURE_WAS_IN_FROM_1, S_OPT_2024, High),
    row!("pc145-out", msg::SECTORS_PC_145_HORTICULTURE, CommitteeFamily("145"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        msg::SECTORS_HORTICULTURE_OPTED_OUT_FROM_1, S_OPT_2024, High),
    row!("pc145-out-2026", msg::SECTORS_PC_145_HORTICULTURE, CommitteeFamily("145"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION), OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc145", msg::SECTORS_PC_145_HORTICULTURE, CommitteeFamily("145"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        msg::SECTORS_HORTICULTURE_WAS_IN_FROM_1, S_OPT_2024, High),
    row!("pc132-out", msg::SECTORS_PC_132_TECHNICAL_AGRICULTURAL_AND, Committee("132"),
        Validity::between(ymd(2025, 1, 1), DAY_BEFORE_GENERALISATION), Closed, msg::SECTORS_OPTED_OUT_FROM_1_JANUARY,
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; Liantis [S46]", High),
    row!("pc132-out-2026", msg::SECTORS_PC_132_TECHNICAL_AGRICULTURAL_AND, Committee("132"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION),
        OPT_OUT_AFTER_2026_NOTE, "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; AGO Jobs [S59]; MR/Le Vif/SNI [S60]", Low),
    row!("pc132", msg::SECTORS_PC_132_TECHNICAL_AGRICULTURAL_AND, Committee("132"), Validity::between(ymd(2024, 1, 1), ymd(2024, 12, 31)),
        Open, msg::SECTORS_IN_FROM_1_JANUARY_2024, "Liantis [S46]; Tamtam [S17]", High),
    row!("food-industry", msg::SECTORS_PC_118_FOOD_INDUSTRY_LISTED, Committee("118"), Validity::from(ymd(2024, 1, 1)), Open,
        msg::SECTORS_SUB_COMMITTEES_118_03_118, S_2024, High),
    row!("pc112", msg::SECTORS_PC_112_GARAGES, Committee("112"), Validity::from(ymd(2024, 1, 1)), Open, msg::SECTORS_GARAGE_EMPLOYERS_RSZ_CATEGORY_064, S_2024, High),
    row!("psc140.01", msg::SECTORS_PSC_140_01_BUSES_AND, Committee("140.01"), Validity::from(ymd(2024, 1, 1)), Open, msg::SECTORS_RSZ_CATEGORY_085, S_2024, High),
    row!("psc140.05", msg::SECTORS_PSC_140_05_REMOVALS, Committee("140.05"), Validity::from(ymd(2024, 1, 1)), Open, msg::SECTORS_RSZ_CATEGORY_084, S_2024, High),
    row!("driving-schools", msg::SECTORS_PC_200_DRIVING_SCHOOLS_NACE, CommitteeAndNace("200", &["85531"]), Validity::from(ymd(2024, 1, 1)), Open,
        msg::SECTORS_WITHIN_PC_200_ONLY_EMPLOYERS, "Programme law of 22 Dec 2023; Prato [S48]; ONSS [S16]", High),
    row!("pc320-partial", msg::SECTORS_PC_320_FUNERAL_UNDERTAKERS, Committee("320"), Validity::from(ymd(2024, 7, 1)),
        OnlyFunctions(&[self::Function::FuneralOccasional]),
        msg::SECTORS_FROM_1_JULY_2024_ONLY,
        "KB 20 Jun 2024 (BS 26 Jun 2024); news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc320", msg::SECTORS_PC_320_FUNERAL_UNDERTAKERS, Committee("320"), Validity::between(ymd(2024, 1, 1), ymd(2024, 6, 30)), Open,
        msg::SECTORS_ALL_FUNCTIONS_FROM_1_JANUARY, S_2024, High),
    row!("pc323", msg::SECTORS_PC_323_BUILDING_MANAGEMENT_ESTATE, Committee("323"), Validity::from(ymd(2024, 4, 1)),
        ExceptFunctions(&[self::Function::DomesticWorker]),
        msg::SECTORS_DOMESTIC_WORKERS_AND_THEIR_EMPLOYERS, S_OPT_2024, High),
    row!("pc323-2024q1", msg::SECTORS_PC_323_BUILDING_MANAGEMENT_ESTATE, Committee("323"),
        Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open, msg::SECTORS_TEXT, S_2024, High),
    row!("events", msg::SECTORS_EVENT_SECTOR_LISTED_NACE_CODES, Nace(EVENT_NACE), Validity::from(ymd(2024, 1, 1)), Open,
        msg::SECTORS_ONLY_FOR_FUNCTIONS_DIRECTLY_LINKED,
        "Programme law of 22 Dec 2023; ONSS [S16]; Acerta [S38]", High),
    row!("flemish-childcare-pc331", msg::SECTORS_PC_331_CHILDCARE_NACE_88, CommitteeAndNace("331", &["8891"]), Validity::from(ymd(2024, 4, 1)),
        Open,
        msg::SECTORS_FLEMISH_CHILDCARE_FROM_1_JULY,
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]; ONSS [S14]", High),
    row!("flemish-childcare-public", msg::SECTORS_PUBLIC_CHILDCARE_NACE_88_91, NaceAndCommunity(&["8891"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        msg::SECTORS_RECOGNISED_OR_SUBSIDISED_CHILDCARE_IN,
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]", High),
    row!("german-childcare", msg::SECTORS_CHILDCARE_NACE_88_91_GERMAN, NaceAndCommunity(&["8891"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Closed,
        msg::SECTORS_CHILDCARE_OF_THE_GERMAN_SPEAKING,
        "news.belgium.be [S7] (draft) vs Partena [S34]: the sources disagree", Low),
    row!("flemish-education", msg::SECTORS_FLEMISH_EDUCATION_OFFICIAL_AND_SUBSIDISED, NaceAndCommunity(FLEMISH_EDUCATION_NACE, Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        msg::SECTORS_NORMAL_DIPLOMA_AND_APPOINTMENT_RULES,
        "KB 18 Apr 2024; Flemish circular PERS/2024/01 [S78]; Securex [S26]; VLAIO [S89]", High),
    row!("flemish-education-unlisted", msg::SECTORS_FLEMISH_EDUCATION_CODE_NOT_IN, NaceAndCommunity(&["85"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Closed,
        msg::SECTORS_FLEMISH_EDUCATION_IS_OPEN_FOR,
        "Flemish circular PERS/2024/01 [S78]; Securex [S26] (list truncated)", Low),
    row!("flemish-sport-culture", msg::SECTORS_FLEMISH_PUBLIC_SPORT_AND_CULTURE, NaceAndCommunity(&["931", "90"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open, msg::SECTORS_PUBLIC_EMPLOYERS_OUTSIDE_THE_1968,
        "KB 18 Apr 2024; Securex [S26]; Liantis [S46]", High),
    row!("german-education", msg::SECTORS_EDUCATION_OF_THE_GERMAN_SPEAKING, NaceAndCommunity(&["85"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, msg::SECTORS_OFFICIAL_AND_SUBSIDISED_FREE_EDUCATION,
        "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]; Securex [S25]", Medium),
    row!("german-sport-culture", msg::SECTORS_SPORT_AND_CULTURE_OF_THE, NaceAndCommunity(&["931", "90"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, msg::SECTORS_NOT_FOR_ARTISTIC_FUNCTIONS, "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]", Medium),
    row!("pc139", msg::SECTORS_PC_139_INLAND_NAVIGATION, Committee("139"), Validity::from(ymd(2024, 7, 1)), Open, msg::SECTORS_OPT_IN_FROM_1_JULY,
        "news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc143", msg::SECTORS_PC_143_SEA_FISHING_SHORE, Committee("143"), Validity::between(ymd(2025, 1, 1), DAY_BEFORE_GENERALISATION),
        OnlyFunctions(&[self::Function::SeaFishingShore]), msg::SECTORS_OPT_IN_FROM_1_JANUARY,
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; SD Worx [S56]", High),
    // --- 2026: reported opening to all sectors; the public sector where its authority allows it.
    row!("public-sector-2026", msg::SECTORS_PUBLIC_SECTOR_PUBLIC_EMPLOYER, PublicEmployer, Validity::from(GENERALISATION),
        Conditional(PUBLIC_SECTOR_CONDITION), PUBLIC_SECTOR_NOTE, "Le Vif [S60/levif]; MR [S60]: the competent ministers or administrative authorities decide; contractual staff only per a flexi-pay app's compliance notes", Medium),
    row!("all-sectors", msg::SECTORS_ALL_SECTORS_2026_GENERALISATION, Everyone, Validity::from(GENERALISATION), Open, OPEN_FROM_2026_NOTE, S_2026, Medium),
];

/// The PC 118 sub-committees opened in 2024 (flexi-rules.md §(c)); a row per code would only repeat.
pub fn is_food_industry_2024(committee: &str) -> bool {
    FOOD_INDUSTRY_2024.contains(&committee)
}

/// Every joint committee or sub-committee the table names.
pub fn committees_named() -> Vec<&'static str> {
    let mut named: Vec<&'static str> = FOOD_INDUSTRY_2024.to_vec();
    for row in SECTOR_ROWS {
        if let Committee(code) | CommitteeFamily(code) | CommitteeAndNace(code, _) = row.matcher {
            if !named.contains(&code) {
                named.push(code);
            }
        }
    }
    named
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
        PublicEmployer => facts.public_employer || nace_has(&["84"]),
        Everyone => true,
    })
}

/// The row that decides for these facts on `date`, or the field still needed to tell.
pub fn deciding_row(facts: &SectorFacts, date: NaiveDate) -> Result<Option<&'static SectorRow>, &'static str> {
    // Once every sector is open, a question that could only open a sector more is moot: PC 200
    // needs no NACE code and PC 118 no sub-committee. A row that could close the sector still asks.
    let all_open = SECTOR_ROWS.iter().any(|r| r.matcher == Everyone && r.scope == Open && r.validity.contains(date));
    let mut needs = None;
    for row in SECTOR_ROWS.iter().filter(|r| r.validity.contains(date)) {
        match matches(row, facts) {
            Ok(true) => return needs.map_or(Ok(Some(row)), Err),
            Ok(false) => {}
            Err(_) if all_open && row.scope == Open => {}
            Err(field) => needs = needs.or(Some(field)),
        }
    }
    if let Some(field) = needs {
        return Err(field);
    }
    // "118" alone: only some of its sub-committees are in scope, so the sub-committee decides.
    if let Some(committee) = facts.joint_committee.as_deref().filter(|c| !c.contains('.') && !all_open) {
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

/// The first day after `date` on which a row opens this sector, if the table knows one. None when an
/// earlier row could open it depending on an answer not given (PC 200 from 2024 by NACE code): then
/// naming the later date would be wrong for some of the sector.
pub fn next_opening(facts: &SectorFacts, date: NaiveDate) -> Option<NaiveDate> {
    let later = |r: &&SectorRow| r.validity.from > date && r.scope != Closed;
    let opening = SECTOR_ROWS.iter().filter(later).filter(|r| matches(r, facts) == Ok(true)).map(|r| r.validity.from).min()?;
    let undecided = SECTOR_ROWS.iter().filter(later).filter(|r| matches(r, facts).is_err()).map(|r| r.validity.from).min();
    match undecided {
        Some(maybe) if maybe < opening => None,
        _ => Some(opening),
    }
}

/// Reads a joint committee as users write it ("302", "302.00", "PC 302", "SCP 140.01") and refuses a
/// number that names no committee (see `committees`).
pub fn normalise_committee(text: &str) -> Result<String, String> {
    super::committees::read_committee(text).map_err(|e| e.to_string())
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
        assert_eq!(normalise_committee("302.00").unwrap(), "302");
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
        assert_eq!(deciding_row(&facts("145"), d).unwrap().unwrap().id, "pc145-out");
        assert_eq!(deciding_row(&facts("302"), ymd(2015, 11, 30)).unwrap(), None);
        assert_eq!(deciding_row(&facts("200"), d), Err("sector.nace"));
        assert_eq!(deciding_row(&facts("124"), ymd(2026, 7, 1)).unwrap().unwrap().id, "all-sectors");
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
