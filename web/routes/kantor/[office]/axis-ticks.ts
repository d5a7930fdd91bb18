/**
 * Ticks of a value axis from 0, about five steps of 1, 2 or 5 × 10ⁿ as chart.js picks them (`niceNum`), so bars
 * drawn without chart.js read like the trend chart beside them: 0–3.000 by 500, 0–100 by 20. Whole numbers only.
 */
export function axisTicks(largest: number, max?: number): number[] {
  const top = max ?? Math.max(largest, 1);
  const step = Math.max(1, niceNumber(top / 5));
  const end = max ?? Math.ceil(top / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= end; tick += step) ticks.push(tick);
  return ticks;
}

function niceNumber(value: number): number {
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const fraction = value / magnitude;
  return (fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10) * magnitude;
}
