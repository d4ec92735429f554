import { randomUUID } from 'node:crypto';
import { appDatabaseUrl, createLogger, createOrm, createVerifier, startSubgraph } from '@prometric/core';
import { PRODUCTION_SCHEMA, productionEntities, productionEnvSchema, productionMigrations, productionSchema } from '@prometric/production';
import {
  createCustomer,
  createOrder,
  createProduct,
  createWarehouse,
  eventually,
  expectStockConsistent,
  gql,
  receiveStock,
  signUpTenant,
  testEnv,
  useStack,
  type Tenant,
} from '@prometric/testing';

const CREATE_BOM = /* GraphQL */ `
  mutation($input: CreateBillOfMaterialsInput!) {
    createBillOfMaterials(input: $input) { billOfMaterials { id version status product { id } components { quantity product { id } } } errors { code field message } }
  }`;
const ACTIVATE_BOM = /* GraphQL */ `
  mutation($id: ID!) { activateBillOfMaterials(id: $id) { billOfMaterials { id version status } errors { code field message } } }`;
const BOM = /* GraphQL */ `query($id: ID!) { billOfMaterials(id: $id) { id version status } }`;
const PRODUCT_BOM = /* GraphQL */ `
  query($id: ID!) { product(id: $id) { id sku billOfMaterials { id version status components { quantity product { id sku } } } } }`;
const CREATE_MO = /* GraphQL */ `
  mutation($input: CreateProductionOrderInput!) {
    createProductionOrder(input: $input) { productionOrder { id number status quantity version warehouseId orderId orderLineId product { id } components { productId quantity } } errors { code field message } }
  }`;
const MO = /* GraphQL */ `
  query($id: ID!) { productionOrder(id: $id) { id number status version quantity releasedAt startedAt completedAt cancelledAt cancelReason components { productId quantity } } }`;
const CANCEL = /* GraphQL */ `
  mutation($id: ID!, $reason: String) { cancelProductionOrder(id: $id, reason: $reason) { productionOrder { id status cancelReason } errors { code field message } } }`;
// The contract's operations (shared/contract/operations.graphql), verbatim.
const RELEASE_CONTRACT = /* GraphQL */ `
  mutation ReleaseProductionOrder($id: ID!) { releaseProductionOrder(id: $id) { productionOrder { id status } errors { code field message } } }`;
const START_CONTRACT = /* GraphQL */ `
  mutation StartProductionOrder($id: ID!) { startProductionOrder(id: $id) { productionOrder { id status } errors { code field message } } }`;
const COMPLETE_CONTRACT = /* GraphQL */ `
  mutation CompleteProductionOrder($id: ID!) { completeProductionOrder(id: $id) { productionOrder { id status } errors { code field message } } }`;
const LIST = /* GraphQL */ `
  query($filter: ProductionOrderFilter, $first: Int, $after: String) {
    productionOrders(first: $first, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } edges { node { id number status } } }
  }`;
const ORDER_MOS = /* GraphQL */ `
  query($id: ID!) { order(id: $id) { id productionOrders { id number status quantity product { id sku } } } }`;
const STOCK = /* GraphQL */ `query($id: ID!) { product(id: $id) { id stock { onHand reserved available } } }`;

type Stock = { onHand: number; reserved: number; available: number };

describe('bills of materials and production orders through the gateway', () => {
  const fx = useStack({ pg: true });
  let other: Tenant;

  beforeAll(async () => {
    other = await signUpTenant(fx.url);
  });

  const product = async (token = fx.owner.token) => (await createProduct(fx.url, token)).id;
  const bom = async (productId: string, components: { productId: string; quantity: number }[], activate = true, token = fx.owner.token) =>
    (await gql(fx.url, CREATE_BOM, { input: { productId, components, activate } }, token)).data!.createBillOfMaterials;
  const warehouse = async (token = fx.owner.token) => (await createWarehouse(fx.url, token)).id;
  const receive = (productId: string, warehouseId: string, quantity: number) => receiveStock(fx.url, fx.owner.token, { productId, warehouseId, quantity });
  const createMo = async (input: Record<string, unknown>, token = fx.owner.token) => (await gql(fx.url, CREATE_MO, { input }, token)).data!.createProductionOrder;
  const mo = async (id: string, token = fx.owner.token) => (await gql(fx.url, MO, { id }, token)).data?.productionOrder;
  const call = async (query: string, id: string, field: string, token = fx.owner.token) => (await gql(fx.url, query, { id }, token)).data![field];
  const stock = async (productId: string): Promise<Stock> => (await gql(fx.url, STOCK, { id: productId }, fx.owner.token)).data!.product.stock;
  /** The operations consumer applies production's events asynchronously. */
  const waitStock = (productId: string, want: Partial<Stock>) =>
    eventually(`stock of ${productId} to be ${JSON.stringify(want)}`, () => stock(productId), (s) => Object.entries(want).every(([k, v]) => s[k as keyof Stock] === v), { timeoutMs: 10_000 });
  const events = async (aggregateId: string, schema = 'production') =>
    (await fx.pg.query(`select type, aggregate_version, payload from ${schema}.outbox_event where aggregate_id = $1 order by created_at, aggregate_version`, [aggregateId])).rows;

  describe('bills of materials', () => {
    it('numbers versions per product, keeps exactly one ACTIVE, and exposes it on Product', async () => {
      const [p, a, b] = await Promise.all([product(), product(), product()]);
      const v1 = await bom(p, [{ productId: a, quantity: 2 }, { productId: b, quantity: 1 }]);
      expect(v1.errors).toEqual([]);
      expect(v1.billOfMaterials).toMatchObject({ version: 1, status: 'ACTIVE', product: { id: p } });
      expect(v1.billOfMaterials.components).toEqual([{ quantity: 2, product: { id: a } }, { quantity: 1, product: { id: b } }]);
      const v2 = await bom(p, [{ productId: a, quantity: 3 }]);
      expect(v2.billOfMaterials).toMatchObject({ version: 2, status: 'ACTIVE' });
      expect((await gql(fx.url, BOM, { id: v1.billOfMaterials.id }, fx.owner.token)).data!.billOfMaterials.status).toBe('ARCHIVED');
      const v3 = await bom(p, [{ productId: b, quantity: 4 }], false);
      expect(v3.billOfMaterials).toMatchObject({ version: 3, status: 'DRAFT' });

      let active = (await gql(fx.url, PRODUCT_BOM, { id: p }, fx.owner.token)).data!.product.billOfMaterials;
      expect(active).toMatchObject({ id: v2.billOfMaterials.id, version: 2, components: [{ quantity: 3, product: { id: a } }] });
      const activated = (await gql(fx.url, ACTIVATE_BOM, { id: v3.billOfMaterials.id }, fx.owner.token)).data!.activateBillOfMaterials;
      expect(activated).toEqual({ billOfMaterials: { id: v3.billOfMaterials.id, version: 3, status: 'ACTIVE' }, errors: [] });
      active = (await gql(fx.url, PRODUCT_BOM, { id: p }, fx.owner.token)).data!.product.billOfMaterials;
      expect(active.id).toBe(v3.billOfMaterials.id);
      const { rows } = await fx.pg.query(`select version, status from production.bill_of_materials where product_id = $1 order by version`, [p]);
      expect(rows).toEqual([
        { version: 1, status: 'ARCHIVED' },
        { version: 2, status: 'ARCHIVED' },
        { version: 3, status: 'ACTIVE' },
      ]);
      // A product without a bill has none; another tenant does not see this one.
      expect((await gql(fx.url, PRODUCT_BOM, { id: a }, fx.owner.token)).data!.product.billOfMaterials).toBeNull();
      expect((await gql(fx.url, BOM, { id: v3.billOfMaterials.id }, other.token)).data?.billOfMaterials ?? null).toBeNull();
    });

    it('gives 5 concurrent new bills of a product distinct versions and leaves exactly one ACTIVE', async () => {
      const [p, a] = await Promise.all([product(), product()]);
      const created = await Promise.all(Array.from({ length: 5 }, (_, i) => bom(p, [{ productId: a, quantity: i + 1 }])));
      expect(created.map((c) => c.errors)).toEqual(Array(5).fill([]));
      expect(created.map((c) => c.billOfMaterials.version).sort()).toEqual([1, 2, 3, 4, 5]);
      const { rows } = await fx.pg.query(`select status, count(*)::int as n from production.bill_of_materials where product_id = $1 group by status order by status`, [p]);
      expect(rows).toEqual([{ status: 'ACTIVE', n: 1 }, { status: 'ARCHIVED', n: 4 }]);
    });

    it('refuses bad components with typed errors and writes nothing', async () => {
      const [p, a] = await Promise.all([product(), product()]);
      const cases: [Record<string, unknown>[], string, string[]][] = [
        [[], 'REQUIRED', ['components']],
        [[{ productId: p, quantity: 1 }], 'CYCLE', ['components', '0', 'productId']],
        [[{ productId: a, quantity: 0 }], 'INVALID', ['components', '0', 'quantity']],
        [[{ productId: a, quantity: 1 }, { productId: a, quantity: 2 }], 'INVALID', ['components', '1', 'productId']],
        [[{ productId: 'not-a-uuid', quantity: 1 }], 'INVALID', ['components', '0', 'productId']],
      ];
      for (const [components, code, field] of cases) {
        const r = (await gql(fx.url, CREATE_BOM, { input: { productId: p, components, activate: true } }, fx.owner.token)).data!.createBillOfMaterials;
        expect(r.billOfMaterials).toBeNull();
        expect(r.errors).toEqual([expect.objectContaining({ code, field })]);
      }
      expect((await fx.pg.query(`select count(*)::int as n from production.bill_of_materials where product_id = $1`, [p])).rows[0].n).toBe(0);
    });

    it('refuses a product that would contain itself: A→B→A and A→B→C→A, at creation and at activation', async () => {
      const [a, b, c, q, r] = await Promise.all([product(), product(), product(), product(), product()]);
      expect((await bom(a, [{ productId: b, quantity: 1 }])).errors).toEqual([]);
      const twoStep = await bom(b, [{ productId: a, quantity: 1 }]);
      expect(twoStep.billOfMaterials).toBeNull();
      expect(twoStep.errors).toEqual([expect.objectContaining({ code: 'CYCLE', field: ['components'] })]);
      expect(twoStep.errors[0].message).toContain(`${b} → ${a} → ${b}`);

      expect((await bom(b, [{ productId: c, quantity: 2 }])).errors).toEqual([]);
      const threeStep = await bom(c, [{ productId: a, quantity: 1 }], false);
      expect(threeStep.errors).toEqual([expect.objectContaining({ code: 'CYCLE', field: ['components'] })]);
      expect(threeStep.errors[0].message).toContain(`${c} → ${a} → ${b} → ${c}`);
      expect((await fx.pg.query(`select count(*)::int as n from production.bill_of_materials where product_id = $1`, [c])).rows[0].n).toBe(0);

      // Q's draft uses R; R's active bill then uses Q (allowed: a draft is not used): activating Q's draft closes a cycle.
      const draft = await bom(q, [{ productId: r, quantity: 1 }], false);
      expect((await bom(r, [{ productId: q, quantity: 1 }])).errors).toEqual([]);
      const refused = (await gql(fx.url, ACTIVATE_BOM, { id: draft.billOfMaterials.id }, fx.owner.token)).data!.activateBillOfMaterials;
      expect(refused.errors).toEqual([expect.objectContaining({ code: 'CYCLE', field: ['components'] })]);
      expect((await gql(fx.url, BOM, { id: draft.billOfMaterials.id }, fx.owner.token)).data!.billOfMaterials.status).toBe('DRAFT');
    });
  });

  describe('production orders', () => {
    it('numbers 10 concurrent creations gaplessly, and a keyed retry creates once', async () => {
      const [p, w] = await Promise.all([product(), warehouse()]);
      const created = await Promise.all(Array.from({ length: 10 }, () => createMo({ productId: p, quantity: 1, warehouseId: w })));
      const numbers = created.map((c) => c.productionOrder.number as string);
      const year = new Date().getUTCFullYear();
      for (const n of numbers) expect(n).toMatch(new RegExp(`^MO-${year}-\\d{6}$`));
      const seq = numbers.map((n) => Number(n.slice(-6))).sort((x, y) => x - y);
      expect(seq[seq.length - 1] - seq[0]).toBe(9);
      expect(new Set(seq).size).toBe(10);

      const key = `saga:${randomUUID()}:production:${randomUUID()}`;
      const [first, retry] = await Promise.all([createMo({ productId: p, quantity: 2, warehouseId: w, idempotencyKey: key }), createMo({ productId: p, quantity: 2, warehouseId: w, idempotencyKey: key })]);
      expect(retry.productionOrder.id).toBe(first.productionOrder.id);
      expect(Number(first.productionOrder.number.slice(-6))).toBe(seq[9] + 1);
      const list = (await gql(fx.url, LIST, { filter: { productId: p }, first: 50 }, fx.owner.token)).data!.productionOrders;
      expect(list.totalCount).toBe(11);
      expect((await gql(fx.url, LIST, { filter: { productId: p }, first: 50 }, other.token)).data!.productionOrders.totalCount).toBe(0);
    });

    it('refuses bad input with typed errors and writes nothing', async () => {
      const p = await product();
      const r = await createMo({ productId: p, quantity: 0, warehouseId: 'nope', orderLineId: randomUUID(), dueDate: '2026-13-45' });
      expect(r.productionOrder).toBeNull();
      expect(r.errors.map((e: { field: string[] }) => e.field.join('.')).sort()).toEqual(['dueDate', 'orderId', 'quantity', 'warehouseId']);
      expect((await fx.pg.query(`select count(*)::int as n from production.production_order where product_id = $1`, [p])).rows[0].n).toBe(0);
    });

    it('follows the state machine: illegal transitions and releasing without an active bill change nothing', async () => {
      const [p, w] = await Promise.all([product(), warehouse()]);
      const { productionOrder: m } = await createMo({ productId: p, quantity: 2, warehouseId: w });
      expect(m).toMatchObject({ status: 'PLANNED', version: 1, components: [] });
      for (const [query, field] of [[START_CONTRACT, 'startProductionOrder'], [COMPLETE_CONTRACT, 'completeProductionOrder']] as const) {
        const r = await call(query, m.id, field);
        expect(r).toEqual({ productionOrder: null, errors: [expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['id'] })] });
      }
      const noBill = await call(RELEASE_CONTRACT, m.id, 'releaseProductionOrder');
      expect(noBill.errors).toEqual([expect.objectContaining({ code: 'INVALID', field: ['productId'] })]);
      expect(await mo(m.id)).toMatchObject({ status: 'PLANNED', version: 1, releasedAt: null });
      expect((await events(m.id)).map((e) => e.type)).toEqual(['production.created']);

      const cancelled = await gql(fx.url, CANCEL, { id: m.id, reason: 'not needed' }, fx.owner.token);
      expect(cancelled.data!.cancelProductionOrder).toEqual({ productionOrder: { id: m.id, status: 'CANCELLED', cancelReason: 'not needed' }, errors: [] });
      const again = await gql(fx.url, CANCEL, { id: m.id }, fx.owner.token);
      expect(again.data!.cancelProductionOrder.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION' })]);
      expect(await mo(m.id)).toMatchObject({ status: 'CANCELLED', version: 2 });
      const missing = await call(RELEASE_CONTRACT, randomUUID(), 'releaseProductionOrder');
      expect(missing.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
    });

    it('release reserves components (short ones partly), complete consumes them and receives the output, once', async () => {
      const [p, a, b, w] = await Promise.all([product(), product(), product(), warehouse()]);
      await bom(p, [{ productId: a, quantity: 2 }, { productId: b, quantity: 1 }]);
      await receive(a, w, 10);
      await receive(b, w, 1);
      const customer = await createCustomer(fx.url, fx.owner.token);
      const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: p, quantity: 3 }])).data!.createOrder.order;
      const lineId = randomUUID();
      const { productionOrder: m } = await createMo({ productId: p, quantity: 3, warehouseId: w, orderId: order.id, orderLineId: lineId, dueDate: '2026-12-31' });

      const released = await call(RELEASE_CONTRACT, m.id, 'releaseProductionOrder');
      expect(released).toEqual({ productionOrder: { id: m.id, status: 'RELEASED' }, errors: [] });
      const after = await mo(m.id);
      expect(after.components).toEqual([{ productId: a, quantity: 6 }, { productId: b, quantity: 3 }]);
      expect(after.version).toBe(2);
      // A: 6 of 10 reserved; B: only 1 of the 3 needed was available (the shortage is recorded).
      await waitStock(a, { onHand: 10, reserved: 6 });
      await waitStock(b, { onHand: 1, reserved: 1 });
      const { rows: reservations } = await fx.pg.query(`select product_id, quantity, status, order_id from operations.reservation where production_order_id = $1 order by quantity`, [m.id]);
      expect(reservations).toEqual([
        { product_id: b, quantity: 1, status: 'RESERVED', order_id: null },
        { product_id: a, quantity: 6, status: 'RESERVED', order_id: null },
      ]);
      const tracked = (await fx.pg.query(`select status, shortage from operations.production_order_stock where id = $1`, [m.id])).rows[0];
      expect(tracked).toEqual({ status: 'RELEASED', shortage: [{ productId: b, quantity: 2 }] });

      // The order shows its production order, with the product resolved by sales.
      const ofOrder = (await gql(fx.url, ORDER_MOS, { id: order.id }, fx.owner.token)).data!.order.productionOrders;
      expect(ofOrder).toEqual([{ id: m.id, number: m.number, status: 'RELEASED', quantity: 3, product: { id: p, sku: expect.any(String) } }]);

      await receive(b, w, 5);
      expect(await call(START_CONTRACT, m.id, 'startProductionOrder')).toEqual({ productionOrder: { id: m.id, status: 'IN_PROGRESS' }, errors: [] });
      // A concurrent double completion completes once.
      const [c1, c2] = await Promise.all([call(COMPLETE_CONTRACT, m.id, 'completeProductionOrder'), call(COMPLETE_CONTRACT, m.id, 'completeProductionOrder')]);
      const outcomes = [c1, c2].map((c) => (c.errors.length ? c.errors[0].code : c.productionOrder.status)).sort();
      expect(outcomes).toEqual(['COMPLETED', 'INVALID_TRANSITION']);

      await waitStock(p, { onHand: 3, reserved: 0 });
      expect(await stock(a)).toEqual({ onHand: 4, reserved: 0, available: 4 });
      expect(await stock(b)).toEqual({ onHand: 3, reserved: 0, available: 3 });
      await expectStockConsistent(fx.pg, [p, a, b]);
      const { rows: moves } = await fx.pg.query(`select product_id, type, quantity from operations.stock_movement where workspace_id = $1 and reference = $2 order by type, product_id`, [fx.owner.workspaceId, m.number]);
      expect(moves).toEqual(
        expect.arrayContaining([
          { product_id: p, type: 'RECEIPT', quantity: 3 },
          { product_id: a, type: 'ISSUE', quantity: -6 },
          { product_id: b, type: 'ISSUE', quantity: -1 },
          { product_id: b, type: 'ISSUE', quantity: -2 },
        ]),
      );
      expect(moves).toHaveLength(4);

      const done = await mo(m.id);
      expect(done).toMatchObject({ status: 'COMPLETED', version: 4 });
      expect(done.completedAt).not.toBeNull();
      const produced = await events(m.id);
      expect(produced.map((e) => [e.type, e.aggregate_version])).toEqual([
        ['production.created', 1],
        ['production.released', 2],
        ['production.started', 3],
        ['production.completed', 4],
      ]);
      expect(produced[1].payload).toEqual({
        id: m.id,
        number: m.number,
        status: 'RELEASED',
        productId: p,
        quantity: 3,
        warehouseId: w,
        orderId: order.id,
        orderLineId: lineId,
        components: [{ productId: a, quantity: 6 }, { productId: b, quantity: 3 }],
      });
      const received = (await events(m.id, 'operations')).filter((e) => e.type === 'production.output_received');
      expect(received).toHaveLength(1);
      expect(received[0].payload).toEqual({ productionOrderId: m.id, number: m.number, productId: p, quantity: 3, warehouseId: w, orderId: order.id, orderLineId: lineId });
    });

    it('cancelling a released order releases its component reservations', async () => {
      const [p, a, w] = await Promise.all([product(), product(), warehouse()]);
      await bom(p, [{ productId: a, quantity: 4 }]);
      await receive(a, w, 20);
      const { productionOrder: m } = await createMo({ productId: p, quantity: 2, warehouseId: w });
      await call(RELEASE_CONTRACT, m.id, 'releaseProductionOrder');
      await waitStock(a, { reserved: 8 });
      const r = await gql(fx.url, CANCEL, { id: m.id, reason: 'customer withdrew' }, fx.owner.token);
      expect(r.data!.cancelProductionOrder.productionOrder.status).toBe('CANCELLED');
      await waitStock(a, { onHand: 20, reserved: 0 });
      const { rows } = await fx.pg.query(`select status from operations.reservation where production_order_id = $1`, [m.id]);
      expect(rows).toEqual([{ status: 'RELEASED' }]);
      expect((await events(m.id)).at(-1)).toMatchObject({ type: 'production.cancelled', payload: expect.objectContaining({ reason: 'customer withdrew', components: [{ productId: a, quantity: 8 }] }) });
      await expectStockConsistent(fx.pg, a);
    });

    it('refuses completion while quality or work orders block it, with their errors, and changes nothing', async () => {
      const [p, a, w] = await Promise.all([product(), product(), warehouse()]);
      await bom(p, [{ productId: a, quantity: 1 }]);
      await receive(a, w, 5);
      const { productionOrder: m } = await createMo({ productId: p, quantity: 2, warehouseId: w });
      const center = await gql(fx.url, `mutation($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { workCenter { id } errors { code } } }`, { input: { code: `WC-${randomUUID().slice(0, 8)}`, name: 'Assembly' } }, fx.owner.token);
      const step = await gql(
        fx.url,
        `mutation($input: AddWorkOrderInput!) { addWorkOrder(input: $input) { workOrder { id } errors { code message } } }`,
        { input: { productionOrderId: m.id, operation: 'Assembly', workCenterId: center.data!.createWorkCenter.workCenter.id, plannedMinutes: 30 } },
        fx.owner.token,
      );
      expect(step.data!.addWorkOrder.errors).toEqual([]);
      await call(RELEASE_CONTRACT, m.id, 'releaseProductionOrder');
      await call(START_CONTRACT, m.id, 'startProductionOrder');
      const refused = await call(COMPLETE_CONTRACT, m.id, 'completeProductionOrder');
      expect(refused.productionOrder).toBeNull();
      expect(refused.errors).toEqual([expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['workOrders'] })]);
      expect(await mo(m.id)).toMatchObject({ status: 'IN_PROGRESS', version: 3, completedAt: null });
      expect((await events(m.id)).map((e) => e.type)).not.toContain('production.completed');
    });

    it('resolves Product.billOfMaterials and Order.productionOrders of N entities with one statement each', async () => {
      // A production subgraph of its own that records its SQL, called the way the gateway calls it (_entities).
      const env = productionEnvSchema.parse(testEnv());
      const queries: string[] = [];
      const orm = await createOrm({ clientUrl: appDatabaseUrl(env), schema: PRODUCTION_SCHEMA, entities: productionEntities, migrations: productionMigrations, onQuery: (sql) => queries.push(sql), poolMax: 2 });
      const sub = await startSubgraph({ ...productionSchema(), name: 'production', orm, verifier: await createVerifier(env), logger: createLogger('production', 'silent'), introspection: false }, 0);
      try {
        const products = await Promise.all(Array.from({ length: 4 }, () => product()));
        const part = await product();
        for (const p of products.slice(0, 3)) await bom(p, [{ productId: part, quantity: 2 }]);
        const w = await warehouse();
        const orders = [randomUUID(), randomUUID(), randomUUID()];
        for (const orderId of orders) await createMo({ productId: products[0], quantity: 1, warehouseId: w, orderId });
        queries.length = 0;
        const r = await gql(
          sub.url,
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Product { id billOfMaterials { version components { quantity } } } ... on Order { id productionOrders { number } } } }`,
          { r: [...products.map((id) => ({ __typename: 'Product', id })), ...orders.map((id) => ({ __typename: 'Order', id }))] },
          fx.owner.token,
        );
        expect(r.errors).toBeUndefined();
        const entities = r.data!._entities;
        expect(entities.slice(0, 4).map((e: { billOfMaterials: unknown }) => e.billOfMaterials)).toEqual([...Array(3).fill({ version: 1, components: [{ quantity: 2 }] }), null]);
        expect(entities.slice(4).map((e: { productionOrders: unknown[] }) => e.productionOrders.length)).toEqual([1, 1, 1]);
        expect(queries.filter((q) => /from "production"\."bill_of_materials"/.test(q))).toHaveLength(1);
        expect(queries.filter((q) => /from "production"\."bom_line"/.test(q))).toHaveLength(1);
        expect(queries.filter((q) => /from "production"\."production_order"/.test(q))).toHaveLength(1);
      } finally {
        await sub.close();
        await orm.close();
      }
    });

    it('another tenant can neither see nor move a production order', async () => {
      const [p, a, w] = await Promise.all([product(), product(), warehouse()]);
      await bom(p, [{ productId: a, quantity: 1 }]);
      const { productionOrder: m } = await createMo({ productId: p, quantity: 1, warehouseId: w });
      expect(await mo(m.id, other.token)).toBeFalsy();
      for (const [query, field] of [[RELEASE_CONTRACT, 'releaseProductionOrder'], [START_CONTRACT, 'startProductionOrder'], [COMPLETE_CONTRACT, 'completeProductionOrder']] as const) {
        expect((await call(query, m.id, field, other.token)).errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      }
      expect((await gql(fx.url, CANCEL, { id: m.id }, other.token)).data!.cancelProductionOrder.errors).toEqual([expect.objectContaining({ code: 'NOT_FOUND' })]);
      expect(await mo(m.id)).toMatchObject({ status: 'PLANNED', version: 1 });
    });
  });
});
