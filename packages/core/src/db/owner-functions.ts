/**
 * One statement over functions several subgraphs publish under the same name in their own schemas
 * (`node_types`, `search`): `select <columns> from "<owner>"."<fn>"(<args>)` for each owner, joined by
 * `union all`, with the arguments repeated per owner. Each function runs SECURITY INVOKER, so the
 * caller's row-level security applies inside every owner's schema.
 *
 * `args` are the placeholders with their casts (`'?::uuid[]'`, `'?, ?::text[], ?'`), `params` the
 * values of one owner's placeholders.
 */
export function acrossOwners(owners: readonly string[], fn: string, args: string, params: readonly unknown[], columns = '*'): { sql: string; params: unknown[] } {
  return {
    sql: owners.map((owner) => `select ${columns} from "${owner}"."${fn}"(${args})`).join(' union all '),
    params: owners.flatMap(() => params),
  };
}
