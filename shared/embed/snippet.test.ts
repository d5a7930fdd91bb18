import { describe, expect, it } from 'vitest';
import { embedSnippet, fallbackHref, SCORE_SIZE, themeCss } from './snippet.ts';

const origin = 'https://suara.sukamaju.go.id';

describe('embedSnippet', () => {
  it('is one deferred script tag and the element with a link to our own page inside', () => {
    expect(embedSnippet({ origin, element: 'rating', office: 'disdukcapil-sukamaju', service: 'ktp-el', lang: 'id', label: 'Beri penilaian' })).toBe(
      '<script src="https://suara.sukamaju.go.id/embed/suara.js" defer></script>\n' +
        '<suara-rating office="disdukcapil-sukamaju" service="ktp-el" lang="id">\n' +
        '  <a href="https://suara.sukamaju.go.id/nilai/disdukcapil-sukamaju?layanan=ktp-el">Beri penilaian</a>\n' +
        '</suara-rating>'
    );
  });

  it("reserves the score badge's exact size with an SVG sized by attributes, which a strict CSP allows", () => {
    const snippet = embedSnippet({ origin, element: 'score', office: 'kua-x', label: 'Kepuasan KUA' });
    expect(snippet).toContain(`<svg width="${SCORE_SIZE.width}" height="${SCORE_SIZE.height}" display="block" role="img" aria-label="Kepuasan KUA">`);
    expect(snippet).not.toContain('style');
  });

  it('leaves out what an element does not take, and escapes what it puts in', () => {
    expect(embedSnippet({ origin, element: 'track', office: 'x', service: 'y', label: 'Lacak' })).toContain('<suara-track>\n');
    expect(embedSnippet({ origin, element: 'score', office: 'x', service: 'y', label: 'a"<b>' })).not.toMatch(/service=|<b>/);
  });

  it('links each element to the page that works without JavaScript', () => {
    expect(fallbackHref({ origin, element: 'complaint', office: 'x' })).toBe(`${origin}/pengaduan/baru?kantor=x`);
    expect(fallbackHref({ origin, element: 'track', office: 'x' })).toBe(`${origin}/lacak`);
  });
});

describe('themeCss', () => {
  it('is a rule for the agency stylesheet, empty for the default theme', () => {
    expect(themeCss('rating', 'default')).toBe('');
    expect(themeCss('rating', 'green')).toBe('suara-rating {\n  --suara-accent: #0f766e;\n  --suara-link: #0f766e;\n}');
  });
});
