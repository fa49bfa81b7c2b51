//! Which joint committees (paritaire comités / commissions paritaires) exist, and how people write
//! their numbers. A number that names no committee gets a clear message, never a verdict: "999" is
//! not a closed sector, it is a typing mistake.
//!
//! The list is FOD WASO's: it fixes the code list of joint committees that RSZ uses in the DmfA
//! (KSZ-BCSS data-warehouse variable "Paritair comité / Commission paritaire") and publishes the
//! existing (sub-)committees on minimumlonen.be. Only the first rows of those pages could be read
//! (the stored copies are cut short; the minimumlonen.be list is drawn by a script), so the codes
//! below are, as of 6 December 2026: every committee that deposited a collective agreement in FOD
//! WASO's database between January 2018 and February 2020, the committees the flexi-job sources name,
//! and those found since in royal decrees (305, 335, 339 and its sub-committees of 4 October 2018).
//! The names are the official ones printed in the royal decrees (Belgisch Staatsblad / Moniteur
//! belge, via etaamb.openjustice.be and refli.be) where one was read; a committee without a read name
//! is still accepted, by number. A number not on the list is refused with a message that asks the
//! user to check it, never judged; an abolished committee is refused naming its successor.

/// The official list: FOD WASO's code list of joint committees (as KSZ-BCSS publishes it) and its
/// overview of existing (sub-)committees on minimumlonen.be (see `sources`).
pub const LIST_CITATION: &str = "FOD WASO's list of joint committees [KSZ-PC] [ML-PC]";

/// A joint committee ("302") or sub-committee ("140.01") with its official names ("" where none
/// was read).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JointCommittee {
    pub code: &'static str,
    pub nl: &'static str,
    pub fr: &'static str,
}

const fn c(code: &'static str, nl: &'static str, fr: &'static str) -> JointCommittee {
    JointCommittee { code, nl, fr }
}

/// The joint committees and sub-committees known to exist, in number order. The PC 118 numbers
/// 118.03 to 118.22 are the food-industry sub-sectors the flexi-job sources name (groupS numbers
/// them so; payroll software writes them), kept because people type them.
pub const JOINT_COMMITTEES: &[JointCommittee] = &[
    c("100", "Aanvullend Paritair Comité voor de werklieden", "Commission paritaire auxiliaire pour ouvriers"),
    c("101", "Nationale Gemengde Mijncommissie", "Commission nationale mixte des mines"),
    c("102", "", "Commission paritaire de l'industrie des carrières"),
    c("102.01", "", ""),
    c("102.02", "", ""),
    c("102.03", "", ""),
    c("102.04", "", ""),
    c("102.05", "Paritair Subcomité voor het bedrijf der porseleinaarde- en zandgroeven welke in openlucht geëxploiteerd worden in de provincies Brabant, Henegouwen, Luik, Luxemburg en Namen", "Sous-commission paritaire de l'industrie des carrières de kaolin et de sable exploitées à ciel ouvert dans les provinces de Brabant, de Hainaut, de Liège, de Luxembourg et de Namur"),
    c("102.06", "Paritair Subcomité voor het bedrijf der grind- en zandgroeven welke in openlucht geëxploiteerd worden in de provincies Antwerpen, West-Vlaanderen, Oost-Vlaanderen, Limburg en Vlaams-Brabant", "Sous-commission paritaire de l'industrie des carrières de gravier et de sable exploitées à ciel ouvert dans les provinces d'Anvers, de Flandre occidentale, de Flandre orientale, du Limbourg et du Brabant flamand"),
    c("102.07", "", ""),
    c("102.08", "", ""),
    c("102.09", "Paritair Subcomité voor het bedrijf van de groeven van niet uit te houwen kalksteen en van de kalkovens, van de bitterspaatgroeven en -ovens op het gehele grondgebied van het Rijk", "Sous-commission paritaire de l'industrie des carrières de calcaire non taillé et des fours à chaux, des carrières de dolomies et des fours à dolomies de tout le territoire du Royaume"),
    c("104", "Paritair comité voor de ijzernijverheid", "Commission paritaire de l'industrie sidérurgique"),
    c("105", "Paritair comité voor non-ferro metalen", "Commission paritaire des métaux non-ferreux"),
    c("106", "Paritair comité voor het cementbedrijf", "Commission paritaire des industries du ciment"),
    c("106.01", "", ""),
    c("106.02", "", ""),
    c("106.03", "", ""),
    c("107", "", ""),
    c("109", "Paritair Comité voor het kleding- en confectiebedrijf", "Commission paritaire de l'industrie de l'habillement et de la confection"),
    c("110", "Paritair Comité voor de textielverzorging", "Commission paritaire pour l'entretien du textile"),
    c("111", "Paritair Comité voor de metaal-, machine- en elektrische bouw", "Commission paritaire des constructions métallique, mécanique et électrique"),
    c("112", "Paritair Comité voor het garagebedrijf", "Commission paritaire des entreprises de garage"),
    c("113", "Paritair Comité voor het ceramiekbedrijf", "Commission paritaire de l'industrie céramique"),
    c("113.04", "", ""),
    c("114", "", ""),
    c("115", "Paritair Comité voor het glasbedrijf", ""),
    c("116", "", ""),
    c("118", "Paritair Comité voor de voedingsnijverheid", "Commission paritaire de l'industrie alimentaire"),
    c("118.03", "", ""),
    c("118.07", "", ""),
    c("118.08", "", ""),
    c("118.09", "", ""),
    c("118.10", "", ""),
    c("118.11", "", ""),
    c("118.12", "", ""),
    c("118.14", "", ""),
    c("118.21", "", ""),
    c("118.22", "", ""),
    c("119", "Paritair Comité voor de handel in voedingswaren", "Commission paritaire du commerce alimentaire"),
    c("120", "Paritair Comité voor de textielnijverheid", "Commission paritaire de l'industrie textile"),
    c("120.01", "", "Sous-commission paritaire de l'industrie textile de l'arrondissement administratif de Verviers"),
    c("120.03", "", ""),
    c("121", "Paritair Comité voor de schoonmaak", "Commission paritaire pour le nettoyage"),
    c("124", "Paritair Comité voor het bouwbedrijf", "Commission paritaire de la construction"),
    c("125", "", ""),
    c("125.01", "", ""),
    c("125.02", "", ""),
    c("125.03", "", ""),
    c("126", "", ""),
    c("127", "", ""),
    c("128", "", ""),
    c("129", "", ""),
    c("130", "", ""),
    c("132", "", ""),
    c("133", "Paritair Comité voor het tabaksbedrijf", "Commission paritaire de l'industrie des tabacs"),
    c("136", "Paritair Comité voor de papier- en kartonbewerking", "Commission paritaire de la transformation du papier et du carton"),
    c("139", "Paritair Comité voor de binnenscheepvaart", "Commission paritaire de la batellerie"),
    c("140", "Paritair Comité voor het vervoer en de logistiek", "Commission paritaire du transport et de la logistique"),
    c("140.01", "Paritair Subcomité voor de autobussen en autocars", "Sous-commission paritaire pour les autobus et autocars"),
    c("140.02", "Paritair Subcomité voor de taxi's", "Sous-commission paritaire pour les taxis"),
    c("140.03", "Paritair Subcomité voor het wegvervoer en de logistiek voor rekening van derden", "Sous-commission paritaire pour le transport routier et la logistique pour compte de tiers"),
    c("140.04", "Paritair Subcomité voor de grondafhandeling op luchthavens", "Sous-commission paritaire pour l'assistance en escale dans les aéroports"),
    c("140.05", "Paritair Subcomité voor de verhuizing", ""),
    c("142", "", "Commission paritaire pour les entreprises de valorisation de matières premières de récupération"),
    c("142.01", "Paritair Subcomité voor de terugwinning van metalen", "Sous-commission paritaire pour la récupération de métaux"),
    c("142.02", "", ""),
    c("142.03", "Paritair Subcomité voor de terugwinning van papier", "Sous-commission paritaire pour la récupération du papier"),
    c("142.04", "", ""),
    c("143", "", ""),
    c("144", "Paritair Comité voor de landbouw", "Commission paritaire de l'agriculture"),
    c("145", "Paritair Comité voor het tuinbouwbedrijf", "Commission paritaire pour les entreprises horticoles"),
    c("145.04", "", ""),
    c("146", "", ""),
    c("148", "", ""),
    c("149", "", ""),
    c("149.01", "", "Sous-commission paritaire des électriciens : installation et distribution"),
    c("149.02", "Paritair Subcomité voor het koetswerk", "Sous-commission paritaire pour la carrosserie"),
    c("149.03", "Paritair Subcomité voor de edele metalen", "Sous-commission paritaire pour les métaux précieux"),
    c("149.04", "Paritair Subcomité voor de metaalhandel", "Sous-commission paritaire pour le commerce du métal"),
    c("152", "Paritair Comité voor de gesubsidieerde inrichtingen van het vrij onderwijs", "Commission paritaire pour les institutions subsidiées de l'enseignement libre"),
    c("152.01", "", ""),
    c("152.02", "", ""),
    c("200", "Aanvullend Paritair Comité voor de bedienden", "Commission paritaire auxiliaire pour employés"),
    c("201", "Paritair Comité voor de zelfstandige kleinhandel", "Commission paritaire du commerce de détail indépendant"),
    c("202", "Paritair Comité voor de bedienden uit de kleinhandel in voedingswaren", "Commission paritaire des employés du commerce de détail alimentaire"),
    c("202.01", "Paritair Subcomité voor de middelgrote levensmiddelenbedrijven", "Sous-commission paritaire pour les moyennes entreprises d'alimentation"),
    c("203", "", ""),
    c("207", "Paritair Comité voor de bedienden uit de scheikundige nijverheid", "Commission paritaire pour employés de l'industrie chimique"),
    c("209", "Paritair Comité voor de bedienden der metaalfabrikatennijverheid", "Commission paritaire pour employés des fabrications métalliques"),
    c("210", "Paritair Comité voor de bedienden van de ijzernijverheid", ""),
    c("211", "Paritair Comité voor de petroleumnijverheid en -handel", "Commission paritaire de l'industrie et du commerce du pétrole"),
    c("214", "Paritair Comité voor de bedienden van de textielnijverheid", "Commission paritaire pour employés de l'industrie textile"),
    c("215", "", ""),
    c("216", "Paritair Comité voor de notarisbedienden", "Commission paritaire pour les employés occupés chez les notaires"),
    c("217", "Paritair Comité voor de casinobedienden", "Commission paritaire pour les employés de casino"),
    c("219", "Paritair Comité voor de diensten en organismen voor technische controles en gelijkvormigheidstoetsing", "Commission paritaire pour les services et les organismes de contrôle technique et d'évaluation de la conformité"),
    c("220", "Paritair Comité voor de bedienden uit de voedingsnijverheid", "Commission paritaire pour les employés de l'industrie alimentaire"),
    c("221", "Paritair Comité voor de bedienden uit de papiernijverheid", "Commission paritaire des employés de l'industrie papetière"),
    c("222", "Paritair Comité voor de bedienden van de papier- en kartonbewerking", "Commission paritaire des employés de la transformation du papier et du carton"),
    c("223", "Nationaal Paritair Comité voor de sport", "Commission paritaire nationale des sports"),
    c("224", "Paritair Comité voor de bedienden van de non-ferro metalen", ""),
    c("225", "Paritair Comité voor de bedienden van de inrichtingen van het gesubsidieerd vrij onderwijs", "Commission paritaire pour les employés des institutions de l'enseignement libre subventionné"),
    c("225.01", "", ""),
    c("225.02", "", ""),
    c("226", "Paritair Comité voor de bedienden uit de internationale handel, het vervoer en de logistiek", "Commission paritaire pour les employés du commerce international, du transport et de la logistique"),
    c("227", "Paritair Comité voor de audiovisuele sector", "Commission paritaire pour le secteur audiovisuel"),
    c("301", "", ""),
    c("301.01", "", ""),
    c("301.02", "", ""),
    c("301.05", "", ""),
    c("302", "Paritair Comité voor het hotelbedrijf", "Commission paritaire de l'industrie hôtelière"),
    c("303", "", "Commission paritaire de l'industrie cinématographique"),
    c("303.01", "", ""),
    c("303.03", "", "Sous-commission paritaire pour l'exploitation de salles de cinéma"),
    c("304", "Paritair Comité voor het vermakelijkheidsbedrijf", "Commission paritaire du spectacle"),
    c("305", "Paritair Comité voor de gezondheidsdiensten", "Commission paritaire des services de santé"),
    c("306", "Paritair Comité voor het verzekeringswezen", "Commission paritaire des entreprises d'assurances"),
    c("307", "", "Commission paritaire pour les entreprises de courtage et agences d'assurances"),
    c("310", "Paritair Comité voor de banken", "Commission paritaire pour les banques"),
    c("311", "Paritair Comité voor de grote kleinhandelszaken", "Commission paritaire des grandes entreprises de vente au détail"),
    c("312", "Paritair Comité voor de warenhuizen", "Commission paritaire des grands magasins"),
    c("313", "Paritair Comité voor de apotheken en tarificatiediensten", "Commission paritaire pour les pharmacies et offices de tarification"),
    c("314", "Paritair Comité voor het kappersbedrijf en de schoonheidszorgen", "Commission paritaire de la coiffure et des soins de beauté"),
    c("315", "Paritair Comité voor de handelsluchtvaart", "Commission paritaire de l'aviation commerciale"),
    c("315.01", "Paritair Subcomité voor het technisch onderhoud, bijstand en opleiding in de luchtvaartsector", ""),
    c("315.02", "Paritair Subcomité voor de luchtvaartmaatschappijen", ""),
    c("315.03", "", ""),
    c("316", "Paritair Comité voor de koopvaardij", "Commission paritaire pour la marine marchande"),
    c("317", "Paritair Comité voor de bewakings- en/of toezichtsdiensten", "Commission paritaire pour les services de gardiennage et/ou de surveillance"),
    c("318", "", ""),
    c("318.01", "", ""),
    c("318.02", "", ""),
    c("319", "Paritair Comité voor de opvoedings- en huisvestingsinrichtingen en -diensten", "Commission paritaire des établissements et services d'éducation et d'hébergement"),
    c("319.01", "", ""),
    c("319.02", "Paritair Subcomité voor de opvoedings- en huisvestingsinrichtingen en -diensten van de Franse Gemeenschap, het Waalse Gewest en de Duitstalige Gemeenschap", "Sous-commission paritaire des établissements et services d'éducation et d'hébergement de la Communauté française, de la Région wallonne et de la Communauté germanophone"),
    c("320", "Paritair Comité voor de begrafenisondernemingen", "Commission paritaire des pompes funèbres"),
    c("321", "Paritair Comité voor de groothandelaars-verdelers in geneesmiddelen", "Commission paritaire pour les grossistes-répartiteurs en médicaments"),
    c("322", "", "Commission paritaire pour le travail intérimaire et les entreprises agréées fournissant des travaux ou services de proximité"),
    c("322.01", "Paritair Subcomité voor de erkende ondernemingen die buurtwerken of diensten leveren", "Sous-commission paritaire pour les entreprises agréées fournissant des travaux ou services de proximité"),
    c("323", "Paritair Comité voor het beheer van gebouwen, de vastgoedmakelaars en de dienstboden", "Commission paritaire pour la gestion d'immeubles, les agents immobiliers et les travailleurs domestiques"),
    c("324", "Paritair Comité voor de diamantnijverheid en -handel", "Commission paritaire de l'industrie et du commerce du diamant"),
    c("325", "", ""),
    c("326", "Paritair Comité voor het gas- en elektriciteitsbedrijf", "Commission paritaire de l'industrie du gaz et de l'électricité"),
    c("327", "Paritair Comité voor de beschutte werkplaatsen, de sociale werkplaatsen en de maatwerkbedrijven", ""),
    c("327.01", "", ""),
    c("327.02", "", ""),
    c("327.03", "", ""),
    c("328", "", ""),
    c("328.01", "", ""),
    c("328.02", "", ""),
    c("328.03", "", ""),
    c("329", "Paritair Comité voor de socio-culturele sector", "Commission paritaire pour le secteur socio-culturel"),
    c("329.01", "", ""),
    c("329.02", "Paritair Subcomité voor de socio-culturele sector van de Franstalige en Duitstalige Gemeenschap en het Waalse Gewest", "Sous-commission paritaire pour le secteur socio-culturel de la Communauté française et germanophone et de la Région wallonne"),
    c("329.03", "", ""),
    c("330", "Paritair Comité voor de gezondheidsinrichtingen en -diensten", "Commission paritaire des établissements et des services de santé"),
    c("331", "Paritair Comité voor de Vlaamse welzijns- en gezondheidssector", "Commission paritaire pour le secteur flamand de l'aide sociale et des soins de santé"),
    c("332", "Paritair Comité voor de Franstalige en Duitstalige welzijns- en gezondheidssector", "Commission paritaire pour le secteur francophone et germanophone de l'aide sociale et des soins de santé"),
    c("333", "Paritair Comité voor toeristische attracties", "Commission paritaire pour les attractions touristiques"),
    c("335", "Paritair Comité voor de dienstverlening aan en de ondersteuning van het bedrijfsleven en de zelfstandigen", ""),
    c("336", "", ""),
    c("337", "Aanvullend Paritair Comité voor de non-profitsector", "Commission paritaire auxiliaire pour le secteur non-marchand"),
    c("339", "Paritair Comité voor de erkende maatschappijen voor sociale huisvesting", "Commission paritaire pour les sociétés de logement social agréées"),
    c("339.01", "Paritair Subcomité voor de erkende maatschappijen voor sociale huisvesting van het Vlaamse Gewest", ""),
    c("339.02", "Paritair Subcomité voor de erkende maatschappijen voor sociale huisvesting van het Waalse Gewest", ""),
    c("339.03", "Paritair Subcomité voor de erkende maatschappijen voor sociale huisvesting van het Brussels Hoofdstedelijk Gewest", ""),
    c("340", "Paritair Comité voor de orthopedische technologieën", "Commission paritaire pour les technologies orthopédiques"),
    c("341", "", ""),
];

/// A committee that no longer exists: when it ended and which committees took over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Abolished {
    pub code: &'static str,
    /// The first day without it, as the sources give it ("" where only the month is known).
    pub ended: &'static str,
    pub successors: &'static [&'static str],
}

/// Committees whose every sub-committee the flexi sources treat alike ("all sub-committees of the
/// food trade"): a sub-committee number under them is read even when the list above lacks it.
const FAMILIES: &[&str] = &["119", "144", "145"];

/// Abolished committees people may still find on an old payslip or contract.
pub const ABOLISHED: &[Abolished] = &[
    // KB 14 Sep 2017 (BS 26 Sep 2017): workers to PC 100, employees to PC 200 (Partena, groupS).
    Abolished { code: "308", ended: "2017-10-01", successors: &["100", "200"] },
    // Merged into PC 200 on 1 April 2015 (LBC-NVK, 31 March 2015).
    Abolished { code: "218", ended: "2015-04-01", successors: &["200"] },
    // Abolished in July 2019, its workers moved to PC 144 (Wolters Kluwer, FOD WASO counts).
    Abolished { code: "120.02", ended: "", successors: &["144"] },
    // Merged into PC 211, now the petroleum industry and trade, on 1 April 2023 (KB 25 Jun 2023 and
    // KB 9 Jul 2023: "CP 117 (qui a été abrogée au 1er avril 2023)").
    Abolished { code: "117", ended: "2023-04-01", successors: &["211"] },
    // Stockbroking firms absorbed by PC 310 (banks) from 1 July 2023 (Prato).
    Abolished { code: "309", ended: "2023-07-01", successors: &["310"] },
    // Merged into PC 303 on 11 October 2008.
    Abolished { code: "303.02", ended: "2008-10-11", successors: &["303"] },
    Abolished { code: "303.04", ended: "2008-10-11", successors: &["303"] },
];

/// Why a committee number cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommitteeError {
    /// Not written as a committee number at all.
    NotANumber(String),
    /// Well written, but no such joint committee exists.
    Unknown(String),
    /// A sub-committee not on the list, under an existing committee.
    UnknownSubCommittee { sub: String, committee: String },
    /// A committee that was abolished, with the day it ended (if known) and its successors.
    Abolished { code: String, ended: &'static str, successors: &'static [&'static str] },
}

impl std::fmt::Display for CommitteeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CommitteeError::NotANumber(text) => write!(
                f,
                "\"{text}\" is not a joint committee number: write three digits, with a two-digit sub-committee if any, for example 302 or 118.03"
            ),
            CommitteeError::Unknown(code) => {
                write!(f, "there is no joint committee {code}: check the number on the payslip or the contract")
            }
            CommitteeError::Abolished { code, ended, successors } => {
                let since = if ended.is_empty() { String::new() } else { format!(" on {ended}") };
                write!(f, "joint committee {code} was abolished{since}: its sector now belongs to joint committee {}; check the number on a recent payslip", successors.join(" or "))
            }
            CommitteeError::UnknownSubCommittee { sub, committee } => write!(
                f,
                "there is no sub-committee {sub} on the official list: check the number on the payslip or the contract, or give joint committee {committee}"
            ),
        }
    }
}

/// Reads a committee as payroll software and people write it — "302", "302.00", "PC 302", "CP302",
/// "PSC 140.01", "SCP 140.01" — as the committee it names ("302", "140.01"), and refuses a number
/// that names none.
pub fn read_committee(text: &str) -> Result<String, CommitteeError> {
    // A team's ten thousand rows share one employer's committee: the last one read is remembered.
    thread_local! {
        static LAST: std::cell::RefCell<Option<(String, Result<String, CommitteeError>)>> = const { std::cell::RefCell::new(None) };
    }
    if let Some(known) = LAST.with(|last| last.borrow().as_ref().filter(|(typed, _)| typed == text).map(|(_, read)| read.clone())) {
        return known;
    }
    let read = read_committee_now(text);
    LAST.with(|last| *last.borrow_mut() = Some((text.to_string(), read.clone())));
    read
}

fn read_committee_now(text: &str) -> Result<String, CommitteeError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let bare = ["PSC", "SCP", "PC", "CP", "PK", "JC"].iter().find_map(|p| compact.strip_prefix(p)).unwrap_or(&compact);
    let (main, sub) = match bare.split_once('.') {
        Some((main, sub)) => (main, Some(sub)),
        None => (bare, None),
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(main, 3) || sub.is_some_and(|s| !digits(s, 2)) {
        return Err(CommitteeError::NotANumber(text.chars().filter(|c| !c.is_control()).take(30).collect()));
    }
    // ".00" is how payroll software writes a committee without a sub-committee.
    let code = match sub {
        None | Some("00") => main.to_string(),
        Some(sub) => format!("{main}.{sub}"),
    };
    if let Some(gone) = ABOLISHED.iter().find(|a| a.code == code) {
        Err(CommitteeError::Abolished { code, ended: gone.ended, successors: gone.successors })
    } else if exists(&code) || (sub.is_some() && FAMILIES.contains(&main)) {
        Ok(code)
    } else if sub.is_some() && exists(main) {
        Err(CommitteeError::UnknownSubCommittee { sub: code, committee: main.to_string() })
    } else {
        Err(CommitteeError::Unknown(code))
    }
}

/// Whether a text is written as a committee number (known or not), rather than as a NACE code.
pub fn looks_like_committee(text: &str) -> bool {
    !matches!(read_committee(text), Err(CommitteeError::NotANumber(_)))
}

/// Whether the list names this committee or sub-committee.
pub fn exists(code: &str) -> bool {
    find(code).is_some()
}

/// The committee with this code, with its names.
pub fn find(code: &str) -> Option<&'static JointCommittee> {
    // The list is in number order: a binary search (a team of thousands asks for each row).
    let key = number(code)?;
    JOINT_COMMITTEES.binary_search_by_key(&key, |c| number(c.code).unwrap_or_default()).ok().map(|i| &JOINT_COMMITTEES[i])
}

/// "302" as (302, 0), "140.01" as (140, 1): the order of the official list. Only codes written as
/// the list writes them ("302.00" is read by `read_committee`, not listed).
fn number(code: &str) -> Option<(u16, u8)> {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    match code.split_once('.') {
        None if digits(code, 3) => Some((code.parse().ok()?, 0)),
        Some((main, sub)) if digits(main, 3) && digits(sub, 2) && sub != "00" => Some((main.parse().ok()?, sub.parse().ok()?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_payroll_software_writes_name_the_same_committee() {
        for form in ["302", "302.00", "PC 302", "pc302", "CP 302", "CP 302.00", " 302 "] {
            assert_eq!(read_committee(form).as_deref(), Ok("302"), "{form}");
        }
        for form in ["140.01", "PSC 140.01", "SCP 140.01", "psc140.01", "PC 140.01"] {
            assert_eq!(read_committee(form).as_deref(), Ok("140.01"), "{form}");
        }
        assert_eq!(read_committee("119.01").as_deref(), Ok("119.01"), "every food-trade sub-committee");
    }

    #[test]
    fn numbers_that_name_no_committee_are_refused_with_a_reason() {
        assert_eq!(read_committee("999"), Err(CommitteeError::Unknown("999".into())));
        assert_eq!(read_committee("999").unwrap_err().to_string(), "there is no joint committee 999: check the number on the payslip or the contract");
        assert_eq!(read_committee("300"), Err(CommitteeError::Unknown("300".into())), "300 is the National Labour Council");
        assert_eq!(read_committee("302.05"), Err(CommitteeError::UnknownSubCommittee { sub: "302.05".into(), committee: "302".into() }));
        assert!(matches!(read_committee("118.3"), Err(CommitteeError::NotANumber(_))));
        assert!(matches!(read_committee("30"), Err(CommitteeError::NotANumber(_))));
        assert!(matches!(read_committee("PC"), Err(CommitteeError::NotANumber(_))));
        assert_eq!(
            read_committee("PC 308").unwrap_err().to_string(),
            "joint committee 308 was abolished on 2017-10-01: its sector now belongs to joint committee 100 or 200; check the number on a recent payslip"
        );
        assert!(matches!(read_committee("120.02"), Err(CommitteeError::Abolished { .. })));
    }

    #[test]
    fn committees_found_since_2020_are_accepted() {
        for code in ["335", "339", "339.01", "339.02", "339.03", "305"] {
            assert_eq!(read_committee(code).as_deref(), Ok(code));
        }
        assert_eq!(find("339.01").map(|c| c.nl), Some("Paritair Subcomité voor de erkende maatschappijen voor sociale huisvesting van het Vlaamse Gewest"));
    }

    #[test]
    fn the_list_is_well_formed_and_each_sub_committee_has_its_committee() {
        for (i, committee) in JOINT_COMMITTEES.iter().enumerate() {
            let code = &committee.code;
            assert_eq!(read_committee(code).as_deref(), Ok(*code), "{code}");
            assert!(JOINT_COMMITTEES[..i].iter().all(|c| c.code != *code), "{code} twice");
            assert!(!ABOLISHED.iter().any(|a| a.code == *code), "{code} is both in force and abolished");
            assert!(i == 0 || number(JOINT_COMMITTEES[i - 1].code) < number(code), "{code} out of number order");
            if let Some((main, _)) = code.split_once('.') {
                assert!(exists(main), "{code} without {main}");
            }
        }
        assert_eq!(super::super::sources::cited(LIST_CITATION).len(), 2);
    }
}
