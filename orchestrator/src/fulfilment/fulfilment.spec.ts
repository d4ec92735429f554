import type { OrderSagaRow, SagaResults } from '../saga/saga-store';
import { fulfilmentOf } from './fulfilment';

const AT = '2026-12-05T10:00:00.000Z';

const saga = (change: Partial<OrderSagaRow> & { results?: SagaResults }): OrderSagaRow => ({
  orderId: '00000000-0000-4000-8000-000000000001',
  organizationId: 'o',
  workspaceId: 'w',
  actorId: 'u',
  status: 'RUNNING',
  currentStep: 'invoice',
  order: null,
  results: {},
  failureReason: null,
  attempts: 0,
  cancelRequested: false,
  version: 1,
  ...change,
});

const statuses = (row: OrderSagaRow) => Object.fromEntries(fulfilmentOf(row).steps.map((s) => [s.name, s.status]));

describe('fulfilmentOf', () => {
  it('no saga: NOT_STARTED', () => {
    expect(fulfilmentOf(null)).toEqual({ state: 'NOT_STARTED', shortages: [], blockedBy: null, sagaStatus: null, steps: [] });
  });

  it('a step refused for good: FAILED, the step FAILED with its error, every compensation listed, the reason in blockedBy', () => {
    const row = saga({
      status: 'FAILED',
      currentStep: 'reserve',
      failureReason: 'step reserve failed: reserveStock refused: NOT_FOUND: product not found',
      results: {
        done: ['invoice'],
        compensated: ['production', 'reserve', 'invoice', 'order'],
        steps: {
          invoice: { status: 'DONE', at: AT },
          reserve: { status: 'FAILED', at: AT, error: 'reserveStock refused: NOT_FOUND: product not found' },
          'compensate:invoice': { status: 'DONE', at: AT },
          'compensate:order': { status: 'FAILED', at: AT, error: 'order: FORBIDDEN' },
        },
      },
    });
    const f = fulfilmentOf(row);
    expect(f.state).toBe('FAILED');
    expect(f.blockedBy).toBe(row.failureReason);
    expect(statuses(row)).toEqual({
      INVOICE: 'DONE', RESERVE: 'FAILED', PRODUCTION: 'SKIPPED', RECEIVE: 'SKIPPED', READY: 'SKIPPED',
      UNDO_PRODUCTION: 'DONE', UNDO_RESERVE: 'DONE', UNDO_INVOICE: 'DONE', CANCEL_ORDER: 'FAILED',
    });
    expect(f.steps.find((s) => s.name === 'RESERVE')).toEqual({ name: 'RESERVE', status: 'FAILED', at: new Date(AT), error: 'reserveStock refused: NOT_FOUND: product not found' });
    expect(f.steps.find((s) => s.name === 'CANCEL_ORDER')!.error).toBe('order: FORBIDDEN');
  });

  it('compensating: the first compensation not yet done runs (or retries), the rest are pending', () => {
    const row = saga({
      status: 'COMPENSATING',
      cancelRequested: true,
      failureReason: 'The order was cancelled',
      results: { done: ['invoice', 'reserve'], compensated: ['production'], steps: { 'compensate:reserve': { status: 'RETRYING', at: AT, error: 'operations unavailable' } } },
    });
    expect(fulfilmentOf(row).state).toBe('COMPENSATING');
    expect(statuses(row)).toEqual({
      INVOICE: 'DONE', RESERVE: 'DONE', PRODUCTION: 'SKIPPED', RECEIVE: 'SKIPPED', READY: 'SKIPPED',
      UNDO_PRODUCTION: 'DONE', UNDO_RESERVE: 'RETRYING', UNDO_INVOICE: 'PENDING',
    });
    expect(fulfilmentOf(row).steps.find((s) => s.name === 'UNDO_RESERVE')!.error).toBe('operations unavailable');
  });

  it('production delivered part of a shortage: still waiting, and what is still short', () => {
    const row = saga({
      status: 'WAITING',
      currentStep: 'receive',
      results: {
        done: ['invoice', 'reserve', 'production'],
        shortage: { p1: 2, p2: 0 },
        productionOrders: [
          { id: 'mo1', number: 'MO-1', orderLineId: 'l1', productId: 'p1', quantity: 2 },
          { id: 'mo2', number: 'MO-2', orderLineId: 'l2', productId: 'p2', quantity: 3 },
        ],
        received: [{ productionOrderId: 'mo2', orderLineId: 'l2', productId: 'p2', quantity: 3, reserved: true }],
      },
    });
    const f = fulfilmentOf(row);
    expect(f.state).toBe('WAITING_FOR_PRODUCTION');
    expect(f.shortages).toEqual([{ product: expect.objectContaining({ id: 'p1' }), quantity: 2 }]);
    expect(f.blockedBy).toBe('Waiting for production order MO-1 to deliver into stock.');
  });
});
