import { Decimal } from '@prometric/core';

/** Kinds of payslip deduction lines. */
export enum PayslipLineType {
  PENSION = 'PENSION',
  INCOME_TAX = 'INCOME_TAX',
}

/** One deduction, amounts as 2-decimal strings. */
export interface PayslipLineFigures {
  type: PayslipLineType;
  description: string;
  rate: string;
  base: string;
  amount: string;
}

/** Everything salary-derived on a payslip (stored encrypted). */
export interface PayslipFigures {
  baseSalary: string;
  unpaidLeaveDeduction: string;
  gross: string;
  lines: PayslipLineFigures[];
  totalDeductions: string;
  net: string;
}

const cents = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

/**
 * One month's payslip. The salary is MONTHLY. Unpaid leave costs salary ÷ working days of the month
 * × unpaid working days, rounded half-up to cents; gross is the salary minus that. Pension is
 * `pensionRate` × gross, income tax is `taxRate` × (gross − pension), each rounded half-up to cents;
 * net is gross minus both.
 */
export function computePayslip(input: { salary: Decimal.Value; workingDays: number; unpaidDays: Decimal.Value; pensionRate: Decimal.Value; taxRate: Decimal.Value }): PayslipFigures {
  const salary = cents(new Decimal(input.salary));
  const unpaid = Decimal.min(new Decimal(input.unpaidDays), input.workingDays);
  const deduction = input.workingDays > 0 ? cents(salary.div(input.workingDays).mul(unpaid)) : new Decimal(0);
  const gross = salary.minus(deduction);
  const pension = cents(gross.mul(input.pensionRate));
  const taxable = gross.minus(pension);
  const tax = cents(taxable.mul(input.taxRate));
  const total = pension.plus(tax);
  return {
    baseSalary: salary.toFixed(2),
    unpaidLeaveDeduction: deduction.toFixed(2),
    gross: gross.toFixed(2),
    lines: [
      { type: PayslipLineType.PENSION, description: 'Pension contribution', rate: new Decimal(input.pensionRate).toFixed(), base: gross.toFixed(2), amount: pension.toFixed(2) },
      { type: PayslipLineType.INCOME_TAX, description: 'Income tax', rate: new Decimal(input.taxRate).toFixed(), base: taxable.toFixed(2), amount: tax.toFixed(2) },
    ],
    totalDeductions: total.toFixed(2),
    net: gross.minus(total).toFixed(2),
  };
}
