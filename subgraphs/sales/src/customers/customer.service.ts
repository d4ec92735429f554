import type { FilterQuery } from '@mikro-orm/core';
import {
  Decimal,
  UserErrorCode,
  byIdLoader,
  loadOrNotFound,
  customFieldsFilter,
  idempotentCreate,
  paginate,
  requirePrincipal,
  userError,
  type Connection,
  type PageArgs,
  type RequestContext,
  type UserError,
  likePattern,
  withUserErrors,
} from '@prometric/core';
import { Customer } from './customer.entity';
import type { CreateCustomerInput, CustomerFilter } from './customer.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Customers of the workspace. */
export class CustomerService {
  async create(ctx: RequestContext, input: CreateCustomerInput): Promise<{ customer: Customer } | { errors: UserError[] }> {
    const principal = requirePrincipal(ctx);
    const errors: UserError[] = [];
    if (!input.name.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    if (input.email && !EMAIL.test(input.email.trim())) errors.push(userError(UserErrorCode.INVALID, 'Email is not valid', ['email']));
    if (input.creditLimit != null && new Decimal(input.creditLimit).isNegative()) {
      errors.push(userError(UserErrorCode.INVALID, 'Credit limit cannot be negative', ['creditLimit']));
    }
    if (input.customFields != null && (typeof input.customFields !== 'object' || Array.isArray(input.customFields))) {
      errors.push(userError(UserErrorCode.INVALID, 'Custom fields must be a JSON object', ['customFields']));
    }
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const customer = await idempotentCreate(
        ctx.em,
        'createCustomer',
        input.idempotencyKey,
        async (em) =>
          em.create(Customer, {
            name: input.name.trim(),
            email: input.email?.trim().toLowerCase() || null,
            phone: input.phone?.trim() || null,
            creditLimitAmount: input.creditLimit ?? null,
            currency: principal.currency,
            customFields: input.customFields ?? {},
          }),
        (em, id) => em.findOneOrFail(Customer, id),
      );
      return { customer };
    });
  }

  get(ctx: RequestContext, id: string): Promise<Customer> {
    return loadOrNotFound(ctx, Customer, id, 'Customer');
  }

  list(ctx: RequestContext, page: PageArgs, filter?: CustomerFilter | null): Promise<Connection<Customer>> {
    const where: FilterQuery<Customer> = {};
    const search = filter?.search?.trim();
    if (search) {
      const like = likePattern(search);
      where.$or = [{ name: { $ilike: like } }, { email: { $ilike: like } }];
    }
    const custom = customFieldsFilter(filter?.customFields);
    if (custom) where.customFields = custom;
    return paginate(ctx.em, Customer, where, page, [{ name: 'asc' }, { id: 'asc' }]);
  }

  loader(ctx: RequestContext) {
    return byIdLoader(ctx, Customer);
  }
}
