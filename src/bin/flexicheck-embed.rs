//! The embed API: the public Scenario → Assessment JSON contract of `flexicheck-cli assess`, and the
//! payslip of `flexicheck-cli net`, for web pages. Trunk builds it beside the app as the ES module `flexicheck-embed.js` (with
//! `flexicheck-embed_bg.wasm`); the app's own pages never load it, so it costs them nothing.
//! Usage: README, "Embedding".

#[cfg(target_arch = "wasm32")]
mod embed {
    use wasm_bindgen::prelude::*;

    /// The module answers in any of the four languages at once: every catalog is compiled in.
    #[wasm_bindgen(start)]
    pub fn start() {
        flexicheck::rules::Language::install_compiled_in();
    }

    /// The argument as JSON text, or a `TypeError` saying so (an object, a number, `undefined`…):
    /// taking a `&str` would let wasm-bindgen trap on anything else.
    fn text(value: &JsValue, function: &str) -> Result<String, JsValue> {
        value.as_string().ok_or_else(|| {
            js_sys::TypeError::new(&format!("{function}(): the argument is the JSON text, for example {function}(JSON.stringify(scenario))")).into()
        })
    }

    /// Assesses one scenario given as JSON text and returns the assessment as JSON text.
    /// Bad input throws an `Error` whose message is the CLI's one line (it names the field); an
    /// argument that is not a string throws a `TypeError`.
    #[wasm_bindgen]
    pub fn assess(scenario_json: JsValue) -> Result<String, JsValue> {
        flexicheck::rules::assess_json(&text(&scenario_json, "assess")?).map_err(|message| JsError::new(&message).into())
    }

    /// A whole team (the CLI's `team`): the team's CSV text, the date and the sector in, the table
    /// with every worker's answer (CSV text) out; a table or date that cannot be read throws.
    #[wasm_bindgen]
    pub fn team(csv: JsValue, date: JsValue, sector: JsValue, lang: JsValue) -> Result<String, JsValue> {
        let language = lang.as_string().and_then(|l| flexicheck::rules::Language::from_code(&l)).unwrap_or_default();
        flexicheck::pages::team::check_team(language, &text(&date, "team")?, &text(&sector, "team")?, &text(&csv, "team")?).map_err(|message| JsError::new(&message).into())
    }

    /// A worker's flexi year (the CLI's `year`): the request as JSON text in, the year as JSON text
    /// out; bad input throws the CLI's one-line message.
    #[wasm_bindgen]
    pub fn year(request_json: JsValue) -> Result<String, JsValue> {
        flexicheck::rules::year::year_json(&text(&request_json, "year")?).map_err(|message| JsError::new(&message).into())
    }

    /// The version of the JSON contract this module speaks (embed/CHANGELOG.md).
    #[wasm_bindgen]
    pub fn version() -> String {
        flexicheck::rules::contract::CONTRACT_VERSION.to_string()
    }

    /// One month's payslip of an ordinary job (the CLI's `net`): the request as JSON text in, the
    /// payslip as JSON text out; bad input throws the CLI's one-line message.
    #[wasm_bindgen]
    pub fn net(request_json: JsValue) -> Result<String, JsValue> {
        flexicheck::rules::net_json(&text(&request_json, "net")?).map_err(|message| JsError::new(&message).into())
    }
}

fn main() {}
