import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { devApi } from './server/dev/vite-plugin.ts';

export default defineConfig({
  plugins: [sveltekit(), devApi()],
  server: { fs: { allow: ['shared', 'server'] } },
  test: {
    // A guard against hangs, not a speed check: the machines that run this are often busy with other work.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['shared/**/*.test.ts', 'server/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/store/**/*.test.ts', 'tests/api/**/*.test.ts']
        }
      },
      {
        extends: true,
        plugins: [svelteTesting()],
        test: {
          name: 'components',
          environment: 'jsdom',
          include: ['web/**/*.test.ts', 'widgets/**/*.test.ts'],
          setupFiles: ['tests/setup/jest-dom.ts']
        }
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
});
