import { OrderCreated, OrderUpdated, PayrollApproved, consumes } from '@prometric/contracts';
import { defineConsumer, type EventConsumer } from '@prometric/core';
import { upsertOrderSnapshot } from './orders/order-snapshot.handlers';
import { payrollApprovedHandler } from './payroll/payroll.handlers';
import type { FinanceServices } from './schema';

/**
 * What the `finance` queue consumes: sales' orders (kept as the snapshots invoices are drafted
 * from) and hr's approved payroll runs (posted as PAYROLL expenses).
 */
export const FINANCE_CONSUMER = consumes('finance', [OrderCreated, OrderUpdated, PayrollApproved]);

/** The `finance` queue's consumer over the subgraph's services. */
export function financeConsumer(services: FinanceServices): EventConsumer {
  return defineConsumer(FINANCE_CONSUMER, {
    'order.created': upsertOrderSnapshot,
    'order.updated': upsertOrderSnapshot,
    'payroll.approved': payrollApprovedHandler(services.expenses),
  });
}
