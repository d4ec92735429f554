import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { WorkCenter } from './work-center.entity';
import { WorkCenterService } from './work-center.service';
import { CreateWorkCenterInput, WorkCenterConnection, WorkCenterPayload, WorkCentersArgs } from './work-center.inputs';

@Resolver(() => WorkCenter)
export class WorkCenterResolver {
  constructor(private readonly workCenterService: WorkCenterService) {}

  @Query(() => WorkCenter, { nullable: true, description: 'A work center of the workspace.' })
  workCenter(@Arg('id', () => ID, { description: 'The work center\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<WorkCenter> {
    return this.workCenterService.get(ctx, id);
  }

  @Query(() => WorkCenterConnection, { description: 'Work centers of the workspace by code, a page at a time.' })
  workCenters(@Args(() => WorkCentersArgs) args: InstanceType<typeof WorkCentersArgs>, @Ctx() ctx: RequestContext) {
    return this.workCenterService.list(ctx, args);
  }

  @Mutation(() => WorkCenterPayload, { description: 'Adds a work center.' })
  async createWorkCenter(@Arg('input', () => CreateWorkCenterInput, { description: 'A new work center.' }) input: CreateWorkCenterInput, @Ctx() ctx: RequestContext): Promise<WorkCenterPayload> {
    const result = await this.workCenterService.create(ctx, input);
    return toPayload(result);
  }
}
