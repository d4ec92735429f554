import { OrderSnapshot } from './orders/order-snapshot.entity';
import { Invoice } from './invoices/invoice.entity';
import { Payment } from './payments/payment.entity';
import { Migration20261126160000 } from '../migrations/Migration20261126160000';
import { Migration20261126160100 } from '../migrations/Migration20261126160100';

export const FINANCE_SCHEMA = 'finance';
export const financeEntities = [OrderSnapshot, Invoice, Payment];
export const financeMigrations = [
  { name: 'Migration20261126160000', class: Migration20261126160000 },
  { name: 'Migration20261126160100', class: Migration20261126160100 },
];
