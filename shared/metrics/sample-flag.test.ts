import { describe, expect, it } from 'vitest';
import { sampleFlag } from './sample-flag.ts';

describe('sampleFlag', () => {
  it('names the Krejcie–Morgan shortfall when the population is known', () => {
    expect(sampleFlag({ responses: 18, requiredSample: 44 })).toEqual({ kind: 'short', n: 18, required: 44 });
    expect(sampleFlag({ responses: 44, requiredSample: 44 })).toBeNull();
    // A tiny population: 19 of 20 users is enough even below 30.
    expect(sampleFlag({ responses: 19, requiredSample: 19 })).toBeNull();
  });

  it('marks fewer than 30 responses as a small sample without a population', () => {
    expect(sampleFlag({ responses: 18, requiredSample: null })).toEqual({ kind: 'small', n: 18 });
    expect(sampleFlag({ responses: 29 })).toEqual({ kind: 'small', n: 29 });
    expect(sampleFlag({ responses: 30 })).toBeNull();
  });

  it('has nothing to flag without responses', () => {
    expect(sampleFlag({ responses: 0, requiredSample: 44 })).toBeNull();
  });
});
