import type { DomainEvent, RatingRecorded, SurveySubmitted } from './events.ts';
import { decodeFlatEvent, decodeRatingLine, type FlatSpec } from './fast-lines.ts';

/**
 * The stored form of an event: one compact JSON line with one-letter keys. Ratings are the bulk of
 * the log, so every byte of theirs counts (a typical one is ~125 bytes); the line is also what the
 * hash chain hashes, so this format is part of the audit trail and changing it is a decision.
 *
 * Legend — common: p previous hash, t type code, a at (epoch ms).
 * rating:    o officeId, v serviceId, s score, m comment, c channel, i idempotencyKey (a hash)
 * detail:    o officeId, k ratingId, s score, v serviceId, m comment
 * submitted: k trackingCode, h secretHash, o officeId, v serviceId, g category, d description,
 *            y visibility, n contact, i idempotencyKey (a hash), c channel (absent: our own forms)
 * action:    k trackingCode, u actor, m message, r reason, f confirmation, x toOfficeId
 * attached:  k trackingCode, u actor, i file (SHA-256 hex), y mediaType, b bytes, w width, e height
 * published: k trackingCode, u actor, s source, i file, y mediaType, b bytes, w width, e height, x blurred
 * survey:    o officeId, v serviceId, e elementSet, q answers as digits ("434343434"),
 *            w respondent as "gender|age|education|occupation" (empty = not given), m comment, c channel,
 *            d date, k importKey
 * tally:     o officeId, v serviceId, e elementSet, f from, u to, n responses, q sums, k importKey
 * excluded:  o officeId, f from, w to (window end), q scores, u actor, r reason
 * undone:    o officeId, f from, u actor, r reason
 */

const TYPE_CODES = {
  'rating.recorded': 'r',
  'rating.detailed': 'rd',
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
  'complaint.closed': 'ccl',
  'complaint.attached': 'ca',
  'complaint.attachment_published': 'cap',
  'survey.submitted': 'ss',
  'survey.tallied': 'st',
  'ratings.excluded': 'rx',
  'ratings.exclusion_undone': 'rxu'
} as const satisfies Record<DomainEvent['type'], string>;

type FieldTable = readonly (readonly [field: string, key: string])[];

const RATING_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['score', 's'],
  ['comment', 'm'],
  ['channel', 'c'],
  ['idempotencyKey', 'i']
];
const DETAIL_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['ratingId', 'k'],
  ['score', 's'],
  ['serviceId', 'v'],
  ['comment', 'm']
];
const SUBMITTED_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['secretHash', 'h'],
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['category', 'g'],
  ['description', 'd'],
  ['visibility', 'y'],
  ['contact', 'n'],
  ['idempotencyKey', 'i'],
  ['channel', 'c']
];
const ACTION_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['actor', 'u'],
  ['message', 'm'],
  ['reason', 'r'],
  ['confirmation', 'f'],
  ['toOfficeId', 'x']
];

const ATTACHED_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['actor', 'u'],
  ['file', 'i'],
  ['mediaType', 'y'],
  ['bytes', 'b'],
  ['width', 'w'],
  ['height', 'e']
];
const PUBLISHED_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['actor', 'u'],
  ['source', 's'],
  ['file', 'i'],
  ['mediaType', 'y'],
  ['bytes', 'b'],
  ['width', 'w'],
  ['height', 'e'],
  ['blurred', 'x']
];

const TYPES_BY_CODE = new Map<string, DomainEvent['type']>(Object.entries(TYPE_CODES).map(([type, code]) => [code, type as DomainEvent['type']]));

const SURVEY_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['elementSet', 'e'],
  ['answers', 'q'],
  ['respondent', 'w'],
  ['comment', 'm'],
  ['channel', 'c'],
  ['date', 'd'],
  ['importKey', 'k']
];
const TALLY_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['serviceId', 'v'],
  ['elementSet', 'e'],
  ['from', 'f'],
  ['to', 'u'],
  ['responses', 'n'],
  ['sums', 'q'],
  ['importKey', 'k']
];
const EXCLUDED_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['from', 'f'],
  ['to', 'w'],
  ['scores', 'q'],
  ['actor', 'u'],
  ['reason', 'r']
];
const EXCLUSION_UNDONE_FIELDS: FieldTable = [
  ['officeId', 'o'],
  ['from', 'f'],
  ['actor', 'u'],
  ['reason', 'r']
];
const PROFILE_KEYS = ['gender', 'age', 'education', 'occupation'] as const;

function fieldsOf(code: string): FieldTable {
  if (code === TYPE_CODES['rating.recorded']) return RATING_FIELDS;
  if (code === TYPE_CODES['rating.detailed']) return DETAIL_FIELDS;
  if (code === TYPE_CODES['complaint.submitted']) return SUBMITTED_FIELDS;
  if (code === TYPE_CODES['survey.submitted']) return SURVEY_FIELDS;
  if (code === TYPE_CODES['survey.tallied']) return TALLY_FIELDS;
  if (code === TYPE_CODES['ratings.excluded']) return EXCLUDED_FIELDS;
  if (code === TYPE_CODES['ratings.exclusion_undone']) return EXCLUSION_UNDONE_FIELDS;
  if (code === TYPE_CODES['complaint.attached']) return ATTACHED_FIELDS;
  if (code === TYPE_CODES['complaint.attachment_published']) return PUBLISHED_FIELDS;
  return ACTION_FIELDS;
}

/** Encodes an event as its stored line (no newline), chained to the hash of its predecessor. */
export function encodeEvent(event: DomainEvent, prevHash: string): string {
  return JSON.stringify(storedRecord(event, prevHash));
}

/**
 * The stored line of an event (as encodeEvent), and the event as decoding that line gives it: what a replay
 * hands out, so live events and replayed ones are the same. A rating (most writes) is built from the record
 * the line was made of, which holds exactly the line's values; other events are decoded from the line.
 */
export function encodeStoredEvent(event: DomainEvent, prevHash: string): { line: string; event: DomainEvent } {
  const record = storedRecord(event, prevHash);
  const line = JSON.stringify(record);
  return { line, event: record.t === TYPE_CODES['rating.recorded'] ? decodeRating(record) : decodeLine(line).event };
}

function storedRecord(event: DomainEvent, prevHash: string): Record<string, unknown> {
  // hasOwn, so that a type like "constructor" is not found on Object.prototype.
  const code: string | undefined = Object.hasOwn(TYPE_CODES, event.type) ? TYPE_CODES[event.type] : undefined;
  if (code === undefined) throw new TypeError(`cannot store unknown event type ${JSON.stringify(event.type)}`);
  // "p" comes first so that a line's chain link sits at a fixed place for anyone reading the files.
  const record: Record<string, unknown> = { p: prevHash, t: code, a: event.at };
  const source = event as unknown as Record<string, unknown>;
  for (const [field, key] of fieldsOf(code)) {
    if (source[field] !== undefined) record[key] = source[field];
  }
  if (code === TYPE_CODES['survey.submitted']) packSurvey(record);
  return record;
}

/** Decodes a stored line; throws on anything that is not one. Absent optional fields stay absent. */
export function decodeLine(line: string): { event: DomainEvent; prevHash: string } {
  const rating = decodeRatingLine(line);
  if (rating) return { event: rating, prevHash: line.slice(PREFIX.length, PREV_END) };
  const flat = decodeFlatEvent(line, flatSpec);
  if (flat) {
    if (flat.event.type === 'survey.submitted') unpackSurvey(flat.event);
    return flat as { event: DomainEvent; prevHash: string };
  }
  const record = JSON.parse(line) as Record<string, unknown>;
  const type = TYPES_BY_CODE.get(record.t as string);
  if (type === undefined || typeof record.p !== 'string') throw new SyntaxError('not an event line');
  if (type === 'rating.recorded') return { event: decodeRating(record), prevHash: record.p };
  const event: Record<string, unknown> = { type, at: record.a };
  for (const [field, key] of fieldsOf(record.t as string)) {
    if (record[key] !== undefined) event[field] = record[key];
  }
  if (type === 'survey.submitted') unpackSurvey(event);
  return { event: event as DomainEvent, prevHash: record.p };
}

let flatSpecs: Map<string, FlatSpec> | undefined;
/** Fields whose values repeat across events (ids, actors, codes): decoded once per distinct value. */
const SHARED_FIELDS: ReadonlySet<string> = new Set(['officeId', 'serviceId', 'actor', 'category', 'visibility', 'reason', 'confirmation', 'toOfficeId', 'channel', 'elementSet', 'mediaType']);

/** The field table of a type code as decodeFlatEvent takes it; ratings have their own fast path (decodeRatingLine). */
function flatSpec(code: string): FlatSpec | undefined {
  flatSpecs ??= new Map(
    [...TYPES_BY_CODE]
      .filter(([, type]) => type !== 'rating.recorded')
      .map(([typeCode, type]) => [typeCode, { type, fields: new Map(fieldsOf(typeCode).map(([field, key]) => [key, field])), shared: SHARED_FIELDS }])
  );
  return flatSpecs.get(code);
}

// Surveys are the second bulk of the log: answers as one digit string, the profile as one short string.
function packSurvey(record: Record<string, unknown>): void {
  record.q = (record.q as number[]).join('');
  const profile = record.w as SurveySubmitted['respondent'];
  if (profile) record.w = PROFILE_KEYS.map((key) => profile[key] ?? '').join('|');
}

function unpackSurvey(event: Record<string, unknown>): void {
  event.answers = [...(event.answers as string)].map(Number);
  if (typeof event.respondent !== 'string') return;
  const values = event.respondent.split('|');
  const profile: Record<string, string> = {};
  PROFILE_KEYS.forEach((key, i) => {
    if (values[i]) profile[key] = values[i]!;
  });
  event.respondent = profile;
}

// Ratings are most of every replay; building them literally takes half the time of the table walk.
function decodeRating(record: Record<string, unknown>): RatingRecorded {
  const event = { type: 'rating.recorded', at: record.a, officeId: record.o, score: record.s, channel: record.c } as RatingRecorded;
  if (record.v !== undefined) event.serviceId = record.v as string;
  if (record.m !== undefined) event.comment = record.m as string;
  if (record.i !== undefined) event.idempotencyKey = record.i as string;
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
