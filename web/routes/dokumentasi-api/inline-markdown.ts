/** A piece of a one-line Markdown text: plain words, `code`, **strong** or a [link](url). */
export type InlineSegment = { kind: 'text' | 'code' | 'strong'; text: string } | { kind: 'link'; text: string; href: string };

// The inline Markdown the API's summaries and descriptions use; anything else stays as written.
const INLINE = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(((?:https?:\/\/|\/|#)[^)\s]+)\)/g;

/** Splits a summary into segments the page renders as elements: no HTML is ever built from the text. */
export function inlineMarkdown(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > last) segments.push({ kind: 'text', text: text.slice(last, match.index) });
    const [, code, strong, label, href] = match;
    if (code !== undefined) segments.push({ kind: 'code', text: code });
    else if (strong !== undefined) segments.push({ kind: 'strong', text: strong });
    else segments.push({ kind: 'link', text: label!, href: href! });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ kind: 'text', text: text.slice(last) });
  return segments;
}
