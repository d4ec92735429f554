import 'reflect-metadata';
import { z } from 'zod';
import { baseEnvSchema, loadEnvOrExit } from '@prometric/core';
import { ensureDatabase, migrateAll } from '@prometric/testing';

/** `pnpm migrate`: creates the database when missing and runs every subgraph's migrations. */
async function main(): Promise<void> {
  const env = loadEnvOrExit(baseEnvSchema.extend({ DATABASE_APP_PASSWORD: z.string().optional() }));
  await ensureDatabase(env.DATABASE_URL);
  await migrateAll(env.DATABASE_URL, env.DATABASE_APP_PASSWORD);
}

main().catch((err) => {
  process.stderr.write(`migration failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
