import { describe, expect, it } from 'vitest';
import { zoneName } from './zone-name.ts';

describe('zoneName', () => {
  it('names the three Indonesian zones as people say them, any other by its IANA name', () => {
    expect(zoneName('Asia/Jakarta')).toBe('WIB');
    expect(zoneName('Asia/Makassar')).toBe('WITA');
    expect(zoneName('Asia/Jayapura')).toBe('WIT');
    expect(zoneName('Europe/Amsterdam')).toBe('Europe/Amsterdam');
  });
});
