import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const VIRTUAL = '\0svelte-slim:';
const BARREL_SPECIFIER = `(?:svelte\\/internal\\/client|[./\\w-]*internal\\/client\\/index\\.js)`;
const NAMESPACE_IMPORT = new RegExp(`import\\s*\\*\\s*as\\s*([\\w$]+)\\s*from\\s*['"]${BARREL_SPECIFIER}['"]`, 'g');
const NAMED_IMPORT = new RegExp(`import\\s*\\{([^}]*)\\}\\s*from\\s*['"]${BARREL_SPECIFIER}['"]`, 'g');
// `import { mount } from 'svelte'` in our own modules: the public index also re-exports createRawSnippet & co.
const PUBLIC_IMPORT = /import\s*\{([^}]*)\}\s*from\s*['"]svelte['"]/g;
const HYDRATION = '/internal/client/dom/hydration.js';
const SVELTE_UTILS = '/svelte/src/utils.js';
const ADOPT_STYLES = fileURLToPath(new URL('../shared/styles.ts', import.meta.url));

/** Every name `svelte/internal/client` re-exports, with the file and name it comes from. */
function barrelExports(barrel: string): Map<string, { file: string; name: string }> {
  const names = new Map<string, { file: string; name: string }>();
  for (const [, list, from] of readFileSync(barrel, 'utf8').matchAll(/export\s*\{([^}]*)\}\s*from\s*'([^']+)'/g)) {
    for (const spec of list!.split(',').map((s) => s.trim()).filter(Boolean)) {
      const [name, alias] = spec.split(/\s+as\s+/);
      names.set(alias ?? name!, { file: resolve(dirname(barrel), from!), name: name! });
    }
  }
  return names;
}

/**
 * Svelte's hydration flag as a constant `false`: every `if (hydrating)` branch of the runtime then goes away. Our
 * elements only ever mount (../shared/mount.ts) into a fresh shadow root; Svelte's `hydrate()` is the only thing
 * that turns the flag on, and the runtime's other writes only put back a value it read while hydrating.
 */
function neverHydrating(code: string): string {
  const out = code.replace('export let hydrating = false;', 'export const hydrating = false;').replace(/\bhydrating = value;/, 'void value;');
  if (/\bhydrating = /.test(out.replace('export const hydrating = false;', ''))) throw new Error('widgets: hydration.js changed; revisit neverHydrating');
  return out;
}

/**
 * `[...DOM_BOOLEAN_ATTRIBUTES, …]` as the same array made by `concat`, marked pure: a spread counts as a side effect,
 * so the minifier kept the whole unused list (~0.2 KB gzipped) as a bare statement in the first file.
 */
function pureDomProperties(code: string): string {
  const out = code.replace(/const DOM_PROPERTIES = \[\s*\.\.\.DOM_BOOLEAN_ATTRIBUTES,([^\]]*)\];/, 'const DOM_PROPERTIES = /* @__PURE__ */ DOM_BOOLEAN_ATTRIBUTES.concat([$1]);');
  if (out === code) throw new Error('widgets: svelte/src/utils.js changed; revisit pureDomProperties');
  return out;
}

/**
 * Rewrites of what the Svelte compiler emits, and of two runtime files (see neverHydrating and pureDomProperties
 * above), for the widget bundle only.
 *
 * 1. Compiled components import the whole runtime barrel (`import * as $ from 'svelte/internal/client'`). Chunks are
 *    made per module, so through the barrel every runtime file would count as used by the first file, and the
 *    second, lazily loaded file could not keep the blocks only it needs (each, if, await …). Each import of the
 *    barrel becomes a virtual module re-exporting just the names that importer uses, straight from their files.
 * 2. Custom elements always inject their CSS as a `<style>` in the shadow root, which a strict `style-src` blocks.
 *    `$.append_styles` becomes `adoptStyles` (../shared/styles.ts): constructable stylesheets, which CSP allows.
 */
export function slimSvelte() {
  const require = createRequire(import.meta.url);
  const barrel = resolve(dirname(require.resolve('svelte/package.json')), 'src/internal/client/index.js');
  const exported = barrelExports(barrel);
  const publicExported = barrelExports(resolve(dirname(barrel), '../../index-client.js'));
  for (const [alias, source] of publicExported) if (!exported.has(alias)) exported.set(alias, source);
  return {
    name: 'suara-slim-svelte',
    enforce: 'post' as const,
    transform(code: string, id: string) {
      if (id.endsWith(HYDRATION)) return { code: neverHydrating(code), map: null };
      if (id.endsWith(SVELTE_UTILS)) return { code: pureDomProperties(code), map: null };
      if (id.startsWith(VIRTUAL) || !/internal\/client|from ['"]svelte['"]/.test(code)) return;
      let out = code;
      if (!id.includes('node_modules')) {
        out = out.replace(PUBLIC_IMPORT, (match, list: string) => {
          const used = list.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!).filter(Boolean);
          return used.every((name) => publicExported.has(name)) ? `import {${list}} from '${VIRTUAL}${used.sort().join(',')}'` : match;
        });
      }
      if (/\.svelte(\?|$)/.test(id) && out.includes('$.append_styles(')) {
        out = `import { adoptStyles as $$adoptStyles } from ${JSON.stringify(ADOPT_STYLES)};\n` + out.replaceAll('$.append_styles(', '$$$$adoptStyles(');
      }
      out = out.replace(NAMESPACE_IMPORT, (_match, namespace: string) => {
        const member = new RegExp(`${namespace.replace('$', '\\$')}\\.([A-Za-z_$][\\w$]*)`, 'g');
        const used = [...new Set([...out.matchAll(member)].map((m) => m[1]!))].filter((name) => exported.has(name));
        return `import * as ${namespace} from '${VIRTUAL}${used.sort().join(',')}'`;
      });
      out = out.replace(NAMED_IMPORT, (_match, list: string) => {
        const used = list.split(',').map((s) => s.trim().split(/\s+as\s+/)[0]!).filter(Boolean);
        return `import {${list}} from '${VIRTUAL}${used.sort().join(',')}'`;
      });
      return out === code ? undefined : { code: out, map: null };
    },
    resolveId: (id: string) => (id.startsWith(VIRTUAL) ? id : undefined),
    load(id: string) {
      if (!id.startsWith(VIRTUAL)) return;
      return id
        .slice(VIRTUAL.length)
        .split(',')
        .filter(Boolean)
        .map((alias) => {
          const { file, name } = exported.get(alias)!;
          return `export { ${name === alias ? name : `${name} as ${alias}`} } from ${JSON.stringify(file)};`;
        })
        .join('\n');
    }
  };
}
