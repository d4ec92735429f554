import { parse } from 'graphql';
import { PerDocument } from './per-document';

describe('PerDocument', () => {
  const counting = <V>(value: V) => {
    const calls = { n: 0 };
    return { calls, workOut: () => (calls.n++, value) };
  };

  it('works a value out once per document and key, null values included', () => {
    const cache = new PerDocument<string | null>(10);
    const document = parse('{ a }');
    const { calls, workOut } = counting<string | null>(null);
    expect(cache.get(document, 'k', workOut)).toBeNull();
    expect(cache.get(document, 'k', workOut)).toBeNull();
    expect(calls.n).toBe(1);
    cache.get(document, 'other', workOut);
    cache.get(parse('{ a }'), 'k', workOut);
    expect(calls.n).toBe(3);
  });

  it('starts a document over past its bound, and keeps no value of a key past the key bound', () => {
    const cache = new PerDocument<number>(2, 5);
    const document = parse('{ a }');
    const { calls, workOut } = counting(1);
    cache.get(document, 'a', workOut);
    cache.get(document, 'b', workOut);
    cache.get(document, 'c', workOut); // a and b dropped
    cache.get(document, 'a', workOut);
    expect(calls.n).toBe(4);
    cache.get(document, 'longer', workOut);
    cache.get(document, 'longer', workOut);
    expect(calls.n).toBe(6);
  });

  it('keeps nothing when working out throws', () => {
    const cache = new PerDocument<number>(10);
    const document = parse('{ a }');
    expect(() => cache.get(document, 'k', () => { throw new Error('bad variables'); })).toThrow('bad variables');
    expect(cache.get(document, 'k', () => 7)).toBe(7);
  });
});
