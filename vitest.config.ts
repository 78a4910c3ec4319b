import { defineConfig } from 'vitest/config';

/**
 * The server tests run on SQLite, or with TEST_STORE=postgres on PostgreSQL (npm run test:server:pg):
 * files named sqlite-*.test.ts test SQLite itself and pg-*.test.ts PostgreSQL itself, so each runs
 * only with its store.
 */
const storeOnly =
  process.env.TEST_STORE === 'postgres' ? 'tests/**/sqlite-*.test.ts' : 'tests/**/pg-*.test.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**', storeOnly],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
