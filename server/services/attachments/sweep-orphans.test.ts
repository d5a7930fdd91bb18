import { describe, expect, it } from 'vitest';
import { manualClock } from '../../clock.ts';
import { memoryFiles } from '../../store/files.ts';
import { AttachmentBook } from '../../views/attachments.ts';
import { ORPHAN_AGE_MS, sweepOrphanFiles } from './sweep-orphans.ts';

const CODE = 'SL-7K2M-9QXP-4R';

describe('the start-up sweep of orphan files', () => {
  it('removes files no event names once they are over an hour old, and keeps named and young ones', async () => {
    const clock = manualClock(Date.UTC(2026, 11, 1, 3));
    const files = memoryFiles(() => clock.now());
    const named = await files.put(Buffer.from('foto pengaduan'));
    const orphan = await files.put(Buffer.from('ditulis sebelum crash'));
    clock.advance(ORPHAN_AGE_MS - 1);
    const young = await files.put(Buffer.from('unggahan yang sedang berjalan'));
    const attachments = new AttachmentBook();
    attachments.apply({ type: 'complaint.attached', at: clock.now(), trackingCode: CODE, actor: 'citizen', file: named, mediaType: 'image/jpeg', bytes: 14 });

    expect(await sweepOrphanFiles({ files, attachments, clock })).toBe(0);
    clock.advance(2);
    expect(await sweepOrphanFiles({ files, attachments, clock })).toBe(1);
    expect(await files.get(orphan)).toBeUndefined();
    expect(await files.get(named)).toBeDefined();
    expect(await files.get(young)).toBeDefined();
  });

  it('keeps a published copy, and does nothing with a store that cannot list', async () => {
    const clock = manualClock(Date.UTC(2026, 11, 1, 3));
    const files = memoryFiles(() => clock.now());
    const original = await files.put(Buffer.from('asli'));
    const copy = await files.put(Buffer.from('kabur'));
    const attachments = new AttachmentBook();
    attachments.apply({ type: 'complaint.attached', at: 1, trackingCode: CODE, actor: 'citizen', file: original, mediaType: 'image/png', bytes: 4 });
    attachments.apply({ type: 'complaint.attachment_published', at: 2, trackingCode: CODE, actor: 'petugas', source: original, file: copy, mediaType: 'image/png', bytes: 5, blurred: 1 });
    clock.advance(2 * ORPHAN_AGE_MS);
    expect(await sweepOrphanFiles({ files, attachments, clock })).toBe(0);
    const { list: _list, ...unlisted } = files;
    expect(await sweepOrphanFiles({ files: unlisted, attachments, clock })).toBe(0);
  });
});
