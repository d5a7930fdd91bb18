import { describe, expect, it } from 'vitest';
import { sampleEvents } from '../../../tests/store/fixtures/events.ts';
import { hashLine, hashPublicForm } from '../chain.ts';
import { commitment, decodeLine, encodeEvent, privatePartOf, STORED_EVENT_TYPES } from '../codec.ts';
import type { DomainEvent } from '../events.ts';
import { erasedLine } from './erase-line.ts';
import { PRIVATE_FIELDS } from './private-fields.ts';
import { GENESIS_HASH, PublicChainWalker, publicForm } from './public-form.ts';

const SECRET = 'NIK 3201234567890001 HP 0812-3456-7890 siti@contoh.id';

/** Every free-text field of an event set to the secret text, and a contact and profile where the type has them. */
function withSecretText(event: DomainEvent): DomainEvent {
  const copy: Record<string, unknown> = { ...event };
  for (const field of ['comment', 'description', 'message', 'actor', 'secretHash']) if (field in copy || field === 'comment') copy[field] = SECRET;
  // An exclusion's reason is a staff member's words; a rejection's is a code (out_of_scope …), public.
  if (String(copy.type).startsWith('ratings.')) copy.reason = SECRET;
  if ('contact' in copy || copy.type === 'complaint.submitted') copy.contact = { name: 'Siti Rahayu', phone: '081234567890', email: 'siti@contoh.id' };
  if (copy.type === 'survey.submitted') copy.respondent = { gender: 'P', age: '31-40', education: 's1', occupation: 'swasta' };
  return copy as DomainEvent;
}

function chain(events: readonly DomainEvent[]): string[] {
  const lines: string[] = [];
  let hash = GENESIS_HASH;
  for (const event of events) {
    const line = encodeEvent(event, hash);
    lines.push(line);
    hash = hashLine(lines.length, line);
  }
  return lines;
}

function walk(publicLines: readonly string[], head: { seq: number; hash: string }) {
  const walker = new PublicChainWalker(hashPublicForm);
  for (const line of publicLines) if (!walker.push(line)) break;
  return walker.finish(head);
}

describe('the public/private split', () => {
  it('has an entry for every event type the log stores', () => {
    // A new event type needs a decision here (server/store/public-chain/private-fields.ts) before it can be published.
    for (const type of STORED_EVENT_TYPES) expect(Object.keys(PRIVATE_FIELDS), type).toContain(type);
    expect(Object.keys(PRIVATE_FIELDS).sort()).toEqual([...STORED_EVENT_TYPES].sort());
  });

  it.each(sampleEvents.map((event) => [event.type, event] as const))('keeps free text, contact and staff out of the public form of %s', (_type, event) => {
    const line = encodeEvent(withSecretText(event), GENESIS_HASH);
    const published = publicForm(line);
    for (const value of ['3201234567890001', '0812', 'siti@contoh.id', 'Siti Rahayu', '081234567890', 'swasta']) expect(published).not.toContain(value);
    expect(decodeLine(line).event).toEqual(decodeLine(encodeEvent(withSecretText(event), GENESIS_HASH)).event);
    // The commitment holds the private part as stored.
    const part = privatePartOf(line);
    if (part) expect(commitment(part.salt, part.fields)).toBe(part.z);
  });

  it('makes a line without a private part its own public form, at no cost in bytes', () => {
    const line = encodeEvent({ type: 'rating.recorded', at: 1, officeId: 'x', score: 4, channel: 'web' }, GENESIS_HASH);
    expect(publicForm(line)).toBe(line);
    expect(line).not.toContain('"z"');
  });
});

describe('the public chain walk', () => {
  const events = sampleEvents.map(withSecretText);
  const lines = chain(events);
  const publicLines = lines.map(publicForm);
  const head = { seq: lines.length, hash: hashLine(lines.length, lines.at(-1)!) };

  it('accepts the public forms of an intact log', () => {
    expect(lines.length).toBeGreaterThan(6);
    expect(walk(publicLines, head)).toBeUndefined();
  });

  it.each([1, 3, lines.length - 1])('reports a byte edited in the public form of event %i at its seq', (seq) => {
    const edited = [...publicLines];
    edited[seq - 1] = edited[seq - 1]!.replace(/"a":(\d)/, (_, digit) => `"a":${(Number(digit) + 1) % 10}`);
    expect(walk(edited, head)?.seq).toBe(seq);
  });

  it.each([2, 4, lines.length])('reports event %i removed at its seq', (seq) => {
    expect(walk([...publicLines.slice(0, seq - 1), ...publicLines.slice(seq)], head)?.seq).toBe(seq);
  });

  it.each([1, 3, lines.length - 1])('reports events %i and the next swapped at the first of them', (seq) => {
    const swapped = [...publicLines];
    [swapped[seq - 1], swapped[seq]] = [swapped[seq]!, swapped[seq - 1]!];
    expect(walk(swapped, head)?.seq).toBe(seq);
  });

  it('does not notice an erased private part: the public forms are the same', () => {
    const erased = lines.map((line) => erasedLine(line) ?? line);
    expect(erased.filter((line, i) => line !== lines[i]).length).toBeGreaterThan(3);
    for (const [i, line] of erased.entries()) {
      expect(line).toHaveLength(lines[i]!.length);
      expect(publicForm(line)).toBe(publicLines[i]);
      expect(line).not.toContain('3201234567890001');
    }
    expect(walk(erased.map(publicForm), head)).toBeUndefined();
    // An erased line still decodes: the fields a type requires read empty.
    const submitted = erased.map((line) => decodeLine(line).event).find((event) => event.type === 'complaint.submitted');
    expect(submitted).toMatchObject({ description: '', secretHash: '' });
    expect(submitted).not.toHaveProperty('contact');
  });
});
