import { CodedCatalog, type RequestContext, type UserError } from '@prometric/core';
import { WorkCenter } from './work-center.entity';
import type { CreateWorkCenterInput } from './work-center.inputs';

/** Work centers: where production steps run; codes are unique in the workspace. */
export class WorkCenterService extends CodedCatalog<WorkCenter> {
  constructor() {
    super(WorkCenter, 'Work center', 'createWorkCenter', 'work_center_code_unique');
  }

  async create(ctx: RequestContext, input: CreateWorkCenterInput): Promise<{ workCenter: WorkCenter } | { errors: UserError[] }> {
    const result = await this.createCoded(ctx, input);
    return 'errors' in result ? result : { workCenter: result.entity };
  }
}
