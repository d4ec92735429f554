import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import pg from 'pg';
import { bearerToken, type Principal, type TokenVerifier } from '@prometric/core';

/**
 * The lean baseline of `pnpm bench`: what the products page costs with nothing but graphql-js, pg
 * and jose. It does the sales subgraph's work for that page and no more: the same JWT check (the
 * very TokenVerifier), the same five statements as the same role under the same row-level security
 * (BEGIN, the tenant setting, the page, the count, COMMIT), the same JSON. It knows one query, has
 * no ORM, no field rules, no federation, no logging: the floor our request path is measured against.
 */

const SCHEMA = buildSchema(`
  type Query { products(first: Int!): ProductConnection! }
  type ProductConnection { totalCount: Int! edges: [ProductEdge!]! }
  type ProductEdge { node: Product! }
  type Product { id: ID! sku: String! name: String! price: Money! cost: Money }
  type Money { amount: String! currency: String! }
`);

interface ProductRow {
  id: string;
  sku: string;
  name: string;
  price_amount: string;
  cost_amount: string | null;
  currency: string;
}

interface LeanContext {
  principal: Principal;
  pool: pg.Pool;
}

const cents = (amount: string) => Number(amount).toFixed(2);

async function productsPage(ctx: LeanContext, first: number) {
  const client = await ctx.pool.connect();
  try {
    await client.query('begin');
    await client.query("select set_config('app.workspace_id', $1, true), set_config('app.organization_id', $2, true)", [ctx.principal.workspaceId, ctx.principal.organizationId]);
    const where = 'where deleted_at is null and organization_id = $1 and workspace_id = $2';
    const tenant = [ctx.principal.organizationId, ctx.principal.workspaceId];
    const page = await client.query<ProductRow>(`select id, sku, name, price_amount, cost_amount, currency from sales.product ${where} order by name asc, id asc limit $3`, [...tenant, first + 1]);
    const count = await client.query<{ count: string }>(`select count(*) as count from sales.product ${where}`, tenant);
    await client.query('commit');
    return {
      totalCount: Number(count.rows[0].count),
      edges: page.rows.slice(0, first).map((row) => ({
        node: {
          id: row.id,
          sku: row.sku,
          name: row.name,
          price: { amount: cents(row.price_amount), currency: row.currency },
          cost: row.cost_amount == null ? null : { amount: cents(row.cost_amount), currency: row.currency },
        },
      })),
    };
  } catch (e) {
    await client.query('rollback').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

const rootValue = { products: (args: { first: number }, ctx: LeanContext) => productsPage(ctx, Math.min(args.first, 100)) };

export interface LeanServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the lean server on a free port; `appDatabaseUrl` connects as the application role. */
export async function startLeanServer(appDatabaseUrl: string, verifier: TokenVerifier, poolSize = 10): Promise<LeanServer> {
  const pool = new pg.Pool({ connectionString: appDatabaseUrl, max: poolSize });
  const schema: GraphQLSchema = SCHEMA;
  // Parsed and validated once per query text, as any server with a document cache does.
  const documents = new Map<string, DocumentNode>();
  const documentOf = (query: string): DocumentNode => {
    let document = documents.get(query);
    if (!document) {
      document = parse(query);
      const errors = validate(schema, document);
      if (errors.length) throw errors[0];
      documents.set(query, document);
    }
    return document;
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw new Error('no token');
        const principal = await verifier.verify(token);
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { query: string; variables?: Record<string, unknown> };
        const result = await execute({ schema, document: documentOf(query), rootValue, contextValue: { principal, pool } satisfies LeanContext, variableValues: variables });
        const body = `${JSON.stringify(result)}\n`;
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
        res.end(body);
      })().catch((err: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await pool.end();
    },
  };
}
