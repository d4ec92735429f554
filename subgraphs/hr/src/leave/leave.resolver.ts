import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '@prometric/core';
import { LeaveRequest } from './leave.entity';
import type { LeaveService } from './leave.service';
import { LeaveType } from './leave-types';
import { AccrueLeavePayload, AllocateLeaveInput, AllocateLeavePayload, LeaveBalance, LeaveRequestPayload, RequestLeaveInput } from './leave.inputs';
import { toPayload } from '@prometric/core';

@Resolver(() => LeaveRequest)
export class LeaveResolver {
  constructor(private readonly leaveService: LeaveService) {}

  @Mutation(() => LeaveRequestPayload, {
    description:
      'Requests leave (hr:write, or the employee themselves). Costs the working days (Mon–Fri) of the period; ANNUAL leave beyond the available balance is refused (INVALID), SICK and UNPAID have no limit.',
  })
  async requestLeave(@Arg('input', () => RequestLeaveInput, { description: 'A request for leave.' }) input: RequestLeaveInput, @Ctx() ctx: RequestContext): Promise<LeaveRequestPayload> {
    return toPayload(await this.leaveService.request(ctx, input));
  }

  @Mutation(() => LeaveRequestPayload, {
    description: "Approves a PENDING request, taking its days from the balance. Only the employee's manager or hr:write, never the employee or whoever filed it (FORBIDDEN).",
  })
  async approveLeave(@Arg('id', () => ID, { description: 'The leave request.' }) id: string, @Ctx() ctx: RequestContext): Promise<LeaveRequestPayload> {
    return toPayload(await this.leaveService.approve(ctx, id));
  }

  @Mutation(() => LeaveRequestPayload, { description: "Rejects a PENDING request; who may is as for approveLeave." })
  async rejectLeave(@Arg('id', () => ID, { description: 'The leave request.' }) id: string, @Ctx() ctx: RequestContext): Promise<LeaveRequestPayload> {
    return toPayload(await this.leaveService.reject(ctx, id));
  }

  @Mutation(() => LeaveRequestPayload, { description: 'Withdraws a PENDING request (the employee themselves or hr:write).' })
  async cancelLeave(@Arg('id', () => ID, { description: 'The leave request.' }) id: string, @Ctx() ctx: RequestContext): Promise<LeaveRequestPayload> {
    return toPayload(await this.leaveService.cancel(ctx, id));
  }

  @Mutation(() => AllocateLeavePayload, { description: 'Grants days of leave (an ALLOCATION ledger entry).' })
  async allocateLeave(@Arg('input', () => AllocateLeaveInput, { description: 'Days of leave granted by HR.' }) input: AllocateLeaveInput, @Ctx() ctx: RequestContext): Promise<AllocateLeavePayload> {
    const r = await this.leaveService.allocate(ctx, input);
    return toPayload(r);
  }

  @Mutation(() => AccrueLeavePayload, {
    description: 'Credits one month of ANNUAL leave (HR_ANNUAL_LEAVE_DAYS_PER_YEAR / 12) to every ACTIVE employee hired by the end of the month. Idempotent per employee and month. The current month is also credited automatically at its start (HR_LEAVE_ACCRUAL_SWEEP_MS); this is for other months or an immediate run.',
  })
  async accrueLeave(@Arg('month', () => String, { description: 'The month, YYYY-MM.' }) month: string, @Ctx() ctx: RequestContext): Promise<AccrueLeavePayload> {
    const r = await this.leaveService.accrue(ctx, month);
    return 'errors' in r ? { month, accrued: 0, daysPerEmployee: '0.00', errors: r.errors } : { month, ...r, errors: [] };
  }

  @Query(() => LeaveBalance, { nullable: true, description: "An employee's leave balance of one type (hr:read, or the employee themselves); null when the employee does not exist." })
  leaveBalance(
    @Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string,
    @Arg('type', () => LeaveType, { description: 'Kind of leave.' }) type: LeaveType,
    @Ctx() ctx: RequestContext,
  ): Promise<LeaveBalance | null> {
    return this.leaveService.balance(ctx, employeeId, type);
  }

  @Query(() => [LeaveRequest], { description: "An employee's leave requests, latest first (hr:read, or the employee themselves)." })
  leaveRequests(@Arg('employeeId', () => ID, { description: 'The employee.' }) employeeId: string, @Ctx() ctx: RequestContext): Promise<LeaveRequest[]> {
    return this.leaveService.ofEmployee(ctx, employeeId);
  }
}
