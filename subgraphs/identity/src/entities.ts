import { Organization } from './tenants/organization.entity';
import { Workspace } from './tenants/workspace.entity';
import { User } from './users/user.entity';
import { Membership } from './members/membership.entity';
import { RefreshToken } from './auth/refresh-token.entity';
import { ApiKey } from './api-keys/api-key.entity';
import { Migration20261126000000 } from '../migrations/Migration20261126000000';
import { Migration20261126110000 } from '../migrations/Migration20261126110000';
import { Migration20261126150000 } from '../migrations/Migration20261126150000';
import { Migration20261204100000 } from '../migrations/Migration20261204100000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261205500000 } from '../migrations/Migration20261205500000';
import { Migration20261205500100 } from '../migrations/Migration20261205500100';
import { Migration20261205120200 } from '../migrations/Migration20261205120200';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';

export const IDENTITY_SCHEMA = 'identity';
export const identityEntities = [Organization, Workspace, User, Membership, RefreshToken, ApiKey];
export const identityMigrations = [
  { name: 'Migration20261126000000', class: Migration20261126000000 },
  { name: 'Migration20261126110000', class: Migration20261126110000 },
  { name: 'Migration20261126150000', class: Migration20261126150000 },
  { name: 'Migration20261204100000', class: Migration20261204100000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261205500000', class: Migration20261205500000 },
  { name: 'Migration20261205500100', class: Migration20261205500100 },
  { name: 'Migration20261205120200', class: Migration20261205120200 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
];
