import { randomUUID } from 'node:crypto';
import { createCustomer, createOrder, createProduct, createWarehouse, gql, receiveStock, signUpTenant, useStack, type Tenant } from '@prometric/testing';

/**
 * The status transitions every service runs through core's `transition`: for each adopter, the exact
 * NOT_FOUND and INVALID_TRANSITION payloads (code, field, message), that a refusal changes nothing,
 * and the event each move records (type, aggregate type and version, payload status).
 */
const ERR = 'errors { code field message }';
const move = (name: string, key: string, args = '$id: ID!', pass = 'id: $id') => `mutation(${args}) { ${name}(${pass}) { ${key} { id status } ${ERR} } }`;

type Row = Record<string, any>;

describe('status transitions through core transition()', () => {
  const fx = useStack({ pg: true });
  let other: Tenant;

  beforeAll(async () => {
    other = await signUpTenant(fx.url);
  });

  const call = async (query: string, variables: Record<string, unknown>, token = fx.owner.token): Promise<Row> => {
    const r = await gql(fx.url, query, variables, token);
    if (!r.data) throw new Error(`GraphQL failed: ${JSON.stringify(r)}`);
    return r.data;
  };
  const events = async (schema: string, id: string): Promise<Row[]> =>
    (await fx.pg.query(`select type, aggregate_type, aggregate_version, payload from ${schema}.outbox_event where aggregate_id = $1 order by created_at, aggregate_version`, [id])).rows;
  const status = async (table: string, id: string): Promise<string> => (await fx.pg.query(`select status from ${table} where id = $1`, [id])).rows[0].status;
  const refused = (message: string) => ({ code: 'INVALID_TRANSITION', field: ['id'], message });
  const notFound = (message: string) => [{ code: 'NOT_FOUND', field: ['id'], message }];
  /** A refused move: the exact payload, and neither the row's status nor its events changed. */
  const expectRefused = async (query: string, vars: Row, field: string, message: string, schema: string, table: string, id: string) => {
    const [before, eventsBefore] = [await status(table, id), (await events(schema, id)).length];
    const r = (await call(query, vars))[field];
    expect(Object.values(r)).toContainEqual([refused(message)]);
    expect(Object.entries(r).filter(([k]) => k !== 'errors').map(([, v]) => v)).toEqual([null]);
    expect(await status(table, id)).toBe(before);
    expect(await events(schema, id)).toHaveLength(eventsBefore);
  };

  it('purchase orders: send records purchase_order.sent; a second send and unknown or foreign ids are refused', async () => {
    const supplier = (await call(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { supplier { id } ${ERR} } }`, { i: { name: 'Acme', currency: 'EUR', leadTimeDays: 3 } })).createSupplier.supplier;
    const product = await createProduct(fx.url, fx.owner.token);
    const po = (await call(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { purchaseOrder { id } ${ERR} } }`, { i: { supplierId: supplier.id, lines: [{ productId: product.id, quantity: 4, unitCost: '2.50' }] } }))
      .createPurchaseOrder.purchaseOrder;
    const SEND = move('sendPurchaseOrder', 'purchaseOrder');
    expect((await call(SEND, { id: po.id })).sendPurchaseOrder).toEqual({ purchaseOrder: { id: po.id, status: 'SENT' }, errors: [] });
    const [, sent] = await events('operations', po.id);
    expect(sent).toMatchObject({ type: 'purchase_order.sent', aggregate_type: 'PurchaseOrder', aggregate_version: 2, payload: { id: po.id, status: 'SENT', lines: [{ productId: product.id, quantity: 4 }] } });
    await expectRefused(SEND, { id: po.id }, 'sendPurchaseOrder', 'A purchase order in status SENT cannot become SENT', 'operations', 'operations.purchase_order', po.id);
    expect((await call(move('cancelPurchaseOrder', 'purchaseOrder'), { id: randomUUID() })).cancelPurchaseOrder.errors).toEqual(notFound('Purchase order not found'));
    expect((await call(SEND, { id: po.id }, other.token)).sendPurchaseOrder.errors).toEqual(notFound('Purchase order not found'));
  });

  it('maintenance: versions follow the path, refusals name both statuses', async () => {
    const code = `WC-${randomUUID().slice(0, 8)}`;
    const wc = (await call(`mutation($i: CreateWorkCenterInput!) { createWorkCenter(input: $i) { workCenter { id } ${ERR} } }`, { i: { code, name: code } })).createWorkCenter.workCenter;
    const request = async () =>
      (await call(`mutation($i: RequestMaintenanceInput!) { requestMaintenance(input: $i) { maintenanceRequest { id } ${ERR} } }`, { i: { workCenterId: wc.id, description: 'Belt' } })).requestMaintenance.maintenanceRequest.id as string;
    const [a, b] = [await request(), await request()];
    const M = (name: string) => move(name, 'maintenanceRequest');
    await expectRefused(M('completeMaintenance'), { id: a }, 'completeMaintenance', 'A maintenance request in status OPEN cannot become DONE', 'production', 'production.maintenance_request', a);
    expect((await call(M('startMaintenance'), { id: a })).startMaintenance.errors).toEqual([]);
    expect((await call(M('cancelMaintenance'), { id: a })).cancelMaintenance.errors).toEqual([]);
    expect((await call(M('cancelMaintenance'), { id: b })).cancelMaintenance.errors).toEqual([]);
    expect((await events('production', a)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.status])).toEqual([
      ['maintenance.requested', 'MaintenanceRequest', 1, 'OPEN'],
      ['maintenance.started', 'MaintenanceRequest', 2, 'IN_PROGRESS'],
      ['maintenance.cancelled', 'MaintenanceRequest', 3, 'CANCELLED'],
    ]);
    expect((await events('production', b)).map((e) => [e.type, e.aggregate_version])).toEqual([['maintenance.requested', 1], ['maintenance.cancelled', 2]]);
    await expectRefused(M('startMaintenance'), { id: a }, 'startMaintenance', 'A maintenance request in status CANCELLED cannot become IN_PROGRESS', 'production', 'production.maintenance_request', a);
    expect((await call(M('startMaintenance'), { id: 'not-a-uuid' })).startMaintenance.errors).toEqual(notFound('Maintenance request not found'));
  });

  it('production orders and work orders: refusals, NOT_FOUND, and the events with their versions', async () => {
    const MO = (name: string) => move(name, 'productionOrder');
    const mo = (await call(`mutation($i: CreateProductionOrderInput!) { createProductionOrder(input: $i) { productionOrder { id } ${ERR} } }`, { i: { productId: randomUUID(), quantity: 2, warehouseId: randomUUID() } }))
      .createProductionOrder.productionOrder.id as string;
    await expectRefused(MO('startProductionOrder'), { id: mo }, 'startProductionOrder', 'A production order in status PLANNED cannot become IN_PROGRESS', 'production', 'production.production_order', mo);
    expect((await call(MO('startProductionOrder'), { id: randomUUID() })).startProductionOrder.errors).toEqual(notFound('Production order not found'));

    const code = `WC-${randomUUID().slice(0, 8)}`;
    const wc = (await call(`mutation($i: CreateWorkCenterInput!) { createWorkCenter(input: $i) { workCenter { id } ${ERR} } }`, { i: { code, name: code } })).createWorkCenter.workCenter;
    const wo = (await call(`mutation($i: AddWorkOrderInput!) { addWorkOrder(input: $i) { workOrder { id } ${ERR} } }`, { i: { productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id, plannedMinutes: 5 } }))
      .addWorkOrder.workOrder.id as string;
    const COMPLETE_WO = move('completeWorkOrder', 'workOrder', '$id: ID!, $m: Int!', 'id: $id, actualMinutes: $m');
    await expectRefused(COMPLETE_WO, { id: wo, m: 3 }, 'completeWorkOrder', 'Work order 1 (Cutting) is PENDING and cannot become DONE', 'production', 'production.work_order', wo);
    expect((await call(move('cancelWorkOrder', 'workOrder'), { id: wo })).cancelWorkOrder).toEqual({ workOrder: { id: wo, status: 'CANCELLED' }, errors: [] });
    expect((await events('production', wo)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.status])).toEqual([
      ['workOrder.added', 'WorkOrder', 1, 'PENDING'],
      ['workOrder.cancelled', 'WorkOrder', 2, 'CANCELLED'],
    ]);
    expect((await call(move('cancelWorkOrder', 'workOrder'), { id: wo }, other.token)).cancelWorkOrder.errors).toEqual(notFound('Work order not found'));

    const CANCEL_MO = move('cancelProductionOrder', 'productionOrder', '$id: ID!, $r: String', 'id: $id, reason: $r');
    expect((await call(CANCEL_MO, { id: mo, r: ' No demand ' })).cancelProductionOrder.errors).toEqual([]);
    expect((await events('production', mo)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.status, e.payload.reason])).toEqual([
      ['production.created', 'ProductionOrder', 1, 'PLANNED', undefined],
      ['production.cancelled', 'ProductionOrder', 2, 'CANCELLED', 'No demand'],
    ]);
  });

  it('expenses: the expense wording of a refusal, and the rejected event at the row version', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const id = (await call(`mutation($i: SubmitExpenseInput!) { submitExpense(input: $i) { expense { id } ${ERR} } }`, { i: { description: 'Taxi', category: 'TRAVEL', amount: '12.00', incurredOn: today } }))
      .submitExpense.expense.id as string;
    const PAID = move('markExpensePaid', 'expense', '$id: ID!, $d: String!', 'id: $id, paidOn: $d');
    await expectRefused(PAID, { id, d: today }, 'markExpensePaid', 'An expense cannot go from SUBMITTED to PAID', 'finance', 'finance.expense', id);
    const REJECT = move('rejectExpense', 'expense', '$id: ID!, $r: String!', 'id: $id, reason: $r');
    expect((await call(REJECT, { id, r: 'No receipt' })).rejectExpense.errors).toEqual([]);
    expect((await events('finance', id)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.status])).toEqual([
      ['expense.submitted', 'Expense', 1, 'SUBMITTED'],
      ['expense.rejected', 'Expense', 2, 'REJECTED'],
    ]);
    expect((await call(REJECT, { id: randomUUID(), r: 'x' })).rejectExpense.errors).toEqual(notFound('Expense not found'));
  });

  it('payroll runs: DRAFT recalculates, approval records payroll.approved v2, then recalculation and a second approval are refused', async () => {
    const run = (await call(`mutation($p: String!) { createPayrollRun(period: $p) { payrollRun { id } ${ERR} } }`, { p: '2025-01' })).createPayrollRun.payrollRun.id as string;
    const P = (name: string) => move(name, 'payrollRun');
    await expectRefused(P('markPayrollRunPaid'), { id: run }, 'markPayrollRunPaid', 'A payroll run in status DRAFT cannot become PAID', 'hr', 'hr.payroll_run', run);
    expect((await call(P('recalculatePayrollRun'), { id: run })).recalculatePayrollRun).toEqual({ payrollRun: { id: run, status: 'DRAFT' }, errors: [] });
    expect((await call(P('approvePayrollRun'), { id: run })).approvePayrollRun).toEqual({ payrollRun: { id: run, status: 'APPROVED' }, errors: [] });
    expect((await events('hr', run)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.payrollRunId])).toEqual([['payroll.approved', 'PayrollRun', 2, run]]);
    await expectRefused(P('recalculatePayrollRun'), { id: run }, 'recalculatePayrollRun', 'A payroll run in status APPROVED cannot be recalculated', 'hr', 'hr.payroll_run', run);
    await expectRefused(P('approvePayrollRun'), { id: run }, 'approvePayrollRun', 'A payroll run in status APPROVED cannot become APPROVED', 'hr', 'hr.payroll_run', run);
    expect((await call(P('markPayrollRunPaid'), { id: run })).markPayrollRunPaid.errors).toEqual([]);
    expect((await events('hr', run))).toHaveLength(1);
    expect((await call(P('approvePayrollRun'), { id: randomUUID() })).approvePayrollRun.errors).toEqual(notFound('Payroll run not found'));
  });

  it('reservations and shipments: release and cancel, then the refusals', async () => {
    const w = await createWarehouse(fx.url, fx.owner.token);
    const product = await createProduct(fx.url, fx.owner.token);
    const customer = await createCustomer(fx.url, fx.owner.token);
    const order = (await createOrder(fx.url, fx.owner.token, customer.id, [{ productId: product.id, quantity: 2 }])).data!.createOrder.order;
    await receiveStock(fx.url, fx.owner.token, { productId: product.id, warehouseId: w.id, quantity: 10 });
    const reserve = async () =>
      (await call(`mutation($i: ReserveStockInput!) { reserveStock(input: $i) { reservations { id } ${ERR} } }`, { i: { orderId: order.id, productId: product.id, warehouseId: w.id, quantity: 2 } })).reserveStock.reservations[0].id as string;
    const [released, shipped] = [await reserve(), await reserve()];

    const RELEASE = move('releaseReservation', 'reservation');
    expect((await call(RELEASE, { id: released })).releaseReservation).toEqual({ reservation: { id: released, status: 'RELEASED' }, errors: [] });
    expect((await events('operations', released)).map((e) => [e.type, e.aggregate_type, e.aggregate_version, e.payload.status])).toEqual([
      ['stock.reserved', 'Reservation', 1, 'RESERVED'],
      ['stock.released', 'Reservation', 2, 'RELEASED'],
    ]);
    await expectRefused(RELEASE, { id: released }, 'releaseReservation', 'A reservation in status RELEASED cannot become RELEASED', 'operations', 'operations.reservation', released);
    expect((await call(RELEASE, { id: shipped }, other.token)).releaseReservation.errors).toEqual(notFound('Reservation not found'));

    const shipment = (await call(`mutation($i: CreateShipmentInput!) { createShipment(input: $i) { shipment { id } ${ERR} } }`, { i: { orderId: order.id, warehouseId: w.id } })).createShipment.shipment.id as string;
    await expectRefused(move('deliverShipment', 'shipment'), { id: shipment }, 'deliverShipment', 'A shipment in status PENDING cannot become DELIVERED', 'operations', 'operations.shipment', shipment);
    const eventsBefore = await events('operations', shipment);
    expect((await call(move('cancelShipment', 'shipment'), { id: shipment })).cancelShipment).toEqual({ shipment: { id: shipment, status: 'CANCELLED' }, errors: [] });
    expect(await events('operations', shipment)).toEqual(eventsBefore);
    expect((await fx.pg.query('select active from operations.shipment_line where shipment_id = $1', [shipment])).rows).toEqual([{ active: false }]);
    await expectRefused(move('pickShipment', 'shipment'), { id: shipment }, 'pickShipment', 'A shipment in status CANCELLED cannot become PICKED', 'operations', 'operations.shipment', shipment);
    expect((await call(move('pickShipment', 'shipment'), { id: randomUUID() })).pickShipment.errors).toEqual(notFound('Shipment not found'));
  });
});
