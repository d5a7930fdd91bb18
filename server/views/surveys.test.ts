import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../shared/metrics/index.ts';
import type { StoredEvent, SurveySubmitted } from '../store/events.ts';
import { SurveyTally } from './surveys.ts';

const stored = (event: object, seq = 1) => ({ ...event, seq, hash: 'x' }) as StoredEvent;
const survey = (at: string, extra: Partial<SurveySubmitted> = {}): SurveySubmitted => ({
  type: 'survey.submitted',
  at: Date.parse(at),
  officeId: 'kantor',
  elementSet: 'permenpan-14-2017',
  answers: [4, 4, 4, 4, 4, 4, 4, 4, 1],
  channel: 'web',
  ...extra
});
const day = dayNumber;

describe('SurveyTally', () => {
  it('buckets by the local day of the office, or by the date an imported response gives', () => {
    const tally = new SurveyTally(() => 'Asia/Jayapura');
    // 2026-03-31T16:30Z is already 1 April in Jayapura (UTC+9).
    tally.apply(stored(survey('2026-03-31T16:30:00Z', { respondent: { gender: 'P' } })), (t) => t);
    tally.apply(stored(survey('2026-11-25T03:00:00Z', { channel: 'import', date: '2019-02-03', importKey: 'k1' })), (t) => t);
    const april = tally.byService('kantor', 'permenpan-14-2017', 9, day('2026-04-01'), day('2026-04-01')).get('')!;
    expect(april).toMatchObject({ responses: 1, imported: 0 });
    expect(april.sums).toEqual([4, 4, 4, 4, 4, 4, 4, 4, 1]);
    expect(tally.byService('kantor', 'permenpan-14-2017', 9, day('2019-01-01'), day('2019-12-31')).get('')).toMatchObject({ responses: 1, imported: 1 });
    expect(tally.hasImportKey('k1')).toBe(true);
    expect(tally.hasImportKey('k2')).toBe(false);
  });

  it('counts a historical tally only in periods that contain all of it', () => {
    const tally = new SurveyTally(() => 'Asia/Jakarta');
    tally.apply(
      stored({
        type: 'survey.tallied',
        at: 0,
        officeId: 'kantor',
        serviceId: 'ktp',
        elementSet: 'permenpan-14-2017',
        from: '2024-01-01',
        to: '2024-06-30',
        responses: 10,
        sums: Array(9).fill(30),
        importKey: 't'
      }),
      (t) => t
    );
    const count = (from: string, to: string) => tally.byService('kantor', 'permenpan-14-2017', 9, day(from), day(to)).get('ktp')?.responses ?? 0;
    expect(count('2024-01-01', '2024-12-31')).toBe(10);
    expect(count('2024-01-01', '2024-06-30')).toBe(10);
    expect(count('2024-01-01', '2024-03-31')).toBe(0);
    expect(tally.talliesIn('kantor', 'permenpan-14-2017', day('2024-01-01'), day('2024-12-31'))).toHaveLength(1);
  });

  it('keeps masked comments, newest first, a bounded number per month', () => {
    const tally = new SurveyTally(() => 'Asia/Jakarta');
    for (let i = 0; i < 50; i++)
      tally.apply(stored(survey(`2026-05-${String(1 + (i % 28)).padStart(2, '0')}T03:00:00Z`, { comment: `saran ${i} 081234567890` })), (t) => t.replace(/\d{10,}/, '[nomor]'));
    const comments = tally.comments('kantor', day('2026-05-01'), day('2026-05-31'), 100);
    expect(comments).toHaveLength(40);
    expect(comments[0]!.text).toBe('saran 27 [nomor]');
    expect(comments.every((c, i) => i === 0 || comments[i - 1]!.day >= c.day)).toBe(true);
    expect(tally.byService('kantor', 'permenpan-14-2017', 9, day('2026-05-01'), day('2026-05-31')).get('')!.comments).toBe(50);
  });
});
