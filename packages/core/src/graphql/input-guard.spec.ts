import { parse } from 'graphql';
import { unstorableInput } from './input-guard';

describe('unstorableInput', () => {
  const doc = parse('mutation($input: CreateCustomerInput!) { createCustomer(input: $input) { errors { code } } }');

  it('passes ordinary text, including characters outside the BMP written as surrogate pairs', () => {
    expect(unstorableInput(doc, { input: { name: 'Zoë 😀 株式会社', tags: ['a', 'b'], metadata: { 'clé': 'valeur' } } })).toBeNull();
  });

  it('names the variable path of a NUL or a lone surrogate, in values, lists and keys', () => {
    expect(unstorableInput(doc, { input: { name: 'a\u0000b' } })).toBe('Variable $input.name contains a NUL character (U+0000)');
    expect(unstorableInput(doc, { input: { lines: [{ note: 'ok' }, { note: '\uD800' }] } })).toBe(
      'Variable $input.lines[1].note contains a lone UTF-16 surrogate, which is not a character',
    );
    expect(unstorableInput(doc, { input: { metadata: { 'k\u0000': 1 } } })).toBe('A key of Variable $input.metadata contains a NUL character (U+0000)');
  });

  it('looks at string literals of the document too', () => {
    expect(unstorableInput(parse('mutation { cancelOrder(id: "1", reason: "a\\u0000b") { errors { code } } }'), undefined)).toBe(
      'A string literal contains a NUL character (U+0000)',
    );
    // A lone surrogate cannot even be written as a literal: graphql-js refuses it when parsing.
    expect(() => parse('mutation { cancelOrder(id: "1", reason: "\\uDC00") { errors { code } } }')).toThrow(/Invalid Unicode escape/);
  });
});
