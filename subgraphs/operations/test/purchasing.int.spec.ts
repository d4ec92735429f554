import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createWarehouse, errorCodes, eventually, gql, memberToken, receiveStock, signUpTenant, useStack } from '@prometric/testing';

const CREATE_SUPPLIER = /* GraphQL */ `
  mutation($input: CreateSupplierInput!) { createSupplier(input: $input) { supplier { id name email phone leadTimeDays currency } errors { code field message } } }`;
const UPDATE_SUPPLIER = /* GraphQL */ `
  mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { supplier { id name email phone leadTimeDays currency } errors { code field message } } }`;
const SUPPLIERS = /* GraphQL */ `
  query($search: String, $first: Int, $after: String) { suppliers(first: $first, after: $after, filter: { search: $search }) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }`;
const PO_FIELDS = 'id number status currency version sentAt receivedAt supplier { id } warehouse { id } total { amount currency } lines { id productId quantity unitCost receivedQuantity }';
const CREATE_PO = /* GraphQL */ `
  mutation($input: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $input) { purchaseOrder { ${PO_FIELDS} } errors { code field message } } }`;
const SEND_PO = /* GraphQL */ `mutation($id: ID!) { sendPurchaseOrder(id: $id) { purchaseOrder { id status sentAt } errors { code field message } } }`;
const CANCEL_PO = /* GraphQL */ `mutation($id: ID!) { cancelPurchaseOrder(id: $id) { purchaseOrder { id status } errors { code field message } } }`;
const RECEIVE_PO = /* GraphQL */ `
  mutation($input: ReceivePurchaseOrderInput!) {
    receivePurchaseOrder(input: $input) { purchaseOrder { ${PO_FIELDS} } movements { type quantity quantityAfter reference } errors { code field message } }
  }`;
const SET_RULE = /* GraphQL */ `
  mutation($input: SetReorderRuleInput!) { setReorderRule(input: $input) { reorderRule { id productId min max multiple supplier { id } warehouse { id } } errors { code field message } } }`;
const RUN_CHECK = /* GraphQL */ `
  mutation($warehouseId: ID) { runReorderCheck(warehouseId: $warehouseId) { purchaseOrders { ${PO_FIELDS} } errors { code field message } } }`;

describe('suppliers, purchase orders and reorder rules through the gateway', () => {
  const fx = useStack({ pg: true });

  const warehouse = (token = fx.owner.token) => createWarehouse(fx.url, token);
  const supplier = async (token = fx.owner.token, name = `Supplier ${randomUUID().slice(0, 8)}`) => {
    const r = await gql(fx.url, CREATE_SUPPLIER, { input: { name, currency: 'EUR', leadTimeDays: 7 } }, token);
    expect(r.data!.createSupplier.errors).toEqual([]);
    return r.data!.createSupplier.supplier as { id: string; name: string };
  };
  const sentPo = async (supplierId: string, lines: { productId: string; quantity: number; unitCost: string }[], token = fx.owner.token) => {
    const r = await gql(fx.url, CREATE_PO, { input: { supplierId, lines } }, token);
    expect(r.data!.createPurchaseOrder.errors).toEqual([]);
    const po = r.data!.createPurchaseOrder.purchaseOrder;
    expect((await gql(fx.url, SEND_PO, { id: po.id }, token)).data!.sendPurchaseOrder.errors).toEqual([]);
    return po;
  };
  const level = async (productId: string, warehouseId: string) =>
    (await fx.pg.query('select on_hand, reserved from operations.stock_level where product_id = $1 and warehouse_id = $2', [productId, warehouseId])).rows[0] ?? null;
  const ledger = async (productId: string) =>
    (await fx.pg.query('select type, quantity, quantity_after, reference from operations.stock_movement where product_id = $1 order by seq', [productId])).rows;
  const poState = async (id: string) => ({
    po: (await fx.pg.query('select status, version from operations.purchase_order where id = $1', [id])).rows[0],
    lines: (await fx.pg.query('select product_id, received_quantity from operations.purchase_order_line where purchase_order_id = $1 order by product_id', [id])).rows,
  });

  it('creates, updates, lists and reads suppliers; refuses bad input field by field', async () => {
    const tag = randomUUID().slice(0, 8);
    const r = await gql(fx.url, CREATE_SUPPLIER, { input: { name: ` Acme ${tag} `, email: 'buy@acme.test', phone: '+1 555', leadTimeDays: 5, currency: 'usd' } }, fx.owner.token);
    expect(r.data!.createSupplier).toEqual({ supplier: { id: expect.any(String), name: `Acme ${tag}`, email: 'buy@acme.test', phone: '+1 555', leadTimeDays: 5, currency: 'USD' }, errors: [] });
    const id = r.data!.createSupplier.supplier.id;
    const bad = await gql(fx.url, CREATE_SUPPLIER, { input: { name: ' ', email: 'nope', leadTimeDays: -1, currency: 'dollars' } }, fx.owner.token);
    expect(bad.data!.createSupplier.errors.map((e: any) => [e.code, e.field[0]])).toEqual([
      ['REQUIRED', 'name'],
      ['INVALID', 'email'],
      ['INVALID', 'leadTimeDays'],
      ['INVALID', 'currency'],
    ]);
    const up = await gql(fx.url, UPDATE_SUPPLIER, { input: { id, phone: null, leadTimeDays: 9 } }, fx.owner.token);
    expect(up.data!.updateSupplier.supplier).toEqual({ id, name: `Acme ${tag}`, email: 'buy@acme.test', phone: null, leadTimeDays: 9, currency: 'USD' });
    const badUp = await gql(fx.url, UPDATE_SUPPLIER, { input: { id, email: 'x', name: null } }, fx.owner.token);
    expect(badUp.data!.updateSupplier.errors.map((e: any) => e.field[0]).sort()).toEqual(['email', 'name']);
    expect((await gql(fx.url, `query($id: ID!) { supplier(id: $id) { email leadTimeDays } }`, { id }, fx.owner.token)).data!.supplier).toEqual({ email: 'buy@acme.test', leadTimeDays: 9 });
    const list = await gql(fx.url, SUPPLIERS, { search: tag }, fx.owner.token);
    expect(list.data!.suppliers).toEqual({ totalCount: 1, pageInfo: { hasNextPage: false, endCursor: expect.any(String) }, edges: [{ node: { id, name: `Acme ${tag}` } }] });
    // Another tenant sees none of it and cannot change it.
    const other = await signUpTenant(fx.url);
    expect((await gql(fx.url, SUPPLIERS, { search: tag }, other.token)).data!.suppliers.totalCount).toBe(0);
    expect((await gql(fx.url, UPDATE_SUPPLIER, { input: { id, name: 'Mine' } }, other.token)).data!.updateSupplier.errors).toEqual([{ code: 'NOT_FOUND', field: ['id'], message: 'Supplier not found' }]);
    expect((await fx.pg.query('select name from operations.supplier where id = $1', [id])).rows[0].name).toBe(`Acme ${tag}`);
  });

  it('receives a purchase order partially then fully: RECEIPT movements referencing its number, levels and status follow', async () => {
    const w = await warehouse();
    const s = await supplier();
    const [p1, p2] = [randomUUID(), randomUUID()];
    const created = await gql(fx.url, CREATE_PO, { input: { supplierId: s.id, lines: [{ productId: p1, quantity: 10, unitCost: '2.50' }, { productId: p2, quantity: 4, unitCost: '10' }] } }, fx.owner.token);
    expect(created.data!.createPurchaseOrder.errors).toEqual([]);
    const po = created.data!.createPurchaseOrder.purchaseOrder;
    expect(po).toMatchObject({ number: expect.stringMatching(/^PO-\d{4}-\d{6}$/), status: 'DRAFT', currency: 'EUR', supplier: { id: s.id }, total: { amount: '65.00', currency: 'EUR' } });
    const [l1, l2] = [po.lines.find((l: any) => l.productId === p1), po.lines.find((l: any) => l.productId === p2)];
    expect(l1).toMatchObject({ quantity: 10, unitCost: '2.50', receivedQuantity: 0 });
    // A DRAFT cannot be received.
    const early = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l1.id, quantity: 1 }] } }, fx.owner.token);
    expect(early.data!.receivePurchaseOrder).toEqual({ purchaseOrder: null, movements: [], errors: [expect.objectContaining({ code: 'INVALID_TRANSITION', field: ['id'] })] });
    expect((await gql(fx.url, SEND_PO, { id: po.id }, fx.owner.token)).data!.sendPurchaseOrder).toEqual({ purchaseOrder: { id: po.id, status: 'SENT', sentAt: expect.any(String) }, errors: [] });

    const first = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l1.id, quantity: 6 }, { lineId: l2.id, quantity: 4 }] } }, fx.owner.token);
    expect(first.data!.receivePurchaseOrder.errors).toEqual([]);
    expect(first.data!.receivePurchaseOrder.purchaseOrder.status).toBe('PARTIALLY_RECEIVED');
    expect(first.data!.receivePurchaseOrder.movements).toHaveLength(2);
    expect(first.data!.receivePurchaseOrder.movements).toEqual(expect.arrayContaining([{ type: 'RECEIPT', quantity: 6, quantityAfter: 6, reference: po.number }]));
    expect(await level(p1, w.id)).toEqual({ on_hand: 6, reserved: 0 });
    expect(await level(p2, w.id)).toEqual({ on_hand: 4, reserved: 0 });

    const second = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l1.id, quantity: 4 }] } }, fx.owner.token);
    expect(second.data!.receivePurchaseOrder.errors).toEqual([]);
    expect(second.data!.receivePurchaseOrder.purchaseOrder).toMatchObject({ status: 'RECEIVED', receivedAt: expect.any(String) });
    expect(second.data!.receivePurchaseOrder.purchaseOrder.lines.map((l: any) => l.receivedQuantity).sort()).toEqual([10, 4].sort());
    expect(await level(p1, w.id)).toEqual({ on_hand: 10, reserved: 0 });
    expect(await ledger(p1)).toEqual([
      { type: 'RECEIPT', quantity: 6, quantity_after: 6, reference: po.number },
      { type: 'RECEIPT', quantity: 4, quantity_after: 10, reference: po.number },
    ]);
    const events = await fx.pg.query('select type from operations.outbox_event where aggregate_id = $1 order by created_at', [po.id]);
    expect(events.rows.map((e) => e.type)).toEqual(['purchase_order.drafted', 'purchase_order.sent', 'purchase_order.received', 'purchase_order.received']);
    // RECEIVED is final: no more receipts, no cancel.
    const more = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l1.id, quantity: 1 }] } }, fx.owner.token);
    expect(more.data!.receivePurchaseOrder.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await gql(fx.url, CANCEL_PO, { id: po.id }, fx.owner.token)).data!.cancelPurchaseOrder.errors[0].code).toBe('INVALID_TRANSITION');
    expect(await level(p1, w.id)).toEqual({ on_hand: 10, reserved: 0 });
  });

  it('refuses an over-receipt (and any bad line) as a whole, writing nothing', async () => {
    const w = await warehouse();
    const s = await supplier();
    const [p1, p2] = [randomUUID(), randomUUID()];
    const po = await sentPo(s.id, [
      { productId: p1, quantity: 5, unitCost: '1' },
      { productId: p2, quantity: 5, unitCost: '1' },
    ]);
    const [l1, l2] = [po.lines.find((l: any) => l.productId === p1), po.lines.find((l: any) => l.productId === p2)];
    expect((await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l1.id, quantity: 3 }] } }, fx.owner.token)).data!.receivePurchaseOrder.errors).toEqual([]);
    const before = { state: await poState(po.id), ledger: await ledger(p1), l2: await level(p2, w.id) };

    const over = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l2.id, quantity: 5 }, { lineId: l1.id, quantity: 3 }] } }, fx.owner.token);
    expect(over.data!.receivePurchaseOrder).toEqual({ purchaseOrder: null, movements: [], errors: [{ code: 'INVALID', field: ['lines', '1', 'quantity'], message: 'Only 2 units of this line remain to be received' }] });
    const bad = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l2.id, quantity: 0 }, { lineId: randomUUID(), quantity: 1 }] } }, fx.owner.token);
    expect(bad.data!.receivePurchaseOrder.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([['INVALID', 'lines.0.quantity']]);
    const unknownLine = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: w.id, lines: [{ lineId: l2.id, quantity: 1 }, { lineId: randomUUID(), quantity: 1 }] } }, fx.owner.token);
    expect(unknownLine.data!.receivePurchaseOrder.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([['NOT_FOUND', 'lines.1.lineId']]);
    const noWarehouse = await gql(fx.url, RECEIVE_PO, { input: { id: po.id, warehouseId: randomUUID(), lines: [{ lineId: l2.id, quantity: 1 }] } }, fx.owner.token);
    expect(noWarehouse.data!.receivePurchaseOrder.errors).toEqual([{ code: 'NOT_FOUND', field: ['warehouseId'], message: 'Warehouse not found' }]);
    expect({ state: await poState(po.id), ledger: await ledger(p1), l2: await level(p2, w.id) }).toEqual(before);
    expect(before.l2).toBeNull();
    // A partially received purchase order can no longer be cancelled.
    expect((await gql(fx.url, CANCEL_PO, { id: po.id }, fx.owner.token)).data!.cancelPurchaseOrder.errors[0].code).toBe('INVALID_TRANSITION');
  });

  it('receives once when a receipt is retried, also concurrently, with the same idempotency key', async () => {
    const w = await warehouse();
    const s = await supplier();
    const p = randomUUID();
    const po = await sentPo(s.id, [{ productId: p, quantity: 9, unitCost: '3.00' }]);
    const input = { id: po.id, warehouseId: w.id, lines: [{ lineId: po.lines[0].id, quantity: 4 }], idempotencyKey: `rcv-${po.id}` };
    const results = await Promise.all([1, 2, 3].map(() => gql(fx.url, RECEIVE_PO, { input }, fx.owner.token)));
    const again = await gql(fx.url, RECEIVE_PO, { input }, fx.owner.token);
    for (const r of [...results, again]) {
      expect(r.errors).toBeUndefined();
      expect(r.data!.receivePurchaseOrder.errors).toEqual([]);
      expect(r.data!.receivePurchaseOrder.purchaseOrder).toMatchObject({ id: po.id, status: 'PARTIALLY_RECEIVED', lines: [expect.objectContaining({ receivedQuantity: 4 })] });
    }
    expect([...results, again].map((r) => r.data!.receivePurchaseOrder.movements.length).sort()).toEqual([0, 0, 0, 1]);
    expect(await level(p, w.id)).toEqual({ on_hand: 4, reserved: 0 });
    expect(await ledger(p)).toEqual([{ type: 'RECEIPT', quantity: 4, quantity_after: 4, reference: po.number }]);
  });

  it('cancels from DRAFT or SENT only, and refuses bad purchase orders field by field', async () => {
    const s = await supplier();
    const draft = (await gql(fx.url, CREATE_PO, { input: { supplierId: s.id, lines: [{ productId: randomUUID(), quantity: 1, unitCost: '1' }] } }, fx.owner.token)).data!.createPurchaseOrder.purchaseOrder;
    expect((await gql(fx.url, CANCEL_PO, { id: draft.id }, fx.owner.token)).data!.cancelPurchaseOrder).toEqual({ purchaseOrder: { id: draft.id, status: 'CANCELLED' }, errors: [] });
    expect((await gql(fx.url, SEND_PO, { id: draft.id }, fx.owner.token)).data!.sendPurchaseOrder.errors[0].code).toBe('INVALID_TRANSITION');
    const sent = await sentPo(s.id, [{ productId: randomUUID(), quantity: 1, unitCost: '1' }]);
    expect((await gql(fx.url, SEND_PO, { id: sent.id }, fx.owner.token)).data!.sendPurchaseOrder.errors[0].code).toBe('INVALID_TRANSITION');
    expect((await gql(fx.url, CANCEL_PO, { id: sent.id }, fx.owner.token)).data!.cancelPurchaseOrder.purchaseOrder.status).toBe('CANCELLED');

    const before = (await fx.pg.query('select count(*)::int as n from operations.purchase_order where supplier_id = $1', [s.id])).rows[0].n;
    const p = randomUUID();
    const bad = await gql(
      fx.url,
      CREATE_PO,
      { input: { supplierId: s.id, lines: [{ productId: p, quantity: 0, unitCost: '-1' }, { productId: p, quantity: 1, unitCost: '1.005' }, { productId: 'x', quantity: 1, unitCost: '1' }] } },
      fx.owner.token,
    );
    expect(bad.data!.createPurchaseOrder.errors.map((e: any) => [e.code, e.field.join('.')])).toEqual([
      ['INVALID', 'lines.0.quantity'],
      ['INVALID', 'lines.0.unitCost'],
      ['INVALID', 'lines.1.productId'],
      ['INVALID', 'lines.1.unitCost'],
      ['INVALID', 'lines.2.productId'],
    ]);
    const noSupplier = await gql(fx.url, CREATE_PO, { input: { supplierId: randomUUID(), lines: [{ productId: p, quantity: 1, unitCost: '1' }] } }, fx.owner.token);
    expect(noSupplier.data!.createPurchaseOrder.errors).toEqual([{ code: 'NOT_FOUND', field: ['supplierId'], message: 'Supplier not found' }]);
    expect((await fx.pg.query('select count(*)::int as n from operations.purchase_order where supplier_id = $1', [s.id])).rows[0].n).toBe(before);
    // Numbers stay gapless: the refused creates used none.
    const next = await gql(fx.url, CREATE_PO, { input: { supplierId: s.id, lines: [{ productId: p, quantity: 1, unitCost: '1' }] } }, fx.owner.token);
    const seq = (n: string) => Number(n.slice(-6));
    expect(seq(next.data!.createPurchaseOrder.purchaseOrder.number)).toBe(seq(sent.number) + 1);
  });

  it('drafts one purchase order per supplier for products below min, with the hand-computed quantity, and drafts nothing new when run again', async () => {
    const tenant = await signUpTenant(fx.url);
    const w = await warehouse(tenant.token);
    const [s1, s2] = [await supplier(tenant.token), await supplier(tenant.token)];
    const [low, ok, covered, other] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const receive = (productId: string, quantity: number) => receiveStock(fx.url, tenant.token, { productId, warehouseId: w.id, quantity });
    // low: 6 on hand, 2 reserved → available 4 (min 10, max 50, multiple 12 → 48).
    await receive(low, 6);
    const reserved = await gql(fx.url, `mutation($i: ReserveStockInput!) { reserveStock(input: $i) { shortage errors { code } } }`, { i: { orderId: randomUUID(), productId: low, warehouseId: w.id, quantity: 2 } }, tenant.token);
    expect(reserved.data!.reserveStock).toEqual({ shortage: 0, errors: [] });
    await receive(ok, 20);
    await receive(covered, 1);
    // covered: available 1, but 9 are already on an open purchase order for this warehouse.
    const open = await gql(fx.url, CREATE_PO, { input: { supplierId: s1.id, warehouseId: w.id, lines: [{ productId: covered, quantity: 9, unitCost: '4.00' }] } }, tenant.token);
    expect(open.data!.createPurchaseOrder.errors).toEqual([]);
    // The last cost of `low` from s1 that was not cancelled goes on the draft. This open purchase
    // order has no warehouse, so it counts for no warehouse's rule.
    await sentPo(s1.id, [{ productId: low, quantity: 1, unitCost: '6.00' }], tenant.token);
    const cancelled = await sentPo(s1.id, [{ productId: low, quantity: 1, unitCost: '7.25' }], tenant.token);
    expect((await gql(fx.url, CANCEL_PO, { id: cancelled.id }, tenant.token)).data!.cancelPurchaseOrder.errors).toEqual([]);
    // The stock events so far have been through operations' own consumer (whose automatic reorder
    // check runs on them) before any rule exists: the check below is the only one that drafts.
    await fx.stack.operations.relay.flush();
    await eventually(
      'stock events not consumed',
      async () =>
        (await fx.pg.query(
          `select count(*)::int as n from "operations"."outbox_event" e where e."workspace_id" = $1 and e."type" in ('stock.reserved', 'stock.issued', 'stock.adjusted')
             and not exists (select 1 from "operations"."processed_message" p where p."event_id" = e."id" and p."consumer" = 'operations')`,
          [tenant.workspaceId],
        )).rows[0].n,
      (n) => n === 0,
      { timeoutMs: 15_000 },
    );
    for (const [productId, supplierId, min, max, multiple] of [
      [low, s1.id, 10, 50, 12],
      [ok, s1.id, 10, 50, 12],
      [covered, s1.id, 10, 20, 5],
      [other, s2.id, 3, 7, 1],
    ] as const) {
      const r = await gql(fx.url, SET_RULE, { input: { productId, warehouseId: w.id, supplierId, min, max, multiple } }, tenant.token);
      expect(r.data!.setReorderRule.errors).toEqual([]);
    }
    // Setting a rule again replaces it: still one rule per product × warehouse.
    const replaced = await gql(fx.url, SET_RULE, { input: { productId: other, warehouseId: w.id, supplierId: s2.id, min: 3, max: 8, multiple: 4 } }, tenant.token);
    expect(replaced.data!.setReorderRule.reorderRule).toMatchObject({ productId: other, min: 3, max: 8, multiple: 4 });
    expect((await gql(fx.url, `{ reorderRules(first: 50) { totalCount } }`, {}, tenant.token)).data!.reorderRules.totalCount).toBe(4);
    const badRule = await gql(fx.url, SET_RULE, { input: { productId: 'x', warehouseId: w.id, supplierId: s1.id, min: 5, max: 4, multiple: 0 } }, tenant.token);
    expect(badRule.data!.setReorderRule.errors.map((e: any) => e.field[0])).toEqual(['productId', 'max', 'multiple']);

    const run = await gql(fx.url, RUN_CHECK, { warehouseId: w.id }, tenant.token);
    expect(run.errors).toBeUndefined();
    expect(run.data!.runReorderCheck.errors).toEqual([]);
    const drafted = run.data!.runReorderCheck.purchaseOrders;
    expect(drafted).toHaveLength(2);
    const bySupplier = Object.fromEntries(drafted.map((po: any) => [po.supplier.id, po]));
    expect(bySupplier[s1.id]).toMatchObject({ status: 'DRAFT', warehouse: { id: w.id }, lines: [{ id: expect.any(String), productId: low, quantity: 48, unitCost: '6.00', receivedQuantity: 0 }] });
    // other: nothing on hand, min 3, max 8, multiple 4 → 8.
    expect(bySupplier[s2.id]).toMatchObject({ status: 'DRAFT', lines: [{ productId: other, quantity: 8, unitCost: '0.00' }] });

    const twice = await gql(fx.url, RUN_CHECK, {}, tenant.token);
    expect(twice.data!.runReorderCheck).toEqual({ purchaseOrders: [], errors: [] });
    const concurrent = await Promise.all([1, 2].map(() => gql(fx.url, RUN_CHECK, { warehouseId: w.id }, tenant.token)));
    for (const r of concurrent) expect(r.data!.runReorderCheck).toEqual({ purchaseOrders: [], errors: [] });
    const { rows } = await fx.pg.query(
      `select l.product_id, sum(l.quantity)::int as q from operations.purchase_order_line l join operations.purchase_order po on po.id = l.purchase_order_id
       where po.workspace_id = (select workspace_id from operations.warehouse where id = $1) and po.status = 'DRAFT' group by l.product_id order by 1`,
      [w.id],
    );
    expect(Object.fromEntries(rows.map((r) => [r.product_id, r.q]))).toEqual({ [low]: 48, [covered]: 9, [other]: 8 });
    // Other tenants see none of it.
    expect((await gql(fx.url, `{ purchaseOrders(first: 50) { totalCount } reorderRules(first: 50) { totalCount } }`, {}, fx.owner.token)).data!.purchaseOrders.totalCount).toBeGreaterThan(0);
    const stranger = await signUpTenant(fx.url);
    const theirs = await gql(fx.url, `{ purchaseOrders(first: 50) { totalCount } reorderRules(first: 50) { totalCount } suppliers(first: 50) { totalCount } }`, {}, stranger.token);
    expect(theirs.data).toEqual({ purchaseOrders: { totalCount: 0 }, reorderRules: { totalCount: 0 }, suppliers: { totalCount: 0 } });
    expect((await gql(fx.url, RUN_CHECK, {}, stranger.token)).data!.runReorderCheck).toEqual({ purchaseOrders: [], errors: [] });
    expect((await gql(fx.url, RUN_CHECK, { warehouseId: w.id }, stranger.token)).data!.runReorderCheck.errors[0].code).toBe('NOT_FOUND');
    expect((await gql(fx.url, SEND_PO, { id: drafted[0].id }, stranger.token)).data!.sendPurchaseOrder.errors[0].code).toBe('NOT_FOUND');
    expect((await gql(fx.url, `query($id: ID!) { purchaseOrder(id: $id) { id } }`, { id: drafted[0].id }, stranger.token)).data?.purchaseOrder ?? null).toBeNull();
  });

  it('needs stock:write to change purchasing and stock:read to see it', async () => {
    const s = await supplier();
    const rep = await memberToken(fx.url, fx.owner, Role.SALES_REP);
    for (const [query, vars] of [
      [CREATE_SUPPLIER, { input: { name: 'X', currency: 'USD' } }],
      [CREATE_PO, { input: { supplierId: s.id, lines: [{ productId: randomUUID(), quantity: 1, unitCost: '1' }] } }],
      [RUN_CHECK, {}],
    ] as const) {
      expect(errorCodes(await gql(fx.url, query, vars, rep))).toEqual(['FORBIDDEN']);
    }
    const hr = await memberToken(fx.url, fx.owner, Role.HR);
    expect(errorCodes(await gql(fx.url, SUPPLIERS, {}, hr))).toEqual(['FORBIDDEN']);
    const clerk = await memberToken(fx.url, fx.owner, Role.WAREHOUSE);
    expect((await gql(fx.url, CREATE_SUPPLIER, { input: { name: 'By clerk', currency: 'USD' } }, clerk)).data!.createSupplier.errors).toEqual([]);
  });
});
