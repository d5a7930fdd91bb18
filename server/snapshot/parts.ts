import type { SnapshotLines, SnapshotPart } from './types.ts';

/** A part of data copied at the capture (small, or immutable entries), `perLine` items a line. */
export function copiedPart<T>(name: string, items: readonly T[], perLine: number, encode: (items: readonly T[]) => string): SnapshotPart {
  const count = Math.ceil(items.length / perLine);
  return {
    name,
    count,
    *lines() {
      for (let line = 0; line < count; line++) yield encode(items.slice(line * perLine, (line + 1) * perLine));
    }
  };
}

/** The lines of a part that must be there; a snapshot without it is not used. */
export function requiredPart(parts: SnapshotLines, name: string): readonly Buffer[] {
  const lines = parts.get(name);
  if (!lines) throw new Error(`it has no part ${name}`);
  return lines;
}
