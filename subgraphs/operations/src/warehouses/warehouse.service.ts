import { CodedCatalog, type RequestContext, type UserError } from '@prometric/core';
import { Warehouse } from './warehouse.entity';
import type { CreateWarehouseInput } from './warehouse.inputs';

/** Warehouses: where stock is kept; codes are unique among the workspace's warehouses. */
export class WarehouseService extends CodedCatalog<Warehouse> {
  constructor() {
    super(Warehouse, 'Warehouse', 'createWarehouse', 'warehouse_code_unique');
  }

  async create(ctx: RequestContext, input: CreateWarehouseInput): Promise<{ warehouse: Warehouse } | { errors: UserError[] }> {
    const result = await this.createCoded(ctx, input);
    return 'errors' in result ? result : { warehouse: result.entity };
  }
}
