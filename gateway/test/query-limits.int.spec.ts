import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, print, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_QUERY_LIMITS, SERVICE_COST_FACTOR, costLimitOf, type Principal } from '@prometric/core';
import { REPO_ROOT, gql, useStack, wsClient, type GraphQLResponse } from '@prometric/testing';

/** The attack of issue 10: one request asking the deep order page 200 times under aliases. */
const ALIASED_DEEP_PAGE = `query { ${Array.from(
  { length: 200 },
  (_, i) => `a${i}: orders(first: 100) { edges { node { id lines { quantity product { sku stock { available } } } customer { name } invoices { number } } } }`,
).join(' ')} }`;

/** The deep page: ~6,200 at 50 orders, ~12,400 at 100. */
const deepPage = (aliases: number) =>
  `query Deep($first: Int!) { ${Array.from({ length: aliases }, (_, i) => `p${i}: orders(first: $first) { edges { node { id lines { quantity product { sku stock { available } } } customer { name balance { amount } } invoices { number status } reservations { quantity } } } }`).join(' ')} }`;

function refusal(response: GraphQLResponse) {
  expect(response.status).toBe(400);
  expect(response.data ?? null).toBeNull();
  expect(response.errors).toHaveLength(1);
  return response.errors![0].extensions as { code: string; limit: string; max: number; measured: number | null };
}

describe('query limits', () => {
  const fx = useStack();

  beforeEach(() => {
    fx.stack.subgraphCalls.length = 0;
  });

  it('refuses the 200-alias deep page at once, naming the limit, without calling a subgraph', async () => {
    const response = await gql(fx.url, ALIASED_DEEP_PAGE, {}, fx.owner.token);
    // ~7,000 tokens: the parse stops at the token limit before the alias count is even taken.
    expect(refusal(response)).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: DEFAULT_QUERY_LIMITS.tokens, measured: null });
    // Interleaved, so whatever else loads the machine weighs on both series alike.
    const timed = async (query: string) => {
      const started = performance.now();
      await gql(fx.url, query, {}, fx.owner.token);
      return performance.now() - started;
    };
    const refusedTimes: number[] = [];
    const answeredTimes: number[] = [];
    fx.stack.subgraphCalls.length = 0;
    for (let i = 0; i < 5; i++) await timed(ALIASED_DEEP_PAGE);
    expect(fx.stack.subgraphCalls).toEqual([]);
    for (let i = 0; i < 21; i++) {
      refusedTimes.push(await timed(ALIASED_DEEP_PAGE));
      answeredTimes.push(await timed('query { products(first: 1) { totalCount } }'));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const refused = median(refusedTimes);
    const answered = median(answeredTimes);
    // Refusing 7 KB of aliases costs less than answering the smallest real query (one subgraph call).
    expect(refused).toBeLessThan(answered);
  });

  it('refuses aliases, depth, directives and tokens over their limits, each with what it measured', async () => {
    const aliases = (n: number) => `query { ${Array.from({ length: n }, (_, i) => `m${i}: me { id }`).join(' ')} }`;
    expect(refusal(await gql(fx.url, aliases(31), {}, fx.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: DEFAULT_QUERY_LIMITS.aliases, measured: 31 });

    const nested = (depth: number) => `query { employees(first: 1) { edges { node { ${'manager { '.repeat(depth)}id${' }'.repeat(depth)} } } } }`;
    expect((await gql(fx.url, nested(7), {}, fx.owner.token)).errors).toBeUndefined();
    fx.stack.subgraphCalls.length = 0;
    expect(refusal(await gql(fx.url, nested(9), {}, fx.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: DEFAULT_QUERY_LIMITS.depth, measured: 13 });

    const directives = `query { me { ${Array.from({ length: 11 }, (_, i) => `i${i}: id @include(if: true)`).join(' ')} } }`;
    expect(refusal(await gql(fx.url, directives, {}, fx.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'directives', max: DEFAULT_QUERY_LIMITS.directives, measured: 11 });

    const tokens = `query { me { ${'id '.repeat(DEFAULT_QUERY_LIMITS.tokens)}} }`;
    expect(refusal(await gql(fx.url, tokens, {}, fx.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: DEFAULT_QUERY_LIMITS.tokens, measured: null });
    expect(fx.stack.subgraphCalls).toEqual([]);
  });

  it('prices lists by the size asked for: the same document passes at 10 orders and is refused at 100', async () => {
    const query = deepPage(3);
    const small = await gql(fx.url, query, { first: 10 }, fx.owner.token);
    expect(small.errors).toBeUndefined();
    expect(small.data!.p0.edges).toEqual([]);
    fx.stack.subgraphCalls.length = 0;
    const extensions = refusal(await gql(fx.url, query, { first: 100 }, fx.owner.token));
    expect(extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: DEFAULT_QUERY_LIMITS.cost });
    expect(extensions.measured).toBeGreaterThan(DEFAULT_QUERY_LIMITS.cost);
    expect(fx.stack.subgraphCalls).toEqual([]);
  });

  it('runs every operation of the contract and the saga (schema/operations) within the default limits', async () => {
    const files = readdirSync(join(REPO_ROOT, 'schema/operations')).filter((f) => f.endsWith('.graphql'));
    const documents = files.map((f) => parse(readFileSync(join(REPO_ROOT, 'schema/operations', f), 'utf8')));
    const fragments = documents.flatMap((d) => d.definitions.filter((def) => def.kind === Kind.FRAGMENT_DEFINITION));
    const operations = documents.flatMap((d) => d.definitions.filter((def): def is OperationDefinitionNode => def.kind === Kind.OPERATION_DEFINITION && def.operation !== 'subscription'));
    expect(operations.length).toBeGreaterThan(30);
    for (const op of operations) {
      const document = print({ kind: Kind.DOCUMENT, definitions: [op, ...fragments] });
      // Variables are left out: a refusal by limits would come before their check, anything else after.
      const response = await gql(fx.url, document, {}, fx.owner.token);
      const codes = (response.errors ?? []).map((e) => e.extensions?.code);
      expect({ operation: op.name?.value, codes }).not.toEqual(expect.objectContaining({ codes: expect.arrayContaining(['QUERY_TOO_COMPLEX']) }));
    }
  });

  it('applies the same limits at a subgraph called directly', async () => {
    const aliased = `query { ${Array.from({ length: 40 }, (_, i) => `p${i}: products(first: 1) { totalCount }`).join(' ')} }`;
    expect(refusal(await gql(fx.stack.sales.url, aliased, {}, fx.owner.token))).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: DEFAULT_QUERY_LIMITS.aliases, measured: 40 });
    const costly = `query { ${Array.from({ length: 5 }, (_, i) => `p${i}: orders(first: 100) { edges { node { id lines { quantity product { sku name price { amount currency } } } } } }`).join(' ')} }`;
    expect(refusal(await gql(fx.stack.sales.url, costly, {}, fx.owner.token))).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: DEFAULT_QUERY_LIMITS.cost });
  });

  it('applies the same limits to a subscription', async () => {
    const ws = wsClient(fx.url, fx.owner.token);
    try {
      await ws.connected;
      const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: status`).join(' ');
      const live = ws.subscribe(`subscription { orderUpdated(id: "00000000-0000-0000-0000-000000000000") { id ${aliases} } }`);
      const error = (await live.error) as { extensions?: Record<string, unknown> }[];
      expect(error[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: DEFAULT_QUERY_LIMITS.aliases, measured: 31 });
    } finally {
      await ws.dispose();
    }
  });

  it('gives a service principal a larger cost budget than a member', () => {
    const member = { role: 'OWNER' } as Principal;
    const service = { role: 'service:order-to-cash' } as Principal;
    expect(costLimitOf(DEFAULT_QUERY_LIMITS, member)).toBe(DEFAULT_QUERY_LIMITS.cost);
    expect(costLimitOf(DEFAULT_QUERY_LIMITS, service)).toBe(DEFAULT_QUERY_LIMITS.cost * SERVICE_COST_FACTOR);
  });
});
