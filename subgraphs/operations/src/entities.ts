import { Warehouse } from './warehouses/warehouse.entity';
import { StockLevel, StockMovement } from './stock/stock.entity';
import { Reservation } from './reservations/reservation.entity';
import { Shipment, ShipmentLine } from './shipments/shipment.entity';
import { Supplier } from './suppliers/supplier.entity';
import { PurchaseOrder, PurchaseOrderLine } from './purchase-orders/purchase-order.entity';
import { ReorderRule } from './reorder-rules/reorder-rule.entity';
import { Migration20261126130000 } from '../migrations/Migration20261126130000';
import { Migration20261126130100 } from '../migrations/Migration20261126130100';
import { Migration20261126140000 } from '../migrations/Migration20261126140000';
import { Migration20261126150000 } from '../migrations/Migration20261126150000';
import { Migration20261126175000 } from '../migrations/Migration20261126175000';
import { Migration20261126176000 } from '../migrations/Migration20261126176000';
import { Migration20261126177000 } from '../migrations/Migration20261126177000';
import { Migration20261126200000 } from '../migrations/Migration20261126200000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261205120000 } from '../migrations/Migration20261205120000';
import { Migration20261205120100 } from '../migrations/Migration20261205120100';
import { Migration20261205150100 } from '../migrations/Migration20261205150100';
import { Migration20261205170300 } from '../migrations/Migration20261205170300';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';

export const OPERATIONS_SCHEMA = 'operations';
export const operationsEntities = [Warehouse, StockMovement, StockLevel, Reservation, Shipment, ShipmentLine, Supplier, PurchaseOrder, PurchaseOrderLine, ReorderRule];
export const operationsMigrations = [
  { name: 'Migration20261126130000', class: Migration20261126130000 },
  { name: 'Migration20261126130100', class: Migration20261126130100 },
  { name: 'Migration20261126140000', class: Migration20261126140000 },
  { name: 'Migration20261126150000', class: Migration20261126150000 },
  { name: 'Migration20261126175000', class: Migration20261126175000 },
  { name: 'Migration20261126176000', class: Migration20261126176000 },
  { name: 'Migration20261126177000', class: Migration20261126177000 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261205120000', class: Migration20261205120000 },
  { name: 'Migration20261205120100', class: Migration20261205120100 },
  { name: 'Migration20261205150100', class: Migration20261205150100 },
  { name: 'Migration20261205170300', class: Migration20261205170300 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
];
