import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { ProductionOrder } from '../production-orders/production-order.entity';
import { WorkCenter } from '../work-centers/work-center.entity';
import { EmployeeReference, employeeReference } from '../employees/employee.reference';
import { WorkOrder } from './work-order.entity';
import { WorkOrderService } from './work-order.service';
import { AddWorkOrderInput, WorkOrderConnection, WorkOrderPayload, WorkOrdersArgs } from './work-order.inputs';

@Resolver(() => WorkOrder)
export class WorkOrderResolver {
  constructor(private readonly service: WorkOrderService) {}

  @Query(() => WorkOrder, { nullable: true, description: 'A work order of the workspace.' })
  workOrder(@Arg('id', () => ID, { description: 'The work order\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrder> {
    return this.service.get(ctx, id);
  }

  @Query(() => WorkOrderConnection, { description: 'Work orders of the workspace, newest first, a page at a time.' })
  workOrders(@Args(() => WorkOrdersArgs) args: InstanceType<typeof WorkOrdersArgs>, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => WorkOrderPayload, { description: 'Adds a step (PENDING) to a production order that is not COMPLETED or CANCELLED.' })
  async addWorkOrder(@Arg('input', () => AddWorkOrderInput, { description: 'A new step of a production order.' }) input: AddWorkOrderInput, @Ctx() ctx: RequestContext): Promise<WorkOrderPayload> {
    return toPayload(await this.service.add(ctx, input));
  }

  @Mutation(() => WorkOrderPayload, {
    description:
      'Starts a PENDING step (→ IN_PROGRESS). Refused with INVALID_TRANSITION, changing nothing, when the production order is not IN_PROGRESS (field productionOrderId), an earlier step is not DONE or CANCELLED (field sequence), or the work center is blocked by maintenance (field workCenterId).',
  })
  async startWorkOrder(@Arg('id', () => ID, { description: 'The work order.' }) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrderPayload> {
    return toPayload(await this.service.start(ctx, id));
  }

  @Mutation(() => WorkOrderPayload, { description: 'Completes an IN_PROGRESS step (→ DONE) with the minutes it took, while its production order is IN_PROGRESS.' })
  async completeWorkOrder(
    @Arg('id', () => ID, { description: 'The work order.' }) id: string,
    @Arg('actualMinutes', () => Int, { description: 'Minutes the step took (zero or more).' }) actualMinutes: number,
    @Ctx() ctx: RequestContext,
  ): Promise<WorkOrderPayload> {
    return toPayload(await this.service.complete(ctx, id, actualMinutes));
  }

  @Mutation(() => WorkOrderPayload, { description: 'Cancels a PENDING or IN_PROGRESS step (→ CANCELLED): it is skipped and no longer holds back later steps or completion.' })
  async cancelWorkOrder(@Arg('id', () => ID, { description: 'The work order.' }) id: string, @Ctx() ctx: RequestContext): Promise<WorkOrderPayload> {
    return toPayload(await this.service.cancel(ctx, id));
  }

  @FieldResolver(() => WorkCenter, { description: 'The work center the step is done at.' })
  workCenter(@Root() wo: WorkOrder, @Ctx() ctx: RequestContext): Promise<WorkCenter> {
    return this.service.workCenter(ctx, wo.workCenter.id);
  }

  @FieldResolver(() => ProductionOrder, { description: 'The production order this is a step of.' })
  productionOrder(@Root() wo: WorkOrder, @Ctx() ctx: RequestContext): Promise<ProductionOrder> {
    return this.service.productionOrder(ctx, wo.productionOrderId);
  }

  @FieldResolver(() => EmployeeReference, { nullable: true, description: 'The employee assigned to the step, resolved by hr; null when nobody is. Needs hr:read.' })
  assignedEmployee(@Root() wo: WorkOrder): EmployeeReference | null {
    return employeeReference(wo.assignedEmployeeId);
  }
}

/** The shop floor's field on ProductionOrder: its steps. */
@Resolver(() => ProductionOrder)
export class ProductionOrderWorkOrdersResolver {
  constructor(private readonly service: WorkOrderService) {}

  @FieldResolver(() => [WorkOrder], { description: 'The steps of the order by sequence, in every status. Needs production:read.' })
  workOrders(@Root() mo: ProductionOrder, @Ctx() ctx: RequestContext): Promise<WorkOrder[]> {
    return this.service.ofProductionOrder(ctx, mo.id);
  }
}
