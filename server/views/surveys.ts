import { dateFromDayNumber, dayNumber, localDayNumber } from '../../shared/metrics/index.ts';
import { DIMENSION_NAMES, PROFILE_DIMENSIONS, type ProfileDimension } from '../../shared/skm/profile.ts';
import { ChangeWatch } from '../snapshot/copy-on-write.ts';
import type { StoredEvent } from '../store/types.ts';

/** Integer totals of some responses: enough to recompute any IKM and the profile tables. */
export type SurveyTotals = {
  responses: number;
  /** Per element, in the element set's order. */
  sums: number[];
  /** Respondents per profile slot (see PROFILE_SLOTS); "not given" is responses minus a dimension's total. */
  profile: number[];
  /** Of `responses`, how many came from imports (channel `import` or historical tallies). */
  imported: number;
  comments: number;
};

export type SurveyComment = { day: number; serviceId?: string; text: string };

/** Every profile value as `dimension:value`, one counter each. */
export const PROFILE_SLOTS: readonly string[] = DIMENSION_NAMES.flatMap((d) => PROFILE_DIMENSIONS[d].map((v) => `${d}:${v}`));
const SLOT = new Map(PROFILE_SLOTS.map((slot, i) => [slot, i]));

/** Comments kept per office per month: a report quotes a selection, never thousands. */
const COMMENTS_PER_MONTH = 40;

export type Tally = { fromDay: number; toDay: number; responses: number; sums: number[] };
/** One office's surveys. */
export type SurveyOffice = {
  officeId: string;
  /** set → service ('' = none named) → day → totals */
  sets: Map<string, Map<string, Map<number, SurveyTotals>>>;
  /** set → service → historical tallies */
  tallies: Map<string, Map<string, Tally[]>>;
  comments: Map<string, SurveyComment[]>;
};

export const emptyTotals = (elements: number): SurveyTotals => ({
  responses: 0,
  sums: Array<number>(elements).fill(0),
  profile: Array<number>(PROFILE_SLOTS.length).fill(0),
  imported: 0,
  comments: 0
});

/** Adds b into a (same element set); a grows if b has more elements. */
export function addTotals(a: SurveyTotals, b: SurveyTotals): SurveyTotals {
  a.responses += b.responses;
  a.imported += b.imported;
  a.comments += b.comments;
  b.sums.forEach((sum, i) => (a.sums[i] = (a.sums[i] ?? 0) + sum));
  b.profile.forEach((count, i) => (a.profile[i]! += count));
  return a;
}

/**
 * SKM answer sums per office, element set, service and local day, kept current per event, so any
 * period's IKM is a sum over day buckets, never a scan of the responses (docs/architecture.md).
 */
export class SurveyTally {
  readonly #offices = new Map<string, SurveyOffice>();
  readonly #importKeys = new Set<string>();
  /** Told before an office's surveys change (a snapshot being written, ./snapshot/). */
  readonly changes = new ChangeWatch<SurveyOffice>();

  constructor(private readonly timeZoneOf: (officeId: string) => string) {}

  apply(event: StoredEvent, mask: (text: string) => string): void {
    if (event.type !== 'survey.submitted' && event.type !== 'survey.tallied') return;
    if (event.importKey) this.#importKeys.add(event.importKey);
    const office = this.#office(event.officeId);
    this.changes.hooks?.changing(office);
    const service = event.serviceId ?? '';
    if (event.type === 'survey.tallied') {
      const bySet = office.tallies.get(event.elementSet) ?? new Map<string, Tally[]>();
      office.tallies.set(event.elementSet, bySet);
      const list = bySet.get(service) ?? [];
      bySet.set(service, list);
      list.push({ fromDay: dayNumber(event.from), toDay: dayNumber(event.to), responses: event.responses, sums: event.sums });
      return;
    }
    const day = event.date ? dayNumber(event.date) : localDayNumber(event.at, this.timeZoneOf(event.officeId));
    const bySet = office.sets.get(event.elementSet) ?? new Map<string, Map<number, SurveyTotals>>();
    office.sets.set(event.elementSet, bySet);
    const days = bySet.get(service) ?? new Map<number, SurveyTotals>();
    bySet.set(service, days);
    let totals = days.get(day);
    if (!totals) days.set(day, (totals = emptyTotals(event.answers.length)));
    totals.responses++;
    event.answers.forEach((answer, i) => (totals.sums[i] = (totals.sums[i] ?? 0) + answer));
    for (const dimension of DIMENSION_NAMES) {
      const value = event.respondent?.[dimension as ProfileDimension];
      const slot = value === undefined ? undefined : SLOT.get(`${dimension}:${value}`);
      if (slot !== undefined) totals.profile[slot]!++;
    }
    if (event.channel === 'import') totals.imported++;
    if (event.comment) {
      totals.comments++;
      const month = dateFromDayNumber(day).slice(0, 7);
      const list = office.comments.get(month) ?? [];
      office.comments.set(month, list);
      list.unshift({ day, ...(event.serviceId && { serviceId: event.serviceId }), text: mask(event.comment) });
      if (list.length > COMMENTS_PER_MONTH) list.pop();
    }
  }

  /** Whether an imported row with this key is already stored. */
  hasImportKey(key: string): boolean {
    return this.#importKeys.has(key);
  }

  /** Element sets with responses at an office (any time). */
  setsOf(officeId: string): string[] {
    const office = this.#offices.get(officeId);
    return office ? [...new Set([...office.sets.keys(), ...office.tallies.keys()])] : [];
  }

  /**
   * Totals per service ('' = none named) for one office and element set over days fromDay…toDay;
   * historical tallies count when their whole span lies inside.
   */
  byService(officeId: string, elementSet: string, elements: number, fromDay: number, toDay: number): Map<string, SurveyTotals> {
    const result = new Map<string, SurveyTotals>();
    const office = this.#offices.get(officeId);
    if (!office) return result;
    const forService = (service: string) => {
      let totals = result.get(service);
      if (!totals) result.set(service, (totals = emptyTotals(elements)));
      return totals;
    };
    for (const [service, days] of office.sets.get(elementSet) ?? []) {
      for (const [day, totals] of days) if (day >= fromDay && day <= toDay) addTotals(forService(service), totals);
    }
    for (const [service, tallies] of office.tallies.get(elementSet) ?? []) {
      for (const tally of tallies) {
        if (tally.fromDay < fromDay || tally.toDay > toDay) continue;
        const totals = forService(service);
        totals.responses += tally.responses;
        totals.imported += tally.responses;
        tally.sums.forEach((sum, i) => (totals.sums[i] = (totals.sums[i] ?? 0) + sum));
      }
    }
    return result;
  }

  /** Historical tallies of one office and set lying wholly within fromDay…toDay, per service. */
  talliesIn(officeId: string, elementSet: string, fromDay: number, toDay: number): { service: string; fromDay: number; toDay: number; responses: number; sums: number[] }[] {
    const out = [];
    for (const [service, tallies] of this.#offices.get(officeId)?.tallies.get(elementSet) ?? []) {
      for (const tally of tallies) if (tally.fromDay >= fromDay && tally.toDay <= toDay) out.push({ service, ...tally });
    }
    return out;
  }

  /** Day buckets of one office and set, for the tally export. */
  days(officeId: string, elementSet: string): ReadonlyMap<string, ReadonlyMap<number, SurveyTotals>> {
    return this.#offices.get(officeId)?.sets.get(elementSet) ?? new Map();
  }

  /** Masked comments between two days, newest first. */
  comments(officeId: string, fromDay: number, toDay: number, limit: number): SurveyComment[] {
    const office = this.#offices.get(officeId);
    if (!office) return [];
    const months = [...office.comments.keys()].sort().reverse();
    const out: SurveyComment[] = [];
    for (const month of months) {
      for (const comment of office.comments.get(month)!) {
        if (comment.day >= fromDay && comment.day <= toDay) out.push(comment);
      }
    }
    return out.sort((a, b) => b.day - a.day).slice(0, limit);
  }

  /** Every office's surveys as they are (a snapshot's units: do not change them). */
  offices(): SurveyOffice[] {
    return [...this.#offices.values()];
  }

  /** The import keys seen, copied. */
  importKeys(): string[] {
    return [...this.#importKeys];
  }

  /** Takes back offices' surveys and the import keys read from a snapshot. */
  restore(offices: Iterable<SurveyOffice>, importKeys: Iterable<string>): void {
    for (const office of offices) this.#offices.set(office.officeId, office);
    for (const key of importKeys) this.#importKeys.add(key);
  }

  #office(officeId: string): SurveyOffice {
    let office = this.#offices.get(officeId);
    if (!office) {
      this.#offices.set(officeId, (office = { officeId, sets: new Map(), tallies: new Map(), comments: new Map() }));
      this.changes.hooks?.created(office);
    }
    return office;
  }
}
