import { raw, type FilterQuery } from '@mikro-orm/core';
import { Field, InputType } from 'type-graphql';
import { BadUserInputError, UserErrorCode, userError, type UserError } from '../errors';
import { likePattern } from '../db/like';
import { JSONScalar } from './scalars';
import { defineEnum, type EnumValue } from './define-enum';

/**
 * Custom fields: a workspace defines typed fields per entity type, values are checked against the
 * definitions on every write, and lists filter on them. What a subgraph needs is here (the value
 * rules, the filter input and its SQL, the definition rules); the definitions table is
 * `customFieldDefinitionTableSql` (db/custom-fields.sql.ts) and its entity lives in the owning
 * subgraph (sales' `custom-fields` module is the model).
 */

/** What a custom field holds. */
export const CustomFieldType = defineEnum('CustomFieldType', 'What a custom field holds; values are checked against it on every create and update.', {
  TEXT: 'A string of at most 1,000 characters.',
  NUMBER: 'A JSON number (a numeric string such as "12.5" is taken as the number), stored as a number.',
  DATE: 'A calendar date as "YYYY-MM-DD".',
  BOOLEAN: 'true or false.',
  SELECT: 'One of the options of its definition.',
});
export type CustomFieldType = EnumValue<typeof CustomFieldType>;

/** The part of a definition the value and filter rules need. */
export interface CustomFieldRule {
  key: string;
  type: CustomFieldType;
  options?: string[] | null;
  required: boolean;
}

/** Keys: a lower-case letter, then lower-case letters, digits or _, at most 40 in all. */
export const CUSTOM_FIELD_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_CUSTOM_FIELD_TEXT = 1000;
export const MAX_CUSTOM_FIELD_OPTIONS = 100;
export const MAX_CUSTOM_FIELD_OPTION_LENGTH = 100;
/** Most definitions one entity type of a workspace holds (so `customFields(entity)` is one short list). */
export const MAX_CUSTOM_FIELDS_PER_ENTITY = 100;
/** Most custom-field conditions in one list filter, and most values of one `in`. */
export const MAX_CUSTOM_FIELD_FILTERS = 10;
export const MAX_CUSTOM_FIELD_IN_VALUES = 100;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const NUMERIC_TEXT = /^-?\d+(\.\d+)?$/;

function isRealDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The value as stored for its definition (numbers as JSON numbers), or why it is refused. */
export function customFieldValue(rule: CustomFieldRule, value: unknown): { value: string | number | boolean } | { refused: string } {
  switch (rule.type) {
    case CustomFieldType.TEXT:
      if (typeof value !== 'string') return { refused: `${rule.key} must be a text` };
      if (value.length > MAX_CUSTOM_FIELD_TEXT) return { refused: `${rule.key} is limited to ${MAX_CUSTOM_FIELD_TEXT} characters` };
      return { value };
    case CustomFieldType.NUMBER: {
      const n = typeof value === 'number' ? value : typeof value === 'string' && NUMERIC_TEXT.test(value.trim()) ? Number(value.trim()) : NaN;
      return Number.isFinite(n) ? { value: n } : { refused: `${rule.key} must be a number` };
    }
    case CustomFieldType.DATE:
      return typeof value === 'string' && isRealDate(value) ? { value } : { refused: `${rule.key} must be a date as YYYY-MM-DD` };
    case CustomFieldType.BOOLEAN:
      return typeof value === 'boolean' ? { value } : { refused: `${rule.key} must be true or false` };
    case CustomFieldType.SELECT:
      return typeof value === 'string' && (rule.options ?? []).includes(value) ? { value } : { refused: `${rule.key} must be one of: ${(rule.options ?? []).join(', ')}` };
  }
}

/**
 * Checks a `customFields` input against the entity type's definitions: the stored object (typed
 * values; null entries dropped), or the refusals, each on the path `["customFields", key]`: INVALID for an
 * unknown key or a value of the wrong type, REQUIRED for a required field missing (or null). A
 * `customFields` omitted on create is an empty object (required fields still apply); `input: null`
 * with `mode: 'update'` means "unchanged" and is not checked. Not an object: INVALID on `customFields`.
 */
export function checkCustomFields(
  rules: readonly CustomFieldRule[],
  input: unknown,
  mode: 'create' | 'update',
): { customFields: Record<string, string | number | boolean> | null; errors: UserError[] } {
  if (input == null && mode === 'update') return { customFields: null, errors: [] };
  const given = input ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    return { customFields: null, errors: [userError(UserErrorCode.INVALID, 'Custom fields must be a JSON object', ['customFields'])] };
  }
  if (Object.keys(given).length > MAX_CUSTOM_FIELDS_PER_ENTITY) {
    return { customFields: null, errors: [userError(UserErrorCode.INVALID, `Custom fields hold at most ${MAX_CUSTOM_FIELDS_PER_ENTITY} entries`, ['customFields'])] };
  }
  const byKey = new Map(rules.map((r) => [r.key, r]));
  const errors: UserError[] = [];
  const stored: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(given as Record<string, unknown>)) {
    const rule = byKey.get(key);
    if (!rule) {
      errors.push(userError(UserErrorCode.INVALID, `No custom field ${JSON.stringify(key.slice(0, 64))} is defined for this type`, ['customFields', key.slice(0, 64)]));
      continue;
    }
    if (value == null) continue;
    const checked = customFieldValue(rule, value);
    if ('refused' in checked) errors.push(userError(UserErrorCode.INVALID, checked.refused, ['customFields', key]));
    else stored[key] = checked.value;
  }
  for (const rule of rules) {
    if (rule.required && stored[rule.key] === undefined && !errors.some((e) => e.field?.[1] === rule.key)) {
      errors.push(userError(UserErrorCode.REQUIRED, `${rule.key} is required`, ['customFields', rule.key]));
    }
  }
  return errors.length ? { customFields: null, errors } : { customFields: stored, errors: [] };
}

/** Why a definition's options are refused (INVALID on `options`), or nothing. */
export function customFieldOptionsErrors(type: CustomFieldType, options: readonly string[] | null | undefined): UserError[] {
  const refuse = (message: string) => [userError(UserErrorCode.INVALID, message, ['options'])];
  if (type !== CustomFieldType.SELECT) return options?.length ? refuse('Only a SELECT field has options') : [];
  if (!options?.length) return refuse('A SELECT field needs at least one option');
  if (options.length > MAX_CUSTOM_FIELD_OPTIONS) return refuse(`A SELECT field has at most ${MAX_CUSTOM_FIELD_OPTIONS} options`);
  if (options.some((o) => !o.trim() || o.length > MAX_CUSTOM_FIELD_OPTION_LENGTH)) return refuse(`Options are 1–${MAX_CUSTOM_FIELD_OPTION_LENGTH} characters`);
  if (new Set(options).size !== options.length) return refuse('An option is given twice');
  return [];
}

/** One condition on a custom field of a list: the key and exactly one operator. */
@InputType({ description: 'One condition on a custom field: its key and exactly one operator. eq and in use the GIN index on custom fields.' })
export class CustomFieldFilter {
  @Field(() => String, { description: 'Key of a custom field defined for this type (an unknown key is BAD_USER_INPUT).' })
  key!: string;

  @Field(() => JSONScalar, { nullable: true, description: 'The value it equals (checked against the field type, e.g. 12.5 for a NUMBER).' })
  eq?: unknown;

  @Field(() => [JSONScalar], { nullable: true, description: 'One of these values (at most 100).' })
  in?: unknown[] | null;

  @Field(() => JSONScalar, { nullable: true, description: 'Greater than this value (NUMBER and DATE fields only).' })
  gt?: unknown;

  @Field(() => JSONScalar, { nullable: true, description: 'Less than this value (NUMBER and DATE fields only).' })
  lt?: unknown;

  @Field(() => String, { nullable: true, description: 'Case-insensitive substring of the value (TEXT and SELECT fields only).' })
  contains?: string | null;
}

type Condition = FilterQuery<object>;

/**
 * A raw condition on the row's `custom_fields` (the statement cache never keeps such a statement:
 * its values are not in the where object). MikroORM replaces the alias.
 */
function sqlCondition(sql: (column: string) => string, params: unknown[]): Condition {
  return { [raw((alias: string) => sql(`${alias}."custom_fields"`), params)]: [] } as Condition;
}

/**
 * `custom_fields @> {"key": value}`, asked of the table's match function (`customFieldsMatchFunction`)
 * so the GIN index answers it under row-level security.
 */
function containment(match: string, key: string, value: string | number | boolean): Condition {
  return { [raw((alias: string) => `${alias}."id" in (select m from ${match}(?::jsonb) m)`, [JSON.stringify({ [key]: value })])]: [] } as Condition;
}

/**
 * The conditions of a list's `customFields` filter, given the entity type's definitions and the
 * table's match function (`customFieldsMatchFunction`): eq and in as containment
 * (`custom_fields @> '{"k": v}'`, which the GIN index answers, through the function; in is an OR of
 * them), gt and lt on the typed value (numeric for NUMBER; for DATE the YYYY-MM-DD text, which sorts
 * as the date does), contains as ILIKE on the text. Values written before a definition existed
 * never break a comparison: a value that is not of the field's JSON type simply does not match.
 * Bad input (unknown key, not one operator, a value of the wrong type) is BAD_USER_INPUT on `filter`.
 */
export function customFieldsWhere(rules: readonly CustomFieldRule[], filters: readonly CustomFieldFilter[] | null | undefined, match: string): Condition[] {
  if (!filters?.length) return [];
  const bad = (message: string) => new BadUserInputError(message, { argumentName: 'filter' });
  if (filters.length > MAX_CUSTOM_FIELD_FILTERS) throw bad(`At most ${MAX_CUSTOM_FIELD_FILTERS} custom field conditions`);
  const byKey = new Map(rules.map((r) => [r.key, r]));
  return filters.map((f) => {
    const rule = byKey.get(f.key);
    if (!rule) throw bad(`No custom field ${JSON.stringify(String(f.key).slice(0, 64))} is defined for this type`);
    const operators = (['eq', 'in', 'gt', 'lt', 'contains'] as const).filter((op) => f[op] != null);
    if (operators.length !== 1) throw bad(`A custom field condition on ${rule.key} takes exactly one of eq, in, gt, lt, contains`);
    const typed = (value: unknown) => {
      const checked = customFieldValue(rule, value);
      if ('refused' in checked) throw bad(`Filter on ${checked.refused}`);
      return checked.value;
    };
    const key = rule.key;
    switch (operators[0]) {
      case 'eq':
        return containment(match, key, typed(f.eq));
      case 'in': {
        const values = f.in!;
        if (!values.length || values.length > MAX_CUSTOM_FIELD_IN_VALUES) throw bad(`in takes 1–${MAX_CUSTOM_FIELD_IN_VALUES} values`);
        return { $or: values.map((v) => containment(match, key, typed(v))) } as Condition;
      }
      case 'gt':
      case 'lt': {
        const op = operators[0] === 'gt' ? '>' : '<';
        const value = typed(operators[0] === 'gt' ? f.gt : f.lt);
        // The key is a defined one (CUSTOM_FIELD_KEY), so it is safe as a literal; values are bound.
        if (rule.type === CustomFieldType.NUMBER) {
          return sqlCondition((c) => `(case when jsonb_typeof(${c}->'${key}') = 'number' then (${c}->>'${key}')::numeric end) ${op} ?`, [value]);
        }
        if (rule.type === CustomFieldType.DATE) {
          return sqlCondition((c) => `(case when (${c}->>'${key}') ~ '^\\d{4}-\\d{2}-\\d{2}$' then ${c}->>'${key}' end) ${op} ?`, [value]);
        }
        throw bad(`gt and lt apply to NUMBER and DATE fields; ${key} is ${rule.type}`);
      }
      case 'contains':
        if (rule.type !== CustomFieldType.TEXT && rule.type !== CustomFieldType.SELECT) throw bad(`contains applies to TEXT and SELECT fields; ${key} is ${rule.type}`);
        return sqlCondition((c) => `(${c}->>'${key}') ilike ?`, [likePattern(f.contains!)]);
    }
  });
}

/** Descriptions of the `customFields` input and filter fields, alike on every type that has them. */
export const CUSTOM_FIELDS_INPUT = 'Custom field values, a JSON object keyed by the keys defined for this type (customFields(entity:)); each value is checked against its definition (INVALID or REQUIRED on ["customFields", key]).';
export const CUSTOM_FIELDS_REPLACE = 'Replaces the custom field values (checked as on create, required fields included).';
export const CUSTOM_FIELDS_FILTER = 'Only rows whose custom fields meet every one of these conditions.';
