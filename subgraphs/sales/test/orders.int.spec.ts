import { Client } from 'pg';
import { Role } from '@prometric/core';
import {
  createCustomer,
  createDeal,
  createOrder,
  createProduct,
  errorCodes,
  gql,
  memberToken,
  operation,
  signUpTenant,
  testConfig,
  useStack,
} from '@prometric/testing';

const op = (name: string) => operation('sales', name);
const year = new Date().getUTCFullYear();

describe('customers, deals and orders through the gateway', () => {
  const fx = useStack();
  let customerId: string;
  let chair: { id: string };
  let table: { id: string };

  beforeAll(async () => {
    customerId = (await createCustomer(fx.url, fx.owner.token, { name: 'Nomad Furniture' })).id;
    chair = await createProduct(fx.url, fx.owner.token, { sku: 'CHAIR', name: 'Chair', price: '33.33', taxRate: '0.12' });
    table = await createProduct(fx.url, fx.owner.token, { sku: 'TABLE', name: 'Table', price: '0.05', taxRate: '0.1' });
  });

  describe('customers', () => {
    it('creates a customer (contract CreateCustomer) and hides the credit limit from roles without finance:read', async () => {
      const r = await gql(fx.url, op('CreateCustomer'), { input: { name: 'Kaspi Traders', email: 'Buy@Kaspi.test', creditLimit: '10000.00' } }, fx.owner.token);
      expect(r.data!.createCustomer).toEqual({
        customer: { id: expect.any(String), name: 'Kaspi Traders', email: 'buy@kaspi.test', creditLimit: { amount: '10000.00', currency: 'USD' } },
        errors: [],
      });
      const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
      const seen = await gql(fx.url, `query($id: ID!) { customer(id: $id) { name creditLimit { amount } } }`, { id: r.data!.createCustomer.customer.id }, rep);
      expect(seen.data!.customer).toEqual({ name: 'Kaspi Traders', creditLimit: null });
      expect(seen.errors).toEqual([expect.objectContaining({ path: ['customer', 'creditLimit'], extensions: { code: 'FORBIDDEN' } })]);
    });

    it('refuses an empty name and a bad email', async () => {
      const r = await gql(fx.url, op('CreateCustomer'), { input: { name: ' ', email: 'nope', creditLimit: '-5' } }, fx.owner.token);
      expect(r.data!.createCustomer.customer).toBeNull();
      expect(r.data!.createCustomer.errors.map((e: { field: string[] }) => e.field[0]).sort()).toEqual(['creditLimit', 'email', 'name']);
    });
  });

  describe('deals', () => {
    it('creates a LEAD whose value is computed from its lines (contract CreateDeal)', async () => {
      const r = await gql(fx.url, op('CreateDeal'), {
        input: { title: 'Office fit-out', customerId, lines: [{ productId: chair.id, quantity: 3 }, { productId: table.id, quantity: 2, unitPrice: '10.00' }] },
      }, fx.owner.token);
      expect(r.data!.createDeal).toEqual({
        deal: { id: expect.any(String), title: 'Office fit-out', stage: 'LEAD', value: { amount: '119.99', currency: 'USD' }, customer: { id: customerId, name: 'Nomad Furniture' } },
        errors: [],
      });
    });

    it('refuses unknown products, bad quantities and unknown customers with field paths, writing nothing', async () => {
      const before = (await gql(fx.url, `{ deals { totalCount } }`, {}, fx.owner.token)).data!.deals.totalCount;
      const r = await gql(fx.url, op('CreateDeal'), {
        input: { title: 'Bad', customerId: '00000000-0000-4000-8000-000000000000', lines: [{ productId: chair.id, quantity: 0 }, { productId: 'nope', quantity: 1 }] },
      }, fx.owner.token);
      expect(r.data!.createDeal.deal).toBeNull();
      expect(r.data!.createDeal.errors).toEqual(expect.arrayContaining([
        expect.objectContaining({ code: 'NOT_FOUND', field: ['customerId'] }),
        expect.objectContaining({ code: 'INVALID', field: ['lines', '0', 'quantity'] }),
        expect.objectContaining({ code: 'NOT_FOUND', field: ['lines', '1', 'productId'] }),
      ]));
      expect((await gql(fx.url, `{ deals { totalCount } }`, {}, fx.owner.token)).data!.deals.totalCount).toBe(before);
    });

    it('moves through the pipeline and refuses illegal moves, leaving the stage unchanged', async () => {
      const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: chair.id, quantity: 1 }]);
      const q = await gql(fx.url, op('MoveDealStage'), { id: deal.id, stage: 'QUALIFIED' }, fx.owner.token);
      expect(q.data!.moveDealStage).toEqual({ deal: { id: deal.id, stage: 'QUALIFIED' }, errors: [] });
      const skip = await gql(fx.url, op('MoveDealStage'), { id: deal.id, stage: 'NEGOTIATION' }, fx.owner.token);
      expect(skip.data!.moveDealStage).toEqual({ deal: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION' })] });
      const lost = await gql(fx.url, op('MoveDealStage'), { id: deal.id, stage: 'LOST' }, fx.owner.token);
      expect(lost.data!.moveDealStage.deal.stage).toBe('LOST');
      const revive = await gql(fx.url, op('MoveDealStage'), { id: deal.id, stage: 'QUALIFIED' }, fx.owner.token);
      expect(revive.data!.moveDealStage.errors[0].code).toBe('INVALID_TRANSITION');
      const win = await gql(fx.url, op('WinDeal'), { id: deal.id }, fx.owner.token);
      expect(win.data!.winDeal.errors[0].code).toBe('INVALID_TRANSITION');
      const now = await gql(fx.url, `query($id: ID!) { deal(id: $id) { stage order { id } } }`, { id: deal.id }, fx.owner.token);
      expect(now.data!.deal).toEqual({ stage: 'LOST', order: null });
    });

    it('wins a deal into a CONFIRMED, numbered order priced from the deal (contract WinDeal, Order)', async () => {
      const deal = await createDeal(fx.url, fx.owner.token, customerId, [{ productId: chair.id, quantity: 3 }, { productId: table.id, quantity: 1 }]);
      const win = await gql(fx.url, op('WinDeal'), { id: deal.id }, fx.owner.token);
      const won = win.data!.winDeal;
      expect(won.errors).toEqual([]);
      expect(won.deal).toMatchObject({ id: deal.id, stage: 'WON', order: { status: 'CONFIRMED', number: expect.stringMatching(new RegExp(`^SO-${year}-\\d{6}$`)) } });

      const order = (await gql(fx.url, op('Order'), { id: won.deal.order.id }, fx.owner.token)).data!.order;
      // 3 × 33.33 = 99.99, tax 11.9988 → 12.00; 1 × 0.05, tax 0.005 → 0.01 (half-up, per line)
      expect(order).toMatchObject({
        status: 'CONFIRMED',
        customer: { id: customerId, name: 'Nomad Furniture' },
        deal: { id: deal.id, title: 'Big deal' },
        subtotal: { amount: '100.04', currency: 'USD' },
        tax: { amount: '12.01', currency: 'USD' },
        total: { amount: '112.05', currency: 'USD' },
      });
      expect(order.lines).toEqual([
        { id: expect.any(String), product: { id: chair.id, sku: 'CHAIR', name: 'Chair' }, quantity: 3, unitPrice: { amount: '33.33', currency: 'USD' }, total: { amount: '99.99', currency: 'USD' } },
        { id: expect.any(String), product: { id: table.id, sku: 'TABLE', name: 'Table' }, quantity: 1, unitPrice: { amount: '0.05', currency: 'USD' }, total: { amount: '0.05', currency: 'USD' } },
      ]);

      const again = await gql(fx.url, op('WinDeal'), { id: deal.id }, fx.owner.token);
      expect(again.data!.winDeal).toEqual({ deal: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION' })] });
      const orders = await gql(fx.url, `query($c: ID) { orders(filter: { customerId: $c }) { edges { node { deal { id } } } } }`, { c: customerId }, fx.owner.token);
      expect(orders.data!.orders.edges.filter((e: any) => e.node.deal?.id === deal.id)).toHaveLength(1);
    });
  });

  describe('orders', () => {
    it('cancels an order with a reason; a second cancel is an illegal transition (contract CancelOrder)', async () => {
      const created = await createOrder(fx.url, fx.owner.token, customerId, [{ productId: chair.id, quantity: 1 }]);
      const id = created.data!.createOrder.order.id;
      const r = await gql(fx.url, op('CancelOrder'), { id, reason: 'Customer changed their mind' }, fx.owner.token);
      expect(r.data!.cancelOrder).toEqual({ order: { id, status: 'CANCELLED' }, errors: [] });
      const again = await gql(fx.url, op('CancelOrder'), { id }, fx.owner.token);
      expect(again.data!.cancelOrder).toEqual({ order: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['id'] })] });
      const confirm = await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id }, fx.owner.token);
      expect(confirm.data!.confirmOrder.errors[0].code).toBe('INVALID_TRANSITION');
      const read = await gql(fx.url, `query($id: ID!) { order(id: $id) { status cancelReason version } }`, { id }, fx.owner.token);
      expect(read.data!.order).toEqual({ status: 'CANCELLED', cancelReason: 'Customer changed their mind', version: 2 });
    });

    it('lists orders newest first with a status filter (contract Orders)', async () => {
      const tenant = await signUpTenant(fx.url);
      const c = await createCustomer(fx.url, tenant.token);
      const p = await createProduct(fx.url, tenant.token, { price: '10.00', taxRate: '0' });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) ids.push((await createOrder(fx.url, tenant.token, c.id, [{ productId: p.id, quantity: i + 1 }])).data!.createOrder.order.id);
      await gql(fx.url, `mutation($id: ID!) { confirmOrder(id: $id) { errors { code } } }`, { id: ids[1] }, tenant.token);
      const all = await gql(fx.url, op('Orders'), { first: 10 }, tenant.token);
      expect(all.data!.orders.totalCount).toBe(3);
      expect(all.data!.orders.edges.map((e: any) => e.node.id)).toEqual([...ids].reverse());
      expect(all.data!.orders.edges[0].node).toMatchObject({ total: { amount: '30.00', currency: 'USD' }, customer: { name: 'Acme Ltd' } });
      const confirmed = await gql(fx.url, op('Orders'), { status: 'CONFIRMED' }, tenant.token);
      expect(confirmed.data!.orders.edges.map((e: any) => e.node.id)).toEqual([ids[1]]);
    });

    it('keeps numbers gapless under 20 concurrent creations', async () => {
      const tenant = await signUpTenant(fx.url);
      const c = await createCustomer(fx.url, tenant.token);
      const p = await createProduct(fx.url, tenant.token);
      // One invalid create in the middle must not burn a number.
      const results = await Promise.all([
        ...Array.from({ length: 10 }, () => createOrder(fx.url, tenant.token, c.id, [{ productId: p.id, quantity: 1 }])),
        createOrder(fx.url, tenant.token, c.id, [{ productId: p.id, quantity: -1 }]),
        ...Array.from({ length: 10 }, () => createOrder(fx.url, tenant.token, c.id, [{ productId: p.id, quantity: 1 }])),
      ]);
      const numbers = results.map((r) => r.data!.createOrder.order?.number).filter(Boolean).sort();
      expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `SO-${year}-${String(i + 1).padStart(6, '0')}`));
    });

    it('creates an order once per idempotency key, even when retried concurrently', async () => {
      const key = `order-${Date.now()}`;
      const results = await Promise.all(Array.from({ length: 4 }, () => createOrder(fx.url, fx.owner.token, customerId, [{ productId: chair.id, quantity: 2 }], key)));
      expect(new Set(results.map((r) => r.data!.createOrder.order.id)).size).toBe(1);
      expect(new Set(results.map((r) => r.data!.createOrder.order.number)).size).toBe(1);
    });

    it("never shows another tenant's order", async () => {
      const other = await signUpTenant(fx.url);
      const c = await createCustomer(fx.url, other.token);
      const p = await createProduct(fx.url, other.token);
      const theirs = (await createOrder(fx.url, other.token, c.id, [{ productId: p.id, quantity: 1 }])).data!.createOrder.order;
      const read = await gql(fx.url, op('Order'), { id: theirs.id }, fx.owner.token);
      expect(read.data!.order).toBeNull();
      expect(errorCodes(read)).toEqual(['NOT_FOUND']);
      const cancel = await gql(fx.url, op('CancelOrder'), { id: theirs.id }, fx.owner.token);
      expect(cancel.data!.cancelOrder.errors[0].code).toBe('NOT_FOUND');
      const mine = await gql(fx.url, `query($c: ID) { orders(filter: { customerId: $c }) { totalCount } }`, { c: c.id }, fx.owner.token);
      expect(mine.data!.orders.totalCount).toBe(0);
      // Using their customer and product in my order: not found, nothing written.
      const cross = await createOrder(fx.url, fx.owner.token, c.id, [{ productId: p.id, quantity: 1 }]);
      expect(cross.data!.createOrder.errors.map((e: any) => e.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
      const theirsStill = await gql(fx.url, `query($id: ID!) { order(id: $id) { status } }`, { id: theirs.id }, other.token);
      expect(theirsStill.data!.order.status).toBe('DRAFT');
    });

    it('refuses writes to a VIEWER and every order operation without a token', async () => {
      const viewer = await memberToken(fx.url, fx.owner, Role.VIEWER);
      const r = await createOrder(fx.url, viewer, customerId, [{ productId: chair.id, quantity: 1 }]);
      expect(errorCodes(r)).toEqual(['FORBIDDEN']);
      const list = await gql(fx.url, op('Orders'), {}, viewer);
      expect(list.data!.orders.totalCount).toBeGreaterThan(0);
      const anon = await gql(fx.url, op('Orders'), {});
      expect(errorCodes(anon)).toEqual(['UNAUTHENTICATED']);
    });
    it('locks only the order row when changing it, not its customer', async () => {
      // Bug: MikroORM's FOR UPDATE also locked the joined customer row ("for update of o0, c1"), so
      // any change to an order waited on every other transaction touching that customer.
      const c = await createCustomer(fx.url, fx.owner.token);
      const id = (await createOrder(fx.url, fx.owner.token, c.id, [{ productId: chair.id, quantity: 1 }])).data!.createOrder.order.id;
      const pg = new Client({ connectionString: testConfig.databaseUrl });
      await pg.connect();
      try {
        await pg.query('begin');
        await pg.query('select 1 from sales.customer where id = $1 for update', [c.id]);
        const started = Date.now();
        const r = await gql(fx.url, op('CancelOrder'), { id, reason: 'not blocked' }, fx.owner.token);
        expect(r.data!.cancelOrder.order.status).toBe('CANCELLED');
        expect(Date.now() - started).toBeLessThan(2000);
      } finally {
        await pg.query('rollback');
        await pg.end();
      }
    });
  });
});
