import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import {
  TENANT_FILTER,
  appDatabaseUrl,
  appRoleSql,
  createLogger,
  createOrm,
  defineConsumer,
  listDeadLetters,
  retryDeadLetters,
  processedMessageSql,
  startConsumer,
  tenantRlsSql,
  type DomainEvent,
  type EventHandler,
  type RunningConsumer,
  type TenantParams,
} from '@prometric/core';
import { testConfig } from '@prometric/testing';
import { consumes, defineEvent } from '@prometric/contracts';
import { z } from 'zod';

/**
 * The durable event consumer against real Postgres (as the application role, under row-level
 * security) and real Redis/BullMQ. The file owns a scratch schema and queue, dropped at the end.
 */
const schema = `consumer_test_${randomUUID().slice(0, 8)}`;
const queueName = `consumer-test-${randomUUID().slice(0, 8)}`;
const orgA = randomUUID();
const wsA = randomUUID();
const orgB = randomUUID();
const wsB = randomUUID();

let owner: Client;
let orm: Awaited<ReturnType<typeof createOrm>>;
let queue: Queue;
let queueEvents: QueueEvents;
let connection: Redis;
let eventsConnection: Redis;
let consumer: RunningConsumer;
/** Failures still to inject, per event id. */
const failuresLeft = new Map<string, number>();
const seenTenants: TenantParams[] = [];

/** The scratch event this file's consumer handles: its payload carries how much to add. */
const TallyBumped = defineEvent('tally.bumped', {
  version: 1,
  aggregateType: 'Tally',
  producer: 'sales',
  description: 'Test event: adds `by` to a tally.',
  payload: z.object({ by: z.number().int().positive() }),
});

function event(type: string, workspaceId = wsA, organizationId = orgA): DomainEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    aggregateType: 'Tally',
    aggregateId: randomUUID(),
    aggregateVersion: 1,
    organizationId,
    workspaceId,
    actorId: null,
    occurredAt: new Date().toISOString(),
    payload: { by: 1 },
  };
}

/** Adds one to the tally of every row it can see: under row-level security, only the event's workspace. */
const bump: EventHandler<typeof TallyBumped> = async (em, e) => {
  seenTenants.push(em.getFilterParams<TenantParams>(TENANT_FILTER));
  await em.execute(`update "${schema}"."tally" set "n" = "n" + ?`, [e.payload.by]);
  const left = failuresLeft.get(e.id) ?? 0;
  if (left > 0) {
    failuresLeft.set(e.id, left - 1);
    throw new Error('injected failure');
  }
};

async function deliver(e: DomainEvent, jobId = randomUUID()): Promise<string> {
  const job = await queue.add(e.type, e, { jobId, attempts: 4, backoff: { type: 'exponential', delay: 50 } });
  return job.waitUntilFinished(queueEvents, 20000);
}

async function tally(workspaceId: string): Promise<number> {
  const { rows } = await owner.query(`select "n" from "${schema}"."tally" where "workspace_id" = $1`, [workspaceId]);
  return rows[0].n;
}

async function processed(eventId: string): Promise<number> {
  const { rows } = await owner.query(`select count(*)::int as c from "${schema}"."processed_message" where "event_id" = $1`, [eventId]);
  return rows[0].c;
}

beforeAll(async () => {
  owner = new Client({ connectionString: testConfig.databaseUrl });
  await owner.connect();
  await owner.query(`create schema "${schema}"`);
  await owner.query(`create table "${schema}"."tally" ("workspace_id" uuid primary key, "organization_id" uuid not null, "n" int not null default 0)`);
  await owner.query(processedMessageSql(schema));
  for (const sql of [...appRoleSql(schema), ...tenantRlsSql(schema, ['tally', 'processed_message'])]) await owner.query(sql);
  await owner.query(`insert into "${schema}"."tally" values ($1, $2, 0), ($3, $4, 0)`, [wsA, orgA, wsB, orgB]);
  orm = await createOrm({ clientUrl: appDatabaseUrl({ DATABASE_URL: testConfig.databaseUrl }), schema, entities: [], migrations: [], poolMax: 4 });
  connection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
  queue = new Queue(queueName, { connection });
  eventsConnection = new Redis(testConfig.redisUrl, { maxRetriesPerRequest: null });
  queueEvents = new QueueEvents(queueName, { connection: eventsConnection });
  await queueEvents.waitUntilReady();
  consumer = await startConsumer({
    consumer: defineConsumer(consumes(queueName, [TallyBumped]), { 'tally.bumped': bump }),
    orm,
    schema,
    redisUrl: testConfig.redisUrl,
    logger: createLogger('consumer-test', 'fatal'),
    concurrency: 8,
  });
});

afterAll(async () => {
  await consumer?.close();
  await queueEvents?.close();
  await queue?.obliterate({ force: true }).catch(() => undefined);
  await queue?.close();
  connection?.disconnect();
  eventsConnection?.disconnect();
  await orm?.close(true);
  await owner?.query(`drop schema if exists "${schema}" cascade`);
  await owner?.end();
});

describe('durable event consumer', () => {
  it("applies an event in its tenant's transaction, under row-level security", async () => {
    const e = event('tally.bumped', wsB, orgB);
    const before = await tally(wsA);
    expect(await deliver(e)).toBe('applied');
    expect(await tally(wsB)).toBe(1);
    // The handler's unscoped update saw only the event's workspace.
    expect(await tally(wsA)).toBe(before);
    expect(seenTenants.at(-1)).toEqual({ organizationId: orgB, workspaceId: wsB, userId: null });
    expect(await processed(e.id)).toBe(1);
  });

  it('skips the same event delivered again as another job: one effect', async () => {
    const e = event('tally.bumped');
    const before = await tally(wsA);
    expect(await deliver(e)).toBe('applied');
    expect(await deliver({ ...e })).toBe('duplicate');
    expect(await tally(wsA)).toBe(before + 1);
    expect(await processed(e.id)).toBe(1);
  });

  it('applies concurrent duplicate deliveries once', async () => {
    const e = event('tally.bumped');
    const before = await tally(wsA);
    const outcomes = await Promise.all(Array.from({ length: 6 }, () => deliver({ ...e })));
    expect(outcomes.filter((o) => o === 'applied')).toHaveLength(1);
    expect(outcomes.filter((o) => o === 'duplicate')).toHaveLength(5);
    expect(await tally(wsA)).toBe(before + 1);
  });

  it('rolls a failed attempt back with its processed mark, and the retry applies it once', async () => {
    const e = event('tally.bumped');
    failuresLeft.set(e.id, 2);
    const before = await tally(wsA);
    expect(await deliver(e)).toBe('applied');
    expect(failuresLeft.get(e.id)).toBe(0);
    expect(await tally(wsA)).toBe(before + 1);
    expect(await processed(e.id)).toBe(1);
  });

  it('acknowledges an event type it has no handler for, without effect or mark', async () => {
    const e = event('tally.unknown');
    const before = await tally(wsA);
    expect(await deliver(e)).toBe('ignored');
    expect(await tally(wsA)).toBe(before);
    expect(await processed(e.id)).toBe(0);
  });

  it('dead-letters a payload that breaks its contract at once (no retries), with the reason, and applies nothing', async () => {
    const before = await tally(wsA);
    const malformed = { ...event('tally.bumped'), payload: { by: 'two' } };
    const otherVersion = { ...event('tally.bumped'), schemaVersion: 2 };
    for (const [e, reason] of [
      [malformed, /tally\.bumped: payload does not match its contract.*by/s],
      [otherVersion, /tally\.bumped: payload version 2 is not the version 1/],
    ] as const) {
      const job = await queue.add(e.type, e, { jobId: `bad-${e.id}`, attempts: 5, backoff: { type: 'fixed', delay: 20 } });
      await expect(job.waitUntilFinished(queueEvents, 20000)).rejects.toThrow(reason);
      const dead = (await listDeadLetters(connection, queueName)).find((d) => d.eventId === e.id);
      // One attempt: no retry could make the payload valid.
      expect(dead).toMatchObject({ jobId: `bad-${e.id}`, type: 'tally.bumped', attemptsMade: 1 });
      expect(dead!.failedReason).toMatch(reason);
      expect(await processed(e.id)).toBe(0);
    }
    expect(await tally(wsA)).toBe(before);
  });

  it('keeps a job that used up its attempts as a visible dead letter, and applies it once when retried', async () => {
    const e = event('tally.bumped');
    failuresLeft.set(e.id, 2);
    const before = await tally(wsA);
    const job = await queue.add(e.type, e, { jobId: `dead-${e.id}`, attempts: 2, backoff: { type: 'fixed', delay: 20 } });
    await expect(job.waitUntilFinished(queueEvents, 20000)).rejects.toThrow('injected failure');
    const dead = await listDeadLetters(connection, queueName);
    expect(dead.find((d) => d.eventId === e.id)).toMatchObject({ jobId: `dead-${e.id}`, type: 'tally.bumped', attemptsMade: 2, failedReason: 'injected failure' });
    expect(await processed(e.id)).toBe(0);
    expect(await tally(wsA)).toBe(before); // both attempts rolled back

    expect(await retryDeadLetters(connection, queueName, [`dead-${e.id}`])).toEqual([`dead-${e.id}`]);
    expect(await job.waitUntilFinished(queueEvents, 20000)).toBe('applied');
    expect(await tally(wsA)).toBe(before + 1);
    expect(await processed(e.id)).toBe(1);
    expect((await listDeadLetters(connection, queueName)).some((d) => d.eventId === e.id)).toBe(false);
    // Retrying again finds nothing to retry.
    expect(await retryDeadLetters(connection, queueName, [`dead-${e.id}`])).toEqual([]);
  });
});
