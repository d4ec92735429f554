import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { DateTimeScalar, type RequestContext, toPayload } from '@prometric/core';
import { AttendanceRecord } from './attendance.entity';
import type { AttendanceService } from './attendance.service';
import { AttendancePayload, WorkedDay } from './attendance.inputs';

@Resolver(() => AttendanceRecord)
export class AttendanceResolver {
  constructor(private readonly attendanceService: AttendanceService) {}

  @Mutation(() => AttendancePayload, {
    description: 'Checks an employee in (hr:write, or the employee themselves). Refused with CONFLICT when already checked in or when the time overlaps another record.',
  })
  async checkIn(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('at', () => DateTimeScalar, { nullable: true, description: 'When; now when omitted.' }) at: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AttendancePayload> {
    return toPayload(await this.attendanceService.checkIn(ctx, employeeId, at));
  }

  @Mutation(() => AttendancePayload, { description: "Checks an employee out, closing their open record (hr:write, or the employee themselves)." })
  async checkOut(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('at', () => DateTimeScalar, { nullable: true, description: 'When; now when omitted. Must be after the check-in.' }) at: Date | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AttendancePayload> {
    return toPayload(await this.attendanceService.checkOut(ctx, employeeId, at));
  }

  @Query(() => [WorkedDay], { description: 'Hours an employee worked per day (UTC), every day from `from` to `to` inclusive (hr:read, or the employee themselves).' })
  workedHours(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('from', () => String, { description: 'First day, YYYY-MM-DD.' }) from: string,
    @Arg('to', () => String, { description: 'Last day, YYYY-MM-DD (at most 366 days after from).' }) to: string,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkedDay[]> {
    return this.attendanceService.workedHours(ctx, employeeId, from, to);
  }
}
