import { CodedCatalog } from '@prometric/core';
import { WorkCenter } from './work-center.entity';

/** Work centers: where production steps run; codes are unique in the workspace. */
export class WorkCenterService extends CodedCatalog<WorkCenter, 'workCenter'> {
  constructor() {
    super(WorkCenter, 'Work center', 'createWorkCenter', 'work_center_code_unique', 'workCenter');
  }
}
