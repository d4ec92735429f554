import { Product } from './products/product.entity';
import { Customer } from './customers/customer.entity';
import { Deal, DealLine } from './deals/deal.entity';
import { Order, OrderLine } from './orders/order.entity';
import { CustomFieldDefinition } from './custom-fields/custom-field.entity';
import { PriceList, PriceListItem } from './pricing/price-list.entity';
import { Migration20261126000000 } from '../migrations/Migration20261126000000';
import { Migration20261126110000 } from '../migrations/Migration20261126110000';
import { Migration20261126120000 } from '../migrations/Migration20261126120000';
import { Migration20261126100000 } from '../migrations/Migration20261126100000';
import { Migration20261126150000 } from '../migrations/Migration20261126150000';
import { Migration20261126200000 } from '../migrations/Migration20261126200000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261204140100 } from '../migrations/Migration20261204140100';
import { Migration20261205120000 } from '../migrations/Migration20261205120000';
import { Migration20261205120100 } from '../migrations/Migration20261205120100';
import { Migration20261205120300 } from '../migrations/Migration20261205120300';
import { Migration20261205140100 } from '../migrations/Migration20261205140100';
import { Migration20261205120400 } from '../migrations/Migration20261205120400';
import { Migration20261205170100 } from '../migrations/Migration20261205170100';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';

export const SALES_SCHEMA = 'sales';
export const salesEntities = [Product, Customer, Deal, DealLine, Order, OrderLine, CustomFieldDefinition, PriceList, PriceListItem];
export const salesMigrations = [
  { name: 'Migration20261126000000', class: Migration20261126000000 },
  { name: 'Migration20261126100000', class: Migration20261126100000 },
  { name: 'Migration20261126110000', class: Migration20261126110000 },
  { name: 'Migration20261126120000', class: Migration20261126120000 },
  { name: 'Migration20261126150000', class: Migration20261126150000 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261204140100', class: Migration20261204140100 },
  { name: 'Migration20261205120000', class: Migration20261205120000 },
  { name: 'Migration20261205120100', class: Migration20261205120100 },
  { name: 'Migration20261205120300', class: Migration20261205120300 },
  { name: 'Migration20261205140100', class: Migration20261205140100 },
  { name: 'Migration20261205120400', class: Migration20261205120400 },
  { name: 'Migration20261205170100', class: Migration20261205170100 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
];
