//! The source register: every public page a rule, an amount, a sector row, a component, a note or a
//! next step rests on, once, with a link a user can open. Citations elsewhere are short sentences
//! that name the act in words and the register ids in brackets ("Programme law of 22 Dec 2023;
//! Securex [S26]"); [`cited`] turns the ids into these entries and [`words`] drops them from the
//! sentence, so no id ever reaches a reader.
//!
//! Built from the research dossiers' source lists (read 22 Nov 2026) and their 29 Nov 2026 update.
//! `title` is the page's own title in its own language; a page with Dutch, French, English or German
//! versions lists each version's address and title, and a reader sees the version in their language
//! where there is one. Where a page's title could not be read (a few opaque addresses), `titles`
//! holds a description in Dutch and French and `title` one in English.

use super::dated::ymd;
use super::language::{Language, Tr};
use super::msg;
use chrono::NaiveDate;
use serde::Serialize;

/// What kind of publisher a source is (the confidence levels rest on it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A public authority: RSZ/ONSS, FOD/SPF, the Council of Ministers, a Community.
    Official,
    /// A social secretariat, payroll provider, federation, union or law firm.
    Professional,
    /// A newspaper, magazine or political party.
    Press,
    /// A compilation by a third party (software documentation, a wiki).
    ThirdParty,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Source {
    /// Stable id, as the citations write it between brackets.
    pub id: &'static str,
    pub publisher: &'static str,
    pub title: &'static str,
    /// The page (https).
    pub url: &'static str,
    /// The page in each language it exists in, where the publisher has several.
    pub versions: &'static [(Language, &'static str)],
    /// The title of each language version (the page's own title in that language).
    pub titles: &'static [(Language, &'static str)],
    pub kind: SourceKind,
    /// When the page was last read for this tool.
    pub read: NaiveDate,
}

impl Source {
    /// The languages a reader's version is looked for in, in order: their own, and for a German
    /// reader then French (Ostbelgien's other language).
    fn reading_order(language: Language) -> &'static [Language] {
        match language {
            Language::En => &[Language::En],
            Language::Nl => &[Language::Nl],
            Language::Fr => &[Language::Fr],
            Language::De => &[Language::De, Language::Fr],
        }
    }

    /// The title and its language in the reader's reading order, where the page has such a version.
    fn title_for(&self, language: Language) -> Option<(Language, &'static str)> {
        Source::reading_order(language).iter().find_map(|l| self.titles.iter().find(|(t, _)| t == l).copied())
    }

    /// The title in the reader's language where the page has that version (for a German reader,
    /// else the French one), else its own title.
    pub fn title_in(&self, language: Language) -> &'static str {
        self.title_for(language).map_or(self.title, |(_, title)| title)
    }

    /// The language of the title a reader of `language` sees, where it is known: a link says so when
    /// it is not the page's (WCAG 3.1.2, language of parts).
    pub fn title_language(&self, language: Language) -> Option<Language> {
        match self.title_for(language) {
            Some((l, _)) => Some(l),
            None => self.titles.iter().find(|(_, title)| *title == self.title).map(|(l, _)| *l),
        }
    }

    /// The page in the reader's language where the source has that version, else its default page
    /// (for a German reader, the French one where there is one).
    pub fn url_in(&self, language: Language) -> &'static str {
        Source::reading_order(language).iter().find_map(|l| self.versions.iter().find(|(v, _)| v == l)).map_or(self.url, |(_, url)| url)
    }
}

/// A source as the Assessment JSON gives it: enough to show a link.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SourceRef {
    pub id: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub url: &'static str,
    pub kind: SourceKind,
    /// The title's language where it is not the reader's (and is known); not in the JSON.
    #[serde(skip)]
    pub title_language: Option<Language>,
}

impl SourceRef {
    pub fn of(source: &Source, language: Language) -> SourceRef {
        let title_language = source.title_language(language).filter(|l| *l != language);
        SourceRef { id: source.id, title: source.title_in(language), publisher: source.publisher, url: source.url_in(language), kind: source.kind, title_language }
    }
}

pub const SOURCES: &[Source] = &[
    Source { id: "S1", publisher: "RSZ/ONSS", title: "Flexi-jobs", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/socialsecuritycontributions/calculationbase/flexi_and_overtime_horeca.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/socialsecuritycontributions/calculationbase/flexi_and_overtime_horeca.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/socialsecuritycontributions/calculationbase/flexi/flexi_and_overtime_horeca.html"), (Language::De, "https://www.socialsecurity.be/employer/instructions/dmfa/de/latest/instructions/socialsecuritycontributions/calculationbase/flexi/flexi_and_overtime_horeca.html")], titles: &[(Language::Nl, "Flexi-jobs"), (Language::Fr, "Travailleurs flexi-job et Horeca heures supplémentaires"), (Language::De, "Flexi-Jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S2", publisher: "RSZ/ONSS", title: "Dimona voor flexi-jobwerknemer", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2022-2/instructions/obligations/obligations_nsso/dimona/flexidimona.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2022-2/instructions/obligations/obligations_nsso/dimona/flexidimona.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/obligations/obligations_nsso/dimona/flexidimona.html"), (Language::De, "https://www.socialsecurity.be/employer/instructions/dmfa/de/2022-2/instructions/obligations/obligations_nsso/dimona/flexidimona.html")], titles: &[(Language::Nl, "Dimona voor flexi-jobwerknemer"), (Language::Fr, "Dimona pour travailleur flexi-job"), (Language::De, "Dimona für einen Flexijob-Arbeitnehmer (DmfA)")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S3", publisher: "RSZ/ONSS", title: "Flexi-jobs", url: "https://www.socialsecurity.be/site_nl/employer/infos/flexi-jobs.htm", versions: &[(Language::Nl, "https://www.socialsecurity.be/site_nl/employer/infos/flexi-jobs.htm"), (Language::Fr, "https://www.socialsecurity.be/site_fr/employer/infos/flexi-jobs.htm"), (Language::De, "https://www.socialsecurity.be/site_de/employer/infos/flexi-jobs.htm")], titles: &[(Language::Nl, "Flexi-jobs"), (Language::Fr, "Flexi-jobs"), (Language::De, "Flexi-Jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S4", publisher: "RSZ/ONSS", title: "Flexi@work", url: "https://www.socialsecurity.be/site_de/employer/applics/flexiatwork/index.htm", versions: &[(Language::Nl, "https://www.socialsecurity.be/site_nl/employer/applics/flexiatwork/index.htm"), (Language::Fr, "https://www.socialsecurity.be/site_fr/employer/applics/flexiatwork/index.htm"), (Language::De, "https://www.socialsecurity.be/site_de/employer/applics/flexiatwork/index.htm")], titles: &[(Language::Nl, "Flexi@work"), (Language::Fr, "Flexi@work"), (Language::De, "Flexi at work")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S5", publisher: "FOD Financiën/SPF Finances", title: "Flexi-jobs", url: "https://finance.belgium.be/nl/experten_partners/sociale-secretariaten-andere-dienstenbedrijven/flexi-jobs", versions: &[(Language::Nl, "https://finance.belgium.be/nl/experten_partners/sociale-secretariaten-andere-dienstenbedrijven/flexi-jobs"), (Language::Fr, "https://finance.belgium.be/fr/entreprises/personnel_et_remuneration/flexi-jobs"), (Language::De, "https://finanzen.belgium.be/de/unternehmen/personal-und-lohn/flexi-jobs")], titles: &[(Language::Nl, "Flexi-jobs"), (Language::Fr, "Flexi-jobs"), (Language::De, "Flexi-jobs - Grenze von 12.000 euro")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S6", publisher: "FOD WASO/SPF Emploi", title: "Uitbreiding toepassingsgebied van de flexi-jobs", url: "https://werk.belgie.be/nl/nieuws/uitbreiding-toepassingsgebied-van-de-flexi-jobs", versions: &[(Language::Nl, "https://werk.belgie.be/nl/nieuws/uitbreiding-toepassingsgebied-van-de-flexi-jobs")], titles: &[(Language::Nl, "Uitbreiding toepassingsgebied van de flexi-jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S7", publisher: "news.belgium.be (Council of Ministers)", title: "Uitbreiding toepassingsgebied van flexi-jobs in de Duitstalige Gemeenschap", url: "https://news.belgium.be/nl/uitbreiding-toepassingsgebied-van-flexi-jobs-de-duitstalige-gemeenschap", versions: &[(Language::Nl, "https://news.belgium.be/nl/uitbreiding-toepassingsgebied-van-flexi-jobs-de-duitstalige-gemeenschap"), (Language::Fr, "https://news.belgium.be/fr/node/36478")], titles: &[(Language::Nl, "Uitbreiding toepassingsgebied van flexi-jobs in de Duitstalige Gemeenschap"), (Language::Fr, "Extension du champ d’application des flexi-jobs en Communauté germanophone")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S8", publisher: "news.belgium.be (Council of Ministers)", title: "Verduidelijking toepassingsgebied flexi-jobs: begrafenissector en binnenscheepvaart", url: "https://news.belgium.be/nl/verduidelijking-toepassingsgebied-flexi-jobs-begrafenissector-en-binnenscheepvaart", versions: &[(Language::Nl, "https://news.belgium.be/nl/verduidelijking-toepassingsgebied-flexi-jobs-begrafenissector-en-binnenscheepvaart"), (Language::Fr, "https://news.belgium.be/fr/node/36978")], titles: &[(Language::Nl, "Verduidelijking toepassingsgebied flexi-jobs: begrafenissector en binnenscheepvaart"), (Language::Fr, "Précision du champ d’application des flexi-jobs : secteur des pompes funèbres et batellerie")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S9", publisher: "news.belgium.be (Council of Ministers)", title: "Verduidelijking in de regelgeving over de flexi-jobs", url: "https://news.belgium.be/nl/verduidelijking-de-regelgeving-over-de-flexi-jobs", versions: &[(Language::Nl, "https://news.belgium.be/nl/verduidelijking-de-regelgeving-over-de-flexi-jobs")], titles: &[(Language::Nl, "Verduidelijking in de regelgeving over de flexi-jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S10", publisher: "Overseas Social Security (RSZ/ONSS)", title: "Flexi-job", url: "https://www.overseassocialsecurity.be/en/blog/flexi-job.html", versions: &[(Language::En, "https://www.overseassocialsecurity.be/en/blog/flexi-job.html"), (Language::Fr, "https://www.overseassocialsecurity.be/fr/blog/flexi-job.html")], titles: &[(Language::Fr, "Flexi-job"), (Language::En, "Flexi-job")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S12", publisher: "Forum for the Future", title: "Circulaire 2026/C/4 over flexi-jobs", url: "https://blog.forumforthefuture.be/nl/article/circulaire-2026c4-over-flexi-jobs/29784", versions: &[(Language::Nl, "https://blog.forumforthefuture.be/nl/article/circulaire-2026c4-over-flexi-jobs/29784"), (Language::Fr, "https://blog.forumforthefuture.be/fr/article/circulaire-2026c4-relative-aux-flexi-jobs/29785")], titles: &[(Language::Nl, "Circulaire 2026/C/4 over flexi-jobs"), (Language::Fr, "Circulaire 2026/C/4 relative aux flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S12/2024", publisher: "Forum for the Future", title: "Circulaire 2024/C/41 relative aux flexi-jobs : plafond de l’exonération fiscale et extension du champ d’application", url: "https://blog.forumforthefuture.be/fr/article/circulaire-2024c41-relative-aux-flexi-jobs-plafond-de-lexoneration-fiscale-et-extension-du-champ-dapplication/23318", versions: &[(Language::Nl, "https://blog.forumforthefuture.be/nl/article/circulaire-2024c41-over-flexi-jobs-begrenzing-van-de-fiscale-vrijstelling-en-uitbreiding-van-het-toepassingsgebied/23317"), (Language::Fr, "https://blog.forumforthefuture.be/fr/article/circulaire-2024c41-relative-aux-flexi-jobs-plafond-de-lexoneration-fiscale-et-extension-du-champ-dapplication/23318")], titles: &[(Language::Nl, "Circulaire 2024/C/41 over flexi-jobs: begrenzing van de fiscale vrijstelling en uitbreiding van het toepassingsgebied"), (Language::Fr, "Circulaire 2024/C/41 relative aux flexi-jobs : plafond de l’exonération fiscale et extension du champ d’application")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S14", publisher: "Forum for the Future", title: "Flexi-jobs - secteur flamand de la garderie d’enfants au 1er juillet 2024", url: "https://blog.forumforthefuture.be/fr/article/flexi-jobs-secteur-flamand-de-la-garderie-denfants-au-1er-juillet-2024/23629", versions: &[(Language::Fr, "https://blog.forumforthefuture.be/fr/article/flexi-jobs-secteur-flamand-de-la-garderie-denfants-au-1er-juillet-2024/23629")], titles: &[(Language::Fr, "Flexi-jobs - secteur flamand de la garderie d’enfants au 1er juillet 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S15", publisher: "Forum for the Future", title: "Minimumbedrag van het flexi-uurloon aangepast tot 1 november 2023", url: "https://blog.forumforthefuture.be/nl/article/minimumbedrag-van-het-flexi-uurloon-aangepast-tot-1-november-2023/20784", versions: &[(Language::Nl, "https://blog.forumforthefuture.be/nl/article/minimumbedrag-van-het-flexi-uurloon-aangepast-tot-1-november-2023/20784")], titles: &[(Language::Nl, "Minimumbedrag van het flexi-uurloon aangepast tot 1 november 2023")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S15/2022", publisher: "Forum for the Future", title: "Adaptation du flexi-salaire au 1er novembre 2022", url: "https://blog.forumforthefuture.be/fr/article/adaptation-du-flexi-salaire-au-1er-novembre-2022/16758", versions: &[(Language::Fr, "https://blog.forumforthefuture.be/fr/article/adaptation-du-flexi-salaire-au-1er-novembre-2022/16758")], titles: &[(Language::Fr, "Adaptation du flexi-salaire au 1er novembre 2022")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S16", publisher: "Forum for the Future", title: "Extension du flexi-travail et nouvelles dispositions à partir du 1er janvier 2024", url: "https://blog.forumforthefuture.be/fr/article/extension-du-flexi-travail-et-nouvelles-dispositions-a-partir-du-1er-janvier-2024/21352", versions: &[(Language::Fr, "https://blog.forumforthefuture.be/fr/article/extension-du-flexi-travail-et-nouvelles-dispositions-a-partir-du-1er-janvier-2024/21352")], titles: &[(Language::Fr, "Extension du flexi-travail et nouvelles dispositions à partir du 1er janvier 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S17", publisher: "Tamtam", title: "Flexi-jobs : nouveaux opt-in et opt-out au 1er janvier 2025", url: "https://blog.tamtam.pro/fr/article/flexi-jobs-nouveaux-opt-in-et-opt-out-au-1er-janvier-2025/26124", versions: &[(Language::Fr, "https://blog.tamtam.pro/fr/article/flexi-jobs-nouveaux-opt-in-et-opt-out-au-1er-janvier-2025/26124")], titles: &[(Language::Fr, "Flexi-jobs : nouveaux opt-in et opt-out au 1er janvier 2025")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S18", publisher: "Securex", title: "Quelles sont les conditions à remplir pour pouvoir être occupé comme travailleur flexi-job ?", url: "https://securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quelles-sont-les-conditions-a-remplir-pour-pouvoir-etre-occupe-comme-travailleur-flexi-job", versions: &[(Language::Fr, "https://securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quelles-sont-les-conditions-a-remplir-pour-pouvoir-etre-occupe-comme-travailleur-flexi-job")], titles: &[(Language::Fr, "Quelles sont les conditions à remplir pour pouvoir être occupé comme travailleur flexi-job ?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S19", publisher: "Securex", title: "The Dimona obligation for flexi-jobs", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/2F592F47FBB95AF9C1257F1B003815C3?OpenDocument", versions: &[], titles: &[(Language::Nl, "De Dimona-aangifte voor flexi-jobs"), (Language::Fr, "La déclaration Dimona pour les flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S21", publisher: "Securex", title: "Quel traitement fiscal pour la rémunération d’un travailleur flexi-job ?", url: "https://www.securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quel-traitement-fiscal-pour-la-remuneration-d-un-travailleur-flexi-job", versions: &[(Language::Fr, "https://www.securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quel-traitement-fiscal-pour-la-remuneration-d-un-travailleur-flexi-job")], titles: &[(Language::Fr, "Quel traitement fiscal pour la rémunération d’un travailleur flexi-job ?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S22", publisher: "Securex", title: "Le flexi-salaire à partir du 1er janvier 2024", url: "https://securex.be/fr/lex4you/employeur/actualites/le-flexi-salaire-a-partir-du-1er-janvier-2024", versions: &[(Language::Fr, "https://securex.be/fr/lex4you/employeur/actualites/le-flexi-salaire-a-partir-du-1er-janvier-2024")], titles: &[(Language::Fr, "Le flexi-salaire à partir du 1er janvier 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S23", publisher: "Securex", title: "L’indexation est-elle obligatoire dans le cas de vos flexi-jobistes ?", url: "https://www.securex.be/fr/lex4you/employeur/actualites/l-indexation-est-elle-obligatoire-dans-le-cas-de-vos-flexi-jobistes", versions: &[(Language::Fr, "https://www.securex.be/fr/lex4you/employeur/actualites/l-indexation-est-elle-obligatoire-dans-le-cas-de-vos-flexi-jobistes")], titles: &[(Language::Fr, "L’indexation est-elle obligatoire dans le cas de vos flexi-jobistes ?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S24", publisher: "Securex", title: "Flexi-jobs vanaf 2024: enkele verduidelijkingen", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-vanaf-2024-enkele-verduidelijkingen", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-vanaf-2024-enkele-verduidelijkingen")], titles: &[(Language::Nl, "Flexi-jobs vanaf 2024: enkele verduidelijkingen")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S25", publisher: "Securex", title: "Een uitsluiting en een uitbreiding voor flexi-jobs vanaf 1 juli 2024", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/een-uitsluiting-en-een-uitbreiding-voor-flexi-jobs-vanaf-1-juli-2024", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/nieuws/een-uitsluiting-en-een-uitbreiding-voor-flexi-jobs-vanaf-1-juli-2024")], titles: &[(Language::Nl, "Een uitsluiting en een uitbreiding voor flexi-jobs vanaf 1 juli 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S26", publisher: "Securex", title: "Flexi-jobs sinds 1 april uitgebreid in bepaalde sectoren en verboden in andere", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-sinds-1-april-uitgebreid-in-bepaalde-sectoren-en-verboden-in-anderen", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-sinds-1-april-uitgebreid-in-bepaalde-sectoren-en-verboden-in-anderen")], titles: &[(Language::Nl, "Flexi-jobs sinds 1 april uitgebreid in bepaalde sectoren en verboden in andere")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S27", publisher: "Securex", title: "The flexi-job framework agreement", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/906DA45DA70701D0C1257F1B0031EEF7?OpenDocument", versions: &[], titles: &[(Language::Nl, "De raamovereenkomst voor flexi-jobs"), (Language::Fr, "Le contrat-cadre pour les flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S28", publisher: "Securex", title: "Hoe wordt het loon van een flexi-jobwerknemer op sociaal vlak behandeld?", url: "https://www.securex.be/nl/lex4you/werkgever/themas/aanwerven-arbeidsovereenkomst/bijzondere-overeenkomsten/hoe-wordt-het-loon-van-een-flexi-jobwerknemer-op-sociaal-vlak-behandeld", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/themas/aanwerven-arbeidsovereenkomst/bijzondere-overeenkomsten/hoe-wordt-het-loon-van-een-flexi-jobwerknemer-op-sociaal-vlak-behandeld")], titles: &[(Language::Nl, "Hoe wordt het loon van een flexi-jobwerknemer op sociaal vlak behandeld?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S29", publisher: "Securex", title: "Flexi-salaire et flexi-pécule de vacances", url: "https://www.securex.be/fr/lex4you/employeur/montants-actuels/montants-socio-juridiques/flexi-salaire-et-flexi-pecule-de-vacances", versions: &[(Language::Fr, "https://www.securex.be/fr/lex4you/employeur/montants-actuels/montants-socio-juridiques/flexi-salaire-et-flexi-pecule-de-vacances")], titles: &[(Language::Fr, "Flexi-salaire et flexi-pécule de vacances")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S30", publisher: "Partena Professional", title: "Flexijobs – de hoofdactiviteit", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-de-hoofdactiviteit", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-de-hoofdactiviteit"), (Language::En, "https://www.partena-professional.be/en/node/1309")], titles: &[(Language::Nl, "Flexijobs – de hoofdactiviteit")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S31", publisher: "Partena Professional", title: "Flexijobs – uitbreiding naar gepensioneerden", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-uitbreiding-naar-gepensioneerden", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-uitbreiding-naar-gepensioneerden")], titles: &[(Language::Nl, "Flexijobs – uitbreiding naar gepensioneerden")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S32", publisher: "Partena Professional", title: "Flexijobs – dimona", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-dimona", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-dimona"), (Language::Fr, "https://www.partena-professional.be/fr/knowledge-center/infoflashes/flexi-jobs-dimona")], titles: &[(Language::Nl, "Flexijobs – dimona"), (Language::Fr, "Flexi-jobs – Dimona")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S33", publisher: "Partena Professional", title: "Uitbreiding toepassingsgebied flexijobs", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-toepassingsgebied-flexijobs", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-toepassingsgebied-flexijobs")], titles: &[(Language::Nl, "Uitbreiding toepassingsgebied flexijobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S34", publisher: "Partena Professional", title: "Uitbreiding van het toepassingsgebied van de flexi-jobs vanaf 1 juli", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-van-het-toepassingsgebied-van-de-flexi-jobs-vanaf-1-juli", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-van-het-toepassingsgebied-van-de-flexi-jobs-vanaf-1-juli")], titles: &[(Language::Nl, "Uitbreiding van het toepassingsgebied van de flexi-jobs vanaf 1 juli")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S36", publisher: "Acerta", title: "Uitbreiding flexi-jobs is een feit sinds 1 januari 2018", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/uitbreiding-flexi-jobs-is-een-feit-sinds-1-januari-2018", versions: &[(Language::Nl, "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/uitbreiding-flexi-jobs-is-een-feit-sinds-1-januari-2018")], titles: &[(Language::Nl, "Uitbreiding flexi-jobs is een feit sinds 1 januari 2018")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S37", publisher: "Acerta", title: "Nouvelle possibilité de faire appel à des flexi-jobs pour les chocolatiers", url: "https://acerta.be/fr/inspiration/nouvelle-possibilite-de-faire-appel-a-des-flexi-jobs-pour-les-chocolatiers", versions: &[(Language::Fr, "https://acerta.be/fr/inspiration/nouvelle-possibilite-de-faire-appel-a-des-flexi-jobs-pour-les-chocolatiers")], titles: &[(Language::Fr, "Nouvelle possibilité de faire appel à des flexi-jobs pour les chocolatiers")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S38", publisher: "Acerta", title: "Nouveautés dans le champ d’application des flexi-jobs", url: "https://acerta.be/fr/inspiration/nouveautes-dans-le-champ-dapplication-des-flexi-jobs", versions: &[(Language::Fr, "https://acerta.be/fr/inspiration/nouveautes-dans-le-champ-dapplication-des-flexi-jobs")], titles: &[(Language::Fr, "Nouveautés dans le champ d’application des flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S39", publisher: "Acerta", title: "Aanpassingen flexi-jobs vanaf 1 april 2024", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/aanpassingen-flexi-jobs-vanaf-1-april-2024", versions: &[(Language::Nl, "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/aanpassingen-flexi-jobs-vanaf-1-april-2024")], titles: &[(Language::Nl, "Aanpassingen flexi-jobs vanaf 1 april 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S41", publisher: "Going for Talent (Acerta)", title: "Programmawet 2023: uitbreiding en hervorming flexi-jobs", url: "https://goingfortalent.be/nl/inspiratie/programmawet-2023-uitbreiding-en-hervorming-flexi-jobs", versions: &[(Language::Nl, "https://goingfortalent.be/nl/inspiratie/programmawet-2023-uitbreiding-en-hervorming-flexi-jobs")], titles: &[(Language::Nl, "Programmawet 2023: uitbreiding en hervorming flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S42", publisher: "Attentia", title: "Wetgever sluit achterpoortje bij flexi-jobs via uitzendarbeid", url: "https://www.attentia.be/nl/nieuws/wetgever-sluit-achterpoortje-bij-flexi-jobs-via-uitzendarbeid", versions: &[(Language::Nl, "https://www.attentia.be/nl/nieuws/wetgever-sluit-achterpoortje-bij-flexi-jobs-via-uitzendarbeid")], titles: &[(Language::Nl, "Wetgever sluit achterpoortje bij flexi-jobs via uitzendarbeid")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S43", publisher: "Attentia", title: "Uitbreiding van de sectoren waar flexi-arbeid mogelijk is en aanpassing flexi-loon paritair …", url: "https://www.attentia.be/nl/nieuws/uitbreiding-van-de-sectoren-waar-flexi-arbeid-mogelijk-is-en-aanpassing-flexi-loon-paritair", versions: &[(Language::Nl, "https://www.attentia.be/nl/nieuws/uitbreiding-van-de-sectoren-waar-flexi-arbeid-mogelijk-is-en-aanpassing-flexi-loon-paritair")], titles: &[(Language::Nl, "Uitbreiding van de sectoren waar flexi-arbeid mogelijk is en aanpassing flexi-loon paritair …")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S44", publisher: "Attentia", title: "Flexi-loon in de horecasector geïndexeerd", url: "https://www.attentia.be/nl/nieuws/flexi-loon-in-de-horecasector-geindexeerd/", versions: &[(Language::Nl, "https://www.attentia.be/nl/nieuws/flexi-loon-in-de-horecasector-geindexeerd/")], titles: &[(Language::Nl, "Flexi-loon in de horecasector geïndexeerd")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S45", publisher: "Attentia", title: "Publicatie van koninklijk besluit over regeling flexi-jobs", url: "https://www.attentia.be/nl/nieuws/publicatie-van-koninklijk-besluit-over-regeling-flexi-jobs/", versions: &[(Language::Nl, "https://www.attentia.be/nl/nieuws/publicatie-van-koninklijk-besluit-over-regeling-flexi-jobs/")], titles: &[(Language::Nl, "Publicatie van koninklijk besluit over regeling flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S46", publisher: "Liantis", title: "Uitbreiding en verstrenging flexi-jobs", url: "https://www.liantis.be/nl/nieuws/uitbreiding-en-verstrenging-flexi-jobs", versions: &[(Language::Nl, "https://www.liantis.be/nl/nieuws/uitbreiding-en-verstrenging-flexi-jobs")], titles: &[(Language::Nl, "Uitbreiding en verstrenging flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S46/2025", publisher: "Liantis", title: "Flexi-jobs: nieuwe toelatingen en uitsluitingen bepaalde sectoren", url: "https://www.liantis.be/nl/nieuws/flexi-jobs-nieuwe-toelatingen-en-uitsluitingen-bepaalde-sectoren", versions: &[(Language::Nl, "https://www.liantis.be/nl/nieuws/flexi-jobs-nieuwe-toelatingen-en-uitsluitingen-bepaalde-sectoren")], titles: &[(Language::Nl, "Flexi-jobs: nieuwe toelatingen en uitsluitingen bepaalde sectoren")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S47", publisher: "Wolters Kluwer", title: "Expansion flexi-jobs", url: "https://www.wolterskluwer.com/nl-be/expert-insights/expansion-flexi-jobs", versions: &[(Language::Nl, "https://www.wolterskluwer.com/nl-be/expert-insights/expansion-flexi-jobs")], titles: &[(Language::Nl, "Expansion flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S48", publisher: "Prato", title: "Aanpassing systeem flexi-jobs n.a.v. begrotingsakkoord", url: "https://www.prato.be/aanpassing-systeem-flexi-jobs-n-a-v-begrotingsakkoord/", versions: &[(Language::Nl, "https://www.prato.be/aanpassing-systeem-flexi-jobs-n-a-v-begrotingsakkoord/")], titles: &[(Language::Nl, "Aanpassing systeem flexi-jobs n.a.v. begrotingsakkoord")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S48/svgestion", publisher: "SV Gestion", title: "Extension du flexi-travail", url: "https://www.svgestion.be/extension-du-flexi-travail/", versions: &[(Language::Fr, "https://www.svgestion.be/extension-du-flexi-travail/")], titles: &[(Language::Fr, "Extension du flexi-travail")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S49", publisher: "groupS", title: "Flexi-jobs PC 302", url: "https://groups.be/nl/sociale-wetgeving/sectorale-documentatie/paritaire-comites/11803000000/42/3702-flexi-jobs-pc-302", versions: &[(Language::Nl, "https://groups.be/nl/sociale-wetgeving/sectorale-documentatie/paritaire-comites/11803000000/42/3702-flexi-jobs-pc-302"), (Language::Fr, "https://groups.be/fr/legislation-sociale/documentation-sectorielle/commissions-paritaires/11803000000/42/flexi-jobs-3")], titles: &[(Language::Nl, "Flexi-jobs PC 302"), (Language::Fr, "Flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S49/extension", publisher: "groupS", title: "Extension du champ d’application des flexi-jobs", url: "https://www.groups.be/fr/actualites/articles-juridiques/extension-du-champ-dapplication-des-flexi-jobs", versions: &[(Language::Fr, "https://www.groups.be/fr/actualites/articles-juridiques/extension-du-champ-dapplication-des-flexi-jobs")], titles: &[(Language::Fr, "Extension du champ d’application des flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S50", publisher: "uwpayroll", title: "Indexatie flexi-uurloon vanaf 08/2022", url: "https://uwpayroll.be/indexatie-flexi-uurloon-vanaf-08-2022", versions: &[(Language::Nl, "https://uwpayroll.be/indexatie-flexi-uurloon-vanaf-08-2022")], titles: &[(Language::Nl, "Indexatie flexi-uurloon vanaf 08/2022")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S52", publisher: "Horeca Vlaanderen (horecaismijnpassie)", title: "Indexatie flexilonen", url: "https://www.horecaismijnpassie.be/blog/detail/indexatie-flexilonen--", versions: &[(Language::Nl, "https://www.horecaismijnpassie.be/blog/detail/indexatie-flexilonen--")], titles: &[(Language::Nl, "Indexatie flexilonen")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S53", publisher: "Horeca Wallonie (horecaestmapassion)", title: "Montant maximum du salaire flexi : 1807 euros", url: "https://www.horecaestmapassion.be/blog/detail/montant-maximum-du-salaire-flexi-1807-euros", versions: &[(Language::Fr, "https://www.horecaestmapassion.be/blog/detail/montant-maximum-du-salaire-flexi-1807-euros")], titles: &[(Language::Fr, "Montant maximum du salaire flexi : 1807 euros")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S56", publisher: "SD Worx", title: "Salaire et pécule de vacances", url: "https://read.sdworx.com/fr-be/flexiguide/salaire-et-pcule-de-vacances", versions: &[(Language::Fr, "https://read.sdworx.com/fr-be/flexiguide/salaire-et-pcule-de-vacances")], titles: &[(Language::Fr, "Salaire et pécule de vacances")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S56/what", publisher: "SD Worx", title: "Flexi-jobs: wat, waar, voor wie", url: "https://www.sdworx.be/fr-be/actua-tendances/emploi-temporaire/flexi-jobs-wat-waar-voor-wie", versions: &[(Language::Fr, "https://www.sdworx.be/fr-be/actua-tendances/emploi-temporaire/flexi-jobs-wat-waar-voor-wie")], titles: &[(Language::Fr, "Flexi-jobs: wat, waar, voor wie")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S59", publisher: "AGO Jobs", title: "Flexi-jobs à partir du 1er juillet 2026 : qu’est-ce que cela signifie pour votre organisation ?", url: "https://www.ago.jobs/en/news/flexi-jobs-a-partir-du-1er-juillet-2026-quest-ce-que-cela-signifie-pour-votre-organisation-118", versions: &[(Language::Fr, "https://www.ago.jobs/en/news/flexi-jobs-a-partir-du-1er-juillet-2026-quest-ce-que-cela-signifie-pour-votre-organisation-118")], titles: &[(Language::Fr, "Flexi-jobs à partir du 1er juillet 2026 : qu’est-ce que cela signifie pour votre organisation ?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S60", publisher: "MR", title: "David Clarinval autorise les flexi-jobs dans tous les secteurs", url: "https://www.mr.be/david-clarinval-autorise-les-flexi-jobs-dans-tous-les-secteurs", versions: &[(Language::Fr, "https://www.mr.be/david-clarinval-autorise-les-flexi-jobs-dans-tous-les-secteurs")], titles: &[(Language::Fr, "David Clarinval autorise les flexi-jobs dans tous les secteurs")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S60/levif", publisher: "Le Vif", title: "Les flexi-jobs bientôt autorisés dans tous les secteurs, même dans le secteur de la santé", url: "https://www.levif.be/economie/les-flexi-jobs-bientot-autorises-dans-tous-les-secteurs-meme-dans-le-secteur-de-la-sante", versions: &[(Language::Fr, "https://www.levif.be/economie/les-flexi-jobs-bientot-autorises-dans-tous-les-secteurs-meme-dans-le-secteur-de-la-sante")], titles: &[(Language::Fr, "Les flexi-jobs bientôt autorisés dans tous les secteurs, même dans le secteur de la santé")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S60/sni", publisher: "SNI", title: "Les flexi-jobs deviennent enfin possibles dans tous les secteurs", url: "https://www.sninet.be/fr/actualit-eacute-s/detail/les-flexi-jobs-deviennent-enfin-possibles-dans-tous-les-secteurs", versions: &[(Language::Fr, "https://www.sninet.be/fr/actualit-eacute-s/detail/les-flexi-jobs-deviennent-enfin-possibles-dans-tous-les-secteurs")], titles: &[(Language::Fr, "Les flexi-jobs deviennent enfin possibles dans tous les secteurs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S61", publisher: "Horeca Bruxelles", title: "Réforme travail horeca 2026 : flexi-jobs, heures sup", url: "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup", versions: &[(Language::Fr, "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup")], titles: &[(Language::Fr, "Réforme travail horeca 2026 : flexi-jobs, heures sup")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S62", publisher: "Easypay", title: "Changement de procédure pour les pensionnés flexi jobbers", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10808", versions: &[(Language::Fr, "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10808")], titles: &[(Language::Fr, "Changement de procédure pour les pensionnés flexi jobbers")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S62/sni", publisher: "SNI", title: "Modification Dimona pour les retraités en flexi-job", url: "https://www.sninet.be/fr/actualit-eacute-s/detail/modification-dimona-pour-les-retraites-en-flexi-job", versions: &[(Language::Fr, "https://www.sninet.be/fr/actualit-eacute-s/detail/modification-dimona-pour-les-retraites-en-flexi-job")], titles: &[(Language::Fr, "Modification Dimona pour les retraités en flexi-job")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S63", publisher: "Besox", title: "Chocolatiers kunnen vanaf nu beroep doen op flexi-jobs", url: "https://www.besox.be/chocolatiers-kunnen-vanaf-nu-beroep-doen-op-flexi-jobs/", versions: &[(Language::Nl, "https://www.besox.be/chocolatiers-kunnen-vanaf-nu-beroep-doen-op-flexi-jobs/")], titles: &[(Language::Nl, "Chocolatiers kunnen vanaf nu beroep doen op flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S64", publisher: "Trends", title: "Bijkomend grensbedrag voor flexi-jobbers met vervroegd pensioen", url: "https://trends.knack.be/geld/pensioen/bijkomend-grensbedrag-voor-flexi-jobbers-met-vervroegd-pensioen/", versions: &[(Language::Nl, "https://trends.knack.be/geld/pensioen/bijkomend-grensbedrag-voor-flexi-jobbers-met-vervroegd-pensioen/")], titles: &[(Language::Nl, "Bijkomend grensbedrag voor flexi-jobbers met vervroegd pensioen")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S65", publisher: "Horeca Wallonie", title: "Le service Flexi work est en place", url: "https://www.horecawallonie.be/le-service-flexi-work-est-en-place", versions: &[(Language::Fr, "https://www.horecawallonie.be/le-service-flexi-work-est-en-place")], titles: &[(Language::Fr, "Le service Flexi work est en place")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "FFF-STRUCT-2024", publisher: "Forum for the Future", title: "Aanpassing van loonplafonds verminderingen vanaf 1 januari 2024", url: "https://blog.forumforthefuture.be/nl/article/aanpassing-van-loonplafonds-verminderingen-vanaf-1-januari-2024./21351", versions: &[(Language::Nl, "https://blog.forumforthefuture.be/nl/article/aanpassing-van-loonplafonds-verminderingen-vanaf-1-januari-2024./21351")], titles: &[(Language::Nl, "Aanpassing van loonplafonds verminderingen vanaf 1 januari 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "PARTENA-STRUCT-2024", publisher: "Partena Professional", title: "RSZ – structurele vermindering vanaf 1 april 2024", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/rsz-structurele-vermindering-vanaf-1-april-2024", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/rsz-structurele-vermindering-vanaf-1-april-2024")], titles: &[(Language::Nl, "RSZ – structurele vermindering vanaf 1 april 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "GROUPS-STRUCT-2024", publisher: "Groep S", title: "Réduction structurelle : modifications au 1er avril 2024", url: "https://www.groups.be/fr/actualites/articles-juridiques/reduction-structurelle-modifications-au-1er-avril-2024", versions: &[(Language::Fr, "https://www.groups.be/fr/actualites/articles-juridiques/reduction-structurelle-modifications-au-1er-avril-2024")], titles: &[(Language::Fr, "Réduction structurelle : modifications au 1er avril 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "RSZ-INT-2025", publisher: "RSZ/ONSS", title: "Administrative Anweisungen LSS – intermediates", url: "https://www.socialsecurity.be/employer/instructions/dmfa/de/latest/intermediates", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/intermediates"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/intermediates")], titles: &[(Language::Nl, "Administratieve instructies RSZ – intermediates"), (Language::Fr, "Instructions administratives ONSS – intermediates")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "SECUREX-STRUCT-R", publisher: "Securex", title: "Le calcul du montant de réduction théorique", url: "https://securex.be/fr/lex4you/employeur/themes/optimiser-la-politique-salariale/reductions-onss-applicables-dans-toutes-les-regions/le-calcul-du-montant-de-reduction-theorique", versions: &[(Language::Fr, "https://securex.be/fr/lex4you/employeur/themes/optimiser-la-politique-salariale/reductions-onss-applicables-dans-toutes-les-regions/le-calcul-du-montant-de-reduction-theorique")], titles: &[(Language::Fr, "Le calcul du montant de réduction théorique")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "SECUREX-STRUCT-PS", publisher: "Securex", title: "De berekening van het reële verminderingsbedrag", url: "https://securex.be/nl/lex4you/werkgever/themas/loonbeleid-optimaliseren/rsz-kortingen-alle-gewesten/de-berekening-van-het-reele-verminderingsbedrag", versions: &[(Language::Nl, "https://securex.be/nl/lex4you/werkgever/themas/loonbeleid-optimaliseren/rsz-kortingen-alle-gewesten/de-berekening-van-het-reele-verminderingsbedrag")], titles: &[(Language::Nl, "De berekening van het reële verminderingsbedrag")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "HW-PENSION", publisher: "Horeca Wallonie", title: "Deuxième pilier de pension : pension complémentaire sectorielle", url: "https://www.horecawallonie.be/deuxieme-pilier-de-pension-pension-complementaire-sectorielle", versions: &[(Language::Fr, "https://www.horecawallonie.be/deuxieme-pilier-de-pension-pension-complementaire-sectorielle")], titles: &[(Language::Fr, "Deuxième pilier de pension : pension complémentaire sectorielle")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "HEMP-PENSION", publisher: "Horeca est ma passion", title: "La pension complémentaire dans le secteur de l’horeca", url: "https://www.horecaestmapassion.be/blog/detail/la-pension-complementaire-dans-le-secteur-de-lhoreca", versions: &[(Language::Fr, "https://www.horecaestmapassion.be/blog/detail/la-pension-complementaire-dans-le-secteur-de-lhoreca")], titles: &[(Language::Fr, "La pension complémentaire dans le secteur de l’horeca")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "S66", publisher: "Corsa", title: "Hervorming flexi-jobs: belangrijke aandachtspunten", url: "https://www.corsa-consultancy.be/hervorming-flexi-jobs-belangrijke-aandachtspunten/", versions: &[(Language::Nl, "https://www.corsa-consultancy.be/hervorming-flexi-jobs-belangrijke-aandachtspunten/")], titles: &[(Language::Nl, "Hervorming flexi-jobs: belangrijke aandachtspunten")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S66/sociaalkantoor", publisher: "Sociaal Kantoor", title: "Belangrijk aandachtspunt inzake flexi-jobs", url: "https://www.sociaalkantoor.be/blog/belangrijk-aandachtspunt-inzake-flexi-jobs", versions: &[(Language::Nl, "https://www.sociaalkantoor.be/blog/belangrijk-aandachtspunt-inzake-flexi-jobs")], titles: &[(Language::Nl, "Belangrijk aandachtspunt inzake flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S67", publisher: "1819.brussels", title: "Flexijobs: de contracten", url: "https://1819.brussels/nl/blog/flexijobs-de-contracten", versions: &[(Language::Nl, "https://1819.brussels/nl/blog/flexijobs-de-contracten")], titles: &[(Language::Nl, "Flexijobs: de contracten")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S69", publisher: "Securex", title: "Flexi-jobs: een nieuwe wettelijke uitsluiting", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-een-nieuwe-wettelijke-uitsluiting", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-een-nieuwe-wettelijke-uitsluiting")], titles: &[(Language::Nl, "Flexi-jobs: een nieuwe wettelijke uitsluiting")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S74", publisher: "Plusmagazine", title: "Mag je als gepensioneerde een flexi-job doen bij je vroegere werkgever?", url: "https://plusmagazine.knack.be/recht-en-geld/mag-je-als-gepensioneerde-een-flexi-job-doen-bij-je-vroegere-werkgever/article-normal-1937929.html", versions: &[(Language::Nl, "https://plusmagazine.knack.be/recht-en-geld/mag-je-als-gepensioneerde-een-flexi-job-doen-bij-je-vroegere-werkgever/article-normal-1937929.html")], titles: &[(Language::Nl, "Mag je als gepensioneerde een flexi-job doen bij je vroegere werkgever?")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S74/fediplus", publisher: "Fediplus", title: "Meer flexijobs", url: "https://www.fediplus.be/nl/nieuws/meer-flexijobs", versions: &[(Language::Nl, "https://www.fediplus.be/nl/nieuws/meer-flexijobs")], titles: &[(Language::Nl, "Meer flexijobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S77", publisher: "Unisoc", title: "Possibilité de flexi-jobs dans différents secteurs sociaux depuis le 1er avril 2024", url: "https://www.unisoc.be/articles/fr/public/possibilite-de-flexi-jobs-dans-differents-secteurs-sociaux-depuis-le-1er-avril-2024", versions: &[(Language::Fr, "https://www.unisoc.be/articles/fr/public/possibilite-de-flexi-jobs-dans-differents-secteurs-sociaux-depuis-le-1er-avril-2024")], titles: &[(Language::Fr, "Possibilité de flexi-jobs dans différents secteurs sociaux depuis le 1er avril 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S78", publisher: "Flemish Department of Education", title: "Flexi-jobs", url: "https://data-onderwijs.vlaanderen.be/edulex/document/16088", versions: &[(Language::Nl, "https://data-onderwijs.vlaanderen.be/edulex/document/16088")], titles: &[(Language::Nl, "Flexi-jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S79", publisher: "Corsa", title: "Flexi-jobs: opt-out in PC 320 en opt-in in PC 139 vanaf 1 juli 2024", url: "https://www.corsa-consultancy.be/flexi-jobs-opt-out-in-pc-320-en-opt-in-in-pc-139-vanaf-1-juli-2024/", versions: &[(Language::Nl, "https://www.corsa-consultancy.be/flexi-jobs-opt-out-in-pc-320-en-opt-in-in-pc-139-vanaf-1-juli-2024/")], titles: &[(Language::Nl, "Flexi-jobs: opt-out in PC 320 en opt-in in PC 139 vanaf 1 juli 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S81", publisher: "Nestor", title: "Een flexi-job als je met vervroegd pensioen bent: dit zijn in 2024 de regels", url: "https://blog.nestor.be/een-flexi-job-als-je-met-vervroegd-pensioen-bent-dit-zijn-in-2024-de-regels", versions: &[(Language::Nl, "https://blog.nestor.be/een-flexi-job-als-je-met-vervroegd-pensioen-bent-dit-zijn-in-2024-de-regels")], titles: &[(Language::Nl, "Een flexi-job als je met vervroegd pensioen bent: dit zijn in 2024 de regels")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S87", publisher: "Easypay", title: "Accord du gouvernement : que prévoit-il pour les flexi-jobs ?", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Accord-du-gouvernement-%3A-que-prevoit-il-pour-les-flexi-jobs--?id=10492", versions: &[(Language::Fr, "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Accord-du-gouvernement-%3A-que-prevoit-il-pour-les-flexi-jobs--?id=10492")], titles: &[(Language::Fr, "Accord du gouvernement : que prévoit-il pour les flexi-jobs ?")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S89", publisher: "VLAIO", title: "Flexi-jobs: voordelig tewerkstellen", url: "https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/flexi-jobs-voordelig-tewerkstellen", versions: &[(Language::Nl, "https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/flexi-jobs-voordelig-tewerkstellen")], titles: &[(Language::Nl, "Flexi-jobs: voordelig tewerkstellen")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S89/clb", publisher: "CLB Group", title: "CLB Nieuws januari - februari 2024", url: "https://publicatie.clbgroup.be/CLB%20Nieuws%20januari%20-%20februari%202024/CLB-Nieuws-januari---februari-2024/11/", versions: &[(Language::Nl, "https://publicatie.clbgroup.be/CLB%20Nieuws%20januari%20-%20februari%202024/CLB-Nieuws-januari---februari-2024/11/")], titles: &[(Language::Nl, "CLB Nieuws januari - februari 2024")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S93", publisher: "Payroller", title: "Recente wijziging in de regelgeving omtrent flexi-jobs", url: "https://support.payroller.com/recente-wijziging-in-de-regelgeving-omtrent-flexi-jobs", versions: &[(Language::Nl, "https://support.payroller.com/recente-wijziging-in-de-regelgeving-omtrent-flexi-jobs")], titles: &[(Language::Nl, "Recente wijziging in de regelgeving omtrent flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S96", publisher: "Prato", title: "Nieuwe circulaire over flexi-jobs", url: "https://www.prato.be/nieuwe-circulaire-over-flexi-jobs/", versions: &[(Language::Nl, "https://www.prato.be/nieuwe-circulaire-over-flexi-jobs/")], titles: &[(Language::Nl, "Nieuwe circulaire over flexi-jobs")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "CENTEN", publisher: "Centen voor studenten", title: "Sociale zekerheid", url: "https://centenvoorstudenten.be/info/werken-als-student/werken-als-werknemer/sociale-zekerheid/", versions: &[(Language::Nl, "https://centenvoorstudenten.be/info/werken-als-student/werken-als-werknemer/sociale-zekerheid/")], titles: &[(Language::Nl, "Sociale zekerheid")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "GUIDEA-EXTRA", publisher: "Guidea (horeca sector knowledge centre)", title: "Extra", url: "https://www.guidea.be/Werkgever/Drukke-momenten-opvangen/Extra", versions: &[(Language::Nl, "https://www.guidea.be/Werkgever/Drukke-momenten-opvangen/Extra")], titles: &[(Language::Nl, "Extra")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "LIANTIS-EXTRA-FR", publisher: "Liantis", title: "Collaborateur occasionnel (extra)", url: "https://www.liantis.be/fr/politique-du-personnel/occupation-temporaire/collaborateur-occasionnel-extra", versions: &[(Language::Nl, "https://www.liantis.be/nl/personeelsbeleid/tijdelijke-tewerkstelling/gelegenheidsmedewerkers-of-extra"), (Language::Fr, "https://www.liantis.be/fr/politique-du-personnel/occupation-temporaire/collaborateur-occasionnel-extra")], titles: &[(Language::Nl, "Gelegenheidsmedewerkers in de horeca"), (Language::Fr, "Collaborateur occasionnel (extra)")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "PRATO-STU", publisher: "Prato", title: "PER0014 - Studenten", url: "https://prato.freshdesk.com/nl/support/solutions/articles/29000030601-per0014-studenten", versions: &[(Language::Nl, "https://prato.freshdesk.com/nl/support/solutions/articles/29000030601-per0014-studenten")], titles: &[(Language::Nl, "PER0014 - Studenten")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-AI-2020-1-NL", publisher: "RSZ/ONSS", title: "Gelegenheidsarbeid in de horeca", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2020-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2020-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/2020-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html")], titles: &[(Language::Nl, "Gelegenheidsarbeid in de horeca"), (Language::Fr, "Le travail occasionnel dans le secteur horeca")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-DIMONA-EXT", publisher: "RSZ/ONSS", title: "Dimona voor gelegenheidswerknemers", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/obligations/obligations_nsso/dimona/occasionalsdimona.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/obligations/obligations_nsso/dimona/occasionalsdimona.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/obligations/obligations_nsso/dimona/occasionalsdimona.html")], titles: &[(Language::Nl, "Dimona voor gelegenheidswerknemers"), (Language::Fr, "Dimona pour les travailleurs occasionnels")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SAW-CERT", publisher: "Student@work (RSZ/ONSS)", title: "Certificate", url: "https://studentatwork.be/en/about-student-at-work/certificate.html", versions: &[(Language::En, "https://studentatwork.be/en/about-student-at-work/certificate.html")], titles: &[(Language::En, "Certificate")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SAW-EN", publisher: "Student@work (RSZ/ONSS)", title: "Student@work", url: "https://studentatwork.be/en", versions: &[(Language::En, "https://studentatwork.be/en")], titles: &[(Language::En, "Student@work")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-650", publisher: "Securex", title: "Studenten zullen vanaf 2025 650 uren kunnen werken", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/studenten-zullen-vanaf-2025-650-uren-kunnen-werken", versions: &[(Language::Nl, "https://www.securex.be/nl/lex4you/werkgever/nieuws/studenten-zullen-vanaf-2025-650-uren-kunnen-werken")], titles: &[(Language::Nl, "Studenten zullen vanaf 2025 650 uren kunnen werken")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SS-DIMONA-WHO", publisher: "RSZ/ONSS", title: "Dimona – Wie?", url: "https://www.socialsecurity.be/site_nl/employer/applics/dimona/general/who.htm", versions: &[(Language::Nl, "https://www.socialsecurity.be/site_nl/employer/applics/dimona/general/who.htm"), (Language::Fr, "https://www.socialsecurity.be/site_fr/employer/applics/dimona/general/who.htm"), (Language::De, "https://www.socialsecurity.be/site_de/employer/applics/dimona/general/who.htm")], titles: &[(Language::Nl, "Dimona – Wie?"), (Language::Fr, "Dimona – Qui ?"), (Language::De, "Für wen müssen Sie die Meldung vornehmen?")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SS-HAW", publisher: "RSZ/ONSS", title: "Horeca@work", url: "https://www.socialsecurity.be/site_nl/employer/applics/horecaatwork/index.htm", versions: &[(Language::Nl, "https://www.socialsecurity.be/site_nl/employer/applics/horecaatwork/index.htm"), (Language::Fr, "https://www.socialsecurity.be/site_fr/employer/applics/horecaatwork/index.htm"), (Language::De, "https://www.socialsecurity.be/site_de/employer/applics/horecaatwork/index.htm")], titles: &[(Language::Nl, "Horeca@work"), (Language::Fr, "Horeca@work"), (Language::De, "Horeca@work - 50days")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SS-STU", publisher: "RSZ/ONSS", title: "Student@work", url: "https://www.socialsecurity.be/site_nl/employer/applics/studentatwork/index.htm", versions: &[(Language::Nl, "https://www.socialsecurity.be/site_nl/employer/applics/studentatwork/index.htm"), (Language::Fr, "https://www.socialsecurity.be/site_fr/employer/applics/studentatwork/index.htm"), (Language::De, "https://www.socialsecurity.be/site_de/employer/applics/studentatwork/index.htm")], titles: &[(Language::Nl, "Student@work"), (Language::Fr, "Student@work"), (Language::De, "Student@work")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SST-2013", publisher: "Secrétariat social (SST)", title: "Travailleurs occasionnels dans l’horeca à partir du 1er octobre 2013", url: "https://sst.secretariatsocial.eu/sst/news-globales/141-travailleurs-occasionnels-dans-l-horeca-a-partir-du-1er-octobre-2013", versions: &[(Language::Fr, "https://sst.secretariatsocial.eu/sst/news-globales/141-travailleurs-occasionnels-dans-l-horeca-a-partir-du-1er-octobre-2013")], titles: &[(Language::Fr, "Travailleurs occasionnels dans l’horeca à partir du 1er octobre 2013")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "UCM-EXTRA", publisher: "UCM", title: "Travailleurs occasionnels dans l’horeca : contrat court, cotisations réduites", url: "https://www.ucm.be/actualites/travailleurs-occasionnels-dans-lhoreca-contrat-court-cotisations-reduites", versions: &[(Language::Fr, "https://www.ucm.be/actualites/travailleurs-occasionnels-dans-lhoreca-contrat-court-cotisations-reduites")], titles: &[(Language::Fr, "Travailleurs occasionnels dans l’horeca : contrat court, cotisations réduites")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "ACERTA-2019", publisher: "Acerta", title: "Een meervoud aan keuze om pieken op te vangen in de horeca", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/een-meervoud-aan-keuze-om-pieken-op-te-vangen-in-de-horeca", versions: &[(Language::Nl, "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/een-meervoud-aan-keuze-om-pieken-op-te-vangen-in-de-horeca")], titles: &[(Language::Nl, "Een meervoud aan keuze om pieken op te vangen in de horeca")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "U-RTL", publisher: "RTL", title: "Cette future décision du gouvernement pourra vous faire gagner jusqu’à 18.000 €", url: "https://www.rtl.be/actu/belgique/societe/cette-future-decision-du-gouvernement-pourra-vous-faire-gagner-jusqua-18000/2025-12-10/article/773152", versions: &[(Language::Fr, "https://www.rtl.be/actu/belgique/societe/cette-future-decision-du-gouvernement-pourra-vous-faire-gagner-jusqua-18000/2025-12-10/article/773152")], titles: &[(Language::Fr, "Cette future décision du gouvernement pourra vous faire gagner jusqu’à 18.000 €")], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-PAYCOVER", publisher: "Paycover", title: "Report de la date de lancement des flexi-jobs dans tous les secteurs", url: "https://www.paycover.be/actualites/report-de-la-date-de-lancement-des-flexi-jobs-dans-tous-les-secteurs", versions: &[(Language::Fr, "https://www.paycover.be/actualites/report-de-la-date-de-lancement-des-flexi-jobs-dans-tous-les-secteurs")], titles: &[(Language::Fr, "Report de la date de lancement des flexi-jobs dans tous les secteurs")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-PEOPLESPHERE", publisher: "peoplesphere", title: "Généralisation des flex-jobs à tous les secteurs : une avancée soutenue par le patronat malgré quelques réserves", url: "https://peoplesphere.be/fr/generalisation-des-flex-jobs-a-tous-les-secteurs-une-avancee-soutenue-par-le-patronat-malgre-quelques-reserves", versions: &[(Language::Fr, "https://peoplesphere.be/fr/generalisation-des-flex-jobs-a-tous-les-secteurs-une-avancee-soutenue-par-le-patronat-malgre-quelques-reserves")], titles: &[(Language::Fr, "Généralisation des flex-jobs à tous les secteurs : une avancée soutenue par le patronat malgré quelques réserves")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-HORECABXL-AMP", publisher: "Horeca Bruxelles", title: "Réforme travail horeca 2026 : flexi-jobs, heures sup", url: "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup/?amp=1", versions: &[(Language::Fr, "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup/?amp=1")], titles: &[(Language::Fr, "Réforme travail horeca 2026 : flexi-jobs, heures sup")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-BX1", publisher: "BX1", title: "Indexation : l’indice pivot dépassé dès juillet, quatre mois plus tôt que prévu selon le Bureau du Plan", url: "https://bx1.be/categories/news/indexation-lindice-pivot-depasse-des-juillet-quatre-mois-plus-tot-que-prevu-selon-le-bureau-du-plan/", versions: &[(Language::Fr, "https://bx1.be/categories/news/indexation-lindice-pivot-depasse-des-juillet-quatre-mois-plus-tot-que-prevu-selon-le-bureau-du-plan/")], titles: &[(Language::Fr, "Indexation : l’indice pivot dépassé dès juillet, quatre mois plus tôt que prévu selon le Bureau du Plan")], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-UCM-PENSION", publisher: "UCM", title: "Flexi-job pensionné : un nouveau plafond de revenus pour 2025", url: "https://www.ucm.be/actualites/flexi-job-pensionne-un-nouveau-plafond-de-revenus-pour-2025", versions: &[(Language::Fr, "https://www.ucm.be/actualites/flexi-job-pensionne-un-nouveau-plafond-de-revenus-pour-2025")], titles: &[(Language::Fr, "Flexi-job pensionné : un nouveau plafond de revenus pour 2025")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-ADECCO", publisher: "Adecco", title: "Flexijobs nouveau montant", url: "https://adecco.be/nl-be/nieuws/2024/flexijobs-nouveau-montant", versions: &[(Language::Nl, "https://adecco.be/nl-be/nieuws/2024/flexijobs-nouveau-montant")], titles: &[(Language::Nl, "Flexijobs nouveau montant")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-EASYPAY-PENSION", publisher: "Easypay", title: "Pensionné et flexi-jobber : attention à la nouvelle limite", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Pensionne-et-flexi-jobber---Attention-%C3%A0-la-nouvelle-limite?id=10419", versions: &[(Language::Fr, "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Pensionne-et-flexi-jobber---Attention-%C3%A0-la-nouvelle-limite?id=10419")], titles: &[(Language::Fr, "Pensionné et flexi-jobber : attention à la nouvelle limite")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-NEWS-CEILING", publisher: "news.belgium.be (Council of Ministers)", title: "Abaissement du plafond pour flexi-revenus pour les fonctionnaires en pension anticipée", url: "https://news.belgium.be/fr/abaissement-du-plafond-pour-flexi-revenus-pour-les-fonctionnaires-en-pension-anticipee", versions: &[(Language::Fr, "https://news.belgium.be/fr/abaissement-du-plafond-pour-flexi-revenus-pour-les-fonctionnaires-en-pension-anticipee")], titles: &[(Language::Fr, "Abaissement du plafond pour flexi-revenus pour les fonctionnaires en pension anticipée")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "U-PLUS", publisher: "Plusmagazine", title: "Pensioenbonus of flexi-job?", url: "https://www.plusmagazine.be/nl/recht-en-geld/pensioenbonus-of-flexi-job/", versions: &[(Language::Nl, "https://www.plusmagazine.be/nl/recht-en-geld/pensioenbonus-of-flexi-job/")], titles: &[(Language::Nl, "Pensioenbonus of flexi-job?")], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-NOWJOBS", publisher: "NOWJOBS", title: "Betaal ik belastingen op mijn flexi-job?", url: "https://www.nowjobs.be/bijverdieners/blog/betaal-ik-belastingen-op-mijn-flexi-job", versions: &[(Language::Nl, "https://www.nowjobs.be/bijverdieners/blog/betaal-ik-belastingen-op-mijn-flexi-job")], titles: &[(Language::Nl, "Betaal ik belastingen op mijn flexi-job?")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "KSZ-PC", publisher: "KSZ-BCSS (data warehouse)", title: "Variable : Commission paritaire", url: "https://www.ksz-bcss.fgov.be/fr/dwh/variabledetail/office-national-de-securite-sociale/Variables/commission-paritaire-2.html", versions: &[(Language::Fr, "https://www.ksz-bcss.fgov.be/fr/dwh/variabledetail/office-national-de-securite-sociale/Variables/commission-paritaire-2.html")], titles: &[(Language::Fr, "Variable : Commission paritaire")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "ML-PC", publisher: "FOD WASO (minimumlonen.be)", title: "Minimumlonen per paritair (sub)comité – overzicht", url: "https://minimumlonen.be/jc_overview.html", versions: &[(Language::Nl, "https://minimumlonen.be/jc_overview.html")], titles: &[(Language::Nl, "Minimumlonen per paritair (sub)comité – overzicht")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "UANTWERPEN", publisher: "University of Antwerp", title: "Sociale zekerheid", url: "https://www.uantwerpen.be/nl/studentenleven/studiebudget-socialevoorzieningen/studentenjob/sociale-zekerheid/", versions: &[(Language::Nl, "https://www.uantwerpen.be/nl/studentenleven/studiebudget-socialevoorzieningen/studentenjob/sociale-zekerheid/")], titles: &[(Language::Nl, "Sociale zekerheid")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "PARTENA-TAXSHIFT", publisher: "Partena Professional", title: "Taxshift: verlaging van de faciale bijdragevoet de private sector", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/taxshift-verlaging-van-de-faciale-bijdragevoet-de-private-sector", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/knowledge-center/infoflashes/taxshift-verlaging-van-de-faciale-bijdragevoet-de-private-sector")], titles: &[(Language::Nl, "Taxshift: verlaging van de faciale bijdragevoet de private sector")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-TAXSHIFT", publisher: "Securex", title: "The tax shift: employer contributions", url: "https://www.securex.eu/lex-go.nsf/vwTaxShift_nl/D3E1CB8986899B21C1257F4C004329F8?OpenDocument", versions: &[], titles: &[(Language::Nl, "De taxshift en de werkgeversbijdragen"), (Language::Fr, "Le tax shift et les cotisations patronales")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-INT-2017-4", publisher: "RSZ/ONSS", title: "Administratieve instructies DmfAPPL – intermediates (2017-4)", url: "https://www.socialsecurity.be/employer/instructions/dmfappl/nl/2017-4/intermediates", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfappl/nl/2017-4/intermediates"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfappl/fr/2017-4/intermediates")], titles: &[(Language::Nl, "Administratieve instructies DmfAPPL – intermediates (2017-4)"), (Language::Fr, "Instructions administratives DmfAPPL – intermediates (2017-4)")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-INT-2023", publisher: "RSZ/ONSS", title: "Administratieve instructies RSZ – intermediates", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/intermediates", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/intermediates"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/intermediates")], titles: &[(Language::Nl, "Administratieve instructies RSZ – intermediates"), (Language::Fr, "Instructions administratives ONSS – intermediates")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "VBO-2019", publisher: "VBO/FEB", title: "Sociale bijdragen eerste kwartaal 2019", url: "https://www.vbo.be/actiedomeinen/sociale-zekerheid/socialezekerheidsbijdragen/sociale-bijdragen-eerste-kwartaal-2019_2019-02-26/", versions: &[(Language::Nl, "https://www.vbo.be/actiedomeinen/sociale-zekerheid/socialezekerheidsbijdragen/sociale-bijdragen-eerste-kwartaal-2019_2019-02-26/")], titles: &[(Language::Nl, "Sociale bijdragen eerste kwartaal 2019")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "EASYPAY-VAK", publisher: "Easypay", title: "Werkgeversbijdragen tot de vakantiekas dalen", url: "https://www.easypay-group.com/nl_BE/EASYPAY_GROUP/news/detail/Werkgeversbijdragen-tot-de-vakantiekas-dalen?id=4522", versions: &[(Language::Nl, "https://www.easypay-group.com/nl_BE/EASYPAY_GROUP/news/detail/Werkgeversbijdragen-tot-de-vakantiekas-dalen?id=4522")], titles: &[(Language::Nl, "Werkgeversbijdragen tot de vakantiekas dalen")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BESOX-VAK", publisher: "Besox", title: "Tweede fase van de vermindering van de kwartaalbijdrage jaarlijkse vakantie voor arbeiders", url: "https://www.besox.be/tweede-fase-van-de-vermindering-van-de-kwartaalbijdrage-jaarlijkse-vakantie-voor-arbeiders/", versions: &[(Language::Nl, "https://www.besox.be/tweede-fase-van-de-vermindering-van-de-kwartaalbijdrage-jaarlijkse-vakantie-voor-arbeiders/")], titles: &[(Language::Nl, "Tweede fase van de vermindering van de kwartaalbijdrage jaarlijkse vakantie voor arbeiders")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-VAK-2018", publisher: "Securex", title: "Holiday contributions for manual workers (2018)", url: "https://www.securex.eu/lex-go.nsf/vwipaaip_nl/F3D9CA67290ACBCCC125826E0027E74C?OpenDocument", versions: &[], titles: &[(Language::Nl, "Vakantiebijdragen voor arbeiders (2018)"), (Language::Fr, "Cotisations vacances des ouvriers (2018)")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SOCIAALKANTOOR-VAK", publisher: "Sociaal Kantoor", title: "De afrekening voor het vakantiegeld van jouw arbeiders komt eraan", url: "https://www.sociaalkantoor.be/blog/de-afrekening-voor-het-vakantiegeld-van-jouw-arbeiders-komt-eraan", versions: &[(Language::Nl, "https://www.sociaalkantoor.be/blog/de-afrekening-voor-het-vakantiegeld-van-jouw-arbeiders-komt-eraan")], titles: &[(Language::Nl, "De afrekening voor het vakantiegeld van jouw arbeiders komt eraan")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-VERTREK", publisher: "Securex", title: "Departure holiday pay for white-collar workers", url: "https://www.securex.eu/lex-go.nsf/vwReferencesByCategory_nl/CB91A9F2316B6D49C12572E5002C24CC?OpenDocument", versions: &[], titles: &[(Language::Nl, "Vertrekvakantiegeld van bedienden"), (Language::Fr, "Pécule de vacances de sortie des employés")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-AI-2019-1-FR", publisher: "RSZ/ONSS", title: "Le travail occasionnel dans le secteur horeca", url: "https://www.socialsecurity.be/employer/instructions/dmfa/fr/2019-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2019-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/2019-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html")], titles: &[(Language::Nl, "Gelegenheidsarbeid in de horeca"), (Language::Fr, "Le travail occasionnel dans le secteur horeca")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "VL", publisher: "Vlaanderen.be", title: "Gelegenheidswerk in de horeca", url: "https://www.vlaanderen.be/gelegenheidswerk-in-de-horeca", versions: &[(Language::Nl, "https://www.vlaanderen.be/gelegenheidswerk-in-de-horeca")], titles: &[(Language::Nl, "Gelegenheidswerk in de horeca")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "HWZ", publisher: "Horecawebzine", title: "Gelegenheidswerk in de horeca", url: "https://horecawebzine.be/gelegenheidswerk-in-de-horeca/", versions: &[(Language::Nl, "https://horecawebzine.be/gelegenheidswerk-in-de-horeca/")], titles: &[(Language::Nl, "Gelegenheidswerk in de horeca")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "SS-CIT", publisher: "RSZ/ONSS (socialsecurity.be for citizens)", title: "Gelegenheidswerknemer in de horeca", url: "https://www.socialsecurity.be/citizen/nl/werk-en-werkloosheid/werken-als/gelegenheidswerknemer-de-horeca", versions: &[(Language::Nl, "https://www.socialsecurity.be/citizen/nl/werk-en-werkloosheid/werken-als/gelegenheidswerknemer-de-horeca"), (Language::Fr, "https://www.socialsecurity.be/citizen/fr/travail-chomage/travailler-comme/travailleur-occasionnel-dans-l-horeca"), (Language::De, "https://www.socialsecurity.be/citizen/de/arbeit-und-arbeitslosigkeit/arbeiten-als/gelegenheitsarbeitnehmer-im-hotel-gaststattengewerbe")], titles: &[(Language::Nl, "Gelegenheidswerknemer in de horeca"), (Language::Fr, "Travailleur occasionnel dans l’horeca"), (Language::De, "Gelegenheitsarbeitnehmer im Hotel- und Gaststättengewerbe (Horeca-Sektor)")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "HV-HORECAPLAN", publisher: "Horeca Vlaanderen", title: "Horecaplan", url: "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/horecaplan", versions: &[(Language::Nl, "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/horecaplan")], titles: &[(Language::Nl, "Horecaplan")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "HV-GEL-2019", publisher: "Horeca Vlaanderen", title: "Gelegenheidsarbeid", url: "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/gelegenheidsarbeid/20180719101506", versions: &[(Language::Nl, "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/gelegenheidsarbeid/20180719101506")], titles: &[(Language::Nl, "Gelegenheidsarbeid")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BRA-2013", publisher: "Belgian Restaurants Association", title: "Horecasector: meer informatie over de aangekondigde wijzigingen voor de gelegenheidswerknemers", url: "https://www.belgianrestaurantsassociation.be/nl/nieuws/horecasector-meer-informatie-over-de-aangekondigde-wijzigingen-voor-de-gelegenheidswerknemers", versions: &[(Language::Nl, "https://www.belgianrestaurantsassociation.be/nl/nieuws/horecasector-meer-informatie-over-de-aangekondigde-wijzigingen-voor-de-gelegenheidswerknemers")], titles: &[(Language::Nl, "Horecasector: meer informatie over de aangekondigde wijzigingen voor de gelegenheidswerknemers")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BBTK-2025", publisher: "BBTK Limburg", title: "Studentenarbeid: plafond opgetrokken", url: "https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html", versions: &[(Language::Nl, "https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html")], titles: &[(Language::Nl, "Studentenarbeid: plafond opgetrokken")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SIDEJOBS", publisher: "sidejobs.be", title: "De verschillende statuten in de horeca", url: "https://sidejobs.be/de-verschillende-statuten-in-de-horeca/", versions: &[(Language::Nl, "https://sidejobs.be/de-verschillende-statuten-in-de-horeca/")], titles: &[(Language::Nl, "De verschillende statuten in de horeca")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-EXTRA-NL", publisher: "Securex", title: "Occasional workers in horeca (social contributions)", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/1EA72C5331104E2EC12570C0002FEAB8?OpenDocument", versions: &[], titles: &[(Language::Nl, "Gelegenheidswerknemers in de horeca (sociale bijdragen)"), (Language::Fr, "Travailleurs occasionnels dans l'horeca (cotisations sociales)")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-BV-EXTRA", publisher: "Securex", title: "Withholding tax for occasional workers in horeca", url: "https://www.securex.eu/lex-go.nsf/vwReferencesByCategory_nl/5B8EBE00F027790CC12570BD00553A04?OpenDocument", versions: &[], titles: &[(Language::Nl, "Bedrijfsvoorheffing voor gelegenheidswerknemers in de horeca"), (Language::Fr, "Précompte professionnel des travailleurs occasionnels dans l'horeca")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "NIEUWSBLAD-2017", publisher: "Het Nieuwsblad", title: "Students may work 475 hours (27 December 2017)", url: "https://www.nieuwsblad.be/cnt/dmf20171227_03269086", versions: &[], titles: &[(Language::Nl, "Studenten mogen 475 uur werken (27 december 2017)"), (Language::Fr, "Les étudiants peuvent travailler 475 heures (27 décembre 2017)")], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "GUIDEA-EXTRA-WN", publisher: "Guidea (horeca sector knowledge centre)", title: "Extra", url: "https://www.guidea.be/Werknemer/Bijverdienen-in-de-horeca/Extra", versions: &[(Language::Nl, "https://www.guidea.be/Werknemer/Bijverdienen-in-de-horeca/Extra")], titles: &[(Language::Nl, "Extra")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S83", publisher: "CESSoC (Incidence)", title: "CESSoC : indexation des barèmes pour février 2026", url: "https://incidence-asbl.org/cessoc-indexation-des-baremes-pour-fevrier-2026", versions: &[(Language::Fr, "https://incidence-asbl.org/cessoc-indexation-des-baremes-pour-fevrier-2026")], titles: &[(Language::Fr, "CESSoC : indexation des barèmes pour février 2026")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-TRENDS-PIVOT", publisher: "Trends", title: "Indexation : le Bureau du Plan s’attend à un dépassement de l’indice pivot en décembre, mais pas en 2026", url: "https://trends.levif.be/mon-argent/indexation-le-bureau-du-plan-sattend-un-depassement-de-lindice-pivot-en-decembre-mais-pas-en-2026", versions: &[(Language::Fr, "https://trends.levif.be/mon-argent/indexation-le-bureau-du-plan-sattend-un-depassement-de-lindice-pivot-en-decembre-mais-pas-en-2026")], titles: &[(Language::Fr, "Indexation : le Bureau du Plan s’attend à un dépassement de l’indice pivot en décembre, mais pas en 2026")], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "SPF-KEY", publisher: "SPF Finances", title: "Withholding tax – key formula (Annex III)", url: "https://finance.belgium.be/en/node/1540", versions: &[(Language::En, "https://finance.belgium.be/en/node/1540"), (Language::Nl, "https://financien.belgium.be/nl/ondernemingen/personeel_en_loon/bedrijfsvoorheffing/berekening"), (Language::Fr, "https://finances.belgium.be/fr/entreprises/personnel_et_remuneration/precompte_professionnel/calcul")], titles: &[(Language::En, "Withholding tax – key formula (Annex III)"), (Language::Nl, "Bedrijfsvoorheffing: berekening"), (Language::Fr, "Précompte professionnel : calcul")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "AR-2024-03-11", publisher: "Belgian Official Journal (Justel)", title: "Arrêté royal du 11 mars 2024", url: "https://www.ejustice.just.fgov.be/eli/arrete/2024/03/11/2024002395/justel", versions: &[(Language::Nl, "https://www.ejustice.just.fgov.be/eli/besluit/2024/03/11/2024002395/justel"), (Language::Fr, "https://www.ejustice.just.fgov.be/eli/arrete/2024/03/11/2024002395/justel")], titles: &[(Language::Nl, "Koninklijk besluit van 11 maart 2024"), (Language::Fr, "Arrêté royal du 11 mars 2024")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "RSZ-BBSZ", publisher: "RSZ/ONSS", title: "La cotisation spéciale pour la sécurité sociale", url: "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/special_contributions/other_specialcontributions/specialsocialsecuritycontribution.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/special_contributions/other_specialcontributions/specialsocialsecuritycontribution.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/special_contributions/other_specialcontributions/specialsocialsecuritycontribution.html")], titles: &[(Language::Nl, "Bijzondere bijdrage voor de sociale zekerheid"), (Language::Fr, "La cotisation spéciale pour la sécurité sociale")], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "GROUPS-WB", publisher: "Group S", title: "Werkbonus op 1 november 2023", url: "https://www.groups.be/nl/nieuws/juridische-artikels/werkbonus-op-1-november-2023", versions: &[(Language::Nl, "https://www.groups.be/nl/nieuws/juridische-artikels/werkbonus-op-1-november-2023")], titles: &[(Language::Nl, "Werkbonus op 1 november 2023")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "EASYPAY-WB", publisher: "Easypay", title: "The work bonus from 1 February 2025", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10499", versions: &[], titles: &[(Language::Nl, "De werkbonus vanaf 1 februari 2025"), (Language::Fr, "Le bonus à l'emploi à partir du 1er février 2025")], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "WAGECALC", publisher: "Wage_Calculator (open source)", title: "Wage_Calculator", url: "https://github.com/VicdSpt/Wage_Calculator", versions: &[(Language::En, "https://github.com/VicdSpt/Wage_Calculator")], titles: &[(Language::En, "Wage_Calculator")], kind: SourceKind::ThirdParty, read: ymd(2026, 11, 29) },
    Source { id: "SALARYSIM", publisher: "salarysim (open source)", title: "salarysim", url: "https://github.com/PLPeeters/salarysim", versions: &[(Language::En, "https://github.com/PLPeeters/salarysim")], titles: &[(Language::En, "salarysim")], kind: SourceKind::ThirdParty, read: ymd(2026, 11, 29) },
    Source { id: "RSZ-STRUCT-2026", publisher: "RSZ/ONSS", title: "Structurele vermindering", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/structuralreduction.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/deductions/structuralreduction_targetgroupreductions/structuralreduction.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/deductions/structuralreduction_targetgroupreductions/structuralreduction.html")], titles: &[(Language::Nl, "Structurele vermindering"), (Language::Fr, "Réduction structurelle")], kind: SourceKind::Official, read: ymd(2026, 12, 6) },
    Source { id: "PARTENA-WB-2026", publisher: "Partena Professional", title: "De werkbonus op 1 april 2026", url: "https://www.partena-professional.be/nl/de-werkbonus-op-1-april-2026", versions: &[], titles: &[], kind: SourceKind::Professional, read: ymd(2026, 12, 6) },
    Source { id: "SECUREX-WB", publisher: "Securex", title: "Werkbonus", url: "https://www.securex.be/nl/lex4you/werkgever/actuele-bedragen/sociaalrechtelijke-bedragen/werkbonus", versions: &[], titles: &[], kind: SourceKind::Professional, read: ymd(2026, 12, 6) },
    Source { id: "CNT-RMMMG", publisher: "NAR/CNT", title: "Salaire minimum", url: "https://cnt-nar.be/fr/dossiers-thematiques/salaire-minimum", versions: &[], titles: &[], kind: SourceKind::Official, read: ymd(2026, 12, 6) },
    Source { id: "ACERTA-GGMMI-2026", publisher: "Acerta", title: "Verhoging GGMMI met 35,7 euro vanaf april 2026: wat zijn de gevolgen?", url: "https://www.acerta.be/nl/inspiratie/verhoging-ggmmi-met-357-euro-vanaf-april-2026-wat-zijn-de-gevolgen", versions: &[], titles: &[], kind: SourceKind::Professional, read: ymd(2026, 12, 6) },
    Source { id: "SECUREX-RMMMG", publisher: "Securex", title: "RMMMG national", url: "https://www.securex.be/fr/lex4you/employeur/montants-actuels/montants-socio-juridiques/rmmmg-national", versions: &[], titles: &[], kind: SourceKind::Professional, read: ymd(2026, 12, 6) },
    Source { id: "POLICYENGINE-PIT", publisher: "PolicyEngine (GitHub)", title: "policyengine-scorecard: sources/be-pit-reform-2026", url: "https://github.com/PolicyEngine/policyengine-scorecard/tree/main/sources/be-pit-reform-2026", versions: &[], titles: &[], kind: SourceKind::ThirdParty, read: ymd(2026, 12, 6) },
    Source { id: "HAVEN-WERKUREN", publisher: "Haven-Werkuren (GitHub)", title: "Haven-Werkuren: belasting.json", url: "https://github.com/WikiDave/Haven-Werkuren", versions: &[], titles: &[], kind: SourceKind::ThirdParty, read: ymd(2026, 12, 6) },
    Source { id: "CNT-CCT-AMOUNTS", publisher: "NAR/CNT", title: "Montants des CCT", url: "https://cnt-nar.be/fr/documents/montants-des-cct", versions: &[], titles: &[], kind: SourceKind::Official, read: ymd(2026, 12, 6) },
];

/// The register ids a citation names between brackets, in order.
pub fn ids(citation: &str) -> impl Iterator<Item = &str> {
    citation.split('[').skip(1).filter_map(|part| part.split_once(']').map(|(id, _)| id))
}

/// The register entries a citation names: an id names its entry, and "S60" also names the other
/// pages filed under it ("S60/levif", "S60/sni").
pub fn cited(citation: &str) -> Vec<&'static Source> {
    read(citation).1.clone()
}

fn find_cited(citation: &str) -> Vec<&'static Source> {
    let mut found: Vec<&'static Source> = Vec::new();
    for id in ids(citation) {
        for source in SOURCES.iter().filter(|s| s.id == id || s.id.strip_prefix(id).is_some_and(|rest| rest.starts_with('/'))) {
            if !found.iter().any(|f| f.id == source.id) {
                found.push(source);
            }
        }
    }
    found
}

std::thread_local! {
    /// Each citation read once: the tables hold a few dozen, and every comparison and payslip reads
    /// them again for each of its lines (the payslip's four lines went from 15 µs to under 5).
    static READ: std::cell::RefCell<std::collections::HashMap<String, Read>> = Default::default();
}

/// A citation read: its words and its entries, shared (a team of thousands reads the same few), and
/// its words in Dutch, French and German once asked for.
type Read = std::rc::Rc<(String, Vec<&'static Source>, [std::cell::OnceCell<String>; 3])>;

/// A citation's words and entries, from the cache or read now.
fn read(citation: &str) -> Read {
    if let Some(known) = READ.with(|cache| cache.borrow().get(citation).cloned()) {
        return known;
    }
    let fresh = std::rc::Rc::new((find_words(citation), find_cited(citation), Default::default()));
    // Bounded: citations come from the tables, but a caller could pass any text.
    READ.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.len() < 512 {
            cache.insert(citation.to_string(), fresh.clone());
        }
    });
    fresh
}

/// The citation's sources as the JSON gives them, in the reader's language.
pub fn refs(citation: &str, language: Language) -> Vec<SourceRef> {
    read(citation).1.iter().map(|s| SourceRef::of(s, language)).collect()
}

/// The citation in words, without its register ids: "Programme law of 22 Dec 2023; Securex".
pub fn words(citation: &str) -> String {
    read(citation).0.clone()
}

fn find_words(citation: &str) -> String {
    let mut out = String::with_capacity(citation.len());
    let mut rest = citation;
    while let Some(start) = rest.find('[') {
        out.push_str(&rest[..start]);
        match rest[start..].find(']') {
            Some(end) => rest = &rest[start + end + 1..],
            None => {
                rest = &rest[start..];
                break;
            }
        }
    }
    out.push_str(rest);
    // Tidy what the ids leave behind: doubled spaces, a space before punctuation, empty brackets.
    let mut tidy = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for (from, to) in [(" ;", ";"), (" ,", ","), (" .", "."), (" )", ")"), ("()", ""), (" :", ":")] {
        tidy = tidy.replace(from, to);
    }
    tidy.trim().trim_end_matches([';', ',']).trim().to_string()
}

/// The acts a citation names (laws, royal decrees, circulars), as the language writes them:
/// "Programme law of 22 Dec 2023 (BS 29 Dec 2023)" is "Programmawet van 22 dec. 2023 (BS 29 dec.
/// 2023)" in Dutch and "Loi-programme du 22 déc. 2023 (MB 29 déc. 2023)" in French.
pub fn acts(citation: &str, language: Language) -> Vec<String> {
    const KINDS: [(&str, [&str; 4]); 6] = [
        ("Programme law of ", ["Programme law of ", "Programmawet van ", "Loi-programme du ", "Programmgesetz vom "]),
        ("Royal decree of ", ["Royal decree of ", "KB van ", "AR du ", "Königlicher Erlass vom "]),
        ("KB ", ["KB ", "KB van ", "AR du ", "KE vom "]),
        ("Law of ", ["Law of ", "Wet van ", "Loi du ", "Gesetz vom "]),
        ("Circular ", ["Circular ", "Circulaire ", "Circulaire ", "Rundschreiben "]),
        ("circulars ", ["circulars ", "circulaires ", "circulaires ", "Rundschreiben "]),
    ];
    let index = language as usize;
    let mut found = Vec::new();
    let mut rest = citation;
    while let Some((at, kind, names)) = KINDS.iter().filter_map(|(k, names)| rest.find(k).map(|at| (at, *k, names))).min_by_key(|(at, _, _)| *at) {
        let after = &rest[at + kind.len()..];
        // The act runs to the end of its date, with a publication in brackets and articles if any.
        let end = act_end(after);
        if end == 0 {
            rest = after;
            continue;
        }
        let act = &after[..end];
        found.push(format!("{}{}", names[index], in_language(act, language)));
        rest = &after[end..];
    }
    found
}

/// Where an act's date (and its publication and articles) ends: "22 Dec 2023 (BS 29 Dec 2023)".
fn act_end(text: &str) -> usize {
    let date_len = |t: &str| -> usize {
        let mut parts = t.splitn(4, ' ');
        let (Some(day), Some(month), Some(year)) = (parts.next(), parts.next(), parts.next()) else { return 0 };
        let year = &year[..year.find(|c: char| !c.is_ascii_digit()).unwrap_or(year.len())];
        let ok = !day.is_empty() && day.chars().all(|c| c.is_ascii_digit() || c == '/') && MONTHS.iter().any(|m| m[0] == month) && year.len() == 4;
        if ok { day.len() + month.len() + year.len() + 2 } else { 0 }
    };
    let numbered = |t: &str| -> usize {
        // "2026/C/4", "2024/C/41 and 2026/C/4"
        t.split(' ').next().filter(|w| w.contains("/C/")).map_or(0, |w| w.trim_end_matches([',', ';']).len())
    };
    let mut end = date_len(text).max(numbered(text));
    if end == 0 {
        return 0;
    }
    for tail in [" (BS ", " arts ", " and "] {
        if let Some(more) = text[end..].strip_prefix(tail) {
            let extra = match tail {
                " (BS " => more.find(')').map(|i| i + 1).unwrap_or(0),
                " arts " => more.find(|c: char| !(c.is_ascii_digit() || c == '–' || c == '-')).unwrap_or(more.len()),
                _ => numbered(more),
            };
            if extra > 0 {
                end += tail.len() + extra;
            }
        }
    }
    end
}

/// The months as the citations abbreviate them, then in Dutch, French and German.
const MONTHS: [[&str; 4]; 12] = [
    ["Jan", "jan.", "janv.", "Jan."], ["Feb", "feb.", "févr.", "Feb."], ["Mar", "maart", "mars", "März"], ["Apr", "apr.", "avr.", "Apr."],
    ["May", "mei", "mai", "Mai"], ["Jun", "juni", "juin", "Juni"], ["Jul", "juli", "juil.", "Juli"], ["Aug", "aug.", "août", "Aug."],
    ["Sep", "sep.", "sept.", "Sept."], ["Oct", "okt.", "oct.", "Okt."], ["Nov", "nov.", "nov.", "Nov."], ["Dec", "dec.", "déc.", "Dez."],
];

/// An act's date, publication and articles in the reader's language ("22. Dez. 2023 (BS 29. Dez. 2023)").
fn in_language(act: &str, language: Language) -> String {
    if language == Language::En {
        return act.to_string();
    }
    let words: Vec<&str> = act.split(' ').collect();
    let is_month = |word: &str| MONTHS.iter().any(|m| m[0] == word.trim_matches(|c: char| !c.is_alphanumeric()));
    words
        .iter()
        .enumerate()
        .map(|(i, word)| {
            let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
            match MONTHS.iter().find(|m| m[0] == bare) {
                Some(m) => word.replacen(m[0], m[language as usize], 1),
                // German writes the day with a period: "22. Dez. 2023".
                None if language == Language::De && word.chars().all(|c| c.is_ascii_digit()) && words.get(i + 1).is_some_and(|next| is_month(next)) => format!("{word}."),
                None => match (*word, language) {
                    ("(BS", Language::Fr) => "(MB".to_string(),
                    ("arts", Language::De) => "Art.".to_string(),
                    ("arts", _) => "art.".to_string(),
                    ("and", Language::Nl) => "en".to_string(),
                    ("and", Language::De) => "und".to_string(),
                    ("and", _) => "et".to_string(),
                    (w, _) => w.to_string(),
                },
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// A citation in the reader's language: in English as the tables write it (without register ids);
/// in Dutch and French the acts it names in that language, then the titles of the pages it cites.
pub fn words_in(citation: &str, language: Language) -> String {
    if language == Language::En {
        return words(citation);
    }
    if let Some((_, own)) = OWN_WORDS.iter().find(|(en, _)| *en == citation) {
        return own.get(language).to_string();
    }
    let read = read(citation);
    // One slot per language other than English (Nl, Fr, De).
    let words = &read.2[language as usize - 1];
    words
        .get_or_init(|| {
            let mut parts = acts(citation, language);
            parts.extend(read.1.iter().map(|s| s.title_in(language).to_string()));
            parts.join("; ")
        })
        .clone()
}

/// Citations that cite no page: the value the user gave, or the tool's own check (their words in
/// the catalogs).
const OWN_WORDS: [(&str, Tr); 6] = [
    ("The barema wage you gave", msg::SOURCE_OWN_BAREMA),
    ("The student wage you gave, or the barema", msg::SOURCE_OWN_STUDENT_WAGE),
    ("The hourly forfait you gave", msg::SOURCE_OWN_HOURLY_FORFAIT),
    ("The employer contribution rate you gave", msg::SOURCE_OWN_EMPLOYER_RATE),
    ("The withholding rate you gave (an average, as Acerta's 30 %)", msg::SOURCE_OWN_WITHHOLDING_RATE),
    ("Flexicheck: every rule and amount was checked against the sources on the Rules and sources page up to 6 Dec 2026", msg::SOURCE_OWN_CHECKED),
];

/// The entry with this id.
pub fn find(id: &str) -> Option<&'static Source> {
    SOURCES.iter().find(|s| s.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_is_well_formed() {
        for (i, source) in SOURCES.iter().enumerate() {
            assert!(SOURCES[..i].iter().all(|s| s.id != source.id), "{} twice", source.id);
            for url in std::iter::once(source.url).chain(source.versions.iter().map(|(_, u)| *u)) {
                let host = url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).unwrap_or_default();
                assert!(host.contains('.') && !host.contains(' ') && !url.contains(char::is_whitespace), "{}: {url}", source.id);
            }
            assert!(!source.title.is_empty() && !source.publisher.is_empty(), "{}", source.id);
            assert!(source.read <= ymd(2026, 12, 6), "{}", source.id);
            for (language, title) in source.titles {
                assert!(!title.is_empty(), "{}", source.id);
                assert!(*title == source.title || source.versions.iter().any(|(l, _)| l == language) || source.title_in(*language) == *title, "{}", source.id);
            }
        }
    }

    #[test]
    fn acts_are_written_in_the_readers_language() {
        let citation = "Programme law of 22 Dec 2023 (BS 29 Dec 2023); Prato [S48]; Law of 18 Dec 2025 arts 19–21; KB 31 Jan 2025 (BS 7 Feb 2025); circulars 2024/C/41 and 2026/C/4 [S12]";
        assert_eq!(acts(citation, Language::Nl), ["Programmawet van 22 dec. 2023 (BS 29 dec. 2023)", "Wet van 18 dec. 2025 art. 19–21", "KB van 31 jan. 2025 (BS 7 feb. 2025)", "circulaires 2024/C/41 en 2026/C/4"]);
        assert_eq!(acts(citation, Language::Fr)[0], "Loi-programme du 22 déc. 2023 (MB 29 déc. 2023)");
        assert_eq!(acts("Securex [S26] (single source)", Language::Nl), Vec::<String>::new());
        for (en, own) in OWN_WORDS {
            assert_eq!(words_in(en, Language::En), en);
            for language in [Language::Nl, Language::Fr, Language::De] {
                assert_eq!(words_in(en, language), own.get(language));
            }
        }
        assert_eq!(acts(citation, Language::De), ["Programmgesetz vom 22. Dez. 2023 (BS 29. Dez. 2023)", "Gesetz vom 18. Dez. 2025 Art. 19–21", "KE vom 31. Jan. 2025 (BS 7. Feb. 2025)", "Rundschreiben 2024/C/41 und 2026/C/4"]);
        assert_eq!(words_in("Law of 16 Nov 2015; RSZ DmfA instructions [S1]", Language::Fr), "Loi du 16 nov. 2015; Travailleurs flexi-job et Horeca heures supplémentaires");
    }

    #[test]
    fn citations_name_register_entries_and_read_without_them() {
        let citation = "Programme law of 22 Dec 2023; Securex [S26]; MR/Le Vif/SNI [S60]";
        let cited: Vec<_> = cited(citation).iter().map(|s| s.id).collect();
        assert_eq!(cited, ["S26", "S60", "S60/levif", "S60/sni"]);
        assert_eq!(words(citation), "Programme law of 22 Dec 2023; Securex; MR/Le Vif/SNI");
        assert_eq!(words("Acerta 2019 [ACERTA-2019]. Securex adds 0.01 %"), "Acerta 2019. Securex adds 0.01 %");
        assert_eq!(find("S1").unwrap().url_in(Language::Fr), "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/socialsecuritycontributions/calculationbase/flexi/flexi_and_overtime_horeca.html");
        assert_eq!(find("S6").unwrap().url_in(Language::Fr), find("S6").unwrap().url, "no French version: the default page");
    }
}
