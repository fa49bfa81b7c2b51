// Types of the Flexicheck embed module (flexicheck-embed.js) and of its JSON contract, version 1.3.0
// (CHANGELOG.md). The functions take and give JSON *text*: JSON.stringify the request, JSON.parse the
// answer as one of these types. Fields may be added in later versions, never renamed.

/** Loads the WebAssembly module (beside this file); call once, before anything else. */
export default function init(module_or_path?: unknown): Promise<unknown>;

/** One scenario (`JSON.stringify(scenario: Scenario)`) in, its `Assessment` as JSON text out. Throws an Error naming the field. */
export function assess(scenario_json: string): string;
/** One month's payslip of an ordinary job: a `NetRequest` as JSON text in, a `Payslip` as JSON text out. */
export function net(request_json: string): string;
/** A whole team: the team's CSV text, the date (15/01/2027 or 2027-01-15) and the sector (302, 84.110) in, the same table with every worker's answer (CSV text) out. */
export function team(csv: string, date: string, sector: string, lang?: Language): string;
/** A worker's flexi year: a `YearRequest` as JSON text in, a `YearAssessment` as JSON text out. */
export function year(request_json: string): string;
/** The contract's version, e.g. "1.3.0" (also in every Assessment as `contract_version`). */
export function version(): string;

export type Language = 'en' | 'nl' | 'fr' | 'de';
/** A calendar day, "YYYY-MM-DD". */
export type Day = string;
/** An amount or a number as a decimal string: "1234.56" (never a float). */
export type Decimal = string;
/** A number the pay may give either way: a JSON number or a decimal string ("12.0014"). */
export type Amount = Decimal | number;
export type Confidence = 'low' | 'medium' | 'high';

export interface Scenario {
  /** Required: the day of the flexi work; it fixes quarter T. */
  work_date: Day;
  sector?: {
    /** "302", "302.00", "118.03", "PC 200", "SCP 140.01" */
    joint_committee?: string;
    /** The employer's RSZ main NACE-BEL code: "90.011", "85531" */
    nace?: string;
    function?: 'general' | 'artistic' | 'care_profession' | 'funeral_occasional' | 'domestic_worker' | 'lifeguard' | 'sea_fishing_shore';
    via_temp_agency?: boolean;
    community?: 'flemish' | 'french' | 'german_speaking';
    public_employer?: boolean;
  };
  worker?: {
    pensioner_since?: Day;
    /** Share of a full-time job with other employers in T-3, 0 to 1 (0.8 = 4/5). */
    employment_t3?: number;
    employment_t4?: number;
    employment_t5?: number;
    foreign_employment_t3?: boolean;
    flexi_income_this_year?: Decimal;
  };
  flexi_employer?: {
    other_contract_this_quarter?: 'none' | 'below_four_fifths' | 'four_fifths_or_more';
    notice_or_severance?: boolean;
    notice_or_severance_until?: Day;
    linked_company_contract?: 'none' | 'four_fifths' | 'full_time';
    agency_user_is_own_employer?: boolean;
  };
  /** Asks for the comparison of flexi, extra, student and ordinary employee. */
  pay?: {
    hourly_wage?: Amount;
    hours_per_day?: Amount;
    worker_kind?: WorkerKind;
    flexi_hourly_wage?: Amount;
    student_hourly_wage?: Amount;
    withholding_rate?: Amount;
    extra_days_used?: Amount;
    employer_extra_days_used?: Amount;
    student_hours_used?: Amount;
    employer_contribution_rate?: Amount;
    extra_hourly_forfait?: Amount;
    days_per_month?: Amount;
    main_monthly_gross?: Amount;
    family?: Family;
  };
  /** The language of the explanations and source titles (default English). */
  language?: Language;
}

export type WorkerKind = 'manual' | 'white_collar';
export interface Family { partner?: 'none' | 'with_income' | 'without_income'; children?: number }

/** A source as a link: its title in the asked language where the publisher has one. */
export interface SourceRef { id: string; title: string; publisher: string; url: string; kind: 'official' | 'professional' | 'press' | 'third_party' }

export interface Reason {
  rule: string;
  outcome: 'met' | 'not_met' | 'warning' | 'unknown';
  explanation: string;
  /** The sources in words. */
  source: string;
  sources: SourceRef[];
  valid_from: Day;
  valid_until?: Day;
  confidence: Confidence;
}

export interface Assessment {
  verdict: 'eligible' | 'not_eligible' | 'conditional' | 'incomplete';
  /** Quarter T, "2026-Q1". */
  quarter: string;
  /** T-3, "2025-Q2". */
  reference_quarter: string;
  confidence: Confidence;
  reasons: Reason[];
  /** Scenario fields still needed, e.g. "worker.employment_t3". */
  missing: string[];
  /** When `conditional`: what must hold. */
  conditions?: { rule: string; text: string }[];
  earliest_eligible_quarter?: string;
  earliest_eligible_note?: string;
  ceiling?: { year: number; amount: Decimal; remaining?: Decimal; confidence: Confidence; source: string; sources: SourceRef[] };
  comparison?: RegimeCost[];
  rules_verified_until: Day;
  contract_version: string;
}

export interface Component {
  name: string;
  side: 'employer' | 'worker';
  base_per_hour: Decimal;
  rate?: Decimal;
  amount_per_hour: Decimal;
  explanation: string;
  source: string;
  sources: SourceRef[];
  valid_from: Day;
  valid_until?: Day;
  confidence: Confidence;
}

export interface RegimeCost {
  regime: 'flexi' | 'extra' | 'student' | 'ordinary';
  available: boolean;
  why_not?: string;
  gross_per_hour?: Decimal;
  employer_cost_per_hour?: Decimal;
  worker_net_per_hour?: Decimal;
  employer_cost_per_shift?: Decimal;
  worker_net_per_shift?: Decimal;
  components: Component[];
  notes: string[];
  confidence: Confidence;
  worker_net_per_hour_after_tax?: Decimal;
}

export interface NetRequest { date: Day; monthly_gross: Amount; worker_kind?: WorkerKind; family?: { partner?: 'none' | 'with_income' | 'without_income'; children?: Amount }; language?: Language }

export interface Payslip {
  monthly_gross: Decimal;
  social_contribution: Decimal;
  work_bonus: Decimal;
  taxable: Decimal;
  withholding: Decimal;
  special_social_contribution: Decimal;
  net: Decimal;
  fiscal_work_bonus: Decimal;
  components: { name: string; amount: Decimal; rate?: Decimal; base?: Decimal; explanation: string; source: string; sources: SourceRef[]; valid_from: Day; valid_until?: Day; confidence: Confidence }[];
  confidence: Confidence;
  warnings?: string[];
}

/** A worker's flexi pay of a year, per employer and month as the payslips show it (flexi wage with its flexi holiday pay). */
export interface YearRequest {
  year: number | string;
  /** "retired": at the legal age or after 45 career years; "early": before it (the pension's own limit applies). */
  pension?: 'none' | 'retired' | 'early';
  employers?: { name?: string; months?: (Amount | null)[]; so_far?: Amount }[];
  /** The last month the figures cover (1–12); by default the last month with a payslip given. */
  through_month?: number | string;
  expected_per_month?: Amount;
  main_monthly_gross?: Amount;
  worker_kind?: WorkerKind;
  family?: { partner?: 'none' | 'with_income' | 'without_income'; children?: Amount };
  language?: Language;
}

export interface YearAssessment {
  year: number;
  counted: string;
  through_month: number;
  so_far: Decimal;
  months: { month: number; pay: Decimal; expected: boolean; running_total: Decimal }[];
  projected_total: Decimal;
  limit?: { kind: 'tax_free_ceiling' | 'early_pension_limit'; amount: Decimal; confidence: Confidence; source: string; sources: SourceRef[] };
  limit_note: string;
  room_left?: Decimal;
  crosses_in_month?: number;
  excess?: Decimal;
  tax_on_excess?: { amount: Decimal; main_monthly_gross: Decimal; note: string };
  contract_version: string;
}
