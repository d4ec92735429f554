import { WorkCenter } from './work-centers/work-center.entity';
import { Migration20261126180000 } from '../migrations/Migration20261126180000';
import { Migration20261126180100 } from '../migrations/Migration20261126180100';

export const PRODUCTION_SCHEMA = 'production';
export const productionEntities = [WorkCenter];
export const productionMigrations = [
  { name: 'Migration20261126180000', class: Migration20261126180000 },
  { name: 'Migration20261126180100', class: Migration20261126180100 },
];
