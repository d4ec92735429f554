import type { Compensation, OrderSagaRow, SagaStep, StepKey } from '../saga/saga-store';
import { compensationsFor } from '../saga/steps';
import { Fulfilment, FulfilmentState, FulfilmentStepName, FulfilmentStepStatus, SagaStatusValue, productReference, type FulfilmentStep } from './fulfilment.types';

const FORWARD: [SagaStep, FulfilmentStepName][] = [
  ['invoice', FulfilmentStepName.INVOICE],
  ['reserve', FulfilmentStepName.RESERVE],
  ['production', FulfilmentStepName.PRODUCTION],
  ['receive', FulfilmentStepName.RECEIVE],
  ['ready', FulfilmentStepName.READY],
];

const UNDO: Record<Compensation, FulfilmentStepName> = {
  production: FulfilmentStepName.UNDO_PRODUCTION,
  reserve: FulfilmentStepName.UNDO_RESERVE,
  invoice: FulfilmentStepName.UNDO_INVOICE,
  order: FulfilmentStepName.CANCEL_ORDER,
};

const RUNNING_STATE: Record<SagaStep, FulfilmentState> = {
  invoice: FulfilmentState.INVOICING,
  reserve: FulfilmentState.RESERVING_STOCK,
  production: FulfilmentState.REQUESTING_PRODUCTION,
  receive: FulfilmentState.WAITING_FOR_PRODUCTION,
  ready: FulfilmentState.MARKING_READY,
};

const NOT_STARTED: Fulfilment = { state: FulfilmentState.NOT_STARTED, shortages: [], blockedBy: null, sagaStatus: null, steps: [] };

/** The fulfilment an order's saga row shows (pure: Order.fulfilment and its tests). */
export function fulfilmentOf(saga: OrderSagaRow | null): Fulfilment {
  if (!saga) return NOT_STARTED;
  const { results } = saga;
  const finished = saga.status !== 'RUNNING' && saga.status !== 'WAITING' && saga.status !== 'COMPENSATING';
  const shortages = Object.entries(results.shortage ?? {})
    .filter(([, quantity]) => quantity > 0)
    .map(([productId, quantity]) => ({ product: productReference(productId), quantity }));
  const state = stateOf(saga, shortages.length > 0);
  return {
    state,
    shortages: saga.status === 'CANCELLED' || saga.status === 'FAILED' ? [] : shortages,
    blockedBy: blockedBy(saga, state),
    sagaStatus: saga.status as SagaStatusValue,
    steps: [...forwardSteps(saga, finished), ...compensationSteps(saga)],
  };
}

function stateOf(saga: OrderSagaRow, short: boolean): FulfilmentState {
  switch (saga.status) {
    case 'RUNNING':
    case 'WAITING':
      return RUNNING_STATE[(saga.currentStep ?? 'invoice') as SagaStep] ?? FulfilmentState.INVOICING;
    case 'COMPLETED':
      return saga.results.productionSkipped || short ? FulfilmentState.BLOCKED : FulfilmentState.READY;
    default:
      return saga.status as FulfilmentState;
  }
}

function blockedBy(saga: OrderSagaRow, state: FulfilmentState): string | null {
  const { results } = saga;
  if (state === FulfilmentState.FAILED || state === FulfilmentState.COMPENSATING) return saga.failureReason;
  if (state === FulfilmentState.CANCELLED) return saga.failureReason ?? 'The order was cancelled';
  if (state === FulfilmentState.BLOCKED) return results.productionSkipped ?? 'Stock does not cover the order and no production was requested for it.';
  const current = saga.currentStep ? results.steps?.[saga.currentStep as SagaStep] : undefined;
  if (saga.status === 'RUNNING' && current?.status === 'RETRYING') return `Retrying ${saga.currentStep}: ${current.error}`;
  if (state === FulfilmentState.WAITING_FOR_PRODUCTION) {
    const pending = (results.productionOrders ?? []).filter((mo) => !(results.received ?? []).some((r) => r.productionOrderId === mo.id));
    if (pending.length) return `Waiting for production order${pending.length > 1 ? 's' : ''} ${pending.map((mo) => mo.number).join(', ')} to deliver into stock.`;
    if (Object.keys(results.shortage ?? {}).length) return 'Production delivered, but stock still does not cover the order.';
  }
  return null;
}

function forwardSteps(saga: OrderSagaRow, finished: boolean): FulfilmentStep[] {
  const done = new Set(saga.results.done ?? []);
  const steps: FulfilmentStep[] = [];
  for (const [key, name] of FORWARD) {
    const record = saga.results.steps?.[key];
    const current = saga.currentStep === key && (saga.status === 'RUNNING' || saga.status === 'WAITING');
    let status: FulfilmentStepStatus;
    if (record?.status === 'FAILED') status = FulfilmentStepStatus.FAILED;
    else if (current && record?.status === 'RETRYING') status = FulfilmentStepStatus.RETRYING;
    else if (current) status = saga.status === 'WAITING' ? FulfilmentStepStatus.WAITING : FulfilmentStepStatus.RUNNING;
    else if (done.has(key)) status = FulfilmentStepStatus.DONE;
    else status = finished || saga.status === 'COMPENSATING' ? FulfilmentStepStatus.SKIPPED : FulfilmentStepStatus.PENDING;
    const recorded = status !== FulfilmentStepStatus.PENDING && status !== FulfilmentStepStatus.SKIPPED && record;
    steps.push({
      name,
      status,
      at: recorded ? new Date(record.at) : null,
      error: recorded && status !== FulfilmentStepStatus.DONE ? (record.error ?? null) : null,
    });
  }
  return steps;
}

function compensationSteps(saga: OrderSagaRow): FulfilmentStep[] {
  const compensating = saga.status === 'COMPENSATING' || saga.status === 'FAILED' || saga.status === 'CANCELLED';
  if (!compensating) return [];
  const compensated = new Set(saga.results.compensated ?? []);
  let reachedCurrent = false;
  return compensationsFor(saga).map((what) => {
    const record = saga.results.steps?.[`compensate:${what}` satisfies StepKey];
    let status: FulfilmentStepStatus;
    if (compensated.has(what)) status = record?.status === 'FAILED' ? FulfilmentStepStatus.FAILED : FulfilmentStepStatus.DONE;
    else if (saga.status === 'COMPENSATING' && !reachedCurrent) {
      reachedCurrent = true;
      status = record?.status === 'RETRYING' ? FulfilmentStepStatus.RETRYING : FulfilmentStepStatus.RUNNING;
    } else status = saga.status === 'COMPENSATING' ? FulfilmentStepStatus.PENDING : FulfilmentStepStatus.SKIPPED;
    const recorded = status !== FulfilmentStepStatus.PENDING && status !== FulfilmentStepStatus.SKIPPED && status !== FulfilmentStepStatus.RUNNING && record;
    return { name: UNDO[what], status, at: recorded ? new Date(record.at) : null, error: recorded && status !== FulfilmentStepStatus.DONE ? (record.error ?? null) : null };
  });
}
