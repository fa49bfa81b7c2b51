//! Which joint committees (paritaire comités / commissions paritaires) exist, and how people write
//! their numbers. A number that names no committee gets a clear message, never a verdict: "999" is
//! not a closed sector, it is a typing mistake.
//!
//! The list is FOD WASO's: it fixes the code list of joint committees that RSZ uses in the DmfA
//! (KSZ-BCSS data-warehouse variable "Paritair comité / Commission paritaire") and publishes the
//! existing (sub-)committees on minimumlonen.be. The stored copies of those pages could not be read in
//! full, so the numbers below are those of FOD WASO's collective-agreement database, every
//! committee that deposited an agreement between January 2018 and February 2020, plus committees that
//! the flexi-job sources name (sector table) and the first rows of the KSZ-BCSS list (101, 102).
//! A committee that deposited nothing in that window may be missing: the README says so, and a
//! missing committee is refused with a message that asks the user to check, never judged.

/// The official list: FOD WASO's code list of joint committees (as KSZ-BCSS publishes it) and its
/// overview of existing (sub-)committees on minimumlonen.be (see `sources`).
pub const LIST_CITATION: &str = "FOD WASO's list of joint committees [KSZ-PC] [ML-PC]";

/// Joint committees ("302") and sub-committees ("140.01") known to exist.
const JOINT_COMMITTEES: &[&str] = &[
    "100", "101", "102", "102.01", "102.02", "102.03", "102.04", "102.05", "102.06", "102.07", "102.08", "102.09", "104", "105",
    "106", "106.01", "106.02", "106.03", "107", "109", "110", "111", "112", "113", "113.04", "114", "115", "116", "117", "118",
    "119", "120", "120.01", "120.02", "120.03", "121", "124", "125", "125.01", "125.02", "125.03", "126", "127", "128", "129", "130",
    "132", "133", "136", "139", "140", "140.01", "140.02", "140.03", "140.04", "142", "142.01", "142.02", "142.03", "142.04", "143",
    "144", "145", "146", "148", "149", "149.01", "149.02", "149.03", "149.04", "152", "152.01", "152.02", "200", "201", "202",
    "202.01", "203", "207", "209", "210", "211", "214", "215", "216", "217", "219", "220", "221", "222", "223", "224", "225",
    "225.01", "225.02", "226", "227", "301", "301.01", "301.02", "301.05", "302", "303", "303.01", "303.03", "304", "306", "307",
    "309", "310", "311", "312", "313", "314", "315", "315.01", "315.02", "315.03", "316", "317", "318", "318.01", "318.02", "319",
    "319.01", "319.02", "320", "321", "322", "322.01", "323", "324", "325", "326", "327", "327.01", "327.02", "327.03", "328",
    "328.01", "328.02", "328.03", "329", "329.01", "329.02", "329.03", "330", "331", "332", "333", "336", "337", "340", "341",
    // Named by the flexi-job sources (sector table): the food-industry sub-sectors opened in 2018 and
    // 2024, and the removals and parks-and-gardens sub-committees.
    "118.03", "118.07", "118.08", "118.09", "118.10", "118.11", "118.12", "118.14", "118.21", "118.22", "140.05", "145.04",
];

/// Committees whose every sub-committee the flexi sources treat alike ("all sub-committees of the
/// food trade"): a sub-committee number under them is read even when the list above lacks it.
const FAMILIES: &[&str] = &["119", "144", "145"];

/// Why a committee number cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommitteeError {
    /// Not written as a committee number at all.
    NotANumber(String),
    /// Well written, but no such joint committee exists.
    Unknown(String),
    /// A sub-committee not on the list, under an existing committee.
    UnknownSubCommittee { sub: String, committee: String },
}

impl std::fmt::Display for CommitteeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CommitteeError::NotANumber(text) => write!(
                f,
                "\"{text}\" is not a joint committee number: write three digits, with a two-digit sub-committee if any, for example 302 or 118.03"
            ),
            CommitteeError::Unknown(code) => {
                write!(f, "there is no joint committee {code}: check the number on the payslip or the contract")
            }
            CommitteeError::UnknownSubCommittee { sub, committee } => write!(
                f,
                "there is no sub-committee {sub} on the official list: check the number on the payslip or the contract, or give joint committee {committee}"
            ),
        }
    }
}

/// Reads a committee as payroll software and people write it — "302", "302.00", "PC 302", "CP302",
/// "PSC 140.01", "SCP 140.01" — as the committee it names ("302", "140.01"), and refuses a number
/// that names none.
pub fn read_committee(text: &str) -> Result<String, CommitteeError> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let bare = ["PSC", "SCP", "PC", "CP", "PK", "JC"].iter().find_map(|p| compact.strip_prefix(p)).unwrap_or(&compact);
    let (main, sub) = match bare.split_once('.') {
        Some((main, sub)) => (main, Some(sub)),
        None => (bare, None),
    };
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(main, 3) || sub.is_some_and(|s| !digits(s, 2)) {
        return Err(CommitteeError::NotANumber(text.chars().filter(|c| !c.is_control()).take(30).collect()));
    }
    // ".00" is how payroll software writes a committee without a sub-committee.
    let code = match sub {
        None | Some("00") => main.to_string(),
        Some(sub) => format!("{main}.{sub}"),
    };
    if JOINT_COMMITTEES.contains(&code.as_str()) || (sub.is_some() && FAMILIES.contains(&main)) {
        Ok(code)
    } else if sub.is_some() && exists(main) {
        Err(CommitteeError::UnknownSubCommittee { sub: code, committee: main.to_string() })
    } else {
        Err(CommitteeError::Unknown(code))
    }
}

/// Whether a text is written as a committee number (known or not), rather than as a NACE code.
pub fn looks_like_committee(text: &str) -> bool {
    !matches!(read_committee(text), Err(CommitteeError::NotANumber(_)))
}

/// Whether the list names this committee or sub-committee.
pub fn exists(code: &str) -> bool {
    JOINT_COMMITTEES.contains(&code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_forms_payroll_software_writes_name_the_same_committee() {
        for form in ["302", "302.00", "PC 302", "pc302", "CP 302", "CP 302.00", " 302 "] {
            assert_eq!(read_committee(form).as_deref(), Ok("302"), "{form}");
        }
        for form in ["140.01", "PSC 140.01", "SCP 140.01", "psc140.01", "PC 140.01"] {
            assert_eq!(read_committee(form).as_deref(), Ok("140.01"), "{form}");
        }
        assert_eq!(read_committee("119.01").as_deref(), Ok("119.01"), "every food-trade sub-committee");
    }

    #[test]
    fn numbers_that_name_no_committee_are_refused_with_a_reason() {
        assert_eq!(read_committee("999"), Err(CommitteeError::Unknown("999".into())));
        assert_eq!(read_committee("999").unwrap_err().to_string(), "there is no joint committee 999: check the number on the payslip or the contract");
        assert_eq!(read_committee("300"), Err(CommitteeError::Unknown("300".into())), "300 is the National Labour Council");
        assert_eq!(read_committee("302.05"), Err(CommitteeError::UnknownSubCommittee { sub: "302.05".into(), committee: "302".into() }));
        assert!(matches!(read_committee("118.3"), Err(CommitteeError::NotANumber(_))));
        assert!(matches!(read_committee("30"), Err(CommitteeError::NotANumber(_))));
        assert!(matches!(read_committee("PC"), Err(CommitteeError::NotANumber(_))));
    }

    #[test]
    fn the_list_is_well_formed_and_each_sub_committee_has_its_committee() {
        for (i, code) in JOINT_COMMITTEES.iter().enumerate() {
            assert_eq!(read_committee(code).as_deref(), Ok(*code), "{code}");
            assert!(!JOINT_COMMITTEES[..i].contains(code), "{code} twice");
            if let Some((main, _)) = code.split_once('.') {
                assert!(exists(main), "{code} without {main}");
            }
        }
        assert_eq!(super::super::sources::cited(LIST_CITATION).len(), 2);
    }
}
