import {
  BadUserInputError,
  Decimal,
  UserErrorCode,
  isUuid,
  lockAndLoad,
  userError,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { Employee } from '../employees/employee.entity';
import { EmployeeStatus } from '../employees/employee-status';
import type { EmployeeService } from '../employees/employee.service';
import { AttendanceRecord } from './attendance.entity';
import { WorkedDay } from './attendance.inputs';

type Result = { attendance: AttendanceRecord } | { errors: UserError[] };

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_DAYS = 366;

/** True for Postgres' exclusion violation (the no-overlap constraint). */
function isOverlap(e: unknown): boolean {
  const err = e as { code?: string; constraint?: string };
  return err.code === '23P01' || err.constraint === 'attendance_no_overlap';
}

/** Parses a YYYY-MM-DD day as UTC midnight, or null. */
export function parseDay(value: string): Date | null {
  if (!DATE.test(value)) return null;
  const d = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value ? null : d;
}

/**
 * Attendance: check-ins and check-outs. Overlaps are refused by the database itself (an exclusion
 * constraint over the record's time range), so two concurrent check-ins cannot both succeed.
 */
export class AttendanceService {
  constructor(private readonly employees: EmployeeService) {}

  /** Opens a record at `at` (now when omitted): the employee's own user or hr:write. */
  async checkIn(ctx: RequestContext, employeeId: string, at: Date | null | undefined): Promise<Result> {
    const employee = await this.employeeFor(ctx, employeeId);
    if (!employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['employeeId'])] };
    if (employee.status === EmployeeStatus.TERMINATED) return { errors: [userError(UserErrorCode.INVALID_TRANSITION, 'A terminated employee cannot check in', ['employeeId'])] };
    try {
      return await ctx.em.transactional(async (em) => {
        const attendance = em.create(AttendanceRecord, { employeeId: employee.id, checkIn: at ?? new Date(), checkOut: null });
        await em.flush();
        return { attendance };
      });
    } catch (e) {
      if (isOverlap(e)) return { errors: [userError(UserErrorCode.CONFLICT, 'The employee is already checked in, or the time overlaps another attendance record', ['at'])] };
      throw e;
    }
  }

  /** Closes the employee's open record at `at` (now when omitted), which must be after its check-in. */
  async checkOut(ctx: RequestContext, employeeId: string, at: Date | null | undefined): Promise<Result> {
    const employee = await this.employeeFor(ctx, employeeId);
    if (!employee) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Employee not found', ['employeeId'])] };
    const when = at ?? new Date();
    try {
      return await ctx.em.transactional(async (em): Promise<Result> => {
        const open: { id: string }[] = await em.execute(
          `select "id" from "hr"."attendance" where "employee_id" = ? and "check_out" is null and "deleted_at" is null for update`,
          [employee.id],
        );
        const record = open.length ? await lockAndLoad(em, AttendanceRecord, open[0].id) : null;
        if (!record) return { errors: [userError(UserErrorCode.INVALID_TRANSITION, 'The employee is not checked in', ['employeeId'])] };
        if (when.getTime() <= record.checkIn.getTime()) return { errors: [userError(UserErrorCode.INVALID, 'Check-out must be after check-in', ['at'])] };
        record.checkOut = when;
        await em.flush();
        return { attendance: record };
      });
    } catch (e) {
      if (isOverlap(e)) return { errors: [userError(UserErrorCode.CONFLICT, 'The time overlaps another attendance record', ['at'])] };
      throw e;
    }
  }

  /** Hours worked per UTC day from `from` to `to` (inclusive): the employee's own user or hr:read. */
  async workedHours(ctx: RequestContext, employeeId: string, from: string, to: string): Promise<WorkedDay[]> {
    const start = parseDay(from);
    const end = parseDay(to);
    if (!start || !end) throw new BadUserInputError('from and to must be dates, YYYY-MM-DD');
    if (end < start) throw new BadUserInputError('to must not be before from');
    if ((end.getTime() - start.getTime()) / 86_400_000 >= MAX_DAYS) throw new BadUserInputError(`At most ${MAX_DAYS} days at a time`);
    const employee = isUuid(employeeId) ? await this.employees.loader(ctx).load(employeeId) : null;
    if (!employee) return [];
    this.employees.assertSelfOr(ctx, employee, 'hr:read');
    // LEAST/GREATEST skip nulls, so days without a record are filtered out of the sum explicitly.
    const rows: { date: string; hours: string }[] = await ctx.em.execute(
      `select to_char(g.day at time zone 'UTC', 'YYYY-MM-DD') as "date",
              coalesce(round(sum(extract(epoch from (least(a.check_out, g.day + interval '24 hours') - greatest(a.check_in, g.day)))) filter (where a.id is not null) / 3600, 2), 0)::text as "hours"
         from generate_series(?::timestamptz, ?::timestamptz, interval '24 hours') as g(day)
         left join "hr"."attendance" a
           on a.employee_id = ? and a.deleted_at is null and a.check_out is not null
          and a.check_in < g.day + interval '24 hours' and a.check_out > g.day
        group by g.day order by g.day`,
      [start.toISOString(), end.toISOString(), employee.id],
    );
    return rows.map((r) => Object.assign(new WorkedDay(), { date: r.date, hours: new Decimal(r.hours).toFixed(2) }));
  }

  /** The employee when visible and the caller may record their attendance (own user or hr:write). */
  private async employeeFor(ctx: RequestContext, employeeId: string): Promise<Employee | null> {
    const employee = isUuid(employeeId) ? await this.employees.loader(ctx).load(employeeId) : null;
    if (employee) this.employees.assertSelfOr(ctx, employee, 'hr:write');
    return employee;
  }
}
