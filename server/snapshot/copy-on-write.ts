import type { SnapshotPart } from './types.ts';

/** What a view tells a snapshot being written about its units. */
export type ChangeHooks<U> = {
  /** A unit was made (after the capture, so it is not part of it). */
  created(unit: U): void;
  /** A unit is about to change. */
  changing(unit: U): void;
};

/**
 * A part made of units of a view (a complaint, an office's tally) that goes on changing while the
 * part is written in chunks. Units are encoded in their order as the writer comes to them; a unit
 * about to change before that is encoded first, as it still is (copy on write). So every unit is
 * written as it was at the capture, and a restore plus the events after it equals a full replay.
 * Units the view creates after the capture are not part of it: their events come after it.
 *
 * The capture only copies the list of units. Nothing tracks which units were written already: a
 * unit that changes after its turn is copied all the same, and the copy is never used. That costs
 * one encoding per unit changed during the write, where a set of every written unit would block the
 * event loop for tens of ms each time it doubles past 60k objects.
 * `watch` installs the view's hooks and returns their removal.
 */
export function copyOnWritePart<U>(name: string, units: readonly U[], encode: (unit: U) => string, watch: (hooks: ChangeHooks<U>) => () => void): SnapshotPart {
  const created = new Set<U>();
  const copied = new Map<U, string>();
  const unwatch = watch({
    created: (unit) => created.add(unit),
    changing(unit) {
      if (!created.has(unit) && !copied.has(unit)) copied.set(unit, encode(unit));
    }
  });
  return {
    name,
    count: units.length,
    *lines() {
      for (const unit of units) yield copied.get(unit) ?? encode(unit);
    },
    release: unwatch
  };
}

/** Lets one snapshot at a time watch a view's units. */
export class ChangeWatch<U> {
  /** Called by the view; undefined while no snapshot is being written. */
  hooks: ChangeHooks<U> | undefined;

  /** Installs `hooks`; returns their removal. */
  watch(hooks: ChangeHooks<U>): () => void {
    if (this.hooks) throw new Error('a snapshot is already watching this view');
    this.hooks = hooks;
    return () => {
      if (this.hooks === hooks) this.hooks = undefined;
    };
  }
}
