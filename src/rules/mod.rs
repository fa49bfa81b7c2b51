//! The Flexicheck rules engine: pure Rust, no Leptos, no web-sys.
//!
//! The web app, the command-line interface and the tests all call [`assess`]; nothing else
//! decides a rule. Every amount and date carries its source (see `../shared/reference`).

pub mod catalogue;
pub mod changes;
pub mod committees;
pub mod contract;
pub mod dated;
pub mod directory;
pub mod eligibility;
pub mod fnv;
pub mod formalities;
pub mod ftl;
pub mod language;
pub mod law_status;
pub mod money;
pub mod msg;
pub mod payslip;
pub mod sectors;
pub mod sources;
pub mod staffing;
pub mod year;
pub mod quarter;

pub use contract::{assess, assess_json, net_json, Assessment, Outcome, Reason, Scenario, ScenarioError, Verdict};
pub use language::{Language, Tr};
pub use quarter::{parse_date, DateError, Quarter};
