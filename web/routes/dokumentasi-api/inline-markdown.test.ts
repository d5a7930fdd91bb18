import { describe, expect, it } from 'vitest';
import { inlineMarkdown } from './inline-markdown.ts';

describe('inlineMarkdown', () => {
  it('turns backticks into code, not literal backticks', () => {
    expect(inlineMarkdown('Invalid input; `errors` names each field')).toEqual([
      { kind: 'text', text: 'Invalid input; ' },
      { kind: 'code', text: 'errors' },
      { kind: 'text', text: ' names each field' }
    ]);
  });

  it('knows bold and links, and leaves HTML as text', () => {
    expect(inlineMarkdown('**Wajib** lihat [metodologi](/metodologi) <b>')).toEqual([
      { kind: 'strong', text: 'Wajib' },
      { kind: 'text', text: ' lihat ' },
      { kind: 'link', text: 'metodologi', href: '/metodologi' },
      { kind: 'text', text: ' <b>' }
    ]);
  });

  it('does not link javascript: URLs', () => {
    expect(inlineMarkdown('[x](javascript:alert(1))')).toEqual([{ kind: 'text', text: '[x](javascript:alert(1))' }]);
  });
});
