import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { REPO_ROOT, gql, operation, useStack } from '@prometric/testing';

const run = promisify(execFile);

/**
 * examples/order-to-cash.ts, run as a partner would run it (its own node process, the SDK only),
 * against the in-process stack with the real gateway and the order-to-cash saga.
 */
describe('examples/order-to-cash.ts (the SDK end to end)', () => {
  // The saga's events must meet only this file's orchestrator: a database (and so queues) of its own.
  const fx = useStack({ database: 'sdkexample', orchestrator: true });

  const example = async () => {
    const { stdout, stderr } = await run(process.execPath, ['-r', '@swc-node/register', 'examples/order-to-cash.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PROMETRIC_URL: fx.url, PROMETRIC_EMAIL: fx.owner.email, PROMETRIC_PASSWORD: fx.owner.password },
      timeout: 90_000,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1)!) as { order: { id: string; status: string; number: string }; seenBy: string; readyAfterMs: number };
    return { result, log: stderr };
  };

  it('logs in, creates what it needs, wins a deal and waits until the order is READY', async () => {
    const { result, log } = await example();
    expect(result.order.status).toBe('READY');
    expect(['subscription', 'poll']).toContain(result.seenBy);
    expect(result.readyAfterMs).toBeGreaterThan(0);
    expect(log).toMatch(/created product SDK-WIDGET/);
    expect(log).toMatch(/received 30 × SDK-WIDGET into MAIN/);
    expect(log).toMatch(new RegExp(`order ${result.order.number} is READY`));

    // The server agrees: invoiced, and every unit of the line reserved for it.
    const { data } = await gql(fx.url, operation('sales', 'Order'), { id: result.order.id }, fx.owner.token);
    expect(data!.order.status).toBe('READY');
    expect(data!.order.invoices.map((i: { status: string }) => i.status)).toEqual(['ISSUED']);
    expect(data!.order.reservations.reduce((sum: number, r: { quantity: number }) => sum + r.quantity, 0)).toBe(3);
    expect(data!.order.productionOrders).toEqual([]);
  }, 120_000);

  it('a second run reuses the product and its remaining stock: one more READY order, nothing created twice', async () => {
    const { result, log } = await example();
    expect(result.order.status).toBe('READY');
    expect(log).not.toMatch(/created product/);
    expect(log).not.toMatch(/received/);
    const { data } = await gql(fx.url, `query($search: String) { products(first: 5, filter: { search: $search }) { totalCount edges { node { stock { onHand reserved available } } } } }`, { search: 'SDK-WIDGET' }, fx.owner.token);
    expect(data!.products.totalCount).toBe(1);
    expect(data!.products.edges[0].node.stock).toEqual({ onHand: 30, reserved: 6, available: 24 });
  }, 120_000);
});
