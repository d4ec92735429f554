import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { createCustomer, createDeal, createProduct, gql, migrateIsolatedDatabase, operation, signUpTenant, startStack } from '@prometric/testing';

/**
 * `pnpm bench` (third part): how long a won deal takes to become an ISSUED invoice and RESERVED stock
 * visible through the gateway — the order-to-cash saga end to end (outbox → relay → BullMQ →
 * orchestrator → finance and operations mutations through the gateway). The baseline, measured in
 * the same run, is the `winDeal` mutation's own response time: the ratio is what the asynchronous
 * saga adds on top of the synchronous part. Env: BENCH_DEALS (default 100), BENCH_CLIENTS (default 1).
 */
const DEALS = Number(process.env.BENCH_DEALS ?? 100);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 1);

const VISIBLE = /* GraphQL */ `query($id: ID!) { order(id: $id) { invoices { status } reservations { status } } }`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main(): Promise<void> {
  // A database of the bench's own: an orchestrator on the shared one would run every saga the test suite left queued.
  const databaseUrl = migrateIsolatedDatabase('bench_saga');
  const stack = await startStack({ databaseUrl, orchestrator: true, env: { OUTBOX_POLL_MS: '200' } });
  try {
    const owner = await signUpTenant(stack.url);
    const customer = await createCustomer(stack.url, owner.token);
    const warehouse = (await gql(stack.url, operation('operations', 'CreateWarehouse'), { code: `B-${randomUUID().slice(0, 6)}`, name: 'Bench' }, owner.token)).data!.createWarehouse.warehouse;
    const product = await createProduct(stack.url, owner.token, { price: '10.00' });
    await gql(stack.url, operation('operations', 'ReceiveStock'), { input: { productId: product.id, warehouseId: warehouse.id, quantity: DEALS * 2 } }, owner.token);
    const deals: { id: string }[] = [];
    for (let i = 0; i < DEALS; i++) deals.push(await createDeal(stack.url, owner.token, customer.id, [{ productId: product.id, quantity: 1 }]));

    const mutation: number[] = [];
    const visible: number[] = [];
    const client = async (mine: { id: string }[]) => {
      for (const deal of mine) {
        const started = performance.now();
        const won = await gql(stack.url, operation('sales', 'WinDeal'), { id: deal.id }, owner.token);
        mutation.push(performance.now() - started);
        const orderId = won.data!.winDeal.deal.order.id as string;
        for (;;) {
          const o = (await gql(stack.url, VISIBLE, { id: orderId }, owner.token)).data!.order;
          if (o.invoices.some((x: { status: string }) => x.status === 'ISSUED') && o.reservations.some((x: { status: string }) => x.status === 'RESERVED')) break;
          if (performance.now() - started > 30_000) throw new Error(`order ${orderId}: saga not visible after 30 s`);
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
        visible.push(performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, c) => client(deals.filter((_, i) => i % CLIENTS === c))));
    mutation.sort((a, b) => a - b);
    visible.sort((a, b) => a - b);
    const row = (name: string, xs: number[]) => `${name.padEnd(36)} p50 ${percentile(xs, 50).toFixed(0).padStart(5)} ms   p99 ${percentile(xs, 99).toFixed(0).padStart(5)} ms   max ${xs[xs.length - 1].toFixed(0).padStart(5)} ms`;
    process.stdout.write(
      `\nSaga latency: ${DEALS} deals, ${CLIENTS} client(s), ${cpus().length} cores, load ${loadavg()[0].toFixed(1)}\n` +
        `${row('winDeal response (baseline)', mutation)}\n` +
        `${row('winDeal → invoice + reservation', visible)}\n` +
        `ratio (p50): ${(percentile(visible, 50) / percentile(mutation, 50)).toFixed(1)}×   ratio (p99): ${(percentile(visible, 99) / percentile(mutation, 99)).toFixed(1)}×\n`,
    );
  } finally {
    await stack.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    process.stderr.write(`${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
