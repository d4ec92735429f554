import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type RequestContext, toPayload } from '@prometric/core';
import { PaymentProviderSetting } from './payment-provider-setting.entity';
import { PaymentProviderService } from './payment-provider.service';
import { ConfigurePaymentProviderInput, ConfigurePaymentProviderPayload, PaymentProviderSettingConnection, PaymentProvidersArgs } from './payment-provider.inputs';

@Resolver(() => PaymentProviderSetting)
export class PaymentProviderResolver {
  constructor(private readonly service: PaymentProviderService) {}

  @Query(() => PaymentProviderSettingConnection, { description: 'The workspace\'s payment provider accounts, newest first; secrets are never shown.' })
  paymentProviders(@Args(() => PaymentProvidersArgs) args: InstanceType<typeof PaymentProvidersArgs>, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx, args);
  }

  @Mutation(() => ConfigurePaymentProviderPayload, {
    description: 'Sets (or replaces) the workspace\'s merchant id and signing secret at a payment provider. The secret is stored encrypted and never returned. INVALID in errors.',
  })
  async configurePaymentProvider(
    @Arg('input', () => ConfigurePaymentProviderInput, { description: 'The provider, merchant id and secret.' }) input: ConfigurePaymentProviderInput,
    @Ctx() ctx: RequestContext,
  ): Promise<ConfigurePaymentProviderPayload> {
    return toPayload(await this.service.configure(ctx, input));
  }
}
