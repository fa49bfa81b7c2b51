//! "For websites": a web editor picks the language, where the frame starts, the site's sector, who
//! asks, compact or not and the site's colour, sees the frame as it will look, and copies the one line
//! (`embed.js`, README "Embedding") or a plain iframe. The same keys as the frame's address.

use crate::rules::msg;
use super::{escape, View};
use crate::journey::{encode, Answers};
use crate::locale::Lang;
use crate::rules::language::Tr;

/// What the editor chose. Empty texts are "not set".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// "nl", "fr", "en", or "" for the visitor's browser.
    pub lang: String,
    /// "start", "check" or "compare".
    pub mode: String,
    /// A joint committee ("302") or NACE code ("56.101"), or "".
    pub sector: String,
    /// "worker", "employer" or "".
    pub role: String,
    pub compact: bool,
    /// Six hex digits, or "".
    pub accent: String,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: String::new(), mode: "start".into(), sector: String::new(), role: String::new(), compact: true, accent: String::new() }
    }
}

impl Options {
    /// The options as the page's inputs give them; anything not offered is left out.
    pub fn read(lang: &str, mode: &str, sector: &str, role: &str, compact: bool, accent: &str) -> Options {
        let one_of = |value: &str, allowed: &[&str]| if allowed.contains(&value) { value.to_string() } else { String::new() };
        let accent = accent.trim().trim_start_matches('#');
        Options {
            lang: one_of(lang, &["nl", "fr", "en"]),
            mode: match one_of(mode, &["check", "compare"]) {
                m if m.is_empty() => "start".into(),
                m => m,
            },
            sector: sector.trim().chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.' || *c == ' ').take(20).collect::<String>().trim().to_string(),
            role: one_of(role, &["worker", "employer"]),
            compact,
            accent: if accent.len() == 6 && accent.chars().all(|c| c.is_ascii_hexdigit()) { accent.to_ascii_lowercase() } else { String::new() },
        }
    }

    /// The sector's key: a NACE code has five digits (with or without dots), a committee fewer.
    fn sector_key(&self) -> &'static str {
        if self.sector.chars().filter(char::is_ascii_digit).count() == 5 && !self.sector.to_ascii_uppercase().starts_with("PC") {
            "nace"
        } else {
            "pc"
        }
    }

    /// The frame's query, as `embed.js` writes it (the same keys, the same order).
    pub fn frame_query(&self) -> String {
        let page = if !self.role.is_empty() || self.mode == "compare" {
            "date"
        } else if self.mode == "check" {
            "role"
        } else {
            "start"
        };
        let mut parts = vec![format!("page={page}")];
        let mut add = |key: &str, value: &str| {
            if !value.is_empty() {
                parts.push(format!("{key}={}", encode(value)));
            }
        };
        add("lang", &self.lang);
        add("role", &self.role);
        add("mode", if self.mode == "compare" { "compare" } else { "" });
        add("embed", if self.compact { "compact" } else { "" });
        add("accent", &self.accent);
        if !self.sector.is_empty() {
            add(self.sector_key(), &self.sector);
            add("pc_fixed", "1");
        }
        format!("?{}", parts.join("&"))
    }

    /// The one line for the site's page.
    pub fn script(&self, app_url: &str) -> String {
        let mut attributes = String::new();
        let mut add = |name: &str, value: &str| {
            if !value.is_empty() {
                attributes.push_str(&format!(r#" data-{name}="{}""#, escape(value)));
            }
        };
        add("lang", &self.lang);
        add("mode", if self.mode == "start" { "" } else { &self.mode });
        add("role", &self.role);
        add(self.sector_key(), &self.sector);
        add("accent", &self.accent);
        add("compact", if self.compact { "" } else { "no" });
        format!(r#"<script src="{}embed.js"{attributes} async></script>"#, escape(app_url))
    }

    /// The same as a plain iframe, with the height listener the script would otherwise bring.
    pub fn iframe(&self, app_url: &str, lang: Lang) -> String {
        let title = frame_title(self, lang);
        format!(
            "<iframe src=\"{}{}\" title=\"{}\" loading=\"lazy\" style=\"width:100%;height:40rem;border:0\"></iframe>\n<script>\n  addEventListener('message', (e) => {{\n    const frame = document.querySelector('iframe[title=\"{}\"]');\n    if (e.source === frame.contentWindow && e.data?.type === 'flexicheck:height') frame.style.height = `${{e.data.height}}px`;\n  }});\n</script>",
            escape(app_url),
            escape(&self.frame_query()),
            escape(title),
            escape(title)
        )
    }
}

/// The frame's title, in the frame's language (the page's when the visitor's browser decides).
fn frame_title(options: &Options, page: Lang) -> &'static str {
    let lang = Lang::from_code(&options.lang).unwrap_or(page);
    msg::WEBSITES_FLEXICHECK_MAY_I_WORK_A.get(lang)
}

/// What changes as the editor chooses: the two snippets, the preview's address and the colour's note.
pub struct Regions {
    pub script: String,
    pub iframe: String,
    pub preview: String,
    pub accent_note: String,
}

pub fn regions(lang: Lang, app_url: &str, options: &Options) -> Regions {
    let mut probe = Answers::default();
    probe.set("accent", &options.accent);
    let accent_note = match super::accent(&probe) {
        Some(Ok(_)) => ACCENT_OK.get(lang).to_string(),
        Some(Err(_)) => ACCENT_REFUSED.get(lang).to_string(),
        None => String::new(),
    };
    Regions { script: options.script(app_url), iframe: options.iframe(app_url, lang), preview: format!("./{}", options.frame_query()), accent_note }
}

const TITLE: Tr = msg::WEBSITES_TITLE;
const INTRO: Tr = msg::WEBSITES_INTRO;
const LANG_LABEL: Tr = msg::WEBSITES_LANG_LABEL;
const LANG_VISITOR: Tr = msg::WEBSITES_LANG_VISITOR;
const MODE_LEGEND: Tr = msg::WEBSITES_MODE_LEGEND;
const MODES: [(&str, Tr); 3] = [
    ("start", msg::WEBSITES_THE_START_PAGE_CHECK_OR),
    ("check", msg::WEBSITES_THE_FIRST_QUESTION_MAY_I),
    ("compare", msg::WEBSITES_THE_COMPARISON_FLEXI_EXTRA_STUDENT),
];
const SECTOR_LABEL: Tr = msg::WEBSITES_SECTOR_LABEL;
const SECTOR_HINT: Tr = msg::WEBSITES_SECTOR_HINT;
const ROLE_LABEL: Tr = msg::WEBSITES_ROLE_LABEL;
const ROLES: [(&str, Tr); 3] = [
    ("", msg::WEBSITES_THE_VISITOR_SAYS),
    ("worker", msg::WEBSITES_WORKERS),
    ("employer", msg::WEBSITES_EMPLOYERS),
];
const COMPACT: Tr = msg::WEBSITES_COMPACT;
const ACCENT_LABEL: Tr = msg::WEBSITES_ACCENT_LABEL;
const ACCENT_HINT: Tr = msg::WEBSITES_ACCENT_HINT;
const ACCENT_OK: Tr = msg::WEBSITES_ACCENT_OK;
const ACCENT_REFUSED: Tr = msg::WEBSITES_ACCENT_REFUSED;
const PREVIEW: Tr = msg::WEBSITES_PREVIEW;
const SCRIPT_TITLE: Tr = msg::WEBSITES_SCRIPT_TITLE;
const IFRAME_TITLE: Tr = msg::WEBSITES_IFRAME_TITLE;
const COPY: Tr = msg::WEBSITES_COPY;
const NOTES_TITLE: Tr = msg::WEBSITES_NOTES_TITLE;
const NOTES: [Tr; 3] = [
    msg::WEBSITES_YOUR_PAGE_S_CONTENT_SECURITY,
    msg::WEBSITES_WHOEVER_HOSTS_FLEXICHECK_LETS_YOUR,
    msg::WEBSITES_THE_README_S_EMBEDDING_SECTION,
];

pub(super) fn title(lang: Lang) -> &'static str {
    TITLE.get(lang)
}

/// The footer's link to this page.
pub(super) fn link_text(lang: Lang) -> &'static str {
    msg::WEBSITES_FOR_WEBSITES.get(lang)
}

/// Where the app is, as the snippets name it: the page's own address when the app gives it.
const EXAMPLE_URL: &str = "https://example.org/flexi/";

pub(super) fn websites(view: &View) -> String {
    let lang = view.lang;
    let app_url = view.app_url.unwrap_or(EXAMPLE_URL);
    let options = Options::default();
    let regions = regions(lang, app_url, &options);
    let langs: String = std::iter::once(("", LANG_VISITOR.get(lang)))
        .chain(Lang::ALL.into_iter().map(|l| (l.code(), l.name())))
        .map(|(code, name)| format!(r#"<option value="{code}">{}</option>"#, escape(name)))
        .collect();
    let modes: String = MODES
        .iter()
        .map(|(value, text)| {
            let checked = if *value == options.mode { " checked" } else { "" };
            format!(r#"<div class="radio"><input type="radio" id="w-mode-{value}" name="w-mode" value="{value}"{checked}><label for="w-mode-{value}">{}</label></div>"#, escape(text.get(lang)))
        })
        .collect();
    let roles: String = ROLES.iter().map(|(value, text)| format!(r#"<option value="{value}">{}</option>"#, escape(text.get(lang)))).collect();
    let notes: String = NOTES.iter().map(|n| format!("<li>{}</li>", escape(n.get(lang)))).collect();
    let snippet = |id: &str, heading: Tr, text: &str| {
        format!(
            r#"<h2 id="{id}-title">{}</h2><pre class="snippet"><code id="{id}" data-testid="{id}">{}</code></pre><p><button type="button" class="button button-secondary" data-action="copy" data-copy="{id}" aria-describedby="{id}-title">{}</button></p>"#,
            escape(heading.get(lang)),
            escape(text),
            escape(COPY.get(lang))
        )
    };
    format!(
        r#"{}<h1 tabindex="-1">{}</h1><p class="lead">{}</p>
<form novalidate data-form="websites" class="websites-form">
<div class="field"><label for="w-lang">{}</label><select id="w-lang" class="input">{langs}</select></div>
<fieldset class="question-group field"><legend>{}</legend>{modes}</fieldset>
<div class="field"><label for="w-sector">{}</label><p id="w-sector-hint" class="hint">{}</p><input id="w-sector" class="input" autocomplete="off" aria-describedby="w-sector-hint"></div>
<div class="field"><label for="w-role">{}</label><select id="w-role" class="input">{roles}</select></div>
<div class="field checkbox"><input type="checkbox" id="w-compact" checked><label for="w-compact">{}</label></div>
<div class="field"><label for="w-accent">{}</label><p id="w-accent-hint" class="hint">{}</p><input id="w-accent" class="input input-date" autocomplete="off" spellcheck="false" aria-describedby="w-accent-hint w-accent-note"><p id="w-accent-note" class="hint" role="status">{}</p></div>
</form>
<h2>{}</h2><iframe id="w-preview" class="preview" title="{}" src="{}" data-testid="w-preview"></iframe>
{}{}<h2>{}</h2><ul class="notes">{notes}</ul>"#,
        super::back_link(view, &view.restart()),
        escape(TITLE.get(lang)),
        escape(INTRO.get(lang)),
        escape(LANG_LABEL.get(lang)),
        escape(MODE_LEGEND.get(lang)),
        escape(SECTOR_LABEL.get(lang)),
        escape(SECTOR_HINT.get(lang)),
        escape(ROLE_LABEL.get(lang)),
        escape(COMPACT.get(lang)),
        escape(ACCENT_LABEL.get(lang)),
        escape(ACCENT_HINT.get(lang)),
        escape(&regions.accent_note),
        escape(PREVIEW.get(lang)),
        escape(&format!("{} – {}", PREVIEW.get(lang), frame_title(&options, lang))),
        escape(&regions.preview),
        snippet("w-script", SCRIPT_TITLE, &regions.script),
        snippet("w-iframe", IFRAME_TITLE, &regions.iframe),
        escape(NOTES_TITLE.get(lang)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::Journey;

    #[test]
    fn the_snippets_say_what_the_preview_shows() {
        let options = Options::read("nl", "check", " 302 ", "", true, "#0B5394");
        assert_eq!(options.frame_query(), "?page=role&lang=nl&embed=compact&accent=0b5394&pc=302&pc_fixed=1");
        // The frame's address is one the app reads, with the site's settings.
        let frame = Journey::from_query(&options.frame_query()).unwrap();
        assert!(frame.answers.sector_fixed() && frame.answers.compact());
        assert_eq!(options.script("https://example.org/flexi/"), r#"<script src="https://example.org/flexi/embed.js" data-lang="nl" data-mode="check" data-pc="302" data-accent="0b5394" async></script>"#);
        let nace = Options::read("", "compare", "56.101", "employer", false, "zz");
        assert_eq!(nace.frame_query(), "?page=date&role=employer&mode=compare&nace=56.101&pc_fixed=1");
        assert!(nace.script("/").contains(r#"data-nace="56.101""#) && nace.script("/").contains(r#"data-compact="no""#) && !nace.script("/").contains("accent"));
        // Nothing but what is offered reaches a snippet.
        let odd = Options::read("xx", "<b>", "\"><script>", "boss", true, "");
        assert_eq!(odd.frame_query(), "?page=start&embed=compact&pc=script&pc_fixed=1");
        assert_eq!(regions(Lang::En, "/", &Options::read("", "", "", "", true, "ffff00")).accent_note, ACCENT_REFUSED.get(Lang::En));
    }
}
