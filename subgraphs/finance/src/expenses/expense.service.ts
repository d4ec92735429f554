import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Decimal,
  ForbiddenError,
  UserErrorCode,
  UserErrorsException,
  can,
  idempotentCreate,
  loadOrNotFound,
  nextDocumentNumber,
  recordEvent,
  requirePrincipal,
  toMoneyString,
  transition,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  eventOf,
  listPage,
  type ListArgsValue,
  SortDirection } from '@prometric/core';
import { Expense } from './expense.entity';
import { ExpenseCategory, ExpenseStatus, canMoveExpense } from './expense-status';
import type { ExpenseFilter, SubmitExpenseInput } from './expense.inputs';
import { ExpenseApproved, ExpensePaid, ExpenseRejected, ExpenseSubmitted, type PayloadIn } from '@prometric/contracts';

type Result = { expense: Expense } | { errors: UserError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isDate = (value: string) => DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
/** Today as YYYY-MM-DD, a day ahead of UTC so a member east of Greenwich can submit today's receipt. */
const latestDay = () => new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);

/** The events of an expense's moves after submission. */
type ExpenseChange = typeof ExpenseApproved | typeof ExpenseRejected | typeof ExpensePaid;

/** The wire payload of expense events. */
export function expenseEventPayload(expense: Expense): PayloadIn<typeof ExpenseSubmitted> {
  return {
    id: expense.id,
    number: expense.number,
    status: expense.status,
    category: expense.category,
    description: expense.description,
    amount: expense.amountValue,
    currency: expense.currency,
    incurredOn: expense.incurredOn,
    submittedBy: expense.submittedBy ?? null,
    approvedBy: expense.approvedBy ?? null,
    paidOn: expense.paidOn ?? null,
    source: expense.source ?? null,
  };
}

/**
 * Expenses: submitted by any member, approved or rejected by someone else with invoices:write, then
 * marked paid. Every change follows the expense state machine under the row's lock and records an
 * event in the same transaction.
 */
export class ExpenseService {
  async submit(ctx: RequestContext, input: SubmitExpenseInput): Promise<Result> {
    const principal = requirePrincipal(ctx);
    const errors: UserError[] = [];
    const description = input.description?.trim() ?? '';
    if (!description) errors.push(userError(UserErrorCode.REQUIRED, 'Description is required', ['description']));
    else if (description.length > 500) errors.push(userError(UserErrorCode.INVALID, 'Description is limited to 500 characters', ['description']));
    if (!Object.values(ExpenseCategory).includes(input.category)) errors.push(userError(UserErrorCode.INVALID, 'Unknown category', ['category']));
    else if (input.category === ExpenseCategory.PAYROLL) errors.push(userError(UserErrorCode.INVALID, 'PAYROLL expenses come from approved payroll runs only', ['category']));
    const amount = new Decimal(input.amount);
    if (amount.lte(0)) errors.push(userError(UserErrorCode.INVALID, 'Amount must be more than zero', ['amount']));
    else if (amount.decimalPlaces() > 2) errors.push(userError(UserErrorCode.INVALID, 'Amount has at most two decimals', ['amount']));
    const incurredOn = input.incurredOn?.trim() ?? '';
    if (!isDate(incurredOn)) errors.push(userError(UserErrorCode.INVALID, 'Incurred on must be a date (YYYY-MM-DD)', ['incurredOn']));
    else if (incurredOn > latestDay()) errors.push(userError(UserErrorCode.INVALID, 'Incurred on cannot be in the future', ['incurredOn']));
    if (errors.length) return { errors };
    const expense = await idempotentCreate(
      ctx.em,
      'submitExpense',
      input.idempotencyKey,
      async (em) => {
        const created = em.create(Expense, {
          number: await nextDocumentNumber(em, 'EXP'),
          description,
          category: input.category,
          amountValue: toMoneyString(amount),
          currency: principal.currency,
          incurredOn,
          submittedBy: principal.userId,
        });
        await em.flush();
        await recordEvent(em, ExpenseSubmitted, { aggregateId: created.id, aggregateVersion: created.version, payload: expenseEventPayload(created) });
        return created;
      },
      (em, id) => em.findOneOrFail(Expense, id),
    );
    return { expense };
  }

  /** SUBMITTED → APPROVED, by anyone but the submitter. */
  approve(ctx: RequestContext, id: string): Promise<Result> {
    const principal = requirePrincipal(ctx);
    return this.change(ctx, id, ExpenseStatus.APPROVED, ExpenseApproved, (expense) => {
      if (expense.submittedBy === principal.userId) {
        throw new UserErrorsException([userError(UserErrorCode.FORBIDDEN, 'You cannot approve an expense you submitted', ['id'])]);
      }
      expense.approvedBy = principal.userId;
      expense.approvedAt = new Date();
    });
  }

  /** SUBMITTED → REJECTED, with a reason. */
  reject(ctx: RequestContext, id: string, reason: string): Promise<Result> {
    const principal = requirePrincipal(ctx);
    const why = reason?.trim() ?? '';
    if (!why) return Promise.resolve({ errors: [userError(UserErrorCode.REQUIRED, 'A reason is required', ['reason'])] });
    if (why.length > 2000) return Promise.resolve({ errors: [userError(UserErrorCode.INVALID, 'Reason is limited to 2000 characters', ['reason'])] });
    return this.change(ctx, id, ExpenseStatus.REJECTED, ExpenseRejected, (expense) => {
      expense.rejectedBy = principal.userId;
      expense.rejectedAt = new Date();
      expense.rejectionReason = why;
    });
  }

  /** APPROVED → PAID on the day given. */
  markPaid(ctx: RequestContext, id: string, paidOn: string): Promise<Result> {
    const day = paidOn?.trim() ?? '';
    if (!isDate(day)) return Promise.resolve({ errors: [userError(UserErrorCode.INVALID, 'Paid on must be a date (YYYY-MM-DD)', ['paidOn'])] });
    if (day > latestDay()) return Promise.resolve({ errors: [userError(UserErrorCode.INVALID, 'Paid on cannot be in the future', ['paidOn'])] });
    return this.change(ctx, id, ExpenseStatus.PAID, ExpensePaid, (expense) => {
      if (day < expense.incurredOn) throw new UserErrorsException([userError(UserErrorCode.INVALID, `Paid on cannot be before the expense was incurred (${expense.incurredOn})`, ['paidOn'])]);
      expense.paidOn = day;
      expense.paidAt = new Date();
    });
  }

  /** Locks the expense, checks the transition, applies `apply` and records `contract`'s event, in one transaction. */
  private change(ctx: RequestContext, id: string, to: ExpenseStatus, contract: ExpenseChange, apply: (expense: Expense) => void): Promise<Result> {
    return transition(ctx, Expense, id, {
      key: 'expense',
      label: 'Expense',
      canMove: canMoveExpense,
      refusal: (from, next) => `An expense cannot go from ${from} to ${next}`,
      to,
      apply: (_em, expense) => apply(expense),
      event: (_em, expense) => eventOf(contract, expenseEventPayload(expense)),
    });
  }

  /**
   * Creates the APPROVED payroll expense of a payroll run, once: the run id is unique per workspace,
   * and a transaction-scoped advisory lock on it makes a concurrent second event for the same run
   * wait and then find the first one's expense. Returns null when the run already has its expense.
   * Runs in the caller's (the event consumer's) transaction.
   */
  async recordPayroll(
    em: EntityManager,
    run: { payrollRunId: string; period: string; currency: string; totalGross: string; approvedBy: string | null },
  ): Promise<Expense | null> {
    await em.execute(`select pg_advisory_xact_lock(hashtext('finance.payroll_expense'), hashtext(?))`, [run.payrollRunId]);
    if (await em.count(Expense, { sourcePayrollRunId: run.payrollRunId }, { filters: { softDelete: false } })) return null;
    const expense = em.create(Expense, {
      number: await nextDocumentNumber(em, 'EXP'),
      description: `Payroll ${run.period}`,
      category: ExpenseCategory.PAYROLL,
      amountValue: toMoneyString(run.totalGross),
      currency: run.currency,
      incurredOn: lastDayOf(run.period),
      status: ExpenseStatus.APPROVED,
      submittedBy: run.approvedBy,
      approvedBy: run.approvedBy,
      approvedAt: new Date(),
      source: { payrollRunId: run.payrollRunId },
      sourcePayrollRunId: run.payrollRunId,
    });
    await em.flush();
    await recordEvent(em, ExpenseApproved, { aggregateId: expense.id, aggregateVersion: expense.version, payload: expenseEventPayload(expense) });
    return expense;
  }

  /** One expense: needs finance:read, unless the caller submitted it. */
  async get(ctx: RequestContext, id: string): Promise<Expense> {
    const principal = requirePrincipal(ctx);
    const expense = await loadOrNotFound(ctx, Expense, id, 'Expense');
    if (!can(principal, 'finance:read') && expense.submittedBy !== principal.userId) throw new ForbiddenError('Needs finance:read, or to be the submitter');
    return expense;
  }

  list(ctx: RequestContext, args: ListArgsValue<ExpenseFilter>): Promise<Connection<Expense>> {
    const f = args.filter;
    return listPage(ctx.em, Expense, args, {
      where: [f?.status && { status: f.status }, f?.statusIn && { status: { $in: f.statusIn } }, f?.category && { category: f.category }],
      defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }],
    });
  }
}

/** `2026-03` → `2026-03-31`; a full date is kept as is. */
export function lastDayOf(period: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  if (!m) return period.slice(0, 10);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).toISOString().slice(0, 10);
}
