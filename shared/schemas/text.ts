import { z } from 'zod';

// C0 and C1 control characters (NUL among them), bidirectional embeddings and overrides (U+202A–U+202E) and isolates
// (U+2066–U+2069), which can make a comment read backwards on a staff screen, and UTF-16 halves without their pair.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.source;
const IN_ONE_LINE = new RegExp(`[\\u0000-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]|${LONE_SURROGATE}`, 'g');
// The same but for tab and newline (U+0009, U+000A); a carriage return has been made a newline before.
const IN_LINES = new RegExp(`[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]|${LONE_SURROGATE}`, 'g');

/** Free text with the invisible and layout-changing characters taken out; one line (names, search words). */
export function cleanLine(text: string): string {
  return text.replace(IN_ONE_LINE, '');
}

/** Free text of several lines (comments, descriptions, messages): newlines and tabs stay, CRLF becomes LF. */
export function cleanLines(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(IN_LINES, '');
}

/** A one-line free-text field: cleaned, then trimmed (further checks chain on). */
export const LineText = () => z.string().overwrite(cleanLine).trim();

/** A multi-line free-text field: cleaned, then trimmed (further checks chain on). */
export const MultilineText = () => z.string().overwrite(cleanLines).trim();
