import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';
import { defineConfig } from 'vite';
import { classicChunks } from './build/classic-chunks.ts';
import { slimSvelte } from './build/slim-svelte.ts';

// Svelte ships a component's CSS as written (comments, spaces, `0.5em`) to every visitor: minify it first, as
// the build does for base.css. Svelte then only adds its scoping classes.
const compactStyles = {
  name: 'compact-styles',
  style: ({ content }: { content: string }) => ({ code: transformSync(content, { loader: 'css', minify: true }).code.trim() })
};

const ELEMENT_ONLY = /widgets[\\/](rating|score|complaint|track)[\\/]|widgets[\\/](rating|score|forms)\.ts|i18n[\\/]widget|shared[\\/](codes|time)[\\/]|format[\\/]numbers|metrics[\\/]sample-flag/;
// Svelte scopes a component's CSS by a class named after its hash (`svelte-13yftz3`), written on every element it
// styles; all components share one stylesheet per shadow root, so four characters are plenty, checked here.
const cssHashes = new Map<string, string>();
function shortCssHash({ hash, css }: { hash: (input: string) => string; css: string }): string {
  const name = `s${hash(css).slice(0, 4)}`;
  if ((cssHashes.get(name) ?? css) !== css) throw new Error(`widgets: two components' styles share the class ${name}`);
  cssHashes.set(name, css);
  return name;
}

/**
 * The embeddable widgets: `suara.js`, a classic script with the Svelte runtime, what every element shares and the
 * registration of all four tags; and one file per element, loaded when the first such element starts and sharing
 * the first file's runtime (build/classic-chunks.ts): `suara-rating.js`, `suara-score.js`, and `suara-forms.js`
 * for <suara-complaint> and <suara-track>. Budgets (tests/e2e/widgets-size.test.ts): a page with only
 * a rating or a score loads ≤ 18 KB gzipped, all four ≤ 24 KB.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    svelte({
      configFile: false,
      preprocess: [compactStyles],
      // Elements declare themselves with <svelte:options customElement>; their child components are compiled the
      // same way so their (minified) CSS travels with them into the element's constructable stylesheet.
      // No `window.__svelte` version marker: the host page's globals are not ours to write.
      compilerOptions: { css: 'injected', discloseVersion: false, cssHash: shortCssHash }
    }),
    slimSvelte(),
    classicChunks({ entry: 'suara.js' })
  ],
  build: {
    outDir: fileURLToPath(new URL('../build/widgets', import.meta.url)),
    emptyOutDir: true,
    // ES2022 keeps Svelte's private class members native (lowering them to ES2020 costs ~1.2 KB gzipped).
    // That needs Safari 15+ (iOS 15 reaches back to the iPhone 6s), Chrome 87+ and Firefox 90+.
    target: 'es2022',
    lib: { entry: 'index.ts', formats: ['cjs'], fileName: () => 'suara.js' },
    rolldownOptions: {
      // The entry exports nothing to host pages; its exports are only what the second file needs from it.
      preserveEntrySignatures: false,
      output: {
        chunkFileNames: (chunk: { name: string }) => `suara-${chunk.name.toLowerCase()}.js`,
        // Each element's file holds its own folder and its words (shared/i18n/widget*.ts); everything else, the
        // Svelte runtime and widgets/shared included, stays in the entry, so no module ends up in a chunk of its own.
        codeSplitting: { groups: [{ name: 'suara', test: (id: string) => !ELEMENT_ONLY.test(id) }] }
      }
    }
  }
});
