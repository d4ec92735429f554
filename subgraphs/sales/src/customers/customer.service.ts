import {
  EntityReads,
  Decimal,
  UserErrorCode,
  idempotentCreate,
  requirePrincipal,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  searchWhere,
  withUserErrors,
  listPage,
  type ListArgsValue,
  metadataErrors,
  lengthErrors,
} from '@prometric/core';
import { Customer } from './customer.entity';
import { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import type { CustomFieldService } from '../custom-fields/custom-field.service';
import type { CreateCustomerInput, CustomerFilter } from './customer.inputs';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Customers of the workspace. */
export class CustomerService extends EntityReads(Customer, 'Customer') {
  constructor(private readonly customFields: CustomFieldService) {
    super();
  }

  async create(ctx: RequestContext, input: CreateCustomerInput): Promise<{ customer: Customer } | { errors: UserError[] }> {
    const principal = requirePrincipal(ctx);
    const errors: UserError[] = [];
    if (!input.name.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    errors.push(...lengthErrors(input.name, 'name'));
    if (input.email && !EMAIL.test(input.email.trim())) errors.push(userError(UserErrorCode.INVALID, 'Email is not valid', ['email']));
    if (input.creditLimit != null && new Decimal(input.creditLimit).isNegative()) {
      errors.push(userError(UserErrorCode.INVALID, 'Credit limit cannot be negative', ['creditLimit']));
    }
    if (input.group != null && (!input.group.trim() || input.group.trim().length > 50)) errors.push(userError(UserErrorCode.INVALID, 'A group name has 1 to 50 characters', ['group']));
    errors.push(...metadataErrors(input.metadata));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const customer = await idempotentCreate(
        ctx.em,
        'createCustomer',
        input.idempotencyKey,
        async (em) => {
          const customFields = await this.customFields.checked(em, CustomFieldEntity.CUSTOMER, input.customFields, 'create');
          return em.create(Customer, {
            name: input.name.trim(),
            email: input.email?.trim().toLowerCase() || null,
            phone: input.phone?.trim() || null,
            creditLimitAmount: input.creditLimit ?? null,
            group: input.group?.trim() || null,
            currency: principal.currency,
            customFields: customFields ?? {},
            metadata: input.metadata ?? {},
          });
        },
        (em, id) => em.findOneOrFail(Customer, id),
      );
      return { customer };
    });
  }

  async list(ctx: RequestContext, args: ListArgsValue<CustomerFilter>): Promise<Connection<Customer>> {
    const f = args.filter;
    const custom = await this.customFields.where(ctx.em, CustomFieldEntity.CUSTOMER, f?.customFields);
    return listPage(ctx.em, Customer, args, {
      where: [searchWhere<Customer>(f?.search, ['name', 'email']), ...custom],
      defaultOrder: [{ field: 'name' }],
    });
  }
}
