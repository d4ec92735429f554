import type { DocumentNode } from 'graphql';

/**
 * Values worked out from a parsed document and a key (its operation, variables, a permission set),
 * kept per document: Apollo Server hands every request of one text the same DocumentNode, so a client
 * repeating an operation finds its value here, and a document dropped from Apollo's cache takes its
 * values with it. At most `maxPerDocument` values per document (past it they start over); a key longer
 * than `maxKeyLength` (large variables, rare) is worked out each time, not kept.
 */
export class PerDocument<V> {
  private readonly known = new WeakMap<DocumentNode, Map<string, V>>();

  constructor(
    private readonly maxPerDocument: number,
    private readonly maxKeyLength = Number.POSITIVE_INFINITY,
  ) {}

  get(document: DocumentNode, key: string, workOut: () => V): V {
    let values = this.known.get(document);
    if (!values) this.known.set(document, (values = new Map()));
    if (values.has(key)) return values.get(key) as V;
    const value = workOut();
    if (key.length > this.maxKeyLength) return value;
    if (values.size >= this.maxPerDocument) values.clear();
    values.set(key, value);
    return value;
  }
}
