import { describe, expect, it } from 'vitest';
import { embedMessages, embedT } from './embed.ts';

describe('embed page messages', () => {
  it('are complete in English too, none empty', () => {
    expect(Object.keys(embedMessages.en).sort()).toEqual(Object.keys(embedMessages.id).sort());
    for (const lang of ['id', 'en'] as const) for (const text of Object.values(embedMessages[lang])) expect(text.trim()).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(embedT('id', 'kiosk.pending', { n: 3 })).toBe('3 penilaian menunggu dikirim');
    expect(embedT('en', 'poster.service', { service: 'KTP-el' })).toBe('Service: KTP-el');
  });
});
