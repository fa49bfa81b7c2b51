// A host page's script, as an editor would write it with the declaration file: type-checked by the tests
// (`tsc --noEmit -p embed`), never run.
import init, { assess, net, team, version, year, type Assessment, type Payslip, type Scenario, type YearAssessment, type YearRequest } from './flexicheck-embed.js';

export async function verdictFor(date: string, committee: string, t3: number): Promise<string> {
  await init();
  const scenario: Scenario = { work_date: date, sector: { joint_committee: committee }, worker: { employment_t3: t3 }, language: 'nl' };
  const assessment: Assessment = JSON.parse(assess(JSON.stringify(scenario)));
  const deciding = assessment.reasons.filter((r) => r.outcome === 'not_met').map((r) => `${r.explanation} (${r.sources.map((s) => s.title).join(', ')})`);
  const room = assessment.ceiling?.remaining ?? assessment.ceiling?.amount ?? 'n/a';
  return `${assessment.verdict} in ${assessment.quarter} (contract ${assessment.contract_version}, module ${version()}): ${deciding.join(' ')}; room ${room}`;
}

export function netPay(gross: number): string {
  const payslip: Payslip = JSON.parse(net(JSON.stringify({ date: '2026-11-15', monthly_gross: gross, worker_kind: 'white_collar' })));
  return payslip.net;
}

export function teamTable(csv: string): string {
  return team(csv, '15/01/2027', '302', 'fr');
}

export function whenTheCeilingIsReached(months: string[], pace: string): number | undefined {
  const request: YearRequest = { year: 2026, employers: [{ name: 'Brasserie', months }], expected_per_month: pace };
  const answer: YearAssessment = JSON.parse(year(JSON.stringify(request)));
  return answer.crosses_in_month;
}
