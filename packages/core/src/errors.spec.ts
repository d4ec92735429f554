import { GraphQLError } from 'graphql';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { ForbiddenError, NotFoundError, UserErrorCode, formatError, userErrorFromDb } from './errors';

describe('errors', () => {
  it('keeps the code of typed errors', () => {
    const err = new GraphQLError('Not allowed', { originalError: new ForbiddenError(), path: ['a'] });
    expect(formatError({ message: 'Not allowed', path: ['a'], extensions: { code: 'FORBIDDEN' } }, err)).toEqual({ message: 'Not allowed', path: ['a'], locations: undefined, extensions: { code: 'FORBIDDEN' } });
    expect(new NotFoundError().extensions.code).toBe('NOT_FOUND');
  });

  it('turns anything unknown into a bare INTERNAL_SERVER_ERROR and logs the original', () => {
    const original = new Error('select * from secret_table where password = 1');
    const logged: unknown[] = [];
    const out = formatError({ message: original.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, new GraphQLError(original.message, { originalError: original }), (e) => logged.push(e));
    expect(out).toEqual({ message: 'Internal server error', path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toEqual([original]);
  });

  it('maps database constraint violations in one place', () => {
    const unique = Object.assign(new UniqueConstraintViolationException(new Error('duplicate key')), { constraint: 'product_sku_unique' });
    expect(userErrorFromDb(unique, { product_sku_unique: ['sku'] })).toMatchObject({ code: UserErrorCode.CONFLICT, field: ['sku'] });
    expect(userErrorFromDb(new Error('connection refused'))).toBeNull();
  });
});
