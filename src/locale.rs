//! The interface's words in English, Dutch and French: one struct, one field per text, so a
//! missing translation does not compile. Also dates and amounts written the way each language does.
//! Legal terms follow the sources' usage (PC/PSC, Dimona, raamovereenkomst / contrat-cadre).

use crate::rules::{Outcome, Verdict};
use chrono::{Datelike, NaiveDate};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Nl,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Nl, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Nl => "nl",
            Lang::Fr => "fr",
        }
    }

    /// From a URL value or a browser language tag ("nl-BE", "fr"); anything else is English.
    pub fn from_tag(tag: &str) -> Lang {
        match tag.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("nl") => Lang::Nl,
            Some("fr") => Lang::Fr,
            _ => Lang::En,
        }
    }

    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &EN,
            Lang::Nl => &NL,
            Lang::Fr => &FR,
        }
    }

    /// "15 January 2025", "15 januari 2025", "15 janvier 2025".
    pub fn date(self, date: NaiveDate) -> String {
        format!("{} {} {}", date.day(), self.texts().months[date.month0() as usize], date.year())
    }

    /// A whole or decimal amount in euros: "€18,440.50", "€ 18.440,50", "18 440,50 €".
    pub fn euros(self, amount: &str) -> String {
        let (whole, cents) = amount.split_once('.').unwrap_or((amount, ""));
        let (group, decimal) = match self {
            Lang::En => (",", "."),
            Lang::Nl => (".", ","),
            Lang::Fr => ("\u{202f}", ","),
        };
        let mut grouped = String::new();
        for (i, digit) in whole.chars().enumerate() {
            if i > 0 && (whole.len() - i) % 3 == 0 {
                grouped.push_str(group);
            }
            grouped.push(digit);
        }
        let number = match cents.len() {
            0 => grouped,
            1 => format!("{grouped}{decimal}{cents}0"),
            _ => format!("{grouped}{decimal}{}", &cents[..2]),
        };
        match self {
            Lang::En => format!("€{number}"),
            Lang::Nl => format!("€\u{a0}{number}"),
            Lang::Fr => format!("{number}\u{a0}€"),
        }
    }
}

/// Every text of the interface. `{q}`, `{date}`, `{from}`, `{to}` and `{amount}` are filled in.
pub struct Texts {
    pub language_name: &'static str,
    pub skip_link: &'static str,
    pub brand_tagline: &'static str,
    pub privacy: &'static str,
    pub verified_until: &'static str,
    pub rules_link: &'static str,
    pub back: &'static str,
    pub continue_: &'static str,
    pub start_again: &'static str,
    pub error_title: &'static str,
    pub error_prefix: &'static str,
    pub change: &'static str,
    pub optional: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub months: [&'static str; 12],
    // Start page.
    pub start_title: &'static str,
    pub start_intro: &'static str,
    pub start_for_whom: &'static str,
    pub start_button: &'static str,
    pub start_not_advice: &'static str,
    // Questions.
    pub date_question: &'static str,
    pub date_hint: &'static str,
    pub date_error_missing: &'static str,
    pub date_error_bad: &'static str,
    pub sector_question: &'static str,
    pub sector_hint: &'static str,
    pub sector_search_label: &'static str,
    pub sector_pick: &'static str,
    pub sector_none_found: &'static str,
    pub sector_chosen: &'static str,
    pub sector_error_missing: &'static str,
    pub sector_error_bad: &'static str,
    pub function_question: &'static str,
    pub function_hint: &'static str,
    pub functions: [&'static str; 7],
    pub choice_error: &'static str,
    pub pension_question: &'static str,
    pub pension_hint: &'static str,
    pub pension_since_question: &'static str,
    pub pension_since_hint: &'static str,
    pub work_t3_question: &'static str,
    pub work_t3_hint: &'static str,
    pub work_t4_question: &'static str,
    pub work_t4_hint: &'static str,
    pub percent_error: &'static str,
    pub foreign_question: &'static str,
    pub foreign_hint: &'static str,
    pub other_question: &'static str,
    pub other_hint: &'static str,
    pub other_choices: [&'static str; 3],
    pub notice_question: &'static str,
    pub notice_hint: &'static str,
    pub linked_question: &'static str,
    pub linked_hint: &'static str,
    pub linked_choices: [&'static str; 3],
    pub income_question: &'static str,
    pub income_hint: &'static str,
    pub amount_error: &'static str,
    // Check answers.
    pub check_title: &'static str,
    pub check_submit: &'static str,
    pub not_answered: &'static str,
    pub short_date: &'static str,
    pub short_sector: &'static str,
    pub short_function: &'static str,
    pub short_pension: &'static str,
    pub short_pension_since: &'static str,
    pub short_t3: &'static str,
    pub short_t4: &'static str,
    pub short_foreign: &'static str,
    pub short_other: &'static str,
    pub short_notice: &'static str,
    pub short_linked: &'static str,
    pub short_income: &'static str,
    // Result.
    pub result_title: &'static str,
    pub verdicts: [&'static str; 4],
    pub verdict_details: [&'static str; 4],
    pub quarter_line: &'static str,
    pub earliest: &'static str,
    pub ceiling_left: &'static str,
    pub ceiling_amount: &'static str,
    pub confidence_low: &'static str,
    pub why: &'static str,
    pub outcomes: [&'static str; 4],
    pub in_force: &'static str,
    pub source: &'static str,
    pub missing_answers: &'static str,
    pub next_steps: &'static str,
    pub step_framework: &'static str,
    pub step_dimona: &'static str,
    pub step_time: &'static str,
    pub step_flexi_at_work: &'static str,
    pub step_mycareer: &'static str,
    pub step_overseas: &'static str,
    pub overseas_subject: &'static str,
    pub overseas_body: &'static str,
    pub overseas_link: &'static str,
    // Rules page and errors.
    pub rules_title: &'static str,
    pub rules_intro: &'static str,
    pub bad_link_title: &'static str,
    pub bad_link_text: &'static str,
}

pub static EN: Texts = Texts {
    language_name: "English",
    skip_link: "Skip to main content",
    brand_tagline: "Flexi-job checker for Belgium",
    privacy: "Everything is computed in your browser: nothing you type leaves this device.",
    verified_until: "Rules and amounts checked against the sources up to {date}. Not an official service; not legal advice.",
    rules_link: "Rules and sources",
    back: "Back",
    continue_: "Continue",
    start_again: "Start again",
    error_title: "There is a problem",
    error_prefix: "Error: ",
    change: "Change",
    optional: "(optional)",
    yes: "Yes",
    no: "No",
    months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    start_title: "Can I work a flexi-job?",
    start_intro: "Answer a few questions about the work, the sector and your situation. You will see whether a flexi-job is allowed in that quarter, which rules decide it, and what to do next.",
    start_for_whom: "For workers checking themselves and for employers checking a worker.",
    start_button: "Start now",
    start_not_advice: "Flexicheck is not an official service. It shows the rules as its sources report them, with their dates and how sure they are.",
    date_question: "When is the flexi work?",
    date_hint: "The day the work is done. The rules look at the quarter it falls in.",
    date_error_missing: "Enter the date of the work",
    date_error_bad: "Enter a real date, for example 15 01 2025",
    sector_question: "In which sector is the flexi employer?",
    sector_hint: "Search by sector name, joint committee (PC) number or NACE code. For agency work, give the sector of the company where the work is done.",
    sector_search_label: "Sector, PC number or NACE code",
    sector_pick: "Choose this sector",
    sector_none_found: "No sector found. You can also type the PC number, for example 302.",
    sector_chosen: "Chosen:",
    sector_error_missing: "Search for the sector and choose it",
    sector_error_bad: "Enter a PC number such as 302 or 118.03, or a NACE code such as 90.011",
    function_question: "What will the flexi-jobber do?",
    function_hint: "Some functions are excluded from flexi-jobs.",
    functions: [
        "Another job (serving, sales, reception, kitchen …)",
        "An artistic, artistic-technical or artistic-support function",
        "A health-care profession (nursing, care tasks …)",
        "Funeral sector: an occasional-worker task (bearer, driver, reception …)",
        "Domestic work",
        "Lifeguard with a lifeguard diploma",
        "Sea fishing: shore or warehouse staff",
    ],
    choice_error: "Choose one of the options",
    pension_question: "Do you receive a retirement or survivor's pension?",
    pension_hint: "Early or at legal age, Belgian or foreign. Unemployment with company supplement (SWT/RCC) and the transition allowance do not count.",
    pension_since_question: "Since when do you receive the pension?",
    pension_since_hint: "The first day of the pension.",
    work_t3_question: "Between {from} and {to}, how much did you work for other employers?",
    work_t3_hint: "As a percentage of a full-time job; add up all jobs with employers other than the flexi employer, in Belgium or abroad. 80 is 4/5.",
    work_t4_question: "And between {from} and {to}?",
    work_t4_hint: "Since 2024, going from full time to 4/5 rules out flexi work for two quarters.",
    percent_error: "Enter a percentage from 0 to 100",
    foreign_question: "Was any of that work abroad, under foreign social security?",
    foreign_hint: "For example as an expat or cross-border worker.",
    other_question: "In {q}, do you have another contract with the flexi employer?",
    other_hint: "An ordinary employment contract or appointment with the same employer, in the same quarter.",
    other_choices: ["No", "Yes, less than 4/5 of full time", "Yes, 4/5 of full time or more"],
    notice_question: "Are you working out a notice period with the flexi employer, or paid severance by it?",
    notice_hint: "Flexi work with that employer is not allowed during a notice period or a period covered by severance pay.",
    linked_question: "Do you have a contract with a company linked to the flexi employer?",
    linked_hint: "A company of the same group (art. 1:20 of the Code of Companies and Associations).",
    linked_choices: ["No", "Yes, 4/5 or more but not full time", "Yes, full time"],
    income_question: "How much flexi pay have you received so far this year?",
    income_hint: "All employers together, in euros; your flexi counter on mycareer.be shows it. Leave empty if you do not know.",
    amount_error: "Enter an amount in euros, like 1234.56",
    check_title: "Check your answers",
    check_submit: "See the result",
    not_answered: "Not answered",
    short_date: "Date of the work",
    short_sector: "Sector",
    short_function: "Function",
    short_pension: "Pension",
    short_pension_since: "Pension since",
    short_t3: "Work in the reference quarter",
    short_t4: "Work in the quarter before",
    short_foreign: "Work abroad",
    short_other: "Other contract with the flexi employer",
    short_notice: "Notice or severance",
    short_linked: "Contract with a linked company",
    short_income: "Flexi pay so far this year",
    result_title: "Your result",
    verdicts: ["Flexi work is allowed", "Flexi work is not allowed", "Allowed once Overseas Social Security approves", "More information is needed"],
    verdict_details: [
        "On this date, with these answers, the rules allow a flexi-job.",
        "On this date, with these answers, the rules do not allow a flexi-job.",
        "Your work abroad counts, but RSZ cannot see it: ask Overseas Social Security for a written approval.",
        "Some answers that decide the result are missing.",
    ],
    quarter_line: "Quarter of the work: {q}. Reference quarter (T-3): {to}.",
    earliest: "Earliest quarter in which you would be allowed: {q}.",
    ceiling_left: "Tax-free flexi pay left in {q}: {amount}.",
    ceiling_amount: "Flexi pay is tax-free up to {amount} in {q}, all employers together.",
    confidence_low: "Part of this result rests on a single or unconfirmed source: see the reasons.",
    why: "Why",
    outcomes: ["Met", "Not met", "Note", "Not known"],
    in_force: "In force from {from}",
    source: "Source",
    missing_answers: "Answer the missing questions",
    next_steps: "Next steps",
    step_framework: "Before the first day: a written framework agreement with the employer (parties, how work is offered, the function, the flexi wage, the flexi conditions).",
    step_dimona: "Before the work starts, the employer files a Dimona of type FLX: daily with start and end hour for an oral contract, per quarter at most for a written one.",
    step_time: "With a quarterly Dimona, every start and end of work is registered in a time-registration system.",
    step_flexi_at_work: "Within 5 days of each payroll, the employer sends the flexi pay through Flexi at work.",
    step_mycareer: "Follow your flexi income against the tax-free ceiling on mycareer.be.",
    step_overseas: "Ask Overseas Social Security to check your work abroad; their approval counts for one quarter only.",
    overseas_subject: "Flexi-job: check of my work abroad in {q}",
    overseas_body: "Hello,\n\nI would like to work a flexi-job in {to}. In {q} (the reference quarter) part of my work was abroad. Could you check whether I meet the 4/5 condition and send a written approval?\n\nName:\nNational register number:\nEmployer(s) abroad and periods:\n\nThank you.",
    overseas_link: "Write to Overseas Social Security",
    rules_title: "Rules and sources",
    rules_intro: "Every rule the checker applies, with the dates it is in force, how sure the sources are, and where it comes from. The rule texts are in English.",
    bad_link_title: "This link does not work",
    bad_link_text: "The address has been changed or damaged:",
};

pub static NL: Texts = Texts {
    language_name: "Nederlands",
    skip_link: "Naar de inhoud",
    brand_tagline: "Flexi-jobcheck voor België",
    privacy: "Alles wordt in je browser berekend: niets wat je invult verlaat dit toestel.",
    verified_until: "Regels en bedragen nagekeken tegen de bronnen tot {date}. Geen officiële dienst; geen juridisch advies.",
    rules_link: "Regels en bronnen",
    back: "Terug",
    continue_: "Doorgaan",
    start_again: "Opnieuw beginnen",
    error_title: "Er is een probleem",
    error_prefix: "Fout: ",
    change: "Wijzigen",
    optional: "(niet verplicht)",
    yes: "Ja",
    no: "Nee",
    months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    start_title: "Mag ik een flexi-job doen?",
    start_intro: "Beantwoord enkele vragen over het werk, de sector en je situatie. Je ziet of een flexi-job in dat kwartaal mag, welke regels dat bepalen en wat je daarna doet.",
    start_for_whom: "Voor werknemers die zichzelf controleren en voor werkgevers die een werknemer controleren.",
    start_button: "Nu beginnen",
    start_not_advice: "Flexicheck is geen officiële dienst. Het toont de regels zoals de bronnen ze melden, met hun data en hoe zeker ze zijn.",
    date_question: "Wanneer is het flexi-werk?",
    date_hint: "De dag waarop het werk gebeurt. De regels kijken naar het kwartaal waarin die valt.",
    date_error_missing: "Vul de datum van het werk in",
    date_error_bad: "Vul een bestaande datum in, bijvoorbeeld 15 01 2025",
    sector_question: "In welke sector zit de flexi-werkgever?",
    sector_hint: "Zoek op de naam van de sector, het nummer van het paritair comité (PC) of de NACE-code. Bij uitzendarbeid: de sector van het bedrijf waar het werk gebeurt.",
    sector_search_label: "Sector, PC-nummer of NACE-code",
    sector_pick: "Kies deze sector",
    sector_none_found: "Geen sector gevonden. Je kunt ook het PC-nummer typen, bijvoorbeeld 302.",
    sector_chosen: "Gekozen:",
    sector_error_missing: "Zoek de sector en kies hem",
    sector_error_bad: "Vul een PC-nummer in zoals 302 of 118.03, of een NACE-code zoals 90.011",
    function_question: "Wat zal de flexi-jobber doen?",
    function_hint: "Sommige functies zijn uitgesloten van flexi-jobs.",
    functions: [
        "Een andere job (bediening, verkoop, onthaal, keuken …)",
        "Een artistieke, artistiek-technische of artistiek-ondersteunende functie",
        "Een gezondheidszorgberoep (verpleging, zorgtaken …)",
        "Begrafenissector: een taak van gelegenheidswerker (drager, chauffeur, onthaal …)",
        "Huishoudelijk werk (dienstbode)",
        "Redder met een reddersbrevet",
        "Zeevisserij: walpersoneel of magazijnpersoneel",
    ],
    choice_error: "Kies een van de mogelijkheden",
    pension_question: "Krijg je een rustpensioen of overlevingspensioen?",
    pension_hint: "Vervroegd of op de wettelijke leeftijd, Belgisch of buitenlands. SWT en de overgangsuitkering tellen niet.",
    pension_since_question: "Sinds wanneer krijg je het pensioen?",
    pension_since_hint: "De eerste dag van het pensioen.",
    work_t3_question: "Hoeveel werkte je tussen {from} en {to} voor andere werkgevers?",
    work_t3_hint: "In procent van een voltijdse job; tel alle jobs bij andere werkgevers dan de flexi-werkgever samen, in België of in het buitenland. 80 is 4/5.",
    work_t4_question: "En tussen {from} en {to}?",
    work_t4_hint: "Sinds 2024 sluit de overstap van voltijds naar 4/5 flexi-werk uit voor twee kwartalen.",
    percent_error: "Vul een percentage van 0 tot 100 in",
    foreign_question: "Was een deel van dat werk in het buitenland, onder buitenlandse sociale zekerheid?",
    foreign_hint: "Bijvoorbeeld als expat of grensarbeider.",
    other_question: "Heb je in {q} een andere overeenkomst met de flexi-werkgever?",
    other_hint: "Een gewone arbeidsovereenkomst of benoeming bij dezelfde werkgever, in hetzelfde kwartaal.",
    other_choices: ["Nee", "Ja, minder dan 4/5 van voltijds", "Ja, 4/5 van voltijds of meer"],
    notice_question: "Werk je een opzegtermijn bij de flexi-werkgever, of betaalt hij je een verbrekingsvergoeding?",
    notice_hint: "Flexi-werk bij die werkgever mag niet tijdens een opzegtermijn of een periode gedekt door een verbrekingsvergoeding.",
    linked_question: "Heb je een overeenkomst met een bedrijf dat verbonden is met de flexi-werkgever?",
    linked_hint: "Een bedrijf van dezelfde groep (art. 1:20 van het Wetboek van vennootschappen en verenigingen).",
    linked_choices: ["Nee", "Ja, 4/5 of meer maar niet voltijds", "Ja, voltijds"],
    income_question: "Hoeveel flexi-loon kreeg je dit jaar al?",
    income_hint: "Alle werkgevers samen, in euro; je flexi-teller op mycareer.be toont het. Laat leeg als je het niet weet.",
    amount_error: "Vul een bedrag in euro in, zoals 1234.56",
    check_title: "Controleer je antwoorden",
    check_submit: "Naar het resultaat",
    not_answered: "Niet beantwoord",
    short_date: "Datum van het werk",
    short_sector: "Sector",
    short_function: "Functie",
    short_pension: "Pensioen",
    short_pension_since: "Pensioen sinds",
    short_t3: "Werk in het referentiekwartaal",
    short_t4: "Werk in het kwartaal ervoor",
    short_foreign: "Werk in het buitenland",
    short_other: "Andere overeenkomst met de flexi-werkgever",
    short_notice: "Opzeg of verbrekingsvergoeding",
    short_linked: "Overeenkomst met een verbonden bedrijf",
    short_income: "Flexi-loon dit jaar",
    result_title: "Je resultaat",
    verdicts: ["Flexi-werk mag", "Flexi-werk mag niet", "Mag zodra Overseas Social Security akkoord geeft", "Er is meer informatie nodig"],
    verdict_details: [
        "Op deze datum en met deze antwoorden laten de regels een flexi-job toe.",
        "Op deze datum en met deze antwoorden laten de regels geen flexi-job toe.",
        "Je werk in het buitenland telt mee, maar de RSZ ziet het niet: vraag Overseas Social Security om een schriftelijk akkoord.",
        "Er ontbreken antwoorden die het resultaat bepalen.",
    ],
    quarter_line: "Kwartaal van het werk: {q}. Referentiekwartaal (T-3): {to}.",
    earliest: "Vroegste kwartaal waarin het wel zou mogen: {q}.",
    ceiling_left: "Belastingvrij flexi-loon dat in {q} overblijft: {amount}.",
    ceiling_amount: "Flexi-loon is belastingvrij tot {amount} in {q}, alle werkgevers samen.",
    confidence_low: "Een deel van dit resultaat steunt op één of een onbevestigde bron: zie de redenen.",
    why: "Waarom",
    outcomes: ["Voldaan", "Niet voldaan", "Let op", "Niet gekend"],
    in_force: "Van kracht vanaf {from}",
    source: "Bron",
    missing_answers: "Beantwoord de ontbrekende vragen",
    next_steps: "Volgende stappen",
    step_framework: "Vóór de eerste dag: een schriftelijke raamovereenkomst met de werkgever (partijen, hoe werk wordt aangeboden, de functie, het flexiloon, de flexi-voorwaarden).",
    step_dimona: "Vóór het werk begint, doet de werkgever een Dimona van het type FLX: per dag met begin- en einduur bij een mondelinge overeenkomst, per kwartaal hoogstens bij een schriftelijke.",
    step_time: "Bij een Dimona per kwartaal wordt elk begin en einde van het werk geregistreerd in een tijdsregistratiesysteem.",
    step_flexi_at_work: "Binnen 5 dagen na elke loonberekening stuurt de werkgever het flexiloon via Flexi at work.",
    step_mycareer: "Volg je flexi-inkomen tegenover het belastingvrije plafond op mycareer.be.",
    step_overseas: "Vraag Overseas Social Security om je werk in het buitenland na te kijken; hun akkoord geldt voor één kwartaal.",
    overseas_subject: "Flexi-job: controle van mijn werk in het buitenland in {q}",
    overseas_body: "Goedendag,\n\nIk wil een flexi-job doen in {to}. In {q} (het referentiekwartaal) werkte ik deels in het buitenland. Kunt u nagaan of ik aan de 4/5-voorwaarde voldoe en mij een schriftelijk akkoord bezorgen?\n\nNaam:\nRijksregisternummer:\nWerkgever(s) in het buitenland en periodes:\n\nDank u.",
    overseas_link: "Schrijf naar Overseas Social Security",
    rules_title: "Regels en bronnen",
    rules_intro: "Elke regel die de check toepast, met de data waarop hij geldt, hoe zeker de bronnen zijn en waar hij vandaan komt. De teksten van de regels zijn in het Engels.",
    bad_link_title: "Deze link werkt niet",
    bad_link_text: "Het adres is gewijzigd of beschadigd:",
};

pub static FR: Texts = Texts {
    language_name: "Français",
    skip_link: "Aller au contenu",
    brand_tagline: "Vérificateur de flexi-jobs pour la Belgique",
    privacy: "Tout est calculé dans votre navigateur : rien de ce que vous saisissez ne quitte cet appareil.",
    verified_until: "Règles et montants vérifiés auprès des sources jusqu'au {date}. Service non officiel ; pas un avis juridique.",
    rules_link: "Règles et sources",
    back: "Retour",
    continue_: "Continuer",
    start_again: "Recommencer",
    error_title: "Il y a un problème",
    error_prefix: "Erreur : ",
    change: "Modifier",
    optional: "(facultatif)",
    yes: "Oui",
    no: "Non",
    months: ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    start_title: "Puis-je faire un flexi-job ?",
    start_intro: "Répondez à quelques questions sur le travail, le secteur et votre situation. Vous verrez si un flexi-job est permis ce trimestre-là, quelles règles en décident et que faire ensuite.",
    start_for_whom: "Pour les travailleurs qui se vérifient eux-mêmes et pour les employeurs qui vérifient un travailleur.",
    start_button: "Commencer",
    start_not_advice: "Flexicheck n'est pas un service officiel. Il montre les règles telles que ses sources les rapportent, avec leurs dates et leur degré de certitude.",
    date_question: "Quand a lieu le flexi-travail ?",
    date_hint: "Le jour où le travail est effectué. Les règles regardent le trimestre où il tombe.",
    date_error_missing: "Indiquez la date du travail",
    date_error_bad: "Indiquez une date qui existe, par exemple 15 01 2025",
    sector_question: "Dans quel secteur se trouve le flexi-employeur ?",
    sector_hint: "Cherchez par nom de secteur, numéro de commission paritaire (CP) ou code NACE. Pour l'intérim, indiquez le secteur de l'entreprise où le travail est effectué.",
    sector_search_label: "Secteur, numéro de CP ou code NACE",
    sector_pick: "Choisir ce secteur",
    sector_none_found: "Aucun secteur trouvé. Vous pouvez aussi taper le numéro de CP, par exemple 302.",
    sector_chosen: "Choisi :",
    sector_error_missing: "Cherchez le secteur et choisissez-le",
    sector_error_bad: "Indiquez un numéro de CP comme 302 ou 118.03, ou un code NACE comme 90.011",
    function_question: "Que fera le flexi-jobiste ?",
    function_hint: "Certaines fonctions sont exclues des flexi-jobs.",
    functions: [
        "Un autre emploi (service, vente, accueil, cuisine …)",
        "Une fonction artistique, artistique-technique ou de soutien artistique",
        "Une profession des soins de santé (soins infirmiers, tâches de soins …)",
        "Pompes funèbres : une tâche de travailleur occasionnel (porteur, chauffeur, accueil …)",
        "Travail domestique",
        "Sauveteur titulaire d'un brevet de sauvetage",
        "Pêche maritime : personnel à terre ou magasinier",
    ],
    choice_error: "Choisissez une des options",
    pension_question: "Recevez-vous une pension de retraite ou de survie ?",
    pension_hint: "Anticipée ou à l'âge légal, belge ou étrangère. Le RCC et l'allocation de transition ne comptent pas.",
    pension_since_question: "Depuis quand recevez-vous la pension ?",
    pension_since_hint: "Le premier jour de la pension.",
    work_t3_question: "Entre le {from} et le {to}, combien avez-vous travaillé pour d'autres employeurs ?",
    work_t3_hint: "En pourcentage d'un temps plein ; additionnez tous les emplois chez d'autres employeurs que le flexi-employeur, en Belgique ou à l'étranger. 80 correspond à 4/5.",
    work_t4_question: "Et entre le {from} et le {to} ?",
    work_t4_hint: "Depuis 2024, passer d'un temps plein à un 4/5 exclut le flexi-travail pendant deux trimestres.",
    percent_error: "Indiquez un pourcentage de 0 à 100",
    foreign_question: "Une partie de ce travail était-elle à l'étranger, sous sécurité sociale étrangère ?",
    foreign_hint: "Par exemple comme expatrié ou travailleur frontalier.",
    other_question: "Au {q}, avez-vous un autre contrat avec le flexi-employeur ?",
    other_hint: "Un contrat de travail ordinaire ou une nomination chez le même employeur, le même trimestre.",
    other_choices: ["Non", "Oui, moins de 4/5 d'un temps plein", "Oui, 4/5 d'un temps plein ou plus"],
    notice_question: "Prestez-vous un préavis chez le flexi-employeur, ou vous paie-t-il une indemnité de rupture ?",
    notice_hint: "Le flexi-travail chez cet employeur n'est pas permis pendant un préavis ou une période couverte par une indemnité de rupture.",
    linked_question: "Avez-vous un contrat avec une société liée au flexi-employeur ?",
    linked_hint: "Une société du même groupe (art. 1:20 du Code des sociétés et des associations).",
    linked_choices: ["Non", "Oui, 4/5 ou plus mais pas à temps plein", "Oui, à temps plein"],
    income_question: "Combien de flexi-salaire avez-vous déjà reçu cette année ?",
    income_hint: "Tous employeurs confondus, en euros ; votre compteur flexi sur mycareer.be l'indique. Laissez vide si vous ne savez pas.",
    amount_error: "Indiquez un montant en euros, comme 1234.56",
    check_title: "Vérifiez vos réponses",
    check_submit: "Voir le résultat",
    not_answered: "Pas de réponse",
    short_date: "Date du travail",
    short_sector: "Secteur",
    short_function: "Fonction",
    short_pension: "Pension",
    short_pension_since: "Pension depuis",
    short_t3: "Travail au trimestre de référence",
    short_t4: "Travail au trimestre précédent",
    short_foreign: "Travail à l'étranger",
    short_other: "Autre contrat avec le flexi-employeur",
    short_notice: "Préavis ou indemnité de rupture",
    short_linked: "Contrat avec une société liée",
    short_income: "Flexi-salaire cette année",
    result_title: "Votre résultat",
    verdicts: ["Le flexi-travail est permis", "Le flexi-travail n'est pas permis", "Permis dès l'accord d'Overseas Social Security", "Il faut plus d'informations"],
    verdict_details: [
        "À cette date, avec ces réponses, les règles permettent un flexi-job.",
        "À cette date, avec ces réponses, les règles ne permettent pas de flexi-job.",
        "Votre travail à l'étranger compte, mais l'ONSS ne le voit pas : demandez un accord écrit à Overseas Social Security.",
        "Il manque des réponses qui décident du résultat.",
    ],
    quarter_line: "Trimestre du travail : {q}. Trimestre de référence (T-3) : {to}.",
    earliest: "Premier trimestre où ce serait permis : {q}.",
    ceiling_left: "Flexi-salaire exonéré restant en {q} : {amount}.",
    ceiling_amount: "Le flexi-salaire est exonéré d'impôt jusqu'à {amount} en {q}, tous employeurs confondus.",
    confidence_low: "Une partie de ce résultat repose sur une seule source ou une source non confirmée : voir les raisons.",
    why: "Pourquoi",
    outcomes: ["Rempli", "Non rempli", "Attention", "Inconnu"],
    in_force: "En vigueur depuis le {from}",
    source: "Source",
    missing_answers: "Répondez aux questions manquantes",
    next_steps: "Étapes suivantes",
    step_framework: "Avant le premier jour : un contrat-cadre écrit avec l'employeur (parties, manière de proposer le travail, fonction, flexi-salaire, conditions flexi).",
    step_dimona: "Avant le début du travail, l'employeur fait une Dimona de type FLX : par jour avec heure de début et de fin pour un contrat oral, par trimestre au plus pour un contrat écrit.",
    step_time: "Avec une Dimona trimestrielle, chaque début et fin de travail est enregistré dans un système d'enregistrement du temps.",
    step_flexi_at_work: "Dans les 5 jours de chaque calcul de paie, l'employeur transmet le flexi-salaire via Flexi at work.",
    step_mycareer: "Suivez vos revenus flexi par rapport au plafond exonéré sur mycareer.be.",
    step_overseas: "Demandez à Overseas Social Security de vérifier votre travail à l'étranger ; leur accord vaut pour un seul trimestre.",
    overseas_subject: "Flexi-job : vérification de mon travail à l'étranger au {q}",
    overseas_body: "Bonjour,\n\nJe souhaite faire un flexi-job au {to}. Au {q} (le trimestre de référence), j'ai travaillé en partie à l'étranger. Pouvez-vous vérifier si je remplis la condition des 4/5 et m'envoyer un accord écrit ?\n\nNom :\nNuméro de registre national :\nEmployeur(s) à l'étranger et périodes :\n\nMerci.",
    overseas_link: "Écrire à Overseas Social Security",
    rules_title: "Règles et sources",
    rules_intro: "Chaque règle appliquée, avec ses dates, le degré de certitude des sources et son origine. Les textes des règles sont en anglais.",
    bad_link_title: "Ce lien ne fonctionne pas",
    bad_link_text: "L'adresse a été modifiée ou endommagée :",
};

/// `{key}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (key, value) in values {
        out = out.replace(&format!("{{{key}}}"), value);
    }
    out
}

impl Texts {
    pub fn verdict(&self, verdict: Verdict) -> (&'static str, &'static str) {
        let i = match verdict {
            Verdict::Eligible => 0,
            Verdict::NotEligible => 1,
            Verdict::Conditional => 2,
            Verdict::Incomplete => 3,
        };
        (self.verdicts[i], self.verdict_details[i])
    }

    pub fn outcome(&self, outcome: Outcome) -> &'static str {
        self.outcomes[match outcome {
            Outcome::Met => 0,
            Outcome::NotMet => 1,
            Outcome::Warning => 2,
            Outcome::Unknown => 3,
        }]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_read_as_each_language_writes_them() {
        assert_eq!(Lang::En.euros("18440"), "€18,440");
        assert_eq!(Lang::Nl.euros("1234.5"), "€\u{a0}1.234,50");
        assert_eq!(Lang::Fr.euros("18440.00"), "18\u{202f}440,00\u{a0}€");
    }

    #[test]
    fn dates_and_languages() {
        let d = NaiveDate::from_ymd_opt(2025, 1, 15).unwrap();
        assert_eq!(Lang::Nl.date(d), "15 januari 2025");
        assert_eq!(Lang::Fr.date(d), "15 janvier 2025");
        assert_eq!(Lang::from_tag("nl-BE"), Lang::Nl);
        assert_eq!(Lang::from_tag("FR"), Lang::Fr);
        assert_eq!(Lang::from_tag("de"), Lang::En);
        assert_eq!(Lang::from_tag(""), Lang::En);
    }

    #[test]
    fn templates_name_the_same_placeholders_in_every_language() {
        let placeholders = |t: &str| ["{q}", "{date}", "{from}", "{to}", "{amount}"].iter().filter(|p| t.contains(*p)).count();
        let pick = |t: &Texts| [t.verified_until, t.work_t3_question, t.work_t4_question, t.other_question, t.quarter_line, t.earliest, t.ceiling_left, t.ceiling_amount, t.in_force, t.overseas_subject, t.overseas_body];
        for (en, other) in pick(&EN).iter().zip(pick(&NL)).chain(pick(&EN).iter().zip(pick(&FR))) {
            assert_eq!(placeholders(en), placeholders(other), "{en} / {other}");
        }
        assert_eq!(fill("a {q} b {q}", &[("q", "2025-Q1")]), "a 2025-Q1 b 2025-Q1");
    }
}
