// SKM periods as agencies name them: a year `2026`, a semester `2026-S1`, a quarter `2026-Q3`, a month `2026-11`.

export type SkmPeriod = { label: string; kind: 'year' | 'semester' | 'quarter' | 'month'; year: number; index: number; from: string; to: string };

const PATTERN = /^(\d{4})(?:-(S[12]|Q[1-4]|(0[1-9]|1[0-2])))?$/;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The dates of a period label, or undefined when it is not one (years 2000–2099). */
export function parseSkmPeriod(label: string): SkmPeriod | undefined {
  const match = PATTERN.exec(label.trim().toUpperCase());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 2000 || year > 2099) return undefined;
  const part = match[2];
  let kind: SkmPeriod['kind'] = 'year';
  let first = 1;
  let months = 12;
  let index = 1;
  if (part?.startsWith('S')) [kind, index, months] = ['semester', Number(part[1]), 6];
  else if (part?.startsWith('Q')) [kind, index, months] = ['quarter', Number(part[1]), 3];
  else if (part) [kind, index, months] = ['month', Number(part), 1];
  if (kind !== 'year') first = (index - 1) * months + 1;
  const lastMonth = first + months - 1;
  return {
    label: part ? `${year}-${part}` : String(year),
    kind,
    year,
    index,
    from: `${year}-${pad(first)}-01`,
    to: `${year}-${pad(lastMonth)}-${pad(lastDay(year, lastMonth))}`
  };
}

/** The period of the same kind that contains a local date `YYYY-MM-DD`. */
export function periodContaining(date: string, kind: SkmPeriod['kind']): SkmPeriod {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  const label = {
    year,
    semester: `${year}-S${month <= 6 ? 1 : 2}`,
    quarter: `${year}-Q${Math.ceil(month / 3)}`,
    month: date.slice(0, 7)
  }[kind];
  return parseSkmPeriod(label)!;
}

/** Period labels to offer in a picker, newest first: years, semesters, quarters and months back to `sinceYear`. */
export function recentPeriods(today: string, sinceYear: number): SkmPeriod[] {
  const out: SkmPeriod[] = [];
  for (let year = Number(today.slice(0, 4)); year >= sinceYear; year--) {
    const labels = [String(year), `${year}-S2`, `${year}-S1`, `${year}-Q4`, `${year}-Q3`, `${year}-Q2`, `${year}-Q1`];
    for (let m = 12; m >= 1; m--) labels.push(`${year}-${pad(m)}`);
    for (const label of labels) {
      const period = parseSkmPeriod(label)!;
      if (period.from <= today) out.push(period);
    }
  }
  return out;
}
