import 'reflect-metadata';
import { CustomFieldType, checkCustomFields, customFieldOptionsErrors, customFieldsWhere, type CustomFieldFilter, type CustomFieldRule } from './custom-fields';

const rules: CustomFieldRule[] = [
  { key: 'weight', type: CustomFieldType.NUMBER, required: false },
  { key: 'due', type: CustomFieldType.DATE, required: false },
  { key: 'fragile', type: CustomFieldType.BOOLEAN, required: false },
  { key: 'size', type: CustomFieldType.SELECT, options: ['S', 'M', 'L'], required: false },
  { key: 'note', type: CustomFieldType.TEXT, required: false },
  { key: 'erp', type: CustomFieldType.TEXT, required: true },
];

describe('custom field values', () => {
  it('stores typed values: numbers as numbers (a numeric string too), dates as strings, nulls dropped', () => {
    expect(checkCustomFields(rules, { weight: '12.5', due: '2026-02-28', fragile: false, size: 'M', note: null, erp: 'X1' }, 'create')).toEqual({
      customFields: { weight: 12.5, due: '2026-02-28', fragile: false, size: 'M', erp: 'X1' },
      errors: [],
    });
  });

  it('refuses each bad value with INVALID on ["customFields", key], and an unknown key', () => {
    const { customFields, errors } = checkCustomFields(rules, { weight: 'abc', due: '2026-02-30', fragile: 'yes', size: 'XL', color: 'red', erp: 'X' }, 'create');
    expect(customFields).toBeNull();
    expect(errors.map((e) => [e.code, ...(e.field ?? [])])).toEqual([
      ['INVALID', 'customFields', 'weight'],
      ['INVALID', 'customFields', 'due'],
      ['INVALID', 'customFields', 'fragile'],
      ['INVALID', 'customFields', 'size'],
      ['INVALID', 'customFields', 'color'],
    ]);
  });

  it('asks for a required field on create (even with no customFields) and on a replacing update, not on an update without them', () => {
    expect(checkCustomFields(rules, undefined, 'create').errors.map((e) => [e.code, ...(e.field ?? [])])).toEqual([['REQUIRED', 'customFields', 'erp']]);
    expect(checkCustomFields(rules, { weight: 1 }, 'update').errors.map((e) => e.code)).toEqual(['REQUIRED']);
    expect(checkCustomFields(rules, null, 'update')).toEqual({ customFields: null, errors: [] });
    expect(checkCustomFields(rules, ['x'], 'create').errors.map((e) => e.field)).toEqual([['customFields']]);
    // One refusal for a flood of keys, not one per key.
    expect(checkCustomFields(rules, Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])), 'create').errors.map((e) => e.field)).toEqual([['customFields']]);
  });

  it('needs options for SELECT only', () => {
    expect(customFieldOptionsErrors(CustomFieldType.SELECT, [])).toHaveLength(1);
    expect(customFieldOptionsErrors(CustomFieldType.SELECT, ['a', 'a'])).toHaveLength(1);
    expect(customFieldOptionsErrors(CustomFieldType.NUMBER, ['a'])).toHaveLength(1);
    expect(customFieldOptionsErrors(CustomFieldType.SELECT, ['a', 'b'])).toEqual([]);
  });
});

describe('custom field filters', () => {
  const bad = (filters: CustomFieldFilter[]) => () => customFieldsWhere(rules, filters, '"s"."t_custom_fields_match"');

  it('makes one condition per item', () => {
    expect(customFieldsWhere(rules, [{ key: 'weight', gt: 10 }, { key: 'size', in: ['S', 'M'] }, { key: 'note', contains: 'x' }, { key: 'due', lt: '2027-01-01' }, { key: 'fragile', eq: true }], '"s"."t_custom_fields_match"')).toHaveLength(5);
    expect(customFieldsWhere(rules, null, '"s"."t_custom_fields_match"')).toEqual([]);
  });

  it('refuses an unknown key, not exactly one operator, a value of the wrong type and an operator the type has not', () => {
    expect(bad([{ key: 'color', eq: 'red' }])).toThrow('No custom field');
    expect(bad([{ key: 'weight' }])).toThrow('exactly one');
    expect(bad([{ key: 'weight', gt: 1, lt: 5 }])).toThrow('exactly one');
    expect(bad([{ key: 'weight', gt: 'abc' }])).toThrow('must be a number');
    expect(bad([{ key: 'fragile', gt: true }])).toThrow('NUMBER and DATE');
    expect(bad([{ key: 'weight', contains: '1' }])).toThrow('TEXT and SELECT');
    expect(bad([{ key: 'size', in: [] }])).toThrow('1–100');
  });
});
