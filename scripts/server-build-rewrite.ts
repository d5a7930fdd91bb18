import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Plugin } from 'vite';

/**
 * A Vite plugin that rewrites one module of a dependency in the pages' server build (docs/bench.md says why each
 * rewrite exists). `rewrite` throws when the module's code is not what it expects, and the build fails if the server
 * build never loaded the module: a changed dependency stops the build rather than quietly dropping the rewrite.
 */
export function serverBuildRewrite({ name, module, rewrite }: { name: string; module: string; rewrite: (code: string) => string }): Plugin {
  let rewritten = false;
  return {
    name: `suara-layanan:${name}`,
    apply: 'build',
    transform(code, id) {
      if (!id.split('?')[0]!.replaceAll('\\', '/').endsWith(module)) return;
      rewritten = true;
      return { code: rewrite(code), map: null };
    },
    buildEnd(error) {
      // Only the pages' server build bundles these modules; the browser's never does.
      if (!error && this.environment.config.consumer === 'server' && !rewritten) {
        this.error(`${module} was not in the server build: the ${name} rewrite (scripts/${name}.ts) expects it there`);
      }
    }
  };
}

/** The installed source of `module` (`/<package>/<path in it>`, as a rewrite names it): what its tests rewrite. */
export async function installedModule(module: string): Promise<string> {
  const [, scope, name, ...rest] = module.split('/');
  const [pkg, path] = scope!.startsWith('@') ? [`${scope}/${name}`, rest] : [scope!, [name!, ...rest]];
  const root = dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`));
  return readFile(join(root, ...path), 'utf8');
}
