import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { EventMix } from '../../snapshot/event-mix.ts';
import { DuplicateSubmission } from '../conflicts.ts';
import { StreamGuard } from '../stream-guard.ts';
import { submissionKeyOf } from '../streams.ts';
import type { StoredEvent } from '../types.ts';
import { openSegmentLogStore } from './index.ts';
import { learnStreams } from './learn-streams.ts';
import { listSegments } from './segments.ts';

it('learns from the stored lines what recording the decoded events teaches: every version, every key and its seq', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'suara-learn-'));
  try {
    const store = await openSegmentLogStore({ dir, segmentSize: 500, log: () => {} });
    const mix = new EventMix();
    for (let i = 0; i < 6; i++) await store.append(mix.take(500));
    const stored: StoredEvent[] = [];
    (await store.subscribe((event) => stored.push(event)))();
    await store.close();

    const recorded = new StreamGuard();
    for (const event of stored) recorded.record(event, event.seq);
    const learnt = new StreamGuard();
    await learnStreams(learnt, await listSegments(join(dir, 'events')), stored.length);

    for (const code of mix.codes) expect(learnt.version(code), code).toBe(recorded.version(code));
    const keyed = stored.filter((event) => submissionKeyOf(event));
    expect(keyed.length).toBeGreaterThan(100);
    for (const event of keyed) {
      const refusal = (guard: StreamGuard) => {
        try {
          guard.check([event], undefined, stored.length + 1);
        } catch (error) {
          return error;
        }
      };
      expect(refusal(learnt)).toBeInstanceOf(DuplicateSubmission);
      expect(refusal(learnt)).toEqual(refusal(recorded));
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
