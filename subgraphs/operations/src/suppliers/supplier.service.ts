import {
  EntityReads,
  UserErrorCode,
  UserErrorsException,
  idempotentCreate,
  lockAndLoad,
  userError,
  type Connection,
  type RequestContext,
  type UserError,
  searchWhere,
  withUserErrors,
  listPage,
  type ListArgsValue } from '@prometric/core';
import { Supplier } from './supplier.entity';
import type { CreateSupplierInput, SupplierFilter, UpdateSupplierInput } from './supplier.inputs';

type Result = { supplier: Supplier } | { errors: UserError[] };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const CURRENCY = /^[A-Z]{3}$/;
const MAX_LEAD_TIME_DAYS = 3650;

type Fields = { name?: string | null; email?: string | null; phone?: string | null; leadTimeDays?: number | null; currency?: string | null };

/** Validates and normalises the given fields; `required` lists those that must be present. */
function clean(input: Fields, required: boolean): { values: Partial<Supplier>; errors: UserError[] } {
  const errors: UserError[] = [];
  const values: Partial<Supplier> = {};
  if (input.name !== undefined || required) {
    const name = input.name?.trim() ?? '';
    if (!name) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    else if (name.length > 255) errors.push(userError(UserErrorCode.INVALID, 'Name is limited to 255 characters', ['name']));
    values.name = name;
  }
  if (input.email !== undefined) {
    const email = input.email?.trim() || null;
    if (email != null && (!EMAIL.test(email) || email.length > 255)) errors.push(userError(UserErrorCode.INVALID, 'Email is not a valid address', ['email']));
    values.email = email;
  }
  if (input.phone !== undefined) {
    const phone = input.phone?.trim() || null;
    if (phone != null && phone.length > 64) errors.push(userError(UserErrorCode.INVALID, 'Phone is limited to 64 characters', ['phone']));
    values.phone = phone;
  }
  if (input.leadTimeDays != null) {
    if (!Number.isInteger(input.leadTimeDays) || input.leadTimeDays < 0 || input.leadTimeDays > MAX_LEAD_TIME_DAYS) {
      errors.push(userError(UserErrorCode.INVALID, `Lead time must be 0–${MAX_LEAD_TIME_DAYS} days`, ['leadTimeDays']));
    }
    values.leadTimeDays = input.leadTimeDays;
  }
  if (input.currency != null || required) {
    const currency = input.currency?.trim().toUpperCase() ?? '';
    if (!CURRENCY.test(currency)) errors.push(userError(UserErrorCode.INVALID, 'Currency must be an ISO 4217 code such as USD', ['currency']));
    values.currency = currency;
  }
  return { values, errors };
}

/** Suppliers: who purchase orders go to. */
export class SupplierService extends EntityReads(Supplier, 'Supplier') {
  async create(ctx: RequestContext, input: CreateSupplierInput): Promise<Result> {
    const { values, errors } = clean(input, true);
    if (errors.length) return { errors };
    const supplier = await idempotentCreate(
      ctx.em,
      'createSupplier',
      input.idempotencyKey,
      // `clean(input, true)` has refused a missing name or currency already.
      async (em) => em.create(Supplier, { ...values, name: values.name ?? '', currency: values.currency ?? '', leadTimeDays: values.leadTimeDays ?? 0 }),
      (em, id) => em.findOneOrFail(Supplier, id),
    );
    return { supplier };
  }

  async update(ctx: RequestContext, input: UpdateSupplierInput): Promise<Result> {
    const { values, errors } = clean(input, false);
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const supplier = await ctx.em.transactional(async (em) => {
        const found = await lockAndLoad(em, Supplier, input.id);
        if (!found) throw new UserErrorsException([userError(UserErrorCode.NOT_FOUND, 'Supplier not found', ['id'])]);
        Object.assign(found, values);
        await em.flush();
        return found;
      });
      return { supplier };
    });
  }

  list(ctx: RequestContext, args: ListArgsValue<SupplierFilter>): Promise<Connection<Supplier>> {
    return listPage(ctx.em, Supplier, args, { where: [searchWhere<Supplier>(args.filter?.search, ['name', 'email'])], defaultOrder: [{ field: 'name' }] });
  }
}
