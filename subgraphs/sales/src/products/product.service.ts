import {
  EntityReads,
  Decimal,
  UserErrorCode,
  isUuid,
  UserErrorsException,
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
import { Product } from './product.entity';
import { CustomFieldEntity } from '../custom-fields/custom-field.entity';
import type { CustomFieldService } from '../custom-fields/custom-field.service';
import type { CreateProductInput, ProductFilter, UpdateProductInput } from './product.inputs';

const SKU = /^[A-Za-z0-9][A-Za-z0-9._\-/]{0,63}$/;
const DB_FIELDS = { product_sku_unique: ['sku'] };

/** Prices and costs are numeric(18, 2): 16 digits before the point. */
const MAX_AMOUNT = new Decimal('1e16');

type Result = { product: Product } | { errors: UserError[] };

function validateAmounts(input: { price?: string | null; cost?: string | null; taxRate?: string | null; metadata?: unknown }): UserError[] {
  const errors: UserError[] = [...metadataErrors(input.metadata)];
  for (const [field, amount] of [['price', input.price], ['cost', input.cost]] as const) {
    if (amount == null) continue;
    if (new Decimal(amount).isNegative()) errors.push(userError(UserErrorCode.INVALID, `${field === 'price' ? 'Price' : 'Cost'} cannot be negative`, [field]));
    else if (new Decimal(amount).gte(MAX_AMOUNT)) errors.push(userError(UserErrorCode.INVALID, `${field} is limited to 16 integer digits`, [field]));
  }
  if (input.taxRate != null && (new Decimal(input.taxRate).isNegative() || new Decimal(input.taxRate).gte(1))) {
    errors.push(userError(UserErrorCode.INVALID, 'Tax rate is a fraction from 0 to below 1 ("0.12" is 12%)', ['taxRate']));
  }
  return errors;
}

/** Products: catalogue rules (unique SKU, non-negative prices, tax as a fraction). */
export class ProductService extends EntityReads(Product, 'Product') {
  constructor(private readonly customFields: CustomFieldService) {
    super();
  }

  async create(ctx: RequestContext, input: CreateProductInput): Promise<Result> {
    const principal = requirePrincipal(ctx);
    const sku = input.sku.trim();
    const errors = validateAmounts(input);
    if (!SKU.test(sku)) errors.push(userError(UserErrorCode.INVALID, 'SKU must be 1–64 letters, digits or . _ - /', ['sku']));
    if (!input.name.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Name is required', ['name']));
    errors.push(...lengthErrors(input.name, 'name'));
    if (errors.length) return { errors };
    return withUserErrors(async () => {
      const product = await idempotentCreate(
        ctx.em,
        'createProduct',
        input.idempotencyKey,
        async (em) => {
          const customFields = await this.customFields.checked(em, CustomFieldEntity.PRODUCT, input.customFields, 'create');
          if (await em.count(Product, { sku })) throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `SKU ${sku} already exists`, ['sku'])]);
          return em.create(Product, {
            sku,
            name: input.name.trim(),
            priceAmount: input.price,
            costAmount: input.cost ?? null,
            taxRate: input.taxRate ?? '0',
            currency: principal.currency,
            customFields: customFields ?? {},
            metadata: input.metadata ?? {},
          });
        },
        (em, id) => em.findOneOrFail(Product, id, { filters: { softDelete: false } }),
      );
      return { product };
    }, DB_FIELDS);
  }

  async update(ctx: RequestContext, input: UpdateProductInput): Promise<Result> {
    const errors = validateAmounts(input);
    if (input.name != null && !input.name.trim()) errors.push(userError(UserErrorCode.REQUIRED, 'Name cannot be empty', ['name']));
    errors.push(...lengthErrors(input.name, 'name'));
    if (errors.length) return { errors };
    return withUserErrors(() =>
      ctx.em.transactional(async (em) => {
        const product = isUuid(input.id) ? await em.findOne(Product, input.id) : null;
        if (!product) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Product not found', ['id'])] };
        const customFields = await this.customFields.checked(em, CustomFieldEntity.PRODUCT, input.customFields, 'update');
        if (input.name != null) product.name = input.name.trim();
        if (input.price != null) product.priceAmount = input.price;
        if (input.cost != null) product.costAmount = input.cost;
        if (input.taxRate != null) product.taxRate = input.taxRate;
        if (customFields) product.customFields = customFields;
        if (input.metadata != null) product.metadata = input.metadata;
        return { product };
      }),
    );
  }

  /** Soft delete: the row stays for audit (deletedAt/deletedBy), hidden from every read; its SKU is free again. */
  async delete(ctx: RequestContext, id: string): Promise<Result> {
    const principal = requirePrincipal(ctx);
    return ctx.em.transactional(async (em) => {
      const product = isUuid(id) ? await em.findOne(Product, id) : null;
      if (!product) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Product not found', ['id'])] };
      product.deletedAt = new Date();
      product.deletedBy = principal.userId;
      return { product };
    });
  }

  async list(ctx: RequestContext, args: ListArgsValue<ProductFilter>): Promise<Connection<Product>> {
    const f = args.filter;
    const custom = await this.customFields.where(ctx.em, CustomFieldEntity.PRODUCT, f?.customFields);
    return listPage(ctx.em, Product, args, {
      where: [searchWhere<Product>(f?.search, ['sku', 'name']), ...custom],
      defaultOrder: [{ field: 'name' }],
    });
  }
}
