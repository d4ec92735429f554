import { Warehouse } from './warehouses/warehouse.entity';
import { StockLevel, StockMovement } from './stock/stock.entity';
import { Reservation } from './reservations/reservation.entity';
import { Migration20261126130000 } from '../migrations/Migration20261126130000';
import { Migration20261126130100 } from '../migrations/Migration20261126130100';
import { Migration20261126140000 } from '../migrations/Migration20261126140000';
import { Migration20261126150000 } from '../migrations/Migration20261126150000';

export const OPERATIONS_SCHEMA = 'operations';
export const operationsEntities = [Warehouse, StockMovement, StockLevel, Reservation];
export const operationsMigrations = [
  { name: 'Migration20261126130000', class: Migration20261126130000 },
  { name: 'Migration20261126130100', class: Migration20261126130100 },
  { name: 'Migration20261126140000', class: Migration20261126140000 },
  { name: 'Migration20261126150000', class: Migration20261126150000 },
];
