import { Entity, Enum, Property } from '@mikro-orm/core';
import { TenantEntity } from '@prometric/core';
import { PaymentProviderKind, ProviderEventStatus } from './payment-provider';
import { CallbackAction, PaymentRequestStatus } from './payment-request-status';

/**
 * A verified provider callback, kept once per (workspace, provider, event id): a duplicate delivery
 * finds its row and changes nothing. It says what the callback did, for whoever reconciles later.
 */
@Entity({ tableName: 'payment_provider_event' })
export class PaymentProviderEvent extends TenantEntity {
  @Property({ type: 'uuid' })
  paymentRequestId!: string;

  @Enum({ items: () => PaymentProviderKind })
  provider!: PaymentProviderKind;

  @Property({ type: 'string' })
  eventId!: string;

  @Enum({ items: () => ProviderEventStatus })
  status!: ProviderEventStatus;

  @Property({ type: 'decimal', precision: 18, scale: 2 })
  amount!: string;

  @Enum({ items: () => PaymentRequestStatus })
  requestStatusBefore!: PaymentRequestStatus;

  @Enum({ items: () => PaymentRequestStatus })
  requestStatusAfter!: PaymentRequestStatus;

  @Enum({ items: () => CallbackAction })
  action!: CallbackAction;
}
