import { Department } from './departments/department.entity';
import { Migration20261126190000 } from '../migrations/Migration20261126190000';
import { Migration20261126190100 } from '../migrations/Migration20261126190100';

export const HR_SCHEMA = 'hr';
export const hrEntities = [Department];
export const hrMigrations = [
  { name: 'Migration20261126190000', class: Migration20261126190000 },
  { name: 'Migration20261126190100', class: Migration20261126190100 },
];
