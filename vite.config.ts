import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { devApi } from './server/dev/vite-plugin.ts';

/** The API tests that run on both engines: ratings, complaints, idempotency, console actions, the authorization matrix, open data, webhooks, notifications. */
const API_ON_POSTGRES = [
  'tests/api/ratings.test.ts',
  'tests/api/complaints.test.ts',
  'tests/api/complaint-tracking.test.ts',
  'tests/api/idempotency.test.ts',
  'tests/api/console.test.ts',
  'tests/api/console-authz*.test.ts',
  'tests/api/open-data.test.ts',
  'tests/api/webhooks.test.ts',
  'tests/api/notifications.test.ts'
];

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
        // The API suite's core again on PostgreSQL (tests/api/support/test-store.ts): one throwaway cluster per file,
        // a fresh database per store. Not every file: the ones whose rules live in the store (docs/scaling.md).
        extends: true,
        test: {
          name: 'api-postgres',
          environment: 'node',
          include: API_ON_POSTGRES,
          env: { SUARA_TEST_STORE: 'postgres' },
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
