import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { ProductionOrder } from '../production-orders/production-order.entity';
import { QualityInspection } from './quality-inspection.entity';
import { QualityInspectionService } from './quality-inspection.service';
import { QualityInspectionConnection, QualityInspectionPayload, QualityInspectionsArgs, RecordInspectionInput } from './quality-inspection.inputs';

@Resolver(() => QualityInspection)
export class QualityInspectionResolver {
  constructor(private readonly service: QualityInspectionService) {}

  @Query(() => QualityInspection, { nullable: true, description: 'A quality inspection of the workspace.' })
  qualityInspection(@Arg('id', () => ID, { description: 'The quality inspection\'s id.' }) id: string, @Ctx() ctx: RequestContext): Promise<QualityInspection> {
    return this.service.get(ctx, id);
  }

  @Query(() => QualityInspectionConnection, { description: 'Quality inspections of the workspace, newest first, a page at a time.' })
  qualityInspections(@Args(() => QualityInspectionsArgs) args: InstanceType<typeof QualityInspectionsArgs>, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => QualityInspectionPayload, {
    description:
      'Records a quality inspection of a production order or of a stock movement. With measurements the result is computed (PASS when every |value − target| ≤ tolerance); without, the given result is taken. The latest inspection of a production order blocks its completion when it FAILed.',
  })
  async recordInspection(@Arg('input', () => RecordInspectionInput, { description: 'A quality inspection of a production order or of a stock movement (a receipt); at least one of the two.' }) input: RecordInspectionInput, @Ctx() ctx: RequestContext): Promise<QualityInspectionPayload> {
    const r = await this.service.record(ctx, input);
    return toPayload(r);
  }

  @FieldResolver(() => ProductionOrder, { nullable: true, description: 'The production order inspected, if any.' })
  async productionOrder(@Root() i: QualityInspection, @Ctx() ctx: RequestContext): Promise<ProductionOrder | null> {
    return i.productionOrderId ? this.service.productionOrder(ctx, i.productionOrderId) : null;
  }
}

/** Quality's field on ProductionOrder: its inspections. */
@Resolver(() => ProductionOrder)
export class ProductionOrderInspectionsResolver {
  constructor(private readonly service: QualityInspectionService) {}

  @FieldResolver(() => [QualityInspection], { description: 'Quality inspections of the order, oldest first; the last one blocks completion when it FAILed. Needs production:read.' })
  inspections(@Root() mo: ProductionOrder, @Ctx() ctx: RequestContext): Promise<QualityInspection[]> {
    return this.service.ofProductionOrder(ctx, mo.id);
  }
}
