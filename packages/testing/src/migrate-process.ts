import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './config';

/**
 * Creates (when missing) and migrates the database of `databaseUrl` by running `scripts/migrate.ts`
 * in a child process: MikroORM keeps global metadata, and the migrator's must not mix with the realm
 * that runs the services (jest's test files, a benchmark's stack). Imports nothing of MikroORM, so
 * jest's global setup may use it.
 */
export function migrateInChildProcess(databaseUrl: string): void {
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'scripts/migrate.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
}
