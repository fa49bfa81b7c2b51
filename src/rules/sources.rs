//! The source register: every public page a rule, an amount, a sector row, a component, a note or a
//! next step rests on, once, with a link a user can open. Citations elsewhere are short sentences
//! that name the act in words and the register ids in brackets ("Programme law of 22 Dec 2023;
//! Securex [S26]"); [`cited`] turns the ids into these entries and [`words`] drops them from the
//! sentence, so no id ever reaches a reader.
//!
//! Built from the research dossiers' source lists (read 22 Nov 2026) and their 29 Nov 2026 update.
//! Titles describe each page in English; a page with Dutch or French versions lists them.

use super::dated::ymd;
use super::language::Language;
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
    pub kind: SourceKind,
    /// When the page was last read for this tool.
    pub read: NaiveDate,
}

impl Source {
    /// The page in the reader's language where the source has that version, else its default page.
    pub fn url_in(&self, language: Language) -> &'static str {
        self.versions.iter().find(|(l, _)| *l == language).map_or(self.url, |(_, url)| url)
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
}

impl SourceRef {
    pub fn of(source: &Source, language: Language) -> SourceRef {
        SourceRef { id: source.id, title: source.title, publisher: source.publisher, url: source.url_in(language), kind: source.kind }
    }
}

pub const SOURCES: &[Source] = &[
    Source { id: "S1", publisher: "RSZ/ONSS", title: "DmfA administrative instructions: flexi-jobs", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/socialsecuritycontributions/calculationbase/flexi_and_overtime_horeca.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/socialsecuritycontributions/calculationbase/flexi_and_overtime_horeca.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/socialsecuritycontributions/calculationbase/flexi/flexi_and_overtime_horeca.html")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S2", publisher: "RSZ/ONSS", title: "Dimona for a flexi-job worker", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2022-2/instructions/obligations/obligations_nsso/dimona/flexidimona.html", versions: &[(Language::Nl, "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2022-2/instructions/obligations/obligations_nsso/dimona/flexidimona.html"), (Language::Fr, "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/obligations/obligations_nsso/dimona/flexidimona.html")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S3", publisher: "RSZ/ONSS", title: "Flexi-jobs: employer information page", url: "https://www.socialsecurity.be/site_nl/employer/infos/flexi-jobs.htm", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S4", publisher: "RSZ/ONSS", title: "Flexi at work", url: "https://www.socialsecurity.be/site_de/employer/applics/flexiatwork/index.htm", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S5", publisher: "FOD Financiën/SPF Finances", title: "Flexi-jobs: the tax-exempt limit", url: "https://finance.belgium.be/nl/experten_partners/sociale-secretariaten-andere-dienstenbedrijven/flexi-jobs", versions: &[(Language::Nl, "https://finance.belgium.be/nl/experten_partners/sociale-secretariaten-andere-dienstenbedrijven/flexi-jobs"), (Language::Fr, "https://finance.belgium.be/fr/entreprises/personnel_et_remuneration/flexi-jobs")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S6", publisher: "FOD WASO/SPF Emploi", title: "Extension of the scope of flexi-jobs (2023)", url: "https://werk.belgie.be/nl/nieuws/uitbreiding-toepassingsgebied-van-de-flexi-jobs", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S7", publisher: "news.belgium.be (Council of Ministers)", title: "Flexi-jobs extended in the German-speaking Community (29 March 2024)", url: "https://news.belgium.be/nl/uitbreiding-toepassingsgebied-van-flexi-jobs-de-duitstalige-gemeenschap", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S8", publisher: "news.belgium.be (Council of Ministers)", title: "Flexi-jobs in the funeral sector and inland navigation (26 April 2024)", url: "https://news.belgium.be/nl/verduidelijking-toepassingsgebied-flexi-jobs-begrafenissector-en-binnenscheepvaart", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S9", publisher: "news.belgium.be (Council of Ministers)", title: "Clarifying the flexi-job rules on agency work (11 December 2021)", url: "https://news.belgium.be/nl/verduidelijking-de-regelgeving-over-de-flexi-jobs", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S10", publisher: "Overseas Social Security (RSZ/ONSS)", title: "A flexi-job for expats", url: "https://www.overseassocialsecurity.be/en/blog/flexi-job.html", versions: &[(Language::En, "https://www.overseassocialsecurity.be/en/blog/flexi-job.html"), (Language::Fr, "https://www.overseassocialsecurity.be/fr/blog/flexi-job.html")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S12", publisher: "Forum for the Future", title: "Circular 2026/C/4 on flexi-jobs (summary)", url: "https://blog.forumforthefuture.be/nl/article/circulaire-2026c4-over-flexi-jobs/29784", versions: &[(Language::Nl, "https://blog.forumforthefuture.be/nl/article/circulaire-2026c4-over-flexi-jobs/29784"), (Language::Fr, "https://blog.forumforthefuture.be/fr/article/circulaire-2026c4-relative-aux-flexi-jobs/29785")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S12/2024", publisher: "Forum for the Future", title: "Circular 2024/C/41 on flexi-jobs: tax-exempt ceiling and scope (summary)", url: "https://blog.forumforthefuture.be/fr/article/circulaire-2024c41-relative-aux-flexi-jobs-plafond-de-lexoneration-fiscale-et-extension-du-champ-dapplication/23318", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S14", publisher: "Forum for the Future", title: "RSZ/ONSS: flexi-jobs in Flemish childcare from 1 July 2024 (summary)", url: "https://blog.forumforthefuture.be/fr/article/flexi-jobs-secteur-flamand-de-la-garderie-denfants-au-1er-juillet-2024/23629", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S15", publisher: "Forum for the Future", title: "RSZ/ONSS: minimum flexi wage from 1 November 2023 (summary)", url: "https://blog.forumforthefuture.be/nl/article/minimumbedrag-van-het-flexi-uurloon-aangepast-tot-1-november-2023/20784", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S15/2022", publisher: "Forum for the Future", title: "RSZ/ONSS: flexi wage from 1 November 2022 (summary)", url: "https://blog.forumforthefuture.be/fr/article/adaptation-du-flexi-salaire-au-1er-novembre-2022/16758", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S16", publisher: "Forum for the Future", title: "RSZ/ONSS: flexi-jobs extended from 1 January 2024 (summary of the intermediate instruction)", url: "https://blog.forumforthefuture.be/fr/article/extension-du-flexi-travail-et-nouvelles-dispositions-a-partir-du-1er-janvier-2024/21352", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S17", publisher: "Tamtam", title: "Flexi-jobs: new opt-ins and opt-outs from 1 January 2025", url: "https://blog.tamtam.pro/fr/article/flexi-jobs-nouveaux-opt-in-et-opt-out-au-1er-janvier-2025/26124", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S18", publisher: "Securex", title: "The conditions for working as a flexi-jobber", url: "https://securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quelles-sont-les-conditions-a-remplir-pour-pouvoir-etre-occupe-comme-travailleur-flexi-job", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S19", publisher: "Securex", title: "The Dimona obligation for flexi-jobs", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/2F592F47FBB95AF9C1257F1B003815C3?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S21", publisher: "Securex", title: "The tax treatment of a flexi-jobber's pay (updated 28 January 2026)", url: "https://www.securex.be/fr/lex4you/employeur/themes/selection-et-conclusion-du-contrat/contrats-particuliers/quel-traitement-fiscal-pour-la-remuneration-d-un-travailleur-flexi-job", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S22", publisher: "Securex", title: "The flexi wage from 1 January 2024", url: "https://securex.be/fr/lex4you/employeur/actualites/le-flexi-salaire-a-partir-du-1er-janvier-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S23", publisher: "Securex", title: "Is indexation compulsory for flexi-jobbers?", url: "https://www.securex.be/fr/lex4you/employeur/actualites/l-indexation-est-elle-obligatoire-dans-le-cas-de-vos-flexi-jobistes", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S24", publisher: "Securex", title: "Flexi-jobs from 2024: some clarifications", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-vanaf-2024-enkele-verduidelijkingen", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S25", publisher: "Securex", title: "An exclusion and an extension for flexi-jobs from 1 July 2024", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/een-uitsluiting-en-een-uitbreiding-voor-flexi-jobs-vanaf-1-juli-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S26", publisher: "Securex", title: "Flexi-jobs extended in some sectors and banned in others since 1 April 2024", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-sinds-1-april-uitgebreid-in-bepaalde-sectoren-en-verboden-in-anderen", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S27", publisher: "Securex", title: "The flexi-job framework agreement", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/906DA45DA70701D0C1257F1B0031EEF7?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S28", publisher: "Securex", title: "How a flexi-jobber's pay is treated for social security", url: "https://www.securex.be/nl/lex4you/werkgever/themas/aanwerven-arbeidsovereenkomst/bijzondere-overeenkomsten/hoe-wordt-het-loon-van-een-flexi-jobwerknemer-op-sociaal-vlak-behandeld", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S29", publisher: "Securex", title: "Current amounts: flexi wage and flexi holiday pay", url: "https://www.securex.be/fr/lex4you/employeur/montants-actuels/montants-socio-juridiques/flexi-salaire-et-flexi-pecule-de-vacances", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S30", publisher: "Partena Professional", title: "Flexi-jobs: the main activity", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-de-hoofdactiviteit", versions: &[(Language::Nl, "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-de-hoofdactiviteit"), (Language::En, "https://www.partena-professional.be/en/node/1309")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S31", publisher: "Partena Professional", title: "Flexi-jobs extended to pensioners", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-uitbreiding-naar-gepensioneerden", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S32", publisher: "Partena Professional", title: "Flexi-jobs: the Dimona", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/flexijobs-dimona", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S33", publisher: "Partena Professional", title: "Extension of the scope of flexi-jobs (2023)", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-toepassingsgebied-flexijobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S34", publisher: "Partena Professional", title: "Extension of flexi-jobs from 1 July 2024", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/uitbreiding-van-het-toepassingsgebied-van-de-flexi-jobs-vanaf-1-juli", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S36", publisher: "Acerta", title: "The extension of flexi-jobs since 1 January 2018", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/uitbreiding-flexi-jobs-is-een-feit-sinds-1-januari-2018", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S37", publisher: "Acerta", title: "Chocolatiers may now use flexi-jobs", url: "https://acerta.be/fr/inspiration/nouvelle-possibilite-de-faire-appel-a-des-flexi-jobs-pour-les-chocolatiers", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S38", publisher: "Acerta", title: "What is new in the scope of flexi-jobs (NACEBEL 2025)", url: "https://acerta.be/fr/inspiration/nouveautes-dans-le-champ-dapplication-des-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S39", publisher: "Acerta", title: "Changes to flexi-jobs from 1 April 2024", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/aanpassingen-flexi-jobs-vanaf-1-april-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S41", publisher: "Going for Talent (Acerta)", title: "Programme law 2023: flexi-jobs extended and reformed", url: "https://goingfortalent.be/nl/inspiratie/programmawet-2023-uitbreiding-en-hervorming-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S42", publisher: "Attentia", title: "The legislator closes the back door of flexi-jobs through agency work", url: "https://www.attentia.be/nl/nieuws/wetgever-sluit-achterpoortje-bij-flexi-jobs-via-uitzendarbeid", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S43", publisher: "Attentia", title: "More sectors for flexi work and the flexi wage adjusted (2023)", url: "https://www.attentia.be/nl/nieuws/uitbreiding-van-de-sectoren-waar-flexi-arbeid-mogelijk-is-en-aanpassing-flexi-loon-paritair", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S44", publisher: "Attentia", title: "Horeca flexi wage indexed (May 2024)", url: "https://www.attentia.be/nl/nieuws/flexi-loon-in-de-horecasector-geindexeerd/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S45", publisher: "Attentia", title: "Royal decree on the flexi-job opt-ins and opt-outs published", url: "https://www.attentia.be/nl/nieuws/publicatie-van-koninklijk-besluit-over-regeling-flexi-jobs/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S46", publisher: "Liantis", title: "Flexi-jobs extended and tightened", url: "https://www.liantis.be/nl/nieuws/uitbreiding-en-verstrenging-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S46/2025", publisher: "Liantis", title: "Flexi-jobs: new admissions and exclusions in some sectors", url: "https://www.liantis.be/nl/nieuws/flexi-jobs-nieuwe-toelatingen-en-uitsluitingen-bepaalde-sectoren", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S47", publisher: "Wolters Kluwer", title: "The expansion of flexi-jobs", url: "https://www.wolterskluwer.com/nl-be/expert-insights/expansion-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S48", publisher: "Prato", title: "Flexi-jobs adjusted after the budget agreement", url: "https://www.prato.be/aanpassing-systeem-flexi-jobs-n-a-v-begrotingsakkoord/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S48/svgestion", publisher: "SV Gestion", title: "The extension of flexi work", url: "https://www.svgestion.be/extension-du-flexi-travail/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S49", publisher: "groupS", title: "Flexi-jobs in PC 302 (sector documentation)", url: "https://groups.be/nl/sociale-wetgeving/sectorale-documentatie/paritaire-comites/11803000000/42/3702-flexi-jobs-pc-302", versions: &[(Language::Nl, "https://groups.be/nl/sociale-wetgeving/sectorale-documentatie/paritaire-comites/11803000000/42/3702-flexi-jobs-pc-302"), (Language::Fr, "https://groups.be/fr/legislation-sociale/documentation-sectorielle/commissions-paritaires/11803000000/42/flexi-jobs-3")], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S49/extension", publisher: "groupS", title: "Extension of the scope of flexi-jobs", url: "https://www.groups.be/fr/actualites/articles-juridiques/extension-du-champ-dapplication-des-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S50", publisher: "uwpayroll", title: "Indexation of the flexi hourly wage (history)", url: "https://uwpayroll.be/indexatie-flexi-uurloon-vanaf-08-2022", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S52", publisher: "Horeca Vlaanderen (horecaismijnpassie)", title: "Indexation of the flexi wages (February 2025)", url: "https://www.horecaismijnpassie.be/blog/detail/indexatie-flexilonen--", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S53", publisher: "Horeca Wallonie (horecaestmapassion)", title: "The maximum flexi wage: €18.07", url: "https://www.horecaestmapassion.be/blog/detail/montant-maximum-du-salaire-flexi-1807-euros", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S56", publisher: "SD Worx", title: "Flexi guide: wage and holiday pay", url: "https://read.sdworx.com/fr-be/flexiguide/salaire-et-pcule-de-vacances", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S56/what", publisher: "SD Worx", title: "Flexi-jobs: what, where, for whom", url: "https://www.sdworx.be/fr-be/actua-tendances/emploi-temporaire/flexi-jobs-wat-waar-voor-wie", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S59", publisher: "AGO Jobs", title: "Flexi-jobs from 1 July 2026: what it means for your organisation", url: "https://www.ago.jobs/en/news/flexi-jobs-a-partir-du-1er-juillet-2026-quest-ce-que-cela-signifie-pour-votre-organisation-118", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S60", publisher: "MR", title: "David Clarinval allows flexi-jobs in all sectors", url: "https://www.mr.be/david-clarinval-autorise-les-flexi-jobs-dans-tous-les-secteurs", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S60/levif", publisher: "Le Vif", title: "Flexi-jobs soon allowed in all sectors, even in health care", url: "https://www.levif.be/economie/les-flexi-jobs-bientot-autorises-dans-tous-les-secteurs-meme-dans-le-secteur-de-la-sante", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S60/sni", publisher: "SNI", title: "Flexi-jobs finally possible in all sectors", url: "https://www.sninet.be/fr/actualit-eacute-s/detail/les-flexi-jobs-deviennent-enfin-possibles-dans-tous-les-secteurs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S61", publisher: "Horeca Bruxelles", title: "The 2026 horeca work reform: flexi-jobs and overtime", url: "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S62", publisher: "Easypay", title: "Pensioners: the flexi Dimona check from the fourth quarter of 2025", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10808", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S62/sni", publisher: "SNI", title: "A Dimona change for retired flexi-jobbers", url: "https://www.sninet.be/fr/actualit-eacute-s/detail/modification-dimona-pour-les-retraites-en-flexi-job", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S63", publisher: "Besox", title: "Chocolatiers may now use flexi-jobs", url: "https://www.besox.be/chocolatiers-kunnen-vanaf-nu-beroep-doen-op-flexi-jobs/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S64", publisher: "Trends", title: "An additional limit for flexi-jobbers on early pension", url: "https://trends.knack.be/geld/pensioen/bijkomend-grensbedrag-voor-flexi-jobbers-met-vervroegd-pensioen/", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S65", publisher: "Horeca Wallonie", title: "The Flexi at work service is in place", url: "https://www.horecawallonie.be/le-service-flexi-work-est-en-place", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "FFF-STRUCT-2024", publisher: "Forum for the Future", title: "Wage ceilings of the reductions adjusted from 1 January 2024 (summary)", url: "https://blog.forumforthefuture.be/nl/article/aanpassing-van-loonplafonds-verminderingen-vanaf-1-januari-2024./21351", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "PARTENA-STRUCT-2024", publisher: "Partena Professional", title: "RSZ: the structural reduction from 1 April 2024", url: "https://www.partena-professional.be/nl/onze-inzichten/infoflashes/rsz-structurele-vermindering-vanaf-1-april-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "GROUPS-STRUCT-2024", publisher: "Groep S", title: "Structural reduction: changes on 1 April 2024", url: "https://www.groups.be/fr/actualites/articles-juridiques/reduction-structurelle-modifications-au-1er-avril-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "RSZ-INT-2025", publisher: "RSZ/ONSS", title: "DmfA intermediate instructions (latest): the structural reduction from 1 April 2025", url: "https://www.socialsecurity.be/employer/instructions/dmfa/de/latest/intermediates", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "SECUREX-STRUCT-R", publisher: "Securex", title: "Structural reduction: the theoretical amount", url: "https://securex.be/fr/lex4you/employeur/themes/optimiser-la-politique-salariale/reductions-onss-applicables-dans-toutes-les-regions/le-calcul-du-montant-de-reduction-theorique", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "SECUREX-STRUCT-PS", publisher: "Securex", title: "Structural reduction: the real amount for part-time work", url: "https://securex.be/nl/lex4you/werkgever/themas/loonbeleid-optimaliseren/rsz-kortingen-alle-gewesten/de-berekening-van-het-reele-verminderingsbedrag", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "HW-PENSION", publisher: "Horeca Wallonie", title: "Second pension pillar: the horeca sector's supplementary pension", url: "https://www.horecawallonie.be/deuxieme-pilier-de-pension-pension-complementaire-sectorielle", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "HEMP-PENSION", publisher: "Horeca est ma passion", title: "The supplementary pension in the horeca sector", url: "https://www.horecaestmapassion.be/blog/detail/la-pension-complementaire-dans-le-secteur-de-lhoreca", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "S66", publisher: "Corsa", title: "Flexi-job reform: important points (RSZ advice)", url: "https://www.corsa-consultancy.be/hervorming-flexi-jobs-belangrijke-aandachtspunten/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S66/sociaalkantoor", publisher: "Sociaal Kantoor", title: "An important point on flexi-jobs", url: "https://www.sociaalkantoor.be/blog/belangrijk-aandachtspunt-inzake-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S67", publisher: "1819.brussels", title: "Flexi-jobs: the contracts", url: "https://1819.brussels/nl/blog/flexijobs-de-contracten", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S69", publisher: "Securex", title: "Flexi-jobs: a new legal exclusion (2022)", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/flexi-jobs-een-nieuwe-wettelijke-uitsluiting", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S74", publisher: "Plusmagazine", title: "May a pensioner do a flexi-job with a former employer?", url: "https://plusmagazine.knack.be/recht-en-geld/mag-je-als-gepensioneerde-een-flexi-job-doen-bij-je-vroegere-werkgever/article-normal-1937929.html", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "S74/fediplus", publisher: "Fediplus", title: "More flexi-jobs", url: "https://www.fediplus.be/nl/nieuws/meer-flexijobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S77", publisher: "Unisoc", title: "Flexi-jobs in several social sectors since 1 April 2024", url: "https://www.unisoc.be/articles/fr/public/possibilite-de-flexi-jobs-dans-differents-secteurs-sociaux-depuis-le-1er-avril-2024", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S78", publisher: "Flemish Department of Education", title: "Circular PERS/2024/01: flexi-jobs in education", url: "https://data-onderwijs.vlaanderen.be/edulex/document/16088", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S79", publisher: "Corsa", title: "Flexi-jobs: opt-out in PC 320 and opt-in in PC 139 from 1 July 2024", url: "https://www.corsa-consultancy.be/flexi-jobs-opt-out-in-pc-320-en-opt-in-in-pc-139-vanaf-1-juli-2024/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S81", publisher: "Nestor", title: "A flexi-job on early retirement: the rules in 2024", url: "https://blog.nestor.be/een-flexi-job-als-je-met-vervroegd-pensioen-bent-dit-zijn-in-2024-de-regels", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S87", publisher: "Easypay", title: "The coalition agreement: what it plans for flexi-jobs", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Accord-du-gouvernement-%3A-que-prevoit-il-pour-les-flexi-jobs--?id=10492", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S89", publisher: "VLAIO", title: "Flexi-jobs: employ at a low cost", url: "https://www.vlaio.be/nl/subsidies-financiering/subsidiedatabank/flexi-jobs-voordelig-tewerkstellen", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "S89/clb", publisher: "CLB Group", title: "CLB Nieuws January–February 2024: flexi-jobs", url: "https://publicatie.clbgroup.be/CLB%20Nieuws%20januari%20-%20februari%202024/CLB-Nieuws-januari---februari-2024/11/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S93", publisher: "Payroller", title: "A recent change in the flexi-job rules", url: "https://support.payroller.com/recente-wijziging-in-de-regelgeving-omtrent-flexi-jobs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S96", publisher: "Prato", title: "The new circular on flexi-jobs (2024/C/41)", url: "https://www.prato.be/nieuwe-circulaire-over-flexi-jobs/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "CENTEN", publisher: "Centen voor studenten", title: "Working as a student: social security", url: "https://centenvoorstudenten.be/info/werken-als-student/werken-als-werknemer/sociale-zekerheid/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "GUIDEA-EXTRA", publisher: "Guidea (horeca sector knowledge centre)", title: "Extras in horeca (employer)", url: "https://www.guidea.be/Werkgever/Drukke-momenten-opvangen/Extra", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "LIANTIS-EXTRA-FR", publisher: "Liantis", title: "The occasional worker (extra) in horeca", url: "https://www.liantis.be/fr/politique-du-personnel/occupation-temporaire/collaborateur-occasionnel-extra", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "PRATO-STU", publisher: "Prato", title: "Students (payroll knowledge base)", url: "https://prato.freshdesk.com/nl/support/solutions/articles/29000030601-per0014-studenten", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-AI-2020-1-NL", publisher: "RSZ/ONSS", title: "DmfA instructions 2020/1: occasional workers in horeca", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/2020-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-DIMONA-EXT", publisher: "RSZ/ONSS", title: "Dimona for occasional workers in horeca", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/instructions/obligations/obligations_nsso/dimona/occasionalsdimona.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SAW-CERT", publisher: "Student@work (RSZ/ONSS)", title: "The Student@work certificate", url: "https://studentatwork.be/en/about-student-at-work/certificate.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SAW-EN", publisher: "Student@work (RSZ/ONSS)", title: "Student@work", url: "https://studentatwork.be/en", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-650", publisher: "Securex", title: "Students may work 650 hours from 2025", url: "https://www.securex.be/nl/lex4you/werkgever/nieuws/studenten-zullen-vanaf-2025-650-uren-kunnen-werken", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SS-DIMONA-WHO", publisher: "RSZ/ONSS", title: "Dimona: who must declare", url: "https://www.socialsecurity.be/site_nl/employer/applics/dimona/general/who.htm", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SS-HAW", publisher: "RSZ/ONSS", title: "Horeca@work", url: "https://www.socialsecurity.be/site_nl/employer/applics/horecaatwork/index.htm", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SS-STU", publisher: "RSZ/ONSS", title: "Student@work for employers", url: "https://www.socialsecurity.be/site_nl/employer/applics/studentatwork/index.htm", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "SST-2013", publisher: "Secrétariat social (SST)", title: "Occasional workers in horeca from 1 October 2013", url: "https://sst.secretariatsocial.eu/sst/news-globales/141-travailleurs-occasionnels-dans-l-horeca-a-partir-du-1er-octobre-2013", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "UCM-EXTRA", publisher: "UCM", title: "Occasional workers in horeca: short contract, lower contributions", url: "https://www.ucm.be/actualites/travailleurs-occasionnels-dans-lhoreca-contrat-court-cotisations-reduites", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "ACERTA-2019", publisher: "Acerta", title: "A choice of ways to staff horeca peaks (5 June 2019)", url: "https://www.acerta.be/nl/klantenportaal/werkgevers/wegwijs-bij-acerta/juridisch-nieuws-en-updates/een-meervoud-aan-keuze-om-pieken-op-te-vangen-in-de-horeca", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "U-RTL", publisher: "RTL", title: "A coming government decision on flexi-jobs (10 December 2025)", url: "https://www.rtl.be/actu/belgique/societe/cette-future-decision-du-gouvernement-pourra-vous-faire-gagner-jusqua-18000/2025-12-10/article/773152", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-PAYCOVER", publisher: "Paycover", title: "The launch of flexi-jobs in all sectors postponed", url: "https://www.paycover.be/actualites/report-de-la-date-de-lancement-des-flexi-jobs-dans-tous-les-secteurs", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-PEOPLESPHERE", publisher: "peoplesphere", title: "Flexi-jobs in all sectors: employers support it, with reservations", url: "https://peoplesphere.be/fr/generalisation-des-flex-jobs-a-tous-les-secteurs-une-avancee-soutenue-par-le-patronat-malgre-quelques-reserves", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-HORECABXL-AMP", publisher: "Horeca Bruxelles", title: "The 2026 horeca work reform (updated page)", url: "https://www.horecabruxelles.be/reforme-travail-horeca-2026-flexi-jobs-heures-sup/?amp=1", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-BX1", publisher: "BX1", title: "The pivot index crossed in July, earlier than expected (Planning Bureau)", url: "https://bx1.be/categories/news/indexation-lindice-pivot-depasse-des-juillet-quatre-mois-plus-tot-que-prevu-selon-le-bureau-du-plan/", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-UCM-PENSION", publisher: "UCM", title: "Retired flexi-jobber: a new income limit for 2025", url: "https://www.ucm.be/actualites/flexi-job-pensionne-un-nouveau-plafond-de-revenus-pour-2025", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-ADECCO", publisher: "Adecco", title: "Flexi-jobs: a new amount", url: "https://adecco.be/nl-be/nieuws/2024/flexijobs-nouveau-montant", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-EASYPAY-PENSION", publisher: "Easypay", title: "Retired and a flexi-jobber: mind the new limit", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/Pensionne-et-flexi-jobber---Attention-%C3%A0-la-nouvelle-limite?id=10419", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-NEWS-CEILING", publisher: "news.belgium.be (Council of Ministers)", title: "A lower limit for flexi income of civil servants on early pension", url: "https://news.belgium.be/fr/abaissement-du-plafond-pour-flexi-revenus-pour-les-fonctionnaires-en-pension-anticipee", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "U-PLUS", publisher: "Plusmagazine", title: "Pension bonus or flexi-job?", url: "https://www.plusmagazine.be/nl/recht-en-geld/pensioenbonus-of-flexi-job/", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "U-NOWJOBS", publisher: "NOWJOBS", title: "Do I pay tax on my flexi-job?", url: "https://www.nowjobs.be/bijverdieners/blog/betaal-ik-belastingen-op-mijn-flexi-job", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "KSZ-PC", publisher: "KSZ-BCSS (data warehouse)", title: "Variable \"joint committee\": the code list fixed by FOD WASO", url: "https://www.ksz-bcss.fgov.be/fr/dwh/variabledetail/office-national-de-securite-sociale/Variables/commission-paritaire-2.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "ML-PC", publisher: "FOD WASO (minimumlonen.be)", title: "Existing joint committees and sub-committees", url: "https://minimumlonen.be/jc_overview.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "UANTWERPEN", publisher: "University of Antwerp", title: "Student jobs: social security", url: "https://www.uantwerpen.be/nl/studentenleven/studiebudget-socialevoorzieningen/studentenjob/sociale-zekerheid/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "PARTENA-TAXSHIFT", publisher: "Partena Professional", title: "Tax shift: the lower facial contribution rate in the private sector", url: "https://www.partena-professional.be/nl/knowledge-center/infoflashes/taxshift-verlaging-van-de-faciale-bijdragevoet-de-private-sector", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-TAXSHIFT", publisher: "Securex", title: "The tax shift: employer contributions", url: "https://www.securex.eu/lex-go.nsf/vwTaxShift_nl/D3E1CB8986899B21C1257F4C004329F8?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-INT-2017-4", publisher: "RSZ/ONSS", title: "Intermediate instructions 2017/4", url: "https://www.socialsecurity.be/employer/instructions/dmfappl/nl/2017-4/intermediates", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-INT-2023", publisher: "RSZ/ONSS", title: "Intermediate instructions (latest): the wage-moderation contribution", url: "https://www.socialsecurity.be/employer/instructions/dmfa/nl/latest/intermediates", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "VBO-2019", publisher: "VBO/FEB", title: "Social contributions in the first quarter of 2019", url: "https://www.vbo.be/actiedomeinen/sociale-zekerheid/socialezekerheidsbijdragen/sociale-bijdragen-eerste-kwartaal-2019_2019-02-26/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "EASYPAY-VAK", publisher: "Easypay", title: "Employer contributions to the holiday fund go down", url: "https://www.easypay-group.com/nl_BE/EASYPAY_GROUP/news/detail/Werkgeversbijdragen-tot-de-vakantiekas-dalen?id=4522", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BESOX-VAK", publisher: "Besox", title: "Second step of the lower quarterly holiday contribution for manual workers", url: "https://www.besox.be/tweede-fase-van-de-vermindering-van-de-kwartaalbijdrage-jaarlijkse-vakantie-voor-arbeiders/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-VAK-2018", publisher: "Securex", title: "Holiday contributions for manual workers (2018)", url: "https://www.securex.eu/lex-go.nsf/vwipaaip_nl/F3D9CA67290ACBCCC125826E0027E74C?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SOCIAALKANTOOR-VAK", publisher: "Sociaal Kantoor", title: "The yearly holiday-pay settlement for manual workers", url: "https://www.sociaalkantoor.be/blog/de-afrekening-voor-het-vakantiegeld-van-jouw-arbeiders-komt-eraan", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-VERTREK", publisher: "Securex", title: "Departure holiday pay for white-collar workers", url: "https://www.securex.eu/lex-go.nsf/vwReferencesByCategory_nl/CB91A9F2316B6D49C12572E5002C24CC?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "RSZ-AI-2019-1-FR", publisher: "RSZ/ONSS", title: "DmfA instructions 2019/1: occasional workers in horeca", url: "https://www.socialsecurity.be/employer/instructions/dmfa/fr/2019-1/instructions/socialsecuritycontributions/calculationbase/occasionals_horeca.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "VL", publisher: "Vlaanderen.be", title: "Occasional work in horeca", url: "https://www.vlaanderen.be/gelegenheidswerk-in-de-horeca", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "HWZ", publisher: "Horecawebzine", title: "Occasional work in horeca", url: "https://horecawebzine.be/gelegenheidswerk-in-de-horeca/", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "SS-CIT", publisher: "RSZ/ONSS (socialsecurity.be for citizens)", title: "Working as an occasional worker in horeca", url: "https://www.socialsecurity.be/citizen/nl/werk-en-werkloosheid/werken-als/gelegenheidswerknemer-de-horeca", versions: &[(Language::Nl, "https://www.socialsecurity.be/citizen/nl/werk-en-werkloosheid/werken-als/gelegenheidswerknemer-de-horeca"), (Language::Fr, "https://www.socialsecurity.be/citizen/fr/travail-chomage/travailler-comme/travailleur-occasionnel-dans-l-horeca")], kind: SourceKind::Official, read: ymd(2026, 11, 22) },
    Source { id: "HV-HORECAPLAN", publisher: "Horeca Vlaanderen", title: "The horeca plan", url: "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/horecaplan", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "HV-GEL-2019", publisher: "Horeca Vlaanderen", title: "Occasional work (2019)", url: "https://www.horecavlaanderen.be/paginas/nl/openbaar/horeca-vlaanderen/gelegenheidsarbeid/20180719101506", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BRA-2013", publisher: "Belgian Restaurants Association", title: "More about the announced changes for occasional workers (2013)", url: "https://www.belgianrestaurantsassociation.be/nl/nieuws/horecasector-meer-informatie-over-de-aangekondigde-wijzigingen-voor-de-gelegenheidswerknemers", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "BBTK-2025", publisher: "BBTK Limburg", title: "Student work: the ceiling raised (April 2025)", url: "https://www.bbtklimburg.be/2025/04/studentenarbeid-plafond-opgetrokken.html", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SIDEJOBS", publisher: "sidejobs.be", title: "The different statuses in horeca", url: "https://sidejobs.be/de-verschillende-statuten-in-de-horeca/", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-EXTRA-NL", publisher: "Securex", title: "Occasional workers in horeca (social contributions)", url: "https://www.securex.eu/lex-go.nsf/vwFicheByCategory_nl/1EA72C5331104E2EC12570C0002FEAB8?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "SECUREX-BV-EXTRA", publisher: "Securex", title: "Withholding tax for occasional workers in horeca", url: "https://www.securex.eu/lex-go.nsf/vwReferencesByCategory_nl/5B8EBE00F027790CC12570BD00553A04?OpenDocument", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "NIEUWSBLAD-2017", publisher: "Het Nieuwsblad", title: "Students may work 475 hours (27 December 2017)", url: "https://www.nieuwsblad.be/cnt/dmf20171227_03269086", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 22) },
    Source { id: "GUIDEA-EXTRA-WN", publisher: "Guidea (horeca sector knowledge centre)", title: "Extras in horeca (worker)", url: "https://www.guidea.be/Werknemer/Bijverdienen-in-de-horeca/Extra", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 22) },
    Source { id: "S83", publisher: "CESSoC (Incidence)", title: "Indexation of the pay scales for February 2026", url: "https://incidence-asbl.org/cessoc-indexation-des-baremes-pour-fevrier-2026", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "U-TRENDS-PIVOT", publisher: "Trends", title: "The Planning Bureau expects the pivot index to be crossed in December", url: "https://trends.levif.be/mon-argent/indexation-le-bureau-du-plan-sattend-un-depassement-de-lindice-pivot-en-decembre-mais-pas-en-2026", versions: &[], kind: SourceKind::Press, read: ymd(2026, 11, 29) },
    Source { id: "SPF-KEY", publisher: "SPF Finances", title: "Withholding tax: the key formula (Annex III) for 2026", url: "https://finance.belgium.be/en/node/1540", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "AR-2024-03-11", publisher: "Belgian Official Journal (Justel)", title: "Royal decree of 11 March 2024 on the fiscal work bonus", url: "https://www.ejustice.just.fgov.be/eli/arrete/2024/03/11/2024002395/justel", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "RSZ-BBSZ", publisher: "RSZ/ONSS", title: "DmfA instructions: the special social security contribution", url: "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/special_contributions/other_specialcontributions/specialsocialsecuritycontribution.html", versions: &[], kind: SourceKind::Official, read: ymd(2026, 11, 29) },
    Source { id: "GROUPS-WB", publisher: "Group S", title: "The work bonus on 1 November 2023", url: "https://www.groups.be/nl/nieuws/juridische-artikels/werkbonus-op-1-november-2023", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "EASYPAY-WB", publisher: "Easypay", title: "The work bonus from 1 February 2025", url: "https://easypay-group.com/fr_BE/connaissance/flashes-info/detail/?id=10499", versions: &[], kind: SourceKind::Professional, read: ymd(2026, 11, 29) },
    Source { id: "WAGECALC", publisher: "Wage_Calculator (open source)", title: "A Belgian wage calculator whose parameters cite the SPF key formula and the RSZ instructions section by section", url: "https://github.com/VicdSpt/Wage_Calculator", versions: &[], kind: SourceKind::ThirdParty, read: ymd(2026, 11, 29) },
    Source { id: "SALARYSIM", publisher: "salarysim (open source)", title: "A Belgian gross-to-net simulator with yearly parameters and published test cases", url: "https://github.com/PLPeeters/salarysim", versions: &[], kind: SourceKind::ThirdParty, read: ymd(2026, 11, 29) },
];

/// The register ids a citation names between brackets, in order.
pub fn ids(citation: &str) -> impl Iterator<Item = &str> {
    citation.split('[').skip(1).filter_map(|part| part.split_once(']').map(|(id, _)| id))
}

/// The register entries a citation names: an id names its entry, and "S60" also names the other
/// pages filed under it ("S60/levif", "S60/sni").
pub fn cited(citation: &str) -> Vec<&'static Source> {
    read(citation).1
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
    static READ: std::cell::RefCell<std::collections::HashMap<String, (String, Vec<&'static Source>)>> = Default::default();
}

/// A citation's words and entries, from the cache or read now.
fn read(citation: &str) -> (String, Vec<&'static Source>) {
    if let Some(known) = READ.with(|cache| cache.borrow().get(citation).cloned()) {
        return known;
    }
    let fresh = (find_words(citation), find_cited(citation));
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
    cited(citation).into_iter().map(|s| SourceRef::of(s, language)).collect()
}

/// The citation in words, without its register ids: "Programme law of 22 Dec 2023; Securex".
pub fn words(citation: &str) -> String {
    read(citation).0
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
            assert!(source.read <= ymd(2026, 11, 29), "{}", source.id);
        }
    }

    #[test]
    fn citations_name_register_entries_and_read_without_them() {
        let citation = "Programme law of 22 Dec 2023; Securex [S26]; MR/Le Vif/SNI [S60]";
        let cited: Vec<_> = cited(citation).iter().map(|s| s.id).collect();
        assert_eq!(cited, ["S26", "S60", "S60/levif", "S60/sni"]);
        assert_eq!(words(citation), "Programme law of 22 Dec 2023; Securex; MR/Le Vif/SNI");
        assert_eq!(words("Acerta 2019 [ACERTA-2019]. Securex adds 0.01 %"), "Acerta 2019. Securex adds 0.01 %");
        assert_eq!(find("S1").unwrap().url_in(Language::Fr), "https://www.socialsecurity.be/employer/instructions/dmfa/fr/latest/instructions/socialsecuritycontributions/calculationbase/flexi/flexi_and_overtime_horeca.html");
        assert_eq!(find("S3").unwrap().url_in(Language::Fr), find("S3").unwrap().url, "no French version: the default page");
    }
}
