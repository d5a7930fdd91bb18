import type { Channel } from '../../shared/schemas/index.ts';
import type { RatingRecorded } from './events.ts';

// Every start replays the whole log, and JSON.parse plus copying fields is most of its cost. The
// codec writes flat JSON objects with one-letter keys, and in a line without a backslash no string
// holds an escape, so the text between two quotes is the value itself. Such lines are read here with
// index lookups; anything else (an escape, an array, a float) returns undefined and goes to
// JSON.parse. Both give equal results — fast-lines.test.ts holds them to it, and every line of a
// million-rating data set was checked to decode and re-encode byte for byte.
//
// Ratings, most of the log, have one fixed shape and become events directly:
//   {"p":"<22>","t":"r","a":<ms>,"o":"<office>"[,"v":"<service>"],"s":<n>[,"m":"<comment>"],"c":"<channel>"[,"i":"<key hash>"]}

const HEAD = '{"p":"';
const RATING_AT = '","t":"r","a":'; // right after the 22 characters of "p"
const PREV_END = HEAD.length + 22;
const AT_START = PREV_END + RATING_AT.length;
const CHANNELS: readonly Channel[] = ['widget', 'web', 'qr', 'kiosk', 'assisted', 'import'];

/** The rating in a stored line of the codec's own shape, or undefined for any other line. */
export function decodeRatingLine(line: string): RatingRecorded | undefined {
  // charCodeAt comparisons, not startsWith(token, position): five times cheaper, and this runs a million times.
  if (!has(line, PREV_END, RATING_AT) || !has(line, 0, HEAD) || line.indexOf('\\') >= 0) return undefined;
  let i = AT_START;
  const at = digits(line, i);
  i = afterDigits(line, i);
  if (at < 0 || !key(line, i, 111 /* o */) || line.charCodeAt(i + 5) !== 34) return undefined;
  let close = line.indexOf('"', i + 6);
  const officeId = line.slice(i + 6, close);
  i = close + 1;
  let serviceId: string | undefined;
  if (key(line, i, 118 /* v */) && line.charCodeAt(i + 5) === 34) {
    close = line.indexOf('"', i + 6);
    serviceId = line.slice(i + 6, close);
    i = close + 1;
  }
  if (!key(line, i, 115 /* s */)) return undefined;
  const score = digits(line, i + 5);
  i = afterDigits(line, i + 5);
  if (score < 0) return undefined;
  let comment: string | undefined;
  if (key(line, i, 109 /* m */) && line.charCodeAt(i + 5) === 34) {
    close = line.indexOf('"', i + 6);
    comment = line.slice(i + 6, close);
    i = close + 1;
  }
  if (!key(line, i, 99 /* c */) || line.charCodeAt(i + 5) !== 34) return undefined;
  close = line.indexOf('"', i + 6);
  // The channel is one of the shared constants, so no slice of this line is kept for it.
  const channel = CHANNELS.find((name) => name.length === close - i - 6 && has(line, i + 6, name));
  if (channel === undefined) return undefined;
  i = close + 1;
  let idempotencyKey: string | undefined;
  if (key(line, i, 105 /* i */) && line.charCodeAt(i + 5) === 34) {
    close = line.indexOf('"', i + 6);
    idempotencyKey = line.slice(i + 6, close);
    i = close + 1;
  }
  if (i !== line.length - 1 || line.charCodeAt(i) !== 125) return undefined;
  const event = { type: 'rating.recorded', at, officeId, score, channel } as RatingRecorded;
  if (serviceId !== undefined) event.serviceId = serviceId;
  if (comment !== undefined) event.comment = comment;
  if (idempotencyKey !== undefined) event.idempotencyKey = idempotencyKey;
  return event;
}

/**
 * For one type code: the event type, per key the field it holds (the codec's field table), and the
 * fields whose values come from a small set (office, actor, category …): those are shared, one
 * string per distinct value, instead of one copy per event kept by a view.
 */
export type FlatSpec = { type: string; fields: ReadonlyMap<string, string>; shared?: ReadonlySet<string> };

const sharedValues = new Map<string, string>();
// Ids of a big region number in the thousands; past this the values are not a small set after all.
const MAX_SHARED_VALUES = 50_000;

/** One string per distinct value of a small set (ids, codes), as long as the set stays small. */
export function shared(value: string): string {
  const known = sharedValues.get(value);
  if (known !== undefined) return known;
  if (sharedValues.size < MAX_SHARED_VALUES) sharedValues.set(value, value);
  return value;
}

/**
 * The event in a flat line `{"p":"…","t":"…","a":…,…}`, built in one pass — no parsed object in
 * between, no walk of the field table over it: `{ type, at }` and then each field in the order of the
 * line (the order the codec wrote them in). Keys the spec does not name are skipped, as the table walk
 * skips them. Values must be strings or non-negative integers (JSON form) with no escape anywhere in
 * the line, or one level of object holding such values (a complaint's contact); anything else (an
 * array, a float, true, null, whitespace) returns undefined, as does an unknown type code.
 *
 * A substring of 13 characters or more is, in V8, a view into its parent: kept in a view it
 * would keep the whole line alive (a complaint's message its 250-byte line, half a million times in
 * a replay). So long values are copied out, as JSON.parse's would be.
 */
export function decodeFlatEvent(line: string, specOf: (code: string) => FlatSpec | undefined): { event: Record<string, unknown>; prevHash: string } | undefined {
  if (!has(line, 0, HEAD) || line.charCodeAt(PREV_END) !== 34 || !key(line, PREV_END + 1, 116 /* t */)) return undefined;
  if (line.charCodeAt(PREV_END + 6) !== 34 || line.charCodeAt(line.length - 1) !== 125 || line.indexOf('\\') >= 0) return undefined;
  const close = line.indexOf('"', PREV_END + 7);
  const spec = close < 0 ? undefined : specOf(line.slice(PREV_END + 7, close));
  if (spec === undefined || !key(line, close + 1, 97 /* a */)) return undefined;
  let i = close + 6;
  const at = digits(line, i);
  if (at < 0) return undefined;
  i = afterDigits(line, i);
  const event: Record<string, unknown> = { type: spec.type, at };
  for (;;) {
    const next = line.charCodeAt(i);
    if (next === 125) return i === line.length - 1 ? { event, prevHash: line.slice(HEAD.length, PREV_END) } : undefined;
    if (next !== 44 || line.charCodeAt(i + 1) !== 34) return undefined;
    const keyEnd = line.indexOf('"', i + 2);
    if (keyEnd < 0 || line.charCodeAt(keyEnd + 1) !== 58) return undefined;
    const field = spec.fields.get(line.slice(i + 2, keyEnd));
    i = keyEnd + 2;
    const value = readValue(line, i, true);
    if (value === undefined) return undefined;
    i = valueEnd;
    if (field !== undefined) event[field] = typeof value === 'string' && spec.shared?.has(field) ? shared(value) : value;
  }
}

/** Where the value readValue read last ends (module state: no object per value). */
let valueEnd = 0;

/** The string, non-negative integer or (when `nested`) flat object at `i`, or undefined; sets valueEnd. */
function readValue(line: string, i: number, nested: boolean): unknown {
  const first = line.charCodeAt(i);
  if (first === 34) {
    const close = line.indexOf('"', i + 1);
    if (close < 0) return undefined;
    const text = line.slice(i + 1, close);
    valueEnd = close + 1;
    // (' ' + text).slice(1) flattens the pair into a fresh string: the cheapest copy V8 offers.
    return text.length >= 13 ? (' ' + text).slice(1) : text;
  }
  if (first >= 48 && first <= 57) {
    const value = digits(line, i);
    valueEnd = afterDigits(line, i);
    return value < 0 ? undefined : value;
  }
  if (first !== 123 || !nested) return undefined;
  const object: Record<string, unknown> = {};
  let j = i + 1;
  if (line.charCodeAt(j) === 125) {
    valueEnd = j + 1;
    return object;
  }
  for (;;) {
    const keyEnd = line.charCodeAt(j) === 34 ? line.indexOf('"', j + 1) : -1;
    if (keyEnd < 0 || line.charCodeAt(keyEnd + 1) !== 58) return undefined;
    const name = line.slice(j + 1, keyEnd);
    if (name === '__proto__') return undefined; // JSON.parse makes it an own property; assignment would not
    const value = readValue(line, keyEnd + 2, false);
    if (value === undefined) return undefined;
    object[name] = value;
    j = valueEnd;
    if (line.charCodeAt(j) === 125) {
      valueEnd = j + 1;
      return object;
    }
    if (line.charCodeAt(j) !== 44) return undefined;
    j++;
  }
}

/** Whether `token` is written at `start`. */
function has(line: string, start: number, token: string): boolean {
  for (let k = 0; k < token.length; k++) if (line.charCodeAt(start + k) !== token.charCodeAt(k)) return false;
  return true;
}

/** Whether `,"<name>":` (a one-letter key) is written at `start`. */
function key(line: string, start: number, name: number): boolean {
  return line.charCodeAt(start) === 44 && line.charCodeAt(start + 1) === 34 && line.charCodeAt(start + 2) === name && line.charCodeAt(start + 3) === 34 && line.charCodeAt(start + 4) === 58;
}

/** The non-negative integer written at `start` (JSON form: no sign, no leading zero), or -1. */
function digits(line: string, start: number): number {
  let value = 0;
  let i = start;
  for (let code = line.charCodeAt(i); code >= 48 && code <= 57; code = line.charCodeAt(++i)) value = value * 10 + (code - 48);
  const length = i - start;
  if (length === 0 || length > 15 || (length > 1 && line.charCodeAt(start) === 48)) return -1;
  return value;
}

function afterDigits(line: string, start: number): number {
  let i = start;
  while (line.charCodeAt(i) >= 48 && line.charCodeAt(i) <= 57) i++;
  return i;
}
