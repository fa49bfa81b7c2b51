//! "Check a team": sourced team vectors (CSV as spreadsheets write it, with the answers expected per
//! worker), the CLI's `team`, and the property that each row's answer is the questionnaire's own for
//! that worker's answers.
#![cfg(not(target_arch = "wasm32"))]

use flexicheck::journey::{Journey, KEYS};
use flexicheck::locale::Lang;
use flexicheck::pages::team::{base_answers, check_team, rows, submit, verdict};
use flexicheck::team::{decode, read};
use proptest::prelude::*;
use serde::Deserialize;

#[derive(Deserialize)]
struct TeamVector {
    name: String,
    source: String,
    date: String,
    sector: String,
    lang: String,
    encoding: String,
    csv: String,
    /// Per worker: name, the answer in words, the tax-free room.
    expected: Vec<[String; 3]>,
}

/// The bytes a spreadsheet would save.
fn bytes(v: &TeamVector) -> Vec<u8> {
    match v.encoding.as_str() {
        "utf-8-bom" => [&[0xEF, 0xBB, 0xBF][..], v.csv.as_bytes()].concat(),
        "windows-1252" => v.csv.chars().map(|c| match c { 'é' => 0xE9, 'è' => 0xE8, 'ë' => 0xEB, 'à' => 0xE0, c => c as u8 }).collect(),
        _ => v.csv.as_bytes().to_vec(),
    }
}

#[test]
fn every_team_vector_holds() {
    let vectors: Vec<TeamVector> = serde_json::from_str(include_str!("vectors/team/teams.json")).unwrap();
    assert!(vectors.len() >= 4);
    for v in &vectors {
        assert!(!v.source.is_empty(), "{}", v.name);
        let lang = Lang::from_tag(&v.lang);
        let here = Journey::from_query(&format!("?page=team&lang={}", v.lang)).unwrap();
        let next = submit(&here, lang, &v.date, &v.sector).unwrap_or_else(|_| panic!("{}: date or sector refused", v.name));
        let team = read(&decode(&bytes(v))).unwrap();
        let got: Vec<[String; 3]> = rows(lang, &base_answers(&next.answers), &team)
            .into_iter()
            .map(|r| {
                let (verdict, room) = (r.verdict_word(lang).to_string(), r.room.replace(['\u{a0}', '\u{202f}'], " "));
                [r.name, verdict, room]
            })
            .collect();
        assert_eq!(got, v.expected, "{}", v.name);
    }
}

#[test]
fn the_cli_checks_a_team_from_stdin() {
    let csv = "Naam;Werk in T-3 (%);Pensioen;Andere overeenkomst met ons;Opzeg bij ons;Overeenkomst in verbonden onderneming;Functie;Werk in buitenland in T-3\n\"Peeters; An\";100;nee;geen;nee;geen;algemeen;nee\nBart;1,234;nee;geen;nee;geen;algemeen;nee\n";
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_flexicheck-cli"))
        .args(["team", "--date", "2026-10-15", "--pc", "302", "--lang", "nl"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            use std::io::Write;
            child.stdin.take().unwrap().write_all(csv.as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let table = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = table.lines().collect();
    assert!(lines[0].ends_with(";Flexi-werk;Waarom;Mag vanaf;Belastingvrije ruimte over;Goed om te weten"), "{}", lines[0]);
    assert!(lines[1].starts_with("\"Peeters; An\";100;") && lines[1].contains(";mag;"), "{}", lines[1]);
    assert!(lines[2].contains(";onleesbaar;\"Rij 3, Werk in T-3 (%): \"\"1,234\"\""), "{}", lines[2]);
    assert!(check_team(Lang::En, "2026-02-30", "302", "Name\nA\n").unwrap_err().starts_with("date: "));
}

/// A column given twice (two "T-3" columns, two of the pay so far): the first cell with a value speaks,
/// and the page's count, which judges each set of cells once, agrees with every row's own answer.
#[test]
fn the_count_reads_a_column_given_twice_as_each_row_does() {
    let mut csv = String::from("name;pension;t3;t3;foreign;other;notice;linked;income;income;function\n");
    let (t3s, incomes) = (["", "100", "50", "?"], ["", "1000", "abc", "?", "-5"]);
    let mut n = 0;
    for a in t3s {
        for b in t3s {
            for c in incomes {
                for d in incomes {
                    n += 1;
                    csv += &format!("w{n};no;{a};{b};no;none;no;none;{c};{d};general\n");
                }
            }
        }
    }
    let here = Journey::from_query("?page=team&lang=en").unwrap();
    let next = submit(&here, Lang::En, "2027-01-15", "302").unwrap();
    let team = read(&csv).unwrap();
    let words = rows(Lang::En, &base_answers(&next.answers), &team);
    let counted = flexicheck::pages::team::check(&csv, &next.answers).unwrap();
    assert_eq!(counted.verdicts, words.iter().map(|r| r.verdict).collect::<Vec<_>>());
    // Not one verdict for all: the rows differ.
    assert!(counted.verdicts.iter().any(|v| *v != counted.verdicts[0]));
}

/// The questionnaire's values each column may hold, and cells nobody should write.
const CELLS: &[(&str, &[&str])] = &[
    ("pension", &["yes", "no", "ja", "nee", "oui", "non", "", "maybe"]),
    ("since", &["01/07/2024", "2026-08-15", "", "31/02/2026"]),
    ("t3", &["100", "80%", "4/5", "50", "0,8", "?", "", "1,234"]),
    ("t4", &["100", "80", "", "abc"]),
    ("foreign", &["yes", "no", ""]),
    ("other", &["none", "geen", "moins de 4/5", "4/5 or more", ""]),
    ("notice", &["no", "yes", "nee", ""]),
    ("linked", &["none", "4/5", "voltijds", "?", ""]),
    ("income", &["1.000,00", "20000", "?", "", "-5"]),
    ("function", &["general", "algemeen", "artistic", "", "astronaut"]),
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]
    /// Each row's answer is the single-worker result for the same answers reached through a link: the
    /// spreadsheet's reading of a row and the questionnaire's reading of the same values agree.
    #[test]
    fn each_row_is_the_questionnaires_own_result(picks in proptest::collection::vec(proptest::collection::vec(0usize..8, CELLS.len()), 1..10), day in 0u32..900) {
        let date = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).unwrap() + chrono::Days::new(day as u64);
        let header: Vec<&str> = std::iter::once("name").chain(CELLS.iter().map(|(k, _)| *k)).collect();
        let mut csv = header.join(";") + "\n";
        for (i, row) in picks.iter().enumerate() {
            let cells: Vec<&str> = CELLS.iter().zip(row).map(|((_, pool), pick)| pool[pick % pool.len()]).collect();
            csv += &format!("w{i};{}\n", cells.join(";"));
        }
        let lang = Lang::En;
        let here = Journey::from_query("?page=team&lang=en").unwrap();
        let next = submit(&here, lang, &date.format("%Y-%m-%d").to_string(), "302").unwrap();
        let team = read(&csv).unwrap();
        let base = base_answers(&next.answers);
        let results = rows(lang, &base, &team);
        prop_assert_eq!(results.len(), picks.len());
        // The page's count (each set of answers judged once) is every row's own verdict.
        let counted = flexicheck::pages::team::check(&csv, &next.answers).unwrap();
        prop_assert_eq!(counted.verdicts, results.iter().map(|r| r.verdict).collect::<Vec<_>>());
        for (result, row) in results.iter().zip(&team.rows) {
            // Counted without words (the page's fast count), the verdict is the same; the words are
            // back for the next row written out.
            prop_assert_eq!(verdict(&base, &team, row), result.verdict);
            prop_assert!(result.verdict == flexicheck::pages::team::RowVerdict::Missing || !result.why.is_empty(), "{:?}", result);
            match &result.result_link(lang) {
                // The row's own result page, through a link, says the same.
                Some(link) => {
                    let journey = Journey::from_query(link).unwrap();
                    prop_assert!(KEYS.iter().all(|k| *k != "name"));
                    let single = journey.answers.assessment_in(lang).unwrap();
                    let again = rows(lang, &journey.answers, &flexicheck::team::Team { rows: vec![flexicheck::team::TeamRow { line: row.line, cells: vec![] }], ..team.clone() });
                    prop_assert_eq!(&again[0].verdict, &result.verdict, "{} / {:?}", link, single.verdict);
                }
                None => prop_assert!(matches!(result.verdict, flexicheck::pages::team::RowVerdict::Unreadable | flexicheck::pages::team::RowVerdict::Missing)),
            }
        }
    }
}
