import { randomUUID } from 'node:crypto';
import { Role } from '@prometric/core';
import { createProduct, gql, memberToken, operation, signUpTenant, startStack, type Stack, type Tenant } from '@prometric/testing';

const ERR = 'errors { code field message }';
const CREATE_EMPLOYEE = /* GraphQL */ `
  mutation($input: CreateEmployeeInput!) { createEmployee(input: $input) { employee { id name position } ${ERR} } }`;
const ADD_WORK_ORDER = /* GraphQL */ `
  mutation($input: AddWorkOrderInput!) { addWorkOrder(input: $input) { workOrder { id assignedEmployeeId } ${ERR} } }`;
const WORK_ORDER = /* GraphQL */ `
  query($id: ID!) { workOrder(id: $id) { id operation status assignedEmployeeId workCenter { id } assignedEmployee { id name position } } }`;
const FLOOR = /* GraphQL */ `
  query($id: ID!) { productionOrder(id: $id) { id workOrders { sequence assignedEmployee { id name } } } }`;

/**
 * `WorkOrder.assignedEmployee`: production returns a reference stub of hr's employee and the gateway
 * resolves the rest from hr; the field needs hr:read, the rest of the work order does not.
 */
describe('a work order names its employee through the gateway', () => {
  let stack: Stack;
  let owner: Tenant;
  let productionOrderId: string;
  let workCenterId: string;

  const call = async (query: string, variables: Record<string, unknown>, token = owner.token) => {
    const r = await gql(stack.url, query, variables, token);
    if (!r.data || r.errors) throw new Error(`GraphQL failed: ${JSON.stringify(r)}`);
    return r.data;
  };
  const hire = async (tenant: Tenant, name: string, position: string): Promise<string> => {
    const email = `${randomUUID()}@test.prometric.dev`;
    const p = (await call(CREATE_EMPLOYEE, { input: { name, email, position, salary: '3000.00' } }, tenant.token)).createEmployee;
    expect(p.errors).toEqual([]);
    return p.employee.id as string;
  };
  const addWorkOrder = async (operationName: string, assignedEmployeeId: string | null): Promise<string> => {
    const p = (await call(ADD_WORK_ORDER, { input: { productionOrderId, operation: operationName, workCenterId, plannedMinutes: 30, assignedEmployeeId } })).addWorkOrder;
    expect(p.errors).toEqual([]);
    expect(p.workOrder.assignedEmployeeId).toBe(assignedEmployeeId);
    return p.workOrder.id as string;
  };

  beforeAll(async () => {
    stack = await startStack();
    owner = await signUpTenant(stack.url);
    // A product made from one component under an active bill, a warehouse and a work center: a PLANNED production order takes steps.
    const [made, component] = await Promise.all([createProduct(stack.url, owner.token), createProduct(stack.url, owner.token)]);
    const bill = await call(
      `mutation($input: CreateBillOfMaterialsInput!) { createBillOfMaterials(input: $input) { billOfMaterials { id } ${ERR} } }`,
      { input: { productId: made.id, components: [{ productId: component.id, quantity: 2 }], activate: true } },
    );
    expect(bill.createBillOfMaterials.errors).toEqual([]);
    const warehouseId = (await call(operation('operations', 'CreateWarehouse'), { code: `PR-${randomUUID().slice(0, 8)}`, name: 'Production' })).createWarehouse.warehouse.id;
    const mo = (await call(`mutation($input: CreateProductionOrderInput!) { createProductionOrder(input: $input) { productionOrder { id } ${ERR} } }`, {
      input: { productId: made.id, quantity: 3, warehouseId },
    })).createProductionOrder;
    expect(mo.errors).toEqual([]);
    productionOrderId = mo.productionOrder.id;
    const code = `WC-${randomUUID().slice(0, 8)}`;
    const wc = (await call(`mutation($input: CreateWorkCenterInput!) { createWorkCenter(input: $input) { workCenter { id } ${ERR} } }`, { input: { code, name: code } })).createWorkCenter;
    expect(wc.errors).toEqual([]);
    workCenterId = wc.workCenter.id;
  });
  afterAll(async () => {
    await stack?.close();
  });

  it("resolves the assigned employee's name and position from hr; a step with nobody assigned has none", async () => {
    const employee = await hire(owner, 'Grace Hopper', 'Machinist');
    const assigned = await addWorkOrder('Cutting', employee);
    const unassigned = await addWorkOrder('Assembly', null);

    const r = await gql(stack.url, WORK_ORDER, { id: assigned }, owner.token);
    expect(r.errors).toBeUndefined();
    expect(r.data!.workOrder).toEqual({
      id: assigned,
      operation: 'Cutting',
      status: 'PENDING',
      assignedEmployeeId: employee,
      workCenter: { id: workCenterId },
      assignedEmployee: { id: employee, name: 'Grace Hopper', position: 'Machinist' },
    });
    const none = await gql(stack.url, WORK_ORDER, { id: unassigned }, owner.token);
    expect(none.errors).toBeUndefined();
    expect(none.data!.workOrder).toMatchObject({ id: unassigned, assignedEmployeeId: null, assignedEmployee: null });

    // Every step's employee in one hr call (the gateway batches the stubs), not one per step.
    stack.subgraphCalls.length = 0;
    const floor = await call(FLOOR, { id: productionOrderId });
    expect(floor.productionOrder.workOrders).toEqual([
      { sequence: 1, assignedEmployee: { id: employee, name: 'Grace Hopper' } },
      { sequence: 2, assignedEmployee: null },
    ]);
    expect(stack.subgraphCalls.filter((name) => name === 'hr')).toHaveLength(1);
  });

  it("an employee id of another tenant resolves to nothing: hr resolves it in the caller's workspace", async () => {
    const stranger = await signUpTenant(stack.url);
    const theirs = await hire(stranger, 'Not Ours', 'Spy');
    const id = await addWorkOrder('Painting', theirs);
    const r = await gql(stack.url, WORK_ORDER, { id }, owner.token);
    expect(r.data?.workOrder).toMatchObject({ id, assignedEmployeeId: theirs, assignedEmployee: null });
    expect(JSON.stringify(r)).not.toContain('Not Ours');
  });

  it('refuses the employee to a member without hr:read (FORBIDDEN at that path) while the rest of the work order resolves', async () => {
    const employee = await hire(owner, 'Katherine Johnson', 'Inspector');
    const id = await addWorkOrder('Inspection', employee);
    const production = await memberToken(stack.url, owner, Role.PRODUCTION);
    stack.subgraphCalls.length = 0;
    const r = await gql(stack.url, WORK_ORDER, { id }, production);
    expect(r.data!.workOrder).toEqual({
      id,
      operation: 'Inspection',
      status: 'PENDING',
      assignedEmployeeId: employee,
      workCenter: { id: workCenterId },
      assignedEmployee: null,
    });
    expect((r.errors ?? []).map((e) => [e.path, e.extensions?.code])).toEqual([[['workOrder', 'assignedEmployee'], 'FORBIDDEN']]);
    expect(JSON.stringify(r)).not.toContain('Katherine');
    expect(stack.subgraphCalls).not.toContain('hr');
  });
});
