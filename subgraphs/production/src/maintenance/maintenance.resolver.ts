import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DateTimeScalar, type RequestContext, toPayload } from '@prometric/core';
import { WorkCenter } from '../work-centers/work-center.entity';
import { WorkCenterStatus } from '../work-centers/work-center-status';
import { MaintenanceRequest, MaintenanceSchedule } from './maintenance.entity';
import { MaintenanceService, blocksWorkCenter } from './maintenance.service';
import {
  GenerateDueMaintenancePayload,
  MaintenanceRequestConnection,
  MaintenanceRequestPayload,
  MaintenanceSchedulePayload,
  RequestMaintenanceInput,
  ScheduleMaintenanceInput,
  MaintenanceRequestsArgs } from './maintenance.inputs';

@Resolver(() => MaintenanceRequest)
export class MaintenanceRequestResolver {
  constructor(private readonly maintenance: MaintenanceService) {}

  @Query(() => MaintenanceRequest, { nullable: true, description: 'A maintenance request of the workspace.' })
  maintenanceRequest(@Arg('id', () => ID, { description: 'The maintenance request\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<MaintenanceRequest> {
    return this.maintenance.get(ctx, id);
  }

  @Query(() => MaintenanceRequestConnection, { description: 'Maintenance requests of the workspace, newest first, a page at a time.' })
  maintenanceRequests(@Args(() => MaintenanceRequestsArgs) args: InstanceType<typeof MaintenanceRequestsArgs>, @Ctx() ctx: RequestContext) {
    return this.maintenance.list(ctx, args);
  }

  @Mutation(() => MaintenanceRequestPayload, { description: 'Asks for maintenance of a work center (OPEN). It blocks the work center at once (CORRECTIVE) or from its scheduledFor (PREVENTIVE).' })
  async requestMaintenance(@Arg('input', () => RequestMaintenanceInput, { description: 'Maintenance asked for a work center.' }) input: RequestMaintenanceInput, @Ctx() ctx: RequestContext): Promise<MaintenanceRequestPayload> {
    return toPayload(await this.maintenance.request(ctx, input));
  }

  @Mutation(() => MaintenanceRequestPayload, { description: 'Starts an OPEN request (→ IN_PROGRESS); any other status is an INVALID_TRANSITION error.' })
  async startMaintenance(@Arg('id', () => ID, { description: 'The maintenance request.' }) id: string, @Ctx() ctx: RequestContext): Promise<MaintenanceRequestPayload> {
    return toPayload(await this.maintenance.start(ctx, id));
  }

  @Mutation(() => MaintenanceRequestPayload, { description: 'Completes an IN_PROGRESS request (→ DONE), which releases its work center; any other status is an INVALID_TRANSITION error.' })
  async completeMaintenance(@Arg('id', () => ID, { description: 'The maintenance request.' }) id: string, @Ctx() ctx: RequestContext): Promise<MaintenanceRequestPayload> {
    return toPayload(await this.maintenance.complete(ctx, id));
  }

  @Mutation(() => MaintenanceRequestPayload, { description: 'Withdraws an OPEN or IN_PROGRESS request (→ CANCELLED), which releases its work center; DONE or CANCELLED is an INVALID_TRANSITION error.' })
  async cancelMaintenance(@Arg('id', () => ID, { description: 'The maintenance request.' }) id: string, @Ctx() ctx: RequestContext): Promise<MaintenanceRequestPayload> {
    return toPayload(await this.maintenance.cancel(ctx, id));
  }

  @Mutation(() => MaintenanceSchedulePayload, { description: 'Plans preventive maintenance of a work center every N days from startsAt; generateDueMaintenance turns due occurrences into requests.' })
  async scheduleMaintenance(@Arg('input', () => ScheduleMaintenanceInput, { description: 'Preventive maintenance of a work center every N days.' }) input: ScheduleMaintenanceInput, @Ctx() ctx: RequestContext): Promise<MaintenanceSchedulePayload> {
    const r = await this.maintenance.schedule(ctx, input);
    return toPayload(r);
  }

  @Mutation(() => GenerateDueMaintenancePayload, {
    description:
      "Creates the PREVENTIVE request of every schedule due at asOf (default now): one per schedule, for its latest occurrence not after asOf. Idempotent: an occurrence that already has its request gets no second one. The subgraph also does this by itself every PRODUCTION_MAINTENANCE_SWEEP_MS; this is for another moment or an immediate run.",
  })
  async generateDueMaintenance(
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The moment to generate for; default now.' }) asOf: Date | null | undefined,
    @Ctx() ctx: RequestContext,
  ): Promise<GenerateDueMaintenancePayload> {
    const r = await this.maintenance.generateDue(ctx, asOf ?? new Date());
    return toPayload(r, { created: [] });
  }

  @FieldResolver(() => WorkCenter, { description: 'The work center to maintain.' })
  workCenter(@Root() r: MaintenanceRequest, @Ctx() ctx: RequestContext): Promise<WorkCenter> {
    return this.maintenance.workCenter(ctx, r.workCenter.id);
  }
}

@Resolver(() => MaintenanceSchedule)
export class MaintenanceScheduleResolver {
  constructor(private readonly maintenance: MaintenanceService) {}

  @FieldResolver(() => WorkCenter, { description: 'The work center to maintain.' })
  workCenter(@Root() s: MaintenanceSchedule, @Ctx() ctx: RequestContext): Promise<WorkCenter> {
    return this.maintenance.workCenter(ctx, s.workCenter.id);
  }
}

/** Maintenance's fields on WorkCenter: its open requests, its schedules, and the status they give it. */
@Resolver(() => WorkCenter)
export class WorkCenterMaintenanceResolver {
  constructor(private readonly maintenance: MaintenanceService) {}

  @FieldResolver(() => [MaintenanceRequest], { description: 'OPEN and IN_PROGRESS maintenance requests, due first (future PREVENTIVE ones included).' })
  openMaintenanceRequests(@Root() wc: WorkCenter, @Ctx() ctx: RequestContext): Promise<MaintenanceRequest[]> {
    return this.maintenance.openOf(ctx, wc.id);
  }

  @FieldResolver(() => Boolean, { description: 'True while a maintenance request is IN_PROGRESS, or OPEN and due: no work order can start here.' })
  async blocked(@Root() wc: WorkCenter, @Ctx() ctx: RequestContext): Promise<boolean> {
    const now = new Date();
    return (await this.maintenance.openOf(ctx, wc.id)).some((r) => blocksWorkCenter(r, now));
  }

  @FieldResolver(() => WorkCenterStatus, { description: 'BLOCKED while blocked is true, else AVAILABLE.' })
  async status(@Root() wc: WorkCenter, @Ctx() ctx: RequestContext): Promise<WorkCenterStatus> {
    return (await this.blocked(wc, ctx)) ? WorkCenterStatus.BLOCKED : WorkCenterStatus.AVAILABLE;
  }

  @FieldResolver(() => [MaintenanceSchedule], { description: 'Preventive maintenance schedules of this work center, by start.' })
  maintenanceSchedules(@Root() wc: WorkCenter, @Ctx() ctx: RequestContext): Promise<MaintenanceSchedule[]> {
    return this.maintenance.schedulesOf(ctx, wc.id);
  }
}
