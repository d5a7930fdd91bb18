import type { Page, Route } from 'playwright-core';

const SCRIPTS = '**/_app/immutable/**/*.js';

/** Opens `url` with the page's scripts held back; `release` lets them load and waits for the page to hydrate. */
export async function openBeforeHydration(page: Page, url: string): Promise<{ release(): Promise<void> }> {
  const held: Route[] = [];
  let holding = true;
  await page.route(SCRIPTS, (route) => void (holding ? held.push(route) : route.continue()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return {
    async release() {
      holding = false;
      for (const route of held.splice(0)) await route.continue();
      await page.waitForLoadState('networkidle');
      // Hydrated: the page's own script is running (a plain page has no such module loaded).
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/_app/immutable/nodes/')));
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    }
  };
}
