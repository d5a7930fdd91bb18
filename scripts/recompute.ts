// `npm run recompute -- URL [--from YYYY-MM-DD] [--to YYYY-MM-DD]`: downloads a site's open data and prints,
// per office, the satisfaction, IKM, first-response and resolution figures computed from those files alone
// with the formulas the site itself uses (shared/metrics). Compare with the office pages for the same period
// (docs/open-data.md). Without a period: the last twelve calendar months, as the dashboard shows by default.
import { parseArgs } from 'node:util';
import { localDate } from '../shared/metrics/index.ts';
import { recomputeFigures } from '../shared/open-data/recompute.ts';
import { downloadOpenData } from './recompute/download.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' } } });
const origin = positionals[0];
if (!origin) {
  console.error('usage: npm run recompute -- URL [--from YYYY-MM-DD] [--to YYYY-MM-DD]');
  process.exit(2);
}
const to = values.to ?? localDate(Date.now(), 'Asia/Jakarta');
const from = values.from ?? lastTwelveMonthsFrom(to);
const files = await downloadOpenData(origin, { from, to });
const fixed = (value: number | null, digits = 2) => (value === null ? '-' : value.toFixed(digits));
const hours = (q: { value: number; moreThan: boolean } | null) => (q === null ? '-' : `${q.moreThan ? '>' : ''}${q.value.toFixed(1)} j/h`);

console.log(`Periode / period ${from} … ${to}; pengaduan terbuka diukur sampai / open complaints measured to ${files.created}`);
console.log(['kantor/office', 'n', 'puas/satisfied %', 'IKM', 'mutu', 'respons pertama median', 'p90', 'penyelesaian median', 'p90', 'tuntas/resolved %'].join('\t'));
for (const office of recomputeFigures(files)) {
  const { satisfaction: s, ikm, complaints: c } = office;
  const share = s.satisfiedShare === null ? null : s.satisfiedShare * 100;
  const rate = c.resolutionRate === null ? null : c.resolutionRate * 100;
  console.log(
    [
      office.officeId,
      s.responses,
      fixed(share, 1),
      fixed(ikm.ikm),
      ikm.mutu ?? '-',
      hours(c.firstResponseHours.median),
      hours(c.firstResponseHours.p90),
      hours(c.resolutionHours.median),
      hours(c.resolutionHours.p90),
      `${fixed(rate, 1)} (${c.resolved}/${c.due})`
    ].join('\t')
  );
}

function lastTwelveMonthsFrom(date: string): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 - 11;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}
