import { EXPENSE_TRANSITIONS, ExpenseStatus, canMoveExpense } from './expense-status';

describe('expense state machine', () => {
  it('approves or rejects a submitted expense, and pays an approved one', () => {
    expect(canMoveExpense(ExpenseStatus.SUBMITTED, ExpenseStatus.APPROVED)).toBe(true);
    expect(canMoveExpense(ExpenseStatus.SUBMITTED, ExpenseStatus.REJECTED)).toBe(true);
    expect(canMoveExpense(ExpenseStatus.APPROVED, ExpenseStatus.PAID)).toBe(true);
  });

  it('never pays what was not approved, nor goes back', () => {
    expect(canMoveExpense(ExpenseStatus.SUBMITTED, ExpenseStatus.PAID)).toBe(false);
    expect(canMoveExpense(ExpenseStatus.APPROVED, ExpenseStatus.REJECTED)).toBe(false);
    expect(canMoveExpense(ExpenseStatus.APPROVED, ExpenseStatus.SUBMITTED)).toBe(false);
    expect(canMoveExpense(ExpenseStatus.SUBMITTED, ExpenseStatus.SUBMITTED)).toBe(false);
  });

  it('has final states with no way out', () => {
    for (const s of [ExpenseStatus.REJECTED, ExpenseStatus.PAID]) {
      expect(EXPENSE_TRANSITIONS[s]).toEqual([]);
      for (const to of Object.values(ExpenseStatus)) expect(canMoveExpense(s, to)).toBe(false);
    }
  });
});
