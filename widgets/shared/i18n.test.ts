import { describe, expect, it } from 'vitest';
import { complaintMessages, trackMessages } from '../../shared/i18n/widget-forms.ts';
import { scoreMessages } from '../../shared/i18n/widget-score.ts';
import { ratingMessages } from '../../shared/i18n/widget.ts';
import { detectLang, fill, refusal } from './i18n.ts';

describe('detectLang', () => {
  it('prefers the attribute, then the page, then Indonesian', () => {
    expect(detectLang('en', 'id')).toBe('en');
    expect(detectLang(undefined, 'en-GB')).toBe('en');
    expect(detectLang('', 'EN_us')).toBe('en');
    expect(detectLang(null, '')).toBe('id');
    expect(detectLang('id-ID', 'en')).toBe('id');
  });

  it('falls back to Indonesian for a language it does not speak', () => {
    expect(detectLang('jv', 'en')).toBe('id');
  });
});

/** Every key, nested ones as `a.b`, with its value. */
function leaves(value: unknown, prefix = ''): [string, unknown][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [[prefix, value]];
  return Object.entries(value).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

describe('messages', () => {
  it.each([
    ['rating', ratingMessages],
    ['score', scoreMessages],
    ['complaint', complaintMessages],
    ['track', trackMessages]
  ] as const)('of %s are complete in both languages', (_name, messages) => {
    const id = leaves(messages.id);
    expect(leaves(messages.en).map(([key]) => key)).toEqual(id.map(([key]) => key));
    for (const [, value] of [...id, ...leaves(messages.en)]) expect(String(value).trim()).not.toBe('');
  });

  it('use the SKM scale names of PermenPANRB 14/2017 in Indonesian', () => {
    expect(ratingMessages.id.scores).toEqual(['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik']);
  });
});

describe('fill', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fill('dari {n} penilaian', { n: '1.234' })).toBe('dari 1.234 penilaian');
    expect(fill('{a} {b}', { a: 1 })).toBe('1 {b}');
  });
});

describe('refusal', () => {
  it("quotes the server's explanation after ours, or the status without one", () => {
    expect(refusal({ ok: false, reason: 'rejected', status: 422, detail: 'score: Too big' }, 'Penilaian belum terkirim:')).toBe('Penilaian belum terkirim: score: Too big');
    expect(refusal({ ok: false, reason: 'rejected', status: 400 }, 'Penilaian belum terkirim:')).toBe('Penilaian belum terkirim: HTTP 400');
  });
});
