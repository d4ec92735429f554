import { WorkCenter } from './work-centers/work-center.entity';
import { Migration20261126180000 } from '../migrations/Migration20261126180000';
import { Migration20261126180100 } from '../migrations/Migration20261126180100';
import { Migration20261126180200 } from '../migrations/Migration20261126180200';
import { ProductionOrder } from './production-orders/production-order.entity';
import { BillOfMaterials, BomLine } from './bill-of-materials/bill-of-materials.entity';
import { MaintenanceRequest, MaintenanceSchedule } from './maintenance/maintenance.entity';
import { Migration20261126180500 } from '../migrations/Migration20261126180500';
import { Migration20261126180600 } from '../migrations/Migration20261126180600';
import { WorkOrder } from './work-orders/work-order.entity';
import { QualityInspection } from './quality/quality-inspection.entity';
import { Migration20261126200000 } from '../migrations/Migration20261126200000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261205120000 } from '../migrations/Migration20261205120000';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';

export const PRODUCTION_SCHEMA = 'production';
export const productionEntities = [WorkCenter, ProductionOrder, BillOfMaterials, BomLine, MaintenanceSchedule, MaintenanceRequest, WorkOrder, QualityInspection];
export const productionMigrations = [
  { name: 'Migration20261126180000', class: Migration20261126180000 },
  { name: 'Migration20261126180100', class: Migration20261126180100 },
  { name: 'Migration20261126180200', class: Migration20261126180200 },
  { name: 'Migration20261126180500', class: Migration20261126180500 },
  { name: 'Migration20261126180600', class: Migration20261126180600 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261205120000', class: Migration20261205120000 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
];
