import { describe, expect, it } from 'vitest';
import { FixedWindows } from './fixed-windows.ts';

describe('FixedWindows', () => {
  it('counts per key within a window that starts at the first hit, then starts again', () => {
    const windows = new FixedWindows(1000);
    expect(windows.hit('a', 0)).toEqual({ hits: 1, resetAt: 1000 });
    expect(windows.hit('a', 400)).toEqual({ hits: 2, resetAt: 1000 });
    expect(windows.hit('b', 500)).toEqual({ hits: 1, resetAt: 1500 });
    expect(windows.hit('a', 999)).toEqual({ hits: 3, resetAt: 1000 });
    expect(windows.hit('a', 1000)).toEqual({ hits: 1, resetAt: 2000 });
    expect(windows.hit('b', 1200)).toEqual({ hits: 2, resetAt: 1500 });
  });

  it('keeps a key hit in the last window across a turn, and forgets one idle for a whole window', () => {
    const windows = new FixedWindows(1000);
    windows.hit('idle', 0);
    windows.hit('busy', 900);
    expect(windows.hit('busy', 1100)).toEqual({ hits: 2, resetAt: 1900 }); // turn at 1000: both move to "previous"
    expect(windows.hit('other', 2100)).toEqual({ hits: 1, resetAt: 3100 }); // turn at 2100: "idle" is dropped
    expect(windows.hit('idle', 2200)).toEqual({ hits: 1, resetAt: 3200 });
  });
});
