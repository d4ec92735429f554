import { OrderSnapshot } from './orders/order-snapshot.entity';
import { Invoice } from './invoices/invoice.entity';
import { Payment } from './payments/payment.entity';
import { CreditNote } from './credit-notes/credit-note.entity';
import { Expense } from './expenses/expense.entity';
import { Webhook, WebhookDelivery } from './webhooks/webhook.entity';
import { PaymentProviderSetting } from './payments/providers/payment-provider-setting.entity';
import { PaymentRequest } from './payments/providers/payment-request.entity';
import { Migration20261126160000 } from '../migrations/Migration20261126160000';
import { Migration20261126160100 } from '../migrations/Migration20261126160100';
import { Migration20261126160200 } from '../migrations/Migration20261126160200';
import { Migration20261126160300 } from '../migrations/Migration20261126160300';
import { Migration20261126200000 } from '../migrations/Migration20261126200000';
import { Migration20261204140000 } from '../migrations/Migration20261204140000';
import { Migration20261205090000 } from '../migrations/Migration20261205090000';
import { Migration20261205120000 } from '../migrations/Migration20261205120000';
import { Migration20261205120100 } from '../migrations/Migration20261205120100';
import { Migration20261205150200 } from '../migrations/Migration20261205150200';
import { Migration20261205170200 } from '../migrations/Migration20261205170200';
import { Migration20261205160100 } from '../migrations/Migration20261205160100';
import { Migration20261205130100 } from '../migrations/Migration20261205130100';
import { Migration20261206090000 } from '../migrations/Migration20261206090000';
import { PaymentProviderEvent } from './payments/providers/payment-provider-event.entity';
import { Refund } from './payments/refunds/refund.entity';

export const FINANCE_SCHEMA = 'finance';
export const financeEntities = [OrderSnapshot, Invoice, Payment, CreditNote, Expense, Webhook, WebhookDelivery, PaymentProviderSetting, PaymentRequest, PaymentProviderEvent, Refund];
export const financeMigrations = [
  { name: 'Migration20261126160000', class: Migration20261126160000 },
  { name: 'Migration20261126160100', class: Migration20261126160100 },
  { name: 'Migration20261126160200', class: Migration20261126160200 },
  { name: 'Migration20261126160300', class: Migration20261126160300 },
  { name: 'Migration20261126200000', class: Migration20261126200000 },
  { name: 'Migration20261204140000', class: Migration20261204140000 },
  { name: 'Migration20261205090000', class: Migration20261205090000 },
  { name: 'Migration20261205120000', class: Migration20261205120000 },
  { name: 'Migration20261205120100', class: Migration20261205120100 },
  { name: 'Migration20261205150200', class: Migration20261205150200 },
  { name: 'Migration20261205170200', class: Migration20261205170200 },
  { name: 'Migration20261205160100', class: Migration20261205160100 },
  { name: 'Migration20261205130100', class: Migration20261205130100 },
  { name: 'Migration20261206090000', class: Migration20261206090000 },
];
