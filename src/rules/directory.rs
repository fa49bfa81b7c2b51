//! The sector finder: the sectors the flexi-job rules name, in plain words in Dutch, French and
//! English, searchable by name, by the everyday words people use for the business ("frituur",
//! "brasserie", "supermarché"), by joint-committee number or by NACE code. Picking an entry fills the
//! scenario's sector fields; the sector table in `sectors` still decides.
//!
//! The horeca words are those of PC 302's field of competence (Royal Decree of 4 October 1974, as
//! the union Horval and Groep S publish it: hotels, restaurants, cafés, traiteurs, canteens, bars,
//! snack bars…); the other words name the businesses of each committee in everyday language, in
//! the singular and the plural, since people type both.

pub use super::language::Language;
use super::sectors::{Community, EVENT_NACE, FEDERAL_PUBLIC_CARE_NACE, FLEMISH_EDUCATION_NACE, GROUPS_ONLY_PUBLIC_CARE_NACE};

/// One sector a user can pick.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SectorEntry {
    pub joint_committee: Option<&'static str>,
    pub nace: Option<&'static str>,
    pub community: Option<Community>,
    /// English, Dutch, French, German. They stay in the code, beside the words, because the finder
    /// searches every language at once (a Dutch page finds "boulangerie").
    pub names: [&'static str; 4],
    /// Everyday words for the business in any of the four languages, lower case, no accents.
    pub words: &'static [&'static str],
    /// Further NACE codes the entry stands for: five digits (picking it then sets the code typed), or
    /// a shorter NACE division whose businesses belong to the entry's joint committee.
    pub codes: &'static [&'static [&'static str]],
}

impl SectorEntry {
    pub fn name(&self, language: Language) -> &'static str {
        self.names[language as usize]
    }

    const fn words(self, words: &'static [&'static str]) -> SectorEntry {
        SectorEntry { words, ..self }
    }

    const fn codes(self, codes: &'static [&'static [&'static str]]) -> SectorEntry {
        SectorEntry { codes, ..self }
    }
}

const fn pc(code: &'static str, en: &'static str, nl: &'static str, fr: &'static str, de: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: Some(code), nace: None, community: None, names: [en, nl, fr, de], words: &[], codes: &[] }
}

const fn nace(code: &'static str, en: &'static str, nl: &'static str, fr: &'static str, de: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: None, nace: Some(code), community: None, names: [en, nl, fr, de], words: &[], codes: &[] }
}

const fn public(code: &'static str, community: Community, en: &'static str, nl: &'static str, fr: &'static str, de: &'static str) -> SectorEntry {
    SectorEntry { joint_committee: None, nace: Some(code), community: Some(community), names: [en, nl, fr, de], words: &[], codes: &[] }
}

/// Every sector named in the rules (flexi-rules.md §(c)), plus common closed ones people ask about.
pub const DIRECTORY: &[SectorEntry] = &[
    pc("302", "Hotels, restaurants and cafés (horeca)", "Horeca: hotels, restaurants en cafés", "Horeca : hôtels, restaurants et cafés", "Hotel- und Gaststättengewerbe (Horeca): Hotels, Restaurants und Cafés").words(&["restaurant", "restaurants", "resto", "cafe", "cafes", "eetcafe", "eetcafes", "brasserie", "brasseries", "bistro", "bistros", "bar", "bars", "snackbar", "snackbars", "snack", "snacks", "frituur", "frituren", "frietkot", "frietkoten", "friterie", "friteries", "friture", "fritures", "taverne", "tavernes", "tavernen", "herberg", "kroeg", "kroegen", "pub", "pubs", "hotel", "hotels", "motel", "pension", "traiteur", "traiteurs", "catering", "cateraar", "kantine", "kantines", "cantine", "cantines", "canteen", "canteens", "mess", "pizzeria", "pizzerias", "tearoom", "theesalon", "salon de the", "self-service", "zelfbediening", "horeca", "gaststaette", "gaststatte", "gaststaetten", "gaststatten", "gastwirtschaft", "wirtschaft", "kneipe", "kneipen", "gasthaus", "gasthof", "gastronomie", "gastgewerbe", "hotellerie", "kaffee", "imbiss", "imbissbude", "frittuere", "fritture", "fritten", "pommesbude", "schnellimbiss", "eisdiele", "eiscafe", "konditorei-cafe", "teestube", "kantinen", "betriebskantine", "partyservice", "gaestehaus", "gastehaus", "jugendherberge", "ferienpark", "feriendorf", "kellner", "bedienung", "theke", "diskothek", "disco", "festsaal", "saal"]).codes(&[&["55", "56"]]),
    pc("118.03", "Bread and pastry bakeries", "Brood- en banketbakkerijen", "Boulangeries et pâtisseries", "Bäckereien und Konditoreien").words(&["bakker", "bakkers", "bakkerij", "bakkerijen", "banketbakker", "banketbakkerij", "boulanger", "boulangers", "boulangerie", "boulangeries", "patisserie", "patisseries", "bakery", "bakeries", "baker", "baeckerei", "backerei", "baeckereien", "backereien", "baecker", "backer", "konditorei", "konditoreien", "konditor", "feinbaeckerei", "feinbackerei", "backstube"]),
    pc("118.14", "Chocolate makers and chocolate shops", "Chocolatiers en chocoladewinkels", "Chocolatiers et magasins de chocolat", "Chocolatiers und Schokoladengeschäfte").words(&["chocolatier", "chocolatiers", "chocolaterie", "chocolateries", "praline", "pralines", "chocolade", "chocolat", "schokolade", "schokoladengeschaeft", "schokoladengeschaft", "pralinen", "confiserie"]),
    pc("119", "Food trade", "Handel in voedingswaren", "Commerce alimentaire", "Lebensmittelhandel").words(&["lebensmittelhandel", "grosshandel", "lebensmittelgrosshandel"]),
    pc("201", "Independent retail (shops, butchers)", "Zelfstandige kleinhandel (winkels, slagers)", "Commerce de détail indépendant (magasins, boucheries)", "Selbständiger Einzelhandel (Geschäfte, Metzgereien)").words(&["winkel", "winkels", "shop", "shops", "magasin", "magasins", "slager", "slagers", "slagerij", "slagerijen", "boucher", "boucherie", "boucheries", "butcher", "butchers", "kruidenier", "epicerie", "epiceries", "geschaeft", "geschaft", "geschaefte", "geschafte", "laden", "laeden", "einzelhandel", "metzgerei", "metzgereien", "metzger", "fleischerei", "lebensmittelgeschaeft", "lebensmittelgeschaft", "kiosk", "boutique"]),
    pc("202", "Food retail (employees)", "Bedienden uit de kleinhandel in voedingswaren", "Employés du commerce de détail alimentaire", "Lebensmitteleinzelhandel (Angestellte)").words(&["supermarkt", "supermarkten", "supermarche", "supermarches", "supermarket", "supermarkets", "supermaerkte", "supermarkte", "lebensmittelmarkt"]),
    pc("202.01", "Medium-sized food retailers", "Middelgrote levensmiddelenbedrijven", "Moyennes entreprises d'alimentation", "Mittelgroße Lebensmittelgeschäfte").words(&["supermarkt", "supermarkten", "supermarche", "supermarches", "supermarket", "supermarkets", "supermaerkte", "supermarkte", "lebensmittelmarkt"]),
    pc("311", "Large retail stores", "Grote kleinhandelszaken", "Grandes entreprises de vente au détail", "Große Einzelhandelsunternehmen").words(&["supermarkt", "supermarkten", "supermarche", "supermarches", "supermarket", "supermarkets", "hypermarkt", "hypermarche", "supermaerkte", "supermarkte", "verbrauchermarkt"]),
    pc("312", "Department stores", "Warenhuizen", "Grands magasins", "Warenhäuser").words(&["warenhuis", "warenhuizen", "grand magasin", "department store", "warenhaus", "warenhaeuser", "warenhauser", "kaufhaus", "kaufhaeuser", "kaufhauser"]),
    pc("314", "Hairdressing, beauty care, fitness and saunas", "Kappers, schoonheidszorg, fitness en sauna's", "Coiffure, soins de beauté, fitness et saunas", "Friseurhandwerk, Schönheitspflege, Fitness und Saunen").words(&["kapper", "kappers", "kapsalon", "kapsalons", "coiffeur", "coiffeurs", "coiffeuse", "salon de coiffure", "hairdresser", "hairdressers", "schoonheidssalon", "schoonheidsinstituut", "institut de beaute", "estheticienne", "beautician", "fitness", "fitnesscentrum", "sauna", "saunas", "zonnecentrum", "solarium", "friseur", "friseure", "frisoer", "frisor", "frisoere", "frisore", "friseursalon", "frisoersalon", "frisorsalon", "kosmetik", "kosmetiksalon", "kosmetikerin", "schoenheitssalon", "schonheitssalon", "nagelstudio", "fitnessstudio", "fitnesscenter", "saunen", "sonnenstudio", "wellness"]),
    pc("223", "Sport", "Sport", "Sport", "Sport").words(&["sportclub", "sportclubs", "voetbalclub", "club sportif", "sports club", "sportverein", "sportvereine", "fussballverein", "sportklub", "verein"]),
    pc("303.03", "Cinemas", "Bioscopen", "Cinémas", "Kinos").words(&["bioscoop", "cinema", "cinemas", "movie theatre", "kino", "kinos", "filmtheater", "lichtspielhaus"]),
    pc("304", "Entertainment and performing arts", "Vermakelijkheidsbedrijf (podiumkunsten)", "Spectacle (arts de la scène)", "Unterhaltungsgewerbe (darstellende Künste)").words(&["unterhaltung", "theater", "buehne", "buhne", "show"]),
    pc("330", "Health care establishments and services (hospitals, care homes)", "Gezondheidsinrichtingen en -diensten (ziekenhuizen, woonzorg)", "Établissements et services de santé (hôpitaux, maisons de repos)", "Gesundheitseinrichtungen und -dienste (Krankenhäuser, Alten- und Pflegeheime)").words(&["ziekenhuis", "ziekenhuizen", "hopital", "hopitaux", "hospital", "hospitals", "kliniek", "klinieken", "clinique", "cliniques", "clinic", "rusthuis", "rusthuizen", "woonzorgcentrum", "woonzorgcentra", "maison de repos", "maisons de repos", "care home", "care homes", "nursing home", "krankenhaus", "krankenhaeuser", "krankenhauser", "klinik", "kliniken", "spital", "altenheim", "altenheime", "seniorenheim", "pflegeheim", "pflegeheime", "wohn- und pflegezentrum", "wpzs", "seniorenresidenz", "pflege"]),
    pc("112", "Garages", "Garagebedrijf", "Garages", "Autowerkstätten (Garagen)").words(&["garage", "garagist", "garagiste", "carrosserie", "autowerkstatt", "werkstatt", "kfz-werkstatt", "autohaus", "karosserie"]),
    pc("132", "Technical agricultural and horticultural works", "Technische land- en tuinbouwwerken", "Travaux techniques agricoles et horticoles", "Technische Land- und Gartenbauarbeiten"),
    pc("144", "Agriculture", "Landbouw", "Agriculture", "Landwirtschaft").words(&["boer", "boerderij", "landbouwer", "ferme", "fermier", "farm", "farmer", "landwirtschaft", "bauernhof", "hof", "landwirt", "bauer", "erntehelfer", "ernte"]),
    pc("145", "Horticulture", "Tuinbouw", "Horticulture", "Gartenbau").words(&["serre", "serres", "kwekerij", "pepiniere", "greenhouse", "gartenbau", "gaertnerei", "gartnerei", "baumschule", "gewaechshaus", "gewachshaus", "obstbau", "obsternte"]),
    pc("145.04", "Parks and gardens (construction and maintenance)", "Aanleg en onderhoud van parken en tuinen", "Création et entretien de parcs et jardins", "Anlage und Pflege von Parks und Gärten").words(&["hovenier", "hoveniers", "tuinaanleg", "tuinonderhoud", "jardinier", "jardiniers", "gardener", "gardeners", "gardening", "gaertner", "gartner", "landschaftsgaertner", "landschaftsgartner", "gartenpflege", "gartenbau", "gruenpflege", "grunpflege"]),
    pc("140.01", "Buses and coaches", "Autobussen en autocars", "Autobus et autocars", "Linien- und Reisebusse").words(&["bus", "bussen", "autocar", "touringcar", "coach", "busse", "reisebus", "busunternehmen", "busfahrer"]),
    pc("140.05", "Removals", "Verhuizingen", "Déménagements", "Umzüge").words(&["verhuizer", "verhuizers", "verhuisbedrijf", "demenageur", "demenageurs", "movers", "umzug", "umzuege", "umzuge", "umzugsfirma", "umzugsunternehmen", "moebelpacker", "mobelpacker"]),
    SectorEntry { joint_committee: Some("200"), nace: Some("85531"), community: None, names: ["Driving schools", "Rijscholen", "Auto-écoles", "Fahrschulen"], words: &["rijschool", "auto-ecole", "driving school"], codes: &[] },
    pc("320", "Funeral undertakers", "Begrafenisondernemingen", "Pompes funèbres", "Bestattungsunternehmen").words(&["begrafenis", "begrafenissen", "uitvaart", "uitvaartcentrum", "funerailles", "funerarium", "funeral", "funerals", "bestattung", "bestattungen", "bestatter", "bestattungsunternehmen", "beerdigung", "beerdigungsinstitut", "trauerfeier", "leichenhalle"]),
    pc("323", "Building management, estate agents and domestic workers", "Beheer van gebouwen, vastgoedmakelaars en dienstboden", "Gestion d'immeubles, agents immobiliers et travailleurs domestiques", "Gebäudeverwaltung, Immobilienmakler und Hausangestellte").words(&["syndic", "vastgoed", "immo", "immobilier", "dienstbode", "dienstboden", "domestique", "domestiques", "immobilien", "immobilienmakler", "hausverwaltung", "hausverwalter", "syndikus", "hausangestellte", "haushaltshilfe"]),
    pc("139", "Inland navigation", "Binnenscheepvaart", "Batellerie", "Binnenschifffahrt").words(&["binnenvaart", "schipper", "batelier", "barge", "binnenschifffahrt", "schiff", "schiffer", "binnenschiff"]),
    pc("143", "Sea fishing", "Zeevisserij", "Pêche maritime", "Seefischerei").words(&["visserij", "visser", "vissers", "peche", "pecheur", "fishing", "fisherman", "fischerei", "fischer", "seefischerei"]),
    pc("322", "Temporary work agency (give the user company's sector)", "Uitzendarbeid (geef de sector van de gebruiker)", "Travail intérimaire (indiquez le secteur de l'utilisateur)", "Leiharbeit (geben Sie den Sektor des Benutzerunternehmens an)").words(&["uitzendkantoor", "uitzendbureau", "interim", "interimaire", "agence d'interim", "temp agency", "temping", "leiharbeit", "leiharbeitsagentur", "zeitarbeit", "zeitarbeitsfirma", "interimbuero", "interimburo", "aushilfsagentur"]),
    pc("121", "Cleaning", "Schoonmaak", "Nettoyage", "Reinigung").words(&["schoonmaak", "schoonmaakbedrijf", "schoonmaakbedrijven", "poetsbedrijf", "nettoyage", "entreprise de nettoyage", "cleaning", "cleaner", "cleaners", "reinigung", "reinigungsfirma", "reinigungsunternehmen", "putzfirma", "gebaeudereinigung", "gebaudereinigung", "raumpflege"]),
    pc("124", "Construction", "Bouw", "Construction", "Bauwesen").words(&["bouwbedrijf", "aannemer", "aannemers", "batiment", "entrepreneur", "builder", "builders", "bau", "baufirma", "bauunternehmen", "bauunternehmer", "bauwesen", "baustelle"]),
    pc("200", "Employees' general committee (PC 200)", "Aanvullend paritair comité voor de bedienden (PC 200)", "Commission paritaire auxiliaire pour employés (CP 200)", "Ergänzende paritätische Kommission für Angestellte (PK 200)"),
    SectorEntry { joint_committee: Some("331"), nace: Some("88910"), community: None, names: ["Childcare (Flemish welfare sector)", "Kinderopvang (Vlaamse welzijnssector)", "Accueil des enfants (secteur flamand du bien-être)", "Kinderbetreuung (flämischer Sozialsektor)"], words: &["creche", "creches", "kinderdagverblijf", "kinderdagverblijven", "daycare", "nursery", "onthaalouder"], codes: &[] },
    public("88910", Community::Flemish, "Public childcare, Flemish Community", "Openbare kinderopvang, Vlaamse Gemeenschap", "Accueil des enfants public, Communauté flamande", "Öffentliche Kinderbetreuung, Flämische Gemeinschaft"),
    public("85201", Community::Flemish, "Education, Flemish Community (primary)", "Onderwijs, Vlaamse Gemeenschap (lager)", "Enseignement, Communauté flamande (primaire)", "Unterrichtswesen, Flämische Gemeinschaft (Primarschule)").words(&["schule", "primarschule", "unterrichtswesen"]).codes(&[FLEMISH_EDUCATION_NACE]),
    // The German-speaking Community's childcare (the sector table's row "german-childcare", NACE 88.91):
    // the sector German speakers most often look for.
    public("88910", Community::GermanSpeaking, "Childcare, German-speaking Community", "Kinderopvang, Duitstalige Gemeenschap", "Accueil des enfants, Communauté germanophone", "Kinderbetreuung, Deutschsprachige Gemeinschaft").words(&["kinderbetreuung", "kita", "kitas", "krippe", "kinderkrippe", "tagesmutter", "tagesmutter", "kindertagesstatte", "kindertagesstaette"]),
    public("85201", Community::GermanSpeaking, "Education, German-speaking Community (primary)", "Onderwijs, Duitstalige Gemeenschap (lager)", "Enseignement, Communauté germanophone (primaire)", "Unterrichtswesen, Deutschsprachige Gemeinschaft (Primarschule)").words(&["schule", "schulen", "primarschule", "grundschule", "unterrichtswesen", "unterricht", "bildungswesen"]),
    public("93110", Community::Flemish, "Public sports facilities, Flemish Community", "Openbare sportaccommodaties, Vlaamse Gemeenschap", "Infrastructures sportives publiques, Communauté flamande", "Öffentliche Sportanlagen, Flämische Gemeinschaft").words(&["schwimmbad", "sporthalle", "sportzentrum", "sportanlage"]),
    nace("90011", "Performing arts by independent artists (events)", "Uitvoerende kunsten door zelfstandige artiesten (evenementen)", "Arts du spectacle par des artistes indépendants (événements)", "Darstellende Kunst durch selbständige Künstler (Veranstaltungen)"),
    nace("90022", "Stage design and construction (events)", "Ontwerp en bouw van podia (evenementen)", "Conception et construction de scènes (événements)", "Bühnenbild und Bühnenbau (Veranstaltungen)"),
    nace("90023", "Image, lighting and sound technics (events)", "Beeld-, verlichtings- en geluidstechnieken (evenementen)", "Techniques de l'image, de l'éclairage et du son (événements)", "Bild-, Licht- und Tontechnik (Veranstaltungen)"),
    nace("90041", "Theatres and concert halls", "Schouwburgen en concertzalen", "Théâtres et salles de concert", "Theater und Konzertsäle").words(&["theater", "theaters", "schouwburg", "theatre", "theatres", "concertzaal", "salle de concert", "concert hall", "konzertsaal", "konzertsaele", "konzertsale", "konzerthalle", "kulturzentrum"]),
    nace("82300", "Organisation of conventions and trade shows", "Organisatie van congressen en beurzen", "Organisation de congrès et de salons", "Organisation von Kongressen und Messen").words(&["beurs", "beurzen", "congres", "congressen", "salon", "salons", "trade fair", "conference", "conferences", "messe", "messen", "kongress", "kongresse", "tagung", "ausstellung"]),
    nace("93199", "Other sports activities (events)", "Overige sportactiviteiten (evenementen)", "Autres activités sportives (événements)", "Sonstige sportliche Tätigkeiten (Veranstaltungen)"),
    nace("77392", "Rental of tents", "Verhuur van tenten", "Location de tentes", "Zeltverleih").words(&["tent", "tenten", "tente", "tentes", "tents", "chapiteau", "zelt", "zelte", "zeltverleih", "festzelt"]),
    nace("90012", "Event sector: other activities listed by NACE code", "Evenementensector: andere activiteiten opgesomd per NACE-code", "Secteur événementiel : autres activités énumérées par code NACE", "Veranstaltungssektor: weitere nach NACE-Code aufgeführte Tätigkeiten").words(&["veranstaltung", "veranstaltungen", "event", "events", "festival", "konzert"]).codes(&[EVENT_NACE]),
    // From 1 July 2026 a public employer may use flexi-jobs where its authority allows them
    // (the sector table's public-sector row): NACE division 84 says "public employer".
    nace("84110", "Public administration: municipality, public social welfare centre, province, region, federal service", "Openbaar bestuur: gemeente, OCMW, provincie, gewest, federale overheidsdienst", "Administration publique : commune, CPAS, province, région, service public fédéral", "Öffentliche Verwaltung: Gemeinde, ÖSHZ, Provinz, Region, Föderaler Öffentlicher Dienst").words(&["gemeente", "gemeenten", "gemeentebestuur", "stadsbestuur", "ocmw", "provincie", "overheid", "commune", "communes", "administration communale", "cpas", "province", "municipality", "municipalities", "council", "public service", "civil service", "gemeinde", "gemeinden", "gemeindeverwaltung", "stadtverwaltung", "provinz", "behoerde", "behorde", "verwaltung", "oeffentlicher dienst", "offentlicher dienst", "ministerium", "dg", "deutschsprachige gemeinschaft"]).codes(&[&["84"]]),
    nace("86101", "Public care institutions (hospitals, care homes: listed NACE codes)", "Openbare zorginstellingen (ziekenhuizen, woonzorg: opgesomde NACE-codes)", "Institutions de soins publiques (hôpitaux, maisons de repos : codes NACE énumérés)", "Öffentliche Pflegeeinrichtungen (Krankenhäuser, Alten- und Pflegeheime: aufgeführte NACE-Codes)").codes(&[FEDERAL_PUBLIC_CARE_NACE, GROUPS_ONLY_PUBLIC_CARE_NACE]),
];

/// The characters and words of a query the finder reads; the rest is ignored.
pub const MAX_QUERY_CHARS: usize = 200;
pub const MAX_QUERY_WORDS: usize = 8;

/// The directory, then every other joint committee of the official list under its official names,
/// so any committee can be found by number or by a word of its name.
pub fn entries() -> &'static [SectorEntry] {
    static ALL: std::sync::OnceLock<Vec<SectorEntry>> = std::sync::OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = DIRECTORY.to_vec();
        for committee in super::committees::JOINT_COMMITTEES {
            let listed = DIRECTORY.iter().any(|e| e.joint_committee == Some(committee.code) && e.nace.is_none());
            if listed || (committee.nl.is_empty() && committee.fr.is_empty()) {
                continue;
            }
            let nl = if committee.nl.is_empty() { committee.fr } else { committee.nl };
            let fr = if committee.fr.is_empty() { committee.nl } else { committee.fr };
            // No committee has an official English or German name: an English reader sees the Dutch
            // one, a German reader the French one (Ostbelgien's employers meet it in French).
            all.push(pc(committee.code, nl, nl, fr, fr));
        }
        all
    })
}

/// Lower case, without accents, for matching what people type (the sector finder, a team's headers).
pub fn fold(text: &str) -> String {
    text.chars().map(fold_char).collect()
}

/// One letter of Belgium's languages in lower case without its accent ("É" → "e", "Ä" → "a"); other
/// characters as they are. Written out rather than `char::to_lowercase`, whose Unicode tables cost
/// every visitor 13 KB gzip (measured) for scripts the finder has no words in.
fn fold_char(c: char) -> char {
    let lower = match c {
        'A'..='Z' => c.to_ascii_lowercase(),
        // Latin-1's capitals sit 32 below their small letters; × is not a letter.
        'À'..='Þ' if c != '×' => char::from_u32(c as u32 + 32).unwrap_or(c),
        'Œ' => 'œ',
        'Ÿ' => 'ÿ',
        c => c,
    };
    match lower {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        '’' => '\'',
        c => c,
    }
}

/// One entry the finder offers, and the sector fields picking it sets.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Found {
    pub entry: &'static SectorEntry,
    pub joint_committee: Option<&'static str>,
    /// The NACE code typed, when the entry stands for a list of codes; else the entry's own.
    pub nace: Option<&'static str>,
}

/// How well one typed word fits one word of a name: 0 the same word (or its plural), 1 the start
/// of the word; `None` inside a word ("bar" is not in "openbare").
fn fit(typed: &str, word: &str) -> Option<u8> {
    if typed == word {
        return Some(0);
    }
    // "restaurants", "bakkerijen": a plural typed for a singular listed.
    if word.len() >= 4 && typed.len() <= word.len() + 2 && typed.starts_with(word) {
        return Some(0);
    }
    word.starts_with(typed).then_some(1)
}

/// The best fit of a typed word in a text of several words ("salon de the" is three).
fn fit_in(typed: &str, text: &str) -> Option<u8> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).filter_map(|w| fit(typed, w)).min()
}

/// The entries that match `query`: by joint committee ("302", "PC 118"), NACE code ("56101",
/// "56.101", "90.011"), or whole words and word starts of the name in any language or of the
/// everyday words; the closest first, entries named in `language` before the others. At most `limit`.
pub fn search(query: &str, language: Language, limit: usize) -> Vec<Found> {
    // A sector is named in a few words: what is typed beyond that only costs time.
    let folded = fold(&query.trim().chars().take(MAX_QUERY_CHARS).collect::<String>());
    let words: Vec<&str> = folded
        .split(|c: char| !c.is_alphanumeric() && c != '.')
        .map(|w| w.trim_matches('.'))
        .filter(|w| !w.is_empty() && !["pc", "cp", "psc", "scp", "pk", "nace"].contains(w))
        .take(MAX_QUERY_WORDS)
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let numeric = words.iter().all(|w| w.chars().all(|c| c.is_ascii_digit() || c == '.'));
    let digits: String = words.concat();
    let nace_digits = digits.replace('.', "");
    let mut scored: Vec<(u32, usize, Found)> = entries()
        .iter()
        .enumerate()
        .filter_map(|(i, entry)| {
            let found = |nace| Found { entry, joint_committee: entry.joint_committee, nace };
            if numeric {
                if entry.joint_committee == Some(digits.as_str()) {
                    return Some((0, i, found(entry.nace)));
                }
                if entry.joint_committee.is_some_and(|c| c.starts_with(&digits)) {
                    return Some((2, i, found(entry.nace)));
                }
                if nace_digits.len() < 2 {
                    return None;
                }
                if entry.nace.is_some_and(|n| n.starts_with(&nace_digits)) {
                    return Some((if entry.nace == Some(nace_digits.as_str()) { 0 } else { 2 }, i, found(entry.nace)));
                }
                // A listed code: picking the entry sets that code. A NACE division: its committee.
                let listed = entry.codes.iter().flat_map(|list| list.iter()).find(|code| {
                    if code.len() == 5 { code.starts_with(&nace_digits) } else { nace_digits.starts_with(*code) }
                })?;
                let nace = if listed.len() == 5 { Some(*listed) } else { entry.nace };
                return Some((1, i, found(nace)));
            }
            // Every typed word must fit a word of the name in the page's language or an everyday
            // word (the closest fit counts), or else a word of the name in another language.
            let own = |w: &str| fit_in(w, &fold(entry.name(language))).into_iter().chain(entry.words.iter().filter_map(|e| fit_in(w, e))).min();
            let other = |w: &str| Language::ALL.into_iter().filter_map(|l| fit_in(w, &fold(entry.name(l)))).min().map(|f| f + 2);
            let mut score: u32 = 0;
            for w in &words {
                score = score.saturating_add(u32::from(own(w).or_else(|| other(w))?));
            }
            Some((score, i, found(entry.nace)))
        })
        .collect();
    // Equally close: the reader's own Community first ("Kinderbetreuung" for a German reader is the
    // German-speaking Community's childcare before the Flemish one).
    let home = match language {
        Language::De => Some(Community::GermanSpeaking),
        _ => None,
    };
    scored.sort_by_key(|(score, i, found)| (*score, home.is_none() || found.entry.community != home, *i));
    scored.into_iter().take(limit).map(|(_, _, f)| f).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(query: &str, language: Language) -> Option<&'static str> {
        search(query, language, 5).first().map(|f| f.entry.name(Language::En))
    }

    const HORECA: Option<&str> = Some("Hotels, restaurants and cafés (horeca)");

    #[test]
    fn folds_the_letters_of_belgiums_languages_as_unicode_lower_case_would() {
        assert_eq!(fold("ÉCOLE Bäckerei GASTSTÄTTE Œuvre naïve Ñandú l’Horeca ÿ"), "ecole backerei gaststatte œuvre naive nandu l'horeca y");
        // Every Latin-1 and Latin Extended-A letter folds to what Unicode's lower case then the accent
        // table give; other scripts are kept as typed (the finder has no words in them).
        for c in ('\u{20}'..='\u{17f}').filter(|c| !c.is_control()) {
            let unicode: String = c.to_lowercase().collect();
            let expected = fold(&unicode);
            let ours = fold_char(c).to_string();
            if c < 'Ā' || "ŒŸ".contains(c) {
                assert_eq!(ours, expected, "{c}");
            }
        }
        assert_eq!(fold("Σ"), "Σ");
    }

    #[test]
    fn finds_everyday_words_singular_and_plural() {
        for (query, language) in [
            ("brasserie", Language::En),
            ("brasseries", Language::Fr),
            ("frituur", Language::Nl),
            ("frituren", Language::Nl),
            ("eetcafé", Language::Nl),
            ("taverne", Language::Fr),
            ("snackbar", Language::Nl),
            ("traiteur", Language::Fr),
            ("restaurants", Language::En),
            ("bar", Language::En),
        ] {
            assert_eq!(first(query, language), HORECA, "{query}");
        }
        assert_eq!(first("supermarkt", Language::Nl), Some("Food retail (employees)"));
        assert_eq!(search("supermarché", Language::Fr, 8).len(), 3, "three committees run supermarkets");
        assert_eq!(first("schoonmaak", Language::Nl), Some("Cleaning"));
        assert_eq!(first("ziekenhuis", Language::Nl), Some("Health care establishments and services (hospitals, care homes)"));
        assert_eq!(first("hôpitaux", Language::Fr), Some("Health care establishments and services (hospitals, care homes)"));
        assert_eq!(first("bakkerijen", Language::Nl), Some("Bread and pastry bakeries"));
    }

    #[test]
    fn words_match_whole_or_at_their_start_never_inside() {
        assert!(search("bar", Language::Nl, 8).iter().all(|f| f.entry.joint_committee != Some("331") && f.entry.community.is_none()), "bar is not in openbare");
        assert_eq!(first("resta", Language::En), HORECA, "a word start, while typing");
        assert!(search("aurant", Language::En, 8).is_empty());
    }

    #[test]
    fn a_word_fits_whole_as_its_plural_or_at_its_start() {
        assert_eq!(fit("cafes", "cafe"), Some(0), "a plural typed, the singular listed");
        assert_eq!(fit("bakkerijen", "bakkerij"), Some(0), "two letters more");
        assert_eq!(fit("bakkerijenx", "bakkerij"), None, "three letters more is another word");
        assert_eq!(fit("bars", "bar"), None, "too short a word to guess its plural");
        assert_eq!(fit("restauran", "restaurant"), Some(1));
        assert_eq!(fit("aurant", "restaurant"), None);
    }

    #[test]
    fn closer_fits_come_first() {
        // "retail" is a whole word of 201, 202 and 311, only the start of "retailers" in 202.01.
        let order: Vec<_> = search("retail", Language::En, 8).iter().map(|f| f.entry.joint_committee.unwrap_or("")).collect();
        assert_eq!(order, ["201", "202", "311", "202.01"]);
        // The code itself before an entry that only lists it, and a code's start before a list's.
        assert_eq!(first("90011", Language::En), Some("Performing arts by independent artists (events)"));
        assert_eq!(first("90.01", Language::En), Some("Performing arts by independent artists (events)"));
        // A word of the name in the page's language before a word of the name in another one.
        let order: Vec<_> = search("construction", Language::Fr, 8).iter().map(|f| f.entry.name(Language::En)).collect();
        // (PC 111 by its official French name, "constructions", shown by its Dutch one: no English name.)
        assert_eq!(order, ["Construction", "Stage design and construction (events)", "Paritair Comité voor de metaal-, machine- en elektrische bouw", "Parks and gardens (construction and maintenance)"]);
        // One digit is no NACE code; two are a division.
        assert!(search("8", Language::En, 5).is_empty());
        assert!(search("85", Language::En, 5).iter().any(|f| f.nace == Some("85531")));
    }

    #[test]
    fn finds_every_nace_code_the_sector_table_knows() {
        for typed in ["56101", "56.101", "5610.1", "NACE 56101", "55.100"] {
            let found = search(typed, Language::En, 5);
            assert_eq!(found[0].entry.name(Language::En), HORECA.unwrap(), "{typed}");
            assert_eq!((found[0].joint_committee, found[0].nace), (Some("302"), None), "a NACE division gives its committee, not a code");
        }
        let care = search("87.101", Language::Nl, 5);
        assert_eq!((care[0].joint_committee, care[0].nace), (None, Some("87101")), "a listed code sets that code");
        for list in [super::super::sectors::EVENT_NACE, super::super::sectors::FEDERAL_PUBLIC_CARE_NACE, super::super::sectors::GROUPS_ONLY_PUBLIC_CARE_NACE, super::super::sectors::FLEMISH_EDUCATION_NACE] {
            for code in list {
                let dotted = format!("{}.{}", &code[..2], &code[2..]);
                assert!(search(&dotted, Language::Fr, 8).iter().any(|f| f.nace == Some(*code)), "{dotted}");
            }
        }
    }

    #[test]
    fn finds_what_a_german_speaker_types() {
        assert_eq!(first("Gaststätte", Language::De), HORECA);
        assert_eq!(first("gaststaette", Language::De), HORECA, "typed without umlauts");
        assert_eq!(first("Bäckerei", Language::De), Some("Bread and pastry bakeries"));
        assert_eq!(first("Friseur", Language::De), Some("Hairdressing, beauty care, fitness and saunas"));
        assert_eq!(first("Krankenhaus", Language::De), Some("Health care establishments and services (hospitals, care homes)"));
        // The German-speaking Community's own childcare (NACE 88.91), not the Flemish welfare sector's.
        let childcare = search("Kinderbetreuung", Language::De, 5);
        assert_eq!(childcare[0].entry.community, Some(Community::GermanSpeaking));
        assert_eq!(childcare[0].entry.name(Language::De), "Kinderbetreuung, Deutschsprachige Gemeinschaft");
        // A committee without a German name shows its French one to a German reader.
        assert!(search("PK 102", Language::De, 5).iter().any(|f| f.entry.name(Language::De) == "Commission paritaire de l'industrie des carrières"));
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
        // 118.03 and 118.14 from the directory, PC 118 itself by its official name.
        assert_eq!(search("118", Language::En, 5).len(), 3);
        assert_eq!(search("335", Language::Nl, 5)[0].joint_committee, Some("335"));
        assert_eq!(search("sociale huisvesting", Language::Nl, 5).iter().map(|f| f.joint_committee.unwrap()).collect::<Vec<_>>(), ["339", "339.01", "339.02", "339.03"]);
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
