// A team as a social secretariat's export holds it, for the benchmarks: every answer varied (pension
// and its date, work in T-3 and T-4, functions, other contracts, foreign work, pay so far), from a fixed
// sequence so that every run checks the same team. `node scripts/varied-team.mjs 100000 > team.csv`
// writes one with `;` as Belgian Excel does; the browser benchmark pastes one with tabs.
export function variedTeam(workers, separator = ';') {
  let seed = 42n;
  const next = (n) => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) & 0xffffffffffffffffn;
    return Number((seed >> 33n) % BigInt(n));
  };
  const pick = (options) => options[next(options.length)];
  const rows = [['Name', 'Function', 'Pension', 'Pension since', 'Work in T-3 (%)', 'Work in T-4 (%)', 'Work abroad in T-3', 'Other contract with us', 'Notice with us', 'Contract in a linked company', 'Flexi pay so far this year']];
  for (let i = 0; i < workers; i++) {
    const pension = next(5) === 0;
    const since = pension ? `${String(1 + next(28)).padStart(2, '0')}/${String(1 + next(12)).padStart(2, '0')}/${2016 + next(10)}` : '';
    const pay = `${next(20)}.${String(next(1000)).padStart(3, '0')},${String(next(100)).padStart(2, '0')}`;
    rows.push([`worker ${i}`, pick(['general', 'algemeen', 'artistic', 'care']), pension ? 'yes' : 'no', since, pick(['100', '80%', '4/5', '50', '?', '0', '90', '85,5']), pick(['100', '80', '', '60']),
      next(20) === 0 ? 'yes' : 'no', pick(['none', 'geen', 'below 4/5', '4/5 or more']), next(30) === 0 ? 'yes' : 'no', pick(['none', '?', 'full time']), pay]);
  }
  return rows.map((r) => r.join(separator)).join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) process.stdout.write(variedTeam(Number(process.argv[2] ?? 10000)));
