import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import * as contracts from '@prometric/contracts';
import { EVENT_CONTRACTS, routesOf, type EventContract } from '@prometric/contracts';
import { REPO_ROOT, eventRoutes, testConfig } from '@prometric/testing';

/** Every .ts file under `dir`, except tests. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The code of a package's src without its import statements: what it does with a name, not that it names it. */
function codeOf(dir: string): string {
  return sources(dir)
    .map((file) => readFileSync(file, 'utf8').replace(/^import[\s\S]*?;$/gm, ''))
    .join('\n');
}

const isContract = (value: unknown): value is EventContract => [...EVENT_CONTRACTS.values()].includes(value as EventContract);
/** The contracts by the name they are exported under. */
const named: [string, EventContract][] = Object.entries(contracts).flatMap(([name, value]): [string, EventContract][] => (isContract(value) ? [[name, value]] : []));

describe('event contracts', () => {
  it('are each exported under one name, and name every event once', () => {
    expect(EVENT_CONTRACTS.size).toBeGreaterThan(30);
    expect(named.map(([, c]) => c.type).sort()).toEqual([...EVENT_CONTRACTS.keys()].sort());
  });

  it.each(named)('%s is recorded by its producer (a contract nobody produces fails here)', (name, contract) => {
    const code = codeOf(join(REPO_ROOT, 'subgraphs', contract.producer, 'src'));
    expect([name, new RegExp(`\\b${name}\\b`).test(code)]).toEqual([name, true]);
  });

  it('routes only declared events, and every consumer reads an event someone produces', () => {
    const routes = eventRoutes();
    expect(Object.keys(routes).sort()).toEqual(['finance', 'operations', 'orchestrator', 'sales', 'webhooks']);
    // The webhooks queue (finance's event feed and deliveries) receives every event of every producer.
    expect([...routes.webhooks].sort()).toEqual([...EVENT_CONTRACTS.keys()].sort());
    for (const [queue, types] of Object.entries(routes)) {
      for (const type of types) expect([queue, type, EVENT_CONTRACTS.has(type)]).toEqual([queue, type, true]);
    }
    expect(() => routesOf([contracts.consumes('q', [contracts.OrderCreated]), contracts.consumes('q', [contracts.OrderUpdated])])).toThrow('declared by two consumers');
  });

  it('finds no event in any outbox that no contract declares', async () => {
    // Every outbox row the suite has written so far (recordEvent only takes a contract; this catches
    // rows written any other way).
    const pg = new Client({ connectionString: testConfig.databaseUrl });
    await pg.connect();
    try {
      const { rows: tables } = await pg.query<{ schema: string }>(`select table_schema as schema from information_schema.tables where table_name = 'outbox_event'`);
      expect(tables.length).toBeGreaterThanOrEqual(5);
      const unknown: string[] = [];
      for (const { schema } of tables) {
        const { rows } = await pg.query<{ type: string }>(`select distinct type from "${schema}".outbox_event`);
        unknown.push(...rows.map((r) => r.type).filter((t) => !EVENT_CONTRACTS.has(t)).map((t) => `${schema}: ${t}`));
      }
      expect(unknown).toEqual([]);
    } finally {
      await pg.end();
    }
  });
});
