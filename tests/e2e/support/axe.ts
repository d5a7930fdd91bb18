import { readFile } from 'node:fs/promises';
import { expect } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | undefined;

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * axe's rules for a whole page of our own, beyond WCAG's: everything inside a landmark, one `h1`, one `main`.
 * What a screen-reader user navigates by; not for a widget on someone else's page.
 */
const PAGE_STRUCTURE_RULES = ['region', 'page-has-heading-one', 'landmark-one-main'];

/**
 * What to check: `include`, only inside these selectors; `structure`, the page structure rules as well, on by
 * default for a whole page (every page is ours but a widget's host page, which says `structure: false`).
 */
export type AxeScope = { include?: string[]; structure?: boolean };

/** Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now. */
export async function axeViolations(page: Page, { include, structure = include === undefined }: AxeScope = {}): Promise<AxeViolation[]> {
  source ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // evaluate, not addScriptTag: DevTools evaluation is not subject to the page's CSP, an inline script would be.
  await page.evaluate(source);
  const rules = Object.fromEntries((structure ? PAGE_STRUCTURE_RULES : []).map((id) => [id, { enabled: true }]));
  return page.evaluate(
    async ({ include, rules }) => {
      const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
      const result = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
    },
    { include, rules }
  );
}

/** Fails the test with the violations listed when axe finds any on the page as it is now; `what` names the page. */
export async function expectNoAxeViolations(page: Page, what: string, scope: AxeScope = {}): Promise<void> {
  const violations = await axeViolations(page, scope);
  expect(violations, `${what}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
}
