import { shared } from '../../store/fast-lines.ts';
import type { ComplaintHistoryEntry, ComplaintState } from '../complaints.ts';

/** What a complaint's figures do not need: read only when someone opens or searches it (./restored-complaint.ts). */
export type ComplaintDetails = Pick<ComplaintState, 'secretHash' | 'description' | 'contact' | 'history'>;
type EncodedDetails = [secretHash: string, description: string, contact: ComplaintState['contact'] | null, history: EncodedEntry[]];

// An entry is a flat array; absent values are null, and trailing absent ones are left off.
type EncodedEntry = [type: string, at: number, actor: string, status: string, internal: 0 | 1, message?: string | null, reason?: string | null, confirmation?: string | null, toOfficeId?: string];

/** A complaint's details as a snapshot line holds them: a flat JSON array. */
export function encodeDetails({ secretHash, description, contact, history }: ComplaintDetails): string {
  const encoded: EncodedDetails = [secretHash, description, contact ?? null, history.map(encodeEntry)];
  return JSON.stringify(encoded);
}

/**
 * The details in a snapshot line. Ids and codes of the history are shared, one string per distinct
 * value, as the log's decoder shares them (server/store/fast-lines.ts), instead of one copy per entry.
 */
export function decodeDetails(text: string): ComplaintDetails {
  const [secretHash, description, contact, history] = JSON.parse(text) as EncodedDetails;
  return { secretHash, description, contact: contact ?? undefined, history: history.map(decodeEntry) };
}

function encodeEntry(entry: ComplaintHistoryEntry): EncodedEntry {
  const encoded: EncodedEntry = [entry.type, entry.at, entry.actor, entry.status, entry.internal ? 1 : 0];
  const optional = [entry.message, entry.reason, entry.confirmation, entry.toOfficeId];
  let last = optional.length;
  while (last > 0 && optional[last - 1] === undefined) last--;
  for (let i = 0; i < last; i++) encoded.push(optional[i] ?? null);
  return encoded;
}

function decodeEntry([type, at, actor, status, internal, message, reason, confirmation, toOfficeId]: EncodedEntry): ComplaintHistoryEntry {
  const entry = { type: shared(type), at, actor: shared(actor), status: shared(status) } as ComplaintHistoryEntry;
  if (message != null) entry.message = message;
  if (reason != null) entry.reason = shared(reason) as ComplaintHistoryEntry['reason'];
  if (confirmation != null) entry.confirmation = shared(confirmation) as ComplaintHistoryEntry['confirmation'];
  if (toOfficeId !== undefined) entry.toOfficeId = shared(toOfficeId);
  entry.internal = internal === 1;
  return entry;
}
