//! How much fluent-bundle adds to a wasm module that formats one message with a variable,
//! against a plain `{name}` replacement (Flexicheck's compact catalog).
use wasm_bindgen::prelude::*;

#[cfg(feature = "fluent")]
#[wasm_bindgen]
pub fn say(source: String, name: &str, value: &str) -> String {
    use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
    let resource = FluentResource::try_new(source).unwrap_or_else(|(r, _)| r);
    let mut bundle = FluentBundle::new(vec!["nl-BE".parse::<unic_langid::LanguageIdentifier>().unwrap_or_default()]);
    let _ = bundle.add_resource(resource);
    let Some(message) = bundle.get_message("greeting") else { return String::new() };
    let Some(pattern) = message.value() else { return String::new() };
    let mut args = FluentArgs::new();
    args.set(name.to_string(), value.to_string());
    let mut errors = vec![];
    bundle.format_pattern(pattern, Some(&args), &mut errors).into_owned()
}

#[cfg(not(feature = "fluent"))]
#[wasm_bindgen]
pub fn say(source: String, name: &str, value: &str) -> String {
    let text = source.split_once('=').map_or("", |(_, t)| t.trim());
    text.replace(&format!("{{ ${name} }}"), value)
}
