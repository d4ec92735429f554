import { Decimal, type DomainEvent, type EventHandler } from '@prometric/core';
import { ExpenseService } from '../expenses/expense.service';

/** Payload of hr's `payroll.approved`. */
export interface PayrollApprovedPayload {
  payrollRunId: string;
  period: string;
  currency: string;
  totalGross: string;
  totalNet: string;
  totalDeductions: string;
  employeeCount: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Turns hr's `payroll.approved` into one APPROVED PAYROLL expense of the run's gross total. Per-event
 * idempotency comes from the consumer's processed messages; the expense's unique payroll run id
 * (checked under an advisory lock) makes a second event for the same run a no-op too. A run with no
 * gross pay creates nothing; a malformed payload fails the job (retried, then dead-lettered) rather
 * than being dropped silently.
 */
export function payrollApprovedHandler(expenses: ExpenseService): EventHandler {
  return async (em, event: DomainEvent) => {
    const p = event.payload as unknown as PayrollApprovedPayload;
    if (!UUID.test(String(p.payrollRunId)) || !/^\d{4}-\d{2}(-\d{2})?$/.test(String(p.period)) || !/^[A-Z]{3}$/.test(String(p.currency)) || !/^-?\d+(\.\d+)?$/.test(String(p.totalGross))) {
      throw new Error(`payroll.approved ${event.id}: malformed payload`);
    }
    if (new Decimal(p.totalGross).lte(0)) return;
    await expenses.recordPayroll(em, { payrollRunId: p.payrollRunId, period: p.period, currency: p.currency, totalGross: p.totalGross, approvedBy: event.actorId });
  };
}

/** The `payroll.approved` handler of the `finance` queue. */
export const handlePayrollApproved: EventHandler = payrollApprovedHandler(new ExpenseService());
