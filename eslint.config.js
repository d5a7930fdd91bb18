// ESLint: the recommended rules of ESLint, typescript-eslint and eslint-plugin-svelte; layout is Prettier's
// business (.prettierrc.json), so no stylistic rules here. `npm run lint`; also part of `npm test`.
import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  { ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'data/', 'bench/data/'] },
  js.configs.recommended,
  ts.configs.recommended,
  svelte.configs.recommended,
  svelte.configs.prettier,
  {
    // Server, browser and tests share one tree: both sets of globals, and the types decide what is really there.
    languageOptions: { globals: { ...globals.browser, ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    // Only where SvelteKit's files are (web/routes…): the rest holds functions, which ESLint's cache cannot keep.
    languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig: { kit: { files: svelteConfig.kit.files } } } }
  },
  {
    rules: {
      // `_name` marks an argument or binding kept for its position (a callback's signature, a tuple).
      // `{ seq, hash, ...event }` drops the named keys: the rest is what is used.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Asks every link and goto() to go through $app/paths' resolve(): for apps under a base path. This one is
      // served from the root (no kit.paths.base in svelte.config.js), so a plain '/kantor/…' is already right.
      'svelte/no-navigation-without-resolve': 'off',
      // TypeScript already reports undefined names, with the program's real globals and types.
      'no-undef': 'off'
    }
  }
);
