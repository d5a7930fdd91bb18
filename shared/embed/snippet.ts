// The copy-and-paste snippets of /sematkan (and of the README): one script tag, one element, and inside it a
// plain link to our own page, which is what visitors without JavaScript (or before the script arrives) get.
// Pure string building, shared by the page and the tests.

export type EmbedElement = 'rating' | 'score' | 'complaint' | 'track';
export type EmbedTheme = 'default' | 'green' | 'red' | 'dark';

export type SnippetOptions = {
  /** Where Suara Layanan runs, e.g. `https://suara.sukamaju.go.id`. */
  origin: string;
  element: EmbedElement;
  office: string;
  service?: string;
  lang?: 'id' | 'en';
  /** The words of the fallback link (the office's name, in the snippet's language). */
  label: string;
};

/** Size of `<suara-score>` in px, fixed so that the page never shifts; its fallback reserves exactly this. */
export const SCORE_SIZE = { width: 320, height: 96 } as const;

/** CSS custom properties per theme: the documented theming API of the widgets (widgets/README.md). */
export const THEMES: Record<EmbedTheme, Record<string, string>> = {
  default: {},
  green: { '--suara-accent': '#0f766e', '--suara-link': '#0f766e' },
  red: { '--suara-accent': '#b42318', '--suara-link': '#b42318' },
  dark: { '--suara-accent': '#93c5fd', '--suara-accent-text': '#0b1220', '--suara-link': '#93c5fd', '--suara-text': '#e5e7eb', '--suara-bg': '#111827', '--suara-border': '#374151' }
};

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Where the fallback link of each element leads on our own site. */
export function fallbackHref({ origin, element, office, service }: Pick<SnippetOptions, 'origin' | 'element' | 'office' | 'service'>): string {
  const path = {
    rating: `/nilai/${office}${service ? `?layanan=${service}` : ''}`,
    score: `/kantor/${office}`,
    complaint: `/pengaduan/baru?kantor=${office}`,
    track: '/lacak'
  }[element];
  return `${origin}${path}`;
}

/** The HTML to paste: the script (deferred, so it never holds up the page) and the element with its fallback. */
export function embedSnippet(options: SnippetOptions): string {
  const { origin, element, office, service, lang } = options;
  const tag = `suara-${element}`;
  const attributes = [
    element !== 'track' && `office="${escape(office)}"`,
    service && (element === 'rating' || element === 'complaint') && `service="${escape(service)}"`,
    lang && `lang="${lang}"`
  ].filter(Boolean);
  const href = escape(fallbackHref(options));
  const label = escape(options.label);
  // The score's fallback is an SVG of the badge's exact size (width/height attributes, not CSS, which a strict CSP
  // would block), so nothing moves when the script replaces it.
  const inner =
    element === 'score'
      ? `<a href="${href}"><svg width="${SCORE_SIZE.width}" height="${SCORE_SIZE.height}" display="block" role="img" aria-label="${label}"><text x="14" y="54" font-family="system-ui, sans-serif" font-size="15" fill="#1d4ed8">${label} →</text></svg></a>`
      : `<a href="${href}">${label}</a>`;
  return `<script src="${escape(origin)}/embed/suara.js" defer></script>\n<${tag} ${attributes.join(' ')}>\n  ${inner}\n</${tag}>`.replace(`<${tag} >`, `<${tag}>`);
}

/** The stylesheet rule a theme needs on the agency's own site (its CSS file, as a strict CSP wants). */
export function themeCss(element: EmbedElement, theme: EmbedTheme): string {
  const properties = Object.entries(THEMES[theme]);
  if (properties.length === 0) return '';
  return `suara-${element} {\n${properties.map(([name, value]) => `  ${name}: ${value};`).join('\n')}\n}`;
}
