//! The catalogs (`locales/*.ftl`): every language has every message and no other, with the same
//! variables as the English; every variable a message uses is given where the rules write it, and
//! every message is used. (`build.rs` refuses the first two too; this says which text is wrong.)

use flexicheck::rules::{ftl, msg, Language, Tr};
use std::collections::BTreeSet;

fn catalog(code: &str) -> Vec<(String, String)> {
    let path = format!("{}/locales/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
    ftl::parse(&std::fs::read_to_string(&path).unwrap()).unwrap_or_else(|e| panic!("{path}, {e}"))
}

fn variables(text: &str) -> BTreeSet<String> {
    ftl::variables(text).into_iter().map(String::from).collect()
}

#[test]
fn every_catalog_has_every_message_and_no_other_with_the_english_variables() {
    let english = catalog("en");
    let ids: BTreeSet<&str> = msg::IDS.iter().copied().collect();
    for language in Language::ALL {
        let messages = catalog(language.code());
        let have: BTreeSet<&str> = messages.iter().map(|(id, _)| id.as_str()).collect();
        assert_eq!(have, ids, "{}: the catalog's messages differ from the ids", language.code());
        for (id, text) in &messages {
            let (_, english_text) = english.iter().find(|(e, _)| e == id).unwrap();
            assert_eq!(variables(text), variables(english_text), "{} {id}", language.code());
            assert!(!text.trim().is_empty() || english_text.trim().is_empty(), "{} {id} is empty", language.code());
        }
        // The compact catalog the app loads holds the same texts, in the ids' order.
        for (n, id) in msg::IDS.iter().enumerate() {
            let (_, text) = messages.iter().find(|(m, _)| m == id).unwrap();
            assert_eq!(Tr(n as u16).get(language), text, "{} {id}", language.code());
        }
    }
}

/// Each `say!(language, msg::ID, a, b)` of the code, as (file, id, the names it gives).
fn say_calls() -> Vec<(String, String, BTreeSet<String>)> {
    let mut calls = Vec::new();
    let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        for (at, _) in source.match_indices("say!(") {
            let rest = &source[at + 5..];
            let Some(id_at) = rest.find("msg::") else { continue };
            let args = &rest[id_at + 5..rest.find(')').unwrap()];
            let mut parts = args.split(',').map(str::trim).filter(|p| !p.is_empty());
            let id = parts.next().unwrap().to_ascii_lowercase();
            calls.push((path.display().to_string(), id, parts.map(String::from).collect()));
        }
    }
    calls
}

#[test]
fn every_variable_a_sentence_uses_is_given_where_the_rules_write_it() {
    let english = catalog("en");
    let calls = say_calls();
    assert!(calls.len() > 100, "only {} say! calls found", calls.len());
    for (file, id, given) in calls {
        let Some((_, text)) = english.iter().find(|(e, _)| e.replace('-', "_") == id) else { continue };
        assert_eq!(given, variables(text), "{file}: say!(…, msg::{}) gives other variables than the message uses", id.to_ascii_uppercase());
    }
}

#[test]
fn every_message_is_used() {
    let mut code = String::new();
    let mut files = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            files.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            code.push_str(&std::fs::read_to_string(&path).unwrap());
        }
    }
    for id in msg::IDS {
        let name = format!("msg::{}", id.to_ascii_uppercase().replace('-', "_"));
        let used = code.match_indices(&name).any(|(at, _)| !code[at + name.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_'));
        assert!(used, "{id} is in the catalogs but no code uses it");
    }
}
