import { EntitySchema, MikroORM, raw, type Dictionary, type EntityManager } from '@mikro-orm/postgresql';
import { cachedShapeCount, cachedStatement } from './statement-cache';

interface Item {
  id: string;
  name: string;
  status: string;
  quantity: number;
  archived: boolean;
  deletedAt?: Date | null;
}

const ItemSchema = new EntitySchema<Item>({
  name: 'Item',
  tableName: 'item',
  properties: {
    id: { type: 'uuid', primary: true },
    name: { type: 'string' },
    status: { type: 'string' },
    quantity: { type: 'integer' },
    archived: { type: 'boolean' },
    deletedAt: { type: 'datetime', nullable: true },
  },
});

let orm: MikroORM;
let em: EntityManager;

beforeAll(async () => {
  orm = await MikroORM.init({ entities: [ItemSchema], dbName: 'statement_cache_spec', connect: false, allowGlobalContext: true });
  em = orm.em.fork();
});
afterAll(() => orm.close(true));

/** The statement the query builder makes, built fresh. */
function fresh(where: Dictionary, limit: number | null) {
  const qb = em.createQueryBuilder(ItemSchema).select('*').where(where);
  if (limit !== null) qb.limit(limit);
  const { sql, bindings } = qb.toQuery()._sql;
  return { sql, bindings };
}

/** The same through the cache (the key names the order, as read-rows does). */
function cached(where: Dictionary, limit: number | null) {
  const { sql, bindings } = cachedStatement('Item|rows|spec', [where, limit], () => {
    const qb = em.createQueryBuilder(ItemSchema).select('*').where(where);
    if (limit !== null) qb.limit(limit);
    return qb;
  });
  return { sql, bindings };
}

/** Each case: the same shape with two sets of values; the second call must equal a fresh build. */
const cases: [string, Dictionary, Dictionary][] = [
  ['equalities', { name: 'a', status: 'OPEN' }, { name: 'b', status: 'CLOSED' }],
  ['null and value', { deletedAt: null, name: 'a' }, { deletedAt: null, name: 'z' }],
  ['in list', { id: { $in: ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002'] } }, { id: { $in: ['00000000-0000-0000-0000-000000000003', '00000000-0000-0000-0000-000000000004'] } }],
  ['ranges and or', { quantity: { $gte: 1, $lt: 10 }, $or: [{ name: { $ilike: '%a%' } }, { status: 'X' }] }, { quantity: { $gte: 5, $lt: 50 }, $or: [{ name: { $ilike: '%q%' } }, { status: 'Y' }] }],
  ['booleans differ', { archived: true, name: 'a' }, { archived: false, name: 'b' }],
  ['exists differs', { deletedAt: { $exists: true }, name: 'a' }, { deletedAt: { $exists: false }, name: 'b' }],
  // The same value twice (a keyset condition): which binding is which cannot be told, so not cached.
  ['repeated value', { name: { $gte: 'm' }, $or: [{ name: { $gt: 'm' } }, { id: { $gt: '00000000-0000-0000-0000-000000000001' } }] }, { name: { $gte: 'p' }, $or: [{ name: { $gt: 'p' } }, { id: { $gt: '00000000-0000-0000-0000-000000000009' } }] }],
  ['a date is not cached', { deletedAt: { $lt: new Date('2026-01-01T00:00:00Z') } }, { deletedAt: { $lt: new Date('2027-01-01T00:00:00Z') } }],
];

describe('cachedStatement', () => {
  it.each(cases)('%s: the second shape is the fresh statement with its own values', (_name, first, second) => {
    expect(cached(first, 21)).toEqual(fresh(first, 21));
    expect(cached(second, 11)).toEqual(fresh(second, 11));
    expect(cached(first, 5)).toEqual(fresh(first, 5));
  });

  it('a list of another length is another shape', () => {
    const two = { id: { $in: ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002'] } };
    const three = { id: { $in: ['00000000-0000-0000-0000-000000000001', '00000000-0000-0000-0000-000000000002', '00000000-0000-0000-0000-000000000003'] } };
    expect(cached(two, null)).toEqual(fresh(two, null));
    expect(cached(three, null)).toEqual(fresh(three, null));
    expect(cached(three, null).bindings).toHaveLength(3);
  });

  it('builds a known shape only once', () => {
    const build = jest.fn(() => em.createQueryBuilder(ItemSchema).select('*').where({ status: 'ONCE' }));
    const before = cachedShapeCount();
    cachedStatement('Item|rows|once', { status: 'ONCE' }, build);
    cachedStatement('Item|rows|once', { status: 'TWICE' }, build);
    expect(build).toHaveBeenCalledTimes(1);
    expect(cachedShapeCount()).toBe(before + 1);
  });

  it('never keeps a statement with a raw condition (its values are outside the where object)', () => {
    const where = (name: string) => ({ [raw((a: string) => `${a}.name = ?`, [name])]: [], status: 'RAW' });
    const before = cachedShapeCount();
    expect(cached(where('a'), 1).bindings).toEqual(['a', 'RAW', 1]);
    expect(cached(where('b'), 1).bindings).toEqual(['b', 'RAW', 1]);
    expect(cachedShapeCount()).toBe(before);
  });
});
