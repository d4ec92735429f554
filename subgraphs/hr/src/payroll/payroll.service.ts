import type { EntityManager } from '@mikro-orm/postgresql';
import {
  EntityReads,
  Decimal,
  ForbiddenError,
  UserErrorCode,
  can,
  requirePrincipal,
  sum,
  transition,
  userError,
  userErrorFromDb,
  type Connection,
  type RequestContext,
  type TransitionEvent,
  type UserError,
  eventOf,
  childrenLoader,
  SortDirection,
  listPage,
  type ListArgsValue,
  childrenPage,
  type PageArgs,
} from '@prometric/core';
import { Employee } from '../employees/employee.entity';
import { EmployeeStatus } from '../employees/employee-status';
import type { EmployeeService } from '../employees/employee.service';
import type { LeaveService } from '../leave/leave.service';
import { parseDate, parseMonth, workingDays, workingDaysWithin } from '../leave/working-days';
import type { PayrollRunFilter } from './payroll.inputs';
import { PayrollRun, Payslip, payslipCipherContext } from './payroll.entity';
import { PayrollRunStatus, canMovePayrollRun } from './payroll-status';
import { computePayslip, type PayslipFigures } from './payslip-calc';
import { PayrollApproved } from '@prometric/contracts';

type Result = { payrollRun: PayrollRun } | { errors: UserError[] };

/** Rates applied to every payslip. */
export interface PayrollRates {
  incomeTaxRate: string;
  pensionRate: string;
}

/**
 * Payroll runs: one per month, computed from the MONTHLY salaries of ACTIVE employees (in the
 * workspace's currency) less approved UNPAID leave. A DRAFT may be recalculated; approving freezes it
 * (the database refuses later changes) and announces `payroll.approved`, which finance books as an
 * expense.
 */
export class PayrollService extends EntityReads(PayrollRun, 'Payroll run') {
  private readonly decrypted = new WeakMap<Payslip, PayslipFigures>();

  constructor(
    private readonly employees: EmployeeService,
    private readonly leave: LeaveService,
    private readonly rates: PayrollRates,
  ) {
    super();
  }

  async create(ctx: RequestContext, period: string): Promise<Result> {
    if (!parseMonth(period)) return { errors: [userError(UserErrorCode.INVALID, 'Period must be YYYY-MM', ['period'])] };
    const principal = requirePrincipal(ctx);
    try {
      return await ctx.em.transactional(async (em): Promise<Result> => {
        if (await em.count(PayrollRun, { period })) return { errors: [userError(UserErrorCode.CONFLICT, `A payroll run for ${period} already exists`, ['period'])] };
        const run = em.create(PayrollRun, {
          period,
          status: PayrollRunStatus.DRAFT,
          currency: principal.currency,
          workingDays: 0,
          totalGross: '0.00',
          totalDeductions: '0.00',
          totalNet: '0.00',
          employeeCount: 0,
        });
        await em.flush();
        await this.compute(em, run);
        return { payrollRun: run };
      });
    } catch (e) {
      // A concurrent run for the same month loses on the unique index.
      const mapped = userErrorFromDb(e, { payroll_run_period_unique: ['period'] });
      if (mapped) return { errors: [mapped] };
      throw e;
    }
  }

  /** Recomputes a DRAFT run from the current salaries and leave. */
  recalculate(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, null, async (em, run) => this.compute(em, run));
  }

  /** DRAFT → APPROVED: frozen from now on; records `payroll.approved` for finance. */
  approve(ctx: RequestContext, id: string): Promise<Result> {
    const principal = requirePrincipal(ctx);
    return this.transition(
      ctx,
      id,
      PayrollRunStatus.APPROVED,
      (_em, run) => {
        run.approvedAt = new Date();
        run.approvedBy = principal.userId;
      },
      (run) =>
        eventOf(
          PayrollApproved,
          {
            payrollRunId: run.id,
            period: run.period,
            currency: run.currency,
            totalGross: new Decimal(run.totalGross).toFixed(2),
            totalNet: new Decimal(run.totalNet).toFixed(2),
            totalDeductions: new Decimal(run.totalDeductions).toFixed(2),
            employeeCount: run.employeeCount,
          },
          2,
        ),
    );
  }

  /** APPROVED → PAID. */
  markPaid(ctx: RequestContext, id: string): Promise<Result> {
    return this.transition(ctx, id, PayrollRunStatus.PAID, (_em, run) => {
      run.paidAt = new Date();
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<PayrollRunFilter>): Promise<Connection<PayrollRun>> {
    const f = args.filter;
    return listPage(ctx.em, PayrollRun, args, {
      where: [f?.statusIn && { status: { $in: f.statusIn } }, f?.period && { period: f.period.trim() }],
      defaultOrder: [{ field: 'period', direction: SortDirection.DESC }],
    });
  }

  /** Payslips of a run in employee name order (then employee id), batched over runs. */
  payslips(ctx: RequestContext, runId: string): Promise<Payslip[]> {
    return ctx
      .loader<string, Payslip[]>('Payslip:byRun', async (runIds) => {
        const rows = await ctx.em.find(Payslip, { payrollRunId: { $in: [...runIds] } });
        const people = await ctx.em.find(Employee, { id: { $in: [...new Set(rows.map((p) => p.employeeId))] } }, { filters: { softDelete: false } });
        const name = new Map(people.map((e) => [e.id, e.name]));
        const order = (a: Payslip, b: Payslip) => (name.get(a.employeeId) ?? '').localeCompare(name.get(b.employeeId) ?? '') || a.employeeId.localeCompare(b.employeeId);
        return runIds.map((id) => rows.filter((p) => p.payrollRunId === id).sort(order));
      })
      .load(runId);
  }

  /** One page of a run's payslips, in the order they were computed (PayrollRun.payslipsConnection). */
  pageOfRun(ctx: RequestContext, runId: string, page: PageArgs): Promise<Connection<Payslip>> {
    return childrenPage(ctx, Payslip, 'payrollRunId', runId, page, [{ property: 'createdAt', direction: 'asc' }]);
  }

  /** One page of an employee's payslips, latest first: hr:read or the employee themselves. */
  pageOfEmployee(ctx: RequestContext, employee: Employee, page: PageArgs): Promise<Connection<Payslip>> {
    this.employees.assertSelfOr(ctx, employee, 'hr:read');
    return childrenPage(ctx, Payslip, 'employeeId', employee.id, page, [{ property: 'createdAt', direction: 'desc' }]);
  }

  /** An employee's payslips, latest first: hr:read or the employee themselves. */
  ofEmployee(ctx: RequestContext, employee: Employee): Promise<Payslip[]> {
    this.employees.assertSelfOr(ctx, employee, 'hr:read');
    return childrenLoader(ctx, Payslip, 'employeeId', { orderBy: { createdAt: 'desc', id: 'asc' } }).load(employee.id);
  }

  /** A payslip's figures, for hr:salary or the employee paid; FORBIDDEN for anyone else. */
  async figures(ctx: RequestContext, payslip: Payslip): Promise<PayslipFigures> {
    const principal = requirePrincipal(ctx);
    if (!can(principal, 'hr:salary')) {
      const employee = await this.employees.loader(ctx).load(payslip.employeeId);
      if (!employee || !this.employees.isSelf(ctx, employee)) throw new ForbiddenError('Needs hr:salary or to be the employee paid');
    }
    // Every money field of a payslip reads the figures: decrypt once per loaded row.
    let figures = this.decrypted.get(payslip);
    if (!figures) {
      figures = JSON.parse(this.employees.fieldCipher.decrypt(payslip.figuresEncrypted, payslipCipherContext(payslip.id))) as PayslipFigures;
      this.decrypted.set(payslip, figures);
    }
    return figures;
  }

  /** Replaces the run's payslips and totals with freshly computed ones (the run is DRAFT and locked or new). */
  private async compute(em: EntityManager, run: PayrollRun): Promise<void> {
    const month = parseMonth(run.period)!;
    const first = month.first.toISOString().slice(0, 10);
    const last = month.last.toISOString().slice(0, 10);
    const days = workingDays(month.first, month.last);
    await em.nativeDelete(Payslip, { payrollRunId: run.id });
    // Hired after the month: not on this payroll. Hires and leavers within the month are paid the full month (no proration).
    const endExclusive = new Date(month.last.getTime() + 86_400_000);
    const employees = await em.find(
      Employee,
      { status: EmployeeStatus.ACTIVE, currency: run.currency, $or: [{ hireDate: null }, { hireDate: { $lt: endExclusive } }] },
      { orderBy: { name: 'asc', id: 'asc' } },
    );
    const unpaid = await this.leave.approvedUnpaid(em, first, last);
    const cipher = this.employees.fieldCipher;
    const slips: { slip: Payslip; figures: PayslipFigures }[] = [];
    for (const employee of employees) {
      const unpaidDays = unpaid
        .filter((r) => r.employeeId === employee.id)
        .reduce((acc, r) => acc + workingDaysWithin(parseDate(r.from)!, parseDate(r.to)!, month.first, month.last), 0);
      const figures = computePayslip({
        salary: this.employees.decryptSalary(employee),
        workingDays: days,
        unpaidDays,
        pensionRate: this.rates.pensionRate,
        taxRate: this.rates.incomeTaxRate,
      });
      const slip = em.create(Payslip, {
        payrollRunId: run.id,
        employeeId: employee.id,
        currency: run.currency,
        workingDays: days,
        unpaidLeaveDays: new Decimal(unpaidDays).toFixed(2),
        figuresEncrypted: '',
      });
      slip.figuresEncrypted = cipher.encrypt(JSON.stringify(figures), payslipCipherContext(slip.id));
      slips.push({ slip, figures });
    }
    run.workingDays = days;
    run.employeeCount = slips.length;
    run.totalGross = sum(slips.map((s) => s.figures.gross)).toFixed(2);
    run.totalDeductions = sum(slips.map((s) => s.figures.totalDeductions)).toFixed(2);
    run.totalNet = sum(slips.map((s) => s.figures.net)).toFixed(2);
    await em.flush();
  }

  /** Locks the run, checks it may move to `to` (null: recalculated, stays DRAFT), applies the change and records `event`. */
  private transition(
    ctx: RequestContext,
    id: string,
    to: PayrollRunStatus | null,
    apply: (em: EntityManager, run: PayrollRun) => void | Promise<void>,
    event?: (run: PayrollRun) => TransitionEvent,
  ): Promise<Result> {
    return transition(ctx, PayrollRun, id, {
      key: 'payrollRun',
      label: 'Payroll run',
      canMove: to ? canMovePayrollRun : (from) => from === PayrollRunStatus.DRAFT,
      refusal: to ? undefined : (from) => `A payroll run in status ${from} cannot be recalculated`,
      to: to ?? PayrollRunStatus.DRAFT,
      apply,
      event: event && ((_em, run) => event(run)),
    });
  }
}
