//! The bundle floor (a benchmark input, not part of the app): the rules engine and the questionnaire
//! logic, reachable from JavaScript, with no UI framework at all and no text (the texts are the
//! catalogs, loaded apart, one language at a time).
//! `scripts/bench.sh` builds it to wasm and reports its gzip size beside the app's.

#[cfg(target_arch = "wasm32")]
pub mod floor {
    use flexicheck::journey::Answers;
    use flexicheck::locale::Lang;
    use flexicheck::rules::{catalogue, directory, eligibility::RULES, formalities, parse_date, staffing::Regime};
    use wasm_bindgen::prelude::*;

    /// Everything the app can show for one URL query, as one string (so nothing is optimised away).
    #[wasm_bindgen]
    pub fn everything(query: &str, lang: &str) -> String {
        let l = Lang::from_tag(lang);
        let mut answers = Answers::default();
        for (key, value) in query.split('&').filter_map(|pair| pair.split_once('=')) {
            answers.set(key, value);
        }
        let texts = l.texts();
        let mut out = format!("{}{}{}", texts.start_title, texts.pension_hint, texts.compare_title);
        if let Some(assessment) = answers.assessment_in(l) {
            for reason in &assessment.reasons {
                out.push_str(&reason.explanation);
                out.push_str(&reason.source);
            }
            for cost in assessment.comparison.unwrap_or_default() {
                out.push_str(&format!("{:?}", cost.employer_cost_per_hour));
                cost.notes.iter().for_each(|note| out.push_str(note));
                cost.components.iter().for_each(|c| out.push_str(&c.explanation));
            }
        }
        for rule in RULES {
            out.push_str(rule.title.get(l));
            out.push_str(rule.text.get(l));
        }
        catalogue::amounts(l).iter().for_each(|row| out.push_str(&row.value));
        directory::search(query, l, 5).iter().for_each(|found| out.push_str(found.entry.names[l as usize]));
        if let Ok(day) = parse_date(query) {
            formalities::formalities(Regime::Extra, day).for_each(|f| out.push_str(f.text.get(l)));
        }
        out
    }
}

fn main() {}
