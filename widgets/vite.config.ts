import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// Svelte injects each component's CSS as a string that ships to every visitor, comments and indentation
// included; our own styles need no more than this to compact them.
const compactStyles = {
  name: 'compact-styles',
  style: ({ content }: { content: string }) => ({ code: content.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ').trim() })
};

/** The embeddable widgets: one self-contained script with every custom element and one Svelte runtime. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [
    svelte({
      configFile: false,
      preprocess: [compactStyles],
      // Elements declare themselves with <svelte:options customElement>; their child components only need
      // their CSS injected too, so it lands in the element's shadow root rather than in a separate file.
      // No `window.__svelte` version marker: the host page's globals are not ours to write.
      compilerOptions: { css: 'injected', discloseVersion: false }
    })
  ],
  build: {
    outDir: fileURLToPath(new URL('../build/widgets', import.meta.url)),
    emptyOutDir: true,
    // ES2022 keeps Svelte's private class members native (lowering them to ES2020 costs ~1.2 KB gzipped).
    // That needs Safari 15+ (iOS 15 reaches back to the iPhone 6s), Chrome 87+ and Firefox 90+.
    target: 'es2022',
    lib: { entry: 'index.ts', formats: ['iife'], name: 'SuaraLayanan', fileName: () => 'suara.js' }
  }
});
