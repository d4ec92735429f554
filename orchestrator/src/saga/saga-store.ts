import type { ClientBase } from 'pg';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTenantClientTransaction, type TenantKeys } from '@prometric/core';

export type SagaStatus = 'RUNNING' | 'WAITING' | 'COMPLETED' | 'COMPENSATING' | 'FAILED' | 'CANCELLED';

/** The forward steps, in order. `receive` runs each time requested production delivers its output. */
export type SagaStep = 'invoice' | 'reserve' | 'production' | 'ready' | 'receive';
/** The compensations, run in this order (the reverse of the steps they undo). */
export type Compensation = 'production' | 'reserve' | 'invoice' | 'order';

export interface OrderLinePayload {
  id: string;
  productId: string;
  quantity: number;
}

/** What the saga keeps of the order it was started for (from `order.created`). */
export interface SagaOrder {
  id: string;
  number: string;
  status: string;
  currency: string;
  total: string;
  lines: OrderLinePayload[];
}

export interface ProductionRequest {
  id: string;
  number: string;
  orderLineId: string;
  productId: string;
  quantity: number;
}

/** Output of a production order received into stock, waiting to be reserved for the order. */
export interface ReceivedOutput {
  productionOrderId: string;
  orderLineId: string | null;
  productId: string;
  quantity: number;
  reserved?: boolean;
}

/** The last thing that happened to a step or a compensation (what `Order.fulfilment.steps` shows). */
export interface StepRecord {
  /** DONE: finished. RETRYING: its last attempt failed and it will be tried again. FAILED: refused for good. */
  status: 'DONE' | 'RETRYING' | 'FAILED';
  /** When, ISO 8601. */
  at: string;
  /** The last failure's message (RETRYING and FAILED). */
  error?: string;
}

/** Key of a step or a compensation in `SagaResults.steps`. */
export type StepKey = SagaStep | `compensate:${Compensation}`;

/** What the finished steps produced: what compensations undo and what the order shows. */
export interface SagaResults {
  /** Per step and compensation, the last thing that happened to it. */
  steps?: Partial<Record<StepKey, StepRecord>>;
  /** Forward steps finished, in order. */
  done?: SagaStep[];
  invoiceId?: string;
  invoiceStatus?: string;
  reservationIds?: string[];
  /** Units not reservable, per product id (only products with a shortage). */
  shortage?: Record<string, number>;
  /** The same shortage per order line: what production is requested for. */
  shortLines?: OrderLinePayload[];
  productionOrders?: ProductionRequest[];
  /** Why no production was requested for a shortage (e.g. the workspace has no warehouse). */
  productionSkipped?: string;
  received?: ReceivedOutput[];
  /** Compensations finished, in order. */
  compensated?: Compensation[];
  /** Compensations that could not be done (refused for good), with the reason: visible, not retried forever. */
  compensationErrors?: string[];
}

export interface OrderSagaRow {
  orderId: string;
  organizationId: string;
  workspaceId: string;
  actorId: string | null;
  status: SagaStatus;
  currentStep: string | null;
  order: SagaOrder | null;
  results: SagaResults;
  failureReason: string | null;
  attempts: number;
  cancelRequested: boolean;
  version: number;
}

/** `results` with `key`'s record replaced (stamped now). */
export function withStep(results: SagaResults, key: StepKey, status: StepRecord['status'], error?: string): SagaResults {
  const record: StepRecord = error === undefined ? { status, at: new Date().toISOString() } : { status, at: new Date().toISOString(), error };
  return { ...results, steps: { ...results.steps, [key]: record } };
}

const TABLE = `"orchestrator"."order_saga"`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a raw row of order_saga: pg and MikroORM's execute() type rows as any
function toRow(r: any): OrderSagaRow {
  return {
    orderId: r.order_id,
    organizationId: r.organization_id,
    workspaceId: r.workspace_id,
    actorId: r.actor_id,
    status: r.status,
    currentStep: r.current_step,
    order: r.order_payload,
    results: r.results ?? {},
    failureReason: r.failure_reason,
    attempts: r.attempts,
    cancelRequested: r.cancel_requested,
    version: r.version,
  };
}

type Db = ClientBase | EntityManager;

/** Runs `sql` (with `$n` placeholders) on a `pg` connection, or on the consumer's transaction. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw rows, as pg and MikroORM's execute() return them
async function query(db: Db, sql: string, params: unknown[]): Promise<any[]> {
  return 'query' in db ? (await db.query(sql, params)).rows : db.execute(sql.replace(/\$\d+/g, '?'), params);
}

/** Reads one saga row of the transaction's workspace (row-level security hides the others). */
export async function loadSaga(db: Db, orderId: string, forUpdate = false): Promise<OrderSagaRow | null> {
  const rows = await query(db, `select * from ${TABLE} where "order_id" = $1${forUpdate ? ' for update' : ''}`, [orderId]);
  return rows[0] ? toRow(rows[0]) : null;
}

/** Reads the saga rows of many orders of the transaction's workspace (row-level security hides the others). */
export async function loadSagas(db: Db, orderIds: string[]): Promise<OrderSagaRow[]> {
  if (!orderIds.length) return [];
  const rows = await query(db, `select * from ${TABLE} where "order_id" = any($1::uuid[])`, [`{${orderIds.join(',')}}`]);
  return rows.map(toRow);
}

/**
 * Starts a saga for an order (inside the consumer's transaction); a second start is a no-op. An order
 * cancelled before its saga started gets a row already CANCELLED (and cancel_requested), with nothing
 * to undo.
 */
export async function insertSaga(
  em: EntityManager,
  order: SagaOrder,
  tenant: { organizationId: string; workspaceId: string; actorId: string },
  status: 'RUNNING' | 'CANCELLED' = 'RUNNING',
): Promise<void> {
  await em.execute(
    `insert into ${TABLE} ("order_id", "organization_id", "workspace_id", "actor_id", "status", "current_step", "order_payload", "cancel_requested", "failure_reason")
     values (?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?) on conflict ("order_id") do nothing`,
    [order.id, tenant.organizationId, tenant.workspaceId, tenant.actorId, status, status === 'RUNNING' ? 'invoice' : null, JSON.stringify(order),
      status === 'CANCELLED', status === 'CANCELLED' ? 'The order was cancelled before its saga started' : null],
  );
}

/**
 * Saves a change of the saga row if nobody changed it since it was read (optimistic: an event may
 * have cancelled the order or delivered production output meanwhile). False means: read it again.
 * In the consumer's transaction the row is locked (`loadSaga(em, id, true)`), so it always saves.
 */
export async function saveSaga(
  db: Db,
  saga: OrderSagaRow,
  change: Partial<Pick<OrderSagaRow, 'status' | 'currentStep' | 'results' | 'failureReason' | 'cancelRequested' | 'attempts'>>,
): Promise<boolean> {
  const next = { ...saga, ...change };
  const saved = await query(
    db,
    `update ${TABLE} set "status" = $1, "current_step" = $2, "results" = $3::jsonb, "failure_reason" = $4, "cancel_requested" = $5, "attempts" = $6,
       "version" = "version" + 1, "updated_at" = now() where "order_id" = $7 and "version" = $8 returning "order_id"`,
    [next.status, next.currentStep, JSON.stringify(next.results), next.failureReason, next.cancelRequested, next.attempts, saga.orderId, saga.version],
  );
  return saved.length === 1;
}

/** A saga to resume, with the workspace it must be driven in. */
export interface SagaKey {
  orderId: string;
  tenant: TenantKeys;
}

/**
 * Sagas a driver should be working on that nobody has moved for `staleMs`: their driver died or their
 * job was lost. Every workspace's, through the narrow `resumable_sagas` lookup (keys only).
 */
export async function staleSagas(db: ClientBase, staleMs: number, limit: number): Promise<SagaKey[]> {
  const { rows } = await db.query(`select order_id, organization_id, workspace_id from "orchestrator"."resumable_sagas"($1, $2)`, [staleMs, limit]);
  return rows.map((r) => ({ orderId: r.order_id as string, tenant: { organizationId: r.organization_id as string, workspaceId: r.workspace_id as string } }));
}

/** The workspace of an order's saga, through the narrow `saga_tenant` lookup; null when it has none. */
export async function sagaTenant(db: ClientBase, orderId: string): Promise<TenantKeys | null> {
  const { rows } = await db.query(`select organization_id, workspace_id from "orchestrator"."saga_tenant"($1)`, [orderId]);
  return rows[0] ? { organizationId: rows[0].organization_id as string, workspaceId: rows[0].workspace_id as string } : null;
}

/** Reads and saves of one workspace's saga rows on a connection kept outside any long transaction. */
export interface SagaRows {
  load(orderId: string): Promise<OrderSagaRow | null>;
  save(saga: OrderSagaRow, change: Parameters<typeof saveSaga>[2]): Promise<boolean>;
}

/**
 * The saga rows of `tenant` on a driver's own connection: each read or save is a short transaction
 * whose first statement declares the workspace, so row-level security admits that workspace's rows
 * only. The connection's session advisory lock outlives these transactions.
 */
export function sagaRowsOn(db: ClientBase, tenant: TenantKeys): SagaRows {
  return {
    load: (orderId) => inTenantClientTransaction(db, tenant, () => loadSaga(db, orderId)),
    save: (saga, change) => inTenantClientTransaction(db, tenant, () => saveSaga(db, saga, change)),
  };
}
