import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { devApi } from './server/dev/vite-plugin.ts';
import { nativePageEtag } from './scripts/native-page-etag.ts';
import { renderResultClass } from './scripts/render-result-class.ts';

/**
 * The API tests whose subject is the file engine itself, so they run on it alone; every other API test runs
 * on both engines (tests/api/support/test-store.ts).
 */
const API_ON_FILES_ONLY = [
  // The chain key as a file in DATA_DIR, and in a backup with the daily heads (the endpoints run on both: public-record.test.ts).
  'tests/api/public-record-files.test.ts'
];

export default defineConfig({
  plugins: [sveltekit(), devApi(), renderResultClass(), nativePageEtag()],
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
        // The API suite again on PostgreSQL (tests/api/support/test-store.ts): one throwaway cluster for the run,
        // a fresh database per store, copied from a migrated template.
        extends: true,
        test: {
          name: 'api-postgres',
          environment: 'node',
          include: ['tests/api/**/*.test.ts'],
          exclude: API_ON_FILES_ONLY,
          env: { SUARA_TEST_STORE: 'postgres' },
          globalSetup: ['tests/api/support/postgres-cluster-setup.ts'],
          setupFiles: ['tests/api/support/postgres-engine.ts']
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
