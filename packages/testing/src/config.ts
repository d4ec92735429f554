import { resolve } from 'node:path';

/** Repository root (packages/testing/src → ../../..). */
export const REPO_ROOT = resolve(__dirname, '../../..');

/** Settings the test suite runs with; overridable by environment. */
export const testConfig = {
  databaseUrl: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/prometric_test',
  redisUrl: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
  keysDir: resolve(REPO_ROOT, '.data/test-keys'),
  supergraphPath: resolve(REPO_ROOT, 'schema/supergraph.graphql'),
};
