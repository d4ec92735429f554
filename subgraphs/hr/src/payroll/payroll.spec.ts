import { PAYROLL_TRANSITIONS, PayrollRunStatus, canMovePayrollRun } from './payroll-status';
import { computePayslip } from './payslip-calc';

describe('payroll run state machine', () => {
  it('goes DRAFT → APPROVED → PAID and never back', () => {
    expect(canMovePayrollRun(PayrollRunStatus.DRAFT, PayrollRunStatus.APPROVED)).toBe(true);
    expect(canMovePayrollRun(PayrollRunStatus.APPROVED, PayrollRunStatus.PAID)).toBe(true);
    expect(canMovePayrollRun(PayrollRunStatus.DRAFT, PayrollRunStatus.PAID)).toBe(false);
    expect(canMovePayrollRun(PayrollRunStatus.APPROVED, PayrollRunStatus.DRAFT)).toBe(false);
    expect(PAYROLL_TRANSITIONS[PayrollRunStatus.PAID]).toEqual([]);
  });
});

describe('payslip figures', () => {
  it('computes a month with 2 unpaid days out of 22 (hand-computed)', () => {
    // 3000.00 / 22 × 2 = 272.7272… → 272.73; gross 2727.27; pension 10% = 272.727 → 272.73;
    // tax 10% of (2727.27 − 272.73 = 2454.54) = 245.454 → 245.45; net 2727.27 − 272.73 − 245.45 = 2209.09.
    expect(computePayslip({ salary: '3000.00', workingDays: 22, unpaidDays: 2, pensionRate: '0.10', taxRate: '0.10' })).toEqual({
      baseSalary: '3000.00',
      unpaidLeaveDeduction: '272.73',
      gross: '2727.27',
      lines: [
        { type: 'PENSION', description: 'Pension contribution', rate: '0.1', base: '2727.27', amount: '272.73' },
        { type: 'INCOME_TAX', description: 'Income tax', rate: '0.1', base: '2454.54', amount: '245.45' },
      ],
      totalDeductions: '518.18',
      net: '2209.09',
    });
  });

  it('computes a full month and rounds half-up', () => {
    // 4100.50: pension 410.05; tax 10% of 3690.45 = 369.045 → 369.05; net 4100.50 − 779.10 = 3321.40.
    const p = computePayslip({ salary: '4100.50', workingDays: 21, unpaidDays: 0, pensionRate: '0.10', taxRate: '0.10' });
    expect([p.unpaidLeaveDeduction, p.gross, p.lines[0].amount, p.lines[1].amount, p.totalDeductions, p.net]).toEqual(['0.00', '4100.50', '410.05', '369.05', '779.10', '3321.40']);
  });

  it('never deducts more than the salary', () => {
    const p = computePayslip({ salary: '3000.00', workingDays: 22, unpaidDays: 30, pensionRate: '0.10', taxRate: '0.10' });
    expect([p.gross, p.net]).toEqual(['0.00', '0.00']);
  });
});
