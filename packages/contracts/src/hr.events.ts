import { z } from 'zod';
import { defineEvent } from './event-contract';
import { currency, decimal, id } from './fields';

export const PayrollApproved = defineEvent('payroll.approved', {
  version: 1,
  aggregateType: 'PayrollRun',
  producer: 'hr',
  description: "A payroll run was approved (immutable from now on); finance posts its gross total as a PAYROLL expense.",
  payload: z.object({
    payrollRunId: id,
    /** The month paid, `YYYY-MM`. */
    period: z.string().regex(/^\d{4}-\d{2}$/, 'a YYYY-MM month'),
    currency,
    totalGross: decimal,
    totalNet: decimal,
    totalDeductions: decimal,
    employeeCount: z.number().int().nonnegative(),
  }),
});
