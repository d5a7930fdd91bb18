import { hash, randomFillSync } from 'node:crypto';
import type { DomainEvent, RatingRecorded, SurveySubmitted } from './events.ts';
import { decodeFlatEvent, decodeRatingLine, type FlatSpec } from './fast-lines.ts';
import { ERASED_VALUES, privateFieldsOf } from './public-chain/private-fields.ts';

/**
 * The stored form of an event: one compact JSON line with one-letter keys. Ratings are the bulk of
 * the log, so every byte of theirs counts (a typical one is ~125 bytes); the line is also what the
 * hash chain hashes, so this format is part of the audit trail and changing it is a decision.
 *
 * Legend — common: p previous hash, t type code, a at (epoch ms).
 * rating:    o officeId, v serviceId, s score, m comment, c channel, i idempotencyKey (a hash)
 * detail:    o officeId, k ratingId, s score, v serviceId, m comment
 * submitted: k trackingCode, h secretHash, o officeId, v serviceId, g category, d description,
 *            y visibility, n contact, i idempotencyKey (a hash), c channel (absent: our own forms),
 *            b notify (the citizen's opt-in), l locale
 * action:    k trackingCode, u actor, m message, r reason, f confirmation, x toOfficeId
 * attached:  k trackingCode, u actor, i file (SHA-256 hex), y mediaType, b bytes, w width, e height
 * published: k trackingCode, u actor, s source, i file, y mediaType, b bytes, w width, e height, x blurred
 * unpublished: k trackingCode, u actor, s source, i file
 * survey:    o officeId, v serviceId, e elementSet, q answers as digits ("434343434"),
 *            w respondent as "gender|age|education|occupation" (empty = not given), m comment, c channel,
 *            d date, k importKey
 * tally:     o officeId, v serviceId, e elementSet, f from, u to, n responses, q sums, k importKey
 * excluded:  o officeId, f from, w to (window end), q scores, u actor, r reason
 * undone:    o officeId, f from, u actor, r reason
 * notification (sent, failed, deadline reached, unsubscribed): k trackingCode, e key, w deadline, u staffId
 * erased:    k trackingCode, u actor
 * private:   z commitment, _ salt, then the private fields (./public-chain/private-fields.ts) with their
 *            usual keys. The public form is the line up to "_" (./public-chain/public-form.ts); erasing
 *            overwrites the private part with spaces, so the line keeps its length and its public form.
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
  'complaint.erased': 'cer',
  'complaint.attached': 'ca',
  'complaint.attachment_published': 'cap',
  'complaint.attachment_unpublished': 'cau',
  'survey.submitted': 'ss',
  'survey.tallied': 'st',
  'ratings.excluded': 'rx',
  'ratings.exclusion_undone': 'rxu',
  'notification.sent': 'ns',
  'notification.failed': 'nf',
  'notification.deadline_reached': 'nd',
  'notification.unsubscribed': 'nu'
} as const satisfies Record<DomainEvent['type'], string>;

/** Every event type the log stores. */
export const STORED_EVENT_TYPES = Object.keys(TYPE_CODES) as DomainEvent['type'][];

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
  ['channel', 'c'],
  ['notify', 'b'],
  ['locale', 'l']
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
const NOTIFICATION_FIELDS: FieldTable = [
  ['trackingCode', 'k'],
  ['key', 'e'],
  ['deadline', 'w'],
  ['staffId', 'u']
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
  // An unpublishing names the same source and copy as the publishing it undoes: k, u, s, i.
  if (code === TYPE_CODES['complaint.attachment_published'] || code === TYPE_CODES['complaint.attachment_unpublished']) return PUBLISHED_FIELDS;
  if (code.startsWith('n')) return NOTIFICATION_FIELDS;
  return ACTION_FIELDS;
}

// Salts are cut from a block of random bytes filled 256 salts at a time: a call to the CSPRNG per salt cost
// ~7 µs, a twentieth of a rating's CPU (docs/bench.md, "Third round"), where a slice of the block costs ~0.5.
const SALT_BYTES = 16;
const saltBlock = Buffer.alloc(SALT_BYTES * 256);
let saltOffset = saltBlock.length;

/** A private part's salt: 16 random bytes, base64url (22 characters); every salt from fresh bytes. */
export function newSalt(): string {
  if (saltOffset === saltBlock.length) {
    randomFillSync(saltBlock);
    saltOffset = 0;
  }
  return saltBlock.toString('base64url', saltOffset, (saltOffset += SALT_BYTES));
}

/**
 * The commitment "z" to a private part: sha256 over the salt and the private fields as they are stored
 * (a JSON object of their keys, in the codec's order), base64url, 22 characters. Whoever holds the
 * private part can show it is what was committed; nobody else learns anything from "z".
 */
export function commitment(salt: string, privatePart: Record<string, unknown>): string {
  return hash('sha256', salt + JSON.stringify(privatePart), 'base64url').slice(0, 22);
}

/**
 * Encodes an event as its stored line (no newline), chained to the hash of its predecessor. An event with
 * private fields gets a fresh salt (or `salt`, for tests that need the same line twice).
 */
export function encodeEvent(event: DomainEvent, prevHash: string, salt?: string): string {
  return JSON.stringify(storedRecord(event, prevHash, salt));
}

/**
 * The stored line of an event (as encodeEvent), and the event as decoding that line gives it: what a replay
 * hands out, so live events and replayed ones are the same. A rating (most writes) is built from the record
 * the line was made of, which holds exactly the line's values; other events are decoded from the line.
 */
export function encodeStoredEvent(event: DomainEvent, prevHash: string, salt?: string): { line: string; event: DomainEvent } {
  const record = storedRecord(event, prevHash, salt);
  const line = JSON.stringify(record);
  return { line, event: record.t === TYPE_CODES['rating.recorded'] && record.z === undefined ? decodeRating(record) : decodeLine(line).event };
}

function storedRecord(event: DomainEvent, prevHash: string, salt?: string): Record<string, unknown> {
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
  return splitPrivate(record, privateKeysOf(code), salt);
}

let privateKeys: Map<string, ReadonlySet<string>> | undefined;
/** The keys of a type code's private fields (./public-chain/private-fields.ts). */
function privateKeysOf(code: string): ReadonlySet<string> {
  privateKeys ??= new Map(
    Object.entries(TYPE_CODES).map(([type, typeCode]) => {
      const fields = new Set(privateFieldsOf(type));
      return [
        typeCode,
        new Set(
          fieldsOf(typeCode)
            .filter(([field]) => fields.has(field))
            .map(([, key]) => key)
        )
      ];
    })
  );
  return privateKeys.get(code)!;
}

/** Moves the private fields behind "z" and "_" (the order the public form relies on); a record without any is left as is. */
function splitPrivate(record: Record<string, unknown>, keys: ReadonlySet<string>, salt = newSalt()): Record<string, unknown> {
  if (keys.size === 0 || !Object.keys(record).some((key) => keys.has(key))) return record;
  const stored: Record<string, unknown> = {};
  const privatePart: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) (keys.has(key) ? privatePart : stored)[key] = value;
  stored.z = commitment(salt, privatePart);
  stored._ = salt;
  return Object.assign(stored, privatePart);
}

/** The private part of a stored line and its salt, or undefined when it has none (or it was erased). */
export function privatePartOf(line: string): { z: string; salt: string; fields: Record<string, unknown> } | undefined {
  const record = JSON.parse(line) as Record<string, unknown>;
  if (typeof record._ !== 'string' || typeof record.z !== 'string') return undefined;
  const keys = privateKeysOf(record.t as string) ?? new Set();
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) if (keys.has(key)) fields[key] = value;
  return { z: record.z, salt: record._, fields };
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
  if (record.z !== undefined && record._ === undefined) fillErased(event, type);
  return { event: event as DomainEvent, prevHash: record.p };
}

/** An erased line decodes with empty values where its type requires one (./public-chain/private-fields.ts). */
function fillErased(event: Record<string, unknown>, type: string): void {
  for (const field of privateFieldsOf(type)) if (event[field] === undefined && Object.hasOwn(ERASED_VALUES, field)) event[field] = ERASED_VALUES[field];
}

let flatSpecs: Map<string, FlatSpec> | undefined;
/** Fields whose values repeat across events (ids, actors, codes): decoded once per distinct value. */
const SHARED_FIELDS: ReadonlySet<string> = new Set(['officeId', 'serviceId', 'actor', 'category', 'visibility', 'reason', 'confirmation', 'toOfficeId', 'channel', 'elementSet', 'mediaType']);

/** The field table of a type code as decodeFlatEvent takes it (ratings with a private part come here: decodeRatingLine takes the rest). */
function flatSpec(code: string): FlatSpec | undefined {
  flatSpecs ??= new Map([...TYPES_BY_CODE].map(([typeCode, type]) => [typeCode, { type, fields: new Map(fieldsOf(typeCode).map(([field, key]) => [key, field])), shared: SHARED_FIELDS }]));
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
