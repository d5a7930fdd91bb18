import { describe, expect, it } from 'vitest';
import { ChangeWatch, copyOnWritePart } from './copy-on-write.ts';

type Unit = { name: string; value: number };

/** A view of units that tells its watch, as the views do. */
function view(...names: string[]) {
  const units: Unit[] = names.map((name) => ({ name, value: 0 }));
  const changes = new ChangeWatch<Unit>();
  return {
    units,
    changes,
    change(unit: Unit) {
      changes.hooks?.changing(unit);
      unit.value++;
    },
    add(name: string) {
      const unit = { name, value: 0 };
      units.push(unit);
      changes.hooks?.created(unit);
      return unit;
    }
  };
}

const encode = (unit: Unit) => `${unit.name}=${unit.value}`;

describe('copyOnWritePart', () => {
  it('writes every unit as it was at the capture, however the view changes while it is written', () => {
    const v = view('a', 'b', 'c');
    const [a, b, c] = v.units as [Unit, Unit, Unit];
    const part = copyOnWritePart('units', [...v.units], encode, (hooks) => v.changes.watch(hooks));
    v.change(c); // before anything is written: c is copied as it was
    v.change(c);
    const lines = part.lines()[Symbol.iterator]();
    expect(lines.next().value).toBe('a=0');
    v.change(a); // already written: what it is now is not written
    v.change(b); // not yet written: copied now
    const added = v.add('d'); // made after the capture: not part of it
    v.change(added);
    expect([...{ [Symbol.iterator]: () => lines }]).toEqual(['b=0', 'c=0']);
    expect(part.count).toBe(3);
    expect(v.units.map(encode)).toEqual(['a=1', 'b=1', 'c=2', 'd=1']);
  });

  it('stops watching when released, and lets one snapshot watch a view at a time', () => {
    const v = view('a');
    const part = copyOnWritePart('units', [...v.units], encode, (hooks) => v.changes.watch(hooks));
    expect(() => copyOnWritePart('again', [...v.units], encode, (hooks) => v.changes.watch(hooks))).toThrow(/already watching/);
    part.release?.();
    expect(v.changes.hooks).toBeUndefined();
    expect(() => copyOnWritePart('again', [...v.units], encode, (hooks) => v.changes.watch(hooks))).not.toThrow();
  });
});
