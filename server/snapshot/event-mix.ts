import type { ComplaintCategory } from '../../shared/schemas/index.ts';
import type { ComplaintAction, ComplaintActionType, DomainEvent } from '../store/events.ts';
import type { Catalog } from '../store/types.ts';

/*
 * For the snapshot tests: a repeatable stream of every kind of event the views apply, over offices
 * in three time zones (and one the catalog does not know), with comments, idempotency keys,
 * forwarded and reopened complaints, surveys with profiles and imports, and historical tallies.
 */

/** Wednesday 2026-11-25 10:00 in Jakarta; the events lie in the 20 days before. */
export const MIX_NOW = Date.parse('2026-11-25T03:00:00Z');

export const mixCatalog: Catalog = {
  agencies: [{ id: 'pemkab-uji', name: 'Pemerintah Kabupaten Uji', level: 'kabupaten' }],
  offices: [
    { id: 'disdukcapil-uji', name: 'Disdukcapil Uji', agencyId: 'pemkab-uji', kind: 'Disdukcapil', region: 'Uji', address: 'Jl. 1', timeZone: 'Asia/Jakarta' },
    { id: 'puskesmas-uji', name: 'Puskesmas Uji', agencyId: 'pemkab-uji', kind: 'Puskesmas', region: 'Uji', address: 'Jl. 2', timeZone: 'Asia/Makassar' },
    { id: 'samsat-uji', name: 'Samsat Uji', agencyId: 'pemkab-uji', kind: 'Samsat', region: 'Uji', address: 'Jl. 3', timeZone: 'Asia/Jayapura' }
  ],
  services: [
    { id: 'ktp-el', officeId: 'disdukcapil-uji', name: 'KTP-el', targetWorkingDays: 1 },
    { id: 'rawat-jalan', officeId: 'puskesmas-uji', name: 'Rawat Jalan', targetWorkingDays: 5 }
  ],
  holidays: ['2026-11-16'],
  demo: false
};

const OFFICES = ['disdukcapil-uji', 'puskesmas-uji', 'samsat-uji', 'kantor-tak-dikenal'];
const SERVICES: Record<string, string | undefined> = { 'disdukcapil-uji': 'ktp-el', 'puskesmas-uji': 'rawat-jalan' };
const CATEGORIES: ComplaintCategory[] = ['pelayanan_lambat', 'petugas', 'biaya', 'pungli'];
const ACTIONS: ComplaintActionType[] = [
  'complaint.verified',
  'complaint.started',
  'complaint.replied',
  'complaint.noted',
  'complaint.info_added',
  'complaint.resolved',
  'complaint.confirmed',
  'complaint.reopened',
  'complaint.rejected',
  'complaint.forwarded',
  'complaint.closed'
];

export class EventMix {
  /** Tracking codes of the complaints made so far. */
  readonly codes: string[] = [];
  #seed: number;
  #n = 0;

  constructor(seed = 7) {
    this.#seed = seed;
  }

  /** The next `count` events. */
  take(count: number): DomainEvent[] {
    return Array.from({ length: count }, () => this.next());
  }

  next(): DomainEvent {
    const n = this.#n++;
    const at = MIX_NOW - 20 * 86_400_000 + n * 17 * 60_000;
    const office = OFFICES[this.#pick(OFFICES.length)]!;
    const roll = this.#random();
    if (roll < 0.4) {
      const comment = this.#random() < 0.3 ? `Layanan ke-${n}, hubungi 0812${String(n).padStart(8, '0')}` : undefined;
      const key = this.#random() < 0.3 ? `kunci-rating-${n}`.padEnd(22, 'x') : undefined;
      return { type: 'rating.recorded', at, officeId: office, serviceId: SERVICES[office], score: (1 + this.#pick(4)) as 1 | 2 | 3 | 4, comment, channel: 'widget', idempotencyKey: key };
    }
    if (roll < 0.55 || this.codes.length === 0) {
      const trackingCode = `SL-MIX-${String(n).padStart(5, '0')}`;
      this.codes.push(trackingCode);
      return {
        type: 'complaint.submitted',
        at,
        trackingCode,
        secretHash: `rahasia-${n}`,
        officeId: office,
        serviceId: SERVICES[office],
        category: CATEGORIES[this.#pick(CATEGORIES.length)]!,
        description: `Keluhan nomor ${n}: antrean "panjang"\tdan lama.`,
        visibility: this.#random() < 0.5 ? 'public' : 'confidential',
        ...(this.#random() < 0.5 && { contact: { name: `Warga ${n}`, phone: '081234567890' } }),
        ...(this.#random() < 0.3 && { idempotencyKey: `kunci-aduan-${n}`.padEnd(22, 'y') })
      };
    }
    if (roll < 0.85) return this.action(this.codes[this.#pick(this.codes.length)]!, ACTIONS[this.#pick(ACTIONS.length)]!, at);
    if (roll < 0.97) {
      const imported = this.#random() < 0.3;
      return {
        type: 'survey.submitted',
        at,
        officeId: office,
        serviceId: SERVICES[office],
        elementSet: 'permenpan-14-2017',
        answers: Array.from({ length: 9 }, () => (1 + this.#pick(4)) as 1 | 2 | 3 | 4),
        respondent: this.#random() < 0.7 ? { gender: 'P', age: '31-40', ...(this.#random() < 0.5 && { education: 's1' }) } : undefined,
        comment: this.#random() < 0.4 ? `Saran ${n}: perbanyak loket` : undefined,
        channel: imported ? 'import' : 'web',
        ...(imported && { date: '2026-10-0' + (1 + this.#pick(9)), importKey: `impor-${n}` })
      };
    }
    return {
      type: 'survey.tallied',
      at,
      officeId: office,
      elementSet: 'permenpan-14-2017',
      from: '2026-01-01',
      to: '2026-06-30',
      responses: 40 + n,
      sums: Array.from({ length: 9 }, () => 120 + n),
      importKey: `tally-${n}`
    };
  }

  /**
   * A burst: `count` score-1 ratings for one office within a minute of the mix's present, then
   * (if `exclude`) its exclusion by a manager, and (if `undo`) its undo.
   */
  burst(officeId: string, count: number, { exclude = false, undo = false } = {}): DomainEvent[] {
    const at = MIX_NOW - 20 * 86_400_000 + this.#n++ * 17 * 60_000;
    const events: DomainEvent[] = Array.from({ length: count }, (_, i) => ({ type: 'rating.recorded', at: at + i, officeId, score: 1, channel: 'web', comment: i === 0 ? 'isian massal' : undefined }));
    const from = Math.floor(at / 3_600_000) * 3_600_000;
    if (exclude) events.push({ type: 'ratings.excluded', at: at + count, officeId, from, to: from + 3_600_000, scores: [count, 0, 0, 0], actor: 'manajer-uji', reason: `Lonjakan ${count} penilaian` });
    if (undo) events.push({ type: 'ratings.exclusion_undone', at: at + count + 1, officeId, from, actor: 'admin-uji', reason: 'Ternyata sah' });
    return events;
  }

  /** A photo and a document attached to one complaint, and the photo published with a blurred copy when `publish`. */
  attach(trackingCode: string, { publish = false } = {}): DomainEvent[] {
    const n = this.#n++;
    const at = MIX_NOW - 86_400_000 + n * 60_000;
    const photo = n.toString(16).padStart(64, 'a');
    const events: DomainEvent[] = [
      { type: 'complaint.attached', at, trackingCode, actor: 'citizen', file: photo, mediaType: 'image/jpeg', bytes: 30_000 + n, width: 800, height: 600 },
      { type: 'complaint.attached', at, trackingCode, actor: 'citizen', file: n.toString(16).padStart(64, 'b'), mediaType: 'application/pdf', bytes: 9_000 + n }
    ];
    if (publish) {
      events.push({
        type: 'complaint.attachment_published',
        at: at + 1,
        trackingCode,
        actor: `petugas-${n % 3}`,
        source: photo,
        file: n.toString(16).padStart(64, 'c'),
        mediaType: 'image/jpeg',
        bytes: 29_000,
        width: 800,
        height: 600,
        blurred: 1
      });
    }
    return events;
  }

  /** An action on one complaint; forwarding goes to another office, by a staff account. */
  action(trackingCode: string, type: ComplaintActionType, at = MIX_NOW - 86_400_000 + this.#n++ * 60_000): ComplaintAction {
    const n = this.#n;
    const event: ComplaintAction = { type, at, trackingCode, actor: type === 'complaint.confirmed' || type === 'complaint.reopened' ? 'citizen' : `petugas-${n % 3}` };
    if (type !== 'complaint.closed' && type !== 'complaint.started') event.message = `Pesan ${n} untuk ${trackingCode}`;
    if (type === 'complaint.rejected') event.reason = 'duplicate';
    if (type === 'complaint.confirmed') event.confirmation = n % 2 === 0 ? 'satisfied' : 'not_satisfied';
    if (type === 'complaint.forwarded') event.toOfficeId = OFFICES[n % 3]!;
    return event;
  }

  #random(): number {
    this.#seed = (this.#seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return this.#seed / 2 ** 31;
  }

  #pick(length: number): number {
    return Math.floor(this.#random() * length);
  }
}
