import { MikroORM, ReflectMetadataProvider, type Constructor, type EntityManager as CoreEm } from '@mikro-orm/core';
import { PostgreSqlDriver, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator, type Migration } from '@mikro-orm/migrations';
import { AuditSubscriber } from './audit.subscriber';
import { AuditTrailSubscriber } from '../audit/audit-trail.subscriber';
import { AuditLog } from '../audit/audit-log.entity';
import { DocumentCounter } from './numbering';
import { OutboxEvent } from '../events/outbox.entity';
import { IdempotencyKey } from './idempotency';
import { serializeQueries } from './serial-connection';

export interface OrmOptions {
  /** Postgres connection string. */
  clientUrl: string;
  /** The subgraph's own Postgres schema. */
  schema: string;
  entities: Constructor[];
  /** Hand-written migrations, oldest first. */
  migrations: { name: string; class: Constructor<Migration> }[];
  debug?: boolean;
  poolMax?: number;
  /** Sees every SQL statement (tests count statements with it). */
  onQuery?: (sql: string) => void;
}

/** The kernel's tables every subgraph has in its own schema. */
export const KERNEL_ENTITIES: Constructor[] = [DocumentCounter, OutboxEvent, IdempotencyKey, AuditLog];

/** Creates the ORM of one subgraph: its own schema, the kernel's tables, migrations not schema sync. */
export async function createOrm(options: OrmOptions): Promise<MikroORM<PostgreSqlDriver>> {
  return MikroORM.init<PostgreSqlDriver>({
    driver: PostgreSqlDriver,
    clientUrl: options.clientUrl,
    schema: options.schema,
    entities: [...options.entities, ...KERNEL_ENTITIES],
    metadataProvider: ReflectMetadataProvider,
    discovery: { warnWhenNoEntities: true },
    subscribers: [new AuditSubscriber(), new AuditTrailSubscriber()],
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: options.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
    pool: {
      min: 0,
      max: options.poolMax ?? 10,
      afterCreate: (connection: Parameters<typeof serializeQueries>[0], done: (err: Error | null, connection: unknown) => void) => {
        serializeQueries(connection);
        done(null, connection);
      },
    },
    debug: options.onQuery ? ['query'] : (options.debug ?? false),
    ...(options.onQuery ? { logger: (message: string) => options.onQuery!(message) } : {}),
    allowGlobalContext: false,
    forceUtcTimezone: true,
    serialization: { forceObject: true },
  });
}

/** Runs pending migrations of one subgraph under an advisory lock, so parallel starts do not race. */
export async function migrate(orm: MikroORM<PostgreSqlDriver>): Promise<void> {
  const em = orm.em.fork() as EntityManager;
  const connection = em.getConnection();
  const schema = orm.config.get('schema')!;
  await connection.execute(`create schema if not exists "${schema}"`);
  const knex = connection.getKnex();
  await knex.transaction(async (trx) => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`migrate:${schema}`]);
    await orm.getMigrator().up();
  });
}

export type { MikroORM, CoreEm };
