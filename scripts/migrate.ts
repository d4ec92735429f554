import 'reflect-metadata';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';
import { ensureDatabase, migrateAll } from '@prometric/testing';

/** `pnpm migrate`: creates the database when missing and runs every subgraph's migrations. */
async function main(): Promise<void> {
  const env = loadEnvOrExit(baseEnvSchema);
  await ensureDatabase(env.DATABASE_URL);
  await migrateAll(env.DATABASE_URL);
}

main().catch((err) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
