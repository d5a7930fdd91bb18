import { contentHash } from '../../server/embed/widget-bundle.ts';

type Chunk = { type: 'chunk'; fileName: string; code: string; isEntry: boolean };
type Bundle = Record<string, Chunk | { type: 'asset'; fileName: string }>;

/**
 * Turns the CommonJS chunks Rolldown makes into what a host page can run:
 *
 * - the entry (`suara.js`) becomes a classic script, since host pages load it with a plain `<script src>`: one
 *   function scope, no globals. Its `exports` object, live bindings as getters included, is what the other files
 *   import from it: one Svelte runtime for all.
 * - every other chunk (one per element, loaded when one starts) becomes an ES module whose default export takes
 *   the entry's `require` and returns its exports. The entry loads it with `import()` by its content-hashed name,
 *   the same name the server gives it (server/embed/widget-bundle.ts), so a cached entry never meets a newer chunk.
 *
 * CommonJS, because its chunks reach each other's bindings as properties (`e.mount(…)`), which survive wrapping;
 * ES chunks would need their imports rewritten into live bindings by hand.
 */
export function classicChunks({ entry }: { entry: string }) {
  return {
    name: 'suara-classic-chunks',
    enforce: 'post' as const,
    generateBundle(_options: unknown, bundle: Bundle) {
      const chunks = Object.values(bundle).filter((file): file is Chunk => file.type === 'chunk');
      const main = chunks.find((chunk) => chunk.isEntry && chunk.fileName === entry);
      if (!main) throw new Error(`widgets: no entry chunk ${entry}`);
      const marker = /Object\.defineProperty\(exports,Symbol\.toStringTag,\{value:`Module`\}\);?/;
      const names: Record<string, string> = {};
      for (const chunk of chunks.filter((c) => c !== main)) {
        // A chunk may borrow from the entry only; one chunk requiring another would need a loader we do not have.
        const required = [...chunk.code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
        if (required.some((name) => name !== `./${entry}`)) throw new Error(`widgets: ${chunk.fileName} requires ${required.join(', ')}`);
        chunk.code = `export default function(require){var exports={};${chunk.code.replace(marker, '').trim()}\nreturn exports}\n`;
        names[`./${chunk.fileName}`] = chunk.fileName.replace(/\.js$/, `.${contentHash(Buffer.from(chunk.code))}.js`);
      }
      // The chunks sit beside the script: its own URL, read while it runs (currentScript is null later). A failed
      // import is remembered by the browser, so a retry (after going offline) asks for a fresh URL.
      const load =
        `var chunks=${JSON.stringify(names)},tries=0,require=function(n){return import(new URL(chunks[n]+(tries?"?retry="+tries:""),src))` +
        `.then(function(m){return m.default(function(){return exports})},function(e){tries++;throw e})};`;
      const src = 'document.currentScript&&document.currentScript.src||location.href';
      main.code = `(function(exports,src){"use strict";${load}\n${main.code.replace(marker, '').trim()}\n})({},${src});\n`;
    }
  };
}
