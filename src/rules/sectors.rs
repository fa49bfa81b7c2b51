//! Which employers may use flexi-jobs, by period (flexi-rules.md §(c) "Sector scope by period",
//! rule R14). The employer's joint committee (PC/CP), its RSZ main NACE code and, for a few
//! opt-ins, its Community decide. For a temporary-work agency (PC 322) the *user's* sector decides.
//!
//! The table is read top to bottom: the first row that matches the sector and the date decides, so
//! specific rows (a sub-committee, an opt-out) come before general ones.

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
const OPT_OUT_AFTER_2026_NOTE: Tr = Tr {
    en: "This sector opted out before 2026. With the opening to all sectors from 1 July 2026, the sectors that had opted out were asked to reconfirm; by December 2025 only the funeral sector and domestic workers had done so, and no royal decree listing the opt-outs from 1 July 2026 was found. So flexi work here is allowed unless this opt-out was kept.",
    nl: "Deze sector stapte vóór 2026 uit. Met de openstelling voor alle sectoren vanaf 1 juli 2026 werd aan de uitgestapte sectoren gevraagd om dat te herbevestigen; in december 2025 hadden alleen de begrafenissector en de dienstboden dat gedaan, en een koninklijk besluit met de opt-outs vanaf 1 juli 2026 werd niet gevonden. Flexi-werk mag hier dus, tenzij deze opt-out behouden werd.",
    fr: "Ce secteur est sorti avant 2026. Avec l'ouverture à tous les secteurs au 1er juillet 2026, les secteurs sortis ont été invités à le reconfirmer ; en décembre 2025, seuls le secteur funéraire et les travailleurs domestiques l'avaient fait, et aucun arrêté royal listant les opt-out à partir du 1er juillet 2026 n'a été trouvé. Le flexi-travail y est donc permis, sauf si cet opt-out a été maintenu.",
};
/// Who decides whether a pre-2026 opt-out still stands, and where to check.
const OPT_OUT_KEPT_CONDITION: Tr = Tr {
    en: "The sector's opt-out was not kept after 1 July 2026. A sector opts out by royal decree at the request of its joint committee: the employer's social secretariat or the joint committee's employers' federation can confirm it.",
    nl: "De opt-out van de sector werd na 1 juli 2026 niet behouden. Een sector stapt uit bij koninklijk besluit op vraag van zijn paritair comité: het sociaal secretariaat van de werkgever of de werkgeversfederatie van het paritair comité kan het bevestigen.",
    fr: "L'opt-out du secteur n'a pas été maintenu après le 1er juillet 2026. Un secteur sort par arrêté royal à la demande de sa commission paritaire : le secrétariat social de l'employeur ou la fédération patronale de la commission paritaire peut le confirmer.",
};
const PUBLIC_SECTOR_NOTE: Tr = Tr {
    en: "From 1 July 2026 flexi-jobs may be used in the public sector only where the competent minister or administrative authority has allowed them (fully or partly), reportedly for contractual staff only; no general list of those decisions was found.",
    nl: "Vanaf 1 juli 2026 mogen flexi-jobs in de openbare sector alleen gebruikt worden waar de bevoegde minister of administratieve overheid ze (geheel of gedeeltelijk) toegelaten heeft, naar verluidt alleen voor contractueel personeel; een algemene lijst van die beslissingen werd niet gevonden.",
    fr: "À partir du 1er juillet 2026, les flexi-jobs ne peuvent être utilisés dans le secteur public que là où le ministre ou l'autorité administrative compétente les a autorisés (entièrement ou en partie), semble-t-il pour le personnel contractuel seulement ; aucune liste générale de ces décisions n'a été trouvée.",
};
/// Who decides in the public sector, and where to check.
const PUBLIC_SECTOR_CONDITION: Tr = Tr {
    en: "The employer's competent minister or authority (for a municipality or a public social welfare centre: its council or college) has allowed flexi-jobs in its services, for this function. The employer's HR or personnel service can show that decision.",
    nl: "De bevoegde minister of overheid van de werkgever (voor een gemeente of een OCMW: de raad of het college) heeft flexi-jobs in zijn diensten toegelaten, voor deze functie. De personeelsdienst van de werkgever kan die beslissing tonen.",
    fr: "Le ministre ou l'autorité compétente de l'employeur (pour une commune ou un CPAS : son conseil ou son collège) a autorisé les flexi-jobs dans ses services, pour cette fonction. Le service du personnel de l'employeur peut montrer cette décision.",
};
const OPEN_FROM_2026_NOTE: Tr = Tr {
    en: "From 1 July 2026 flexi-jobs are open to all sectors unless a sector opts out: the government approved the bill on 5 December 2025, and two sources (a staffing agency and a flexi-pay app's compliance notes) give 1 July 2026 as the start; the law's text and RSZ's instructions were not found. Only the funeral sector and domestic workers confirmed their opt-outs.",
    nl: "Vanaf 1 juli 2026 staan flexi-jobs open voor alle sectoren, tenzij een sector uitstapt: de regering keurde het ontwerp goed op 5 december 2025, en twee bronnen (een uitzendkantoor en de nalevingsnota's van een flexi-loonapp) noemen 1 juli 2026 als start; de wettekst en de RSZ-instructies werden niet gevonden. Alleen de begrafenissector en de dienstboden bevestigden hun opt-out.",
    fr: "À partir du 1er juillet 2026, les flexi-jobs sont ouverts à tous les secteurs sauf opt-out d'un secteur : le gouvernement a approuvé l'avant-projet le 5 décembre 2025, et deux sources (une agence d'intérim et les notes de conformité d'une application de paie flexi) donnent le 1er juillet 2026 comme début ; le texte de la loi et les instructions de l'ONSS n'ont pas été trouvés. Seuls le secteur funéraire et les travailleurs domestiques ont confirmé leur opt-out.",
};

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
    row!("lifeguard", Tr { en: "Lifeguards with a lifeguard diploma (public pools, ponds, beaches)", nl: "Redders met een reddersbrevet (openbare zwembaden, vijvers, stranden)", fr: "Sauveteurs titulaires d'un brevet (piscines publiques, étangs, plages)" }, Function(self::Function::Lifeguard),
        Validity::from(ymd(2024, 1, 1)), Open, Tr { en: "Only lifeguards holding a lifeguard diploma, at public pools, ponds or the beach.", nl: "Alleen redders met een reddersbrevet, in openbare zwembaden, vijvers of aan het strand.", fr: "Uniquement les sauveteurs titulaires d'un brevet de sauvetage, dans les piscines publiques, les étangs ou à la plage." }, S_2024, High),
    // --- Horeca: the basis of the system; cannot opt out.
    row!("pc302", Tr { en: "PC 302 horeca (hotels, restaurants, cafés)", nl: "PC 302 horeca (hotels, restaurants, cafés)", fr: "CP 302 horeca (hôtels, restaurants, cafés)" }, Committee("302"), Validity::from(SYSTEM_START), Open,
        Tr { en: "Horeca is the basis of the flexi-job system and cannot opt out.", nl: "De horeca is de basis van het flexi-jobsysteem en kan niet uitstappen.", fr: "L'horeca est la base du système des flexi-jobs et ne peut pas en sortir." }, S_2015, High),
    // --- 2018: retail, food and hairdressing.
    row!("psc118.14-chocolate", Tr { en: "PSC 118.14 artisanal chocolate shops (NACE 47242)", nl: "PSC 118.14 ambachtelijke chocoladewinkels (NACE 47242)", fr: "SCP 118.14 chocolatiers artisanaux (NACE 47242)" }, CommitteeAndNace("118.14", &["47242"]),
        Validity::between(ymd(2023, 4, 23), ymd(2023, 12, 31)), Open,
        Tr { en: "Retail of artisanal chocolate in specialised shops, from 23 April 2023 (Law of 26/27 March 2023, BS 13 April 2023; the sources disagree on the day of the law).", nl: "Detailhandel in ambachtelijke chocolade in gespecialiseerde winkels, vanaf 23 april 2023 (wet van 26/27 maart 2023, BS 13 april 2023; de bronnen verschillen over de dag van de wet).", fr: "Commerce de détail de chocolat artisanal en magasin spécialisé, à partir du 23 avril 2023 (loi des 26/27 mars 2023, MB 13 avril 2023 ; les sources divergent sur le jour de la loi)." },
        "Law of 26/27 Mar 2023 (BS 13 Apr 2023); Acerta [S37]; Besox [S63]", High),
    row!("psc118.03", Tr { en: "PSC 118.03 bread bakeries", nl: "PSC 118.03 brood- en banketbakkerijen", fr: "SCP 118.03 boulangeries" }, Committee("118.03"), Validity::between(ymd(2018, 1, 1), ymd(2023, 12, 31)), Open,
        Tr { en: "Bread bakeries contributing to the bakery guarantee and social fund (RSZ index 058); industrial bakeries (category 258) were excluded until 2023.", nl: "Broodbakkerijen die bijdragen aan het waarborg- en sociaal fonds voor de bakkerij (RSZ-index 058); industriële bakkerijen (categorie 258) waren uitgesloten tot 2023.", fr: "Boulangeries cotisant au fonds de garantie et social de la boulangerie (indice ONSS 058) ; les boulangeries industrielles (catégorie 258) étaient exclues jusqu'en 2023." },
        S_2018, High),
    row!("pc119", Tr { en: "PC 119 food trade", nl: "PC 119 handel in voedingswaren", fr: "CP 119 commerce alimentaire" }, CommitteeFamily("119"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "All sub-committees of the food trade.", nl: "Alle paritaire subcomités van de handel in voedingswaren.", fr: "Toutes les sous-commissions paritaires du commerce alimentaire." }, S_2018, High),
    row!("pc201", Tr { en: "PC 201 independent retail", nl: "PC 201 zelfstandige kleinhandel", fr: "CP 201 commerce de détail indépendant" }, Committee("201"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2018, High),
    row!("psc202.01", Tr { en: "PSC 202.01 medium-sized food retailers", nl: "PSC 202.01 middelgrote levensmiddelenbedrijven", fr: "SCP 202.01 moyennes entreprises d'alimentation" }, Committee("202.01"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2018, High),
    row!("pc202", Tr { en: "PC 202 employees of food retail", nl: "PC 202 bedienden uit de kleinhandel in voedingswaren", fr: "CP 202 employés du commerce de détail alimentaire" }, Committee("202"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2018, High),
    row!("pc311", Tr { en: "PC 311 large retail", nl: "PC 311 grote kleinhandelszaken", fr: "CP 311 grandes entreprises de vente au détail" }, Committee("311"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2018, High),
    row!("pc312", Tr { en: "PC 312 department stores", nl: "PC 312 warenhuizen", fr: "CP 312 grands magasins" }, Committee("312"), Validity::from(ymd(2018, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2018, High),
    row!("pc314", Tr { en: "PC 314 hairdressing and beauty care", nl: "PC 314 kappersbedrijf en schoonheidszorgen", fr: "CP 314 coiffure et soins de beauté" }, Committee("314"), Validity::from(ymd(2018, 1, 1)), Open,
        Tr { en: "Includes beauty salons, saunas, fitness centres and tanning salons.", nl: "Inclusief schoonheidssalons, sauna's, fitnesscentra en zonnecentra.", fr: "Y compris les instituts de beauté, saunas, centres de fitness et bancs solaires." }, S_2018, High),
    // --- 2023: sport, cinemas, entertainment, care.
    row!("pc223", Tr { en: "PC 223 sport", nl: "PC 223 sport", fr: "CP 223 sport" }, Committee("223"), Validity::from(ymd(2023, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2023, High),
    row!("psc303.03", Tr { en: "PSC 303.03 cinemas", nl: "PSC 303.03 bioscoopzalen", fr: "SCP 303.03 salles de cinéma" }, Committee("303.03"), Validity::from(ymd(2023, 1, 1)), Open, Tr { en: "", nl: "", fr: "" }, S_2023, High),
    row!("pc304", Tr { en: "PC 304 entertainment", nl: "PC 304 vermakelijkheidsbedrijf", fr: "CP 304 spectacle" }, Committee("304"), Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::Artistic]),
        Tr { en: "Not for artistic, artistic-technical or artistic-support functions.", nl: "Niet voor artistieke, artistiek-technische of artistiek-ondersteunende functies.", fr: "Pas pour les fonctions artistiques, technico-artistiques ou de soutien artistique." }, S_2023, High),
    row!("pc330", Tr { en: "PC 330 health establishments and services", nl: "PC 330 gezondheidsinrichtingen en -diensten", fr: "CP 330 établissements et services de santé" }, Committee("330"), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]), Tr { en: "Not for functions with tasks of the health-care professions.", nl: "Niet voor functies met taken van de gezondheidszorgberoepen.", fr: "Pas pour les fonctions comportant des tâches des professions des soins de santé." }, S_2023, High),
    row!("public-care", Tr { en: "Public care institutions (listed NACE codes)", nl: "Openbare zorginstellingen (opgesomde NACE-codes)", fr: "Institutions de soins publiques (codes NACE énumérés)" }, Nace(FEDERAL_PUBLIC_CARE_NACE), Validity::from(ymd(2023, 1, 1)),
        ExceptFunctions(&[self::Function::CareProfession]),
        Tr { en: "Public care institutions with one of the NACE codes listed by FOD WASO; not for health-care-profession functions. The NACEBEL 2025 renumbering changed codes from 1 January 2025.", nl: "Openbare zorginstellingen met een van de NACE-codes die de FOD WASO opsomt; niet voor functies van de gezondheidszorgberoepen. De hernummering NACEBEL 2025 veranderde codes vanaf 1 januari 2025.", fr: "Institutions de soins publiques ayant un des codes NACE énumérés par le SPF ETCS ; pas pour les fonctions des professions des soins de santé. La renumérotation NACEBEL 2025 a modifié des codes à partir du 1er janvier 2025." },
        "Programme law of 26 Dec 2022; FOD WASO [S6]; groupS [S49]", High),
    row!("public-care-groups-only", Tr { en: "Public care institutions (codes listed by groupS only)", nl: "Openbare zorginstellingen (codes alleen door groupS opgesomd)", fr: "Institutions de soins publiques (codes énumérés par groupS seulement)" }, Nace(GROUPS_ONLY_PUBLIC_CARE_NACE),
        Validity::from(ymd(2023, 1, 1)), ExceptFunctions(&[self::Function::CareProfession]),
        Tr { en: "This NACE code is in groupS's list of public care institutions but not in FOD WASO's: the sources conflict. Ask RSZ before relying on it.", nl: "Deze NACE-code staat in de lijst van openbare zorginstellingen van groupS, maar niet in die van de FOD WASO: de bronnen spreken elkaar tegen. Vraag het aan de RSZ voor je erop rekent.", fr: "Ce code NACE figure dans la liste des institutions de soins publiques de groupS, mais pas dans celle du SPF ETCS : les sources se contredisent. Demandez à l'ONSS avant de vous y fier." },
        "groupS [S49] vs FOD WASO [S6]: the sources disagree", Low),
    // --- 2024: the big extension (opt-out possible) and the opt-ins and opt-outs that followed.
    row!("pc145.04", Tr { en: "PSC 145.04 parks and gardens", nl: "PSC 145.04 parken en tuinen", fr: "SCP 145.04 parcs et jardins" }, Committee("145.04"), Validity::from(ymd(2024, 1, 1)), Open,
        Tr { en: "Construction and maintenance of parks, gardens, sports grounds, green zones and cemeteries stayed in when horticulture opted out.", nl: "Aanleg en onderhoud van parken, tuinen, sportterreinen, groene zones en begraafplaatsen bleven erin toen de tuinbouw uitstapte.", fr: "L'aménagement et l'entretien de parcs, jardins, terrains de sport, zones vertes et cimetières sont restés quand l'horticulture est sortie." },
        S_OPT_2024, High),
    row!("pc144-out", Tr { en: "PC 144 agriculture", nl: "PC 144 landbouw", fr: "CP 144 agriculture" }, CommitteeFamily("144"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        Tr { en: "Agriculture opted out from 1 April 2024.", nl: "De landbouw stapte uit vanaf 1 april 2024.", fr: "L'agriculture est sortie à partir du 1er avril 2024." }, S_OPT_2024, High),
    row!("pc144-out-2026", Tr { en: "PC 144 agriculture", nl: "PC 144 landbouw", fr: "CP 144 agriculture" }, CommitteeFamily("144"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION), OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc144", Tr { en: "PC 144 agriculture", nl: "PC 144 landbouw", fr: "CP 144 agriculture" }, CommitteeFamily("144"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        Tr { en: "Agriculture was in from 1 January to 31 March 2024, then opted out.", nl: "De landbouw deed mee van 1 januari tot 31 maart 2024 en stapte daarna uit.", fr: "L'agriculture était incluse du 1er janvier au 31 mars 2024, puis elle est sortie." }, S_OPT_2024, High),
    row!("pc145-out", Tr { en: "PC 145 horticulture", nl: "PC 145 tuinbouw", fr: "CP 145 horticulture" }, CommitteeFamily("145"), Validity::between(ymd(2024, 4, 1), DAY_BEFORE_GENERALISATION), Closed,
        Tr { en: "Horticulture opted out from 1 April 2024 (except parks and gardens, PSC 145.04).", nl: "De tuinbouw stapte uit vanaf 1 april 2024 (behalve parken en tuinen, PSC 145.04).", fr: "L'horticulture est sortie à partir du 1er avril 2024 (sauf parcs et jardins, SCP 145.04)." }, S_OPT_2024, High),
    row!("pc145-out-2026", Tr { en: "PC 145 horticulture", nl: "PC 145 tuinbouw", fr: "CP 145 horticulture" }, CommitteeFamily("145"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION), OPT_OUT_AFTER_2026_NOTE,
        S_OPT_2024_AND_2026, Low),
    row!("pc145", Tr { en: "PC 145 horticulture", nl: "PC 145 tuinbouw", fr: "CP 145 horticulture" }, CommitteeFamily("145"), Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open,
        Tr { en: "Horticulture was in from 1 January to 31 March 2024, then opted out (except PSC 145.04).", nl: "De tuinbouw deed mee van 1 januari tot 31 maart 2024 en stapte daarna uit (behalve PSC 145.04).", fr: "L'horticulture était incluse du 1er janvier au 31 mars 2024, puis elle est sortie (sauf SCP 145.04)." }, S_OPT_2024, High),
    row!("pc132-out", Tr { en: "PC 132 technical agricultural and horticultural works", nl: "PC 132 technische land- en tuinbouwwerken", fr: "CP 132 travaux techniques agricoles et horticoles" }, Committee("132"),
        Validity::between(ymd(2025, 1, 1), DAY_BEFORE_GENERALISATION), Closed, Tr { en: "Opted out from 1 January 2025 (KB 31 Jan 2025, BS 7 Feb 2025).", nl: "Uitgestapt vanaf 1 januari 2025 (KB 31 jan 2025, BS 7 feb 2025).", fr: "Sortie à partir du 1er janvier 2025 (AR du 31 janv. 2025, MB du 7 févr. 2025)." },
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; Liantis [S46]", High),
    row!("pc132-out-2026", Tr { en: "PC 132 technical agricultural and horticultural works", nl: "PC 132 technische land- en tuinbouwwerken", fr: "CP 132 travaux techniques agricoles et horticoles" }, Committee("132"), Validity::from(GENERALISATION), Conditional(OPT_OUT_KEPT_CONDITION),
        OPT_OUT_AFTER_2026_NOTE, "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; AGO Jobs [S59]; MR/Le Vif/SNI [S60]", Low),
    row!("pc132", Tr { en: "PC 132 technical agricultural and horticultural works", nl: "PC 132 technische land- en tuinbouwwerken", fr: "CP 132 travaux techniques agricoles et horticoles" }, Committee("132"), Validity::between(ymd(2024, 1, 1), ymd(2024, 12, 31)),
        Open, Tr { en: "In from 1 January 2024 to 31 December 2024, then opted out.", nl: "Erin van 1 januari 2024 tot 31 december 2024, daarna uitgestapt.", fr: "Incluse du 1er janvier 2024 au 31 décembre 2024, puis sortie." }, "Liantis [S46]; Tamtam [S17]", High),
    row!("food-industry", Tr { en: "PC 118 food industry (listed sub-committees)", nl: "PC 118 voedingsnijverheid (opgesomde subcomités)", fr: "CP 118 industrie alimentaire (sous-commissions énumérées)" }, Committee("118"), Validity::from(ymd(2024, 1, 1)), Open,
        Tr { en: "Sub-committees 118.03, 118.07–118.12, 118.14, 118.21 and 118.22 (RSZ categories 048, 051, 052, 258, 848).", nl: "Subcomités 118.03, 118.07–118.12, 118.14, 118.21 en 118.22 (RSZ-categorieën 048, 051, 052, 258, 848).", fr: "Sous-commissions 118.03, 118.07–118.12, 118.14, 118.21 et 118.22 (catégories ONSS 048, 051, 052, 258, 848)." }, S_2024, High),
    row!("pc112", Tr { en: "PC 112 garages", nl: "PC 112 garagebedrijf", fr: "CP 112 garages" }, Committee("112"), Validity::from(ymd(2024, 1, 1)), Open, Tr { en: "Garage employers (RSZ category 064).", nl: "Garagewerkgevers (RSZ-categorie 064).", fr: "Employeurs du secteur des garages (catégorie ONSS 064)." }, S_2024, High),
    row!("psc140.01", Tr { en: "PSC 140.01 buses and coaches", nl: "PSC 140.01 autobussen en autocars", fr: "SCP 140.01 autobus et autocars" }, Committee("140.01"), Validity::from(ymd(2024, 1, 1)), Open, Tr { en: "RSZ category 085.", nl: "RSZ-categorie 085.", fr: "Catégorie ONSS 085." }, S_2024, High),
    row!("psc140.05", Tr { en: "PSC 140.05 removals", nl: "PSC 140.05 verhuizingen", fr: "SCP 140.05 déménagement" }, Committee("140.05"), Validity::from(ymd(2024, 1, 1)), Open, Tr { en: "RSZ category 084.", nl: "RSZ-categorie 084.", fr: "Catégorie ONSS 084." }, S_2024, High),
    row!("driving-schools", Tr { en: "PC 200 driving schools (NACE 85.531)", nl: "PC 200 rijscholen (NACE 85.531)", fr: "CP 200 auto-écoles (NACE 85.531)" }, CommitteeAndNace("200", &["85531"]), Validity::from(ymd(2024, 1, 1)), Open,
        Tr { en: "Within PC 200 only employers whose RSZ main NACE code is 85.531 (driving schools).", nl: "Binnen PC 200 alleen werkgevers met RSZ-hoofd-NACE-code 85.531 (rijscholen).", fr: "Au sein de la CP 200, uniquement les employeurs dont le code NACE principal ONSS est 85.531 (auto-écoles)." }, "Programme law of 22 Dec 2023; Prato [S48]; ONSS [S16]", High),
    row!("pc320-partial", Tr { en: "PC 320 funeral undertakers", nl: "PC 320 begrafenisondernemingen", fr: "CP 320 pompes funèbres" }, Committee("320"), Validity::from(ymd(2024, 7, 1)),
        OnlyFunctions(&[self::Function::FuneralOccasional]),
        Tr { en: "From 1 July 2024 only the occasional-worker functions: couriers, transport, laying-out, mourning chapel, reception, coffee table, bearers and drivers, printing mourning cards, small cemetery and building tasks. The funeral sector confirmed this opt-out for 2026.", nl: "Vanaf 1 juli 2024 alleen de functies van gelegenheidswerknemers: koeriers, vervoer, opbaring, rouwkapel, onthaal, koffietafel, dragers en chauffeurs, drukken van rouwbrieven, kleine taken op begraafplaatsen en in gebouwen. De begrafenissector bevestigde deze opt-out voor 2026.", fr: "À partir du 1er juillet 2024, uniquement les fonctions de travailleurs occasionnels : coursiers, transport, mise en bière, chapelle ardente, accueil, table de café, porteurs et chauffeurs, impression des faire-part, petites tâches au cimetière et dans les bâtiments. Le secteur funéraire a confirmé cet opt-out pour 2026." },
        "KB 20 Jun 2024 (BS 26 Jun 2024); news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc320", Tr { en: "PC 320 funeral undertakers", nl: "PC 320 begrafenisondernemingen", fr: "CP 320 pompes funèbres" }, Committee("320"), Validity::between(ymd(2024, 1, 1), ymd(2024, 6, 30)), Open,
        Tr { en: "All functions from 1 January to 30 June 2024; afterwards only the occasional-worker functions.", nl: "Alle functies van 1 januari tot 30 juni 2024; daarna alleen de functies van gelegenheidswerknemers.", fr: "Toutes les fonctions du 1er janvier au 30 juin 2024 ; ensuite uniquement les fonctions de travailleurs occasionnels." }, S_2024, High),
    row!("pc323", Tr { en: "PC 323 building management, estate agents, domestic workers", nl: "PC 323 gebouwenbeheer, vastgoedmakelaars, dienstboden", fr: "CP 323 gestion d'immeubles, agents immobiliers, travailleurs domestiques" }, Committee("323"), Validity::from(ymd(2024, 4, 1)),
        ExceptFunctions(&[self::Function::DomesticWorker]),
        Tr { en: "Domestic workers and their employers opted out from 1 April 2024 (confirmed again for 2026).", nl: "Dienstboden en hun werkgevers stapten uit vanaf 1 april 2024 (opnieuw bevestigd voor 2026).", fr: "Les travailleurs domestiques et leurs employeurs sont sortis à partir du 1er avril 2024 (confirmé à nouveau pour 2026)." }, S_OPT_2024, High),
    row!("pc323-2024q1", Tr { en: "PC 323 building management, estate agents, domestic workers", nl: "PC 323 gebouwenbeheer, vastgoedmakelaars, dienstboden", fr: "CP 323 gestion d'immeubles, agents immobiliers, travailleurs domestiques" }, Committee("323"),
        Validity::between(ymd(2024, 1, 1), ymd(2024, 3, 31)), Open, Tr { en: "", nl: "", fr: "" }, S_2024, High),
    row!("events", Tr { en: "Event sector (listed NACE codes)", nl: "Evenementensector (opgesomde NACE-codes)", fr: "Secteur événementiel (codes NACE énumérés)" }, Nace(EVENT_NACE), Validity::from(ymd(2024, 1, 1)), Open,
        Tr { en: "Only for functions directly linked to organising events. The NACEBEL 2025 renumbering updated these codes from 1 January 2025.", nl: "Alleen voor functies die rechtstreeks verband houden met het organiseren van evenementen. De hernummering NACEBEL 2025 paste deze codes aan vanaf 1 januari 2025.", fr: "Uniquement pour les fonctions directement liées à l'organisation d'événements. La renumérotation NACEBEL 2025 a adapté ces codes à partir du 1er janvier 2025." },
        "Programme law of 22 Dec 2023; ONSS [S16]; Acerta [S38]", High),
    row!("flemish-childcare-pc331", Tr { en: "PC 331 childcare (NACE 88.91, Flemish)", nl: "PC 331 kinderopvang (NACE 88.91, Vlaams)", fr: "CP 331 accueil de l'enfance (NACE 88.91, flamand)" }, CommitteeAndNace("331", &["8891"]), Validity::from(ymd(2024, 4, 1)),
        Open,
        Tr { en: "Flemish childcare. From 1 July 2024 flexi work may not exceed 20 % of the employer's yearly work volume (the sources give 1 June or 1 July 2024).", nl: "Vlaamse kinderopvang. Vanaf 1 juli 2024 mag flexi-arbeid niet meer dan 20 % van het jaarlijkse arbeidsvolume van de werkgever bedragen (de bronnen noemen 1 juni of 1 juli 2024).", fr: "Accueil de l'enfance flamand. À partir du 1er juillet 2024, le travail flexi ne peut dépasser 20 % du volume de travail annuel de l'employeur (les sources indiquent le 1er juin ou le 1er juillet 2024)." },
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]; ONSS [S14]", High),
    row!("flemish-childcare-public", Tr { en: "Public childcare (NACE 88.91, Flemish Community)", nl: "Openbare kinderopvang (NACE 88.91, Vlaamse Gemeenschap)", fr: "Accueil de l'enfance public (NACE 88.91, Communauté flamande)" }, NaceAndCommunity(&["8891"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        Tr { en: "Recognised or subsidised childcare in the Dutch language area or of the Flemish Community in Brussels; 20 % volume cap from 1 July 2024.", nl: "Erkende of gesubsidieerde kinderopvang in het Nederlandse taalgebied of van de Vlaamse Gemeenschap in Brussel; plafond van 20 % van het volume vanaf 1 juli 2024.", fr: "Accueil de l'enfance agréé ou subventionné en région de langue néerlandaise ou de la Communauté flamande à Bruxelles ; plafond de 20 % du volume à partir du 1er juillet 2024." },
        "KB 18 Apr 2024; Securex [S26]; Acerta [S39]; unisoc [S77]", High),
    row!("german-childcare", Tr { en: "Childcare (NACE 88.91, German-speaking Community)", nl: "Kinderopvang (NACE 88.91, Duitstalige Gemeenschap)", fr: "Accueil de l'enfance (NACE 88.91, Communauté germanophone)" }, NaceAndCommunity(&["8891"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Closed,
        Tr { en: "Childcare of the German-speaking Community was in the draft royal decree of 29 March 2024, but no source retrieved confirms it came into force.", nl: "De kinderopvang van de Duitstalige Gemeenschap stond in het ontwerp van koninklijk besluit van 29 maart 2024, maar geen geraadpleegde bron bevestigt dat het in werking trad.", fr: "L'accueil de l'enfance de la Communauté germanophone figurait dans le projet d'arrêté royal du 29 mars 2024, mais aucune source consultée ne confirme son entrée en vigueur." },
        "news.belgium.be [S7] (draft) vs Partena [S34]: the sources disagree", Low),
    row!("flemish-education", Tr { en: "Flemish education (official and subsidised)", nl: "Vlaams onderwijs (officieel en gesubsidieerd)", fr: "Enseignement flamand (officiel et subventionné)" }, NaceAndCommunity(FLEMISH_EDUCATION_NACE, Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open,
        Tr { en: "Normal diploma and appointment rules apply; not in part-time arts education (DKO) or boarding schools.", nl: "De gewone regels over diploma's en aanstellingen gelden; niet in het deeltijds kunstonderwijs (DKO) of in internaten.", fr: "Les règles habituelles de diplôme et de désignation s'appliquent ; pas dans l'enseignement artistique à temps partiel (DKO) ni dans les internats." },
        "KB 18 Apr 2024; Flemish circular PERS/2024/01 [S78]; Securex [S26]; VLAIO [S89]", High),
    row!("flemish-education-unlisted", Tr { en: "Flemish education (code not in the retrieved list)", nl: "Vlaams onderwijs (code niet in de geraadpleegde lijst)", fr: "Enseignement flamand (code absent de la liste consultée)" }, NaceAndCommunity(&["85"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Closed,
        Tr { en: "Flemish education is open for listed NACE codes, but every source retrieved truncates the list: this code could not be confirmed.", nl: "Vlaams onderwijs staat open voor opgesomde NACE-codes, maar elke geraadpleegde bron kort de lijst in: deze code kon niet bevestigd worden.", fr: "L'enseignement flamand est ouvert pour les codes NACE énumérés, mais chaque source consultée tronque la liste : ce code n'a pas pu être confirmé." },
        "Flemish circular PERS/2024/01 [S78]; Securex [S26] (list truncated)", Low),
    row!("flemish-sport-culture", Tr { en: "Flemish public sport and culture", nl: "Vlaamse openbare sport en cultuur", fr: "Sport et culture publics flamands" }, NaceAndCommunity(&["931", "90"], Community::Flemish),
        Validity::from(ymd(2024, 4, 1)), Open, Tr { en: "Public employers outside the 1968 collective-agreement law; not for artistic functions.", nl: "Openbare werkgevers buiten de cao-wet van 1968; niet voor artistieke functies.", fr: "Employeurs publics hors du champ de la loi de 1968 sur les conventions collectives ; pas pour les fonctions artistiques." },
        "KB 18 Apr 2024; Securex [S26]; Liantis [S46]", High),
    row!("german-education", Tr { en: "Education of the German-speaking Community", nl: "Onderwijs van de Duitstalige Gemeenschap", fr: "Enseignement de la Communauté germanophone" }, NaceAndCommunity(&["85"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, Tr { en: "Official and subsidised free education.", nl: "Officieel en gesubsidieerd vrij onderwijs.", fr: "Enseignement officiel et libre subventionné." },
        "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]; Securex [S25]", Medium),
    row!("german-sport-culture", Tr { en: "Sport and culture of the German-speaking Community", nl: "Sport en cultuur van de Duitstalige Gemeenschap", fr: "Sport et culture de la Communauté germanophone" }, NaceAndCommunity(&["931", "90"], Community::GermanSpeaking),
        Validity::from(ymd(2024, 7, 1)), Open, Tr { en: "Not for artistic functions.", nl: "Niet voor artistieke functies.", fr: "Pas pour les fonctions artistiques." }, "KB 9 Jun 2024; news.belgium.be [S7]; Partena [S34]", Medium),
    row!("pc139", Tr { en: "PC 139 inland navigation", nl: "PC 139 binnenscheepvaart", fr: "CP 139 batellerie" }, Committee("139"), Validity::from(ymd(2024, 7, 1)), Open, Tr { en: "Opt-in from 1 July 2024.", nl: "Opt-in vanaf 1 juli 2024.", fr: "Opt-in à partir du 1er juillet 2024." },
        "news.belgium.be [S8]; Securex [S25]; Corsa [S79]", High),
    row!("pc143", Tr { en: "PC 143 sea fishing (shore and warehouse staff)", nl: "PC 143 zeevisserij (walpersoneel en magazijnpersoneel)", fr: "CP 143 pêche maritime (personnel à terre et de magasin)" }, Committee("143"), Validity::between(ymd(2025, 1, 1), DAY_BEFORE_GENERALISATION),
        OnlyFunctions(&[self::Function::SeaFishingShore]), Tr { en: "Opt-in from 1 January 2025 for shore personnel (category 019) and warehouse staff (category 086) only.", nl: "Opt-in vanaf 1 januari 2025, alleen voor walpersoneel (categorie 019) en magazijnpersoneel (categorie 086).", fr: "Opt-in à partir du 1er janvier 2025, uniquement pour le personnel à terre (catégorie 019) et le personnel de magasin (catégorie 086)." },
        "KB 31 Jan 2025 (BS 7 Feb 2025); Tamtam [S17]; SD Worx [S56]", High),
    // --- 2026: reported opening to all sectors; the public sector where its authority allows it.
    row!("public-sector-2026", Tr { en: "Public sector (public employer)", nl: "Openbare sector (openbare werkgever)", fr: "Secteur public (employeur public)" }, PublicEmployer, Validity::from(GENERALISATION),
        Conditional(PUBLIC_SECTOR_CONDITION), PUBLIC_SECTOR_NOTE, "Le Vif [S60/levif]; MR [S60]: the competent ministers or administrative authorities decide; contractual staff only per a flexi-pay app's compliance notes", Medium),
    row!("all-sectors", Tr { en: "All sectors (2026 generalisation)", nl: "Alle sectoren (veralgemening 2026)", fr: "Tous les secteurs (généralisation 2026)" }, Everyone, Validity::from(GENERALISATION), Open, OPEN_FROM_2026_NOTE, S_2026, Medium),
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
