//! A team as a spreadsheet: the table an employer saves from Excel, LibreOffice or Google Sheets (a
//! CSV file, or rows copied and pasted), read into one set of questionnaire answers per worker. Pure
//! Rust: the browser only hands over the file's bytes or the pasted text; nothing leaves the device.
//!
//! Read as Belgian spreadsheets write it: `;`, `,` or tab between cells (the header decides), quoted
//! cells with `""` for a quote, UTF-8 with or without a byte-order mark, or Windows-1252 (Excel's
//! default on Windows). A header may be in Dutch, French, English or German, in any column order; a column the
//! team does not need may be left out, and its answer is then "not answered", as in the questionnaire.
//! Each value is read by the questionnaire's own readers (decimal commas, `80%`, `4/5`, `15/01/2027`).

use crate::journey::UNKNOWN;
use crate::locale::Lang;

/// The most a team may hold: a social secretariat's batch, with room to spare. More is refused with
/// a message at once (a 50 MB file is never read), never read slowly.
pub const MAX_ROWS: usize = 200_000;
pub const MAX_BYTES: usize = 20_000_000;

/// One column the tool reads: the questionnaire's URL key ("name" for the worker's name or
/// reference), and the header names it answers to, folded (lower case, no accents, single spaces).
pub struct Column {
    pub key: &'static str,
    /// The header the template writes, in English, Dutch, French and German.
    pub header: [&'static str; 4],
    /// What to write, for the template's line per column.
    pub help: [&'static str; 4],
    /// Other headers people write.
    pub aliases: &'static [&'static str],
}

pub const COLUMNS: [Column; 11] = [
    Column { key: "name", header: ["Name or reference", "Naam of referentie", "Nom ou référence", "Name oder Referenz"], help: ["any name or reference of your choosing (it stays on this device)", "een naam of referentie naar keuze (ze blijft op dit toestel)", "un nom ou une référence de votre choix (il reste sur cet appareil)", "ein beliebiger Name oder eine beliebige Referenz (bleibt auf diesem Gerät)"], aliases: &["name", "naam", "nom", "reference", "referentie", "ref", "worker", "werknemer", "travailleur", "medewerker", "employee", "referenz", "arbeitnehmer", "mitarbeiter", "beschaftigter"] },
    Column { key: "function", header: ["Function", "Functie", "Fonction", "Funktion"], help: ["general, artistic, care_profession (health-care tasks), lifeguard; in PC 320 funeral_occasional, in PC 323 domestic_worker, in PC 143 sea_fishing_shore", "general (algemeen), artistic (artistiek), care_profession (taken van zorgberoepen), lifeguard (redder); in PC 320 funeral_occasional, in PC 323 domestic_worker, in PC 143 sea_fishing_shore", "general (général), artistic (artistique), care_profession (tâches des professions de santé), lifeguard (sauveteur) ; en CP 320 funeral_occasional, en CP 323 domestic_worker, en CP 143 sea_fishing_shore", "general (allgemein), artistic (künstlerisch), care_profession (Aufgaben der Gesundheitspflegeberufe), lifeguard (Rettungsschwimmer); in PK 320 funeral_occasional, in PK 323 domestic_worker, in PK 143 sea_fishing_shore"], aliases: &["function", "functie", "fonction", "job", "funktion", "tatigkeit", "stelle"] },
    Column { key: "pension", header: ["Pension", "Pensioen", "Pension", "Pension"], help: ["yes or no: a retirement or survivor's pension", "ja of nee: een rust- of overlevingspensioen", "oui ou non : une pension de retraite ou de survie", "ja oder nein: eine Ruhestands- oder Hinterbliebenenpension"], aliases: &["pension", "pensioen", "gepensioneerd", "retired", "pensionne", "pensioner", "rentner", "pensioniert", "ruhestandspension", "pensionar"] },
    Column { key: "since", header: ["Pension since", "Pensioen sinds", "Pension depuis", "Pension seit"], help: ["the pension's first day, e.g. 01/07/2024", "de eerste dag van het pensioen, bv. 01/07/2024", "le premier jour de la pension, p. ex. 01/07/2024", "der erste Tag der Pension, z. B. 01.07.2024"], aliases: &["pension since", "pensioen sinds", "pension depuis", "pensionne depuis", "since", "sinds", "depuis", "pension start", "start pensioen", "debut pension", "pension seit", "seit", "pensionsbeginn", "beginn pension"] },
    Column { key: "t3", header: ["Work in T-3 (%)", "Werk in T-3 (%)", "Travail en T-3 (%)", "Arbeit in T-3 (%)"], help: ["share of a full time with other employers in the reference quarter: 100, 80%, 4/5, or ? if unknown", "deel van een voltijdse job bij andere werkgevers in het referentiekwartaal: 100, 80%, 4/5, of ? als onbekend", "part d'un temps plein chez d'autres employeurs au trimestre de référence : 100, 80%, 4/5, ou ? si inconnu", "Anteil einer Vollzeitbeschäftigung bei anderen Arbeitgebern im Referenzquartal: 100, 80%, 4/5 oder ?, wenn unbekannt"], aliases: &["t-3", "t3", "work t-3", "werk t-3", "travail t-3", "work in t-3", "werk in t-3", "travail en t-3", "work t-3 (%)", "werk t-3 (%)", "travail t-3 (%)", "arbeit t-3", "arbeit in t-3", "arbeit t-3 (%)", "arbeit in t-3 (%)"] },
    Column { key: "t4", header: ["Work in T-4 (%)", "Werk in T-4 (%)", "Travail en T-4 (%)", "Arbeit in T-4 (%)"], help: ["the same for the quarter before: only if T-3 was less than full time", "hetzelfde voor het kwartaal daarvoor: alleen als T-3 minder dan voltijds was", "la même chose pour le trimestre d'avant : seulement si T-3 était inférieur à un temps plein", "dasselbe für das Quartal davor: nur wenn T-3 weniger als Vollzeit war"], aliases: &["t-4", "t4", "work t-4", "werk t-4", "travail t-4", "work in t-4", "werk in t-4", "travail en t-4", "arbeit t-4", "arbeit in t-4", "arbeit t-4 (%)", "arbeit in t-4 (%)"] },
    Column { key: "foreign", header: ["Work abroad in T-3", "Werk in buitenland in T-3", "Travail à l'étranger en T-3", "Arbeit im Ausland im Quartal T-3"], help: ["yes or no", "ja of nee", "oui ou non", "ja oder nein"], aliases: &["foreign", "abroad", "buitenland", "etranger", "work abroad", "werk buitenland", "travail etranger", "ausland", "arbeit im ausland", "arbeit ausland", "ausland in t-3", "arbeit im ausland in t-3"] },
    Column { key: "other", header: ["Other contract with us", "Andere overeenkomst met ons", "Autre contrat avec nous", "Anderer Vertrag mit uns"], help: ["none, below 4/5, or 4/5 or more, this quarter", "geen, minder dan 4/5, of 4/5 of meer, dit kwartaal", "aucun, moins de 4/5, ou 4/5 ou plus, ce trimestre", "keiner, unter 4/5 oder 4/5 oder mehr, in diesem Quartal"], aliases: &["other contract", "andere overeenkomst", "autre contrat", "other", "ander contract", "anderer vertrag", "anderer vertrag mit uns", "sonstiger vertrag"] },
    Column { key: "notice", header: ["Notice with us", "Opzeg bij ons", "Préavis chez nous", "Kündigungsfrist bei uns"], help: ["yes or no: a notice or severance period with you this quarter", "ja of nee: een opzeggingstermijn of verbrekingsperiode bij u dit kwartaal", "oui ou non : un préavis ou une période d'indemnité chez vous ce trimestre", "ja oder nein: eine Kündigungsfrist oder ein durch eine Entlassungsentschädigung gedeckter Zeitraum bei Ihnen in diesem Quartal"], aliases: &["notice", "opzeg", "opzegging", "preavis", "notice period", "opzeggingstermijn", "kundigung", "kundigungsfrist", "kundigungsfrist bei uns", "entlassungsentschadigung"] },
    Column { key: "linked", header: ["Contract in a linked company", "Overeenkomst in verbonden onderneming", "Contrat dans une entreprise liée", "Vertrag in einem verbundenen Unternehmen"], help: ["none, 4/5, or full time; ? if unknown", "geen, 4/5, of voltijds; ? als onbekend", "aucun, 4/5, ou temps plein ; ? si inconnu", "keiner, 4/5 oder Vollzeit; ?, wenn unbekannt"], aliases: &["linked", "linked company", "verbonden onderneming", "entreprise liee", "linked company contract", "verbundenes unternehmen", "vertrag in einem verbundenen unternehmen", "vertrag verbundenes unternehmen"] },
    Column { key: "income", header: ["Flexi pay so far this year", "Flexiloon dit jaar tot nu", "Salaire flexi cette année", "Bisheriger Flexi-Lohn in diesem Jahr"], help: ["euros, e.g. 2.500,00; ? if unknown", "euro, bv. 2.500,00; ? als onbekend", "euros, p. ex. 2 500,00 ; ? si inconnu", "Euro, z. B. 2.500,00; ?, wenn unbekannt"], aliases: &["income", "flexi pay", "flexiloon", "salaire flexi", "flexi income", "flexi pay so far", "flexiloon tot nu", "flexi-lohn", "flexilohn", "bisheriger flexi-lohn", "flexi-einkommen", "flexi-lohn bisher"] },
];

/// Why a table cannot be read at all (a row's own problems are that row's, not the file's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TableError {
    Empty,
    TooLarge,
    TooManyRows,
    /// No column the tool knows: the header is the first line.
    NoKnownColumn,
}

/// The team as read: the header's cells, which column each is, and the workers' rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Team {
    pub separator: char,
    pub headers: Vec<String>,
    /// For each column: the key it answers, or `None` for a column the tool does not use.
    pub keys: Vec<Option<&'static str>>,
    pub rows: Vec<TeamRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamRow {
    /// The line in the file (the header is line 1), as the employer's spreadsheet numbers it.
    pub line: usize,
    pub cells: Vec<String>,
}

impl TeamRow {
    /// The row's cell for a key, if the team has that column and the cell is not empty.
    pub fn value<'a>(&'a self, team: &Team, key: &str) -> Option<&'a str> {
        let column = team.keys.iter().position(|k| *k == Some(key))?;
        self.cells.get(column).map(|c| c.trim()).filter(|c| !c.is_empty())
    }
}

/// A file's bytes as text: UTF-8 (a byte-order mark dropped), else Windows-1252.
pub fn decode(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => text.to_string(),
        Err(_) => bytes.iter().map(|&b| windows_1252(b)).collect(),
    }
}

/// One Windows-1252 byte as the character it stands for (0x80–0x9F differ from Latin-1).
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž', '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™',
        'š', '›', 'œ', '\u{9D}', 'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9F => HIGH[(b - 0x80) as usize],
        _ => b as char,
    }
}

/// Lower case, without accents (as the sector finder folds), single spaces: how headers are compared.
pub fn fold(text: &str) -> String {
    let lowered = crate::rules::directory::fold(text.trim().trim_start_matches('\u{feff}'));
    lowered.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The key a header names, if any: a template header in any language, or a known alias.
pub fn column_key(header: &str) -> Option<&'static str> {
    let folded = fold(header);
    COLUMNS
        .iter()
        .find(|c| c.header.iter().any(|h| fold(h) == folded) || c.aliases.contains(&folded.as_str()))
        .map(|c| c.key)
}

/// Splits a table into rows of cells: quoted cells may hold the separator, quotes (`""`) and line
/// breaks. Lines starting with `#` (the template's notes) and empty lines are skipped.
pub(crate) fn split(text: &str, separator: char) -> Vec<(usize, Vec<String>)> {
    let mut rows = Vec::new();
    let mut cells = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    let mut finish_row = |cells: &mut Vec<String>, cell: &mut String, row_line: usize| {
        cells.push(std::mem::take(cell));
        let row = std::mem::take(cells);
        let blank = row.iter().all(|c| c.trim().is_empty());
        let note = row.first().is_some_and(|c| c.trim_start().starts_with('#'));
        if !blank && !note {
            rows.push((row_line, row));
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            '"' if quoted => quoted = false,
            '"' if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            '\n' if quoted => {
                line += 1;
                cell.push('\n');
            }
            '\r' if !quoted => {}
            '\n' => {
                finish_row(&mut cells, &mut cell, row_line);
                line += 1;
                row_line = line;
            }
            c if c == separator && !quoted => cells.push(std::mem::take(&mut cell)),
            c => cell.push(c),
        }
    }
    finish_row(&mut cells, &mut cell, row_line);
    rows
}

/// The separator the header uses: the one of `;`, tab and `,` that splits it into the most known
/// columns (Belgian Excel writes `;`, pasted rows come with tabs).
fn separator_of(text: &str) -> char {
    let header = text.lines().find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#')).unwrap_or("");
    [';', '\t', ',']
        .into_iter()
        .max_by_key(|sep| {
            let cells: Vec<&str> = header.split(*sep).collect();
            (cells.iter().filter(|c| column_key(c.trim_matches('"')).is_some()).count(), cells.len())
        })
        .unwrap_or(';')
}

/// Reads a team: the first line is the header.
pub fn read(text: &str) -> Result<Team, TableError> {
    if text.len() > MAX_BYTES {
        return Err(TableError::TooLarge);
    }
    let separator = separator_of(text);
    let mut rows = split(text, separator).into_iter();
    let (_, headers) = rows.next().ok_or(TableError::Empty)?;
    let keys: Vec<Option<&'static str>> = headers.iter().map(|h| column_key(h)).collect();
    if keys.iter().all(Option::is_none) {
        return Err(TableError::NoKnownColumn);
    }
    let rows: Vec<TeamRow> = rows.map(|(line, cells)| TeamRow { line, cells }).collect();
    if rows.len() > MAX_ROWS {
        return Err(TableError::TooManyRows);
    }
    Ok(Team { separator, headers, keys, rows })
}

/// A cell as the questionnaire reads it: yes and no, the contract choices and "I don't know" in any
/// of the four languages become the questionnaire's values; anything else is kept as typed.
pub fn answer(key: &str, cell: &str) -> String {
    // A date or an amount is kept as typed: no word of the lists starts with a digit.
    if matches!(key, "since" | "income") && cell.trim_start().starts_with(|c: char| c.is_ascii_digit()) {
        return cell.trim().to_string();
    }
    // A team repeats the same few cells ("nee", "geen", "100") thousands of times: each is read once.
    thread_local! {
        static READ: std::cell::RefCell<std::collections::HashMap<String, std::collections::HashMap<String, String, crate::rules::fnv::Fnv>, crate::rules::fnv::Fnv>> = Default::default();
    }
    if let Some(known) = READ.with(|read| read.borrow().get(key).and_then(|column| column.get(cell)).cloned()) {
        return known;
    }
    let value = answer_of(key, cell);
    READ.with(|read| {
        let mut read = read.borrow_mut();
        let column = read.entry(key.to_string()).or_default();
        // Bounded: a column of free text could hold anything.
        if column.len() >= 256 {
            column.clear();
        }
        column.insert(cell.to_string(), value.clone());
    });
    value
}

fn answer_of(key: &str, cell: &str) -> String {
    let folded = fold(cell);
    let f = folded.as_str();
    let yes = ["yes", "y", "ja", "j", "oui", "o", "x", "1", "true", "waar", "vrai", "wahr"];
    let no = ["no", "n", "nee", "neen", "non", "0", "false", "onwaar", "faux", "nein", "falsch", "-"];
    let unknown = ["?", "unknown", "onbekend", "inconnu", "don't know", "weet niet", "ik weet het niet", "je ne sais pas", "ne sait pas", "unbekannt", "weiß nicht", "weiss nicht", "ich weiß es nicht", "ich weiss es nicht"];
    let none = ["none", "no", "geen", "aucun", "aucune", "non", "nee", "kein", "keiner", "keine", "nein", "0", "-"];
    match key {
        "pension" | "foreign" | "notice" if yes.contains(&f) => "yes".into(),
        "pension" | "foreign" | "notice" if no.contains(&f) => "no".into(),
        "t3" | "linked" | "income" if unknown.contains(&f) => UNKNOWN.into(),
        "other" | "linked" if none.contains(&f) => "none".into(),
        "other" if ["below 4/5", "< 4/5", "<4/5", "minder dan 4/5", "moins de 4/5", "unter 4/5", "weniger als 4/5", "below_four_fifths"].contains(&f) => "below_four_fifths".into(),
        "other" if ["4/5 or more", ">= 4/5", ">=4/5", "4/5 of meer", "minstens 4/5", "4/5 ou plus", "au moins 4/5", "4/5 oder mehr", "mindestens 4/5", "four_fifths_or_more"].contains(&f) => "four_fifths_or_more".into(),
        "linked" if ["4/5", "four_fifths", "4/5 of meer", "4/5 ou plus", "4/5 oder mehr"].contains(&f) => "four_fifths".into(),
        "linked" if ["full time", "voltijds", "voltijd", "temps plein", "vollzeit", "vollzeitig", "full_time", "100", "100%"].contains(&f) => "full_time".into(),
        "function" if ["general", "algemeen", "general function", "standaard", "standard", "gewoon", "allgemein", "normal"].contains(&f) => "general".into(),
        "function" if ["artistic", "artistiek", "artistique", "kunstlerisch"].contains(&f) => "artistic".into(),
        "function" if ["care", "zorg", "soins", "care_profession", "zorgberoep", "pflege", "pflegeberuf", "gesundheitspflegeberuf"].contains(&f) => "care_profession".into(),
        "function" if ["lifeguard", "redder", "sauveteur", "rettungsschwimmer", "bademeister"].contains(&f) => "lifeguard".into(),
        _ => cell.trim().to_string(),
    }
}

/// One line of a CSV file in Belgian Excel's dialect: cells quoted where they must be, and a cell
/// that a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) written as text.
pub fn csv_line(cells: &[String], separator: char) -> String {
    let mut line = String::new();
    write_csv_line(&mut line, cells.iter().map(String::as_str), separator);
    line
}

/// `csv_line` written onto the end of `out` (a team of 100,000 is one string, not 100,000).
pub fn write_csv_line<'a>(out: &mut String, cells: impl IntoIterator<Item = &'a str>, separator: char) {
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            out.push(separator);
        }
        let number = |rest: &str| !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.');
        let formula = match cell.chars().next() {
            Some('=' | '@') => true,
            Some('+' | '-') => !number(&cell[1..]),
            _ => false,
        };
        let quoted = cell.contains([separator, '"', '\n', '\r']);
        if quoted {
            out.push('"');
        }
        if formula {
            out.push('\'');
        }
        if quoted {
            out.push_str(&cell.replace('"', "\"\""));
            out.push('"');
        } else {
            out.push_str(cell);
        }
    }
}

/// The template in the page's language: the header, one example row, then a note per column
/// (lines starting with `#`, which the reader skips).
pub fn template(lang: Lang) -> String {
    let i = lang as usize;
    let header: Vec<String> = COLUMNS.iter().map(|c| c.header[i].to_string()).collect();
    let example: Vec<String> = ["A. Peeters", "general", "no", "", "100", "", "no", "none", "no", "none", "2.500,00"].map(String::from).to_vec();
    let mut out = vec![csv_line(&header, ';'), csv_line(&example, ';')];
    for c in &COLUMNS {
        out.push(csv_line(&[format!("# {}: {}", c.header[i], c.help[i])], ';'));
    }
    out.join("\r\n") + "\r\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn belgian_excel_csv_with_a_bom_in_any_column_order() {
        let text = "\u{feff}Naam;T-3;Pensioen;Opmerking\r\nAn;80%;nee;eerste rij\r\n\"Peeters; Jan\";\"4/5\";NEE;\"met \"\"aanhalingstekens\"\"\"\r\n\r\n";
        let team = read(text).unwrap();
        assert_eq!(team.separator, ';');
        assert_eq!(team.keys, [Some("name"), Some("t3"), Some("pension"), None]);
        assert_eq!(team.rows.len(), 2);
        assert_eq!(team.rows[1].cells, ["Peeters; Jan", "4/5", "NEE", "met \"aanhalingstekens\""]);
        assert_eq!(team.rows[1].line, 3);
        assert_eq!(answer("pension", team.rows[1].value(&team, "pension").unwrap()), "no");
    }

    #[test]
    fn pasted_rows_are_tab_separated_and_commas_are_kept_in_cells() {
        let team = read("Name\tWork in T-3 (%)\tFlexi pay so far this year\nBo\t90\t1.234,56\n").unwrap();
        assert_eq!(team.separator, '\t');
        assert_eq!(team.rows[0].value(&team, "income"), Some("1.234,56"));
        let comma = read("name,t3,pension\n\"Dupont, Marie\",100,non\n").unwrap();
        assert_eq!(comma.separator, ',');
        assert_eq!(comma.rows[0].cells[0], "Dupont, Marie");
    }

    #[test]
    fn windows_1252_is_read() {
        let bytes = b"Nom;Pension depuis;Fonction\nH\xe9l\xe8ne;01/07/2024;g\xe9n\xe9ral \x80\n";
        let team = read(&decode(bytes)).unwrap();
        assert_eq!(team.keys, [Some("name"), Some("since"), Some("function")]);
        assert_eq!(team.rows[0].cells[0], "Hélène");
        assert_eq!(team.rows[0].cells[2], "général €");
    }

    #[test]
    fn tables_that_cannot_be_read_say_why() {
        assert_eq!(read(""), Err(TableError::Empty));
        assert_eq!(read("foo;bar\n1;2\n"), Err(TableError::NoKnownColumn));
        assert_eq!(read(&"x".repeat(MAX_BYTES + 1)), Err(TableError::TooLarge));
        assert_eq!(read(&format!("name\n{}", "a\n".repeat(MAX_ROWS + 1))), Err(TableError::TooManyRows));
    }

    #[test]
    fn the_template_reads_back_as_one_worker() {
        for lang in Lang::ALL {
            let team = read(&template(lang)).unwrap();
            assert_eq!(team.keys.len(), COLUMNS.len());
            assert!(team.keys.iter().all(Option::is_some), "{lang:?}");
            assert_eq!(team.rows.len(), 1, "the notes are skipped");
        }
    }

    #[test]
    fn cells_a_spreadsheet_would_run_are_written_as_text() {
        assert_eq!(csv_line(&["=HYPERLINK(\"x\")".into(), "-12,5".into(), "a;b".into()], ';'), "\"'=HYPERLINK(\"\"x\"\")\";-12,5;\"a;b\"");
        assert_eq!(csv_line(&["-cmd".into(), "+1".into(), "@SUM(A1)".into()], ','), "'-cmd,+1,'@SUM(A1)");
    }
}
