import type { EntityManager } from '@mikro-orm/core';
import {
  CUSTOM_FIELD_KEY,
  MAX_CUSTOM_FIELDS_PER_ENTITY,
  UserErrorCode,
  UserErrorsException,
  checkCustomFields,
  customFieldOptionsErrors,
  customFieldsMatchFunction,
  customFieldsWhere,
  isUuid,
  lengthErrors,
  requirePrincipal,
  userError,
  withUserErrors,
  type CustomFieldFilter,
  type CustomFieldRule,
  type RequestContext,
  type UserError,
} from '@prometric/core';
import { CustomFieldDefinition, type CustomFieldEntity } from './custom-field.entity';
import { SALES_SCHEMA } from '../entities';
import type { DefineCustomFieldInput, UpdateCustomFieldInput } from './custom-field.inputs';

type Result = { customField: CustomFieldDefinition } | { errors: UserError[] };

const DB_FIELDS = { custom_field_definition_key_unique: ['key'] };

/** The table of each type (its `custom_fields` column has the GIN index and the match function). */
const CUSTOM_FIELD_TABLES: Record<CustomFieldEntity, string> = { PRODUCT: 'product', CUSTOMER: 'customer', DEAL: 'deal', ORDER: 'sales_order' };

/**
 * Custom field definitions of the sales types, and what the other sales services ask of them: the
 * check of a `customFields` input and the conditions of a `customFields` list filter.
 */
export class CustomFieldService {
  async define(ctx: RequestContext, input: DefineCustomFieldInput): Promise<Result> {
    requirePrincipal(ctx);
    const key = input.key.trim();
    const label = input.label?.trim() || key;
    const errors: UserError[] = [];
    if (!CUSTOM_FIELD_KEY.test(key)) errors.push(userError(UserErrorCode.INVALID, 'A key is a lower-case letter, then lower-case letters, digits or _ (at most 40)', ['key']));
    errors.push(...lengthErrors(label, 'label'), ...customFieldOptionsErrors(input.type, input.options));
    if (errors.length) return { errors };
    return withUserErrors(
      () =>
        ctx.em.transactional(async (em) => {
          if (await em.count(CustomFieldDefinition, { entity: input.entity, key })) {
            throw new UserErrorsException([userError(UserErrorCode.CONFLICT, `${input.entity} already has a custom field ${key}`, ['key'])]);
          }
          if ((await em.count(CustomFieldDefinition, { entity: input.entity })) >= MAX_CUSTOM_FIELDS_PER_ENTITY) {
            throw new UserErrorsException([userError(UserErrorCode.INVALID, `${input.entity} has the most custom fields a type may have (${MAX_CUSTOM_FIELDS_PER_ENTITY})`, ['entity'])]);
          }
          const customField = em.create(CustomFieldDefinition, {
            entity: input.entity,
            key,
            label,
            type: input.type,
            options: input.options?.length ? input.options : null,
            required: input.required ?? false,
          });
          return { customField };
        }),
      DB_FIELDS,
    );
  }

  async update(ctx: RequestContext, input: UpdateCustomFieldInput): Promise<Result> {
    requirePrincipal(ctx);
    const label = input.label?.trim();
    if (input.label != null && !label) return { errors: [userError(UserErrorCode.REQUIRED, 'Label cannot be empty', ['label'])] };
    const tooLong = lengthErrors(label, 'label');
    if (tooLong.length) return { errors: tooLong };
    return ctx.em.transactional(async (em) => {
      const customField = isUuid(input.id) ? await em.findOne(CustomFieldDefinition, input.id) : null;
      if (!customField) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Custom field not found', ['id'])] };
      if (input.options != null) {
        const invalid = customFieldOptionsErrors(customField.type, input.options);
        if (invalid.length) return { errors: invalid };
        customField.options = input.options;
      }
      if (label) customField.label = label;
      if (input.required != null) customField.required = input.required;
      return { customField };
    });
  }

  /** Removes a definition (kept for audit; the key can be defined again). Values already stored stay in the objects, unchecked and not filterable. */
  async delete(ctx: RequestContext, id: string): Promise<Result> {
    const principal = requirePrincipal(ctx);
    return ctx.em.transactional(async (em) => {
      const customField = isUuid(id) ? await em.findOne(CustomFieldDefinition, id) : null;
      if (!customField) return { errors: [userError(UserErrorCode.NOT_FOUND, 'Custom field not found', ['id'])] };
      customField.deletedAt = new Date();
      customField.deletedBy = principal.userId;
      return { customField };
    });
  }

  /** The workspace's definitions of one type, by key. */
  list(ctx: RequestContext, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    requirePrincipal(ctx);
    return this.rules(ctx.em, entity);
  }

  /** The definitions of one type in the workspace of `em` (a request's fork or its transaction). */
  rules(em: EntityManager, entity: CustomFieldEntity): Promise<CustomFieldDefinition[]> {
    return em.find(CustomFieldDefinition, { entity }, { orderBy: { key: 'asc' } });
  }

  /**
   * A `customFields` input checked against the type's definitions (see `checkCustomFields`): the
   * object to store, or null when the input was omitted on update; refusals are thrown as
   * UserErrorsException (nothing is written).
   */
  async checked(em: EntityManager, entity: CustomFieldEntity, input: unknown, mode: 'create' | 'update'): Promise<Record<string, string | number | boolean> | null> {
    if (input == null && mode === 'update') return null;
    const { customFields, errors } = checkCustomFields(await this.rules(em, entity), input, mode);
    if (errors.length) throw new UserErrorsException(errors);
    return customFields;
  }

  /** The conditions of a list's `customFields` filter (BAD_USER_INPUT on `filter` for an unknown key or a bad value). */
  async where(em: EntityManager, entity: CustomFieldEntity, filters: readonly CustomFieldFilter[] | null | undefined): Promise<object[]> {
    if (!filters?.length) return [];
    const rules: CustomFieldRule[] = await this.rules(em, entity);
    return customFieldsWhere(rules, filters, customFieldsMatchFunction(SALES_SCHEMA, CUSTOM_FIELD_TABLES[entity]));
  }
}
