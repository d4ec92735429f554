import type { EntityManager } from '@mikro-orm/postgresql';
import { randomUUID } from 'node:crypto';
import {
  FieldCipher,
  SortDirection,
  UserErrorCode,
  listPage,
  userError,
  type Connection,
  type ListArgsValue,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { PaymentProviderKind, type ProviderCredentials } from './payment-provider';
import { PaymentProviderSetting, providerSecretContext } from './payment-provider-setting.entity';
import type { ConfigurePaymentProviderInput, PaymentProviderSettingFilter } from './payment-provider.inputs';

type Result = { paymentProvider: PaymentProviderSetting } | { errors: UserError[] };

/** A workspace's accounts at payment providers; secrets are encrypted before they reach the database. */
export class PaymentProviderService {
  constructor(private readonly cipher: FieldCipher) {}

  /** Creates or replaces the workspace's account at a provider (one per provider). */
  async configure(ctx: RequestContext, input: ConfigurePaymentProviderInput): Promise<Result> {
    const errors: UserError[] = [];
    if (input.provider !== PaymentProviderKind.KASPI) errors.push(userError(UserErrorCode.INVALID, 'Only KASPI is configured; MANUAL payments are recorded with recordPayment', ['provider']));
    const merchantId = input.merchantId.trim();
    if (!merchantId || merchantId.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Merchant id holds 1 to 255 characters', ['merchantId']));
    if (input.secret.length < 16 || input.secret.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Secret holds 16 to 255 characters', ['secret']));
    if (errors.length) return { errors };
    return ctx.em.transactional(async (em) => {
      let setting = await em.findOne(PaymentProviderSetting, { provider: input.provider });
      const id = setting?.id ?? randomUUID();
      const fields = { merchantId, secretEncrypted: this.cipher.encrypt(input.secret, providerSecretContext(id)), secretLast4: input.secret.slice(-4) };
      if (setting) em.assign(setting, fields);
      else setting = em.create(PaymentProviderSetting, { id, provider: input.provider, ...fields });
      await em.flush();
      return { paymentProvider: setting };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<PaymentProviderSettingFilter>): Promise<Connection<PaymentProviderSetting>> {
    return listPage(ctx.em, PaymentProviderSetting, args, { where: [], defaultOrder: [{ field: 'createdAt', direction: SortDirection.DESC }] });
  }

  /** The workspace's decrypted credentials at a provider, or null when it has none. */
  credentials(ctx: RequestContext, provider: PaymentProviderKind): Promise<ProviderCredentials | null> {
    return this.credentialsIn(ctx.em, provider);
  }

  /** The same, in an entity manager already under the workspace's tenant (a provider callback). */
  async credentialsIn(em: EntityManager, provider: PaymentProviderKind): Promise<ProviderCredentials | null> {
    const setting = await em.findOne(PaymentProviderSetting, { provider });
    return setting ? { merchantId: setting.merchantId, secret: this.cipher.decrypt(setting.secretEncrypted, providerSecretContext(setting.id)) } : null;
  }
}
