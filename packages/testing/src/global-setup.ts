import { testConfig } from './config';
import { migrateInChildProcess } from './migrate-process';

/** Once per jest run: the test database exists and is migrated (in a child process, see `migrateInChildProcess`). */
export default async function globalSetup(): Promise<void> {
  migrateInChildProcess(testConfig.databaseUrl);
}
