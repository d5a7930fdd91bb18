import { describe, expect, it } from 'vitest';
import { widgetMessages } from '../../shared/i18n/widget.ts';
import { detectLang, failureMessage, messagesFor } from './i18n.ts';

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

describe('messages', () => {
  it('are complete in both languages', () => {
    const keys = Object.keys(widgetMessages.id).sort();
    expect(Object.keys(widgetMessages.en).sort()).toEqual(keys);
    for (const lang of ['id', 'en'] as const) {
      for (const value of Object.values(messagesFor(lang))) expect(String(value).trim()).not.toBe('');
      expect(messagesFor(lang).scores).toHaveLength(4);
    }
  });

  it('use the SKM scale names of PermenPANRB 14/2017 in Indonesian', () => {
    expect(messagesFor('id').scores).toEqual(['Tidak Baik', 'Kurang Baik', 'Baik', 'Sangat Baik']);
  });
});

describe('failureMessage', () => {
  const t = messagesFor('id');

  it("quotes the server's explanation of a rejection", () => {
    expect(failureMessage({ ok: false, reason: 'rejected', status: 422, detail: 'score: Too big' }, t)).toBe(
      'Penilaian belum terkirim: score: Too big'
    );
    expect(failureMessage({ ok: false, reason: 'rejected', status: 400 }, t)).toBe('Penilaian belum terkirim: HTTP 400');
  });

  it('has its own words for the connection and the server', () => {
    expect(failureMessage({ ok: false, reason: 'network' }, t)).toBe(t.errorNetwork);
    expect(failureMessage({ ok: false, reason: 'timeout' }, t)).toBe(t.errorTimeout);
    expect(failureMessage({ ok: false, reason: 'server', status: 503 }, messagesFor('en'))).toBe(messagesFor('en').errorServer);
  });
});
