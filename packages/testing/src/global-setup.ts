import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, testConfig } from './config';

/**
 * Once per jest run: the test database exists and is migrated. Runs `scripts/migrate.ts` in its own
 * process: MikroORM keeps global metadata, which must not leak from jest's main realm into the
 * test files' realms.
 */
export default async function globalSetup(): Promise<void> {
  execFileSync(process.execPath, ['-r', '@swc-node/register', join(REPO_ROOT, 'scripts/migrate.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATABASE_URL: testConfig.databaseUrl, LOG_LEVEL: 'warn' },
    stdio: 'inherit',
  });
}
