import 'reflect-metadata';
import { SortDirection } from './connection';
import { listFilterWhere, orderByOf, searchWhere } from './list-options';

describe('list sort keys', () => {
  it('maps keys in order and ends with the id in the last key’s direction', () => {
    expect(orderByOf([{ field: 'number', direction: SortDirection.DESC }, { field: 'createdAt' }], [])).toEqual([{ number: 'desc' }, { createdAt: 'asc' }, { id: 'asc' }]);
    expect(orderByOf([{ field: 'total', direction: SortDirection.DESC }], [])).toEqual([{ total: 'desc' }, { id: 'desc' }]);
  });

  it('uses the list’s default without orderBy, and never sorts by id twice', () => {
    expect(orderByOf(null, [{ field: 'createdAt', direction: SortDirection.DESC }])).toEqual([{ createdAt: 'desc' }, { id: 'desc' }]);
    expect(orderByOf([], [{ field: 'name' }])).toEqual([{ name: 'asc' }, { id: 'asc' }]);
    expect(orderByOf([{ field: 'id', direction: SortDirection.DESC }], [])).toEqual([{ id: 'desc' }]);
  });

  it('refuses a key given twice and more than three keys', () => {
    expect(() => orderByOf([{ field: 'a' }, { field: 'a' }], [])).toThrow('given twice');
    expect(() => orderByOf([{ field: 'a' }, { field: 'b' }, { field: 'c' }, { field: 'd' }], [])).toThrow('At most 3');
  });
});

describe('common list filters', () => {
  const from = new Date('2026-11-01T00:00:00Z');
  const to = new Date('2026-12-01T00:00:00Z');

  it('turns time ranges into inclusive-from, exclusive-to conditions', () => {
    expect(listFilterWhere({ createdAt: { from, to }, updatedAt: { from } })).toEqual([{ createdAt: { $gte: from, $lt: to } }, { updatedAt: { $gte: from } }]);
    expect(listFilterWhere({ createdAt: {} })).toEqual([]);
    expect(() => listFilterWhere({ createdAt: { from: to, to: from } })).toThrow('createdAt.from is after createdAt.to');
  });

  it('matches metadata by key and value, or by key alone', () => {
    expect(listFilterWhere({ metadata: [{ key: 'erpId', value: 'A-17' }, { key: 'synced' }] })).toEqual([{ metadata: { erpId: 'A-17' } }, { metadata: { synced: { $ne: null } } }]);
  });

  it('refuses keys that are not plain names and values that are not scalars', () => {
    expect(() => listFilterWhere({ metadata: [{ key: "x'; drop table", value: 1 }] })).toThrow('Metadata keys');
    expect(() => listFilterWhere({ metadata: [{ key: 'x', value: { nested: true } }] })).toThrow('string, number or boolean');
  });
});

describe('free-text search', () => {
  it('looks for the trimmed text in any of the fields, with LIKE wildcards taken literally', () => {
    expect(searchWhere<{ name: string; email: string }>('  50%_off ', ['name', 'email'])).toEqual({
      $or: [{ name: { $ilike: '%50\\%\\_off%' } }, { email: { $ilike: '%50\\%\\_off%' } }],
    });
  });

  it('is no condition when there is no text', () => {
    expect(searchWhere<{ name: string }>('   ', ['name'])).toBeNull();
    expect(searchWhere<{ name: string }>(null, ['name'])).toBeNull();
  });
});
