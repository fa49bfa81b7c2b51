//! The sector finder: the sectors the flexi-job rules name, in plain words in Dutch, French and
//! English, searchable by name, joint-committee number or NACE code. Picking an entry fills the
//! scenario's sector fields; the sector table in `sectors` still decides.

pub use super::language::Language;
use super::sectors::Community;

/// One sector a user can pick.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectorEntry {
    pub joint_committee: Option<&'static str>,
    pub nace: Option<&'static str>,
    pub community: Option<Community>,
    /// English, Dutch, French.
    pub names: [&'static str; 3],
}

impl SectorEntry {
    pub fn name(&self, language: Language) -> &'static str {
        self.names[language as usize]
    }
}

const fn pc(code: &'static str, en: &'static str, nl: &'static str, fr: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: Some(code), nace: None, community: None, names: [en, nl, fr] }
}

const fn nace(code: &'static str, en: &'static str, nl: &'static str, fr: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: None, nace: Some(code), community: None, names: [en, nl, fr] }
}

const fn public(code: &'static str, community: Community, en: &'static str, nl: &'static str, fr: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: None, nace: Some(code), community: Some(community), names: [en, nl, fr] }
}

/// Every sector named in the rules (flexi-rules.md §(c)), plus common closed ones people ask about.
pub const DIRECTORY: &[SectorEntry] = &[
    pc("302", "Hotels, restaurants and cafés (horeca)", "Horeca: hotels, restaurants en cafés", "Horeca : hôtels, restaurants et cafés"),
    pc("118.03", "Bread and pastry bakeries", "Brood- en banketbakkerijen", "Boulangeries et pâtisseries"),
    pc("118.14", "Chocolate makers and chocolate shops", "Chocolatiers en chocoladewinkels", "Chocolatiers et magasins de chocolat"),
    pc("119", "Food trade", "Handel in voedingswaren", "Commerce alimentaire"),
    pc("201", "Independent retail (shops, butchers)", "Zelfstandige kleinhandel (winkels, slagers)", "Commerce de détail indépendant (magasins, boucheries)"),
    pc("202", "Food retail (employees)", "Bedienden uit de kleinhandel in voedingswaren", "Employés du commerce de détail alimentaire"),
    pc("202.01", "Medium-sized food retailers", "Middelgrote levensmiddelenbedrijven", "Moyennes entreprises d'alimentation"),
    pc("311", "Large retail stores", "Grote kleinhandelszaken", "Grandes entreprises de vente au détail"),
    pc("312", "Department stores", "Warenhuizen", "Grands magasins"),
    pc("314", "Hairdressing, beauty care, fitness and saunas", "Kappers, schoonheidszorg, fitness en sauna's", "Coiffure, soins de beauté, fitness et saunas"),
    pc("223", "Sport", "Sport", "Sport"),
    pc("303.03", "Cinemas", "Bioscopen", "Cinémas"),
    pc("304", "Entertainment and performing arts", "Vermakelijkheidsbedrijf (podiumkunsten)", "Spectacle (arts de la scène)"),
    pc("330", "Health care establishments and services (hospitals, care homes)", "Gezondheidsinrichtingen en -diensten (ziekenhuizen, woonzorg)", "Établissements et services de santé (hôpitaux, maisons de repos)"),
    pc("112", "Garages", "Garagebedrijf", "Garages"),
    pc("132", "Technical agricultural and horticultural works", "Technische land- en tuinbouwwerken", "Travaux techniques agricoles et horticoles"),
    pc("144", "Agriculture", "Landbouw", "Agriculture"),
    pc("145", "Horticulture", "Tuinbouw", "Horticulture"),
    pc("145.04", "Parks and gardens (construction and maintenance)", "Aanleg en onderhoud van parken en tuinen", "Création et entretien de parcs et jardins"),
    pc("140.01", "Buses and coaches", "Autobussen en autocars", "Autobus et autocars"),
    pc("140.05", "Removals", "Verhuizingen", "Déménagements"),
    SectorEntry { joint_committee: Some("200"), nace: Some("85531"), community: None, names: ["Driving schools", "Rijscholen", "Auto-écoles"] },
    pc("320", "Funeral undertakers", "Begrafenisondernemingen", "Pompes funèbres"),
    pc("323", "Building management, estate agents and domestic workers", "Beheer van gebouwen, vastgoedmakelaars en dienstboden", "Gestion d'immeubles, agents immobiliers et travailleurs domestiques"),
    pc("139", "Inland navigation", "Binnenscheepvaart", "Batellerie"),
    pc("143", "Sea fishing", "Zeevisserij", "Pêche maritime"),
    pc("322", "Temporary work agency (give the user company's sector)", "Uitzendarbeid (geef de sector van de gebruiker)", "Travail intérimaire (indiquez le secteur de l'utilisateur)"),
    pc("124", "Construction", "Bouw", "Construction"),
    pc("200", "Employees' general committee (PC 200)", "Aanvullend paritair comité voor de bedienden (PC 200)", "Commission paritaire auxiliaire pour employés (CP 200)"),
    SectorEntry { joint_committee: Some("331"), nace: Some("88910"), community: None, names: ["Childcare (Flemish welfare sector)", "Kinderopvang (Vlaamse welzijnssector)", "Accueil des enfants (secteur flamand du bien-être)"] },
    public("88910", Community::Flemish, "Public childcare, Flemish Community", "Openbare kinderopvang, Vlaamse Gemeenschap", "Accueil des enfants public, Communauté flamande"),
    public("85201", Community::Flemish, "Education, Flemish Community (primary)", "Onderwijs, Vlaamse Gemeenschap (lager)", "Enseignement, Communauté flamande (primaire)"),
    public("85201", Community::GermanSpeaking, "Education, German-speaking Community (primary)", "Onderwijs, Duitstalige Gemeenschap (lager)", "Enseignement, Communauté germanophone (primaire)"),
    public("93110", Community::Flemish, "Public sports facilities, Flemish Community", "Openbare sportaccommodaties, Vlaamse Gemeenschap", "Infrastructures sportives publiques, Communauté flamande"),
    nace("90011", "Performing arts by independent artists (events)", "Uitvoerende kunsten door zelfstandige artiesten (evenementen)", "Arts du spectacle par des artistes indépendants (événements)"),
    nace("90022", "Stage design and construction (events)", "Ontwerp en bouw van podia (evenementen)", "Conception et construction de scènes (événements)"),
    nace("90023", "Image, lighting and sound technics (events)", "Beeld-, verlichtings- en geluidstechnieken (evenementen)", "Techniques de l'image, de l'éclairage et du son (événements)"),
    nace("90041", "Theatres and concert halls", "Schouwburgen en concertzalen", "Théâtres et salles de concert"),
    nace("82300", "Organisation of conventions and trade shows", "Organisatie van congressen en beurzen", "Organisation de congrès et de salons"),
    nace("93199", "Other sports activities (events)", "Overige sportactiviteiten (evenementen)", "Autres activités sportives (événements)"),
    nace("77392", "Rental of tents", "Verhuur van tenten", "Location de tentes"),
];

/// Lower case, without accents, for matching what people type.
fn fold(text: &str) -> String {
    text.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'à' | 'á' | 'â' | 'ä' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            '’' => '\'',
            c => c,
        })
        .collect()
}

/// The entries that match `query`: by joint committee ("302", "PC 118"), NACE code ("90.011"), or
/// words of the name in any language, entries named in `language` first. At most `limit` entries.
pub fn search(query: &str, language: Language, limit: usize) -> Vec<&'static SectorEntry> {
    let folded = fold(query.trim());
    let digits: String = folded.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .filter(|w| !w.is_empty() && !["pc", "cp", "psc", "scp", "pk", "nace"].contains(w))
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let numeric = words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'));
    let mut scored: Vec<(u8, usize, &'static SectorEntry)> = DIRECTORY
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| {
            let score = if numeric {
                let nace_digits = digits.replace('.', "");
                let committee_hit = entry.joint_committee.is_some_and(|c| c.starts_with(&digits));
                let nace_hit = nace_digits.len() >= 2 && entry.nace.is_some_and(|n| n.starts_with(&nace_digits));
                (committee_hit || nace_hit).then_some(if entry.joint_committee == Some(digits.as_str()) { 0 } else { 1 })
            } else {
                let in_language = |l: Language| {
                    let name = fold(entry.name(l));
                    words.iter().all(|w| name.contains(w))
                };
                if in_language(language) {
                    Some(0)
                } else if [Language::En, Language::Nl, Language::Fr].into_iter().any(in_language) {
                    Some(1)
                } else {
                    None
                }
            };
            score.map(|s| (s, i, entry))
        })
        .collect();
    scored.sort_by_key(|(score, i, _)| (*score, *i));
    scored.into_iter().take(limit).map(|(_, _, e)| e).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str, language: Language) -> Option<&'static str> {
        search(query, language, 5).first().map(|e| e.name(Language::En))
    }

    #[test]
    fn finds_by_name_in_each_language() {
        assert_eq!(first("restaurant", Language::En), Some("Hotels, restaurants and cafés (horeca)"));
        assert_eq!(first("bakkerij", Language::Nl), Some("Bread and pastry bakeries"));
        assert_eq!(first("boulangerie", Language::Fr), Some("Bread and pastry bakeries"));
        assert_eq!(first("pompes funebres", Language::Fr), Some("Funeral undertakers"));
        assert_eq!(first("CINÉMA", Language::En), Some("Cinemas"));
        assert_eq!(first("rijscholen", Language::En), Some("Driving schools"));
    }

    #[test]
    fn finds_by_number() {
        assert_eq!(search("PC 302", Language::En, 5)[0].joint_committee, Some("302"));
        assert_eq!(search("118", Language::En, 5).len(), 2);
        assert_eq!(search("90.011", Language::En, 5)[0].nace, Some("90011"));
        assert_eq!(search("85.531", Language::En, 5)[0].joint_committee, Some("200"));
    }

    #[test]
    fn every_entry_is_a_valid_sector() {
        for entry in DIRECTORY {
            assert!(entry.joint_committee.is_some() || entry.nace.is_some(), "{}", entry.names[0]);
            if let Some(c) = entry.joint_committee {
                assert_eq!(super::super::sectors::normalise_committee(c).as_deref(), Ok(c));
            }
            if let Some(n) = entry.nace {
                assert_eq!(super::super::sectors::normalise_nace(n).as_deref(), Ok(n));
            }
            assert!(entry.names.iter().all(|n| !n.is_empty()));
        }
    }

    #[test]
    fn no_noise() {
        assert!(search("", Language::En, 5).is_empty());
        assert!(search("   ", Language::Fr, 5).is_empty());
        assert!(search("zzzz", Language::Nl, 5).is_empty());
        assert!(search("PC", Language::Nl, 5).is_empty());
    }
}
