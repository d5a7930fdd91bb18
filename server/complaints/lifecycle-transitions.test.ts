import { describe, expect, it } from 'vitest';
import { citizenActionsFor, staffActionsFor } from './lifecycle.ts';

describe('complaint transitions (docs/architecture.md lifecycle)', () => {
  it.each([
    ['submitted', ['verify', 'start', 'reply', 'note', 'reject', 'forward']],
    ['verified', ['start', 'reply', 'note', 'resolve', 'reject', 'forward']],
    ['in_progress', ['reply', 'note', 'resolve', 'reject', 'forward']],
    ['reopened', ['start', 'reply', 'note', 'resolve', 'reject', 'forward']],
    ['resolved', ['reply', 'note']],
    ['closed', ['note']],
    ['rejected', ['note']]
  ] as const)('staff may act on a %s complaint with %j', (status, actions) => {
    expect(staffActionsFor(status, true)).toEqual(actions);
  });

  it('hides forwarding from accounts that may not forward', () => {
    expect(staffActionsFor('submitted', false)).not.toContain('forward');
  });

  it.each([
    ['submitted', false, ['info']],
    ['resolved', false, ['info', 'confirm', 'reopen']],
    ['resolved', true, ['info', 'reopen']],
    ['closed', false, []],
    ['rejected', false, []]
  ] as const)('the citizen may act on a %s complaint (confirmed: %s) with %j', (status, confirmed, actions) => {
    expect(citizenActionsFor(status, confirmed)).toEqual(actions);
  });
});
