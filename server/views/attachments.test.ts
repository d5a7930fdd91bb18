import { describe, expect, it } from 'vitest';
import type { ComplaintAttached, ComplaintAttachmentPublished } from '../store/events.ts';
import { AttachmentBook, type AttachmentEvent } from './attachments.ts';

const CODE = 'SL-7K2M-9QXP-4R';
const [ORIGINAL, COPY, SECOND_COPY, DOCUMENT] = ['a', 'c', 'd', 'b'].map((hex) => hex.repeat(64)) as [string, string, string, string];

const attached = (file: string, mediaType: ComplaintAttached['mediaType'] = 'image/jpeg'): ComplaintAttached => ({
  type: 'complaint.attached',
  at: 1,
  trackingCode: CODE,
  actor: 'citizen',
  file,
  mediaType,
  bytes: 100
});
const published = (file: string, source = ORIGINAL): ComplaintAttachmentPublished => ({
  type: 'complaint.attachment_published',
  at: 2,
  trackingCode: CODE,
  actor: 'petugas',
  source,
  file,
  mediaType: 'image/jpeg',
  bytes: 90,
  blurred: 1
});
// What a replay of an erased complaint's attaching gives: its private part, the file among it, blanked.
const erasedAttaching = { ...attached(''), file: '' } as ComplaintAttached;

function book(events: readonly AttachmentEvent[], eraseAfter?: number): AttachmentBook {
  const result = new AttachmentBook();
  events.forEach((event, i) => {
    result.apply(event);
    if (i === eraseAfter) result.erase(CODE);
  });
  return result;
}

describe('the attachment book', () => {
  it('after an erasure keeps only the published copy, the same live and on a replay of the erased log', () => {
    const live = book([attached(ORIGINAL), attached(DOCUMENT, 'application/pdf'), published(COPY), published(SECOND_COPY)], 3);
    const replayed = book([erasedAttaching, erasedAttaching, published(COPY), published(SECOND_COPY)]);
    expect(live.of(CODE)).toEqual(replayed.of(CODE));
    expect(live.of(CODE)).toEqual([expect.objectContaining({ file: SECOND_COPY, source: ORIGINAL, published: expect.objectContaining({ file: SECOND_COPY }) })]);
    expect(live.namedFiles()).toEqual(new Set([SECOND_COPY]));
    expect(live.isPublished(CODE, SECOND_COPY) && !live.isPublished(CODE, COPY)).toBe(true);
  });

  it('takes a published image back: not public, the original kept, who and when noted; publishing again clears it', () => {
    const unpublish = { type: 'complaint.attachment_unpublished', at: 3, trackingCode: CODE, actor: 'manajer', source: ORIGINAL, file: COPY } as const;
    const taken = book([attached(ORIGINAL), published(COPY), unpublish]);
    expect(taken.isPublished(CODE, COPY)).toBe(false);
    expect(taken.of(CODE)).toEqual([expect.objectContaining({ file: ORIGINAL, unpublished: { at: 3, actor: 'manajer' } })]);
    expect(taken.of(CODE)[0]!.published).toBeUndefined();
    const again = book([attached(ORIGINAL), published(COPY), unpublish, published(SECOND_COPY)]);
    expect(again.of(CODE)[0]).toMatchObject({ published: { file: SECOND_COPY } });
    expect(again.of(CODE)[0]!.unpublished).toBeUndefined();
  });
});
