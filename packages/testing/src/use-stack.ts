import { Client } from 'pg';
import { signUpTenant, type Tenant } from './client';
import { testConfig } from './config';
import { migrateIsolatedDatabase } from './isolated';
import { startStack, type Stack, type StackOptions } from './stack';

export interface UseStackOptions extends StackOptions {
  /** Connect an owner (superuser) `pg` Client to the stack's database. Off by default. */
  pg?: boolean;
  /** Sign up an owner tenant (on by default); an object passes its overrides to `signUpTenant`. */
  owner?: boolean | Parameters<typeof signUpTenant>[1];
  /**
   * Run on a database of the file's own (`migrateIsolatedDatabase(database)`) instead of the shared
   * one; needed with `orchestrator` (see `startStack`).
   */
  database?: string;
}

/**
 * What `useStack` sets up. Every field is filled by its `beforeAll`: read them inside tests and
 * hooks, never at module load (destructuring it at the top of a `describe` reads nothing).
 */
export interface StackFixture {
  stack: Stack;
  /** The gateway's /graphql URL (`stack.url`). */
  url: string;
  /** The signed-up owner; unset with `owner: false`. */
  owner: Tenant;
  /** An owner connection to the stack's database; unset unless `pg: true`. */
  pg: Client;
  /** The stack's database (the shared test database unless `database` or `databaseUrl` named another). */
  databaseUrl: string;
}

/**
 * Registers the `beforeAll`/`afterAll` pair every integration test file needs: starts the real
 * stack (see `startStack`), signs up an owner and, with `pg: true`, connects a `pg` Client to
 * `options.databaseUrl ?? testConfig.databaseUrl`; closes them after the file. A `beforeAll` the
 * file registers after this call runs after it, so it may use the fixture; jest runs `afterAll`
 * hooks in declaration order, so the file's own `afterAll` runs once the stack is closed.
 *
 * `options` may be a function, read in `beforeAll`: for options a hook the file registered before
 * this call prepares (a database or Redis of the file's own).
 */
export function useStack(options: UseStackOptions | (() => UseStackOptions) = {}): StackFixture {
  const fixture = {} as StackFixture;
  beforeAll(async () => {
    const resolved = typeof options === 'function' ? options() : options;
    const { pg: withPg = false, owner: withOwner = true, database, ...stackOptions } = resolved;
    fixture.databaseUrl = stackOptions.databaseUrl ??= database ? migrateIsolatedDatabase(database) : testConfig.databaseUrl;
    fixture.stack = await startStack(stackOptions);
    fixture.url = fixture.stack.url;
    if (withOwner) fixture.owner = await signUpTenant(fixture.url, typeof withOwner === 'object' ? withOwner : undefined);
    if (withPg) {
      fixture.pg = new Client({ connectionString: fixture.databaseUrl });
      await fixture.pg.connect();
    }
  }, 60_000);
  afterAll(async () => {
    await fixture.pg?.end();
    await fixture.stack?.close();
  });
  return fixture;
}
