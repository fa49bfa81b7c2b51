//! The embed API: the public Scenario → Assessment JSON contract of `flexicheck-cli assess`, and the
//! payslip of `flexicheck-cli net`, for web pages. Trunk builds it beside the app as the ES module `flexicheck-embed.js` (with
//! `flexicheck-embed_bg.wasm`); the app's own pages never load it, so it costs them nothing.
//! Usage: README, "Embedding".

#[cfg(target_arch = "wasm32")]
mod embed {
    use wasm_bindgen::prelude::*;

    /// Assesses one scenario given as JSON text and returns the assessment as JSON text.
    /// Bad input throws an `Error` whose message is the CLI's one line (it names the field).
    #[wasm_bindgen]
    pub fn assess(scenario_json: &str) -> Result<String, JsError> {
        flexicheck::rules::assess_json(scenario_json).map_err(|message| JsError::new(&message))
    }

    /// One month's payslip of an ordinary job (the CLI's `net`): the request as JSON text in, the
    /// payslip as JSON text out; bad input throws the CLI's one-line message.
    #[wasm_bindgen]
    pub fn net(request_json: &str) -> Result<String, JsError> {
        flexicheck::rules::net_json(request_json).map_err(|message| JsError::new(&message))
    }
}

fn main() {}
