//! Reads the catalogs in `locales/` (a subset of Project Fluent's syntax: messages with variables, no
//! selectors, terms or attributes). Shared by `build.rs`, which turns them into message ids and one
//! compact catalog per language, and by the tests.
//!
//! ```text
//! # a comment
//! year-counted = Gross flexi pay: …
//! ui-overseas_body =
//!     Hello,
//!
//!     I would like to work a flexi-job in { $to }.
//! ```
//! A variable `{ $name }` is kept as `{name}`; a quoted literal `{"  "}` keeps spaces or braces.

/// The messages of one catalog in file order: (id, text), or the first line that cannot be read.
pub fn parse(source: &str) -> Result<Vec<(String, String)>, String> {
    let mut messages: Vec<(String, String)> = Vec::new();
    let mut blank_lines = 0;
    for (n, line) in source.lines().enumerate() {
        let at = |why: &str| format!("line {}: {why}: {line:?}", n + 1);
        if line.trim().is_empty() {
            blank_lines += 1;
            continue;
        }
        if line.starts_with('#') {
            blank_lines = 0;
            continue;
        }
        if line.starts_with(' ') {
            let Some((_, text)) = messages.last_mut() else { return Err(at("text before any message")) };
            if !text.is_empty() {
                text.push_str(&"\n".repeat(blank_lines + 1));
            }
            text.push_str(&placeables(line.trim(), &at)?);
        } else {
            let Some((id, value)) = line.split_once('=') else { return Err(at("no `=` after the message id")) };
            let id = id.trim();
            let mut chars = id.chars();
            if !chars.next().is_some_and(|c| c.is_ascii_alphabetic()) || !chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
                return Err(at("a message id is letters, digits, - and _"));
            }
            if messages.iter().any(|(seen, _)| seen == id) {
                return Err(at("this id is already used"));
            }
            messages.push((id.to_string(), placeables(value.trim(), &at)?));
        }
        blank_lines = 0;
    }
    Ok(messages)
}

/// `{ $name }` becomes `{name}`, `{"x"}` becomes `x`; any other brace is an error.
fn placeables(text: &str, at: &dyn Fn(&str) -> String) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        if rest[open..].starts_with('}') {
            return Err(at("a `}` without its `{`"));
        }
        let Some(close) = rest[open..].find('}').map(|c| open + c) else { return Err(at("a `{` without its `}`")) };
        let inner = rest[open + 1..close].trim();
        if let Some(name) = inner.strip_prefix('$') {
            if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_') {
                return Err(at("a variable is `{ $name }` in lower case"));
            }
            out.push('{');
            out.push_str(name);
            out.push('}');
        } else if let Some(literal) = inner.strip_prefix('"').and_then(|i| i.strip_suffix('"')) {
            out.push_str(literal);
        } else {
            return Err(at("a placeable is `{ $name }` or `{\"text\"}`"));
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// The variables a text uses, in order of first use.
pub fn variables(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + close];
        if !names.contains(&name) {
            names.push(name);
        }
        rest = &rest[open + close + 1..];
    }
    names
}

/// The fingerprint of a list of message ids (FNV-1a, 64 bits, in hex): a compact catalog carries
/// the one it was made for, so the app never reads a catalog of another build.
pub fn fingerprint<'a>(ids: impl IntoIterator<Item = &'a str>) -> String {
    use std::hash::Hasher;
    let mut hash = super::fnv::FnvHasher::default();
    for id in ids {
        hash.write(id.as_bytes());
        hash.write(b"\n");
    }
    format!("{:016x}", hash.finish())
}

/// What separates the texts of a compact catalog (ASCII's record separator: no text contains it).
pub const SEPARATOR: char = '\u{1e}';
