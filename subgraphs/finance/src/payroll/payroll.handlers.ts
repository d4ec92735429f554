import type { PayrollApproved } from '@prometric/contracts';
import { Decimal, type EventHandler } from '@prometric/core';
import type { ExpenseService } from '../expenses/expense.service';

/**
 * Turns hr's `payroll.approved` into one APPROVED PAYROLL expense of the run's gross total. Per-event
 * idempotency comes from the consumer's processed messages; the expense's unique payroll run id
 * (checked under an advisory lock) makes a second event for the same run a no-op too. A run with no
 * gross pay creates nothing. A malformed payload never reaches here: the consumer dead-letters it
 * against the event's contract.
 */
export function payrollApprovedHandler(expenses: ExpenseService): EventHandler<typeof PayrollApproved> {
  return async (em, event) => {
    const p = event.payload;
    if (new Decimal(p.totalGross).lte(0)) return;
    await expenses.recordPayroll(em, { payrollRunId: p.payrollRunId, period: p.period, currency: p.currency, totalGross: p.totalGross, approvedBy: event.actorId });
  };
}
