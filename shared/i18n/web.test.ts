import { describe, expect, it } from 'vitest';
import { apiDocMessages } from './api-doc.ts';
import { citizenMessages } from './citizen.ts';
import { isMessageKey, messages, t } from './web.ts';
import { methodology } from './web-methodology.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('web messages', () => {
  it('has the same placeholders in Indonesian and English', () => {
    for (const dictionary of [messages, citizenMessages, apiDocMessages] as Record<'id' | 'en', Record<string, string>>[]) {
      for (const key of Object.keys(dictionary.id)) {
        expect(placeholders(dictionary.en[key]!), key).toEqual(placeholders(dictionary.id[key]!));
        expect(dictionary.en[key]!.trim(), key).not.toBe('');
      }
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('id', 'unit.hours', { n: '2,5' })).toBe('2,5 jam');
    expect(t('en', 'figure.resolvedOfDue', { resolved: 3 })).toBe('3 resolved of {due} due');
    expect(isMessageKey('category.pungli')).toBe(true);
    expect(isMessageKey('toString')).toBe(false);
  });

  it('explains the same figures in both languages', () => {
    expect(methodology.en.map((s) => s.id)).toEqual(methodology.id.map((s) => s.id));
    const text = JSON.stringify(methodology.id);
    for (const must of ['Wilson', '1/9', 'Kaplan–Meier', 'lebih dari X', 'jatuh tempo', '30 penilaian', 'Senin sampai Jumat', 'zona waktu']) expect(text).toContain(must);
  });
});
