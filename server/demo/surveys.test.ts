import { describe, expect, it } from 'vitest';
import { ikm } from '../../shared/metrics/index.ts';
import { demoSurveys } from './surveys.ts';

const NOW = Date.parse('2026-05-20T10:00:00+07:00');
const surveys = demoSurveys({ now: NOW });

function officeIkm(officeId: string): number {
  const mine = surveys.filter((s) => s.officeId === officeId);
  const sums = Array<number>(9).fill(0);
  for (const s of mine) s.answers.forEach((a, i) => (sums[i] += a));
  return ikm(sums, mine.length)!.ikmRounded;
}

describe('demoSurveys', () => {
  it('gives a few thousand valid, time-sorted responses, deterministically', () => {
    expect(surveys.length).toBeGreaterThan(2_000);
    expect(surveys.length).toBeLessThan(5_000);
    expect(surveys.filter((s) => s.answers.length !== 9 || s.answers.some((a) => a < 1 || a > 4) || s.at >= NOW)).toEqual([]);
    expect(surveys.findIndex((s, i) => i > 0 && s.at < surveys[i - 1]!.at)).toBe(-1);
    expect(demoSurveys({ now: NOW }).slice(0, 20)).toEqual(surveys.slice(0, 20));
  });

  it('follows each office quality profile: the model office above the troubled ones', () => {
    expect(officeIkm('dpmptsp-sukamaju')).toBeGreaterThan(officeIkm('samsat-sukamaju'));
    expect(officeIkm('dpmptsp-sukamaju')).toBeGreaterThan(80);
    expect(officeIkm('puskesmas-sindang-wetan')).toBeLessThan(officeIkm('puskesmas-cibiru-hilir'));
  });
});
