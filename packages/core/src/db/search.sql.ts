import { APP_DB_ROLE } from '../env';

/** How one type of a subgraph is searched (see `searchFunctionSql`). */
export interface SearchableType {
  /** The GraphQL type name a hit resolves to (a Node). */
  type: string;
  /** Its table, aliased `t` in the expressions below. */
  table: string;
  /** Joined tables, aliased as the expressions use them (`join "sales"."customer" c on c."id" = t."customer_id"`). */
  join?: string;
  /** The tsvector the full-text match uses (usually the table's generated `search_vector`). */
  vector: string;
  /** The text the snippet is cut from, words highlighted. */
  text: string;
  /** A name matched with typo tolerance (pg_trgm similarity, its GIN index). */
  fuzzy: string;
  /** A code matched exactly, case-insensitively, ranking first (a SKU, a document number). */
  exact?: string;
}

/**
 * A generated tsvector column and its GIN index, plus a trigram index on `fuzzy`: what `searchFunctionSql`
 * matches with. `words` is the SQL of the column's text (its own columns only: generated columns cannot
 * read other rows).
 */
export function searchColumnSql(schema: string, table: string, words: string, fuzzy: string): string[] {
  return [
    `create extension if not exists pg_trgm with schema public`,
    `alter table "${schema}"."${table}" add column if not exists "search_vector" tsvector
       generated always as (to_tsvector('simple'::regconfig, ${words})) stored`,
    `create index if not exists "${table}_search_vector_index" on "${schema}"."${table}" using gin ("search_vector")`,
    `create index if not exists "${table}_search_trgm_index" on "${schema}"."${table}" using gin ((${fuzzy}) public.gin_trgm_ops)`,
  ];
}

/** The prefix query of `p_query` (`oak chr` → `oak:* & chr:*`), null when it has no word. */
const PREFIX_QUERY = `(select case when count(*) = 0 then null else to_tsquery('simple'::regconfig, string_agg(w || ':*', ' & ')) end
     from (select lower(part) as w from regexp_split_to_table(p_query, '[^[:alnum:]]+') part) words where w <> '')`;

/** `text` with HTML's special characters escaped, so the highlighted snippet is safe to render. */
const escaped = (text: string) => `replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;

/**
 * `"<schema>"."search"(p_query, p_types, p_limit)`: the owner's hits for a search, ranked: its answer to
 * `search(query:)`, published like `node_types` (its own tables, its own migration). A row matches its
 * full-text vector by word prefixes, its name by trigram similarity (typos) or its code exactly; the
 * rank puts an exact code first, then full-text rank, then similarity. Security invoker: row-level
 * security keeps it to the caller's workspace; deleted rows are never hits.
 */
export function searchFunctionSql(schema: string, types: SearchableType[]): string[] {
  const qualified = `"${schema}"."search"`;
  const branches = types.map((s) => {
    const exact = s.exact ? `lower(${s.exact}) = lower(p_query)` : 'false';
    // The snippet is cut only for the rows kept (the inner select ranks and limits first).
    return `(select h."id", h."type", h."rank",
        case when q.ts is null then ${escaped('h."text"')}
             else ts_headline('simple'::regconfig, ${escaped('h."text"')}, q.ts, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true') end as "snippet"
      from (select t."id", '${s.type}'::text as "type",
          (case when ${exact} then 100 else 0 end + ts_rank(${s.vector}, q.ts) * 10 + public.similarity(${s.fuzzy}, p_query))::real as "rank",
          ${s.text} as "text"
        from "${schema}"."${s.table}" t ${s.join ?? ''} cross join q
        where '${s.type}' = any(p_types) and t."deleted_at" is null
          and (${s.vector} @@ q.ts or ${s.fuzzy} operator(public.%) p_query or ${exact})
        order by 3 desc, t."id" limit p_limit) h cross join q)`;
  });
  return [
    `create extension if not exists pg_trgm with schema public`,
    `create or replace function ${qualified}(p_query text, p_types text[], p_limit int)
       returns table (id uuid, type text, rank real, snippet text)
       language sql stable security invoker set search_path = pg_catalog, pg_temp
       as $fn$ with q as (select ${PREFIX_QUERY} as ts)
       ${branches.join('\n       union all ')} $fn$`,
    `revoke all on function ${qualified}(text, text[], int) from public`,
    `grant execute on function ${qualified}(text, text[], int) to ${APP_DB_ROLE}`,
  ];
}
