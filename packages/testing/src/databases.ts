import { Client } from 'pg';
import { APP_DB_ROLE, createOrm, migrate } from '@prometric/core';
import { IDENTITY_SCHEMA, identityEntities, identityMigrations } from '@prometric/identity';
import { SALES_SCHEMA, salesEntities, salesMigrations } from '@prometric/sales';
import { OPERATIONS_SCHEMA, operationsEntities, operationsMigrations } from '@prometric/operations';
import { FINANCE_SCHEMA, financeEntities, financeMigrations } from '@prometric/finance';
import { PRODUCTION_SCHEMA, productionEntities, productionMigrations } from '@prometric/production';
import { HR_SCHEMA, hrEntities, hrMigrations } from '@prometric/hr';
import { ORCHESTRATOR_SCHEMA, orchestratorEntities, orchestratorMigrations } from '@prometric/orchestrator';

/** Every subgraph's ORM settings (and the orchestrator's), in dependency order. */
export const SUBGRAPH_DATABASES = [
  { schema: IDENTITY_SCHEMA, entities: identityEntities, migrations: identityMigrations },
  { schema: SALES_SCHEMA, entities: salesEntities, migrations: salesMigrations },
  { schema: OPERATIONS_SCHEMA, entities: operationsEntities, migrations: operationsMigrations },
  { schema: FINANCE_SCHEMA, entities: financeEntities, migrations: financeMigrations },
  { schema: PRODUCTION_SCHEMA, entities: productionEntities, migrations: productionMigrations },
  { schema: HR_SCHEMA, entities: hrEntities, migrations: hrMigrations },
  { schema: ORCHESTRATOR_SCHEMA, entities: orchestratorEntities, migrations: orchestratorMigrations },
];

/** Creates the database of `url` when it does not exist (connecting to the `postgres` database). */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  try {
    await client.connect();
  } catch (e) {
    throw new Error(`PostgreSQL is not reachable at ${admin.host}: ${(e as Error).message}. Start it or set DATABASE_URL.`, { cause: e });
  }
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) {
      await client.query(`create database "${name.replace(/"/g, '""')}"`).catch((e: { code?: string }) => {
        if (e.code !== '42P04') throw e; // created concurrently
      });
    }
  } finally {
    await client.end();
  }
}

/**
 * Runs every subgraph's pending migrations against `url` (as the owner), then gives the application
 * role its password when one is configured (deployments with password authentication).
 */
export async function migrateAll(url: string, appPassword?: string): Promise<void> {
  for (const db of SUBGRAPH_DATABASES) {
    const orm = await createOrm({ clientUrl: url, ...db, poolMax: 3 });
    try {
      await migrate(orm);
    } finally {
      await orm.close(true);
    }
  }
  if (appPassword) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`alter role ${APP_DB_ROLE} password ${escapeLiteral(appPassword)}`);
    } finally {
      await client.end();
    }
  }
}

function escapeLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
