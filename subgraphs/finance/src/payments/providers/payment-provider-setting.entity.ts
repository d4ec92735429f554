import { Entity, Enum, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '@prometric/core';
import { PaymentProviderKind } from './payment-provider';

registerEnumType(PaymentProviderKind, {
  name: 'PaymentProviderKind',
  description: 'A payment provider finance can work with.',
  valuesConfig: {
    MANUAL: { description: 'Money recorded by hand with recordPayment; nothing to configure.' },
    KASPI: { description: 'A Kaspi-style QR/redirect provider over HTTP, with HMAC-signed callbacks.' },
  },
});

/** The AAD that binds an encrypted provider secret to its row. */
export const providerSecretContext = (settingId: string) => `payment-provider:${settingId}:secret`;

/**
 * A workspace's account at one payment provider. The secret that signs requests and callbacks is
 * stored encrypted (AES-256-GCM with `FieldCipher`, bound to the row) and never returned: the API
 * shows that one is set and its last four characters.
 */
@ObjectType({ description: 'The workspace\'s account at a payment provider. The secret is never readable: only secretSet and its last four characters.' })
@Entity({ tableName: 'payment_provider_setting' })
export class PaymentProviderSetting extends TenantEntity {
  @Field(() => PaymentProviderKind, { description: 'The provider.' })
  @Enum({ items: () => PaymentProviderKind })
  provider!: PaymentProviderKind;

  @Field(() => String, { description: 'The workspace\'s merchant id at the provider.' })
  @Property({ type: 'string' })
  merchantId!: string;

  /** The signing secret, encrypted; see `FieldCipher`. Never a GraphQL field. */
  @Property({ type: 'text' })
  secretEncrypted!: string;

  @Field(() => String, { description: 'The last four characters of the secret, to tell which one is set.' })
  @Property({ type: 'string', length: 4 })
  secretLast4!: string;

  @Field(() => Boolean, { description: 'True: a secret is set (it is never shown).' })
  get secretSet(): boolean & Opt {
    return Boolean(this.secretEncrypted) as boolean & Opt;
  }
}
