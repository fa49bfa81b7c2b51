//! Sources a user can open (issue 13): every citation in the rules tables names entries of the source
//! register, and no text a user reads, in any language, carries an internal key, a file name of ours
//! or a dossier's "open question".
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)] // the sources test reads the vectors, not their expectations
mod common;

use flexicheck::rules::catalogue;
use flexicheck::rules::dated::ymd;
use flexicheck::rules::eligibility::{RULES, RULES_HORIZON};
use flexicheck::rules::formalities::{formalities, framework_mentions};
use flexicheck::rules::sectors::SECTOR_ROWS;
use flexicheck::rules::sources::{self, SOURCES};
use flexicheck::rules::staffing::Regime;
use flexicheck::rules::{assess, Language, Scenario};

/// Why a text a user reads is not fit to show, if it is not.
fn internal(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    let bracketed_key = text.split('[').skip(1).any(|part| {
        part.split_once(']').is_some_and(|(key, _)| !key.is_empty() && key.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '/'))
    });
    if bracketed_key {
        Some("a dossier key in brackets")
    } else if lower.contains(".md") || lower.contains("dossier") {
        Some("a file of ours")
    } else if lower.contains("open question") || lower.contains("seed 0") {
        Some("a note of our research")
    } else {
        None
    }
}

/// Every citation in the rules tables, with where it is.
fn citations() -> Vec<(String, &'static str)> {
    let mut all: Vec<(String, &'static str)> = RULES.iter().map(|r| (format!("rule {}", r.id), r.source)).collect();
    all.push(("the list of joint committees".into(), flexicheck::rules::committees::LIST_CITATION));
    all.push(("payslip: personal contribution".into(), flexicheck::rules::payslip::S_PERSONAL));
    all.push(("payslip: special contribution".into(), flexicheck::rules::payslip::S_BBSZ));
    all.extend(SECTOR_ROWS.iter().map(|r| (format!("sector row {}", r.id), r.source)));
    all.extend(catalogue::amounts(Language::En).into_iter().map(|a| (format!("amount {}", a.quantity), a.source)));
    for regime in [Regime::Flexi, Regime::Extra, Regime::Student, Regime::Ordinary] {
        for year in 2015..=2027 {
            all.extend(formalities(regime, ymd(year, 6, 1)).map(|f| (format!("{regime:?} formality"), f.source)));
        }
    }
    all
}

#[test]
fn every_citation_names_register_entries_that_exist() {
    let mut problems = Vec::new();
    for (place, citation) in citations() {
        let ids: Vec<&str> = sources::ids(citation).collect();
        for id in &ids {
            if sources::cited(&format!("[{id}]")).is_empty() {
                problems.push(format!("{place}: [{id}] is not in the register"));
            }
        }
        if ids.is_empty() && citation != RULES_HORIZON.source {
            problems.push(format!("{place}: no source to open in {citation:?}"));
        }
        if let Some(why) = internal(&sources::words(citation)) {
            problems.push(format!("{place}: {why}: {citation:?}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // And every register entry is cited somewhere (a register of what the rules rest on); a few are
    // cited outside the tables: the joint-committee list, a component built at run time, next steps.
    let elsewhere = ["S22"];
    let cited: Vec<&str> = citations().iter().flat_map(|(_, c)| sources::cited(c)).map(|s| s.id).collect();
    let unused: Vec<&str> = SOURCES.iter().map(|s| s.id).filter(|id| !cited.contains(id) && !elsewhere.contains(id)).collect();
    assert!(unused.is_empty(), "register entries no rule cites: {unused:?}");
}

#[test]
fn no_text_a_user_reads_shows_an_internal_key() {
    let mut problems = Vec::new();
    let mut check = |place: String, text: &str| {
        if let Some(why) = internal(text) {
            problems.push(format!("{place}: {why}: {text:?}"));
        }
    };
    // Every text of every catalog.
    for language in Language::ALL {
        for (n, id) in flexicheck::rules::msg::IDS.iter().enumerate() {
            check(format!("{id} ({})", language.code()), flexicheck::rules::Tr(n as u16).get(language));
        }
    }
    for language in Language::ALL {
        for rule in RULES {
            check(format!("rule {}", rule.id), rule.title.get(language));
            check(format!("rule {}", rule.id), rule.text.get(language));
        }
        for row in SECTOR_ROWS {
            check(format!("sector row {}", row.id), row.label.get(language));
            check(format!("sector row {}", row.id), row.note.get(language));
        }
        for amount in catalogue::amounts(language) {
            check(format!("amount {}", amount.quantity), &amount.value);
        }
        for change in flexicheck::rules::changes::changes(language) {
            check("what changed".into(), &change.what);
            check("what changed".into(), &sources::words(change.source));
        }
        for mention in framework_mentions(language) {
            check("framework agreement".into(), mention);
        }
        // Every explanation, note and citation of every vector's assessment.
        for (file, text) in common::VECTOR_FILES {
            let Ok(cases) = serde_json::from_str::<Vec<common::Case>>(text) else { continue };
            for case in cases {
                let Ok(assessment) = assess(&Scenario { language: Some(language), ..case.scenario }) else { continue };
                let json = serde_json::to_value(&assessment).unwrap();
                let mut strings = Vec::new();
                collect_strings(&json, &mut strings);
                for s in strings.iter().filter(|s| !s.starts_with("https://")) {
                    check(format!("{file}: {}", case.name), s);
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn collect_strings(value: &serde_json::Value, out: &mut Vec<String>) {
    match value {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|v| collect_strings(v, out)),
        serde_json::Value::Object(map) => map.iter().filter(|(k, _)| k.as_str() != "id").for_each(|(_, v)| collect_strings(v, out)),
        _ => {}
    }
}

#[test]
fn every_reason_and_component_of_the_vectors_links_its_sources() {
    for (file, text) in common::VECTOR_FILES {
        let Ok(cases) = serde_json::from_str::<Vec<common::Case>>(text) else { continue };
        for case in cases {
            let Ok(assessment) = assess(&case.scenario) else { continue };
            for reason in &assessment.reasons {
                if reason.rule != RULES_HORIZON.id {
                    assert!(!reason.sources.is_empty(), "{file}: {}: {} has no link", case.name, reason.rule);
                }
                for s in &reason.sources {
                    assert!(s.url.starts_with("https://"), "{}", s.url);
                }
            }
            for regime in assessment.comparison.iter().flatten() {
                for component in &regime.components {
                    let given = component.source.contains("you gave");
                    assert!(given || !component.sources.is_empty(), "{file}: {}: {:?} {} has no link", case.name, regime.regime, component.name);
                }
            }
        }
    }
}
