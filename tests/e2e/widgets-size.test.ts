// The widgets' size budget, checked on the real build (`npm run build` first): a page with only <suara-rating>
// or only <suara-score> downloads at most 18 KB of our script, gzipped; a page with all four at most 24 KB
// (1 KB = 1,000 bytes, as the build tools print them). Prints what it measured. The browser part checks that a
// page really fetches only the files counted for it.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHash } from '../../server/embed/widget-bundle.ts';
import { WIDGET_FILES, WIDGET_ON_DEMAND } from '../../server/boot.ts';
import { serveHostSite } from './support/host-page.ts';
import { serverAndBrowser } from './support/harness.ts';

const BUDGET = { single: 18_000, all: 24_000 };
/** What a page with all four elements loads before anyone types: the complaint's optional part comes on demand. */
const FIRST_LOAD = WIDGET_FILES.filter((name) => !(WIDGET_ON_DEMAND as readonly string[]).includes(name));
const DIR = new URL('../../build/widgets/', import.meta.url);

const files = new Map<string, { raw: number; gzip: number; body: Buffer }>();
const gz = (...names: string[]) => names.reduce((sum, name) => sum + files.get(name)!.gzip, 0);

beforeAll(async () => {
  for (const name of WIDGET_FILES) {
    const body = await readFile(new URL(name, DIR));
    files.set(name, { raw: body.length, gzip: gzipSync(body, { level: 9 }).length, body });
  }
});

describe('widget size budget', () => {
  it('keeps each page within its budget, and says what it measured', () => {
    const pages = {
      'first load, <suara-rating> only': gz('suara.js', 'suara-rating.js'),
      'first load, <suara-score> only': gz('suara.js', 'suara-score.js'),
      'all four elements': gz(...FIRST_LOAD),
      'all four, complaint form in use': gz(...WIDGET_FILES)
    };
    const kb = (bytes: number) => `${(bytes / 1000).toFixed(2)} KB`;
    console.log(
      [
        'Widget sizes, gzip -9:',
        ...[...files].map(([name, size]) => `  ${name.padEnd(18)} ${kb(size.gzip).padStart(9)}  (${kb(size.raw)} raw)`),
        ...Object.entries(pages).map(([page, bytes]) => `  ${page.padEnd(34)} ${kb(bytes).padStart(9)}`)
      ].join('\n')
    );
    expect(pages['first load, <suara-rating> only']).toBeLessThanOrEqual(BUDGET.single);
    expect(pages['first load, <suara-score> only']).toBeLessThanOrEqual(BUDGET.single);
    expect(pages['all four elements']).toBeLessThanOrEqual(BUDGET.all);
  });

  it('has the first file load the others by the immutable names the server gives them', () => {
    const entry = files.get('suara.js')!.body.toString();
    for (const name of WIDGET_FILES.filter((n) => n !== 'suara.js')) {
      expect(entry).toContain(`"${name.replace(/\.js$/, `.${contentHash(files.get(name)!.body)}.js`)}"`);
    }
  });
});

describe('what a page really downloads', () => {
  const running = serverAndBrowser();
  let site: Awaited<ReturnType<typeof serveHostSite>>;

  beforeAll(async () => {
    const page = (body: string) => ({ type: 'text/html', body: `<!doctype html><html lang="id"><title>t</title><script src="${running.server.origin}/embed/suara.js" defer></script>${body}` });
    site = await serveHostSite({
      '/rating': page('<suara-rating office="disdukcapil-sukamaju"></suara-rating>'),
      '/score': page('<suara-score office="disdukcapil-sukamaju"></suara-score>'),
      '/all': page(
        '<suara-rating office="disdukcapil-sukamaju"></suara-rating><suara-score office="disdukcapil-sukamaju"></suara-score><suara-complaint office="disdukcapil-sukamaju"></suara-complaint><suara-track></suara-track>'
      )
    });
  });

  afterAll(async () => {
    await site?.close();
  });

  it.each([
    ['/rating', ['suara.js', 'suara-rating.js'], BUDGET.single],
    ['/score', ['suara.js', 'suara-score.js'], BUDGET.single],
    ['/all', FIRST_LOAD, BUDGET.all]
  ])('%s fetches %j, gzipped, within its budget', async (path, expected, budget) => {
    const page = await running.browser.newPage();
    // Every page as a first visit: the browser cache (and its revalidation by ETag) would hide what a new
    // visitor downloads. A routed request never comes from the cache.
    await page.route('**/embed/**', (route) => {
      const { 'if-none-match': _, ...headers } = route.request().headers();
      return route.continue({ headers });
    });
    const loaded: { name: string; bytes: Promise<number> }[] = [];
    page.on('requestfinished', (request) => {
      const match = /\/embed\/(suara[\w-]*)(?:\.[\w-]{10})?\.js/.exec(request.url());
      if (match) loaded.push({ name: `${match[1]}.js`, bytes: request.sizes().then((s) => s.responseBodySize) });
    });
    await page.goto(`${site.origin}${path}`);
    await page.waitForLoadState('networkidle');
    expect(loaded.map((file) => file.name).sort()).toEqual([...expected].sort());
    const transferred = (await Promise.all(loaded.map((file) => file.bytes))).reduce((a, b) => a + b, 0);
    console.log(`  ${path}: ${(transferred / 1000).toFixed(2)} KB over the wire (gzip)`);
    expect(transferred).toBeLessThanOrEqual(budget);
    await page.close();
  });
});
