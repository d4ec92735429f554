import { Field, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, ListFilter, TIMESTAMP_SORT_FIELDS, UserError, listArgs, orderByInput } from '@prometric/core';
import { PaymentProviderKind } from './payment-provider';
import { PaymentProviderSetting } from './payment-provider-setting.entity';

@InputType({ description: 'The workspace\'s account at a payment provider.' })
export class ConfigurePaymentProviderInput {
  @Field(() => PaymentProviderKind, { description: 'The provider; MANUAL needs no configuration and is refused.' })
  provider!: PaymentProviderKind;

  @Field(() => String, { description: 'The workspace\'s merchant id at the provider (1 to 255 characters).' })
  merchantId!: string;

  @Field(() => String, { description: 'The secret the provider signs callbacks with and we sign requests with (16 to 255 characters); stored encrypted, never returned.' })
  secret!: string;
}

@ObjectType({ description: 'Result of configurePaymentProvider.' })
export class ConfigurePaymentProviderPayload {
  @Field(() => PaymentProviderSetting, { nullable: true, description: 'The provider account, without its secret.' })
  paymentProvider?: PaymentProviderSetting | null;

  @Field(() => [UserError], { description: 'Why it was refused (INVALID); empty on success. Nothing is written when refused.' })
  errors!: UserError[];
}

export const PaymentProviderSettingConnection = ConnectionType(PaymentProviderSetting, 'PaymentProviderSetting', 'A page of payment provider accounts.');

@InputType({ description: 'Narrows the payment provider list.' })
export class PaymentProviderSettingFilter extends ListFilter {}

export const PaymentProviderSettingOrderBy = orderByInput('PaymentProviderSetting', TIMESTAMP_SORT_FIELDS, 'payment provider');
export const PaymentProvidersArgs = listArgs(PaymentProviderSettingFilter, PaymentProviderSettingOrderBy, 'newest first');
