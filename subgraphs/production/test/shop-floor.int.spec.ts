import { randomUUID } from 'node:crypto';
import { createProduct, createWarehouse, errorCodes, gql, memberToken, signUpTenant, testEnv, useStack, type Tenant } from '@prometric/testing';
import { productionEnvSchema, startProduction } from '../src';

const ERR = 'errors { code field message }';
const WORK_CENTER_FIELDS = 'id code status blocked openMaintenanceRequests { id type status scheduledFor }';
const MAINTENANCE_FIELDS = 'id type status description scheduledFor startedAt completedAt scheduleId workCenter { id code }';
const WORK_ORDER_FIELDS = 'id productionOrderId sequence operation status plannedMinutes actualMinutes assignedEmployeeId startedAt completedAt workCenter { id code }';
const INSPECTION_FIELDS = 'id result productionOrderId stockMovementId inspectorId inspectedAt notes measurements { name value target tolerance withinTolerance }';

const CREATE_WORK_CENTER = `mutation($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { workCenter { id code } ${ERR} } }`;
const WORK_CENTER = `query($id: ID!) { workCenter(id: $id) { ${WORK_CENTER_FIELDS} } }`;
const REQUEST_MAINTENANCE = `mutation($input: RequestMaintenanceInput!) { requestMaintenance(input: $input) { maintenanceRequest { ${MAINTENANCE_FIELDS} } ${ERR} } }`;
const MAINTENANCE_MOVE = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { maintenanceRequest { ${MAINTENANCE_FIELDS} } ${ERR} } }`;
const SCHEDULE_MAINTENANCE = `mutation($input: ScheduleMaintenanceInput!) { scheduleMaintenance(input: $input) { maintenanceSchedule { id everyDays startsAt } ${ERR} } }`;
const GENERATE = `mutation($asOf: DateTime) { generateDueMaintenance(asOf: $asOf) { created { ${MAINTENANCE_FIELDS} } ${ERR} } }`;
const ADD_WORK_ORDER = `mutation($input: AddWorkOrderInput!) { addWorkOrder(input: $input) { workOrder { ${WORK_ORDER_FIELDS} } ${ERR} } }`;
const START_WORK_ORDER = `mutation($id: ID!) { startWorkOrder(id: $id) { workOrder { ${WORK_ORDER_FIELDS} } ${ERR} } }`;
const COMPLETE_WORK_ORDER = `mutation($id: ID!, $m: Int!) { completeWorkOrder(id: $id, actualMinutes: $m) { workOrder { ${WORK_ORDER_FIELDS} } ${ERR} } }`;
const CANCEL_WORK_ORDER = `mutation($id: ID!) { cancelWorkOrder(id: $id) { workOrder { ${WORK_ORDER_FIELDS} } ${ERR} } }`;
const WORK_ORDER = `query($id: ID!) { workOrder(id: $id) { ${WORK_ORDER_FIELDS} } }`;
const WORK_ORDERS = `query($f: WorkOrderFilter) { workOrders(filter: $f) { totalCount edges { node { id } } } }`;
const RECORD_INSPECTION = `mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { inspection { ${INSPECTION_FIELDS} } ${ERR} } }`;
// The production order operations of the contract (/work/shared/contract/operations.graphql).
const PRODUCTION_ORDER_MOVE = (name: string) => `mutation($id: ID!) { ${name}(id: $id) { productionOrder { id status } ${ERR} } }`;
const PRODUCTION_ORDER_FLOOR = `query($id: ID!) { productionOrder(id: $id) { id status workOrders { sequence operation status } inspections { result } } }`;

type Row = Record<string, any>;

describe('the shop floor through the gateway: maintenance, work orders, inspections', () => {
  const fx = useStack({ pg: true });
  let other: Tenant;
  let productId: string;
  let warehouseId: string;

  beforeAll(async () => {
    other = await signUpTenant(fx.url);
    // One product made from one component, with an active bill, in one warehouse: what every production order here makes.
    const [made, component] = await Promise.all([createProduct(fx.url, fx.owner.token), createProduct(fx.url, fx.owner.token)]);
    productId = made.id;
    const bill = await gql(
      fx.url,
      `mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { billOfMaterials { id status } ${ERR} } }`,
      { input: { productId, components: [{ productId: component.id, quantity: 2 }], activate: true } },
      fx.owner.token,
    );
    expect(bill.data?.createBillOfMaterials.errors).toEqual([]);
    warehouseId = (await createWarehouse(fx.url, fx.owner.token, { code: `PR-${randomUUID().slice(0, 8)}`, name: 'Production' })).id;
  });

  const call = async (query: string, variables: Record<string, unknown>, token = fx.owner.token) => {
    const r = await gql(fx.url, query, variables, token);
    if (!r.data) throw new Error(`GraphQL failed: ${JSON.stringify(r)}`);
    return r.data;
  };
  const workCenter = async (token = fx.owner.token): Promise<{ id: string; code: string }> => {
    const code = `WC-${randomUUID().slice(0, 8)}`;
    const p = (await call(CREATE_WORK_CENTER, { input: { code, name: `Center ${code}` } }, token)).createWorkCenter;
    expect(p.errors).toEqual([]);
    return p.workCenter;
  };
  /** A production order of the shared product, moved through the other helper's mutations to `status`. */
  const productionOrder = async (status: 'PLANNED' | 'RELEASED' | 'IN_PROGRESS' = 'IN_PROGRESS'): Promise<string> => {
    const created = (await call(`mutation($input: CreateProductionOrderInput!) { createProductionOrder(input: $input) { productionOrder { id status } ${ERR} } }`, {
      input: { productId, quantity: 3, warehouseId },
    })).createProductionOrder;
    expect(created.errors).toEqual([]);
    const id = created.productionOrder.id as string;
    const steps = status === 'PLANNED' ? [] : status === 'RELEASED' ? ['releaseProductionOrder'] : ['releaseProductionOrder', 'startProductionOrder'];
    for (const step of steps) expect((await call(PRODUCTION_ORDER_MOVE(step), { id }))[step].errors).toEqual([]);
    return id;
  };
  const addWorkOrder = async (input: Record<string, unknown>, token = fx.owner.token) => (await call(ADD_WORK_ORDER, { input: { plannedMinutes: 30, ...input } }, token)).addWorkOrder;
  const dbWorkOrder = async (id: string): Promise<Row> => (await fx.pg.query('select status, started_at, completed_at, actual_minutes from production.work_order where id = $1', [id])).rows[0];
  const dbMaintenance = async (id: string): Promise<Row> => (await fx.pg.query('select status, started_at, completed_at from production.maintenance_request where id = $1', [id])).rows[0];
  const count = async (sql: string, params: unknown[]) => Number((await fx.pg.query(`select count(*)::int as n from ${sql}`, params)).rows[0].n);

  it('maintenance blocks a work center and the start of its work orders until it is done; a future preventive request does not block', async () => {
    const wc = await workCenter();
    const mo = await productionOrder();
    const wo = (await addWorkOrder({ productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id })).workOrder;
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'AVAILABLE', blocked: false, openMaintenanceRequests: [] });

    // A preventive request needs its date, a corrective one must not have one: refused, nothing written.
    const noDate = (await call(REQUEST_MAINTENANCE, { input: { workCenterId: wc.id, type: 'PREVENTIVE', description: 'Oil' } })).requestMaintenance;
    expect(noDate).toMatchObject({ maintenanceRequest: null, errors: [{ code: 'REQUIRED', field: ['scheduledFor'] }] });
    expect(await count('production.maintenance_request where work_center_id = $1', [wc.id])).toBe(0);

    const future = (await call(REQUEST_MAINTENANCE, { input: { workCenterId: wc.id, type: 'PREVENTIVE', description: 'Yearly check', scheduledFor: '2099-01-01T00:00:00Z' } })).requestMaintenance;
    expect(future.errors).toEqual([]);
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'AVAILABLE', blocked: false, openMaintenanceRequests: [{ id: future.maintenanceRequest.id, status: 'OPEN' }] });

    const broken = (await call(REQUEST_MAINTENANCE, { input: { workCenterId: wc.id, description: 'Belt snapped' } })).requestMaintenance;
    expect(broken).toMatchObject({ errors: [], maintenanceRequest: { type: 'CORRECTIVE', status: 'OPEN', scheduledFor: null, workCenter: { id: wc.id } } });
    const repairId = broken.maintenanceRequest.id as string;
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'BLOCKED', blocked: true });

    const refused = (await call(START_WORK_ORDER, { id: wo.id })).startWorkOrder;
    expect(refused.workOrder).toBeNull();
    expect(refused.errors).toEqual([{ code: 'INVALID_TRANSITION', field: ['workCenterId'], message: `Work center ${wc.code} is blocked by maintenance: Belt snapped` }]);
    expect(await dbWorkOrder(wo.id)).toMatchObject({ status: 'PENDING', started_at: null });

    // State machine of the request: OPEN cannot be DONE; started it still blocks.
    const early = (await call(MAINTENANCE_MOVE('completeMaintenance'), { id: repairId })).completeMaintenance;
    expect(early).toMatchObject({ maintenanceRequest: null, errors: [{ code: 'INVALID_TRANSITION', field: ['id'] }] });
    expect(await dbMaintenance(repairId)).toMatchObject({ status: 'OPEN', completed_at: null });
    expect((await call(MAINTENANCE_MOVE('startMaintenance'), { id: repairId })).startMaintenance).toMatchObject({ errors: [], maintenanceRequest: { status: 'IN_PROGRESS' } });
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'BLOCKED', blocked: true });
    expect((await call(START_WORK_ORDER, { id: wo.id })).startWorkOrder.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['workCenterId'] }]);

    const done = (await call(MAINTENANCE_MOVE('completeMaintenance'), { id: repairId })).completeMaintenance;
    expect(done.errors).toEqual([]);
    expect(done.maintenanceRequest.status).toBe('DONE');
    expect(done.maintenanceRequest.completedAt).not.toBeNull();
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'AVAILABLE', blocked: false, openMaintenanceRequests: [{ id: future.maintenanceRequest.id }] });
    expect((await call(MAINTENANCE_MOVE('cancelMaintenance'), { id: repairId })).cancelMaintenance.errors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);

    const started = (await call(START_WORK_ORDER, { id: wo.id })).startWorkOrder;
    expect(started).toMatchObject({ errors: [], workOrder: { status: 'IN_PROGRESS' } });
    expect((await call(MAINTENANCE_MOVE('cancelMaintenance'), { id: future.maintenanceRequest.id })).cancelMaintenance).toMatchObject({ errors: [], maintenanceRequest: { status: 'CANCELLED' } });
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter.openMaintenanceRequests).toEqual([]);
  });

  it('generates due preventive maintenance once per schedule and due date, however often it is called', async () => {
    const wc = await workCenter();
    const scheduled = (await call(SCHEDULE_MAINTENANCE, { input: { workCenterId: wc.id, everyDays: 7, description: 'Lubricate spindle', startsAt: '2026-01-01T06:00:00Z' } })).scheduleMaintenance;
    expect(scheduled.errors).toEqual([]);
    const scheduleId = scheduled.maintenanceSchedule.id as string;
    const bad = (await call(SCHEDULE_MAINTENANCE, { input: { workCenterId: wc.id, everyDays: 0, description: ' ', startsAt: '2026-01-01T06:00:00Z' } })).scheduleMaintenance;
    expect(bad.errors.map((e: Row) => e.field[0]).sort()).toEqual(['description', 'everyDays']);
    // Another tenant's due schedule is not this tenant's to generate.
    const foreignWc = await workCenter(other.token);
    await call(SCHEDULE_MAINTENANCE, { input: { workCenterId: foreignWc.id, everyDays: 1, description: 'Theirs', startsAt: '2026-01-01T00:00:00Z' } }, other.token);

    expect((await call(GENERATE, { asOf: '2025-12-31T00:00:00Z' })).generateDueMaintenance.created).toEqual([]);
    const first = (await call(GENERATE, { asOf: '2026-01-10T00:00:00Z' })).generateDueMaintenance;
    expect(first.errors).toEqual([]);
    expect(first.created).toEqual([
      expect.objectContaining({ type: 'PREVENTIVE', status: 'OPEN', description: 'Lubricate spindle', scheduledFor: '2026-01-08T06:00:00.000Z', scheduleId, workCenter: { id: wc.id, code: wc.code } }),
    ]);
    const again = (await call(GENERATE, { asOf: '2026-01-12T00:00:00Z' })).generateDueMaintenance;
    expect(again).toEqual({ created: [], errors: [] });
    expect(await count('production.maintenance_request where schedule_id = $1', [scheduleId])).toBe(1);
    expect(await count('production.maintenance_request r join production.maintenance_schedule s on s.id = r.schedule_id where s.work_center_id = $1', [foreignWc.id])).toBe(0);
    // The due request blocks its work center.
    expect((await call(WORK_CENTER, { id: wc.id })).workCenter).toMatchObject({ status: 'BLOCKED', blocked: true });

    // The next occurrence, asked for by two calls at once: one request between them.
    const [a, b] = await Promise.all([call(GENERATE, { asOf: '2026-01-16T00:00:00Z' }), call(GENERATE, { asOf: '2026-01-20T00:00:00Z' })]);
    expect([...a.generateDueMaintenance.created, ...b.generateDueMaintenance.created].map((r: Row) => r.scheduledFor)).toEqual(['2026-01-15T06:00:00.000Z']);
    const { rows } = await fx.pg.query('select scheduled_for from production.maintenance_request where schedule_id = $1 order by scheduled_for', [scheduleId]);
    expect(rows.map((r) => r.scheduled_for.toISOString())).toEqual(['2026-01-08T06:00:00.000Z', '2026-01-15T06:00:00.000Z']);
  });

  it('runs work orders in sequence, only while the production order is in progress, by their state machine', async () => {
    const wc = await workCenter();
    const mo = await productionOrder();
    const employee = randomUUID();
    const cut = await addWorkOrder({ productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id, assignedEmployeeId: employee });
    expect(cut).toMatchObject({ errors: [], workOrder: { sequence: 1, status: 'PENDING', plannedMinutes: 30, actualMinutes: null, assignedEmployeeId: employee, productionOrderId: mo } });
    const assembly = (await addWorkOrder({ productionOrderId: mo, operation: 'Assembly', workCenterId: wc.id })).workOrder;
    expect(assembly.sequence).toBe(2);

    // Refused additions write nothing: a taken sequence, a bad value, unknown references.
    const dup = await addWorkOrder({ productionOrderId: mo, sequence: 2, operation: 'Paint', workCenterId: wc.id });
    expect(dup).toMatchObject({ workOrder: null, errors: [{ code: 'CONFLICT', field: ['sequence'] }] });
    const bad = await addWorkOrder({ productionOrderId: mo, operation: '', workCenterId: wc.id, plannedMinutes: -5 });
    expect(bad.errors.map((e: Row) => e.code).sort()).toEqual(['INVALID', 'REQUIRED']);
    expect((await addWorkOrder({ productionOrderId: randomUUID(), operation: 'X', workCenterId: wc.id })).errors).toMatchObject([{ code: 'NOT_FOUND', field: ['productionOrderId'] }]);
    expect((await addWorkOrder({ productionOrderId: mo, operation: 'X', workCenterId: randomUUID() })).errors).toMatchObject([{ code: 'NOT_FOUND', field: ['workCenterId'] }]);
    expect(await count('production.work_order where production_order_id = $1', [mo])).toBe(2);
    const key = randomUUID();
    const pack = await addWorkOrder({ productionOrderId: mo, operation: 'Packing', workCenterId: wc.id, idempotencyKey: key });
    expect((await addWorkOrder({ productionOrderId: mo, operation: 'Packing', workCenterId: wc.id, idempotencyKey: key })).workOrder).toMatchObject({ id: pack.workOrder.id, sequence: 3 });
    expect(await count('production.work_order where production_order_id = $1', [mo])).toBe(3);
    await call(CANCEL_WORK_ORDER, { id: pack.workOrder.id });

    // Step 2 waits for step 1.
    const outOfOrder = (await call(START_WORK_ORDER, { id: assembly.id })).startWorkOrder;
    expect(outOfOrder).toEqual({ workOrder: null, errors: [{ code: 'INVALID_TRANSITION', field: ['sequence'], message: 'Work order 1 (Cutting) must be done first' }] });
    expect(await dbWorkOrder(assembly.id)).toMatchObject({ status: 'PENDING', started_at: null });

    // State machine: PENDING cannot be DONE; IN_PROGRESS cannot start again; DONE cannot be cancelled.
    expect((await call(COMPLETE_WORK_ORDER, { id: cut.workOrder.id, m: 10 })).completeWorkOrder.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['id'] }]);
    expect(await dbWorkOrder(cut.workOrder.id)).toMatchObject({ status: 'PENDING', actual_minutes: null, completed_at: null });
    expect((await call(START_WORK_ORDER, { id: cut.workOrder.id })).startWorkOrder).toMatchObject({ errors: [], workOrder: { status: 'IN_PROGRESS' } });
    expect((await call(START_WORK_ORDER, { id: cut.workOrder.id })).startWorkOrder.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['id'] }]);
    expect((await call(COMPLETE_WORK_ORDER, { id: cut.workOrder.id, m: -1 })).completeWorkOrder.errors).toMatchObject([{ code: 'INVALID', field: ['actualMinutes'] }]);
    expect(await dbWorkOrder(cut.workOrder.id)).toMatchObject({ status: 'IN_PROGRESS', actual_minutes: null });
    const cutDone = (await call(COMPLETE_WORK_ORDER, { id: cut.workOrder.id, m: 42 })).completeWorkOrder;
    expect(cutDone).toMatchObject({ errors: [], workOrder: { status: 'DONE', actualMinutes: 42 } });
    expect((await call(CANCEL_WORK_ORDER, { id: cut.workOrder.id })).cancelWorkOrder.errors).toMatchObject([{ code: 'INVALID_TRANSITION' }]);
    expect((await dbWorkOrder(cut.workOrder.id)).status).toBe('DONE');

    // Step 1 done: step 2 may start; cancelled it cannot complete.
    expect((await call(START_WORK_ORDER, { id: assembly.id })).startWorkOrder).toMatchObject({ errors: [], workOrder: { status: 'IN_PROGRESS' } });
    expect((await call(CANCEL_WORK_ORDER, { id: assembly.id })).cancelWorkOrder).toMatchObject({ errors: [], workOrder: { status: 'CANCELLED' } });
    expect((await call(COMPLETE_WORK_ORDER, { id: assembly.id, m: 5 })).completeWorkOrder.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['id'] }]);

    // A production order not yet in progress: its steps cannot start.
    const released = await productionOrder('RELEASED');
    const early = (await addWorkOrder({ productionOrderId: released, operation: 'Cutting', workCenterId: wc.id })).workOrder;
    const notYet = (await call(START_WORK_ORDER, { id: early.id })).startWorkOrder;
    expect(notYet.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['productionOrderId'] }]);
    expect(notYet.errors[0].message).toMatch(/is RELEASED/);
    expect(await dbWorkOrder(early.id)).toMatchObject({ status: 'PENDING', started_at: null });

    // Both production orders list their steps in sequence order, through one query each.
    const floor = await call(`query($a: ID!, $b: ID!) { a: productionOrder(id: $a) { workOrders { sequence operation status } } b: productionOrder(id: $b) { workOrders { sequence status } } }`, { a: mo, b: released });
    expect(floor.a.workOrders).toEqual([
      { sequence: 1, operation: 'Cutting', status: 'DONE' },
      { sequence: 2, operation: 'Assembly', status: 'CANCELLED' },
      { sequence: 3, operation: 'Packing', status: 'CANCELLED' },
    ]);
    expect(floor.b.workOrders).toEqual([{ sequence: 1, status: 'PENDING' }]);
    expect((await call(WORK_ORDERS, { f: { productionOrderId: mo, status: ['DONE'] } })).workOrders).toMatchObject({ totalCount: 1, edges: [{ node: { id: cut.workOrder.id } }] });
  });

  it('computes an inspection result from its measurements: exactly at the tolerance passes, past it fails', async () => {
    const mo = await productionOrder('RELEASED');
    const record = async (input: Record<string, unknown>) => (await call(RECORD_INSPECTION, { input: { productionOrderId: mo, ...input } })).recordInspection;
    const boundary = await record({
      measurements: [
        { name: 'diameter', value: '10.05', target: '10.00', tolerance: '0.05' },
        { name: 'length', value: '99.95', target: '100', tolerance: '0.05' },
      ],
      notes: 'First article',
    });
    expect(boundary.errors).toEqual([]);
    expect(boundary.inspection).toMatchObject({ result: 'PASS', notes: 'First article', productionOrderId: mo });
    expect(boundary.inspection.measurements).toEqual([
      { name: 'diameter', value: '10.05', target: '10', tolerance: '0.05', withinTolerance: true },
      { name: 'length', value: '99.95', target: '100', tolerance: '0.05', withinTolerance: true },
    ]);
    const stored = (await fx.pg.query('select result, measurements from production.quality_inspection where id = $1', [boundary.inspection.id])).rows[0];
    expect(stored).toEqual({ result: 'PASS', measurements: [{ name: 'diameter', value: '10.05', target: '10', tolerance: '0.05' }, { name: 'length', value: '99.95', target: '100', tolerance: '0.05' }] });

    const past = await record({ measurements: [{ name: 'diameter', value: '10.050001', target: '10.00', tolerance: '0.05' }, { name: 'length', value: '100', target: '100', tolerance: '0' }] });
    expect(past.inspection.result).toBe('FAIL');
    expect(past.inspection.measurements.map((m: Row) => m.withinTolerance)).toEqual([false, true]);

    // Without measurements the inspector's result is taken; with them it may not contradict them.
    const inspector = randomUUID();
    expect((await record({ result: 'FAIL', inspectorId: inspector })).inspection).toMatchObject({ result: 'FAIL', inspectorId: inspector, measurements: [] });
    const before = await count('production.quality_inspection where production_order_id = $1', [mo]);
    const contradicting = await record({ result: 'PASS', measurements: [{ name: 'weight', value: '2', target: '1', tolerance: '0.5' }] });
    expect(contradicting).toEqual({ inspection: null, errors: [{ code: 'INVALID', field: ['result'], message: 'The measurements give FAIL, not PASS' }] });
    expect((await record({})).errors).toMatchObject([{ code: 'REQUIRED', field: ['result'] }]);
    expect((await record({ result: 'PASS', measurements: [{ name: 'x', value: '1', target: '1', tolerance: '-0.1' }] })).errors).toMatchObject([{ code: 'INVALID', field: ['measurements', '0', 'tolerance'] }]);
    expect((await call(RECORD_INSPECTION, { input: { result: 'PASS' } })).recordInspection.errors).toMatchObject([{ code: 'REQUIRED', field: ['productionOrderId'] }]);
    expect((await record({ result: 'PASS', inspectedAt: '2099-01-01T00:00:00Z' })).errors).toMatchObject([{ code: 'INVALID', field: ['inspectedAt'] }]);
    expect(await count('production.quality_inspection where production_order_id = $1', [mo])).toBe(before);

    // A retry with the same key records once.
    const key = randomUUID();
    const [k1, k2] = [await record({ result: 'PASS', idempotencyKey: key }), await record({ result: 'PASS', idempotencyKey: key })];
    expect(k2.inspection.id).toBe(k1.inspection.id);
    expect(await count('production.quality_inspection where production_order_id = $1', [mo])).toBe(before + 1);

    // A receipt (an operations stock movement) can be inspected too.
    const movement = randomUUID();
    const receipt = (await call(RECORD_INSPECTION, { input: { stockMovementId: movement, measurements: [{ name: 'moisture', value: '0.3', target: '0.1', tolerance: '0.2' }] } })).recordInspection;
    expect(receipt).toMatchObject({ errors: [], inspection: { result: 'PASS', stockMovementId: movement, productionOrderId: null } });
  });

  it('refuses to complete a production order while a work order is open or its latest inspection failed, then completes after a passing re-inspection', async () => {
    const wc = await workCenter();
    const mo = await productionOrder();
    const complete = async () => (await call(PRODUCTION_ORDER_MOVE('completeProductionOrder'), { id: mo })).completeProductionOrder;
    const status = async () => (await fx.pg.query('select status from production.production_order where id = $1', [mo])).rows[0].status;
    const cut = (await addWorkOrder({ productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id })).workOrder;
    const assembly = (await addWorkOrder({ productionOrderId: mo, operation: 'Assembly', workCenterId: wc.id })).workOrder;
    await call(START_WORK_ORDER, { id: cut.id });

    const open = await complete();
    expect(open.productionOrder).toBeNull();
    expect(open.errors).toEqual([
      { code: 'INVALID_TRANSITION', field: ['workOrders'], message: 'Work order 1 (Cutting) is not done' },
      { code: 'INVALID_TRANSITION', field: ['workOrders'], message: 'Work order 2 (Assembly) is not done' },
    ]);
    expect(await status()).toBe('IN_PROGRESS');

    await call(COMPLETE_WORK_ORDER, { id: cut.id, m: 20 });
    expect((await complete()).errors.map((e: Row) => e.message)).toEqual(['Work order 2 (Assembly) is not done']);
    await call(CANCEL_WORK_ORDER, { id: assembly.id });

    const failed = (await call(RECORD_INSPECTION, { input: { productionOrderId: mo, measurements: [{ name: 'gap', value: '1.2', target: '1', tolerance: '0.1' }] } })).recordInspection;
    expect(failed.inspection.result).toBe('FAIL');
    const blocked = await complete();
    expect(blocked.errors).toMatchObject([{ code: 'INVALID_TRANSITION', field: ['inspections'] }]);
    expect(blocked.errors[0].message).toMatch(/failed: a passing re-inspection is needed/);
    expect(await status()).toBe('IN_PROGRESS');

    // A PASS dated before the FAIL is not a re-inspection: the FAIL stays the latest.
    await call(RECORD_INSPECTION, { input: { productionOrderId: mo, result: 'PASS', inspectedAt: new Date(Date.parse(failed.inspection.inspectedAt) - 3_600_000).toISOString() } });
    expect((await complete()).errors).toMatchObject([{ field: ['inspections'] }]);

    const passed = (await call(RECORD_INSPECTION, { input: { productionOrderId: mo, measurements: [{ name: 'gap', value: '1.1', target: '1', tolerance: '0.1' }] } })).recordInspection;
    expect(passed.inspection.result).toBe('PASS');
    expect(await complete()).toEqual({ productionOrder: { id: mo, status: 'COMPLETED' }, errors: [] });

    const floor = (await call(PRODUCTION_ORDER_FLOOR, { id: mo })).productionOrder;
    expect(floor).toMatchObject({ status: 'COMPLETED', workOrders: [{ sequence: 1, status: 'DONE' }, { sequence: 2, status: 'CANCELLED' }], inspections: [{ result: 'PASS' }, { result: 'FAIL' }, { result: 'PASS' }] });
    // No steps and no inspections: nothing blocks.
    const bare = await productionOrder();
    expect((await call(PRODUCTION_ORDER_MOVE('completeProductionOrder'), { id: bare })).completeProductionOrder).toEqual({ productionOrder: { id: bare, status: 'COMPLETED' }, errors: [] });
  });

  it('loads the work orders and inspections of a page of production orders with one statement each', async () => {
    const wc = await workCenter();
    const orders = [await productionOrder('PLANNED'), await productionOrder('PLANNED'), await productionOrder('PLANNED')];
    for (const mo of orders) {
      await addWorkOrder({ productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id });
      await call(RECORD_INSPECTION, { input: { productionOrderId: mo, result: 'PASS' } });
    }
    // A second production subgraph whose SQL is counted, asked directly with the owner's token.
    const queries: string[] = [];
    const counted = await startProduction(productionEnvSchema.parse(testEnv()), 0, { onQuery: (sql) => queries.push(sql) });
    try {
      const r = await gql(counted.url, `{ productionOrders(first: 50) { edges { node { id workOrders { id } inspections { id } } } } }`, {}, fx.owner.token);
      const nodes = r.data!.productionOrders.edges.map((e: Row) => e.node).filter((n: Row) => orders.includes(n.id));
      expect(nodes).toHaveLength(3);
      for (const n of nodes) expect([n.workOrders.length, n.inspections.length]).toEqual([1, 1]);
      expect(r.data!.productionOrders.edges.length).toBeGreaterThan(3);
      expect(queries.filter((q) => /from "production"\."work_order"/.test(q))).toHaveLength(1);
      expect(queries.filter((q) => /from "production"\."quality_inspection"/.test(q))).toHaveLength(1);
    } finally {
      await counted.close();
    }
  });

  it("hides one tenant's shop floor from another, and needs production permissions", async () => {
    const wc = await workCenter();
    const mo = await productionOrder();
    const wo = (await addWorkOrder({ productionOrderId: mo, operation: 'Cutting', workCenterId: wc.id })).workOrder;
    const repair = (await call(REQUEST_MAINTENANCE, { input: { workCenterId: wc.id, description: 'Noise' } })).requestMaintenance.maintenanceRequest;
    await call(MAINTENANCE_MOVE('cancelMaintenance'), { id: repair.id });

    const seen = await gql(fx.url, WORK_ORDER, { id: wo.id }, other.token);
    expect(seen.data?.workOrder ?? null).toBeNull();
    expect(errorCodes(seen)).toEqual(['NOT_FOUND']);
    expect((await call(WORK_ORDERS, { f: { productionOrderId: mo } }, other.token)).workOrders).toEqual({ totalCount: 0, edges: [] });
    expect((await call(START_WORK_ORDER, { id: wo.id }, other.token)).startWorkOrder).toEqual({ workOrder: null, errors: [{ code: 'NOT_FOUND', field: ['id'], message: 'Work order not found' }] });
    expect((await call(CANCEL_WORK_ORDER, { id: wo.id }, other.token)).cancelWorkOrder.errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await addWorkOrder({ productionOrderId: mo, operation: 'Theirs', workCenterId: wc.id }, other.token)).errors).toMatchObject([{ code: 'NOT_FOUND', field: ['productionOrderId'] }]);
    expect((await call(REQUEST_MAINTENANCE, { input: { workCenterId: wc.id, description: 'Sabotage' } }, other.token)).requestMaintenance.errors).toMatchObject([{ code: 'NOT_FOUND', field: ['workCenterId'] }]);
    expect((await call(MAINTENANCE_MOVE('startMaintenance'), { id: repair.id }, other.token)).startMaintenance.errors).toMatchObject([{ code: 'NOT_FOUND' }]);
    expect((await call(RECORD_INSPECTION, { input: { productionOrderId: mo, result: 'FAIL' } }, other.token)).recordInspection.errors).toMatchObject([{ code: 'NOT_FOUND', field: ['productionOrderId'] }]);
    expect(await dbWorkOrder(wo.id)).toMatchObject({ status: 'PENDING', started_at: null });
    expect(await count('production.maintenance_request where work_center_id = $1', [wc.id])).toBe(1);
    expect(await count('production.quality_inspection where production_order_id = $1', [mo])).toBe(0);

    // A viewer reads the floor but changes nothing; a warehouse clerk does not even read it.
    const [viewer, clerk] = await Promise.all([memberToken(fx.url, fx.owner, 'VIEWER'), memberToken(fx.url, fx.owner, 'WAREHOUSE')]);
    expect((await call(WORK_ORDER, { id: wo.id }, viewer)).workOrder.status).toBe('PENDING');
    expect(errorCodes(await gql(fx.url, START_WORK_ORDER, { id: wo.id }, viewer))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(fx.url, WORK_ORDER, { id: wo.id }, clerk))).toEqual(['FORBIDDEN']);
    expect((await dbWorkOrder(wo.id)).status).toBe('PENDING');
  });
});
