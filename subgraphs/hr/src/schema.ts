import { instanceContainer, type RequestContext, type SubgraphSchemaOptions } from '@prometric/core';
import { DepartmentResolver } from './departments/department.resolver';
import { DepartmentService } from './departments/department.service';
import { hrPermissions } from './permissions';

export interface HrServices {
  departments: DepartmentService;
}

export function createHrServices(): HrServices {
  return { departments: new DepartmentService() };
}

/** The hr subgraph's resolvers, entity references and rules. */
export function hrSchema(s: HrServices = createHrServices()): SubgraphSchemaOptions {
  return {
    resolvers: [DepartmentResolver],
    container: instanceContainer([new DepartmentResolver(s.departments)]),
    permissions: hrPermissions,
    references: {
      Department: (ref, ctx: RequestContext) => s.departments.loader(ctx).load(ref.id),
    },
  };
}
