import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { LEGACY_SERVER_MODULE, withRenderResultClass } from './render-result-class.ts';
import { installedModule } from './server-build-rewrite.ts';

const installed = () => installedModule(LEGACY_SERVER_MODULE);

describe('withRenderResultClass', () => {
  it('rewrites the installed Svelte: no getter is defined on each render result any more, and the module still parses', async () => {
    const rewritten = withRenderResultClass(await installed());
    expect(rewritten).toContain('return new LegacyRenderOutput(result);');
    expect(rewritten).not.toMatch(/get: \(\) => result\./);
    expect(rewritten).not.toContain('Object.defineProperties(');
    expect(() => parseAst(rewritten)).not.toThrow();
  });

  it('answers what the getters answered, awaited or read', async () => {
    // The class alone, run against a stand-in for Svelte's render result (sync mode, as SvelteKit renders).
    const rewritten = withRenderResultClass(await installed());
    const classSource = rewritten.slice(rewritten.indexOf('class LegacyRenderOutput'));
    const make = new Function('async_mode_flag', `${classSource}\nreturn (result) => new LegacyRenderOutput(result);`) as (flag: boolean) => (result: unknown) => {
      head: string;
      html: string;
      css: unknown;
    } & PromiseLike<{ head: string; html: string; css: unknown }>;
    const output = make(false)({ head: '<title>x</title>', body: '<p>y</p>' });
    expect(output.head).toBe('<title>x</title>');
    expect(output.html).toBe('<p>y</p>');
    expect(await output).toEqual({ css: { code: '', map: null }, head: '<title>x</title>', html: '<p>y</p>' });
    expect(Object.getOwnPropertyDescriptor(output, 'head')).toBeUndefined();
  });

  it('refuses code it does not recognise, so a changed Svelte fails the build instead of losing the rewrite', () => {
    expect(() => withRenderResultClass('export function asClassComponent() {}')).toThrow(/no longer has the code/);
  });
});
