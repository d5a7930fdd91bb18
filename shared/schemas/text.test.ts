import { describe, expect, it } from 'vitest';
import { cleanLine, cleanLines, MultilineText } from './text.ts';

describe('free text cleaning', () => {
  it.each([
    ['NUL', 'a\u0000b', 'ab'],
    ['other C0 controls', 'a\u0001\u0007\u001Bb', 'ab'],
    ['DEL and C1 controls', 'a\u007F\u0085\u009Fb', 'ab'],
    ['bidirectional overrides', 'harga \u202Edaolnwod\u202C ok', 'harga daolnwod ok'],
    ['every embedding and override', '\u202A\u202B\u202C\u202D\u202Ex', 'x'],
    ['bidirectional isolates', '\u2066a\u2067b\u2068c\u2069', 'abc'],
    ['lone surrogates', 'a\uD800b\uDC00c', 'abc']
  ])('strips %s', (_, input, expected) => {
    expect(cleanLine(input)).toBe(expected);
    expect(cleanLines(input)).toBe(expected);
  });

  it('keeps newlines and tabs in multi-line text, and makes CRLF a newline', () => {
    expect(cleanLines('satu\r\ndua\rtiga\n\tempat')).toBe('satu\ndua\ntiga\n\tempat');
  });

  it('takes newlines and tabs out of one-line text', () => {
    expect(cleanLine('Siti\nRahayu\t')).toBe('SitiRahayu');
  });

  it('leaves ordinary Indonesian text, emoji, Arabic and right-to-left marks alone', () => {
    const text = 'Pelayanan cepat 👍🏽, terima kasih! Rp 50.000 — الحمد لله \u200F';
    expect(cleanLines(text)).toBe(text);
  });

  it('cleans before trimming and counting, so invisible padding is neither kept nor counted', () => {
    const schema = MultilineText().min(3).max(5);
    expect(schema.parse('\u0000 abc \u202E')).toBe('abc');
    expect(schema.safeParse('\u0000\u0000\u0000ab').success).toBe(false);
  });
});
