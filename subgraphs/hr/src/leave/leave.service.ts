import type { EntityManager } from '@mikro-orm/postgresql';
import {
  Decimal,
  TENANT_FILTER,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  can,
  isUuid,
  lockAndLoad,
  requirePrincipal,
  userError,
  type RequestContext,
  type TenantParams,
  type UserError,
  withUserErrors,
} from '@prometric/core';
import { Employee } from '../employees/employee.entity';
import { EmployeeStatus } from '../employees/employee-status';
import type { EmployeeService } from '../employees/employee.service';
import { LeaveLedgerEntry, LeaveRequest } from './leave.entity';
import { BALANCE_LIMITED, LeaveLedgerKind, LeaveStatus, LeaveType, canMoveLeave } from './leave-types';
import type { AllocateLeaveInput, LeaveBalance, RequestLeaveInput } from './leave.inputs';
import { parseDate, parseMonth, workingDays } from './working-days';

type RequestResult = { leaveRequest: LeaveRequest } | { errors: UserError[] };
const DAYS = /^\d{1,4}(\.\d{1,2})?$/;

/** ANNUAL days one month's accrual credits: a twelfth of the yearly allowance, to cents. */
export function monthlyAccrualDays(annualDaysPerYear: number): Decimal {
  return new Decimal(annualDaysPerYear).div(12).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** The month of `at` in UTC, YYYY-MM. */
export function monthOf(at: Date): string {
  return at.toISOString().slice(0, 7);
}

/**
 * SQL condition on employee `e` for a month's accrual: ACTIVE, not deleted, hired before
 * `endOfMonth` (a placeholder for the first instant of the next month) or with no hire date.
 */
export function accrualEligibleSql(endOfMonth: string): string {
  return `e."status" = 'ACTIVE' and e."deleted_at" is null and (e."hire_date" is null or e."hire_date" < ${endOfMonth})`;
}

/** The first instant after `month` (YYYY-MM, already validated). */
export function endOfMonth(month: string): Date {
  const range = parseMonth(month);
  if (!range) throw new Error(`not a month: ${month}`);
  return new Date(range.last.getTime() + 86_400_000);
}

/**
 * Credits `days` of ANNUAL leave for `month` (YYYY-MM) to every ACTIVE employee of the fork's
 * workspace hired by the end of that month; returns how many were credited. Idempotent: the unique
 * index on (workspace, employee, type, month) makes a repeated call credit nobody twice. Runs in the
 * caller's transaction, scoped to the tenant; the entries are created by the fork's user, null when
 * the accrual sweep credits them.
 */
export async function accrueLeaveMonth(em: EntityManager, month: string, days: Decimal): Promise<number> {
  if (days.lte(0)) return 0;
  const tenant = em.getFilterParams<TenantParams>(TENANT_FILTER);
  const actor = tenant.userId ?? null;
  const inserted: unknown[] = await em.execute(
    `insert into "hr"."leave_ledger" ("id", "organization_id", "workspace_id", "created_by", "updated_by", "employee_id", "type", "kind", "days", "period")
     select gen_random_uuid(), e."organization_id", e."workspace_id", ?, ?, e."id", 'ANNUAL', 'ACCRUAL', ?, ?
       from "hr"."employee" e
      where e."workspace_id" = ? and ${accrualEligibleSql('?')}
     on conflict ("workspace_id", "employee_id", "type", "period") where "kind" = 'ACCRUAL' do nothing
     returning 1`,
    [actor, actor, days.toFixed(2), month, tenant.workspaceId, endOfMonth(month).toISOString()],
  );
  return inserted.length;
}

/**
 * Leave: requests with a state machine, and balances as a ledger (ALLOCATION/ACCRUAL add days,
 * TAKEN subtracts them when a request is approved). Requests and approvals of one employee
 * serialize on the employee's row lock, so two requests cannot both spend the same balance.
 */
export class LeaveService {
  constructor(
    private readonly employees: EmployeeService,
    private readonly annualDaysPerYear: number,
  ) {}

  /** ANNUAL days one month's accrual credits: a twelfth of the yearly allowance, to cents. */
  get monthlyAccrual(): Decimal {
    return monthlyAccrualDays(this.annualDaysPerYear);
  }

  /** Files a PENDING request (the employee's own user or hr:write); ANNUAL must fit the available balance. */
  async request(ctx: RequestContext, input: RequestLeaveInput): Promise<RequestResult> {
    const from = parseDate(input.from);
    const to = parseDate(input.to);
    const errors: UserError[] = [];
    if (!from) errors.push(userError(UserErrorCode.INVALID, 'From must be a date, YYYY-MM-DD', ['from']));
    if (!to) errors.push(userError(UserErrorCode.INVALID, 'To must be a date, YYYY-MM-DD', ['to']));
    if (from && to && to < from) errors.push(userError(UserErrorCode.INVALID, 'To must not be before from', ['to']));
    if (from && to && to >= from && (to.getTime() - from.getTime()) / 86_400_000 > 366) errors.push(userError(UserErrorCode.INVALID, 'A request covers at most a year', ['to']));
    const days = from && to && to >= from ? workingDays(from, to) : 0;
    if (from && to && to >= from && days === 0) errors.push(userError(UserErrorCode.INVALID, 'The period has no working days', ['to']));
    if (errors.length) return { errors };
    const visible = isUuid(input.employeeId) ? await this.employees.loader(ctx).load(input.employeeId) : null;
    if (!visible) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['employeeId'])] };
    this.employees.assertSelfOr(ctx, visible, 'hr:write');
    const refuse = (error: UserError): never => {
      throw new UserErrorsException([error]);
    };
    return withUserErrors(async () => {
      const leaveRequest = await idempotentCreate(
        ctx.em,
        'requestLeave',
        input.idempotencyKey,
        async (em) => {
          const employee = (await lockAndLoad(em, Employee, visible.id)) ?? refuse(userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['employeeId']));
          if (employee.status === EmployeeStatus.TERMINATED) refuse(userError(UserErrorCode.INVALID_TRANSITION, 'A terminated employee cannot request leave', ['employeeId']));
          const overlapping = await em.count(LeaveRequest, {
            employeeId: employee.id,
            status: { $in: [LeaveStatus.PENDING, LeaveStatus.APPROVED] },
            from: { $lte: input.to },
            to: { $gte: input.from },
          });
          if (overlapping) refuse(userError(UserErrorCode.CONFLICT, 'The employee already has leave requested or approved in this period', ['from']));
          if (BALANCE_LIMITED.includes(input.type)) {
            const { available } = await this.balanceOf(em, employee.id, input.type);
            if (new Decimal(days).gt(available)) {
              refuse(userError(UserErrorCode.INSUFFICIENT_BALANCE, `${days} working days exceed the available ${input.type} balance of ${available.toFixed(2)} days`, ['to']));
            }
          }
          return em.create(LeaveRequest, {
            employeeId: employee.id,
            type: input.type,
            from: input.from,
            to: input.to,
            days: new Decimal(days).toFixed(2),
            reason: input.reason?.trim() || null,
            status: LeaveStatus.PENDING,
          });
        },
        (em, id) => em.findOneOrFail(LeaveRequest, id),
      );
      return { leaveRequest };
    });
  }

  /**
   * PENDING → APPROVED, writing the TAKEN ledger entry. Only the employee's manager (their user) or
   * a holder of hr:write may approve, and never for their own leave or a request they filed.
   */
  approve(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.decide(ctx, id, LeaveStatus.APPROVED, async (em, request) => {
      if (BALANCE_LIMITED.includes(request.type)) {
        const { balance } = await this.balanceOf(em, request.employeeId, request.type);
        if (new Decimal(request.days).gt(balance)) {
          return userError(UserErrorCode.INSUFFICIENT_BALANCE, `${request.days} days exceed the ${request.type} balance of ${balance.toFixed(2)} days`, ['id']);
        }
      }
      em.create(LeaveLedgerEntry, {
        employeeId: request.employeeId,
        type: request.type,
        kind: LeaveLedgerKind.TAKEN,
        days: new Decimal(request.days).neg().toFixed(2),
        leaveRequestId: request.id,
      });
      return null;
    });
  }

  /** PENDING → REJECTED; who may is as for approving. */
  reject(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.decide(ctx, id, LeaveStatus.REJECTED, async () => null);
  }

  /** PENDING → CANCELLED, by the employee's own user or a holder of hr:write. */
  cancel(ctx: RequestContext, id: string): Promise<RequestResult> {
    return this.decide(ctx, id, LeaveStatus.CANCELLED, async () => null);
  }

  /** Days granted by HR (hr:write). */
  async allocate(ctx: RequestContext, input: AllocateLeaveInput): Promise<{ entry: LeaveLedgerEntry } | { errors: UserError[] }> {
    if (!DAYS.test(input.days) || new Decimal(input.days).lte(0)) return { errors: [userError(UserErrorCode.INVALID, 'Days must be more than zero with at most 2 decimals', ['days'])] };
    const employee = isUuid(input.employeeId) ? await this.employees.loader(ctx).load(input.employeeId) : null;
    if (!employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['employeeId'])] };
    return ctx.em.transactional(async (em) => {
      const entry = em.create(LeaveLedgerEntry, {
        employeeId: employee.id,
        type: input.type,
        kind: LeaveLedgerKind.ALLOCATION,
        days: new Decimal(input.days).toFixed(2),
        note: input.note?.trim() || null,
      });
      await em.flush();
      return { entry };
    });
  }

  /**
   * Credits one month of ANNUAL leave to every ACTIVE employee hired by the end of that month (see
   * `accrueLeaveMonth`); the accrual sweep does the same by itself for the current month.
   */
  async accrue(ctx: RequestContext, month: string): Promise<{ accrued: number; daysPerEmployee: string } | { errors: UserError[] }> {
    if (!parseMonth(month)) return { errors: [userError(UserErrorCode.INVALID, 'Month must be YYYY-MM', ['month'])] };
    requirePrincipal(ctx);
    const days = this.monthlyAccrual;
    const accrued = await ctx.em.transactional((em) => accrueLeaveMonth(em, month, days));
    return { accrued, daysPerEmployee: days.toFixed(2) };
  }

  /** Balance, pending and available days of one type (the employee's own user or hr:read). */
  async balance(ctx: RequestContext, employeeId: string, type: LeaveType): Promise<LeaveBalance | null> {
    const employee = isUuid(employeeId) ? await this.employees.loader(ctx).load(employeeId) : null;
    if (!employee) return null;
    this.employees.assertSelfOr(ctx, employee, 'hr:read');
    const b = await this.balanceOf(ctx.em, employee.id, type);
    return { employeeId: employee.id, type, balance: b.balance.toFixed(2), pending: b.pending.toFixed(2), available: b.available.toFixed(2) };
  }

  /** Requests of an employee, newest first (the employee's own user or hr:read). */
  async ofEmployee(ctx: RequestContext, employeeId: string): Promise<LeaveRequest[]> {
    const employee = isUuid(employeeId) ? await this.employees.loader(ctx).load(employeeId) : null;
    if (!employee) return [];
    this.employees.assertSelfOr(ctx, employee, 'hr:read');
    return ctx.em.find(LeaveRequest, { employeeId: employee.id }, { orderBy: { from: 'desc', id: 'asc' } });
  }

  /** Working days of APPROVED UNPAID leave per employee, for payroll (callers clip to the month). */
  approvedUnpaid(em: EntityManager, first: string, last: string): Promise<LeaveRequest[]> {
    return em.find(LeaveRequest, { type: LeaveType.UNPAID, status: LeaveStatus.APPROVED, from: { $lte: last }, to: { $gte: first } });
  }

  private async balanceOf(em: EntityManager, employeeId: string, type: LeaveType): Promise<{ balance: Decimal; pending: Decimal; available: Decimal }> {
    const [row]: { balance: string; pending: string }[] = await em.execute(
      `select coalesce((select sum("days") from "hr"."leave_ledger" where "employee_id" = ? and "type" = ? and "deleted_at" is null), 0)::text as "balance",
              coalesce((select sum("days") from "hr"."leave_request" where "employee_id" = ? and "type" = ? and "status" = 'PENDING' and "deleted_at" is null), 0)::text as "pending"`,
      [employeeId, type, employeeId, type],
    );
    const balance = new Decimal(row.balance);
    const pending = new Decimal(row.pending);
    return { balance, pending, available: balance.minus(pending) };
  }

  /** Locks the request and its employee, checks who may decide and the state machine, then applies. */
  private async decide(
    ctx: RequestContext,
    id: string,
    to: LeaveStatus,
    apply: (em: EntityManager, request: LeaveRequest) => Promise<UserError | null>,
  ): Promise<RequestResult> {
    const principal = requirePrincipal(ctx);
    return ctx.em.transactional(async (em): Promise<RequestResult> => {
      const found = isUuid(id) ? await em.findOne(LeaveRequest, { id }) : null;
      // Employee first, then request: the same order as requestLeave, so the two never deadlock.
      const employee = found ? await lockAndLoad(em, Employee, found.employeeId) : null;
      const request = employee ? await lockAndLoad(em, LeaveRequest, id) : null;
      if (!request || !employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Leave request not found', ['id'])] };
      const self = !!employee.userId && employee.userId === principal.userId;
      if (to === LeaveStatus.CANCELLED) {
        if (!(self || can(principal, 'hr:write'))) return { errors: [userError(UserErrorCode.FORBIDDEN, 'Only the employee or HR may cancel a leave request', ['id'])] };
      } else {
        if (self || request.createdBy === principal.userId) {
          return { errors: [userError(UserErrorCode.FORBIDDEN, 'A leave request cannot be decided by the employee or by whoever filed it', ['id'])] };
        }
        const manager = employee.managerId ? await em.findOne(Employee, { id: employee.managerId }) : null;
        const isManager = !!manager?.userId && manager.userId === principal.userId;
        if (!(isManager || can(principal, 'hr:write'))) {
          return { errors: [userError(UserErrorCode.FORBIDDEN, "Only the employee's manager or HR may decide a leave request", ['id'])] };
        }
      }
      if (!canMoveLeave(request.status, to)) {
        return { errors: [userError(UserErrorCode.INVALID_TRANSITION, `A leave request in status ${request.status} cannot become ${to}`, ['id'])] };
      }
      const refused = await apply(em, request);
      if (refused) return { errors: [refused] };
      request.status = to;
      request.decidedBy = principal.userId;
      request.decidedAt = new Date();
      await em.flush();
      return { leaveRequest: request };
    });
  }
}
