import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { RunningGateway } from '@prometric/gateway';
import { createCustomer, createOrder, createProduct, eventually, gql, startExtraGateway, useStack } from '@prometric/testing';

/** A subgraph that takes every request and never answers: it records when the gateway gives up. */
async function silentSubgraph() {
  const closed: number[] = [];
  const server = http.createServer((req) => req.socket.once('close', () => closed.push(Date.now())));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`,
    closed,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const PAGE = 'query { orders(first: 5) { edges { node { id number invoices { number } } } } }';
/** The same page without the finance field: it warms the new gateway's sales connection, so a loaded CI machine's cold first call to sales does not run into the short deadline meant for finance. */
const SALES_ONLY = 'query { orders(first: 5) { edges { node { id } } } }';

describe('deadlines', () => {
  const fx = useStack();
  let silent: Awaited<ReturnType<typeof silentSubgraph>>;
  const gateways: RunningGateway[] = [];

  const gatewayWith = async (timeouts: { subgraphTimeoutMs?: number; requestTimeoutMs?: number }) => {
    const gateway = await startExtraGateway(fx.stack, { subgraphUrls: { ...fx.stack.subgraphUrls, finance: silent.url }, ...timeouts });
    gateways.push(gateway);
    expect((await gql(gateway.url, SALES_ONLY, {}, fx.owner.token)).errors).toBeUndefined();
    return gateway;
  };

  beforeAll(async () => {
    silent = await silentSubgraph();
    const product = await createProduct(fx.url, fx.owner.token);
    const customer = await createCustomer(fx.url, fx.owner.token);
    expect((await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 1 }])).data!.createOrder.errors).toEqual([]);
  });

  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await silent.close();
  });

  it('answers with what the other subgraphs gave when one is late, the late fields null with SUBGRAPH_TIMEOUT, and drops its call', async () => {
    const gateway = await gatewayWith({ subgraphTimeoutMs: 1000 });
    const started = Date.now();
    const response = await gql(gateway.url, PAGE, {}, fx.owner.token);
    const took = Date.now() - started;
    expect(took).toBeLessThan(4000);
    expect(response.data?.orders).not.toBeNull();
    const edges = response.data!.orders.edges as { node: { number: string; invoices: unknown } }[];
    expect(edges).toHaveLength(1);
    expect(edges[0].node.number).toMatch(/^SO-/);
    expect(edges[0].node.invoices).toBeNull();
    expect(response.errors).toEqual([expect.objectContaining({ extensions: { code: 'SUBGRAPH_TIMEOUT', subgraph: 'finance', timeoutMs: 1000 } })]);
    // The gateway closed its side: nothing is left waiting on the silent subgraph.
    const closed = await eventually('the silent subgraph sees its socket closed', async () => silent.closed.length, (n) => n > 0, { timeoutMs: 4000, intervalMs: 50 });
    expect(closed).toBeGreaterThan(0);
    expect(silent.closed[0] - started).toBeLessThan(4000);
  });

  it('ends every subgraph call by the request deadline, whatever the per-call timeout', async () => {
    const gateway = await gatewayWith({ subgraphTimeoutMs: 60_000, requestTimeoutMs: 1000 });
    const started = Date.now();
    const response = await gql(gateway.url, PAGE, {}, fx.owner.token);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(response.data!.orders.edges).toHaveLength(1);
    const error = response.errors!.find((e) => e.extensions?.code === 'SUBGRAPH_TIMEOUT');
    expect((error!.extensions as { timeoutMs: number }).timeoutMs).toBeLessThanOrEqual(1000);
  });
});
