import { eventually, expectNothingWithin, gql, useStack } from '@prometric/testing';
import { seedDemo } from '../scripts/demo-data';
import { demoMove, runDemoMover } from '../scripts/demo-moves';

/** The demo seed under a login of this run's own: the shared test database keeps earlier runs' workspaces. */
const LOGIN = { email: `demo-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@prometric.test`, password: 'prometric-demo' };

/** What `pnpm start` seeds for a newcomer: a workspace that looks used, through the public API and the saga. */
describe('the demo workspace', () => {
  const fx = useStack({ database: 'demoseed', owner: false, orchestrator: true });
  let token: string;

  beforeAll(async () => {
    expect(await seedDemo(fx.url, undefined, LOGIN)).toBe('created');
    const login = await gql(fx.url, `mutation($e: String!, $p: String!) { login(input: { email: $e, password: $p }) { accessToken } }`, { e: LOGIN.email, p: LOGIN.password });
    token = login.data!.login.accessToken as string;
  }, 240_000);

  it('has 30+ orders across every status, invoices partly and fully paid', async () => {
    const r = await gql(fx.url, `query { orders(first: 100) { totalCount edges { node { status invoices { status } } } } }`, {}, token);
    const orders = r.data!.orders.edges.map((e: { node: { status: string; invoices: { status: string }[] } }) => e.node);
    expect(r.data!.orders.totalCount).toBeGreaterThanOrEqual(30);
    expect(new Set(orders.map((o: { status: string }) => o.status))).toEqual(new Set(['DRAFT', 'CONFIRMED', 'IN_PRODUCTION', 'READY', 'SHIPPED', 'DELIVERED', 'CANCELLED']));
    const invoiceStatuses = orders.flatMap((o: { invoices: { status: string }[] }) => o.invoices.map((i) => i.status));
    expect(invoiceStatuses).toEqual(expect.arrayContaining(['PARTIALLY_PAID', 'PAID', 'ISSUED']));
  });

  it('has stock in two warehouses, production under way, a payroll run, suppliers with reorder rules', async () => {
    const r = await gql(
      fx.url,
      `query {
        warehouses(first: 10) { totalCount }
        products(first: 20) { edges { node { sku stockByWarehouse { warehouse { code } onHand } } } }
        productionOrders(first: 50) { edges { node { status } } }
        payrollRuns(first: 5) { totalCount }
        suppliers(first: 5) { totalCount }
        reorderRules(first: 10) { totalCount }
        employees(first: 10) { totalCount }
      }`,
      {},
      token,
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    expect(d.warehouses.totalCount).toBe(2);
    const chair = d.products.edges.find((e: { node: { sku: string } }) => e.node.sku === 'CHAIR-OAK').node;
    expect(chair.stockByWarehouse.map((w: { warehouse: { code: string } }) => w.warehouse.code)).toEqual(['EAST', 'MAIN']);
    const production = d.productionOrders.edges.map((e: { node: { status: string } }) => e.node.status);
    expect(production).toEqual(expect.arrayContaining(['IN_PROGRESS', 'PLANNED']));
    expect(d.payrollRuns.totalCount).toBe(1);
    expect(d.suppliers.totalCount).toBe(2);
    expect(d.reorderRules.totalCount).toBe(5);
    expect(d.employees.totalCount).toBe(5);
  });

  it('keeps moving (pnpm demo): each kind of move changes the workspace', async () => {
    const count = async () => (await gql(fx.url, `query { orders(first: 1) { totalCount } payments(first: 1) { totalCount } }`, {}, token)).data!;
    const before = await count();
    expect(await demoMove(fx.url, token, 'deal')).toMatch(/^won a deal/);
    expect(await demoMove(fx.url, token, 'payment')).toMatch(/^payment of/);
    expect(await demoMove(fx.url, token, 'production')).toMatch(/^(release|start|complete) /);
    expect(await demoMove(fx.url, token, 'restock')).toMatch(/^received \d+ × /);
    expect(await demoMove(fx.url, token, 'shipment')).toMatch(/^(shipped|delivered) /);
    const after = await count();
    expect(after.orders.totalCount).toBe(before.orders.totalCount + 1);
    expect(after.payments.totalCount).toBe(before.payments.totalCount + 1);
  });

  it('runs as a loop (pnpm demo, DEMO_MOVE=1 pnpm start) that logs its moves and stops when aborted', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runDemoMover(fx.url, LOGIN, { intervalMs: 100, signal: stop.signal, log: (line) => lines.push(line) });
    await eventually('moves logged', async () => lines.filter((l) => !l.includes('(skipped')).length, (n) => n >= 3, { timeoutMs: 20_000 });
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d (won a deal:|payment of|release|start|complete|received|shipped|delivered) /);
    stop.abort();
    await running;
    const logged = lines.length;
    await expectNothingWithin(500, 'a move after the mover stopped', () => lines.length > logged);
  });

  it('refuses to move a workspace it cannot sign in to', async () => {
    const stop = new AbortController();
    await expect(runDemoMover(fx.url, { email: LOGIN.email, password: 'wrong password' }, { intervalMs: 100, signal: stop.signal, log: () => undefined })).rejects.toThrow();
  });

  it('is seeded once: a second start leaves the workspace alone', async () => {
    expect(await seedDemo(fx.url, undefined, LOGIN)).toBe('exists');
  });
});
