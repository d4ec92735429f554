import { CodedCatalog } from '@prometric/core';
import { Warehouse } from './warehouse.entity';

/** Warehouses: where stock is kept; codes are unique among the workspace's warehouses. */
export class WarehouseService extends CodedCatalog<Warehouse, 'warehouse'> {
  constructor() {
    super(Warehouse, 'Warehouse', 'createWarehouse', 'warehouse_code_unique', 'warehouse');
  }
}
