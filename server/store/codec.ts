import type { DomainEvent, RatingRecorded } from './events.ts';

/**
 * The stored form of an event: one compact JSON line with one-letter keys. Ratings are the bulk of
 * the log, so every byte of theirs counts (a typical one is ~125 bytes); the line is also what the
 * hash chain hashes, so this format is part of the audit trail and changing it is a decision.
 *
 * Legend — common: p previous hash, t type code, a at (epoch ms).
 * rating:    o officeId, v serviceId, s score, m comment, c channel
 * submitted: k trackingCode, h secretHash, o officeId, v serviceId, g category, d description,
 *            y visibility, n contact
 * action:    k trackingCode, u actor, m message, r reason, f confirmation, x toOfficeId
 */

const TYPE_CODES = {
  'rating.recorded': 'r',
  'complaint.submitted': 'cs',
  'complaint.verified': 'cv',
  'complaint.started': 'cst',
  'complaint.replied': 'crp',
  'complaint.noted': 'cn',
  'complaint.resolved': 'crs',
  'complaint.rejected': 'crj',
  'complaint.forwarded': 'cf',
  'complaint.info_added': 'ci',
  'complaint.confirmed': 'ccf',
  'complaint.reopened': 'cro',
  'complaint.closed': 'ccl'
} as const satisfies Record<DomainEvent['type'], string>;

type FieldTable = readonly (readonly [field: string, key: string])[];

const RATING_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['score', 's'],
  ['comment', 'm'],
  ['channel', 'c']
];
const SUBMITTED_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['secretHash', 'h'],
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['category', 'g'],
  ['description', 'd'],
  ['visibility', 'y'],
  ['contact', 'n']
];
const ACTION_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['actor', 'u'],
  ['message', 'm'],
  ['reason', 'r'],
  ['confirmation', 'f'],
  ['toOfficeId', 'x']
];

const TYPES_BY_CODE = new Map<string, DomainEvent['type']>(
  Object.entries(TYPE_CODES).map(([type, code]) => [code, type as DomainEvent['type']])
);

function fieldsOf(code: string): FieldTable {
  if (code === TYPE_CODES['rating.recorded']) return RATING_FIELDS;
  if (code === TYPE_CODES['complaint.submitted']) return SUBMITTED_FIELDS;
  return ACTION_FIELDS;
}

/** Encodes an event as its stored line (no newline), chained to the hash of its predecessor. */
export function encodeEvent(event: DomainEvent, prevHash: string): string {
  // hasOwn, so that a type like "constructor" is not found on Object.prototype.
  const code: string | undefined = Object.hasOwn(TYPE_CODES, event.type) ? TYPE_CODES[event.type] : undefined;
  if (code === undefined) throw new TypeError(`cannot store unknown event type ${JSON.stringify(event.type)}`);
  // "p" comes first so that a line's chain link sits at a fixed place for anyone reading the files.
  const record: Record<string, unknown> = { p: prevHash, t: code, a: event.at };
  const source = event as unknown as Record<string, unknown>;
  for (const [field, key] of fieldsOf(code)) {
    if (source[field] !== undefined) record[key] = source[field];
  }
  return JSON.stringify(record);
}

/** Decodes a stored line; throws on anything that is not one. Absent optional fields stay absent. */
export function decodeLine(line: string): { event: DomainEvent; prevHash: string } {
  const record = JSON.parse(line) as Record<string, unknown>;
  const type = TYPES_BY_CODE.get(record.t as string);
  if (type === undefined || typeof record.p !== 'string') throw new SyntaxError('not an event line');
  if (type === 'rating.recorded') return { event: decodeRating(record), prevHash: record.p };
  const event: Record<string, unknown> = { type, at: record.a };
  for (const [field, key] of fieldsOf(record.t as string)) {
    if (record[key] !== undefined) event[field] = record[key];
  }
  return { event: event as DomainEvent, prevHash: record.p };
}

// Ratings are most of every replay; building them literally takes half the time of the table walk.
function decodeRating(record: Record<string, unknown>): RatingRecorded {
  const event = { type: 'rating.recorded', at: record.a, officeId: record.o, score: record.s, channel: record.c } as RatingRecorded;
  if (record.v !== undefined) event.serviceId = record.v as string;
  if (record.m !== undefined) event.comment = record.m as string;
  return event;
}

const PREFIX = '{"p":"';
const PREV_END = PREFIX.length + 22;

/**
 * Whether a line has the shape this codec writes: "p" first with 22 characters, a closing brace.
 * Far cheaper than parsing; a line it lets through that is not what was written still breaks the
 * hash chain.
 */
export function looksLikeEventLine(line: string): boolean {
  return line.startsWith(PREFIX) && line.charCodeAt(PREV_END) === 34 && line.endsWith('}');
}

/** The "p" of a stored line, or undefined when the line does not have the shape of one. */
export function readPrevHash(line: string): string | undefined {
  return looksLikeEventLine(line) ? line.slice(PREFIX.length, PREV_END) : undefined;
}
