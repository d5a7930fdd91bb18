import type { Agency, Office, Service, StaffRole } from '../../shared/schemas/index.ts';
import type { UnitElementSetInput } from '../../shared/skm/elements.ts';
import type { DomainEvent, RatingRecorded, StoredEvent } from './events.ts';
import type { SessionStore, StaffStore, ThrottleStore } from './accounts/types.ts';
import type { FileStore } from './files.ts';

export type { DomainEvent, StoredEvent } from './events.ts';
export { DuplicateSubmission, StreamVersionConflict } from './conflicts.ts';

/** What an append requires of what is already stored (docs/architecture.md, "Concurrency"). */
export type AppendOptions = {
  /**
   * Stream (./streams.ts: a complaint's tracking code) → the version it must be at now, i.e. how many of its events
   * are stored (0 for one not yet started). Any mismatch rejects the whole append with StreamVersionConflict.
   */
  expectedVersions?: Readonly<Record<string, number>>;
};

/** Small mutable data, held in memory and rewritten whole on change. */
export type Catalog = {
  agencies: Agency[];
  offices: Office[];
  services: Service[];
  /** Public holidays, local dates `YYYY-MM-DD`; not working days anywhere. */
  holidays: string[];
  /** True while the fictional demo region is loaded. */
  demo: boolean;
  /** Service users per office per SKM period (`2026`, `2026-S1` …), for the Krejcie–Morgan sample. */
  surveyPopulations?: SurveyPopulation[];
  /** Element sets units defined (added elements or weights); immutable once defined. */
  surveyElementSets?: UnitElementSetInput[];
  /** The set each office's new responses use, by office id, once one was chosen or defined (server/services/surveys/element-sets.ts). */
  currentElementSets?: Record<string, string>;
  /** Keys other systems file Open311 requests with (docs/open311.md); only their hashes are kept. */
  open311Keys?: Open311Key[];
  /** Holidays an admin added for the region (their dates are also in `holidays`), with their names. */
  regionalHolidays?: { date: string; name: string }[];
  /** Every change made in the admin area, oldest first (server/services/admin/audit.ts). */
  audit?: AuditEntry[];
};

/** One admin change: who, when, to what object, and each field from what to what. */
export type AuditEntry = {
  at: number;
  staffId: string;
  /** `office`, `service`, `agency`, `staff`, `holiday` or `setup`, and the object's id. */
  kind: string;
  objectId: string;
  action: string;
  changes: { field: string; from?: unknown; to?: unknown }[];
};

/** An Open311 API key as stored: its SHA-256, who issued it, and when it was revoked. */
export type Open311Key = { id: string; label: string; keyHash: string; createdAt: number; createdBy: string; revokedAt?: number };

/** A console account (kept by the store's StaffStore, never in a public response). `officeIds` scopes managers and officers; an admin's is ignored. */
export type StaffAccount = {
  id: string;
  name: string;
  /** Lower-case; the login name. */
  email: string;
  role: StaffRole;
  officeIds: string[];
  /** `scrypt$N$r$p$salt$hash` (server/security/password.ts); empty until an invited account sets one. */
  passwordHash: string;
  /** False once deactivated: no login, no session. */
  active?: boolean;
  /** A one-time link (invitation or reset) to set the password: only its hash, and until when it works. */
  passwordLink?: { tokenHash: string; expiresAt: number };
  /** The language of messages to the account (deadline reminders); without it, both, Indonesian first. */
  language?: 'id' | 'en';
};

export type SurveyPopulation = { officeId: string; period: string; population: number };

export interface CatalogStore {
  /** The current catalog (in memory; do not mutate). */
  get(): Catalog;
  /** Changes the catalog and persists it before resolving. */
  update(change: (draft: Catalog) => void): Promise<void>;
}

export type ChainHead = { seq: number; hash: string };

/** Whether a store can take writes now, and why not (GET /api/v1/health). */
export type StoreHealth = {
  /** False while writes are refused: the log is damaged, or the disk is failing. */
  writable: boolean;
  /** The hash chain: checked from the views' starting point at start-up, and whole in the background after. */
  chain: { state: 'verifying' | 'ok' | 'broken'; events?: number; break?: { seq: number; file: string; line: number; reason: string } };
  /** The last write: failing since when, with what error (e.g. ENOSPC), until a write succeeds again. */
  writes: { state: 'ok' | 'failing'; since?: string; error?: string };
};

export type SubscribeOptions = {
  /**
   * Resume after this event instead of replaying from the start (views restored from a snapshot).
   * The store checks that it holds this very event; if not, the subscription rejects with
   * ResumePointMismatch (./resume.ts) and delivers nothing.
   */
  after?: ChainHead;
};

/**
 * Where Suara Layanan keeps its data. Every implementation passes tests/store/contract.ts.
 * Events are append-only; the current state of anything is derived from them by views.
 */
export interface Store {
  readonly catalog: CatalogStore;
  /** Console accounts, out of the catalog document (./accounts/types.ts). */
  readonly staff: StaffStore;
  /** Console sessions by token hash. */
  readonly sessions: SessionStore;
  /** Failures counted against guessing (passwords, complaint secrets, tracking codes). */
  readonly throttles: ThrottleStore;
  /** Photos and documents of complaints, content-addressed (./files.ts); a store without it takes none. */
  readonly files?: FileStore;
  /**
   * Appends events in order. Resolves only when they are durable (fsync'd), numbered and chained;
   * concurrent calls are group-committed. Rejects without writing anything if the store is closed, with
   * StreamVersionConflict if a stream is not at `options.expectedVersions`' version, and with DuplicateSubmission
   * if an event's idempotency key (./streams.ts, submissionKeyOf) is already stored.
   */
  append(events: readonly DomainEvent[], options?: AppendOptions): Promise<StoredEvent[]>;
  /**
   * Delivers every stored event in order (or those after `options.after`), then every newly
   * committed one, to `listener`. Resolves (with an unsubscribe function) once the replay of what
   * was stored is complete.
   */
  subscribe(listener: (event: StoredEvent) => void, options?: SubscribeOptions): Promise<() => void>;
  /** The number and hash of the last committed event (seq 0 and an all-zero hash when empty). */
  head(): ChainHead;
  /**
   * Hands every stored rating with after < seq ≤ upTo to `visit`, in order, reading the log without building
   * views or checking the chain (the open-data export of ratings, a range at a time: docs/open-data.md).
   * Without it, readers subscribe.
   */
  readRatings?(range: { after: number; upTo: number }, visit: (rating: RatingRecorded) => void): Promise<void>;
  /**
   * Blanks the private parts (./public-chain/private-fields.ts) of the stored events `select` picks, in place:
   * their public forms, commitments and links stay, so the chain still verifies (docs/public-record.md,
   * "Erasure"). Replays give those events without their private fields. Returns their seqs.
   */
  erasePrivate?(select: (event: DomainEvent) => boolean): Promise<number[]>;
  /**
   * Hands the public forms (./public-chain/public-form.ts) of the committed events after < seq ≤ upTo to
   * `visit`, in order, read from storage as it is now (GET /api/v1/chain/events).
   */
  readPublicForms?(range: { after: number; upTo: number }, visit: (publicLine: string, seq: number) => void): Promise<void>;
  /**
   * Hands the stored lines (public form, commitment and private part, as written) of after < seq ≤ upTo to
   * `visit`, in order: what `npm run store:copy` moves to another store (docs/scaling.md).
   */
  readLines?(range: { after: number; upTo: number }, visit: (line: string, seq: number) => void): Promise<void>;
  /**
   * Appends lines another store wrote (readLines), as they are, after the head: each must link ("p") to the one
   * before it, else the call rejects with ChainLinkMismatch (./chain-link.ts) writing nothing. The events keep
   * their seqs and hashes, which `append` cannot promise (a private part's salt is drawn anew, an erased one
   * cannot be written again). Resolves with the new head once durable.
   */
  appendLines?(lines: readonly string[]): Promise<ChainHead>;
  /**
   * Forgets the idempotency keys last used more than REMEMBER_MS (./stream-guard.ts) before `now`, returning how
   * many: the leader's scheduler calls it. A store that forgets them itself as it appends (the file log) has none.
   */
  forgetSubmissionKeys?(now: number): Promise<number>;
  /** Recomputes the hash chain over everything stored. */
  verify(): Promise<{ ok: boolean; events: number; firstBadSeq?: number }>;
  /** Whether writes are possible now; a store without the notion (memory) always is. */
  health?(): StoreHealth;
  /** Flushes what is pending and releases files. */
  close(): Promise<void>;
}
