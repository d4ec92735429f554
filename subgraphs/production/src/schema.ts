import { instanceContainer, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { WorkCenterResolver } from './work-centers/work-center.resolver';
import { WorkCenterService } from './work-centers/work-center.service';
import { productionPermissions } from './permissions';

export interface ProductionServices {
  workCenters: WorkCenterService;
}

export function createProductionServices(): ProductionServices {
  return { workCenters: new WorkCenterService() };
}

/** The production subgraph's resolvers, entity references and rules. */
export function productionSchema(s: ProductionServices = createProductionServices()): SubgraphSchemaOptions {
  return {
    resolvers: [WorkCenterResolver],
    container: instanceContainer([new WorkCenterResolver(s.workCenters)]),
    permissions: productionPermissions,
    references: {
      WorkCenter: (ref, ctx: RequestContext) => s.workCenters.loader(ctx).load(ref.id),
    },
  };
}
