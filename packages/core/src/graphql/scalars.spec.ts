import { Kind } from 'graphql';
import { DecimalScalar } from './scalars';
import { BadUserInputError } from '../errors';

describe('Decimal scalar', () => {
  it('accepts decimal strings and keeps them exact', () => {
    expect(DecimalScalar.parseValue('1250.00')).toBe('1250');
    expect(DecimalScalar.parseValue('0.1')).toBe('0.1');
    expect(DecimalScalar.parseValue('-3.500000')).toBe('-3.5');
    expect(DecimalScalar.parseLiteral({ kind: Kind.STRING, value: '12.30' })).toBe('12.3');
  });

  it('refuses floats, numbers, exponents and garbage with BAD_USER_INPUT', () => {
    for (const bad of [12.5, '1e5', 'abc', '', '1.1234567', '1'.repeat(19), null]) {
      expect(() => DecimalScalar.parseValue(bad)).toThrow(BadUserInputError);
    }
    expect(() => DecimalScalar.parseLiteral({ kind: Kind.FLOAT, value: '12.5' })).toThrow(BadUserInputError);
  });

  it('serializes strings as they are', () => {
    expect(DecimalScalar.serialize('149.90')).toBe('149.90');
  });
});
