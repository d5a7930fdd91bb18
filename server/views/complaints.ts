import type { ComplaintCategory, ComplaintStatus, Contact, RejectReason, Visibility } from '../../shared/schemas/index.ts';
import { ChangeWatch } from '../snapshot/copy-on-write.ts';
import { applyAction } from '../complaints/lifecycle.ts';
import { isNotificationEvent, type ComplaintActionType, type StoredEvent } from '../store/events.ts';

/** What happened to a complaint, as the view keeps it. `internal` entries are never public. */
export type ComplaintHistoryEntry = {
  type: ComplaintActionType | 'complaint.submitted';
  at: number;
  actor: string;
  status: ComplaintStatus;
  message?: string;
  reason?: RejectReason;
  confirmation?: 'satisfied' | 'not_satisfied';
  toOfficeId?: string;
  internal: boolean;
};

/**
 * A complaint as the views hold it. One restored from a snapshot reads its details (secret hash,
 * text, contact, history) through getters (./snapshot/restored-complaint.ts): read fields by name,
 * never copy a state with spread or structuredClone.
 */
export type ComplaintState = {
  trackingCode: string;
  secretHash: string;
  officeId: string;
  serviceId?: string;
  category: ComplaintCategory;
  visibility: Visibility;
  description: string;
  contact?: Contact;
  submittedAt: number;
  status: ComplaintStatus;
  rejectReason?: RejectReason;
  confirmation?: 'satisfied' | 'not_satisfied';
  firstResponseAt?: number;
  resolvedAt?: number;
  deadlines: { firstResponse: number; resolution: number };
  history: ComplaintHistoryEntry[];
  /**
   * How many of its events are applied: the stream version a service appends at (docs/architecture.md,
   * "Concurrency"); every `complaint.*` event counts, attachments and erasure too.
   */
  version: number;
};

export type DeadlinePolicy = (
  officeId: string,
  serviceId: string | undefined,
  submittedAt: number
) => {
  firstResponse: number;
  resolution: number;
};

/** Current state of every complaint, derived from its events and updated per event. */
export class ComplaintBook {
  readonly #byCode = new Map<string, ComplaintState>();
  // Per office, in submission order: periods are found by binary search, never by a scan of all complaints.
  readonly #byOffice = new Map<string, ComplaintState[]>();
  /** Told before a complaint changes (a snapshot being written, ./snapshot/). */
  readonly changes = new ChangeWatch<ComplaintState>();

  constructor(private readonly deadlines: DeadlinePolicy) {}

  apply(event: StoredEvent): void {
    if (!('trackingCode' in event)) return; // ratings, rating details, surveys, exclusions
    if (isNotificationEvent(event)) return; // the outbox's bookkeeping (server/notifications/)
    if (event.type === 'complaint.submitted') {
      const state: ComplaintState = {
        trackingCode: event.trackingCode,
        secretHash: event.secretHash,
        officeId: event.officeId,
        serviceId: event.serviceId,
        category: event.category,
        visibility: event.visibility,
        description: event.description,
        contact: event.contact,
        submittedAt: event.at,
        status: 'submitted',
        deadlines: this.deadlines(event.officeId, event.serviceId, event.at),
        history: [{ type: event.type, at: event.at, actor: 'citizen', status: 'submitted', internal: false }],
        version: 1
      };
      this.#byCode.set(state.trackingCode, state);
      this.#officeList(state.officeId).push(state);
      this.changes.hooks?.created(state);
      return;
    }
    const state = this.#byCode.get(event.trackingCode);
    if (!state) return;
    this.changes.hooks?.changing(state);
    state.version++;
    if (event.type === 'complaint.attached' || event.type === 'complaint.attachment_published') return; // ./attachments.ts
    if (event.type === 'complaint.erased') return eraseCitizenData(state);
    // Forwarding hands the complaint to another office; its deadlines (the citizen's clock) stay.
    if (event.type === 'complaint.forwarded' && event.toOfficeId && event.toOfficeId !== state.officeId) this.#move(state, event.toOfficeId);
    applyAction(state, event);
  }

  #move(state: ComplaintState, toOfficeId: string): void {
    const from = this.#officeList(state.officeId);
    from.splice(from.indexOf(state), 1);
    state.officeId = toOfficeId;
    const to = this.#officeList(toOfficeId);
    to.splice(lowerBound(to, state.submittedAt + 1), 0, state);
  }

  get(trackingCode: string): ComplaintState | undefined {
    return this.#byCode.get(trackingCode);
  }

  /** Complaints of an office submitted in [fromMs, toMs). */
  submittedBetween(officeId: string, fromMs: number, toMs: number): ComplaintState[] {
    const list = this.#byOffice.get(officeId) ?? [];
    return list.slice(lowerBound(list, fromMs), lowerBound(list, toMs));
  }

  /** Every complaint, office by office in the order of its list (a snapshot's units: do not change them). */
  inOrder(): ComplaintState[] {
    return ([] as ComplaintState[]).concat(...this.#byOffice.values());
  }

  /** Takes back complaints read from a snapshot, in the order inOrder() gave them. */
  restore(states: Iterable<ComplaintState>): void {
    for (const state of states) {
      this.#byCode.set(state.trackingCode, state);
      this.#officeList(state.officeId).push(state);
    }
  }

  #officeList(officeId: string): ComplaintState[] {
    let list = this.#byOffice.get(officeId);
    if (!list) this.#byOffice.set(officeId, (list = []));
    return list;
  }
}

/**
 * The citizen's data leaves the views as it left the log (server/services/complaints/erase-complaint.ts):
 * contact, text, secret, and the words of the citizen's own actions. Figures and the office's replies stay.
 */
function eraseCitizenData(state: ComplaintState): void {
  state.secretHash = '';
  state.description = '';
  state.contact = undefined;
  for (const entry of state.history) if (entry.actor === 'citizen') entry.message = undefined;
}

function lowerBound(list: readonly ComplaintState[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid].submittedAt < ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
